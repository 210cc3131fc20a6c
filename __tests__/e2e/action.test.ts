// The bundled action, main then post, as the runner runs it, against the local stack:
// every scenario of the core contract (issue 2), each checked for leaked secrets.
import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { assertNoLeaks, errorAnnotation, runStep, startStack } from '../stack/index.js'
import type { Stack, StepResult } from '../stack/index.js'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
})
afterEach(() => stack.reset())
afterAll(() => stack.close())

const BASE = { scope: 'acme/widgets', identity: 'deploy' }

async function main(
  inputs: Record<string, string> = BASE,
  env: Record<string, string | undefined> = {}
): Promise<StepResult> {
  const result = await runStep('main', { inputs, env: stack.env(env) })
  assertNoLeaks(result, stack.secrets())
  return result
}

async function post(
  state: Record<string, string>,
  inputs: Record<string, string> = BASE,
  env: Record<string, string | undefined> = {}
): Promise<StepResult> {
  const result = await runStep('post', { inputs, state, env: stack.env(env) })
  assertNoLeaks(result, stack.secrets())
  return result
}

const stsCalls = (): number => stack.sts.requests.filter(r => r.path === '/sts/exchange').length
const oidcCalls = (): number => stack.oidc.requests.filter(r => r.path === '/token').length
const deletes = (): number =>
  stack.api.requests.filter(r => r.method === 'DELETE' && r.path.endsWith('/installation/token'))
    .length

describe('a repository scope, end to end', () => {
  it('masks the token, outputs it, works until post revokes it', async () => {
    const r = await main()
    expect(r.exitCode).toBe(0)
    const minted = stack.sts.minted.at(-1)?.token
    expect(minted).toMatch(/^ghs_/)
    expect(r.outputs.token).toBe(minted)

    // One exchange, exactly as the Octo STS protocol has it.
    expect(stsCalls()).toBe(1)
    const call = stack.sts.requests.find(req => req.path === '/sts/exchange')!
    expect(call.method).toBe('GET')
    expect(call.query.scope).toEqual(['acme/widgets'])
    expect(call.query.scopes).toEqual(['acme/widgets'])
    expect(call.query.identity).toEqual(['deploy'])
    expect(call.headers.authorization).toHaveLength(1)
    expect(call.headers.authorization?.[0]).toMatch(/^Bearer ey/)
    // The OIDC token was asked for the STS domain as audience (the default).
    const tokenRequest = stack.oidc.requests.find(req => req.path === '/token')!
    expect(tokenRequest.query.audience).toEqual([stack.sts.host])

    // The mask comes before the output is written; the log names identity, scope and audit hash.
    expect(r.stdout.indexOf(`::add-mask::${minted}`)).toBeGreaterThanOrEqual(0)
    const hash = createHash('sha256').update(minted!).digest('base64')
    expect(r.stdout).toContain(`identity "deploy" on acme/widgets (audit hash ${hash})`)
    expect(r.summary).toContain(hash)
    expect(r.state['minted-at']).toMatch(/^\d+$/)
    expect(r.state['api-url']).toBe(stack.api.url)

    expect(stack.api.isLive(minted!)).toBe(true)
    const p = await post(r.state)
    expect(p.exitCode).toBe(0)
    expect(p.stdout).toContain('Token revoked.')
    expect(deletes()).toBe(1)
    const del = stack.api.requests.find(req => req.method === 'DELETE')!
    expect(del.headers.accept).toEqual(['application/vnd.github+json'])
    expect(del.headers['x-github-api-version']).toEqual(['2022-11-28'])
    expect(stack.api.isLive(minted!)).toBe(false)
    expect(stack.api.revoked).toContain(minted)
  })

  it('logs more with RUNNER_DEBUG=1 and still leaks nothing', async () => {
    const r = await main(BASE, { RUNNER_DEBUG: '1' })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(
      /^::debug::OIDC token claims: .*"sub":"repo:acme\/widgets:ref:refs\/heads\/main"/m
    )
    expect(r.stdout).toMatch(/^::debug::Exchanging identity "deploy" for scope "acme\/widgets"/m)
    const p = await post(r.state, BASE, { RUNNER_DEBUG: '1' })
    expect(p.exitCode).toBe(0)
  })
})

