// The job's OIDC token, from @actions/core's getIDToken (the toolkit's request to the runner's
// token endpoint; it masks the JWT before it returns), under the project's retry policy and
// the step's deadline. core reports a failure as text only; `coreFailure` reads the status and
// the server's words back out of it, so the user gets the same clear classification as for
// every other service.
import { STATUS_CODES } from 'node:http'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { ActionError, isActionError } from '../errors.js'
import { W } from '../vocabulary.js'
import { formatSeconds, proxyError, proxyName, SYSTEM_CODE } from '../net/http.js'
import {
  RETRYABLE_STATUS,
  temporaryFailure,
  Transient,
  TRANSIENT_NETWORK_CODES,
  withRetry
} from '../net/retry.js'
import type { Clock, RetryContext, RetryPolicy } from '../net/retry.js'
import { sanitize } from '../log/neutralize.js'
import { describeBody } from '../net/answer.js'

export const OIDC_SERVICE = 'the GitHub OIDC token endpoint'

/** core.getIDToken: the JWT for `audience`, masked; rejects with core's text. */
export type GetIdToken = (audience: string) => Promise<string>

export interface OidcDeps {
  getIDToken: GetIdToken
  policy: RetryPolicy
  clock?: Clock
  log(line: string): void
  /** The step's environment, to name the proxy core went through in an error. */
  env?: Readonly<Record<string, string | undefined>>
}

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

/** Whether `value` has a JWT's form (three base64url parts); nothing is verified. */
export const isJwt = (value: string): boolean => JWT.test(value)

export const noOidcError = (): ActionError =>
  new ActionError(
    'oidc-permission',
    'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.',
    'Add `permissions: id-token: write` to the job (or the workflow). Pull requests from forks and Dependabot runs never get an OIDC token.'
  )

/**
 * Whether the runner gave this job a way to ask for a token (core reads the same two
 * variables): said before any request, with the fix. Reads no network.
 */
export function requireOidc(env: Readonly<Record<string, string | undefined>>): void {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL
  if (!url || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) throw noOidcError()
  // core sends the runner's request token to this URL: over https only, like every request.
  if (URL.canParse(url) && new URL(url).protocol !== 'https:') {
    throw new ActionError(
      'oidc',
      'ACTIONS_ID_TOKEN_REQUEST_URL is not an https URL: the request token would be sent in clear text.',
      'This is a runner problem: the runner must reach the Actions service over https. Report it to whoever runs the runner.',
      { service: OIDC_SERVICE }
    )
  }
}

/** What a core.getIDToken failure says: the HTTP status when there was an answer, and text. */
export interface CoreFailure {
  status?: number
  /** The server's message (or body), or the client's error when there was no answer; raw. */
  text: string
}

/**
 * Reads core's failure text, `Error message: Failed to get ID Token. \n … Error Code : 403\n …
 * Error Message: <server text>` (Error Code is `undefined` when no answer came).
 */
export function coreFailure(e: unknown): CoreFailure {
  const message = String((e as Error)?.message ?? e)
  const m = /Error Code : (\S*)\s*\n[\s\S]*?Error Message: ([\s\S]*)$/.exec(message)
  if (!m) return { text: message.replace(/^Error message: /, '').trim() }
  const [, code = '', text = ''] = m
  return /^\d{3}$/.test(code) ? { status: Number(code), text } : { text }
}

// The first moments of a job: the service has not marked it in progress yet. Only 'Pending'
// passes with time; a 'Completed' job never gets a token.
const PENDING = /Can't issue ID_TOKEN for job in 'Pending' state/i

const statusLine = (status: number): string =>
  STATUS_CODES[status] ? `${status} ${STATUS_CODES[status]}` : String(status)

const refused = (status: number, says: string): ActionError =>
  new ActionError(
    'oidc',
    `${OIDC_SERVICE} refused the request: HTTP ${statusLine(status)} (${says}).`,
    'Check that the job has `permissions: id-token: write`; if it has, re-run the job (the request token may have expired).',
    { status, service: OIDC_SERVICE }
  )

const noToken = (): ActionError =>
  new ActionError(
    'oidc',
    `${OIDC_SERVICE} answered without a token (no \`value\` in its answer, or HTTP 404).`,
    'Re-run the job; if it persists, the runner is misconfigured.',
    { service: OIDC_SERVICE }
  )

