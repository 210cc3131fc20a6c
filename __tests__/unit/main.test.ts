import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { auditHash } from '../../src/sts/token.js'
import { exchangeUrl } from '../../src/sts/exchange.js'
import { main } from '../../src/steps/main.js'
import { retryPolicy } from '../../src/net/retry.js'
import { noOidcError } from '../../src/sts/oidc.js'
import { TIME_LIMIT_SKIPPED } from '../../src/diagnosis/report.js'
import { ACTION, speak } from '../../src/vocabulary.js'
import { STATE, USER_AGENT } from '../../src/steps/state.js'
import { fakeClock } from './helpers/clock.js'
import { coreGetIdToken } from './helpers/core.js'
import { json, response, scriptedHttp } from './helpers/http.js'
import type { Step } from './helpers/http.js'
import { leaks, maskedBeforeUse, recordingRunner } from './helpers/runner.js'
import type { RecordingRunner } from './helpers/runner.js'
import { fakeJwt, GITHUB_CLAIMS, ghsToken } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1, 12)
const REQUEST_TOKEN = 'runner-request-token-Zx81'
const JWT = fakeJwt(GITHUB_CLAIMS)
const TOKEN = ghsToken('main')
const ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://pipelines.actions.example/idtoken/1?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
  GITHUB_API_URL: 'https://api.github.com'
}
const INPUTS = { scope: 'acme/widgets', identity: 'deploy+prod' }
const SECRETS = [REQUEST_TOKEN, JWT, TOKEN]

let exitCode: typeof process.exitCode
beforeEach(() => {
  exitCode = process.exitCode
})
afterEach(() => {
  process.exitCode = exitCode
})

async function run(
  steps: Step[],
  options: {
    inputs?: Record<string, string>
    env?: Record<string, string | undefined>
    debug?: boolean
    tweak?: (rec: RecordingRunner) => void
  } = {}
) {
  const rec = recordingRunner({ inputs: options.inputs ?? INPUTS, debug: options.debug })
  options.tweak?.(rec)
  const h = scriptedHttp(steps)
  const clock = fakeClock(T0, 0)
  const env = options.env ?? ENV
  const getIDToken = coreGetIdToken(h.http, env, rec.runner.setSecret)
  await main({ runner: rec.runner, env, http: h.http, getIDToken, clock })
  // On every path: each secret masked before anything mentions it, and never in a log line.
  for (const secret of SECRETS) {
    maskedBeforeUse(rec.events, secret)
    expect(leaks(rec.events, secret)).toEqual([])
  }
  // The runner's request token is masked before anything else happens.
  if ((options.env ?? ENV).ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    expect(rec.events[0]).toEqual({ type: 'setSecret', value: REQUEST_TOKEN })
  }
  expect(h.remaining()).toBe(0)
  return { rec, h, clock }
}

const oidcOk = (): Step => json(200, { count: 1, value: JWT })
const stsOk = (): Step => json(200, { token: TOKEN, refreshToken: '', expiry: null })

