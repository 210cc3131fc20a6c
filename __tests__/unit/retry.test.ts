import { describe, expect, it } from '@jest/globals'
import { inAction } from './helpers/errors.js'
import fc from 'fast-check'
import { ActionError } from '../../src/errors.js'
import { HttpError } from '../../src/net/http.js'
import type { HttpRequest } from '../../src/net/http.js'
import {
  attemptRequest,
  isTransientHttpError,
  parseRetryAfter,
  RETRYABLE_STATUS,
  statusText,
  systemClock,
  Transient,
  withRetry
} from '../../src/net/retry.js'
import type { RetryPolicy } from '../../src/net/retry.js'
import { fakeClock } from './helpers/clock.js'
import { json, response, scriptedHttp } from './helpers/http.js'

/** For `.then(neverOk, onError)`: the call was meant to fail. */
const neverOk = (): never => {
  throw new Error('it succeeded')
}

const T0 = Date.UTC(2026, 0, 1)

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy => ({
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  attemptTimeoutMs: 15_000,
  deadline: T0 + 60_000,
  ...over
})

const final = (
  what = 'Octo STS answered 503 Service Unavailable, a temporary failure.'
): ActionError =>
  new ActionError('unavailable', what, 'Re-run the job later.', {
    status: 503,
    service: 'Octo STS'
  })

const transient = (retryAfterMs?: number): Transient =>
  new Transient('Octo STS answered 503 Service Unavailable', final(), retryAfterMs)

/** An attempt function that plays `outcomes` in order: a value resolves, an Error throws. */
function attempts<T>(...outcomes: (T | Error)[]) {
  const calls: { attempt: number; timeoutMs: number }[] = []
  const fn = async (ctx: { attempt: number; timeoutMs: number }): Promise<T> => {
    calls.push(ctx)
    const next = outcomes.shift()
    if (next === undefined) throw new Error('attempt called too often')
    if (next instanceof Error) throw next
    return next
  }
  return { fn, calls }
}

