// The job's OIDC token, asked of the runner's token endpoint (what core.getIDToken does,
// but through our client so it shares the retry policy, the deadline and the proxy rules).
import { ActionError } from './errors.js'
import { requestWithRetry, statusText } from './retry.js'
import type { ServiceDeps } from './retry.js'
import { serverSays } from './sanitize.js'

export const OIDC_SERVICE = 'the GitHub OIDC token endpoint'

export type OidcDeps = ServiceDeps & { setSecret(value: string): void }

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

export const noOidcError = (): ActionError =>
  new ActionError(
    'oidc-permission',
    'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.',
    'Add `permissions: id-token: write` to the job (or the workflow). Pull requests from forks and Dependabot runs never get an OIDC token.'
  )

/** The runner's token endpoint, or the error that says how to get one. Reads no network. */
export function oidcEndpoint(env: Readonly<Record<string, string | undefined>>): {
  url: URL
  bearer: string
} {
  const raw = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!raw || !bearer) throw noOidcError()
  try {
    return { url: new URL(raw), bearer }
  } catch {
    throw new ActionError(
      'oidc',
      'ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.',
      'This is a runner problem: re-run the job, or report it to whoever runs the runner.'
    )
  }
}

/** Requests an OIDC token for `audience`; the token is masked before anything else sees it. */
export async function requestIdToken(
  endpoint: { url: URL; bearer: string },
  audience: string,
  deps: OidcDeps
): Promise<string> {
  const url = new URL(endpoint.url)
  url.searchParams.set('audience', audience)
  const res = await requestWithRetry(
    OIDC_SERVICE,
    {
      method: 'GET',
      url,
      headers: {
        authorization: `Bearer ${endpoint.bearer}`,
        accept: 'application/json'
      }
    },
    deps
  )
  let value: unknown
  try {
    value = (JSON.parse(res.body) as { value?: unknown } | null)?.value
  } catch {
    value = undefined
  }
  if (typeof value === 'string' && value) deps.setSecret(value)
  if (res.status !== 200) {
    throw new ActionError(
      'oidc',
      `${OIDC_SERVICE} refused the request: HTTP ${statusText(res)} (${serverSays(res.body, String(res.headers['content-type'] ?? ''))}).`,
      'Check that the job has `permissions: id-token: write`; if it has, re-run the job (the request token may have expired).',
      { status: res.status, service: OIDC_SERVICE }
    )
  }
  if (typeof value !== 'string' || !JWT.test(value)) {
    throw new ActionError(
      'oidc',
      `${OIDC_SERVICE} answered 200 without a token.`,
      'Re-run the job; if it persists, the runner is misconfigured.',
      {
        service: OIDC_SERVICE
      }
    )
  }
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
