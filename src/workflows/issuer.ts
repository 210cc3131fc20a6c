// Which GitHub a repository is on, from its server URL (GITHUB_SERVER_URL, `--server-url`), and
// so who issues its Actions OIDC tokens:
// - github.com: https://token.actions.githubusercontent.com (GITHUB_ISSUER);
// - GitHub Enterprise Cloud with data residency (`SUBDOMAIN.ghe.com`): GitHub's data residency
//   documentation names https://token.actions.SUBDOMAIN.ghe.com;
// - any other host is GitHub Enterprise Server: https://HOST/_services/token.
// An enterprise on github.com with a custom issuer (`include_enterprise_slug`) presents
// `…githubusercontent.com/SLUG`; nothing in a checkout tells that, so it is not predicted.
import { GITHUB_ISSUER } from '../policy/github.js'

export const GITHUB_SERVER_URL = 'https://github.com'

export interface GitHubServer {
  kind: 'github.com' | 'ghe.com' | 'ghes'
  /** The host (with its port, if any), lower-case. */
  host: string
  issuer: string
}

const GHE_COM = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.ghe\.com$/

/** The server at `url` (an http(s) URL with nothing but a host); undefined when it is not one. */
export function gitHubServer(url: string): GitHubServer | undefined {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return undefined
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined
  if (u.username || u.password || u.search || u.hash || !/^\/*$/.test(u.pathname)) return undefined
  const host = u.host.toLowerCase()
  if (host === 'github.com') return { kind: 'github.com', host, issuer: GITHUB_ISSUER }
  const sub = GHE_COM.exec(host)?.[1]
  if (sub) return { kind: 'ghe.com', host, issuer: `https://token.actions.${sub}.ghe.com` }
  return { kind: 'ghes', host, issuer: `https://${host}/_services/token` }
}

/**
 * The form every subject of `server` has, and why: immutable subjects are a github.com
 * feature, GitHub Enterprise Server has only names. Undefined where the repository chooses.
 */
export const serverForm = (
  server: GitHubServer
): { form: 'name-only'; source: string } | undefined =>
  server.kind === 'ghes'
    ? { form: 'name-only', source: 'GitHub Enterprise Server has no immutable subjects' }
    : undefined
