// The pull_request-with-write policy warning (src/policy/pull-request-write.ts): a policy of a
// known repository that admits its pull request subject, in the form(s) its tokens use, and
// grants a write or admin permission; through the sandbox in the policy folder check.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GITHUB_ISSUER } from '../../../src/policy/github.js'
import { lintPolicy } from '../../../src/policy/lint.js'
import { lintInRepository, pullRequestWrite } from '../../../src/policy/pull-request-write.js'
import type { PullRequestContext } from '../../../src/policy/pull-request-write.js'
import {
  checkPolicyFile,
  checkPolicyFolder,
  nodeFiles
} from '../../../src/validation/policy-files.js'
import type { SubjectFacts } from '../../../src/workflows/model.js'
import { pullRequestContext } from '../../../src/workflows/predicted-token.js'
import { spySandbox } from '../helpers/sandbox.js'

const IDS = { ownerId: '1000001', repoId: '2000002' }
const CTX: PullRequestContext = {
  owner: 'acme',
  repo: 'widgets',
  forms: ['name-only'],
  issuer: GITHUB_ISSUER
}

const policy = (subject: string, permissions = 'contents: write', extra = ''): string =>
  `issuer: ${GITHUB_ISSUER}\n${subject}\npermissions:\n  ${permissions}\n${extra}`

const MESSAGE = (
  field: string,
  written: string,
  subjects: string,
  grants: string,
  segment = 'acme/widgets'
): string =>
  `${field} "${written}" admits ${subjects}, and this policy grants ${grants}: every pull request of acme/widgets presents that subject, including pull_request_target runs that check out a fork's code, which could then write with this token. Admit an environment with required reviewers (repo:${segment}:environment:NAME) or a protected branch (repo:${segment}:ref:refs/heads/main) instead, add claim_pattern: {event_name: pull_request}, or grant only read.`

