// Revocation: DELETE {api}/installation/token with the token itself. 204 revoked it; 401 is
// ambiguous: the token was already dead, or {api} is not the GitHub that minted it (then the
// token is still alive). The post step never fails the job over this.
import { ActionError } from '../errors.js'
import { W } from '../vocabulary.js'
import { requestWithRetry, statusText } from '../net/retry.js'
import type { ServiceDeps } from '../net/retry.js'
import { sanitize } from '../log/neutralize.js'
import { responseSays } from '../net/answer.js'

export const API_SERVICE = 'the GitHub API'

export type RevokeOutcome =
  | { result: 'revoked' }
  | { result: 'unauthorized'; message: string }
  | { result: 'failed'; message: string }

/** Both meanings of a 401, since the answer cannot tell them apart. */
export const unauthorizedMessage = (apiUrl: string): string =>
  `The GitHub API at ${sanitize(apiUrl, 200)} refused the revocation (HTTP 401). Either the token was already revoked or had expired, or ${W.setting('github-api-url')} points at a different GitHub than the one that minted it: a GitHub Enterprise Server token sent to github.com is refused and stays valid until it expires, within the hour. Check ${W.setting('github-api-url')} if this job runs against GitHub Enterprise Server.`

export type RevokeDeps = ServiceDeps

export async function revokeToken(
  apiUrl: string,
  token: string,
  deps: RevokeDeps
): Promise<RevokeOutcome> {
  const url = new URL(`${apiUrl}/installation/token`)
  try {
    const res = await requestWithRetry(
      API_SERVICE,
      {
        method: 'DELETE',
        url,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28'
        }
      },
      deps
    )
    if (res.status === 204) return { result: 'revoked' }
    if (res.status === 401) {
      const says = responseSays(res)
      return {
        result: 'unauthorized',
        message: `${unauthorizedMessage(apiUrl)} The GitHub API said: ${says}.`
      }
    }
    return {
      result: 'failed',
      message: `${API_SERVICE} answered HTTP ${statusText(res)} (${responseSays(res)}).`
    }
  } catch (e) {
    if (e instanceof ActionError) return { result: 'failed', message: e.what }
    throw e
  }
}
