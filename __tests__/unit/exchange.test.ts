import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { HttpError } from '../../src/net/http.js'
import { exchangeToken, exchangeUrl, STS_SERVICE } from '../../src/sts/exchange.js'
import type { ExchangeDeps } from '../../src/sts/exchange.js'
import type { ExchangeContext } from '../../src/sts/request.js'
import { fakeClock } from './helpers/clock.js'
import { rejection } from './helpers/errors.js'
import { json, response, scriptedHttp } from './helpers/http.js'
import type { Step } from './helpers/http.js'
import { fakeJwt, ghsToken } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1)
const JWT = fakeJwt({ sub: 'repo:acme/widgets:ref:refs/heads/main' })
const TOKEN = ghsToken('exchange')
const CTX: ExchangeContext = {
  scope: 'acme/widgets',
  identity: 'deploy+prod',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}

function setup(steps: Step[]) {
  const clock = fakeClock(T0, 0)
  const h = scriptedHttp(steps)
  const calls: string[] = []
  const deps: ExchangeDeps = {
    http: h.http,
    clock,
    policy: {
      attempts: 4,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      attemptTimeoutMs: 15_000,
      deadline: T0 + 60_000
    },
    setSecret: v => void calls.push(`mask:${v}`),
    log: l => void calls.push(`log:${l}`),
    userAgent: 'test-agent'
  }
  return { deps, h, clock, calls }
}

const fail = (ctx: ExchangeContext, deps: ExchangeDeps): Promise<ActionError> =>
  rejection(exchangeToken(ctx, JWT, deps), 'the exchange')

