// The local stack itself (OIDC issuer, Octo-STS-compatible server, GitHub API, proxy, faults),
// the runner emulator, and one real run of the committed bundles through it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { createLocalJWKSet, jwtVerify } from 'jose'
import { stackRequest } from '../stack/client.js'
import { startStack, testHostsNodeOptions } from '../stack/index.js'
import type { Stack } from '../stack/index.js'
import {
  assertNoLeaks,
  maskLog,
  parseFileCommands,
  renderLog,
  REPO_ROOT,
  runStep
} from '../stack/run-step.js'
import type { StepResult } from '../stack/run-step.js'

let stack: Stack

/** Runs a Node ES module snippet in a child process (asynchronously: the stack lives in this one). */
const node = (
  script: string,
  args: string[],
  env: Record<string, string | undefined>
): Promise<string> =>
  new Promise(resolve => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, ...args],
      {
        env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: stack.caPath, ...env },
        timeout: 10_000
      },
      (_err, stdout) => resolve(String(stdout).trim())
    )
  })

beforeAll(async () => {
  stack = await startStack()
})
afterAll(async () => {
  await stack?.close()
})
beforeEach(() => stack.reset())

const exchangeUrl = (params: string): string => `https://${stack.sts.host}/sts/exchange?${params}`
const stsAudience = (): string => stack.sts.domain

async function exchange(
  params: Record<string, string>,
  jwt?: string
): Promise<{ status: number; json: unknown; headers: Record<string, unknown> }> {
  const token = jwt ?? (await stack.oidc.mint(stsAudience()))
  const res = await stackRequest(exchangeUrl(new URLSearchParams(params).toString()), {
    headers: { authorization: `Bearer ${token}` }
  })
  return { status: res.status, json: res.json, headers: res.headers }
}

const stsError = (code: number, message: string): unknown => ({ code, message, details: [] })

describe('runner emulator helpers', () => {
  it('parses both file-command forms', () => {
    const text = 'a=1\ntoken<<ghadelimiter_x\nline1\nline2\nghadelimiter_x\nb=x=y\n'
    expect(parseFileCommands(text)).toEqual({ a: '1', token: 'line1\nline2', b: 'x=y' })
    expect(() => parseFileCommands('t<<EOF\nvalue\n')).toThrow(/no closing delimiter/)
  })

  it('masks a value from its registration on, as the runner does', () => {
    const log = 'before s3cret\n::add-mask::s3cret\nafter s3cret\n'
    expect(maskLog(log)).toBe('before s3cret\n::add-mask::***\nafter ***\n')
    expect(renderLog('::add-mask::x1\n::error title=T::a%0Ab x1\n::debug::d\nplain')).toEqual([
      'Error (T): a',
      '           b ***',
      'plain'
    ])
  })

  const result = (over: Partial<StepResult>): StepResult => ({
    exitCode: 0,
    stdout: '',
    stderr: '',
    outputs: {},
    state: {},
    summary: '',
    envFile: '',
    durationMs: 1,
    ...over
  })

  it('accepts a secret only in its own mask line and as the token output/state', () => {
    const s = 'ghs_abcdefghijklmnopqrstuvwxyz0123456789'
    expect(() =>
      assertNoLeaks(
        result({
          stdout: `::add-mask::${s}\nGot a token\n`,
          outputs: { token: s },
          state: { token: s }
        }),
        [s, '']
      )
    ).not.toThrow()
  })

  it.each([
    [
      'stdout before its mask',
      { stdout: `x ghs_SECRETSECRETSECRET\n::add-mask::ghs_SECRETSECRETSECRET\n` }
    ],
    ['stdout without a mask', { stdout: `token ghs_SECRETSECRETSECRET\n` }],
    ['stderr', { stderr: 'ghs_SECRETSECRETSECRET' }],
    ['the summary', { summary: '| ghs_SECRETSECRETSECRET |' }],
    ['GITHUB_ENV', { envFile: 'T=ghs_SECRETSECRETSECRET' }],
    ['another output', { outputs: { other: 'ghs_SECRETSECRETSECRET' } }],
    ['another state', { state: { saved: 'ghs_SECRETSECRETSECRET' } }],
    ['an unmasked token output', { outputs: { token: 'ghs_SECRETSECRETSECRET' } }]
  ])('reports a leak in %s without printing the secret', (_, over) => {
    let message = ''
    try {
      assertNoLeaks(result(over), ['ghs_SECRETSECRETSECRET'])
    } catch (e) {
      message = (e as Error).message
    }
    expect(message).toMatch(/^Secret leak check failed/)
    expect(message).not.toContain('ghs_SECRETSECRETSECRET')
  })

  it("catches a JWT's signature on its own", () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln'
    expect(() =>
      assertNoLeaks(result({ stdout: 'sig c2lnbmF0dXJlc2lnbmF0dXJlc2ln\n' }), [jwt])
    ).toThrow(/stdout line 1/)
  })
})

