// Revocation: DELETE {api}/installation/token with the token itself. 204 revoked it;
// 401 means it was already dead. The post step never fails the job over this.
import type { HttpClient } from './http.js'
import { ActionError } from './errors.js'
import { attemptRequest, statusText, withRetry } from './retry.js'
import type { Clock, RetryPolicy } from './retry.js'
import { serverSays } from './sanitize.js'

export const API_SERVICE = 'the GitHub API'

export type RevokeOutcome =
  { result: 'revoked' } | { result: 'already-invalid' } | { result: 'failed'; message: string }

export interface RevokeDeps {
  http: HttpClient
  policy: RetryPolicy
  clock?: Clock
  log(line: string): void
  userAgent: string
}

export async function revokeToken(
  apiUrl: string,
  token: string,
  deps: RevokeDeps
): Promise<RevokeOutcome> {
  const url = new URL(`${apiUrl}/installation/token`)
  try {
    const res = await withRetry(
      API_SERVICE,
      deps.policy,
      ctx =>
        attemptRequest(
          deps.http,
          API_SERVICE,
          {
            method: 'DELETE',
            url,
            headers: {
              authorization: `Bearer ${token}`,
              accept: 'application/vnd.github+json',
              'x-github-api-version': '2022-11-28',
              'user-agent': deps.userAgent
            }
          },
          ctx
        ),
      deps.log,
      deps.clock
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