describe('pullRequestWrite', () => {
  it('warns at the subject line of a literal pull request subject with a write permission', () => {
    expect(pullRequestWrite(policy('subject: repo:acme/widgets:pull_request'), CTX, {})).toEqual([
      {
        severity: 'warning',
        field: 'subject',
        code: 'pull-request-write',
        line: 2,
        column: 1,
        message: MESSAGE(
          'subject',
          'repo:acme/widgets:pull_request',
          '"repo:acme/widgets:pull_request"',
          'contents: write'
        )
      }
    ])
  })

  it('warns of a pattern that admits it, naming every write and admin permission', () => {
    const text = policy(
      'subject_pattern: repo:acme/widgets:(pull_request|ref:refs/heads/main)',
      'contents: read\n  pull_requests: write\n  administration: admin'
    )
    const [p] = pullRequestWrite(text, CTX, {})
    expect(p?.field).toBe('subject_pattern')
    expect(p?.line).toBe(2)
    expect(p?.message).toBe(
      MESSAGE(
        'subject_pattern',
        'repo:acme/widgets:(pull_request|ref:refs/heads/main)',
        '"repo:acme/widgets:pull_request"',
        'administration: admin, pull_requests: write'
      )
    )
  })

  it('a pattern that names no repository literally is still caught', () => {
    expect(pullRequestWrite(policy('subject_pattern: .*:pull_request'), CTX, {})).toHaveLength(1)
  })

  it('nothing for read permissions, no permissions, other subjects or other repositories', () => {
    const none = (text: string, ctx: PullRequestContext = CTX): void =>
      expect(pullRequestWrite(text, ctx, {})).toEqual([])
    none(policy('subject: repo:acme/widgets:pull_request', 'contents: read'))
    none(`issuer: ${GITHUB_ISSUER}\nsubject: repo:acme/widgets:pull_request\n`)
    none(policy('subject: repo:acme/widgets:ref:refs/heads/main'))
    none(policy('subject: repo:acme/gadgets:pull_request'))
    none(policy('subject_pattern: repo:acme/widgets:environment:.*'))
    // Another issuer's tokens are not this repository's.
    none(
      policy('subject: repo:acme/widgets:pull_request').replace(GITHUB_ISSUER, 'https://gitlab.com')
    )
    none(policy('subject: repo:acme/widgets:pull_request'), {
      ...CTX,
      issuer: 'https://ghe.example.com/_services/token'
    })
    // Not a policy: nothing to say here (the lint says what is wrong).
    none('subject: [')
    none(`issuer: ${GITHUB_ISSUER}\npermissions:\n  contents: write\n`)
  })

  it('follows the form in use: immutable subjects, both when unknown', () => {
    const named = policy('subject: repo:acme/widgets:pull_request')
    const immutable = policy('subject: repo:acme@1000001/widgets@2000002:pull_request')
    const only = (forms: PullRequestContext['forms'], ids = IDS): PullRequestContext => ({
      ...CTX,
      ids,
      forms
    })
    expect(pullRequestWrite(named, only(['immutable']), {})).toEqual([])
    expect(pullRequestWrite(immutable, only(['name-only']), {})).toEqual([])
    const [p] = pullRequestWrite(immutable, only(['immutable']), {})
    expect(p?.message).toBe(
      MESSAGE(
        'subject',
        'repo:acme@1000001/widgets@2000002:pull_request',
        '"repo:acme@1000001/widgets@2000002:pull_request"',
        'contents: write',
        'acme@1000001/widgets@2000002'
      )
    )
    const both = only(['name-only', 'immutable'])
    expect(pullRequestWrite(named, both, {})).toHaveLength(1)
    expect(pullRequestWrite(immutable, both, {})).toHaveLength(1)
    const either = policy('subject_pattern: repo:acme(@1000001)?/widgets(@2000002)?:pull_request')
    expect(pullRequestWrite(either, both, {})[0]?.message).toContain(
      'admits "repo:acme/widgets:pull_request" and "repo:acme@1000001/widgets@2000002:pull_request", and'
    )
    // The immutable form without IDs cannot be written: nothing is claimed about it.
    expect(pullRequestWrite(immutable, { ...CTX, forms: ['immutable'] }, {})).toEqual([])
  })

  it('a claim_pattern that refuses pull_request_target runs keeps the warning away', () => {
    const text = (claims: string): string =>
      policy(
        'subject: repo:acme/widgets:pull_request',
        'contents: write',
        `claim_pattern:\n${claims}`
      )
    expect(pullRequestWrite(text('  event_name: pull_request\n'), CTX, {})).toEqual([])
    expect(pullRequestWrite(text('  event_name: pull_request(_target)?\n'), CTX, {})).toHaveLength(
      1
    )
    const main = { ...CTX, defaultBranch: 'main' }
    expect(pullRequestWrite(text('  ref: refs/heads/main\n'), main, {})).toHaveLength(1)
    expect(pullRequestWrite(text('  ref: refs/heads/release\n'), main, {})).toEqual([])
    // A claim a pull_request_target run's value is not known for does not keep it away.
    expect(pullRequestWrite(text('  actor: octocat\n'), main, {})).toHaveLength(1)
    expect(pullRequestWrite(text('  repository_id: "1"\n'), { ...CTX, ids: IDS }, {})).toEqual([])
  })
})

