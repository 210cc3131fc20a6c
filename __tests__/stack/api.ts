// The slice of the GitHub REST API the action touches: revoking an installation token, a token
// check (`GET /installation/repositories`) that proves whether a token still works, and the
// repository's OIDC subject template the validator reads (set per test).
import { TOKEN_LIFETIME_MS } from '../../src/sts/token.js'
import { extend, sendJson, startServer } from './server.js'
import type { TestServer } from './server.js'

export interface TokenInfo {
  owner: string
  repositories?: string[]
  permissions: Record<string, string>
  mintedAt: number
}

export interface ApiServer extends TestServer {
  /** Base URL (what GITHUB_API_URL holds): https://127.0.0.1:port[/prefix]. */
  readonly url: string
  /** The path prefix, e.g. `/api/v3` (GHES), or ''. */
  readonly prefix: string
  /** Makes a token known (the STS does this when it mints one). */
  register(token: string, info: TokenInfo): void
  /** True while the token is known, not revoked and less than an hour old. */
  isLive(token: string): boolean
  /** Tokens revoked through DELETE /installation/token, in order. */
  readonly revoked: string[]
  /** Revokes a token without a request (as if it had been revoked elsewhere). */
  revoke(token: string): void
  /** Makes a token expired (minted more than an hour ago). */
  expire(token: string): void
  /**
   * What `GET /repos/{owner}/{repo}/actions/oidc/customization/sub` answers for `repository`
   * (`owner/repo`, any case): GitHub's template (200), or its 403 or 404; `undefined` forgets
   * it. A repository without an answer gets GitHub's 404.
   */
  oidcCustomization(repository: string, answer: CustomizationAnswer | undefined): void
  /** Requests to that endpoint, in order: the path and whether a token came with it. */
  readonly customizationRequests: { path: string; authorized: boolean }[]
}

/** GitHub's answer shape for a repository's OIDC subject template (REST, actions/oidc). */
export interface CustomizationTemplate {
  use_default: boolean
  include_claim_keys?: string[]
  use_immutable_subject?: boolean
}

export type CustomizationAnswer =
  | { status: 200; template: CustomizationTemplate }
  | { status: 403 | 404 }
  /** Any other body (garbage, a wrong shape), sent as it is. */
  | { status: number; raw: string }

const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url:
    'https://docs.github.com/rest/actions/oidc#get-the-customization-template-for-an-oidc-subject-claim-for-a-repository',
  status: '403'
}

const NOT_FOUND = {
  message: 'Not Found',
  documentation_url: 'https://docs.github.com/rest',
  status: '404'
}

const CUSTOMIZATION = /^\/repos\/([^/]+)\/([^/]+)\/actions\/oidc\/customization\/sub$/

const BAD_CREDENTIALS = {
  message: 'Bad credentials',
  documentation_url: 'https://docs.github.com/rest',
  status: '401'
}

export async function startApi(
  opts: { prefix?: string; hostName?: string } = {}
): Promise<ApiServer> {
  const prefix = (opts.prefix ?? '').replace(/\/+$/, '')
  if (prefix && !prefix.startsWith('/')) throw new Error(`api prefix must start with /: ${prefix}`)
  const tokens = new Map<string, TokenInfo & { revoked: boolean }>()
  const revoked: string[] = []
  const isLive = (token: string): boolean => {
    const t = tokens.get(token)
    return !!t && !t.revoked && Date.now() - t.mintedAt < TOKEN_LIFETIME_MS
  }
  const bearerOf = (auth: string | undefined): string =>
    /^(?:Bearer|token) (\S+)$/i.exec(auth ?? '')?.[1] ?? ''

  const customizations = new Map<string, CustomizationAnswer>()
  const customizationRequests: { path: string; authorized: boolean }[] = []

  const server = await startServer(
    'api',
    ({ req, res, url }) => {
      const path = url.pathname.startsWith(prefix + '/') ? url.pathname.slice(prefix.length) : null
      const token = bearerOf(req.headers.authorization)
      const custom = path === null ? null : CUSTOMIZATION.exec(path)
      if (custom && req.method === 'GET') {
        customizationRequests.push({ path: path!, authorized: token !== '' })
        if (!token) return sendJson(res, 401, BAD_CREDENTIALS)
        const answer = customizations.get(`${custom[1]}/${custom[2]}`.toLowerCase())
        if (!answer || answer.status === 404) return sendJson(res, 404, NOT_FOUND)
        if ('raw' in answer) {
          res.writeHead(answer.status, { 'content-type': 'application/json' })
          res.end(answer.raw)
          return
        }
        if (answer.status === 403) return sendJson(res, 403, NOT_ACCESSIBLE)
        return sendJson(res, 200, (answer as { template: CustomizationTemplate }).template)
      }
      if (path === '/installation/token' && req.method === 'DELETE') {
        if (!isLive(token)) return sendJson(res, 401, BAD_CREDENTIALS)
        tokens.get(token)!.revoked = true
        revoked.push(token)
        res.writeHead(204)
        res.end()
        return
      }
      if (path === '/installation/repositories' && req.method === 'GET') {
        if (!isLive(token)) return sendJson(res, 401, BAD_CREDENTIALS)
        const info = tokens.get(token)!
        const repos = (info.repositories ?? []).map(name => ({
          name,
          full_name: `${info.owner}/${name}`
        }))
        return sendJson(res, 200, { total_count: repos.length, repositories: repos })
      }
      sendJson(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404'
      })
    },
    opts.hostName ? { hostName: opts.hostName } : {}
  )

  return extend(server, {
    url: `https://${server.host}${prefix}`,
    prefix,
    register(token: string, info: TokenInfo) {
      tokens.set(token, { ...info, revoked: false })
    },
    isLive,
    revoked,
    revoke(token: string) {
      const t = tokens.get(token)
      if (t) t.revoked = true
    },
    expire(token: string) {
      const t = tokens.get(token)
      if (t) t.mintedAt = Date.now() - TOKEN_LIFETIME_MS - 1000
    },
    oidcCustomization(repository: string, answer: CustomizationAnswer | undefined) {
      if (answer) customizations.set(repository.toLowerCase(), answer)
      else customizations.delete(repository.toLowerCase())
    },
    customizationRequests
  })
}