describe('OIDC issuer and token endpoint', () => {
  it('serves discovery and a JWKS that verifies the tokens it hands out', async () => {
    const disco = await stackRequest(`${stack.oidc.issuer}/.well-known/openid-configuration`)
    expect(disco.json).toMatchObject({
      issuer: stack.oidc.issuer,
      jwks_uri: `${stack.oidc.issuer}/.well-known/jwks`
    })
    const jwks = await stackRequest(`${stack.oidc.issuer}/.well-known/jwks`)
    const res = await stackRequest(`${stack.oidc.requestUrl}&audience=my-aud`, {
      headers: { authorization: `Bearer ${stack.oidc.requestToken}` }
    })
    expect(res.status).toBe(200)
    const { value } = res.json as { value: string }
    expect(stack.oidc.issued).toContain(value)
    const { payload } = await jwtVerify(value, createLocalJWKSet(jwks.json as never), {
      issuer: stack.oidc.issuer,
      audience: 'my-aud'
    })
    expect(payload).toMatchObject({
      sub: 'repo:acme/widgets:ref:refs/heads/main',
      repository: 'acme/widgets',
      repository_owner: 'acme',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      ref_protected: true,
      event_name: 'push',
      workflow: 'deploy',
      job_workflow_ref: 'acme/widgets/.github/workflows/deploy.yml@refs/heads/main'
    })
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300)
  })

  it('requires the request token', async () => {
    const before = stack.oidc.issued.length
    const res = await stackRequest(`${stack.oidc.requestUrl}&audience=x`, {
      headers: { authorization: 'Bearer wrong' }
    })
    expect(res.status).toBe(401)
    expect(stack.oidc.issued).toHaveLength(before)
  })

  it('derives sub from environment and pull_request events', () => {
    stack.oidc.setWorkflow({ environment: 'production' })
    expect(stack.oidc.claims('a')).toMatchObject({
      sub: 'repo:acme/widgets:environment:production',
      environment: 'production'
    })
    stack.oidc.setWorkflow({
      repository: 'acme/gadgets',
      event_name: 'pull_request',
      ref: 'refs/pull/1/merge'
    })
    expect(stack.oidc.claims('a')).toMatchObject({ sub: 'repo:acme/gadgets:pull_request' })
    stack.oidc.setWorkflow({ actor: undefined, custom: 7 })
    const c = stack.oidc.claims('a')
    expect(c).not.toHaveProperty('actor')
    expect(c).toHaveProperty('custom', 7)
  })
})