describe('exchangeUrl', () => {
  it('sends scope and scopes with the same value, and identity, percent-encoded', () => {
    expect(exchangeUrl('octo-sts.dev', 'acme/widgets', 'deploy+prod').href).toBe(
      'https://octo-sts.dev/sts/exchange?scope=acme%2Fwidgets&scopes=acme%2Fwidgets&identity=deploy%2Bprod'
    )
  })

  it('keeps an injected parameter inside its value', () => {
    const url = exchangeUrl('sts.example.com:8443', 'acme', 'x&identity=admin#;')
    expect(url.host).toBe('sts.example.com:8443')
    expect(url.hash).toBe('')
    expect(url.searchParams.getAll('identity')).toEqual(['x&identity=admin#;'])
    expect(url.search).not.toMatch(/[;#]/)
  })
})

describe('exchangeToken', () => {
  it('exchanges the JWT with one GET and masks the token at once', async () => {
    const { deps, h, calls } = setup([json(200, { token: TOKEN, refreshToken: '', expiry: null })])
    await expect(exchangeToken(CTX, JWT, deps)).resolves.toBe(TOKEN)
    expect(h.requests).toEqual([
      {
        method: 'GET',
        url: exchangeUrl('octo-sts.dev', 'acme/widgets', 'deploy+prod'),
        headers: {
          authorization: `Bearer ${JWT}`,
          accept: 'application/json',
          'user-agent': 'test-agent'
        },
        timeoutMs: 15_000
      }
    ])
    expect(calls).toEqual([`mask:${TOKEN}`])
  })

  it('retries 503 and 429 (honoring Retry-After), then succeeds', async () => {
    const { deps, h, calls, clock } = setup([
      json(503, { code: 14, message: 'unavailable' }),
      json(429, { code: 8, message: 'slow down' }, { 'retry-after': '2' }),
      json(200, { token: TOKEN })
    ])
    await expect(exchangeToken(CTX, JWT, deps)).resolves.toBe(TOKEN)
    expect(h.requests).toHaveLength(3)
    expect(clock.sleeps).toEqual([0, 2000])
    expect(calls).toEqual([
      'log:attempt 2/4 in 0.0s: Octo STS answered 503 Service Unavailable',
      'log:attempt 3/4 in 2.0s: Octo STS answered 429 Too Many Requests',
      `mask:${TOKEN}`
    ])
  })

  it('fails a policy denial after exactly one request, with the diagnosis', async () => {
    const message =
      'trust policy: subject "repo:acme/widgets:ref:refs/heads/dev" did not match "repo:acme/widgets:ref:refs/heads/main"'
    const { deps, h, clock } = setup([json(403, { code: 7, message, details: [] })])
    const e = await fail(CTX, deps)
    expect(h.requests).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(e.kind).toBe('policy-mismatch')
    expect(e.what).toBe(
      `The trust policy acme/widgets/.github/chainguard/deploy+prod.sts.yaml does not admit this workflow (subject did not match). Octo STS said (HTTP 403): "${message}".`
    )
    expect(e.details).toEqual({ status: 403, serverMessage: message, service: STS_SERVICE })
  })

  it.each([
    [404, 'no installation found for "acme"', 'app-not-installed'],
    [404, 'unable to find trust policy for "deploy+prod"', 'policy-not-found'],
    [400, 'identity must be provided', 'request-rejected'],
    [401, 'unable to verify bearer token', 'token-rejected'],
    // Denials of newer servers (octo-sts/app#1683, #1684): final on the first answer.
    [400, 'invalid identity "deploy+prod": must be a single path segment', 'identity-refused'],
    [403, 'permission denied reading trust policy for "deploy+prod"', 'policy-read-denied'],
    [404, 'installation 4242 not found for "acme"', 'app-not-installed']
  ])('maps %i %j to %s after one request', async (status, message, kind) => {
    const { deps, h } = setup([json(status, { code: 5, message })])
    expect((await fail(CTX, deps)).kind).toBe(kind)
    expect(h.requests).toHaveLength(1)
  })

  it.each([
    [
      429,
      8,
      'organization trusted-issuer lookup rate limited',
      'issuer-allowlist-unavailable',
      /the lookup was rate limited by GitHub/
    ],
    [
      503,
      14,
      'organization trusted-issuer lookup unavailable',
      'issuer-allowlist-unavailable',
      /the lookup was unavailable/
    ],
    [
      429,
      8,
      'GitHub API rate limit exceeded for "deploy+prod"',
      'policy-rate-limited',
      /rate limit while reading the trust policy/
    ],
    [
      500,
      13,
      'failed to get token',
      'unavailable',
      /GitHub failed to create the installation token/
    ],
    [
      429,
      8,
      'GitHub API rate limit exceeded (403) for "deploy+prod"',
      'policy-rate-limited',
      /rate limit while reading the trust policy/
    ],
    [
      503,
      14,
      'enumerating installations for "acme": 502 Bad Gateway',
      'unavailable',
      /could not list the installations of its GitHub Apps on "acme"/
    ],
    [
      500,
      13,
      'listing installations for app 12: 401 Bad credentials',
      'server-error',
      /its own GitHub App \(ID 12\)/
    ],
    [500, 13, 'creating GitHub client: bad URL', 'server-error', /connection to GitHub's API/]
  ])(
    'retries %i %j, then says what it was and what the server said',
    async (status, code, message, kind, explained) => {
      const answer = (): Step => json(status, { code, message, details: [] })
      const { deps, h } = setup([answer(), answer(), answer(), answer()])
      const e = await fail(CTX, deps)
      expect(h.requests).toHaveLength(4)
      expect(e.kind).toBe(kind)
      expect(e.what).toMatch(explained)
      expect(e.what).toMatch(
        new RegExp(
          `Octo STS said \\(HTTP ${status}\\): "${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" \\(4 attempts over [0-9.]+s\\)\\.$`
        )
      )
      expect(e.details).toEqual({ status, serverMessage: message, service: STS_SERVICE })
    }
  )

  it('names the token’s issuer when the organization does not allow it', async () => {
    const iss = 'https://token.actions.githubusercontent.com/acme'
    const { deps } = setup([
      json(403, { code: 7, message: 'issuer not permitted by organization policy' })
    ])
    const e = await exchangeToken(CTX, fakeJwt({ iss }), deps).catch((err: unknown) => err)
    expect(e).toBeInstanceOf(ActionError)
    expect((e as ActionError).kind).toBe('issuer-not-allowed')
    expect((e as ActionError).what).toContain(`this token's issuer ("${iss}") is not listed`)
    const { deps: deps2 } = setup([
      json(403, { code: 7, message: 'issuer not permitted by organization policy' })
    ])
    const e2 = await exchangeToken(CTX, fakeJwt({ iss: 42 }), deps2).catch((err: unknown) => err)
    expect((e2 as ActionError).what).toContain("this token's issuer is not listed")
    const { deps: deps3 } = setup([
      json(403, { code: 7, message: 'issuer not permitted by organization policy' })
    ])
    const e3 = await exchangeToken(CTX, fakeJwt({ iss: 'https://x\n::error::y' }), deps3).catch(
      (err: unknown) => err
    )
    expect((e3 as ActionError).what).toContain(`this token's issuer ("https://x : :error: :y")`)
  })

  it('keeps the generic reading of a retried answer that is not an Octo STS error', async () => {
    const { deps } = setup([
      response(503, ''),
      response(503, ''),
      response(503, ''),
      response(503, '')
    ])
    const e = await fail(CTX, deps)
    expect(e.kind).toBe('unavailable')
    expect(e.what).toMatch(
      /^Octo STS answered 503 Service Unavailable \(an empty body\), a temporary failure/
    )
  })

  it('sanitizes the server message it shows', async () => {
    const { deps } = setup([
      json(403, {
        message: `trust policy: claim "ref" did not match\n::error::x ##[stop-commands]y ${TOKEN}`
      })
    ])
    const e = await fail(CTX, deps)
    expect(e.details.serverMessage).toBe(
      'trust policy: claim "ref" did not match : :error: :x #\u200b#[stop-commands]y ***'
    )
    expect(e.message).not.toContain(TOKEN)
    expect(e.message).not.toMatch(/::|##\[/)
  })

  it.each([
    [
      'an HTML page',
      response(404, '<!doctype html><p>nginx', { 'content-type': 'text/html' }),
      'an HTML page (likely from a proxy or load balancer)'
    ],
    ['an empty body', response(400, ''), 'an empty body'],
    ['JSON without a message', json(418, { error: 'teapot' }), '"{"error":"teapot"}"']
  ])('reports an error answer with %s as not from Octo STS', async (_, answer, described) => {
    const { deps } = setup([answer])
    const e = await fail(CTX, deps)
    expect(e.kind).toBe('protocol')
    expect(e.what).toBe(
      `${STS_SERVICE} answered HTTP ${answer.status} ${answer.statusText} with ${described}, not an Octo STS error.`.replace(
        '  ',
        ' '
      )
    )
    expect(e.fix).toBe(
      'Check that `domain` ("octo-sts.dev") is an Octo STS server, and any proxy in between.'
    )
    expect(e.details).toEqual({ status: answer.status, service: STS_SERVICE })
  })

  it.each([
    ['no token field', '{"refreshToken":""}', 'JSON without a "token" string'],
    ['an empty token', '{"token":""}', 'JSON without a "token" string'],
    ['a non-string token', '{"token":123}', 'JSON without a "token" string'],
    ['null', 'null', 'JSON without a "token" string'],
    // Never echoed: a cut-short success body may hold most of a token.
    ['truncated JSON', '{"token":"ghs_abc', 'a body that is not JSON'],
    ['an HTML page', '<html><body>ok</body></html>', 'an HTML page'],
    ['an empty body', '', 'an empty body']
  ])('fails a 200 with %s', async (_, body, described) => {
    const { deps, calls } = setup([response(200, body)])
    const e = await fail(CTX, deps)
    expect(e.kind).toBe('protocol')
    expect(e.what).toBe(`${STS_SERVICE} answered 200 without a token (${described}).`)
    expect(e.fix).toBe(
      'Check that `domain` ("octo-sts.dev") is an Octo STS server; re-run the job.'
    )
    expect(e.details).toEqual({ status: 200, service: STS_SERVICE })
    expect(calls).toEqual([])
  })

  it.each([
    ['abc', 'a token of 3 characters, too short to be a GitHub token'],
    ['x', 'a token of 1 character, too short to be a GitHub token'],
    ['ghs_' + 'a'.repeat(11), 'a token of 15 characters, too short to be a GitHub token'],
    ...[
      'ghs_abc def ghijklmnop',
      'ghs_abcdefghijkl\ncd',
      'ghs_Zürich0123456789',
      'ghs_ab\u0000cdefghijklmnop',
      '\tghs_abcdefghijklmnop'
    ].map(t => [t, 'a malformed token: it contains spaces, control or non-ASCII characters'])
  ])('refuses %j, never masked (a short mask blanks the log) nor echoed', async (token, what) => {
    const { deps, calls } = setup([json(200, { token })])
    const e = await fail(CTX, deps)
    expect(calls).toEqual([])
    expect(e.kind).toBe('protocol')
    expect(e.what).toBe(`${STS_SERVICE} answered 200 with ${what}. It was not used.`)
    expect(e.details).toEqual({ status: 200, service: STS_SERVICE })
    expect(e.message).not.toContain(token)
  })

  it('accepts a token of exactly 16 printable characters, and masks it before returning it', async () => {
    const token = 'ghs_0123456789ab'
    const { deps, calls } = setup([json(200, { token })])
    await expect(exchangeToken(CTX, JWT, deps)).resolves.toBe(token)
    expect(calls).toEqual([`mask:${token}`])
  })

  it('accepts a long token of any printable ASCII (formats change)', async () => {
    const long = `ghs_${'A'.repeat(500)}!~`
    const { deps } = setup([json(200, { token: long })])
    await expect(exchangeToken(CTX, JWT, deps)).resolves.toBe(long)
  })

  it('reports an unreachable STS after the retries, without the JWT', async () => {
    const err = (): HttpError =>
      new HttpError('network', 'could not reach octo-sts.dev: ECONNREFUSED', 'ECONNREFUSED')
    const { deps, h } = setup([err(), err(), err(), err()])
    const e = await fail(CTX, deps)
    expect(h.requests).toHaveLength(4)
    expect(e.kind).toBe('network')
    expect(e.what).toBe(
      'Octo STS: could not reach octo-sts.dev: ECONNREFUSED (4 attempts over 0.0s).'
    )
    expect(e.message).not.toContain(JWT)
  })

  it('does not follow a redirect', async () => {
    const { deps, h } = setup([response(302, '', { location: 'https://evil.example/' })])
    expect((await fail(CTX, deps)).kind).toBe('protocol')
    expect(h.requests).toHaveLength(1)
  })

  it('uses the system clock when none is given', async () => {
    const { deps } = setup([json(200, { token: TOKEN })])
    delete deps.clock
    deps.policy = { ...deps.policy, deadline: Date.now() + 60_000 }
    await expect(exchangeToken(CTX, JWT, deps)).resolves.toBe(TOKEN)
  })
})