/** A failure of one core.getIDToken call as the error to report, or a `Transient` to retry. */
export function classifyFailure(
  failure: CoreFailure,
  env: Readonly<Record<string, string | undefined>> = {}
): ActionError | Transient {
  const { status, text } = failure
  if (status !== undefined) {
    // core's own words when the body was empty.
    const says = describeBody(text === `Failed request: (${status})` ? '' : text)
    if (RETRYABLE_STATUS.has(status)) {
      return temporaryFailure(OIDC_SERVICE, status, statusLine(status), says)
    }
    if (status === 403 && PENDING.test(text)) {
      return new Transient(
        `${OIDC_SERVICE} answered 403: the job is still starting ('Pending' state)`,
        refused(status, says)
      )
    }
    return refused(status, says)
  }
  if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(text)) return noOidcError()
  if (/do not have ID Token field/.test(text)) return noToken()
  if (/^Invalid URL/.test(text)) {
    return new ActionError(
      'oidc',
      'ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.',
      'This is a runner problem: re-run the job, or report it to whoever runs the runner.',
      { service: OIDC_SERVICE }
    )
  }
  const said = sanitize(text, 200)
  // core's proxy tunnel (HTTPS_PROXY): a proxy that refuses or cannot be reached is a setting.
  const viaProxy = tunnelError(text, env)
  if (viaProxy) {
    return new ActionError(
      'network',
      `${OIDC_SERVICE}: ${viaProxy}.`,
      'Check the HTTPS_PROXY/NO_PROXY settings of the runner (and the proxy credentials), and that the proxy is up.',
      { service: OIDC_SERVICE }
    )
  }
  const final = new ActionError(
    'network',
    `${OIDC_SERVICE}: no answer (${said}).`,
    'Check that the runner can reach the GitHub Actions service (DNS, firewall, HTTPS_PROXY/NO_PROXY), then re-run the job.',
    { service: OIDC_SERVICE }
  )
  // Worth another attempt: a dropped or refused connection, a timeout, or no code at all
  // (`socket hang up`); not a name that does not resolve or a certificate that does not verify.
  const code = SYSTEM_CODE.exec(text)?.[1]
  const transient = code
    ? TRANSIENT_NETWORK_CODES.has(code)
    : !/certificate|self.signed/i.test(text)
  return transient ? new Transient(`${OIDC_SERVICE}: ${said}`, final) : final
}

/** core's tunnel failure, with the proxy named by `host:port` only, as http-client picks it. */
function tunnelError(
  text: string,
  env: Readonly<Record<string, string | undefined>>
): string | undefined {
  if (!URL.canParse(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')) return undefined
  const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '')
  const proxy = getProxyUrl(url)
  return proxyError(new Error(text), proxy ? `proxy ${proxyName(proxy)}` : 'the proxy', url)
    ?.message
}

// core's request has no time limit of its own (its socket gives up after 3 minutes) and no
// way to cancel it: an attempt stops waiting at its timeout and the request is abandoned (the
// step's entry makes sure it cannot keep the process alive, see src/exit.ts).
function oneAttempt(audience: string, ctx: RetryContext, deps: OidcDeps): Promise<string> {
  const request = deps.getIDToken(audience)
  request.catch(() => undefined) // an abandoned request's failure is nobody's
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const what = `${OIDC_SERVICE} did not answer within ${formatSeconds(ctx.timeoutMs)}`
      reject(
        new Transient(
          what,
          new ActionError(
            'timeout',
            `${what}.`,
            `Check https://www.githubstatus.com for an Actions incident and re-run the job, or raise ${W.input('timeout-seconds')}.`,
            { service: OIDC_SERVICE }
          )
        )
      )
    }, ctx.timeoutMs)
  })
  return Promise.race([request, timeout]).finally(() => clearTimeout(timer))
}

/**
 * The OIDC token for `audience`. Transient failures (no answer, RETRYABLE_STATUS, a job still
 * 'Pending') are retried within the policy; others fail at once. core's HttpClient also retries
 * 502/503/504 by itself, up to 10 times with a short backoff (~10 s in all), inside one of our
 * attempts: a persistently failing endpoint is asked more often than `attempts` says.
 */
export async function requestIdToken(audience: string, deps: OidcDeps): Promise<string> {
  const value: unknown = await withRetry(
    OIDC_SERVICE,
    deps.policy,
    async ctx => {
      try {
        return await oneAttempt(audience, ctx, deps)
      } catch (e) {
        if (e instanceof Transient || isActionError(e)) throw e
        throw classifyFailure(coreFailure(e), deps.env)
      }
    },
    deps.log,
    deps.clock
  )
  // core returns whatever `value` held (and masked it): only a JWT is a token.
  if (typeof value !== 'string' || !JWT.test(value)) throw noToken()
  return value
}

/** The token's claims, for display and diagnosis only: the signature is not checked here. */
export function decodeClaims(jwt: string): Record<string, unknown> | undefined {
  const payload = jwt.split('.')[1]
  if (!payload) return undefined
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