describe('scopes and identities', () => {
  it('exchanges an org scope against the org .github policy', async () => {
    const r = await main({ scope: 'acme', identity: 'deploy' })
    expect(r.exitCode).toBe(0)
    const call = stack.sts.requests.find(req => req.path === '/sts/exchange')!
    expect(call.query.scope).toEqual(['acme'])
    expect(stack.sts.minted.at(-1)?.token).toBe(r.outputs.token)
  })

  it('sends an identity that needs encoding intact', async () => {
    const r = await main({ scope: 'acme/widgets', identity: 'deploy+prod' })
    expect(r.exitCode).toBe(0)
    const call = stack.sts.requests.find(req => req.path === '/sts/exchange')!
    expect(call.query.identity).toEqual(['deploy+prod'])
  })

  it('sends a value that tries to inject a parameter as one literal value', async () => {
    const r = await main({ scope: 'acme/widgets', identity: 'deploy&identity=admin#' })
    expect(r.exitCode).toBe(1)
    const call = stack.sts.requests.find(req => req.path === '/sts/exchange')!
    expect(call.query.identity).toEqual(['deploy&identity=admin#'])
    expect(call.query.scope).toEqual(['acme/widgets'])
    expect(errorAnnotation(r)).toContain('found no trust policy "deploy&identity=admin#"')
  })
})

describe('denials fail at once with the server message and what to do', () => {
  it('policy mismatch: 403, one STS call, the message shown', async () => {
    const r = await main({ scope: 'acme/widgets', identity: 'mismatch' })
    expect(r.exitCode).toBe(1)
    expect(stsCalls()).toBe(1)
    expect(r.outputs.token).toBeUndefined()
    expect(r.state).toEqual({})
    const error = errorAnnotation(r)
    expect(error).toContain('HTTP 403')
    expect(error).toMatch(/trust policy: subject/)
    expect(r.durationMs).toBeLessThan(5000)
  })

  it('policy not found: names the file to create', async () => {
    const r = await main({ scope: 'acme/widgets', identity: 'missing' })
    expect(r.exitCode).toBe(1)
    expect(stsCalls()).toBe(1)
    const error = errorAnnotation(r)
    expect(error).toContain('HTTP 404')
    expect(error).toContain(
      '.github/chainguard/missing.sts.yaml is not on the default branch of acme/widgets'
    )
    expect(error).toContain('Octo STS said (HTTP 404): "unable to find trust policy for "missing""')
    expect(error).toContain('default branch')
  })

  it('App not installed: says where to install it', async () => {
    const r = await main({ scope: 'nope-org/widgets', identity: 'deploy' })
    expect(r.exitCode).toBe(1)
    expect(stsCalls()).toBe(1)
    expect(errorAnnotation(r)).toContain('not installed on "nope-org"')
  })

  it('missing id-token permission: fails before any request, with the fix', async () => {
    const r = await main(BASE, {
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
    })
    expect(r.exitCode).toBe(1)
    expect(errorAnnotation(r)).toContain('permissions: id-token: write')
    expect(errorAnnotation(r)).toContain('forks and Dependabot')
    expect(oidcCalls()).toBe(0)
    expect(stsCalls()).toBe(0)
  })
})

describe('invalid inputs are refused before any request', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['missing scope', { identity: 'deploy' }, '`scope` is required'],
    ['missing identity', { scope: 'acme/widgets' }, '`identity` is required'],
    ['scope with a parameter', { ...BASE, scope: 'acme/widgets&identity=admin' }, '`scope`'],
    ['scope with a fragment', { ...BASE, scope: 'acme/widgets&identity=admin#' }, '`scope`'],
    ['scope with three parts', { ...BASE, scope: 'acme/widgets/x' }, '`scope`'],
    ['identity escaping its directory', { ...BASE, identity: '../x' }, '`identity`'],
    ['identity with a newline', { ...BASE, identity: 'deploy\nadmin' }, '`identity`'],
    ['identity too long', { ...BASE, identity: 'x'.repeat(500) }, '`identity`'],
    ['domain with a scheme', { ...BASE, domain: 'https://octo-sts.dev' }, '`domain`'],
    ['domain with a path', { ...BASE, domain: 'octo-sts.dev/sts' }, '`domain`'],
    ['domain with credentials', { ...BASE, domain: 'u:p@octo-sts.dev' }, '`domain`'],
    ['audience with spaces', { ...BASE, audience: 'a b' }, '`audience`'],
    [
      'plain-http API URL',
      { ...BASE, 'github-api-url': 'http://api.example.com' },
      '`github-api-url`'
    ],
    ['revoke not a boolean', { ...BASE, revoke: 'yes' }, '`revoke`'],
    ['dry-run not a boolean', { ...BASE, 'dry-run': 'maybe' }, '`dry-run`'],
    ['timeout out of range', { ...BASE, 'timeout-seconds': '0' }, '`timeout-seconds`']
  ]
  it.each(cases)('%s', async (_name, inputs, mentions) => {
    const r = await main(inputs)
    expect(r.exitCode).toBe(1)
    const error = errorAnnotation(r)
    expect(error).toContain(mentions)
    expect(error).toContain('no request was made')
    expect(oidcCalls()).toBe(0)
    expect(stsCalls()).toBe(0)
  })
})

