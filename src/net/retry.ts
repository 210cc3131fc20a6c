// One retry policy for every request: only what can succeed later is tried again (no answer,
// or a RETRYABLE_STATUS: 408, 429, 500, 502, 503, 504; not 501), with exponential backoff and
// full jitter, honoring Retry-After, and never past the step's deadline. Denials are final on
// the first answer.
import { ActionError } from '../errors.js'
import { W } from '../vocabulary.js'
import { formatSeconds, HttpError } from './http.js'
import type { HttpClient, HttpRequest, HttpResponse } from './http.js'
import { sanitize } from '../log/neutralize.js'
import { responseSays } from './answer.js'

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  random(): number
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
  random: Math.random
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number
  /** Backoff before attempt n+1 is random in [0, min(maxDelayMs, baseDelayMs · 2^(n-1))). */
  baseDelayMs: number
  maxDelayMs: number
  /** Epoch ms after which no attempt starts and no wait is made. */
  deadline: number
  /** Upper bound for one attempt; also cut to the time left before the deadline. */
  attemptTimeoutMs: number
}

/** A failure that may succeed if tried again. */
export class Transient extends Error {
  override readonly name = 'Transient'
  constructor(
    /** Why, for the log: `STS answered 503 Service Unavailable`. */
    readonly reason: string,
    /** The error to report if no attempt is left. */
    readonly final: ActionError,
    readonly retryAfterMs?: number
  ) {
    super(reason)
  }
}

export const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504])

export const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN'
])

/** Whether a request that got no usable answer is worth another attempt. */
export const isTransientHttpError = (e: HttpError): boolean =>
  e.code === 'timeout' ||
  (e.code === 'network' &&
    (e.cause_code === undefined || TRANSIENT_NETWORK_CODES.has(e.cause_code)))

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | string[] | undefined,
  now: number
): number | undefined {
  const v = Array.isArray(value) ? value[0] : value
  if (!v) return undefined
  if (/^\s*\d+\s*$/.test(v)) return Number(v) * 1000
  // Otherwise only an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse alone is lenient.
  if (!/^\s*[A-Za-z]{3},? /.test(v)) return undefined
  const date = Date.parse(v)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

/** `503 Service Unavailable`; the reason phrase is server text like any other. */
export function statusText(res: Pick<HttpResponse, 'status' | 'statusText'>): string {
  const reason = sanitize(res.statusText.replace(/[^\x20-\x7e]/g, ''), 60)
  return reason ? `${res.status} ${reason}` : String(res.status)
}

export interface RetryContext {
  attempt: number
  /** Timeout for this attempt: the policy's, cut to what is left before the deadline. */
  timeoutMs: number
}

/**
 * Runs `attempt` until it returns, throws something other than `Transient`, or the attempts or
 * the deadline run out (then the last `Transient`'s final error is thrown, with the time spent).
 */
export async function withRetry<T>(
  service: string,
  policy: RetryPolicy,
  attempt: (ctx: RetryContext) => Promise<T>,
  log: (line: string) => void,
  clock: Clock = systemClock
): Promise<T> {
  const started = clock.now()
  for (let n = 1; ; n++) {
    const left = policy.deadline - clock.now()
    if (left <= 0) throw deadlineError(service, clock.now() - started, policy)
    try {
      return await attempt({ attempt: n, timeoutMs: Math.min(policy.attemptTimeoutMs, left) })
    } catch (err) {
      if (!(err instanceof Transient)) throw err
      if (n >= policy.attempts) throw withElapsed(err.final, n, clock.now() - started)
      const backoff =
        clock.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1))
      const delay = err.retryAfterMs ?? backoff
      const remaining = policy.deadline - clock.now()
      if (delay >= remaining) {
        const why =
          err.retryAfterMs !== undefined
            ? `${service} asked to retry after ${formatSeconds(err.retryAfterMs)}, past ${W.deadline}`
            : `no time left before ${W.deadline}`
        throw withElapsed(err.final, n, clock.now() - started, why)
      }
      log(`attempt ${n + 1}/${policy.attempts} in ${formatSeconds(delay)}: ${err.reason}`)
      await clock.sleep(delay)
    }
  }
}

function withElapsed(
  e: ActionError,
  attempts: number,
  elapsedMs: number,
  why?: string
): ActionError {
  const notes = [
    ...(attempts > 1 ? [`${attempts} attempts over ${formatSeconds(elapsedMs)}`] : []),
    ...(why ? [why] : [])
  ]
  if (!notes.length) return e
  const what = `${e.what.replace(/\.$/, '')} (${notes.join('; ')}).`
  return new ActionError(e.kind, what, e.fix, e.details)
}

