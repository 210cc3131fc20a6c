// Revocation: DELETE {api}/installation/token with the token itself. 204 revoked it;
// 401 means it was already dead. The post step never fails the job over this.
import { ActionError } from './errors.js'
import { requestWithRetry, statusText } from './retry.js'
import type { ServiceDeps } from './retry.js'
import { serverSays } from './sanitize.js'

export const API_SERVICE = 'the GitHub API'

export type RevokeOutcome =
  { result: 'revoked' } | { result: 'already-invalid' } | { result: 'failed'; message: string }

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
    if (res.status === 401) return { result: 'already-invalid' }
    return {
      result: 'failed',
      message: `${API_SERVICE} answered HTTP ${statusText(res)} (${serverSays(res.body, String(res.headers['content-type'] ?? ''))}).`
    }
  } catch (e) {
    if (e instanceof ActionError) return { result: 'failed', message: e.what }
    throw e
  }
}
