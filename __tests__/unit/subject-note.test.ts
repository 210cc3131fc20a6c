// GitHub's immutable subjects in what users read: a policy naming the other form than the
// token has is explained with the line to write (from the workspace copy, or from the server's
// message alone), the dry run names the form, and suggestions use the token's form.
import { describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { exchangeError } from '../../src/sts/server-messages.js'
import { diagnoseDryRun, diagnoseFailure } from '../../src/diagnosis/report.js'
import type { PolicyEngine } from '../../src/diagnosis/local-check.js'
import { formNote, subjectMismatch } from '../../src/diagnosis/subject-note.js'
import { suggestPolicy } from '../../src/diagnosis/suggested-policy.js'
import { check } from '../../src/cli/check.js'
import { fakeIo } from './helpers/cli-io.js'
import { idToken } from './helpers/tokens.js'

const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}
const PATH = '.github/chainguard/deploy.sts.yaml'
const NAMED = 'repo:acme/widgets:ref:refs/heads/main'
const IMMUTABLE = 'repo:acme@1000001/widgets@2000002:ref:refs/heads/main'
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: IMMUTABLE,
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  repository_owner: 'acme',
  repository_owner_id: '1000001',
  repository_id: '2000002',
  ref: 'refs/heads/main',
  event_name: 'push',
  job_workflow_ref: 'acme/widgets/.github/workflows/deploy.yml@refs/heads/main'
}
const NAMED_CLAIMS = { ...CLAIMS, sub: NAMED }
const policy = (subject: string): string =>
  `issuer: ${CLAIMS.iss}\n${subject}\npermissions:\n  contents: read\n`
const LINE = `subject: ${IMMUTABLE}`
const HOW = "`gh api repos/acme/widgets --jq '.owner.id, .id'` prints them."

function workspace(text?: string): Record<string, string> {
  const ws = mkdtempSync(join(tmpdir(), 'subject-note-'))
  mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
  if (text !== undefined) writeFileSync(join(ws, PATH), text)
  return { GITHUB_REPOSITORY: 'acme/widgets', GITHUB_WORKSPACE: ws }
}

const mismatch = (sub: string, said: string) =>
  exchangeError(403, `trust policy: subject "${sub}" did not match ${said}`, CTX)

describe('a policy naming the other subject form', () => {
  it('the workspace copy names the repository by name only: the line to write, and the IDs', async () => {
    const env = workspace(policy(`subject: ${NAMED}`))
    const r = await diagnoseFailure(env, mismatch(IMMUTABLE, `"${NAMED}"`), CTX, idToken(CLAIMS))
    const text = r.info.join('\n')
    expect(text).toContain("This repository uses GitHub's immutable subjects")
    expect(text).toContain(`Write this line in \`${PATH}\`: \`${LINE}\``)
    expect(text).toContain(HOW)
    expect(r.summary).toContain("#### GitHub's subject forms")
    expect(r.summary).toContain(`\`${LINE}\``)
    // The suggestion has the token's form, every alternative too.
    const yaml = r.groups.find(g => g.title.startsWith('A trust policy'))!.lines.join('\n')
    expect(yaml).toContain(`\nsubject: ${IMMUTABLE}\n`)
    expect(yaml).toContain(
      "# subject_pattern: 'repo:acme@1000001/widgets@2000002:ref:refs/heads/.*'"
    )
  })

  it('without a workspace copy, the server’s message alone shows it (subject and subject_pattern)', async () => {
    const none = workspace()
    const r = await diagnoseFailure(none, mismatch(IMMUTABLE, `"${NAMED}"`), CTX, idToken(CLAIMS))
    expect(r.info.join('\n')).toContain(`\`${LINE}\``)

    const loadEngine = jest.fn(() => import('../../src/policy/index.js') as Promise<PolicyEngine>)
    const p = await diagnoseFailure(
      none,
      mismatch(IMMUTABLE, 'pattern "repo:acme/widgets:ref:refs/heads/.*"'),
      CTX,
      idToken(CLAIMS),
      { loadEngine }
    )
    expect(loadEngine).toHaveBeenCalledTimes(1)
    expect(p.info.join('\n')).toContain(
      "`subject_pattern: 'repo:acme@1000001/widgets@2000002:ref:refs/heads/.*'`"
    )
  })

  it('an immutable policy and a name-only token: the name-only line, or opt in', async () => {
    const env = workspace(policy(`subject: ${IMMUTABLE}`))
    const r = await diagnoseFailure(
      env,
      mismatch(NAMED, `"${IMMUTABLE}"`),
      CTX,
      idToken(NAMED_CLAIMS)
    )
    const text = r.info.join('\n')
    expect(text).toContain("This repository does not use GitHub's immutable subjects")
    expect(text).toContain(`\`subject: ${NAMED}\``)
    expect(text).toContain('actions/oidc/customization/sub')
  })

  it('says nothing of forms for another mismatch, or for a claim', async () => {
    const env = workspace(policy('subject: repo:acme/widgets:ref:refs/heads/release'))
    const other = await diagnoseFailure(
      env,
      mismatch(NAMED, '"repo:acme/widgets:ref:refs/heads/release"'),
      CTX,
      idToken(NAMED_CLAIMS)
    )
    expect(other.info.join('\n')).not.toContain('immutable')
    expect(other.summary).not.toContain('subject forms')
  })

  it('reads the server’s words back from Go quoting, and nothing else', () => {
    expect(
      subjectMismatch(`trust policy: subject "a\\"b\\x01" did not match pattern "c\\\\d"`)
    ).toEqual({
      sub: 'a"b\u0001',
      policy: { subject_pattern: 'c\\d' }
    })
    expect(subjectMismatch('trust policy: issuer "a" did not match "b"')).toBeUndefined()
    expect(subjectMismatch(undefined)).toBeUndefined()
  })
})