describe('the post step', () => {
  it('with revoke: false, leaves the token alone and says so', async () => {
    const inputs = { ...BASE, revoke: 'false' }
    const r = await main(inputs)
    expect(r.exitCode).toBe(0)
    expect(r.state.token).toBeUndefined()
    expect(r.summary).toContain('no (`revoke: false`)')
    const p = await post(r.state, inputs)
    expect(p.exitCode).toBe(0)
    expect(p.stdout).toContain('Token revocation is off')
    expect(deletes()).toBe(0)
    expect(stack.api.isLive(r.outputs.token!)).toBe(true)
  })

  it('warns on a 401 with both causes: already dead, or not the GitHub that minted it', async () => {
    const r = await main()
    stack.api.revoke(r.outputs.token!)
    const p = await post(r.state)
    expect(p.exitCode).toBe(0)
    const warning = /^::warning::(.*)$/m.exec(p.stdout)?.[1] ?? ''
    expect(warning).toContain(
      `The GitHub API at ${stack.api.url} refused the revocation (HTTP 401).`
    )
    expect(warning).toContain('the token was already revoked or had expired')
    expect(warning).toContain(
      '`github-api-url` points at a different GitHub than the one that minted it'
    )
    expect(p.stdout.match(/^::warning::/gm)).toHaveLength(1)
    expect(deletes()).toBe(1)
  })

  it('warns, and never fails the job, when revocation keeps failing (500)', async () => {
    const r = await main()
    stack.api.fault({ status: 500, body: '{"message":"Server Error"}' }, 10)
    const p = await post(r.state)
    expect(p.exitCode).toBe(0)
    expect(p.stdout).toMatch(/^::warning::Could not revoke the token: .*500/m)
    expect(deletes()).toBe(3)
  })

  it('honors github-api-url over GITHUB_API_URL', async () => {
    const r = await main(
      { ...BASE, 'github-api-url': stack.api.url },
      { GITHUB_API_URL: 'https://unused.invalid' }
    )
    expect(r.state['api-url']).toBe(stack.api.url)
    const p = await post(r.state)
    expect(p.stdout).toContain('Token revoked.')
    expect(stack.api.isLive(r.outputs.token!)).toBe(false)
  })

  it('skips a token older than an hour without a request', async () => {
    const r = await main()
    const old = { ...r.state, 'minted-at': String(Date.now() - 2 * 3600_000) }
    const p = await post(old)
    expect(p.exitCode).toBe(0)
    expect(p.stdout).toContain('already expired')
    expect(deletes()).toBe(0)
  })

  it('does nothing when the main step minted nothing', async () => {
    const p = await post({})
    expect(p.exitCode).toBe(0)
    expect(p.stdout).toContain('nothing to revoke')
    expect(deletes()).toBe(0)
  })
})

describe('GitHub Enterprise Server', () => {
  let ghes: Stack
  beforeAll(async () => {
    ghes = await startStack({ apiPrefix: '/api/v3' })
  })
  afterAll(() => ghes.close())

  it('revokes through an /api/v3 base URL', async () => {
    expect(ghes.api.url).toMatch(/\/api\/v3$/)
    const r = await runStep('main', { inputs: BASE, env: ghes.env() })
    expect(r.exitCode).toBe(0)
    const p = await runStep('post', { inputs: BASE, state: r.state, env: ghes.env() })
    assertNoLeaks(r, ghes.secrets())
    assertNoLeaks(p, ghes.secrets())
    expect(p.stdout).toContain('Token revoked.')
    expect(ghes.api.requests.find(req => req.method === 'DELETE')?.path).toBe(
      '/api/v3/installation/token'
    )
  })
})
