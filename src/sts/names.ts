// The rules for what an exchange names: scope, identity, domain, audience, the GitHub API URL
// and the time limit. One definition for every front end (the action's inputs, the command
// line); each returns the problem as the end of a sentence that starts with the setting's name
// (`scope` …, `--scope` …), or undefined when the value is fine. Values that pass are safe to
// place in a URL query (they are still percent-encoded) and cannot select another policy file.
import { sanitize } from '../log/neutralize.js'

export const DEFAULT_TIMEOUT_SECONDS = 60
// GitHub's OIDC tokens live minutes; the whole exchange must finish well inside that.
export const MAX_TIMEOUT_SECONDS = 300

export const DEFAULT_API_URL = 'https://api.github.com'

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,99})$/
const REPO = /^[A-Za-z0-9._-]{1,100}$/
// A DNS name (labels of letters, digits, hyphens), an IPv4 address or a bracketed IPv6 address.
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/
// Spaces, controls, invisible format characters and bidi overrides: none belongs in a name,
// and some make a log line read differently from what it is.
const CONTROL_OR_SPACE =
  // eslint-disable-next-line no-control-regex
  /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export const shown = (value: string): string => `"${sanitize(value, 80)}"`

/** A YAML 1.2 core boolean, as the runner's own boolean inputs read it; `fallback` when empty. */
export function parseBoolean(value: string, fallback: boolean): boolean | undefined {
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  return undefined
}

export function validateScope(scope: string): string | undefined {
  if (!scope)
    return 'is required: the repository (`org/repo`) or organization (`org`) whose trust policy to use, e.g. `acme/widgets`.'
  const [owner = '', repo, extra] = scope.split('/')
  const ok =
    OWNER.test(owner) &&
    extra === undefined &&
    (repo === undefined || (REPO.test(repo) && repo !== '.' && repo !== '..'))
  return ok
    ? undefined
    : `is ${shown(scope)}: expected \`org/repo\` or \`org\` (letters, digits, \`-\`, \`_\`, \`.\`), e.g. \`acme/widgets\` or \`acme\`.`
}

export function validateIdentity(identity: string): string | undefined {
  if (!identity)
    return 'is required: the trust policy name, e.g. `deploy` for `.github/chainguard/deploy.sts.yaml`.'
  // Octo STS reads exactly one file name in .github/chainguard: since octo-sts/app#1683 it
  // refuses (400) an identity with `/`, `.` or `..`, or control characters, and older servers
  // would read a file in a subfolder that no validator checks. Refused here, before any request.
  const why = /[/\\]/.test(identity)
    ? 'a policy in a subfolder is never read: Octo STS takes one file name, without `/` or `\\`'
    : identity === '.' || identity === '..'
      ? '`.` and `..` name no policy file: Octo STS refuses them'
      : CONTROL_OR_SPACE.test(identity) || LONE_SURROGATE.test(identity)
        ? 'it holds spaces, control or invisible characters, which Octo STS refuses or no file name has'
        : identity.length > 200
          ? 'it is longer than 200 characters'
          : undefined
  return why
    ? `is ${shown(identity)}: ${why}. Give the policy file name without the \`.sts.yaml\` suffix, e.g. \`deploy\` for \`.github/chainguard/deploy.sts.yaml\`.`
    : undefined
}

/**
 * The server's org policy repository (`ORG_POLICY_REPO` of a self-hosted Octo STS): one
 * repository name, `.github` unless the server's operator set another.
 */
export function validateOrgPolicyRepo(name: string): string | undefined {
  return REPO.test(name) && name !== '.' && name !== '..'
    ? undefined
    : `is ${shown(name)}: expected a repository name without the owner (letters, digits, \`-\`, \`_\`, \`.\`), the server's ORG_POLICY_REPO, e.g. \`.github\` (the default) or \`policies\`.`
}

/** `domain` as given (the caller lower-cases it first). */
export function validateDomain(domain: string): string | undefined {
  const example = 'e.g. `octo-sts.dev` or `sts.example.com:8443`'
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(domain)) {
    return `is ${shown(domain)}: give the host only, without \`${domain.split('://')[0]}://\` (requests always use https), ${example}.`
  }
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(domain.toLowerCase())
  const port = m?.[2] === undefined ? 443 : Number(m[2])
  if (!m || !HOST.test(m[1] ?? '') || port < 1 || port > 65535 || !sameHost(m[1] ?? '')) {
    return `is ${shown(domain)}: expected a host name with an optional port, no path or credentials, ${example}.`
  }
  return undefined
}

// The URL parser rewrites some hosts (`0x7f.1`, `1.2.3`) and rejects others (`[::::]`): only a
// host that stays exactly as written is the one the user meant.
function sameHost(host: string): boolean {
  try {
    return new URL(`https://${host}`).hostname === host
  } catch {
    return false
  }
}

export function validateAudience(audience: string): string | undefined {
  return audience.length > 256 || CONTROL_OR_SPACE.test(audience)
    ? `is ${shown(audience)}: expected one audience value without spaces, e.g. \`octo-sts.dev\`.`
    : undefined
}

/** The API URL without its trailing slashes (compare and validate this form). */
export const trimApiUrl = (value: string): string => value.replace(/\/+$/, '')

export function validateApiUrl(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `is ${shown(value)}: expected an https URL such as \`https://api.github.com\` or \`https://github.example.com/api/v3\`.`
  }
  if (url.protocol !== 'https:')
    return `is ${shown(value)}: only https is allowed (the token is sent to it).`
  if (url.username || url.password || /[?#]/.test(value)) {
    return `must not contain credentials, a query or a fragment, e.g. \`https://github.example.com/api/v3\`.`
  }
  return undefined
}

/** `raw` ('' for the default) as whole seconds in 1…MAX_TIMEOUT_SECONDS, or the problem. */
export function parseTimeout(raw: string): { seconds: number; problem?: string } {
  const seconds = raw === '' ? DEFAULT_TIMEOUT_SECONDS : Number(raw)
  if (!/^\d*$/.test(raw) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
    return {
      seconds: DEFAULT_TIMEOUT_SECONDS,
      problem: `is ${shown(raw)}: expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, e.g. \`60\`.`
    }
  }
  return { seconds }
}