describe('Octo STS server', () => {
  it('mints a token the API accepts, then revokes it', async () => {
    const res = await exchange({
      scope: 'acme/widgets',
      scopes: 'acme/widgets',
      identity: 'deploy'
    })
    expect(res.status).toBe(200)
    const { token, refreshToken, expiry } = res.json as Record<string, unknown>
    expect(refreshToken).toBe('')
    expect(expiry).toBeNull()
    expect(token).toMatch(/^ghs_[A-Za-z0-9]{36,80}$/)
    expect(stack.sts.minted.at(-1)).toMatchObject({
      scope: 'acme/widgets',
      identity: 'deploy',
      repositories: ['widgets'],
      permissions: { contents: 'read', issues: 'write' }
    })
    const check = (): Promise<number> =>
      stackRequest(`${stack.api.url}/installation/repositories`, {
        headers: { authorization: `Bearer ${String(token)}` }
      }).then(r => r.status)
    expect(await check()).toBe(200)
    const del = await stackRequest(`${stack.api.url}/installation/token`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${String(token)}` }
    })
    expect(del.status).toBe(204)
    expect(stack.api.isLive(String(token))).toBe(false)
    expect(await check()).toBe(401)
    const again = await stackRequest(`${stack.api.url}/installation/token`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${String(token)}` }
    })
    expect(again.status).toBe(401)
    expect(again.json).toMatchObject({ message: 'Bad credentials' })
  })

  it('varies the token length', async () => {
    const lengths = new Set<number>()
    for (let i = 0; i < 6; i++) {
      const r = await exchange({ scope: 'acme/widgets', identity: 'deploy+prod' })
      lengths.add(String((r.json as { token: string }).token).length)
    }
    expect(lengths.size).toBeGreaterThan(1)
  })

  it.each([
    [{ scope: 'acme', identity: 'deploy' }, 200, ['widgets', 'gadgets']],
    [{ scope: 'acme', identity: 'all-repos' }, 200, ['widgets', 'gadgets', '.github'].sort()],
    [{ scopes: 'acme/gadgets', identity: 'deploy' }, 200, ['gadgets']]
  ])('reads org and cross-repo policies: %j', async (params, status, repos) => {
    const res = await exchange(params)
    expect(res.status).toBe(status)
    expect([...(stack.sts.minted.at(-1)?.repositories ?? [])].sort()).toEqual([...repos].sort())
  })

  it.each([
    [{ identity: 'deploy' }, 400, 3, 'scope must be provided'],
    [{ scope: 'acme/widgets' }, 400, 3, 'identity must be provided'],
    [
      { scope: 'nope-org/widgets', identity: 'deploy' },
      404,
      5,
      'no installation found for "nope-org"'
    ],
    [
      { scope: 'acme/widgets', identity: 'missing' },
      404,
      5,
      'unable to find trust policy for "missing"'
    ],
    [
      { scope: 'acme/widgets', identity: 'bad-yaml' },
      404,
      5,
      'unable to parse trust policy found for "bad-yaml"'
    ],
    [
      { scope: 'acme/widgets', identity: 'unknown-key' },
      404,
      5,
      'unable to parse trust policy found for "unknown-key"'
    ],
    [
      { scope: 'acme/widgets', identity: 'repositories' },
      404,
      5,
      'unable to parse trust policy found for "repositories"'
    ],
    [
      { scope: 'acme/widgets', identity: 'bad-regex' },
      404,
      5,
      'unable to compile trust policy found for "bad-regex"'
    ],
    [
      { scope: 'acme/widgets', identity: 'too-much' },
      403,
      7,
      'token exchange failure (StatusUnprocessableEntity)'
    ],
    [
      { scope: 'acme', identity: 'outside' },
      403,
      7,
      'token exchange failure (StatusUnprocessableEntity)'
    ],
    [
      { scope: 'acme/widgets', identity: 'deploy prod' },
      404,
      5,
      'unable to find trust policy for "deploy prod"'
    ]
  ])('answers %j with %i', async (params, status, code, message) => {
    const minted = stack.sts.minted.length
    const res = await exchange(params)
    expect(res).toMatchObject({ status, json: stsError(code, message) })
    expect(stack.sts.minted).toHaveLength(minted)
  })

  it.each([
    ['mismatch', /^trust policy: subject "repo:acme\/widgets:ref:refs\/heads\/main" did not match/],
    ['claim-mismatch', /^trust policy: claim "event_name" did not match/],
    ['wrong-issuer', /^trust policy: issuer "https:\/\/127\.0\.0\.1:\d+" did not match/],
    ['audience', /^trust policy: audience "custom-audience" did not match/]
  ])('denies %s with 403 code 7 and the reason', async (identity, message) => {
    const res = await exchange({ scope: 'acme/widgets', identity })
    expect(res.status).toBe(403)
    expect(res.json).toMatchObject({ code: 7, details: [] })
    expect((res.json as { message: string }).message).toMatch(message)
  })

  it('checks the audience against its domain unless the policy names one', async () => {
    const wrong = await stack.oidc.mint('octo-sts.dev')
    const res = await exchange({ scope: 'acme/widgets', identity: 'deploy' }, wrong)
    expect(res.status).toBe(403)
    expect((res.json as { message: string }).message).toMatch(
      /^trust policy: audience "127\.0\.0\.1:\d+"/
    )
    const custom = await stack.oidc.mint('custom-audience')
    expect((await exchange({ scope: 'acme/widgets', identity: 'audience' }, custom)).status).toBe(
      200
    )
  })

  it('admits environment, pull_request and boolean-claim policies', async () => {
    stack.oidc.setWorkflow({ environment: 'production' })
    expect((await exchange({ scope: 'acme/widgets', identity: 'production' })).status).toBe(200)
    stack.oidc.setWorkflow({ event_name: 'pull_request', ref: 'refs/pull/7/merge' })
    expect((await exchange({ scope: 'acme/widgets', identity: 'pull-request' })).status).toBe(200)
    stack.oidc.setWorkflow()
    expect((await exchange({ scope: 'acme/widgets', identity: 'protected' })).status).toBe(200)
    stack.oidc.setWorkflow({ ref: 'refs/heads/feature' })
    const res = await exchange({ scope: 'acme/widgets', identity: 'protected' })
    expect((res.json as { message: string }).message).toMatch(
      /claim "(ref_protected|job_workflow_ref)"/
    )
  })

  it('verifies the token: signature, expiry, issuer', async () => {
    const scope = { scope: 'acme/widgets', identity: 'deploy' }
    stack.oidc.setSigning({ unknownKey: true })
    expect(await exchange(scope)).toMatchObject({
      status: 401,
      json: stsError(16, 'unable to verify bearer token'),
      headers: { 'www-authenticate': 'unable to verify bearer token' }
    })
    stack.oidc.setSigning({ lifetimeSeconds: -60 })
    expect((await exchange(scope)).status).toBe(401)
    stack.oidc.setSigning()
    const foreign = await stack.oidc.mint(stsAudience(), {
      iss: 'https://token.actions.githubusercontent.com'
    })
    expect(await exchange(scope, foreign)).toMatchObject({
      status: 400,
      json: stsError(3, 'unable to fetch or create the provider')
    })
    const plain = await stack.oidc.mint(stsAudience(), { iss: 'http://insecure.example' })
    expect((await exchange(scope, plain)).json).toEqual(stsError(3, 'invalid issuer format'))
    expect((await exchange(scope, 'not-a-jwt')).json).toEqual(stsError(3, 'invalid bearer token'))
  })

  it('speaks the wire protocol: headers, repeated parameters, POST forms', async () => {
    const jwt = await stack.oidc.mint(stsAudience())
    const none = await stackRequest(exchangeUrl('scope=acme/widgets&identity=deploy'))
    expect(none).toMatchObject({
      status: 401,
      json: stsError(16, 'expected exactly one authorization header')
    })
    expect(none.headers['www-authenticate']).toBe('expected exactly one authorization header')
    const two = await stackRequest(exchangeUrl('scope=acme/widgets&identity=deploy'), {
      headers: { authorization: [`Bearer ${jwt}`, `Bearer ${jwt}`] }
    })
    expect(two.status).toBe(401)
    const auth = { authorization: `Bearer ${jwt}` }
    const cases: [string, number, string][] = [
      [
        'scope=acme/widgets&identity=a&identity=b',
        400,
        'too many values for field "identity": a, b'
      ],
      [
        'scope=acme/widgets&scopes=acme/widgets&scopes=acme/x&identity=deploy',
        400,
        'multiple scopes not supported'
      ],
      ['scope=acme/widgets;identity=deploy', 400, 'invalid semicolon separator in query'],
      ['scope=acme%2Fwidgets&identity=deploy%2Bprod&unknown=1', 200, ''],
      [
        'scope=acme/widgets&identity=deploy+prod',
        404,
        'unable to find trust policy for "deploy prod"'
      ]
    ]
    for (const [query, status, message] of cases) {
      const res = await stackRequest(exchangeUrl(query), { headers: auth })
      expect([query, res.status]).toEqual([query, status])
      if (message) expect(res.json).toEqual(stsError(3 + (status === 404 ? 2 : 0), message))
    }
    const form = await stackRequest(`https://${stack.sts.host}/sts/exchange?scope=acme/widgets`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'identity=deploy'
    })
    expect(form.status).toBe(200)
    const json = await stackRequest(`https://${stack.sts.host}/sts/exchange`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ scope: 'acme/widgets', identity: 'deploy' })
    })
    expect(json.json).toEqual(stsError(3, 'scope must be provided'))
    const logged = stack.sts.requests.find(r => r.query.unknown)
    expect(logged?.query).toEqual({
      scope: ['acme/widgets'],
      identity: ['deploy+prod'],
      unknown: ['1']
    })
    expect(logged?.headers.authorization).toEqual([`Bearer ${jwt}`])
  })

  it('applies programmatic policies, installations and App permissions', async () => {
    stack.sts.setPolicy('acme/widgets', 'deploy', null)
    expect((await exchange({ scope: 'acme/widgets', identity: 'deploy' })).status).toBe(404)
    stack.sts.setPolicy(
      'acme/widgets',
      'deploy',
      'issuer_pattern: https://127\\.0\\.0\\.1:[0-9]+\nsubject_pattern: .*\npermissions:\n  checks: write\n'
    )
    expect((await exchange({ scope: 'acme/widgets', identity: 'deploy' })).status).toBe(200)
    stack.sts.setAppPermissions({ contents: 'read' })
    expect((await exchange({ scope: 'acme/widgets', identity: 'deploy' })).status).toBe(403)
    stack.sts.setAppPermissions({ checks: 'write' })
    stack.sts.setInstallation('acme', null)
    expect((await exchange({ scope: 'acme/widgets', identity: 'deploy' })).status).toBe(404)
    stack.reset()
    expect(await exchange({ scope: 'acme/widgets', identity: 'deploy' })).toMatchObject({
      status: 200
    })
    expect(stack.sts.minted.at(-1)?.permissions).toEqual({ contents: 'read', issues: 'write' })
  })
})