function deadlineError(service: string, elapsedMs: number, policy: RetryPolicy): ActionError {
  return new ActionError(
    'timeout',
    `${service} did not answer in time: gave up after ${formatSeconds(elapsedMs)} (${W.setting('timeout-seconds')}).`,
    `Check the status of ${service}, or raise ${W.input('timeout-seconds')} (attempts: ${policy.attempts}).`
  )
}

const NETWORK_FIX: Record<string, string> = {
  proxy: `Check the HTTPS_PROXY/NO_PROXY settings of ${W.runner}, and that the proxy is up.`,
  timeout: `The service may be overloaded; ${W.rerun}, or raise ${W.setting('timeout-seconds')}.`,
  'too-large':
    'This is not a response from the expected service; check the URL and any proxy in between.',
  insecure: 'Use an https URL.',
  network: `Check that the host is right and reachable from ${W.runner} (DNS, firewall, HTTPS_PROXY/NO_PROXY).`
}

/**
 * One attempt of one request: transport failures and retryable statuses become `Transient`
 * (or a final error when not worth retrying); redirects are refused. Other answers are returned
 * for the caller to read.
 */
export async function attemptRequest(
  http: HttpClient,
  service: string,
  req: Omit<HttpRequest, 'timeoutMs'>,
  ctx: RetryContext,
  now: () => number = Date.now,
  explain?: ServiceDeps['explain']
): Promise<HttpResponse> {
  let res: HttpResponse
  try {
    res = await http({ ...req, timeoutMs: ctx.timeoutMs })
  } catch (e) {
    if (!(e instanceof HttpError)) throw e
    const kind =
      e.code === 'timeout'
        ? 'timeout'
        : e.code === 'too-large' || e.code === 'insecure'
          ? 'protocol'
          : 'network'
    const final = new ActionError(kind, `${service}: ${e.message}.`, NETWORK_FIX[e.code] ?? '', {
      service
    })
    if (isTransientHttpError(e)) throw new Transient(`${service}: ${e.message}`, final)
    throw final
  }
  if (res.status >= 300 && res.status < 400) {
    throw new ActionError(
      'protocol',
      `${service} answered ${statusText(res)}, a redirect; it was not followed (a token is never sent to another address).`,
      `Point ${W.tool} at the service itself, not at an address that redirects.`,
      { status: res.status, service }
    )
  }
  if (RETRYABLE_STATUS.has(res.status)) {
    throw temporaryFailure(
      service,
      res.status,
      statusText(res),
      responseSays(res),
      parseRetryAfter(res.headers['retry-after'], now()),
      explain?.(res)
    )
  }
  return res
}

/** A retryable status (RETRYABLE_STATUS) as a `Transient`; `says` is already safe to print. */
export function temporaryFailure(
  service: string,
  status: number,
  statusLine: string,
  says: string,
  retryAfterMs?: number,
  /** The service's own reading of the answer, when it has one (see ServiceDeps.explain). */
  explained?: ActionError
): Transient {
  const reason = `${service} answered ${statusLine}`
  const final =
    explained ??
    new ActionError(
      status === 429
        ? 'rate-limited'
        : status === 408 || status === 504
          ? 'timeout'
          : 'unavailable',
      `${reason} (${says}), a temporary failure.`,
      status === 429
        ? `${service} is rate limiting; ${W.rerun} in a few minutes.`
        : `${service} may be having an outage; ${W.rerun} later.`,
      { status, service }
    )
  return new Transient(reason, final, retryAfterMs)
}

/** What every request to a service needs: the client, the retry policy, a log for retries. */
export interface ServiceDeps {
  http: HttpClient
  policy: RetryPolicy
  clock?: Clock
  log(line: string): void
  userAgent: string
  /** The service's own reading of a retryable error answer, reported if no attempt is left. */
  explain?(res: HttpResponse): ActionError | undefined
}

/** One request under the retry policy; returns the first answer that is final. */
export function requestWithRetry(
  service: string,
  req: Omit<HttpRequest, 'timeoutMs'>,
  deps: ServiceDeps
): Promise<HttpResponse> {
  const headers = { ...req.headers, 'user-agent': deps.userAgent }
  return withRetry(
    service,
    deps.policy,
    ctx =>
      attemptRequest(
        deps.http,
        service,
        { ...req, headers },
        ctx,
        (deps.clock ?? systemClock).now,
        deps.explain
      ),
    deps.log,
    deps.clock
  )
}

/** About 4 attempts, 1 s → 8 s backoff with full jitter, 15 s per attempt, within the deadline. */
export const retryPolicy = (deadline: number): RetryPolicy => ({
  attempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  attemptTimeoutMs: 15_000,
  deadline
})