describe('the dry run names the form', () => {
  it('immutable, name-only (with the IDs it would take), or nothing for other issuers', async () => {
    const immutable = await diagnoseDryRun(workspace(), CTX, idToken(CLAIMS))
    expect(immutable.info.join('\n')).toContain(
      "Subject form: this repository uses GitHub's immutable subjects"
    )
    const named = await diagnoseDryRun(workspace(), CTX, idToken(NAMED_CLAIMS))
    expect(named.info.join('\n')).toContain(
      "Subject form: this repository's subjects are name-only"
    )
    expect(named.info.join('\n')).toContain('`acme@1000001/widgets@2000002`')
    expect(named.summary).toContain("#### GitHub's subject forms")
    expect(
      formNote('project_path:acme/widgets:ref_type:branch:ref:main', undefined)
    ).toBeUndefined()
    expect(formNote(undefined, undefined)).toBeUndefined()
  })
})

describe('suggestions in the token’s form', () => {
  it('subject, every-branch pattern and workflow pin for an immutable token', () => {
    const s = suggestPolicy(CLAIMS, CTX)
    expect(s.yaml).toContain("# GitHub's immutable subject")
    const parsed = parse(s.yaml) as Record<string, unknown>
    expect(parsed.subject).toBe(IMMUTABLE)
    // job_workflow_ref carries no IDs: the pin is the claim, as it is.
    expect(s.yaml).toContain(
      "#   job_workflow_ref: 'acme/widgets/\\.github/workflows/deploy\\.yml@refs/heads/main'"
    )
    expect(suggestPolicy(NAMED_CLAIMS, CTX).yaml).not.toContain('immutable')
  })
})

describe('octo-sts-token check', () => {
  it('explains a name-only policy against immutable claims with the line to write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'subject-note-cli-'))
    writeFileSync(join(dir, 'deploy.sts.yaml'), policy(`subject: ${NAMED}`))
    writeFileSync(join(dir, 'claims.json'), JSON.stringify(CLAIMS))
    const io = fakeIo(dir, {})
    const code = await check(['--policy', 'deploy.sts.yaml', '--claims', 'claims.json'], io)
    expect(code).toBe(1)
    expect(io.out()).toContain(`Write this line in \`deploy.sts.yaml\`: \`${LINE}\``)
    expect(io.out()).toContain(HOW)
  })
})