describe('faults', () => {
  it('answers queued faults in order, then normally, counting every request', async () => {
    const url = `${stack.api.url}/installation/repositories`
    stack.api.fault({ status: 503, body: 'down' }, 2)
    stack.api.fault({ status: 429, headers: { 'retry-after': '1' }, body: '{"message":"slow"}' })
    stack.api.fault({
      status: 502,
      body: '<html><body>Bad gateway</body></html>',
      contentType: 'text/html'
    })
    stack.api.fault({ redirect: 'https://elsewhere.test/' })
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await stackRequest(url)).status)
    expect(statuses).toEqual([503, 503, 429, 502, 302, 401])
    expect(stack.api.requests.map(r => r.fault ?? 'none')).toEqual([
      'status 503',
      'status 503',
      'status 429',
      'status 502',
      'redirect',
      'none'
    ])
    expect(stack.api.pendingFaults).toBe(0)
  })

  it('resets, hangs, delays and streams oversize bodies', async () => {
    stack.sts.fault({ reset: true })
    await expect(stackRequest(exchangeUrl('x=1'))).rejects.toThrow()
    stack.sts.fault({ hang: true })
    await expect(stackRequest(exchangeUrl('x=1'), { timeoutMs: 300 })).rejects.toThrow('timeout')
    stack.sts.fault({ delayMs: 150 })
    const started = Date.now()
    expect((await stackRequest(exchangeUrl('x=1'))).status).toBe(401)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    stack.sts.fault({ oversizeBytes: 1024 * 1024 })
    const big = await stackRequest(exchangeUrl('x=1'))
    expect(big.status).toBe(200)
    expect(big.body.length).toBeGreaterThan(1024 * 1024)
    expect(stack.sts.requests).toHaveLength(4)
  })

  it('lets a fault wait for a matching path', async () => {
    stack.oidc.fault({ status: 500, match: '/token' })
    expect((await stackRequest(`${stack.oidc.issuer}/.well-known/jwks`)).status).toBe(200)
    expect((await stackRequest(stack.oidc.requestUrl)).status).toBe(500)
  })
})

