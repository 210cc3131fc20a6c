import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionError } from '../../src/errors.js'
import { HttpError } from '../../src/http.js'
import {
  decodeClaims,
  noOidcError,
  OIDC_SERVICE,
  oidcEndpoint,
  requestIdToken
} from '../../src/oidc.js'
import type { OidcDeps } from '../../src/oidc.js'
import type { RetryPolicy } from '../../src/retry.js'
import { fakeClock } from './helpers/clock.js'
import { json, response, scriptedHttp } from './helpers/http.js'
import type { Step } from './helpers/http.js'
import { fakeJwt, GITHUB_CLAIMS } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1)
const REQUEST_TOKEN = 'runner-request-token-0123456789'
const endpoint = {
  url: new URL('https://pipelines.actions.example/idtoken/abc?api-version=2.0'),
  bearer: REQUEST_TOKEN
}
const JWT = fakeJwt(GITHUB_CLAIMS)

function setup(steps: Step[], policy: Partial<RetryPolicy> = {}) {
  const clock = fakeClock(T0, 0)
  const h = scriptedHttp(steps)
  const calls: string[] = []
  const deps: OidcDeps = {
    http: h.http,
    clock,
    policy: {
      attempts: 4,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      attemptTimeoutMs: 15_000,
      deadline: T0 + 60_000,
      ...policy
    },
    setSecret: v => void calls.push(`mask:${v}`),
    log: l => void calls.push(`log:${l}`),
    userAgent: 'test-agent'
  }
  return { deps, h, clock, calls }
}