describe('lintInRepository', () => {
  const text = policy('subject: repo:acme/widgets:pull_request')

  it("replaces the lint's pull_request warning on the same field with the write warning", () => {
    const lint = lintPolicy(text, { isOrgPolicy: false })
    expect(lint.map(p => p.code)).toEqual(['pull-request'])
    const got = lintInRepository(text, { isOrgPolicy: false }, CTX)
    expect(got.map(p => [p.code, p.line])).toEqual([['pull-request-write', 2]])
  })

  it("keeps the lint's problems in file order, and its warning when nothing is written", () => {
    const read = policy('subject: repo:acme/widgets:pull_request', 'contents: read')
    expect(lintInRepository(read, { isOrgPolicy: false }, CTX)).toEqual(
      lintPolicy(read, { isOrgPolicy: false })
    )
    const wide = policy('subject_pattern: repo:acme/widgets:.*', 'contents: write\n  issues: writ')
    const got = lintInRepository(wide, { isOrgPolicy: false }, CTX)
    expect(got.map(p => p.line)).toEqual([...got.map(p => p.line)].sort((a, b) => a! - b!))
    expect(got.map(p => p.code ?? p.severity)).toEqual(['warning', 'pull-request-write', 'error'])
  })

  it('says nothing of org policies (they serve other repositories)', () => {
    expect(lintInRepository(text, { isOrgPolicy: true }, CTX)).toEqual(
      lintPolicy(text, { isOrgPolicy: true })
    )
  })
})

describe('the policy folder check', () => {
  const dirs: string[] = []
  afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))
  const root = mkdtempSync(join(tmpdir(), 'pr-write-'))
  dirs.push(root)
  const dir = join(root, '.github/chainguard')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'pr.sts.yaml'), policy('subject: repo:acme/widgets:pull_request'))
  writeFileSync(
    join(dir, 'main.sts.yaml'),
    policy('subject: repo:acme/widgets:ref:refs/heads/main')
  )
  const names = ['main.sts.yaml', 'pr.sts.yaml']
  const facts: SubjectFacts = {
    repository: { owner: 'acme', repo: 'widgets', defaultBranch: 'main' },
    issuer: GITHUB_ISSUER,
    said: []
  }

  it('warns, through the sandbox, when the repository is known', async () => {
    const sandbox = spySandbox()
    const { files } = await checkPolicyFolder(
      nodeFiles(root),
      dir,
      root,
      names,
      false,
      { sandbox },
      facts
    )
    expect(sandbox.calls.map(c => c.name)).toEqual([
      'lintPolicyInRepository',
      'lintPolicyInRepository'
    ])
    expect(files.map(f => [f.file, f.problems.map(p => p.code)])).toEqual([
      ['.github/chainguard/main.sts.yaml', []],
      ['.github/chainguard/pr.sts.yaml', ['pull-request-write']]
    ])
  })

  it('as before when it is not known, or for org policies', async () => {
    const sandbox = spySandbox()
    const unknown = await checkPolicyFolder(nodeFiles(root), dir, root, names, false, { sandbox })
    expect(unknown.files[1]!.problems.map(p => p.code)).toEqual(['pull-request'])
    const org = await checkPolicyFile(
      nodeFiles(root),
      join(dir, 'pr.sts.yaml'),
      'pr',
      true,
      { sandbox },
      facts
    )
    expect(org.problems.map(p => p.code)).not.toContain('pull-request-write')
    expect(sandbox.calls.map(c => c.name)).toEqual(['lintPolicy', 'lintPolicy', 'lintPolicy'])
  })

  it('a costly file says so once, as the lint does', async () => {
    const sandbox = spySandbox(() => ({ ok: false, costly: 'time' }))
    const report = await checkPolicyFile(
      nodeFiles(root),
      join(dir, 'pr.sts.yaml'),
      'pr',
      false,
      { sandbox },
      facts
    )
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]!.message).toMatch(/^pr is too costly to check here/)
  })

  it('pullRequestContext: the forms from the facts', () => {
    expect(pullRequestContext({ ...facts, ids: IDS })).toEqual({
      owner: 'acme',
      repo: 'widgets',
      ids: IDS,
      forms: ['name-only', 'immutable'],
      issuer: GITHUB_ISSUER,
      defaultBranch: 'main'
    })
    expect(
      pullRequestContext({ ...facts, repository: { owner: 'a', repo: 'b' }, form: 'name-only' })
    ).toEqual({
      owner: 'a',
      repo: 'b',
      forms: ['name-only'],
      issuer: GITHUB_ISSUER
    })
  })
})