describe('withRetry', () => {
  it('returns the first success without waiting or logging', async () => {
    const clock = fakeClock(T0)
    const log: string[] = []
    const a = attempts('ok')
    await expect(withRetry('Octo STS', policy(), a.fn, l => log.push(l), clock)).resolves.toBe('ok')
    expect(a.calls).toEqual([{ attempt: 1, timeoutMs: 15_000 }])
    expect(clock.sleeps).toEqual([])
    expect(log).toEqual([])
  })

  it('retries a Transient with exponential backoff and full jitter, logging each retry', async () => {
    const clock = fakeClock(T0)
    clock.randoms.push(0.65, 0.5, 0.999)
    const log: string[] = []
    const a = attempts<string>(transient(), transient(), transient(), 'ok')
    await expect(withRetry('Octo STS', policy(), a.fn, l => log.push(l), clock)).resolves.toBe('ok')
    expect(a.calls.map(c => c.attempt)).toEqual([1, 2, 3, 4])
    // random · min(8000, 1000 · 2^(n-1))
    expect(clock.sleeps).toEqual([650, 1000, 3996])
    expect(log).toEqual([
      'attempt 2/4 in 0.7s: Octo STS answered 503 Service Unavailable',
      'attempt 3/4 in 1.0s: Octo STS answered 503 Service Unavailable',
      'attempt 4/4 in 4.0s: Octo STS answered 503 Service Unavailable'
    ])
  })

  it('caps the backoff at maxDelayMs', async () => {
    const clock = fakeClock(T0, 0.999_999)
    const a = attempts<string>(
      transient(),
      transient(),
      transient(),
      transient(),
      transient(),
      'ok'
    )
    await withRetry(
      'S',
      policy({ attempts: 6, baseDelayMs: 1000, maxDelayMs: 3000 }),
      a.fn,
      () => {},
      clock
    )
    expect(clock.sleeps.map(Math.round)).toEqual([1000, 2000, 3000, 3000, 3000])
  })

  it('property: every backoff is within [0, min(max, base·2^(n-1)))', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 5,
          maxLength: 5
        }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 20_000 }),
        async (randoms, base, max) => {
          const clock = fakeClock(T0)
          clock.randoms.push(...randoms)
          const a = attempts<string>(
            transient(),
            transient(),
            transient(),
            transient(),
            transient(),
            'ok'
          )
          await withRetry(
            'S',
            policy({ attempts: 6, baseDelayMs: base, maxDelayMs: max, deadline: T0 + 1e9 }),
            a.fn,
            () => {},
            clock
          )
          clock.sleeps.forEach((ms, i) => {
            const cap = Math.min(max, base * 2 ** i)
            expect(ms).toBeGreaterThanOrEqual(0)
            expect(ms).toBeLessThan(cap)
            expect(ms).toBeCloseTo((randoms[i] ?? 0) * cap, 6)
          })
        }
      ),
      { numRuns: 100 }
    )
  })

  it('gives up after the last attempt without sleeping again, with the attempts and time', async () => {
    const clock = fakeClock(T0, 0.25)
    const log: string[] = []
    const a = attempts<string>(transient(), transient(), transient(), transient())
    const err = await withRetry('Octo STS', policy(), a.fn, l => log.push(l), clock).catch(e => e)
    expect(a.calls).toHaveLength(4)
    expect(clock.sleeps).toEqual([250, 500, 1000])
    expect(log).toHaveLength(3)
    expect(err).toBeInstanceOf(ActionError)
    expect(err).toMatchObject({
      kind: 'unavailable',
      what: 'Octo STS answered 503 Service Unavailable, a temporary failure (4 attempts over 1.8s).',
      fix: 'Re-run the job later.',
      details: { status: 503, service: 'Octo STS' }
    })
  })

  it('throws a single attempt’s final error unchanged when only one attempt is allowed', async () => {
    const clock = fakeClock(T0)
    const a = attempts<string>(transient())
    const err = await withRetry('S', policy({ attempts: 1 }), a.fn, () => {}, clock).catch(e => e)
    expect((err as ActionError).what).toBe(final().what)
    expect(clock.sleeps).toEqual([])
  })

  it('does not retry anything that is not Transient', async () => {
    const clock = fakeClock(T0)
    const denial = new ActionError('policy-mismatch', 'denied', 'fix')
    const a = attempts<string>(denial)
    await expect(withRetry('S', policy(), a.fn, () => {}, clock)).rejects.toBe(denial)
    const bug = new TypeError('boom')
    const b = attempts<string>(bug)
    await expect(withRetry('S', policy(), b.fn, () => {}, clock)).rejects.toBe(bug)
    expect(a.calls).toHaveLength(1)
    expect(b.calls).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
  })

  it('honors Retry-After instead of the backoff', async () => {
    const clock = fakeClock(T0, 0)
    const log: string[] = []
    const a = attempts<string>(transient(2000), transient(0), 'ok')
    await withRetry('Octo STS', policy(), a.fn, l => log.push(l), clock)
    expect(clock.sleeps).toEqual([2000, 0])
    expect(log[0]).toBe('attempt 2/4 in 2.0s: Octo STS answered 503 Service Unavailable')
    expect(log[1]).toBe('attempt 3/4 in 0.0s: Octo STS answered 503 Service Unavailable')
  })

  it('fails at once, saying why, when Retry-After is past the deadline', async () => {
    const clock = fakeClock(T0)
    const log: string[] = []
    const a = attempts<string>(transient(120_000))
    const err = await withRetry('Octo STS', policy(), a.fn, l => log.push(l), clock).then(
      neverOk,
      e => inAction(e as ActionError)
    )
    expect(a.calls).toHaveLength(1)
    expect(clock.sleeps).toEqual([])
    expect(log).toEqual([])
    expect(err.what).toBe(
      "Octo STS answered 503 Service Unavailable, a temporary failure (Octo STS asked to retry after 120s, past the step's deadline)."
    )
  })

  it('fails without sleeping when the backoff would pass the deadline', async () => {
    const clock = fakeClock(T0, 0.9)
    const a = attempts<string>(transient(), transient())
    const run = withRetry(
      'Octo STS',
      policy({ deadline: T0 + 1500 }),
      async ctx => {
        clock.advance(400) // the attempt itself takes time
        return a.fn(ctx)
      },
      () => {},
      clock
    )
    const err = await run.then(neverOk, e => inAction(e as ActionError))
    // attempt 1 at 0..400, sleep 900 → 1300; attempt 2 ends at 1700 > deadline
    expect(clock.sleeps).toEqual([900])
    expect(a.calls.map(c => c.timeoutMs)).toEqual([1500, 200])
    expect(err.what).toBe(
      "Octo STS answered 503 Service Unavailable, a temporary failure (2 attempts over 1.7s; no time left before the step's deadline)."
    )
  })

  it('cuts each attempt’s timeout to the time left before the deadline', async () => {
    const clock = fakeClock(T0, 0)
    const a = attempts<string>(transient(), 'ok')
    await withRetry(
      'S',
      policy({ deadline: T0 + 10_000 }),
      async ctx => {
        clock.advance(3000)
        return a.fn(ctx)
      },
      () => {},
      clock
    )
    expect(a.calls).toEqual([
      { attempt: 1, timeoutMs: 10_000 },
      { attempt: 2, timeoutMs: 7000 }
    ])
  })

  it('reports a deadline already passed as a timeout naming the service and the input', async () => {
    const clock = fakeClock(T0)
    const a = attempts<string>('never')
    const err = await withRetry('Octo STS', policy({ deadline: T0 }), a.fn, () => {}, clock).then(
      neverOk,
      e => inAction(e as ActionError)
    )
    expect(a.calls).toEqual([])
    expect(err).toMatchObject({
      kind: 'timeout',
      what: 'Octo STS did not answer in time: gave up after 0.0s (`timeout-seconds`).',
      fix: 'Check the status of Octo STS, or raise the `timeout-seconds` input (attempts: 4).'
    })
  })

  it('reports the deadline when a sleep overruns it', async () => {
    const clock = fakeClock(T0, 0.5)
    clock.sleep = async ms => {
      clock.sleeps.push(ms)
      clock.advance(ms + 30_000) // a slow machine
    }
    const a = attempts<string>(transient(), 'ok')
    const err = await withRetry(
      'the GitHub API',
      policy({ deadline: T0 + 20_000 }),
      a.fn,
      () => {},
      clock
    ).then(neverOk, e => inAction(e as ActionError))
    expect(a.calls).toHaveLength(1)
    expect(err.kind).toBe('timeout')
    expect(err.what).toBe(
      'the GitHub API did not answer in time: gave up after 31s (`timeout-seconds`).'
    )
  })

  it('uses the system clock by default', async () => {
    const a = attempts<string>('ok')
    await expect(
      withRetry('S', policy({ deadline: Date.now() + 5000 }), a.fn, () => {})
    ).resolves.toBe('ok')
    expect(Math.abs(systemClock.now() - Date.now())).toBeLessThan(1000)
    const r = systemClock.random()
    expect(r >= 0 && r < 1).toBe(true)
    const before = Date.now()
    await systemClock.sleep(5)
    expect(Date.now() - before).toBeGreaterThanOrEqual(4)
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:28:05 GMT', now)).toBe(5000)
    expect(parseRetryAfter('Wed, 21 Oct 2026 07:27:00 GMT', now)).toBe(0) // in the past
    expect(parseRetryAfter(['7', '9'], now)).toBe(7000)
  })

  it('ignores missing and unparseable values', () => {
    for (const v of [undefined, '', [], 'soon', '1.5e3x', '0x10', '1.5', '-1']) {
      expect(parseRetryAfter(v as string | string[] | undefined, now)).toBeUndefined()
    }
  })
})

