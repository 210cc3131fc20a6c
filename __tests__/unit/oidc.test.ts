import { afterEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getIDToken } from '@actions/core'
import { ActionError } from '../../src/errors.js'
import { HttpError } from '../../src/net/http.js'
import {
  coreFailure,
  decodeClaims,
  noOidcError,
  OIDC_SERVICE,
  requestIdToken,
  requireOidc
} from '../../src/sts/oidc.js'
import type { GetIdToken, OidcDeps } from '../../src/sts/oidc.js'
import type { RetryPolicy } from '../../src/net/retry.js'
import { fakeClock } from './helpers/clock.js'
import { rejection } from './helpers/errors.js'
import { coreGetIdToken, coreIdTokenError } from './helpers/core.js'
import { json, response, scriptedHttp } from './helpers/http.js'
import type { Step } from './helpers/http.js'
import { fakeJwt, GITHUB_CLAIMS } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1)
const REQUEST_TOKEN = 'runner-request-token-0123456789'
const ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.example/idtoken/abc?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN
}
const JWT = fakeJwt(GITHUB_CLAIMS)
const PENDING = "Can't issue ID_TOKEN for job in 'Pending' state"
const COMPLETED = "Can't issue ID_TOKEN for job in 'Completed' state"

const policyOf = (policy: Partial<RetryPolicy> = {}): RetryPolicy => ({
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  attemptTimeoutMs: 15_000,
  deadline: T0 + 60_000,
  ...policy
})

function setup(steps: Step[], policy: Partial<RetryPolicy> = {}) {
  const clock = fakeClock(T0, 0)
  const h = scriptedHttp(steps)
  const calls: string[] = []
  const deps: OidcDeps = {
    getIDToken: coreGetIdToken(h.http, ENV, v => void calls.push(`mask:${v}`)),
    clock,
    policy: policyOf(policy),
    log: l => void calls.push(`log:${l}`)
  }
  return { deps, h, clock, calls }
}

const failure = (p: Promise<unknown>): Promise<ActionError> => rejection(p)

