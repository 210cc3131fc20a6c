// Self-hosted runners behind a proxy: HTTPS_PROXY is used for every service, NO_PROXY is
// honored, and a proxy that cannot be reached fails fast, named, without its credentials.
// The servers are named *.test (resolved to 127.0.0.1 in the step) because proxies are always
// bypassed for loopback names.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { assertNoLeaks, errorAnnotation, runStep, startStack } from '../stack/index.js'
import type { Stack, StepResult } from '../stack/index.js'

const BASE = { scope: 'acme/widgets', identity: 'deploy' }

describe('through a CONNECT proxy', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ hostNames: 'test' })
  })
  afterEach(() => stack.reset())
  afterAll(() => stack.close())

  async function step(
    entry: 'main' | 'post',
    env: Record<string, string | undefined>,
    state?: Record<string, string>
  ): Promise<StepResult> {
    const r = await runStep(entry, {
      inputs: BASE,
      env: stack.env(env),
      ...(state ? { state } : {})
    })
    assertNoLeaks(r, stack.secrets())
    return r
  }

  it('sends the OIDC request, the exchange and the revocation through HTTPS_PROXY', async () => {
    const env = { HTTPS_PROXY: stack.proxy.url }
    const r = await step('main', env)
    expect(r.exitCode).toBe(0)
    expect(stack.proxy.connects).toEqual([stack.oidc.host, stack.sts.host])
    const p = await step('post', env, r.state)
    expect(p.stdout).toContain('Token revoked.')
    expect(stack.proxy.connects).toEqual([
      stack.oidc.host,
      stack.sts.host,
      new URL(stack.api.url).host
    ])
    expect(stack.api.isLive(r.outputs.token!)).toBe(false)
  })

  it('also reads the lower-case https_proxy', async () => {
    const r = await step('main', { https_proxy: stack.proxy.url })
    expect(r.exitCode).toBe(0)
    expect(stack.proxy.connects).toContain(stack.sts.host)
  })

  it('bypasses the proxy for hosts in NO_PROXY', async () => {
    const r = await step('main', { HTTPS_PROXY: stack.proxy.url, NO_PROXY: 'sts.test' })
    expect(r.exitCode).toBe(0)
    expect(stack.proxy.connects).toEqual([stack.oidc.host])
    expect(stack.sts.requests.filter(q => q.path === '/sts/exchange')).toHaveLength(1)
  })

  it('fails fast, naming the proxy, when it cannot be reached', async () => {
    const r = await step('main', { HTTPS_PROXY: 'http://user:hunter2@127.0.0.1:9' })
    expect(r.exitCode).toBe(1)
    const error = errorAnnotation(r)
    expect(error).toContain('proxy 127.0.0.1:9 is unreachable')
    expect(error).toContain('HTTPS_PROXY')
    expect(r.stdout + r.stderr).not.toContain('hunter2')
    expect(r.stdout).not.toMatch(/^attempt /m)
    expect(r.durationMs).toBeLessThan(3000)
  })
})

describe('a proxy variable that is set but unusable fails closed', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ hostNames: 'test' })
  })
  afterEach(() => stack.reset())
  afterAll(() => stack.close())

  // Requests that reached any server of the stack (the proxy included).
  const reached = (): string[] => [
    ...[stack.oidc, stack.sts, stack.api].flatMap(s => s.requests.map(q => q.path)),
    ...stack.proxy.connects,
    ...stack.proxy.plainRequests
  ]

  // http-client itself would send these directly, ignoring the proxy: a percent sign that
  // starts no escape in the password (decoding throws), a value without a scheme (`host:port`
  // parses as a URL of scheme "proxy.test" and no host), credentials without a scheme.
  it.each([
    [
      'HTTPS_PROXY',
      'http://user:p%zzss@proxy.test:3128',
      'its password is not validly percent-encoded'
    ],
    ['HTTPS_PROXY', 'proxy.test:3128', 'it does not start with http:// or https://'],
    ['https_proxy', 'user:p%zzss@proxy.test:3128', 'it does not start with http:// or https://']
  ])('%s=%s: the main step fails before any request', async (name, value, problem) => {
    const r = await runStep('main', { inputs: BASE, env: stack.env({ [name]: value }) })
    assertNoLeaks(r, stack.secrets())
    expect(r.exitCode).toBe(1)
    const error = errorAnnotation(r)
    expect(error).toContain(`${name} is set but cannot be used: ${problem}`)
    expect(error).toContain(`Fix ${name} in the runner's environment`)
    const log = r.stdout + r.stderr
    for (const part of ['user:', 'p%zzss', 'zzss', 'proxy.test', value]) {
      expect(log).not.toContain(part)
    }
    expect(reached()).toEqual([])
    expect(r.outputs.token).toBeUndefined()
  })

  it('the post step warns and sends no revocation', async () => {
    const minted = await runStep('main', { inputs: BASE, env: stack.env() })
    expect(minted.exitCode).toBe(0)
    stack.reset()
    const value = 'http://user:p%zzss@proxy.test:3128'
    const r = await runStep('post', {
      inputs: BASE,
      env: stack.env({ HTTPS_PROXY: value }),
      state: minted.state
    })
    assertNoLeaks(r, stack.secrets())
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(
      /^::warning::Could not revoke the token: HTTPS_PROXY is set but cannot be used: its password is not validly percent-encoded/m
    )
    expect(r.stdout + r.stderr).not.toMatch(/user:|zzss|proxy\.test/)
    expect(reached()).toEqual([])
    expect(stack.api.isLive(minted.outputs.token!)).toBe(true)
  })
})

describe('through a proxy that requires credentials', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({
      hostNames: 'test',
      proxyAuth: { username: 'runner', password: 'p@ss:w%rd' }
    })
  })
  afterAll(() => stack.close())

  it('authenticates with the credentials in HTTPS_PROXY and never prints them', async () => {
    const r = await runStep('main', {
      inputs: BASE,
      env: stack.env({ HTTPS_PROXY: stack.proxy.url })
    })
    assertNoLeaks(r, stack.secrets())
    expect(r.exitCode).toBe(0)
    expect(stack.proxy.log.map(c => c.status)).toEqual([200, 200])
    expect(r.stdout + r.stderr).not.toContain('p@ss')
  })

  it('reports a refusal (407) with the proxy named, not its credentials', async () => {
    const url = new URL(stack.proxy.url)
    url.password = 'wrong-secret'
    const r = await runStep('main', { inputs: BASE, env: stack.env({ HTTPS_PROXY: url.href }) })
    expect(r.exitCode).toBe(1)
    expect(errorAnnotation(r)).toMatch(
      /proxy 127\.0\.0\.1:\d+ refused to connect to oidc\.test:\d+ \(HTTP 407\)/
    )
    expect(r.stdout + r.stderr).not.toContain('wrong-secret')
  })
})
