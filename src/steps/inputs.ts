// Inputs are read and validated before any network call; every problem is reported at once,
// naming the input and showing a valid example. Values that pass are safe to place in a URL
// query (they are still percent-encoded) and cannot select another policy file.
import { ActionError } from '../errors.js'
import { sanitize } from '../log/neutralize.js'
import { DEFAULT_DOMAIN } from '../sts/request.js'

export interface Inputs {
  /** `owner` or `owner/repo`. */
  scope: string
  /** Trust policy name: `.github/chainguard/{identity}.sts.yaml`. */
  identity: string
  /** STS host[:port]; requests go to https://{domain}. */
  domain: string
  /** OIDC audience to request (defaults to `domain`). */
  audience: string
  /** GitHub API base URL used to revoke the token, without a trailing slash. */
  githubApiUrl: string
  revoke: boolean
  timeoutSeconds: number
  dryRun: boolean
}

export const DEFAULT_TIMEOUT_SECONDS = 60
// GitHub's OIDC tokens live minutes; the whole step must finish well inside that.
export const MAX_TIMEOUT_SECONDS = 300

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

const shown = (value: string): string => `"${sanitize(value, 80)}"`

function validateScope(scope: string): string | undefined {
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

function validateIdentity(identity: string): string | undefined {
  if (!identity)
    return 'is required: the trust policy name, e.g. `deploy` for `.github/chainguard/deploy.sts.yaml`.'
  if (
    identity.length > 200 ||
    /[/\\]/.test(identity) ||
    CONTROL_OR_SPACE.test(identity) ||
    LONE_SURROGATE.test(identity) ||
    identity === '.' ||
    identity === '..'
  ) {
    return `is ${shown(identity)}: expected a policy file name without the \`.sts.yaml\` suffix, no \`/\`, \`\\\`, spaces or control characters, e.g. \`deploy\` for \`.github/chainguard/deploy.sts.yaml\`.`
  }
  return undefined
}

function validateDomain(domain: string): string | undefined {
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

function validateApiUrl(value: string): string | undefined {
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

/** A YAML 1.2 core boolean, as the runner's own boolean inputs read it; `fallback` when empty. */
export function parseBoolean(value: string, fallback: boolean): boolean | undefined {
  if (value === '') return fallback
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  return undefined
}

/**
 * Reads and validates every input. `env` supplies GITHUB_API_URL when the input is empty
 * (outside a workflow the `${{ github.api_url }}` default is not expanded).
 */
export function readInputs(
  getInput: (name: string) => string,
  env: Readonly<Record<string, string | undefined>>
): Inputs {
  const problems: string[] = []
  const check = (name: string, problem: string | undefined): void => {
    if (problem) problems.push(`\`${name}\` ${problem}`)
  }
  const scope = getInput('scope')
  const identity = getInput('identity')
  const domain = (getInput('domain') || DEFAULT_DOMAIN).toLowerCase()
  const audience = getInput('audience') || domain
  const githubApiUrl = (
    getInput('github-api-url') ||
    env.GITHUB_API_URL ||
    'https://api.github.com'
  ).replace(/\/+$/, '')
  check('scope', validateScope(scope))
  check('identity', validateIdentity(identity))
  const domainProblem = validateDomain(domain)
  check('domain', domainProblem)
  // An audience taken from a bad domain is that domain's problem, reported once.
  const audienceGiven = getInput('audience') !== ''
  if (
    (audienceGiven || !domainProblem) &&
    (audience.length > 256 || CONTROL_OR_SPACE.test(audience))
  ) {
    check(
      'audience',
      `is ${shown(audience)}: expected one audience value without spaces, e.g. \`octo-sts.dev\`.`
    )
  }
  check('github-api-url', validateApiUrl(githubApiUrl))
  const booleans = { revoke: true, 'dry-run': false }
  const parsed: Record<string, boolean> = {}
  for (const [name, fallback] of Object.entries(booleans)) {
    const value = getInput(name)
    const b = parseBoolean(value, fallback)
    if (b === undefined) check(name, `is ${shown(value)}: expected \`true\` or \`false\`.`)
    parsed[name] = b ?? fallback
  }
  const timeoutRaw = getInput('timeout-seconds')
  const timeoutSeconds = timeoutRaw === '' ? DEFAULT_TIMEOUT_SECONDS : Number(timeoutRaw)
  if (!/^\d*$/.test(timeoutRaw) || timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
    check(
      'timeout-seconds',
      `is ${shown(timeoutRaw)}: expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, e.g. \`60\`.`
    )
  }
  if (problems.length) {
    throw new ActionError(
      'input',
      problems.length === 1
        ? `Invalid input: ${problems[0]}`
        : `Invalid inputs:\n- ${problems.join('\n- ')}`,
      "Fix the step's `with:` block; no request was made."
    )
  }
  return {
    scope,
    identity,
    domain,
    audience,
    githubApiUrl,
    revoke: parsed.revoke ?? true,
    timeoutSeconds,
    dryRun: parsed['dry-run'] ?? false
  }
}
