import { afterAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { isOrgPolicyRepo, policyLocation } from '../../src/sts/request.js'
import { checkLocalPolicy, readCheckout } from '../../src/diagnosis/local-check.js'
import type { CheckDeps, PolicyEngine } from '../../src/diagnosis/local-check.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

/** A workspace holding `files` (path → content). */
function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'explain-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const CTX = { scope: 'acme/widgets', identity: 'deploy', domain: 'octo-sts.dev' }
const PATH = '.github/chainguard/deploy.sts.yaml'
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/widgets:ref:refs/heads/feature',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  event_name: 'pull_request'
}
const PAYLOAD = JSON.stringify(CLAIMS)
const env = (ws: string, extra: Record<string, string> = {}) => ({
  GITHUB_REPOSITORY: 'acme/widgets',
  GITHUB_WORKSPACE: ws,
  ...extra
})

describe('checkLocalPolicy', () => {
  it('explains every failing field of the workspace copy, with lines', async () => {
    const ws = workspace({
      [PATH]: [
        'issuer: https://token.actions.githubusercontent.com',
        'subject: repo:acme/widgets:ref:refs/heads/main',
        'claim_pattern:',
        '  event_name: push|workflow_dispatch',
        '  environment: prod',
        'permissions:',
        '  contents: write',
        ''
      ].join('\n')
    })
    const check = await checkLocalPolicy(env(ws), CTX, PAYLOAD)
    if (check.status !== 'checked') throw new Error(check.status)
    expect(check.findings).toHaveLength(3)
    expect(check.findings[0]?.field).toBe('subject')
    expect(check.claimNames).toHaveLength(2)
    expect(check).toEqual({
      status: 'checked',
      path: PATH,
      verdict: 'deny',
      // Every failing field, in any order (the server's claim order is Go map order).
      findings: expect.arrayContaining([
        {
          field: 'subject',
          expected: 'repo:acme/widgets:ref:refs/heads/main',
          actual: 'repo:acme/widgets:ref:refs/heads/feature',
          reason:
            'subject "repo:acme/widgets:ref:refs/heads/feature" did not match "repo:acme/widgets:ref:refs/heads/main"',
          line: 2
        },
        {
          field: 'claim_pattern["event_name"]',
          pattern: 'push|workflow_dispatch',
          actual: 'pull_request',
          reason: 'claim "event_name" did not match "^(?:push|workflow_dispatch)$"',
          line: 4
        },
        {
          field: 'claim_pattern["environment"]',
          pattern: 'prod',
          reason: 'expected claim "environment" not found in token',
          line: 5
        }
      ]),
      warnings: expect.any(Array),
      claimNames: expect.arrayContaining(['event_name', 'environment']),
      permissions: { contents: 'write' }
    })
  })

  it('admits when every field matches', async () => {
    const ws = workspace({
      [PATH]: `issuer: ${CLAIMS.iss}\nsubject: ${CLAIMS.sub}\npermissions:\n  contents: read\n`
    })
    const check = await checkLocalPolicy(env(ws), CTX, PAYLOAD)
    expect(check).toMatchObject({ status: 'checked', verdict: 'allow', findings: [] })
  })

  it('reads a relative GITHUB_WORKSPACE from the working directory, as a local .env sets it', async () => {
    const ws = workspace({
      [PATH]: `issuer: ${CLAIMS.iss}\nsubject: ${CLAIMS.sub}\npermissions:\n  contents: read\n`
    })
    const rel = relative(process.cwd(), ws)
    expect(rel.startsWith('/')).toBe(false)
    const check = await checkLocalPolicy(env(rel), CTX, PAYLOAD)
    expect(check).toMatchObject({ status: 'checked', verdict: 'allow', findings: [] })
  })

  it('reports the problems of an invalid file, and still the fields that refuse the token', async () => {
    const ws = workspace({
      [PATH]: [
        'issuer: https://token.actions.githubusercontent.com',
        'subject: repo:acme/widgets:ref:refs/heads/main',
        'subject_pattern: repo:acme/widgets:.*',
        'permission:',
        '  contents: read',
        ''
      ].join('\n')
    })
    const check = await checkLocalPolicy(env(ws), CTX, PAYLOAD)
    if (check.status !== 'checked') throw new Error(check.status)
    expect(check.verdict).toBe('unparseable')
    const reasons = check.findings.map(f => f.reason).join('\n')
    expect(reasons).toMatch(/permission/)
    expect(check.findings.length).toBeGreaterThanOrEqual(2)
    expect(check.findings.every(f => f.line !== undefined)).toBe(true)
  })

  it('reads the org policy from the .github repository, where `repositories` is allowed', async () => {
    const isOrgPolicy = (scope: string) => isOrgPolicyRepo(policyLocation(scope, 'x').repo)
    expect(isOrgPolicy('acme')).toBe(true)
    // The server compares the scope's repository name byte for byte.
    expect(isOrgPolicy('acme/.GitHub')).toBe(false)
    expect(isOrgPolicy('acme/widgets')).toBe(false)
    const ws = workspace({
      [PATH]: `issuer: ${CLAIMS.iss}\nsubject: ${CLAIMS.sub}\nrepositories:\n  - widgets\n`
    })
    const org = await checkLocalPolicy(
      env(ws, { GITHUB_REPOSITORY: 'Acme/.github' }),
      { ...CTX, scope: 'acme' },
      PAYLOAD
    )
    expect(org).toMatchObject({ status: 'checked', verdict: 'allow' })
    const repo = await checkLocalPolicy(env(ws), CTX, PAYLOAD)
    expect(repo).toMatchObject({ status: 'checked', verdict: 'unparseable' })
  })

  it('does not look when the policy lives in another repository', async () => {
    const loadEngine = jest.fn<() => Promise<PolicyEngine>>()
    const ws = workspace({ [PATH]: 'x' })
    expect(
      await checkLocalPolicy(env(ws, { GITHUB_REPOSITORY: 'acme/other' }), CTX, PAYLOAD, {
        loadEngine
      })
    ).toEqual({ status: 'elsewhere', policyRepo: 'acme/widgets', workflowRepo: 'acme/other' })
    expect(await checkLocalPolicy({ GITHUB_WORKSPACE: ws }, CTX, PAYLOAD, { loadEngine })).toEqual({
      status: 'elsewhere',
      policyRepo: 'acme/widgets'
    })
    expect(
      await checkLocalPolicy({ GITHUB_REPOSITORY: 'acme/widgets' }, CTX, PAYLOAD, { loadEngine })
    ).toMatchObject({ status: 'elsewhere' })
    expect(loadEngine).not.toHaveBeenCalled()
  })

  it('says when there is no copy, or it cannot be read, without loading the engine', async () => {
    const loadEngine = jest.fn<() => Promise<PolicyEngine>>()
    const ws = workspace()
    expect(await checkLocalPolicy(env(ws), CTX, PAYLOAD, { loadEngine })).toEqual({
      status: 'absent',
      path: PATH,
      workspace: ws
    })
    mkdirSync(join(ws, PATH), { recursive: true })
    expect(await checkLocalPolicy(env(ws), CTX, PAYLOAD, { loadEngine })).toEqual({
      status: 'unreadable',
      path: PATH,
      why: expect.stringMatching(/directory|regular file/)
    })
    expect(loadEngine).not.toHaveBeenCalled()
  })

  it('does not follow a link out of the workspace', async () => {
    const outside = workspace({ 'secret.txt': 'issuer: x' })
    const ws = workspace()
    mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
    symlinkSync(join(outside, 'secret.txt'), join(ws, PATH))
    expect(await checkLocalPolicy(env(ws), CTX, PAYLOAD)).toEqual({
      status: 'unreadable',
      path: PATH,
      why: 'it is a link to outside the workspace'
    })
    const inside = workspace({ 'other.yaml': `issuer: ${CLAIMS.iss}\nsubject: ${CLAIMS.sub}\n` })
    mkdirSync(join(inside, '.github/chainguard'), { recursive: true })
    symlinkSync(join(inside, 'other.yaml'), join(inside, PATH))
    expect(await checkLocalPolicy(env(inside), CTX, PAYLOAD)).toMatchObject({ verdict: 'allow' })
  })

  it('turns an engine failure into a status, never a throw', async () => {
    const ws = workspace({ [PATH]: 'issuer: x' })
    const check = await checkLocalPolicy(env(ws), CTX, PAYLOAD, {
      loadEngine: () => Promise.reject(new Error('chunk missing'))
    })
    expect(check).toEqual({ status: 'failed', path: PATH, why: 'chunk missing' })
  })
})

