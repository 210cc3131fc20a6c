// Whatever a server answers — any status, any bytes, any headers — the exchange and the
// revocation either succeed or fail with an ActionError whose text is bounded and, written as
// the runner's error annotation, is exactly one command line that cannot start another.
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { exchangeToken } from '../../src/sts/exchange.js'
import type { HttpResponse } from '../../src/net/http.js'
import { requestIdToken } from '../../src/sts/oidc.js'
import { revokeToken } from '../../src/sts/revoke.js'
import { createRunner } from '../../src/steps/runner.js'
import { fakeClock } from './helpers/clock.js'
import { actionError } from './helpers/errors.js'
import { coreGetIdToken } from './helpers/core.js'
import { fakeJwt } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1)
const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}

// Bodies: raw bytes decoded as the client does, JSON-ish error bodies with hostile messages,
// and HTML pages.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.constantFrom('::add-mask::x', '##[stop-commands]x', '\n::error::x', 'ghs_' + 'A'.repeat(30))
)
const body = fc.oneof(
  fc.uint8Array({ maxLength: 600 }).map(b => Buffer.from(b).toString('utf8')),
  fc
    .record({
      code: fc.integer(),
      message: hostile,
      token: fc.oneof(hostile, fc.integer(), fc.constant(null))
    })
    .map(o => JSON.stringify(o)),
  hostile.map(h => `<html><body>${h}</body></html>`)
)
const answer = fc.record({
  status: fc.oneof(
    fc.integer({ min: 100, max: 599 }),
    fc.constantFrom(200, 204, 401, 403, 404, 429, 503)
  ),
  statusText: hostile,
  body,
  contentType: fc.constantFrom('application/json', 'text/html', 'text/plain', '')
})

const deps = (a: { status: number; statusText: string; body: string; contentType: string }) => {
  const res: HttpResponse = {
    status: a.status,
    statusText: a.statusText,
    headers: { 'content-type': a.contentType, 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' },
    body: a.body
  }
  return {
    http: async () => res,
    clock: fakeClock(T0, 0),
    policy: {
      attempts: 2,
      baseDelayMs: 10,
      maxDelayMs: 10,
      attemptTimeoutMs: 1000,
      deadline: T0 + 60_000
    },
    setSecret: () => undefined,
    log: (line: string) => {
      expect(line).not.toMatch(/[\r\n]/)
    },
    userAgent: 'test'
  }
}

// The annotation as @actions/core writes it on stdout.
function annotationOf(message: string): string {
  const written: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written.push(String(chunk))
    return true
  })
  try {
    createRunner().error(message)
  } finally {
    spy.mockRestore()
  }
  return written.join('').replace(/\r?\n$/, '')
}
afterEach(() => {
  jest.restoreAllMocks()
})

function expectSafe(e: unknown): void {
  const message = actionError(e).message
  expect(message.length).toBeLessThan(2000)
  const annotation = annotationOf(message)
  expect(annotation.split('\n')).toHaveLength(1)
  expect(annotation.slice('::error::'.length)).not.toMatch(/::|##\[|ghs_A{16}/)
}

describe('arbitrary answers', () => {
  it('the exchange returns a token or fails safely', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async a => {
        try {
          const token = await exchangeToken(CTX, fakeJwt({}), deps(a))
          expect(a.status).toBe(200)
          expect(token).toMatch(/^[\x21-\x7e]+$/)
        } catch (e) {
          expectSafe(e)
        }
      }),
      { numRuns: 400 }
    )
  })

  it('the OIDC request returns a JWT or fails safely', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async a => {
        try {
          const d = deps(a)
          const env = {
            ACTIONS_ID_TOKEN_REQUEST_URL: 'https://runner.example/t?x=1',
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'b'
          }
          const jwt = await requestIdToken('aud', {
            ...d,
            getIDToken: coreGetIdToken(d.http, env, d.setSecret)
          })
          expect(jwt.split('.')).toHaveLength(3)
        } catch (e) {
          expectSafe(e)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('revocation never throws and reports a bounded, one-line reason', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async a => {
        const outcome = await revokeToken('https://api.example', 'ghs_x', deps(a))
        if (outcome.result === 'failed') {
          expect(outcome.message).not.toMatch(/[\r\n]|::|##\[/)
          expect(outcome.message.length).toBeLessThan(1000)
        }
      }),
      { numRuns: 300 }
    )
  })
})