describe('oidcEndpoint', () => {
  it('returns the URL and bearer from the runner environment', () => {
    const ep = oidcEndpoint({
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x.example/token?a=1',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'b'
    })
    expect(ep.url.href).toBe('https://x.example/token?a=1')
    expect(ep.bearer).toBe('b')
  })

  it.each([
    {},
    { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x.example/' },
    { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
    { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
  ])('says how to get a token when the variables are missing (%j)', env => {
    const e = (() => {
      try {
        oidcEndpoint(env)
      } catch (err) {
        return err as ActionError
      }
      throw new Error('no error')
    })()
    expect(e).toEqual(noOidcError())
    expect(e.kind).toBe('oidc-permission')
    expect(e.fix).toContain('`permissions: id-token: write`')
    expect(e.fix).toContain('Pull requests from forks and Dependabot runs never get an OIDC token.')
  })

  it('reports an unparseable URL as a runner problem, without printing it', () => {
    expect(() =>
      oidcEndpoint({
        ACTIONS_ID_TOKEN_REQUEST_URL: 'not a url ' + REQUEST_TOKEN,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
      })
    ).toThrow(
      new ActionError(
        'oidc',
        'ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.',
        'This is a runner problem: re-run the job, or report it to whoever runs the runner.'
      )
    )
  })
})

describe('requestIdToken', () => {
  it('asks for the audience with the request token, and masks the JWT first', async () => {
    const { deps, h, calls } = setup([json(200, { count: 1, value: JWT })])
    await expect(requestIdToken(endpoint, 'octo-sts.dev', deps)).resolves.toBe(JWT)
    expect(h.requests).toHaveLength(1)
    const req = h.requests[0]!
    expect(req.method).toBe('GET')
    expect(req.url.href).toBe(
      'https://pipelines.actions.example/idtoken/abc?api-version=2.0&audience=octo-sts.dev'
    )
    expect(req.headers).toEqual({
      authorization: `Bearer ${REQUEST_TOKEN}`,
      accept: 'application/json',
      'user-agent': 'test-agent'
    })
    expect(req.timeoutMs).toBe(15_000)
    expect(calls).toEqual([`mask:${JWT}`])
    // The caller's URL is not modified.
    expect(endpoint.url.searchParams.has('audience')).toBe(false)
  })

  it('encodes the audience as one query value', async () => {
    const { deps, h } = setup([json(200, { value: JWT })])
    await requestIdToken(endpoint, 'sts.example.com:8443&x=y', deps)
    expect(h.requests[0]?.url.searchParams.getAll('audience')).toEqual(['sts.example.com:8443&x=y'])
    expect(h.requests[0]?.url.searchParams.has('x')).toBe(false)
  })

  it('retries a transient failure, logging the retry, then masks the JWT', async () => {
    const { deps, h, calls, clock } = setup([
      response(500, 'oops'),
      new HttpError('network', 'could not reach x: ECONNRESET', 'ECONNRESET'),
      json(200, { value: JWT })
    ])
    await expect(requestIdToken(endpoint, 'aud', deps)).resolves.toBe(JWT)
    expect(h.requests).toHaveLength(3)
    expect(clock.sleeps).toEqual([0, 0])
    expect(calls).toEqual([
      `log:attempt 2/4 in 0.0s: ${OIDC_SERVICE} answered 500 Internal Server Error`,
      `log:attempt 3/4 in 0.0s: ${OIDC_SERVICE}: could not reach x: ECONNRESET`,
      `mask:${JWT}`
    ])
  })

  it.each([400, 401, 403, 404])('fails at once on %i, quoting the server', async status => {
    const { deps, h, calls } = setup([json(status, { message: 'Bad request\n::error::x' })])
    const e = (await requestIdToken(endpoint, 'aud', deps).catch(err => err)) as ActionError
    expect(h.requests).toHaveLength(1)
    expect(e.kind).toBe('oidc')
    expect(e.what).toMatch(
      new RegExp(
        `^${OIDC_SERVICE} refused the request: HTTP ${status} [A-Za-z ]+ \\("Bad request : :error: :x"\\)\\.$`
      )
    )
    expect(e.fix).toContain('`permissions: id-token: write`')
    expect(e.details).toEqual({ status, service: OIDC_SERVICE })
    expect(calls).toEqual([])
  })

  it('describes a refused answer that is not JSON', async () => {
    const { deps } = setup([response(401, '')])
    const e = (await requestIdToken(endpoint, 'aud', deps).catch(err => err)) as ActionError
    expect(e.what).toBe(
      `${OIDC_SERVICE} refused the request: HTTP 401 Unauthorized (an empty body).`
    )
  })

  it('masks a token even in a refused answer', async () => {
    const { deps, calls } = setup([json(403, { value: JWT, message: 'no' })])
    await expect(requestIdToken(endpoint, 'aud', deps)).rejects.toThrow(ActionError)
    expect(calls).toEqual([`mask:${JWT}`])
  })

  it.each([
    ['no value', '{"count":0}'],
    ['null', 'null'],
    ['not JSON', 'oops'],
    ['a number', '{"value":42}'],
    ['an empty value', '{"value":""}'],
    ['not a JWT', '{"value":"abc.def"}'],
    ['a JWT with spaces', '{"value":"a.b c.d"}']
  ])('fails on a 200 with %s', async (_, body) => {
    const { deps } = setup([response(200, body)])
    const e = (await requestIdToken(endpoint, 'aud', deps).catch(err => err)) as ActionError
    expect(e).toEqual(
      new ActionError(
        'oidc',
        `${OIDC_SERVICE} answered 200 without a token.`,
        'Re-run the job; if it persists, the runner is misconfigured.'
      )
    )
    expect(e.details).toEqual({ service: OIDC_SERVICE })
  })

  it('masks a malformed token value before refusing it', async () => {
    const { deps, calls } = setup([json(200, { value: 'secret but not a jwt' })])
    await expect(requestIdToken(endpoint, 'aud', deps)).rejects.toThrow('without a token')
    expect(calls).toEqual(['mask:secret but not a jwt'])
  })

  it('gives up after four attempts on a persistent 503', async () => {
    const { deps, h } = setup([503, 503, 503, 503].map(s => response(s)))
    const e = (await requestIdToken(endpoint, 'aud', deps).catch(err => err)) as ActionError
    expect(h.requests).toHaveLength(4)
    expect(e.kind).toBe('unavailable')
    expect(e.what).toBe(
      `${OIDC_SERVICE} answered 503 Service Unavailable (an empty body), a temporary failure (4 attempts over 0.0s).`
    )
  })

  it('refuses a redirect without following it', async () => {
    const { deps, h } = setup([response(307, '', { location: 'https://elsewhere.example/' })])
    const e = (await requestIdToken(endpoint, 'aud', deps).catch(err => err)) as ActionError
    expect(h.requests).toHaveLength(1)
    expect(e.kind).toBe('protocol')
  })

  it('uses the system clock when none is given', async () => {
    const { deps } = setup([json(200, { value: JWT })], { deadline: Date.now() + 60_000 })
    delete deps.clock
    await expect(requestIdToken(endpoint, 'aud', deps)).resolves.toBe(JWT)
  })

  it('never puts the request token in an error', async () => {
    const { deps } = setup([new HttpError('timeout', 'x did not answer within 15s')], {
      attempts: 1
    })
    const e = (await requestIdToken(endpoint, 'aud', deps).catch(err => err)) as ActionError
    expect(e.message).not.toContain(REQUEST_TOKEN)
  })
})

describe('decodeClaims', () => {
  it('reads the payload of a JWT without checking it', () => {
    expect(decodeClaims(JWT)).toEqual(GITHUB_CLAIMS)
  })

  it.each([
    ['no payload', 'abc'],
    ['empty payload', 'a..c'],
    ['not base64 JSON', 'a.bm90IGpzb24.c'],
    ['an array', `a.${Buffer.from('[1]').toString('base64url')}.c`],
    ['null', `a.${Buffer.from('null').toString('base64url')}.c`],
    ['a string', `a.${Buffer.from('"s"').toString('base64url')}.c`]
  ])('returns undefined for %s', (_, jwt) => {
    expect(decodeClaims(jwt)).toBeUndefined()
  })

  it('property: never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), s => {
        const c = decodeClaims(s)
        expect(c === undefined || (typeof c === 'object' && !Array.isArray(c))).toBe(true)
      })
    )
  })
})