describe('main: success', () => {
  it('gets the OIDC token, exchanges it, outputs the token and saves state for post', async () => {
    const { rec, h } = await run([oidcOk(), stsOk()])
    expect(rec.failed()).toBeUndefined()
    expect(h.requests.map(r => `${r.method} ${r.url.href}`)).toEqual([
      'GET https://pipelines.actions.example/idtoken/1?api-version=2.0&audience=octo-sts.dev',
      `GET ${exchangeUrl('octo-sts.dev', 'acme/widgets', 'deploy+prod').href}`
    ])
    expect(h.requests[0]?.headers?.authorization).toBe(`Bearer ${REQUEST_TOKEN}`)
    expect(h.requests[1]?.headers).toEqual({
      authorization: `Bearer ${JWT}`,
      accept: 'application/json',
      'user-agent': USER_AGENT
    })
    expect(rec.outputs).toEqual({ token: TOKEN })
    expect(rec.state).toEqual({
      [STATE.token]: TOKEN,
      [STATE.mintedAt]: String(T0),
      [STATE.apiUrl]: 'https://api.github.com'
    })
    const expires = new Date(T0 + 3_600_000).toISOString()
    expect(rec.of('info').map(e => e.message)).toEqual([
      `Got a token for identity "deploy+prod" on acme/widgets (audit hash ${auditHash(TOKEN)}); it expires at ${expires} and is revoked when the job ends.`
    ])
    const [summary] = rec.of('appendSummary')
    expect(summary?.markdown).toContain(auditHash(TOKEN))
    expect(rec.of('setSecret').map(e => e.value)).toEqual([REQUEST_TOKEN, JWT, TOKEN])
  })

  it('masks in order: request token, JWT, then the token before output and state', async () => {
    const { rec } = await run([oidcOk(), stsOk()], { debug: true })
    const maskJwt = rec.events.findIndex(e => e.type === 'setSecret' && e.value === JWT)
    const maskToken = rec.events.findIndex(e => e.type === 'setSecret' && e.value === TOKEN)
    // Nothing but the request token's mask comes before the JWT's.
    expect(rec.events.slice(0, maskJwt)).toEqual([{ type: 'setSecret', value: REQUEST_TOKEN }])
    const firstWrite = rec.events.findIndex(e => e.type === 'setOutput' || e.type === 'saveState')
    expect(maskToken).toBeGreaterThan(maskJwt)
    expect(maskToken).toBeLessThan(firstWrite)
    expect(rec.events.slice(maskJwt + 1, maskToken).map(e => e.type)).toEqual(['debug', 'debug'])
  })

  it('masks the token, then saves the state the post step needs, then sets the output', async () => {
    const { rec } = await run([oidcOk(), stsOk()])
    const effects = rec.events
      .filter(e => e.type === 'setSecret' || e.type === 'saveState' || e.type === 'setOutput')
      .filter(e => e.type !== 'setSecret' || e.value === TOKEN)
      .map(e => (e.type === 'setSecret' ? 'mask' : `${e.type}:${e.name}`))
    expect(effects).toEqual([
      'mask',
      `saveState:${STATE.token}`,
      `saveState:${STATE.mintedAt}`,
      `saveState:${STATE.apiUrl}`,
      'setOutput:token'
    ])
  })

  it('retries an OIDC endpoint whose job is still Pending, then gets the token', async () => {
    const pending = json(403, { message: "Can't issue ID_TOKEN for job in 'Pending' state" })
    const { rec, h } = await run([pending, pending, oidcOk(), stsOk()])
    expect(h.requests).toHaveLength(4)
    expect(
      rec
        .of('info')
        .map(e => e.message)
        .slice(0, 2)
    ).toEqual([
      "attempt 2/4 in 0.0s: the GitHub OIDC token endpoint answered 403: the job is still starting ('Pending' state)",
      "attempt 3/4 in 0.0s: the GitHub OIDC token endpoint answered 403: the job is still starting ('Pending' state)"
    ])
    expect(rec.outputs).toEqual({ token: TOKEN })
  })

  it('logs the claims at debug level, after the JWT is masked, with secrets redacted', async () => {
    const claims = { ...GITHUB_CLAIMS, note: `line1\n::error::x ${TOKEN}` }
    const jwt = fakeJwt(claims)
    const rec = recordingRunner({ inputs: INPUTS })
    const h = scriptedHttp([json(200, { value: jwt }), stsOk()])
    const getIDToken = coreGetIdToken(h.http, ENV, rec.runner.setSecret)
    await main({ runner: rec.runner, env: ENV, http: h.http, getIDToken, clock: fakeClock(T0) })
    const debug = rec.of('debug').map(e => e.message)
    expect(debug[0]).toMatch(/^OIDC token claims: \{"iss":"https:\/\/token\.actions/)
    expect(debug[0]).toContain('"sub":"repo:acme/widgets:ref:refs/heads/main"')
    expect(debug[0]).not.toContain(TOKEN)
    expect(debug[0]).not.toMatch(/\n|::/)
    expect(debug[1]).toBe(
      'Exchanging identity "deploy+prod" for scope "acme/widgets" at https://octo-sts.dev'
    )
    maskedBeforeUse(rec.events, jwt)
  })

  it('skips the claims line when the JWT payload cannot be read', async () => {
    const { rec } = await run([json(200, { value: 'a.b.c' }), stsOk()], {})
    expect(rec.of('debug').map(e => e.message)).toEqual([
      'Exchanging identity "deploy+prod" for scope "acme/widgets" at https://octo-sts.dev'
    ])
    expect(rec.outputs.token).toBe(TOKEN)
  })

  it('honors domain, audience and github-api-url', async () => {
    const { rec, h } = await run([oidcOk(), stsOk()], {
      inputs: {
        ...INPUTS,
        domain: 'sts.example.com:8443',
        audience: 'my-sts',
        'github-api-url': 'https://ghe.example.com/api/v3/'
      }
    })
    expect(h.requests[0]?.url.searchParams.get('audience')).toBe('my-sts')
    expect(h.requests[1]?.url.host).toBe('sts.example.com:8443')
    expect(rec.state[STATE.apiUrl]).toBe('https://ghe.example.com/api/v3')
  })

  it('with revoke: false saves only that choice, not the token', async () => {
    const { rec } = await run([oidcOk(), stsOk()], { inputs: { ...INPUTS, revoke: 'false' } })
    expect(rec.state).toEqual({ [STATE.revoke]: 'false' })
    expect(rec.outputs).toEqual({ token: TOKEN })
    expect(rec.of('info')[0]?.message).toMatch(/; it expires at \S+Z\.$/)
  })

  it('bounds each attempt by timeout-seconds', async () => {
    const { h } = await run([oidcOk(), stsOk()], { inputs: { ...INPUTS, 'timeout-seconds': '5' } })
    // The OIDC request is core's (its own 3-minute socket limit); src/oidc.ts bounds the wait.
    expect(h.requests[1]?.timeoutMs).toBe(5000)
  })

  it('retries a transient STS failure and logs the retry', async () => {
    const { rec, h } = await run([oidcOk(), response(502), stsOk()])
    expect(h.requests).toHaveLength(3)
    expect(rec.of('info')[0]?.message).toBe(
      'attempt 2/4 in 0.0s: Octo STS answered 502 Bad Gateway'
    )
    expect(rec.outputs.token).toBe(TOKEN)
  })
})

describe('main: failures', () => {
  it('invalid inputs: fails before any request, listing every problem', async () => {
    const { rec, h } = await run([], {
      inputs: { scope: 'acme/widgets&identity=admin', identity: '../x' }
    })
    expect(h.requests).toEqual([])
    const failed = rec.failed()
    expect(failed).toMatch(/^Invalid inputs:\n- `scope` is "acme\/widgets&identity=admin"/)
    expect(failed).toContain('\n- `identity` is "../x"')
    expect(failed).toMatch(/\nFix the step's `with:` block; no request was made\.$/)
    expect(rec.outputs).toEqual({})
    expect(rec.state).toEqual({})
  })

  it('no id-token permission: fails with the fix, without a request', async () => {
    const { rec, h } = await run([], { env: { GITHUB_API_URL: 'https://api.github.com' } })
    expect(h.requests).toEqual([])
    expect(rec.failed()).toBe(noOidcError().message)
    expect(rec.secrets).toEqual([])
  })

  it('OIDC endpoint refusal: fails with its status', async () => {
    const { rec, h } = await run([json(403, { message: 'forbidden' })])
    expect(h.requests).toHaveLength(1)
    expect(rec.failed()).toMatch(
      /^the GitHub OIDC token endpoint refused the request: HTTP 403 Forbidden \("forbidden"\)\.\n/
    )
  })

  it('policy denial: one STS request, the diagnosis, no output or state', async () => {
    const message = 'trust policy: subject "repo:acme/widgets:ref:refs/heads/main" did not match'
    const { rec, h } = await run([oidcOk(), json(403, { code: 7, message })])
    expect(h.requests).toHaveLength(2)
    expect(rec.failed()).toMatch(
      /^The trust policy acme\/widgets\/\.github\/chainguard\/deploy\+prod\.sts\.yaml does not admit this workflow \(subject did not match\)\. Octo STS said \(HTTP 403\): "trust policy: subject /
    )
    expect(rec.outputs).toEqual({})
    expect(rec.state).toEqual({})
  })

  it('persistent STS outage: fails after four attempts', async () => {
    const { rec, h } = await run([
      oidcOk(),
      response(503),
      response(503),
      response(503),
      response(503)
    ])
    expect(h.requests).toHaveLength(5)
    expect(rec.failed()).toMatch(
      /^Octo STS answered 503 Service Unavailable \(an empty body\), a temporary failure \(4 attempts over 0\.0s\)\.\n/
    )
  })

  it('a 200 without a token: fails, no output', async () => {
    const { rec } = await run([oidcOk(), json(200, { refreshToken: '' })])
    expect(rec.failed()).toMatch(/^Octo STS answered 200 without a token/)
    expect(rec.outputs).toEqual({})
  })

  it('a malformed token: refused, never masked, printed or output', async () => {
    const bad = `${TOKEN} x`
    const rec = recordingRunner({ inputs: INPUTS })
    const h = scriptedHttp([oidcOk(), json(200, { token: bad })])
    const getIDToken = coreGetIdToken(h.http, ENV, rec.runner.setSecret)
    await main({ runner: rec.runner, env: ENV, http: h.http, getIDToken, clock: fakeClock(T0) })
    expect(rec.failed()).toMatch(/malformed token/)
    expect(rec.secrets).not.toContain(bad)
    expect(maskedBeforeUse(rec.events, bad)).toBe(-1)
    expect(leaks(rec.events, bad)).toEqual([])
    expect(rec.outputs).toEqual({})
  })

  it('an unreachable proxy: fails at once naming it', async () => {
    const { rec, h } = await run([
      new Error(
        'tunneling socket could not be established, cause=connect ECONNREFUSED 10.0.0.1:3128'
      )
    ])
    expect(h.requests).toHaveLength(1)
    expect(rec.failed()).toBe(
      'the GitHub OIDC token endpoint: the proxy is unreachable (ECONNREFUSED).\nCheck the HTTPS_PROXY/NO_PROXY settings of the runner (and the proxy credentials), and that the proxy is up.'
    )
  })

  it('an unexpected error: one sanitized line asking for a report, no stack', async () => {
    const { rec } = await run([
      oidcOk(),
      new TypeError(`cannot read x\n    at foo (a.js:1:1) ${JWT}`)
    ])
    expect(rec.failed()).toBe(
      'Unexpected error: cannot read x at foo (a.js:1:1) ***. Please report it.'
    )
  })

  it('an unexpected non-Error is reported too', async () => {
    const rec = recordingRunner({ inputs: INPUTS })
    const h = scriptedHttp([oidcOk()])
    await main({
      runner: rec.runner,
      env: ENV,
      http: async () => {
        throw 42
      },
      getIDToken: coreGetIdToken(h.http, ENV, rec.runner.setSecret),
      clock: fakeClock(T0)
    })
    expect(rec.failed()).toBe('Unexpected error: 42. Please report it.')
  })

  it('output file missing after the token is minted: fails, token masked, not printed', async () => {
    const { rec } = await run([oidcOk(), stsOk()], {
      tweak: r => {
        r.runner.setOutput = () => {
          throw new Error('GITHUB_OUTPUT is not set: run this action in a GitHub Actions job.')
        }
      }
    })
    expect(rec.failed()).toBe(
      'Unexpected error: GITHUB_OUTPUT is not set: run this action in a GitHub Actions job.. Please report it.'
    )
    expect(rec.secrets).toContain(TOKEN)
    // The state was saved first: the post step still revokes the token.
    expect(rec.state[STATE.token]).toBe(TOKEN)
  })

  it('a failing diagnosis report does not hide the failure', async () => {
    const { rec } = await run(
      [oidcOk(), json(404, { message: 'no installation found for "acme"' })],
      {
        tweak: r => {
          r.runner.appendSummary = () => {
            throw new Error('summary file is read-only')
          }
          r.runner.group = () => {
            throw new Error('summary file is read-only')
          }
        }
      }
    )
    expect(rec.of('warning').map(e => e.message)).toContain(
      'Could not write the diagnosis: summary file is read-only. Please report it.'
    )
    expect(rec.failed()).toMatch(
      /^The Octo STS GitHub App is not installed on "acme"\. Octo STS said \(HTTP 404\): "no installation found for "acme""\./
    )
  })
})

describe('main: failing diagnosis', () => {
  it('reports a non-Error thrown by the diagnosis as text', async () => {
    const { rec } = await run(
      [oidcOk(), json(404, { message: 'no installation found for "acme"' })],
      {
        tweak: r => {
          r.runner.appendSummary = () => {
            throw 'disk full'
          }
        }
      }
    )
    expect(rec.of('warning').map(e => e.message)).toEqual([
      'Could not write the diagnosis: disk full. Please report it.'
    ])
    expect(rec.failed()).toMatch(/^The Octo STS GitHub App is not installed on "acme"/)
  })
})

describe('main: a set but unusable proxy', () => {
  it('fails before any request, naming the variable, never its value', async () => {
    const HTTPS_PROXY = 'http://jdoe:p%zzss@proxy.example:3128'
    const { rec, h } = await run([], { env: { ...ENV, HTTPS_PROXY } })
    expect(h.requests).toEqual([])
    expect(rec.failed()).toMatch(
      /^HTTPS_PROXY is set but cannot be used: its password is not validly percent-encoded .*; no request was sent/
    )
    for (const e of rec.events) {
      for (const part of ['jdoe', 'zzss', 'proxy.example']) {
        expect(JSON.stringify(e)).not.toContain(part)
      }
    }
  })
})

describe('main: dry run', () => {
  it('stops after the OIDC token: no exchange, no output, no failure', async () => {
    const { rec, h } = await run([oidcOk()], {
      inputs: { ...INPUTS, 'dry-run': 'true' }
    })
    expect(h.requests).toHaveLength(1)
    expect(rec.outputs).toEqual({})
    expect(rec.state).toEqual({})
    expect(rec.failed()).toBeUndefined()
  })
})

describe("main: the explanation decodes the token's payload as the server does", () => {
  it('the last of `sub`, `Sub`, `sub` decides, as in Go, not what JSON.parse keeps', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'main-payload-'))
    try {
      mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
      const policy = `issuer: ${GITHUB_CLAIMS.iss}\nsubject: ${GITHUB_CLAIMS.sub}\n`
      writeFileSync(join(ws, '.github/chainguard/deploy+prod.sts.yaml'), policy)
      // JSON.parse gives { sub: main, Sub: feature }: re-serialized, Go would read feature.
      const { sub, ...rest } = GITHUB_CLAIMS
      const raw = JSON.stringify({ sub: 'x', Sub: 'repo:acme/widgets:ref:refs/heads/feature' })
      const payload = `${raw.slice(0, -1)},"sub":${JSON.stringify(sub)},${JSON.stringify(rest).slice(1)}`
      const jwt = `${JWT.split('.')[0]}.${Buffer.from(payload).toString('base64url')}.c2ln`
      const rec = recordingRunner({ inputs: { ...INPUTS, 'dry-run': 'true' } })
      const h = scriptedHttp([json(200, { count: 1, value: jwt })])
      const env = { ...ENV, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_WORKSPACE: ws }
      const getIDToken = coreGetIdToken(h.http, env, rec.runner.setSecret)
      await main({ runner: rec.runner, env, http: h.http, getIDToken, clock: fakeClock(T0, 0) })
      const infos = rec.of('info').map(e => e.message)
      expect(infos.join('\n')).toMatch(/would admit this workflow/)
      expect(rec.failed()).toBeUndefined()
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})

describe('retryPolicy', () => {
  it('is about four attempts with 1 s → 8 s backoff and 15 s per attempt', () => {
    expect(retryPolicy(T0 + 60_000)).toEqual({
      attempts: 4,
      baseDelayMs: 1000,
      maxDelayMs: 8000,
      attemptTimeoutMs: 15_000,
      deadline: T0 + 60_000
    })
  })
})

describe('main: timeout-seconds covers the diagnosis', () => {
  it('skips the local check when the exchange spent the budget, and still reports its error', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'main-deadline-'))
    try {
      mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
      writeFileSync(join(ws, '.github/chainguard/deploy+prod.sts.yaml'), 'issuer: x\nsubject: y\n')
      const clock = fakeClock(T0, 0)
      const message = 'trust policy: subject "repo:acme/widgets:ref:refs/heads/main" did not match'
      const h = scriptedHttp([
        oidcOk(),
        () => {
          clock.advance(10_001) // the STS answers after the whole budget (10 s)
          return json(403, { code: 7, message })
        }
      ])
      const rec = recordingRunner({ inputs: { ...INPUTS, 'timeout-seconds': '10' } })
      const env = { ...ENV, GITHUB_REPOSITORY: 'acme/widgets', GITHUB_WORKSPACE: ws }
      const getIDToken = coreGetIdToken(h.http, env, rec.runner.setSecret)
      await main({ runner: rec.runner, env, http: h.http, getIDToken, clock })
      expect(rec.of('info').map(e => e.message)).toContain(speak(TIME_LIMIT_SKIPPED, ACTION))
      expect(rec.failed()).toMatch(/^The trust policy .* does not admit this workflow/)

      // With time left, the same failure is explained against the workspace copy.
      const rec2 = recordingRunner({ inputs: { ...INPUTS, 'timeout-seconds': '10' } })
      const h2 = scriptedHttp([oidcOk(), json(403, { code: 7, message })])
      const getIDToken2 = coreGetIdToken(h2.http, env, rec2.runner.setSecret)
      await main({
        runner: rec2.runner,
        env,
        http: h2.http,
        getIDToken: getIDToken2,
        clock: fakeClock(T0, 0)
      })
      expect(rec2.of('info')[0]?.message).toMatch(/^Trust policy check: 2 fields of /)
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })
})