describe('statusText', () => {
  it('joins status and a printable, bounded reason', () => {
    expect(statusText({ status: 503, statusText: 'Service Unavailable' })).toBe(
      '503 Service Unavailable'
    )
    expect(statusText({ status: 599, statusText: '' })).toBe('599')
    expect(statusText({ status: 500, statusText: 'a\r\nb\u0000c' + 'x'.repeat(100) })).toBe(
      '500 abc' + 'x'.repeat(56) + '…'
    )
    // The reason phrase is server text: no command syntax survives.
    const hostile = statusText({ status: 200, statusText: 'OK ::add-mask::x ##[stop-commands]' })
    expect(hostile).toMatch(/^200 OK /)
    expect(hostile).not.toMatch(/::|##\[/)
  })
})

describe('isTransientHttpError', () => {
  it.each([
    ['timeout', undefined, true],
    ['network', undefined, true],
    ['network', 'ECONNREFUSED', true],
    ['network', 'ECONNRESET', true],
    ['network', 'EPIPE', true],
    ['network', 'ETIMEDOUT', true],
    ['network', 'EAI_AGAIN', true],
    ['network', 'ECONNABORTED', true],
    ['network', 'EHOSTUNREACH', true],
    ['network', 'ENETUNREACH', true],
    ['network', 'ENETDOWN', true],
    ['network', 'ENOTFOUND', false],
    ['network', 'CERT_HAS_EXPIRED', false],
    ['network', 'ERR_TLS_CERT_ALTNAME_INVALID', false],
    ['proxy', 'ECONNREFUSED', false],
    ['too-large', undefined, false],
    ['insecure', undefined, false]
  ] as const)('%s %s → %s', (code, cause, expected) => {
    expect(isTransientHttpError(new HttpError(code, 'm', cause))).toBe(expected)
  })
})

describe('attemptRequest', () => {
  const ctx = { attempt: 1, timeoutMs: 1234 }
  const req: Omit<HttpRequest, 'timeoutMs'> = {
    method: 'GET',
    url: new URL('https://sts.example/sts/exchange'),
    headers: { accept: 'application/json' }
  }

  it('passes the request with the attempt’s timeout and returns a 2xx/4xx answer as is', async () => {
    for (const status of [200, 204, 400, 401, 403, 404, 422]) {
      const answer = json(status, { message: 'm' })
      const h = scriptedHttp([answer])
      await expect(attemptRequest(h.http, 'Octo STS', req, ctx)).resolves.toBe(answer)
      expect(h.requests).toEqual([{ ...req, timeoutMs: 1234 }])
    }
  })

  it.each([301, 302, 307, 308, 399])(
    'refuses a %i redirect, final, with the status',
    async status => {
      const h = scriptedHttp([response(status, '', { location: 'https://evil.example/' })])
      const err = await attemptRequest(h.http, 'Octo STS', req, ctx).then(neverOk, e =>
        inAction(e as ActionError)
      )
      expect(err).toBeInstanceOf(ActionError)
      expect(err.kind).toBe('protocol')
      expect(err.what).toMatch(
        new RegExp(
          `^Octo STS answered ${status}( \\w+)*, a redirect; it was not followed \\(a token is never sent to another address\\)\\.$`
        )
      )
      expect(err.what).not.toContain('evil.example')
      expect(err.details).toEqual({ status, service: 'Octo STS' })
    }
  )

  it.each([
    [408, 'timeout', 'may be having an outage'],
    [429, 'rate-limited', 'is rate limiting'],
    [500, 'unavailable', 'may be having an outage'],
    [502, 'unavailable', 'may be having an outage'],
    [503, 'unavailable', 'may be having an outage'],
    [504, 'timeout', 'may be having an outage']
  ] as const)('makes %i transient with kind %s', async (status, kind, fix) => {
    const h = scriptedHttp([json(status, { code: 14, message: 'upstream\nbusy' })])
    const err = (await attemptRequest(h.http, 'Octo STS', req, ctx).catch(e => e)) as Transient
    expect(err).toBeInstanceOf(Transient)
    expect(err.reason).toMatch(new RegExp(`^Octo STS answered ${status} `))
    expect(err.retryAfterMs).toBeUndefined()
    expect(err.final.kind).toBe(kind)
    expect(err.final.what).toBe(`${err.reason} ("upstream busy"), a temporary failure.`)
    expect(err.final.fix).toContain(`Octo STS ${fix}`)
    expect(err.final.details).toEqual({ status, service: 'Octo STS' })
  })

  it('covers exactly the retryable statuses', () => {
    expect([...RETRYABLE_STATUS].sort()).toEqual([408, 429, 500, 502, 503, 504])
  })

  it('summarizes an HTML error page and reads Retry-After against the given clock', async () => {
    const now = Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')
    const h = scriptedHttp([
      response(502, '<html><body>Bad gateway</body></html>', { 'content-type': 'text/html' }),
      response(429, '', { 'retry-after': 'Wed, 21 Oct 2026 07:28:03 GMT' }),
      response(503, 'x', { 'retry-after': '1' })
    ])
    const e1 = (await attemptRequest(h.http, 'S', req, ctx, () => now).catch(e => e)) as Transient
    expect(e1.final.what).toBe(
      'S answered 502 Bad Gateway (an HTML page (likely from a proxy or load balancer)), a temporary failure.'
    )
    const e2 = (await attemptRequest(h.http, 'S', req, ctx, () => now).catch(e => e)) as Transient
    expect(e2.retryAfterMs).toBe(3000)
    expect(e2.final.what).toBe(
      'S answered 429 Too Many Requests (an empty body), a temporary failure.'
    )
    const e3 = (await attemptRequest(h.http, 'S', req, ctx).catch(e => e)) as Transient
    expect(e3.retryAfterMs).toBe(1000)
  })

  it.each([
    ['timeout', undefined, 'timeout', true, 'raise `timeout-seconds`'],
    ['network', 'ECONNREFUSED', 'network', true, 'reachable from the runner'],
    ['network', 'ENOTFOUND', 'network', false, 'reachable from the runner'],
    ['proxy', 'ECONNREFUSED', 'network', false, 'HTTPS_PROXY/NO_PROXY settings'],
    ['too-large', undefined, 'protocol', false, 'not a response from the expected service'],
    ['insecure', undefined, 'protocol', false, 'Use an https URL.']
  ] as const)(
    'maps HttpError %s (%s) to kind %s, transient %s',
    async (code, cause, kind, isTransient, fix) => {
      const h = scriptedHttp([new HttpError(code, 'sts.example: something happened', cause)])
      const err = await attemptRequest(h.http, 'Octo STS', req, ctx).catch(e => e)
      const finalErr = inAction((isTransient ? (err as Transient).final : err) as ActionError)
      expect(err).toBeInstanceOf(isTransient ? Transient : ActionError)
      if (isTransient)
        expect((err as Transient).reason).toBe('Octo STS: sts.example: something happened')
      expect(finalErr.kind).toBe(kind)
      expect(finalErr.what).toBe('Octo STS: sts.example: something happened.')
      expect(finalErr.fix).toContain(fix)
      expect(finalErr.details).toEqual({ service: 'Octo STS' })
      expect(h.requests).toHaveLength(1)
    }
  )

  it('lets a non-HTTP error through untouched', async () => {
    const bug = new RangeError('bug')
    const h = scriptedHttp([bug])
    await expect(attemptRequest(h.http, 'S', req, ctx)).rejects.toBe(bug)
  })

  it('with withRetry: one request for a denial, four for a persistent 503', async () => {
    const clock = fakeClock(T0, 0)
    const denied = scriptedHttp([
      json(403, { code: 7, message: 'trust policy: subject did not match' })
    ])
    const res = await withRetry(
      'S',
      policy(),
      c => attemptRequest(denied.http, 'S', req, c),
      () => {},
      clock
    )
    expect(res.status).toBe(403)
    expect(denied.requests).toHaveLength(1)
    const down = scriptedHttp([503, 503, 503, 503].map(s => response(s)))
    const err = await withRetry(
      'S',
      policy(),
      c => attemptRequest(down.http, 'S', req, c),
      () => {},
      clock
    ).then(neverOk, e => inAction(e as ActionError))
    expect(down.requests).toHaveLength(4)
    expect(err.what).toBe(
      'S answered 503 Service Unavailable (an empty body), a temporary failure (4 attempts over 0.0s).'
    )
  })
})