describe('readCheckout', () => {
  it('names the ref and the default branch from the event payload', () => {
    const ws = workspace({
      'event.json': JSON.stringify({ repository: { default_branch: 'trunk' } })
    })
    expect(
      readCheckout({ GITHUB_REF: 'refs/heads/x', GITHUB_EVENT_PATH: join(ws, 'event.json') })
    ).toEqual({ ref: 'refs/heads/x', defaultBranch: 'trunk' })
  })
  it('does without a payload, or a broken one', () => {
    const ws = workspace({ 'event.json': '{not json' })
    expect(readCheckout({ GITHUB_EVENT_PATH: join(ws, 'event.json') })).toEqual({})
    expect(readCheckout({ GITHUB_EVENT_PATH: join(ws, 'none.json') })).toEqual({})
    expect(readCheckout({})).toEqual({})
  })
})

describe('checkLocalPolicy under the step time limit', () => {
  const POLICY = `issuer: ${CLAIMS.iss}\nsubject: ${CLAIMS.sub}\npermissions:\n  contents: read\n`
  const T0 = 1_000_000

  /** The real engine, with each stage taking `cost[stage]` ms on a fake clock. */
  async function timed(cost: Partial<Record<'load' | 'explain' | 'parse', number>>) {
    const real = await import('../../src/policy/index.js')
    let t = T0
    const calls: string[] = []
    const loadEngine = async (): Promise<PolicyEngine> => {
      calls.push('load')
      t += cost.load ?? 0
      return {
        explainPolicy: (...a) => {
          calls.push('explain')
          t += cost.explain ?? 0
          return real.explainPolicy(...a)
        },
        parsePolicy: (...a) => {
          calls.push('parse')
          t += cost.parse ?? 0
          return real.parsePolicy(...a)
        },
        subjectPatternTest: real.subjectPatternTest
      }
    }
    const ws = workspace({ [PATH]: POLICY })
    const check = await checkLocalPolicy(env(ws), CTX, PAYLOAD, {
      loadEngine,
      deadline: T0 + 1000,
      now: () => t
    })
    return { check, calls, elapsed: t - T0 }
  }

  it('runs every stage within the budget', async () => {
    const { check, calls } = await timed({ load: 100, explain: 100, parse: 100 })
    expect(calls).toEqual(['load', 'explain', 'parse'])
    expect(check).toMatchObject({
      status: 'checked',
      verdict: 'allow',
      permissions: { contents: 'read' }
    })
    expect(check).not.toHaveProperty('cutShort')
  })

  it('starts no stage once the budget is spent: a slow one overruns by itself only', async () => {
    // Loading the engine used the budget up: nothing is evaluated.
    const slowLoad = await timed({ load: 5000 })
    expect(slowLoad.calls).toEqual(['load'])
    expect(slowLoad.check).toEqual({ status: 'skipped', path: PATH })
    // A slow evaluation (an alias bomb on a parser that is not linear): its verdict is kept,
    // the second parse (claims and permissions it names) is not started.
    const slowExplain = await timed({ load: 10, explain: 60_000 })
    expect(slowExplain.calls).toEqual(['load', 'explain'])
    expect(slowExplain.elapsed).toBe(60_010)
    expect(slowExplain.check).toMatchObject({
      status: 'checked',
      verdict: 'allow',
      cutShort: true,
      claimNames: [],
      permissions: {}
    })
  })

  it('skips everything, the file included, when the exchange used the whole budget', async () => {
    const loadEngine = jest.fn<() => Promise<PolicyEngine>>()
    const readFile = jest.fn<NonNullable<CheckDeps['readFile']>>()
    const check = await checkLocalPolicy(env(workspace()), CTX, PAYLOAD, {
      loadEngine,
      readFile,
      deadline: 5,
      now: () => 5
    })
    expect(check).toEqual({ status: 'skipped', path: PATH })
    expect(readFile).not.toHaveBeenCalled()
    expect(loadEngine).not.toHaveBeenCalled()
  })
})