describe('requireOidc', () => {
  it('passes when the runner set both variables', () => {
    expect(() => requireOidc(ENV)).not.toThrow()
  })

  it.each([
    {},
    { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x.example/' },
    { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
    { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
  ])('says how to get a token when the variables are missing (%j)', env => {
    expect(() => requireOidc(env)).toThrow(noOidcError())
    const e = noOidcError()
    expect(e.kind).toBe('oidc-permission')
    expect(e.fix).toContain('`permissions: id-token: write`')
    expect(e.fix).toContain('Pull requests from forks and Dependabot runs never get an OIDC token.')
  })

  it('refuses an endpoint that is not https: the request token would travel in clear text', () => {
    const env = { ...ENV, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://pipelines.example/idtoken?a=1' }
    expect(() => requireOidc(env)).toThrow(/is not an https URL/)
  })
})

describe('coreFailure', () => {
  it('reads the status and the server text out of core’s message', () => {
    expect(coreFailure(coreIdTokenError(403, 'no\nway'))).toEqual({ status: 403, text: 'no\nway' })
    expect(coreFailure(coreIdTokenError(undefined, 'connect ECONNREFUSED 1.2.3.4:443'))).toEqual({
      text: 'connect ECONNREFUSED 1.2.3.4:443'
    })
  })

  it('takes core’s own labels, not ones the server repeats', () => {
    expect(coreFailure(coreIdTokenError(401, 'x Error Code : 200\nError Message: y'))).toEqual({
      status: 401,
      text: 'x Error Code : 200\nError Message: y'
    })
  })

  it('keeps any other failure as text', () => {
    expect(coreFailure(new Error('Error message: Invalid URL'))).toEqual({ text: 'Invalid URL' })
    expect(coreFailure('plain')).toEqual({ text: 'plain' })
  })
})

describe('requestIdToken', () => {
  it('asks core for the audience; core appends it to the URL and masks the JWT', async () => {
    const { deps, h, calls } = setup([json(200, { count: 1, value: JWT })])
    await expect(requestIdToken('octo-sts.dev', deps)).resolves.toBe(JWT)
    expect(h.requests).toHaveLength(1)
    expect(h.requests[0]?.url.href).toBe(
      'https://pipelines.actions.example/idtoken/abc?api-version=2.0&audience=octo-sts.dev'
    )
    expect(h.requests[0]?.headers?.authorization).toBe(`Bearer ${REQUEST_TOKEN}`)
    expect(calls).toEqual([`mask:${JWT}`])
  })

  it('retries a transient failure, logging the retry', async () => {
    const { deps, h, calls, clock } = setup([
      response(500, 'oops'),
      new HttpError('network', 'read ECONNRESET', 'ECONNRESET'),
      new Error('socket hang up'),
      json(200, { value: JWT })
    ])
    await expect(requestIdToken('aud', deps)).resolves.toBe(JWT)
    expect(h.requests).toHaveLength(4)
    expect(clock.sleeps).toEqual([0, 0, 0])
    expect(calls).toEqual([
      `log:attempt 2/4 in 0.0s: ${OIDC_SERVICE} answered 500 Internal Server Error`,
      `log:attempt 3/4 in 0.0s: ${OIDC_SERVICE}: read ECONNRESET`,
      `log:attempt 4/4 in 0.0s: ${OIDC_SERVICE}: socket hang up`,
      `mask:${JWT}`
    ])
  })

  it.each([400, 401, 403, 405])('fails at once on %i, quoting the server', async status => {
    const { deps, h, calls } = setup([json(status, { message: 'Bad request\n::error::x' })])
    const e = await failure(requestIdToken('aud', deps))
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

  it.each([
    ['an empty body', response(401, ''), 'HTTP 401 Unauthorized (an empty body)'],
    [
      'an HTML page',
      response(403, '<html><body>::error::x</body></html>', { 'content-type': 'text/html' }),
      'HTTP 403 Forbidden (an HTML page (likely from a proxy or load balancer))'
    ],
    ['a text body', response(400, 'just text'), 'HTTP 400 Bad Request ("just text")'],
    ['an unknown status', response(499, 'x'), 'HTTP 499 ("x")']
  ])('describes a refusal with %s', async (_, step, text) => {
    const { deps } = setup([step])
    const e = await failure(requestIdToken('aud', deps))
    expect(e.what).toBe(`${OIDC_SERVICE} refused the request: ${text}.`)
  })

  it('retries a job still in the Pending state, then gets the token', async () => {
    const { deps, h, calls } = setup([
      json(403, { message: PENDING }),
      json(403, { message: PENDING }),
      json(200, { value: JWT })
    ])
    await expect(requestIdToken('aud', deps)).resolves.toBe(JWT)
    expect(h.requests).toHaveLength(3)
    expect(calls.filter(c => c.startsWith('log:'))).toEqual([
      `log:attempt 2/4 in 0.0s: ${OIDC_SERVICE} answered 403: the job is still starting ('Pending' state)`,
      `log:attempt 3/4 in 0.0s: ${OIDC_SERVICE} answered 403: the job is still starting ('Pending' state)`
    ])
  })

  it('a job that stays Pending fails with the server’s words after the attempts', async () => {
    const { deps, h } = setup([1, 2, 3, 4].map(() => json(403, { message: PENDING })))
    const e = await failure(requestIdToken('aud', deps))
    expect(h.requests).toHaveLength(4)
    expect(e.kind).toBe('oidc')
    expect(e.what).toBe(
      `${OIDC_SERVICE} refused the request: HTTP 403 Forbidden ("Can't issue ID_TOKEN for job in 'Pending' state") (4 attempts over 0.0s).`
    )
  })

  it('does not retry any other 403, such as a Completed job', async () => {
    const { deps, h } = setup([json(403, { message: COMPLETED })])
    const e = await failure(requestIdToken('aud', deps))
    expect(h.requests).toHaveLength(1)
    expect(e.what).toContain(`("${COMPLETED}")`)
  })

  it.each([
    ['a 404', response(404, '{"message":"Not Found"}')],
    ['no value', response(200, '{"count":0}')],
    ['not JSON', response(200, 'oops')],
    ['a number', response(200, '{"value":42}')],
    ['not a JWT', response(200, '{"value":"abc.def"}')],
    ['a JWT with spaces', response(200, '{"value":"a.b c.d"}')]
  ])('fails on an answer without a token: %s', async (_, step) => {
    const { deps, h } = setup([step])
    const e = await failure(requestIdToken('aud', deps))
    expect(h.requests).toHaveLength(1)
    expect(e).toEqual(
      new ActionError(
        'oidc',
        `${OIDC_SERVICE} answered without a token (no \`value\` in its answer, or HTTP 404).`,
        'Re-run the job; if it persists, the runner is misconfigured.'
      )
    )
    expect(e.details).toEqual({ service: OIDC_SERVICE })
  })

  it('gives up after four attempts on a persistent 503', async () => {
    const { deps, h } = setup([503, 503, 503, 503].map(s => response(s)))
    const e = await failure(requestIdToken('aud', deps))
    expect(h.requests).toHaveLength(4)
    expect(e.kind).toBe('unavailable')
    expect(e.what).toBe(
      `${OIDC_SERVICE} answered 503 Service Unavailable (an empty body), a temporary failure (4 attempts over 0.0s).`
    )
  })

  it.each([
    ['a name that does not resolve', 'getaddrinfo ENOTFOUND pipelines.example'],
    ['a certificate that does not verify', 'self-signed certificate in certificate chain']
  ])('does not retry %s', async (_, message) => {
    const { deps, h } = setup([new Error(message)])
    const e = await failure(requestIdToken('aud', deps))
    expect(h.requests).toHaveLength(1)
    expect(e.kind).toBe('network')
    expect(e.what).toBe(`${OIDC_SERVICE}: no answer (${message}).`)
  })

  it('names a proxy that refuses the tunnel, not its credentials, without retrying', async () => {
    const { deps, h } = setup([
      new Error('tunneling socket could not be established, statusCode=407'),
      new Error('tunneling socket could not be established, statusCode=403')
    ])
    const e = await failure(requestIdToken('aud', { ...deps, env: ENV }))
    expect(h.requests).toHaveLength(1)
    expect(e.what).toBe(
      `${OIDC_SERVICE}: the proxy refused to connect to pipelines.actions.example:443 (HTTP 407).`
    )
    expect(e.fix).toContain('HTTPS_PROXY')
    const saved = process.env.HTTPS_PROXY
    process.env.HTTPS_PROXY = 'http://user:hunter2@proxy.corp:3128'
    try {
      const named = await failure(requestIdToken('aud', { ...deps, env: ENV }))
      expect(named.what).toBe(
        `${OIDC_SERVICE}: proxy proxy.corp:3128 refused to connect to pipelines.actions.example:443 (HTTP 403).`
      )
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY
      else process.env.HTTPS_PROXY = saved
    }
  })

  it('reports the variables core could not find as the missing permission', async () => {
    const deps = setup([]).deps
    for (const name of ['URL', 'TOKEN']) {
      deps.getIDToken = async () => {
        throw new Error(
          `Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_${name} env variable`
        )
      }
      expect(await failure(requestIdToken('aud', deps))).toEqual(noOidcError())
    }
  })

  it('reports an unparseable URL as a runner problem, without printing it', async () => {
    const deps = setup([]).deps
    deps.getIDToken = async () => {
      throw new Error('Error message: Invalid URL')
    }
    const e = await failure(requestIdToken('aud', deps))
    expect(e.what).toBe('ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.')
  })

  it('stops waiting for a request that never answers, at the attempt timeout', async () => {
    const { deps } = setup([], { attempts: 2, attemptTimeoutMs: 30 })
    let asked = 0
    deps.getIDToken = () => {
      asked++
      return new Promise<string>(() => undefined)
    }
    const started = Date.now()
    const e = await failure(requestIdToken('aud', deps))
    expect(asked).toBe(2)
    expect(Date.now() - started).toBeLessThan(5000)
    expect(e.kind).toBe('timeout')
    expect(e.what).toBe(`${OIDC_SERVICE} did not answer within 0.0s (2 attempts over 0.0s).`)
    expect(e.fix).toContain('`timeout-seconds`')
  })

  it('an abandoned request that fails later is ignored', async () => {
    const { deps } = setup([], { attempts: 1, attemptTimeoutMs: 10 })
    let rejectLate: (e: Error) => void = () => undefined
    deps.getIDToken = () => new Promise<string>((_, reject) => (rejectLate = reject))
    await failure(requestIdToken('aud', deps))
    rejectLate(new Error('late'))
    await new Promise(resolve => setTimeout(resolve, 10)) // an unhandled rejection would fail
  })

  it('uses the system clock when none is given', async () => {
    const { deps } = setup([json(200, { value: JWT })], { deadline: Date.now() + 60_000 })
    delete deps.clock
    await expect(requestIdToken('aud', deps)).resolves.toBe(JWT)
  })

  it('never puts the request token in an error', async () => {
    const { deps } = setup([new Error(`connect ETIMEDOUT`)], { attempts: 1 })
    const e = await failure(requestIdToken('aud', deps))
    expect(e.message).not.toContain(REQUEST_TOKEN)
  })
})

// The words src/oidc.ts reads back are core's: the real core.getIDToken against a local server.
describe('requestIdToken with the real core.getIDToken', () => {
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.restoreAllMocks()
  })

  async function withServer(
    answers: { status: number; body: string }[],
    run: (getIdToken: GetIdToken) => Promise<void>
  ): Promise<{ urls: string[]; auth: string[]; stdout: string }> {
    const urls: string[] = []
    const auth: string[] = []
    const server = createServer((req, res) => {
      urls.push(req.url ?? '')
      auth.push(req.headers.authorization ?? '')
      const a = answers.shift() ?? { status: 500, body: 'unscripted' }
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(a.body)
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${port}/idtoken?api-version=2.0`
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = REQUEST_TOKEN
    const written: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    try {
      await run(getIDToken)
    } finally {
      jest.restoreAllMocks()
      await new Promise(resolve => server.close(resolve))
    }
    return { urls, auth, stdout: written.join('') }
  }

  const realDeps = (getIdToken: GetIdToken, log: string[]): OidcDeps => ({
    getIDToken: getIdToken,
    clock: fakeClock(T0, 0),
    policy: policyOf(),
    log: l => void log.push(l)
  })

  it('gets and masks the token; Pending is retried; the audience is appended', async () => {
    const log: string[] = []
    let jwt = ''
    const { urls, auth, stdout } = await withServer(
      [
        { status: 403, body: JSON.stringify({ message: PENDING }) },
        { status: 200, body: JSON.stringify({ value: JWT }) }
      ],
      async g => {
        jwt = await requestIdToken('sts.example:8443', realDeps(g, log))
      }
    )
    expect(jwt).toBe(JWT)
    expect(urls).toEqual([
      '/idtoken?api-version=2.0&audience=sts.example%3A8443',
      '/idtoken?api-version=2.0&audience=sts.example%3A8443'
    ])
    expect(auth).toEqual([`Bearer ${REQUEST_TOKEN}`, `Bearer ${REQUEST_TOKEN}`])
    expect(stdout).toContain(`::add-mask::${JWT}`)
    expect(log).toEqual([
      `attempt 2/4 in 0.0s: ${OIDC_SERVICE} answered 403: the job is still starting ('Pending' state)`
    ])
  })

  it('a refusal shows its status and the server’s words, sanitized', async () => {
    let e: ActionError | undefined
    await withServer(
      [{ status: 403, body: JSON.stringify({ message: `${COMPLETED}\n\u0085::error::x` }) }],
      async g => {
        e = await failure(requestIdToken('aud', realDeps(g, [])))
      }
    )
    expect(e?.what).toBe(
      `${OIDC_SERVICE} refused the request: HTTP 403 Forbidden ("Can't issue ID_TOKEN for job in 'Completed' state : :error: :x").`
    )
  })

  it('an empty 401 and a 404 are told apart from a token', async () => {
    const errors: string[] = []
    await withServer(
      [
        { status: 401, body: '' },
        { status: 404, body: '' }
      ],
      async g => {
        for (let i = 0; i < 2; i++) {
          errors.push((await failure(requestIdToken('aud', realDeps(g, [])))).what)
        }
      }
    )
    expect(errors).toEqual([
      `${OIDC_SERVICE} refused the request: HTTP 401 Unauthorized (an empty body).`,
      `${OIDC_SERVICE} answered without a token (no \`value\` in its answer, or HTTP 404).`
    ])
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