describe('proxy and test host names', () => {
  it('tunnels CONNECT to *.test names and logs each target', async () => {
    const script = `
      import http from 'node:http'
      import https from 'node:https'
      import tls from 'node:tls'
      const [proxyPort, target] = process.argv.slice(1)
      const req = http.request({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: target })
      req.on('connect', (res, socket) => {
        if (res.statusCode !== 200) return console.log(res.statusCode)
        const secure = tls.connect({ socket, servername: target.split(':')[0] })
        https
          .request({ host: target.split(':')[0], path: '/sts/exchange', createConnection: () => secure }, r => {
            console.log(r.statusCode)
            secure.destroy()
          })
          .end()
      })
      req.end()`
    const run = (target: string): Promise<string> =>
      node(script, [String(stack.proxy.port), target], {})
    expect(await run(`sts.test:${stack.sts.port}`)).toBe('401')
    expect(await run(`example.com:443`)).toBe('403')
    expect(stack.proxy.connects).toEqual([`sts.test:${stack.sts.port}`, 'example.com:443'])
    expect(stack.sts.requests.map(r => r.viaProxy)).toEqual([true])
  })

  it('resolves *.test to 127.0.0.1 in a child process with the preload', async () => {
    const script = `
      import https from 'node:https'
      https.get('https://api.test:${stack.api.port}/installation/repositories', r => { console.log(r.statusCode); r.resume() })
        .on('error', e => console.log(e.code))`
    expect(await node(script, [], { NODE_OPTIONS: testHostsNodeOptions() })).toBe('401')
    // Other names still resolve as usual.
    const local = script.replace('api.test', 'localhost')
    expect(await node(local, [], { NODE_OPTIONS: testHostsNodeOptions() })).toBe('401')
    expect(stack.api.requests.map(r => [r.headers.host, r.viaProxy])).toEqual([
      [[`api.test:${stack.api.port}`], false],
      [[`localhost:${stack.api.port}`], false]
    ])
  })
})

