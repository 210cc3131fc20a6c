// The Octo STS exchange: the OIDC token in, a GitHub installation token out.
// GET https://{domain}/sts/exchange?scope=…&scopes=…&identity=… with `Authorization: Bearer`.
// `scope` and `scopes` carry the same value: servers have read one or the other.
import { ActionError } from '../errors.js'
import { W } from '../vocabulary.js'
import { requestWithRetry, statusText } from '../net/retry.js'
import type { ServiceDeps } from '../net/retry.js'
import { sanitize } from '../log/neutralize.js'
import { contentTypeOf, describeBody, isHtml, parseErrorBody } from '../net/answer.js'
import { exchangeError } from './server-messages.js'
import type { ExchangeContext } from './request.js'
import type { HttpResponse } from '../net/http.js'
import { decodeClaims } from './oidc.js'

export const STS_SERVICE = 'Octo STS'

export type ExchangeDeps = ServiceDeps & { setSecret(value: string): void }

export function exchangeUrl(domain: string, scope: string, identity: string): URL {
  const url = new URL(`https://${domain}/sts/exchange`)
  url.search = new URLSearchParams({ scope, scopes: scope, identity }).toString()
  return url
}

/** The OIDC token's issuer, to name it in a diagnosis (display only, never verified here). */
function tokenIssuer(idToken: string): string | undefined {
  const iss = decodeClaims(idToken)?.iss
  return typeof iss === 'string' ? sanitize(iss, 200) : undefined
}

// A token ends up in HTTP headers and git config: printable ASCII, no spaces, nothing else.
const TOKEN = /^[\x21-\x7e]+$/
// GitHub's tokens are 40 characters or more; a shorter value is not one.
export const MIN_TOKEN_LENGTH = 16

/** Exchanges `idToken`; the GitHub token is masked the moment it is parsed and checked. */
export async function exchangeToken(
  ctx: ExchangeContext,
  idToken: string,
  deps: ExchangeDeps
): Promise<string> {
  const url = exchangeUrl(ctx.domain, ctx.scope, ctx.identity)
  // An STS error answer is diagnosed from its message, a retried one included.
  const explain = (res: HttpResponse): ActionError | undefined => {
    const { message } = parseErrorBody(res.body)
    if (message === undefined) return undefined
    return exchangeError(res.status, message, { ...ctx, issuer: tokenIssuer(idToken) })
  }
  const res = await requestWithRetry(
    STS_SERVICE,
    {
      method: 'GET',
      url,
      headers: {
        authorization: `Bearer ${idToken}`,
        accept: 'application/json'
      }
    },
    { ...deps, explain }
  )
  const contentType = contentTypeOf(res)
  if (res.status !== 200) {
    const diagnosed = explain(res)
    if (diagnosed) throw diagnosed
    throw new ActionError(
      'protocol',
      `${STS_SERVICE} answered HTTP ${statusText(res)} with ${describeBody(res.body, contentType)}, not an Octo STS error.`,
      `Check that ${W.setting('domain')} ("${ctx.domain}") is an Octo STS server, and any proxy in between.`,
      { status: res.status, service: STS_SERVICE }
    )
  }
  let token: unknown
  let shape: string
  try {
    token = (JSON.parse(res.body) as { token?: unknown } | null)?.token
    shape = 'JSON without a "token" string'
  } catch {
    // A success body is never echoed: cut short, it may still hold most of a token.
    shape = isHtml(res.body, contentType)
      ? 'an HTML page'
      : res.body.trim()
        ? 'a body that is not JSON'
        : 'an empty body'
  }
  if (typeof token !== 'string' || !token) {
    throw new ActionError(
      'protocol',
      `${STS_SERVICE} answered 200 without a token (${shape}).`,
      `Check that ${W.setting('domain')} ("${ctx.domain}") is an Octo STS server; ${W.rerun}.`,
      { status: 200, service: STS_SERVICE }
    )
  }
  // Checked before it is masked: a mask of a few characters would blank them in every later
  // line of the log, and a malformed value is never used, so it is never printed either.
  const malformed =
    token.length < MIN_TOKEN_LENGTH
      ? `a token of ${token.length} character${token.length === 1 ? '' : 's'}, too short to be a GitHub token`
      : !TOKEN.test(token)
        ? 'a malformed token: it contains spaces, control or non-ASCII characters'
        : undefined
  if (malformed) {
    throw new ActionError(
      'protocol',
      `${STS_SERVICE} answered 200 with ${malformed}. It was not used.`,
      `Check that ${W.setting('domain')} ("${ctx.domain}") is an Octo STS server, and report this to its operator.`,
      { status: 200, service: STS_SERVICE }
    )
  }
  deps.setSecret(token)
  return token
}