describe('the committed bundles against the stack', () => {
  it('main mints a masked token that works; post revokes it', async () => {
    const env = stack.env()
    const minted = stack.sts.minted.length
    const main = await runStep('main', {
      inputs: { scope: 'acme/widgets', identity: 'deploy' },
      env
    })
    const { stdout, stderr } = main
    expect({ exitCode: main.exitCode, stderr }).toEqual({ exitCode: 0, stderr: '' })
    const token = main.outputs.token ?? ''
    expect(stack.sts.minted).toHaveLength(minted + 1)
    expect(stack.sts.minted.at(-1)?.token).toBe(token)
    expect(stdout).toContain(`::add-mask::${token}`)
    expect(stack.sts.requests).toHaveLength(1)
    expect(stack.sts.requests[0]?.query).toEqual({
      scope: ['acme/widgets'],
      scopes: ['acme/widgets'],
      identity: ['deploy']
    })
    expect(stack.oidc.requests.filter(r => r.path === '/token')).toHaveLength(1)
    expect(stack.api.isLive(token)).toBe(true)
    assertNoLeaks(main, stack.secrets())

    const post = await runStep('post', {
      inputs: { scope: 'acme/widgets', identity: 'deploy' },
      env,
      state: main.state
    })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toContain('Token revoked.')
    expect(stack.api.isLive(token)).toBe(false)
    expect(stack.api.revoked.at(-1)).toBe(token)
    expect(stack.api.requests.filter(r => r.method === 'DELETE')).toHaveLength(1)
    assertNoLeaks(post, stack.secrets())
  })

  it('kills a step past its time limit, and measures peak RSS on request', async () => {
    stack.sts.fault({ hang: true })
    const hung = await runStep('main', {
      inputs: { scope: 'acme/widgets', identity: 'deploy' },
      env: stack.env(),
      timeoutMs: 800
    })
    expect(hung).toMatchObject({ exitCode: -1, timedOut: true })
    expect(hung.stderr).toContain('[runStep] main was killed after 800 ms')
    expect(hung.durationMs).toBeLessThan(5000)
    const post = await runStep('post', { measureRss: true })
    expect(post.exitCode).toBe(0)
    expect(post.peakRssKb).toBeGreaterThan(10_000)
  })

  it('reaches the STS by an encoded identity', async () => {
    const main = await runStep('main', {
      inputs: { scope: 'acme/widgets', identity: 'deploy+prod' },
      env: stack.env()
    })
    expect(main.exitCode).toBe(0)
    expect(stack.sts.requests[0]?.query.identity).toEqual(['deploy+prod'])
    assertNoLeaks(main, stack.secrets())
  })
})

describe('npm run demo', () => {
  it('shows a masked token that works, then is revoked, and a denial; exits 0', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>(resolve => {
      execFile(
        process.execPath,
        [`${REPO_ROOT}node_modules/tsx/dist/cli.mjs`, 'scripts/demo.ts', '--deny'],
        {
          cwd: REPO_ROOT,
          env: { PATH: process.env.PATH, HOME: process.env.HOME },
          timeout: 60_000
        },
        (err, out) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout: String(out) })
      )
    })
    expect(code).toBe(0)
    expect(stdout).toContain('token = ***')
    expect(stdout).toMatch(/before post, GET \/installation\/repositories with the token → 200/)
    expect(stdout).toMatch(/after post, the same check → 401/)
    expect(stdout).toMatch(/main \d+ ms, post \d+ ms/)
    expect(stdout).toMatch(/the step failed after 1 STS call/)
    expect(stdout).not.toMatch(/^ {2}✗/m)
    expect(stdout).not.toMatch(/gh[a-z]_[A-Za-z0-9]{20,}|eyJ[\w-]+\.[\w-]+\./)
  }, 60_000)
})

describe('a stack with *.test host names, through the proxy', () => {
  let named: Stack
  beforeAll(async () => {
    named = await startStack({ hostNames: 'test', proxyAuth: { username: 'u', password: 'p w' } })
  })
  afterAll(async () => {
    await named?.close()
  })

  it('names its servers *.test and preloads the resolver in the step env', () => {
    expect(named.sts.host).toBe(`sts.test:${named.sts.port}`)
    expect(named.oidc.issuer).toBe(`https://oidc.test:${named.oidc.port}`)
    expect(named.api.url).toBe(`https://api.test:${named.api.port}`)
    expect(named.env().NODE_OPTIONS).toBe(testHostsNodeOptions())
    expect(named.proxy.url).toBe(`http://u:p%20w@127.0.0.1:${named.proxy.port}`)
  })

  it('sees the bundle go through the proxy, or around it per NO_PROXY', async () => {
    const inputs = { scope: 'acme/widgets', identity: 'deploy' }
    const via = await runStep('main', { inputs, env: named.env({ HTTPS_PROXY: named.proxy.url }) })
    expect(via.exitCode).toBe(0)
    expect(named.proxy.log.map(c => [c.target, c.status])).toEqual([
      [named.oidc.host, 200],
      [named.sts.host, 200]
    ])
    expect(named.sts.requests.map(r => r.viaProxy)).toEqual([true])
    assertNoLeaks(via, named.secrets())

    named.reset()
    const around = await runStep('main', {
      inputs,
      env: named.env({ HTTPS_PROXY: named.proxy.url, NO_PROXY: 'sts.test' })
    })
    expect(around.exitCode).toBe(0)
    expect(named.proxy.connects).toEqual([named.oidc.host])
    expect(named.sts.requests.map(r => r.viaProxy)).toEqual([false])

    named.reset()
    const wrong = `http://u:wrong@127.0.0.1:${named.proxy.port}`
    const refused = await runStep('main', { inputs, env: named.env({ HTTPS_PROXY: wrong }) })
    expect(refused.exitCode).toBe(1)
    expect(named.proxy.log.map(c => c.status)).toEqual([407])
    expect(named.oidc.requests).toHaveLength(0)
  })
})
