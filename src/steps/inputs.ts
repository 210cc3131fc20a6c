// Inputs are read and validated before any network call; every problem is reported at once,
// naming the input and showing a valid example. Values that pass are safe to place in a URL
// query (they are still percent-encoded) and cannot select another policy file.
import { ActionError } from '../errors.js'
import { DEFAULT_DOMAIN, DEFAULT_ORG_POLICY_REPO } from '../sts/request.js'
import {
  DEFAULT_API_URL,
  parseBoolean,
  parseTimeout,
  shown,
  trimApiUrl,
  validateApiUrl,
  validateAudience,
  validateDomain,
  validateIdentity,
  validateOrgPolicyRepo,
  validateScope
} from '../sts/names.js'

export interface Inputs {
  /** `owner` or `owner/repo`. */
  scope: string
  /** Trust policy name: `.github/chainguard/{identity}.sts.yaml`. */
  identity: string
  /** STS host[:port]; requests go to https://{domain}. */
  domain: string
  /** OIDC audience to request (defaults to `domain`). */
  audience: string
  /** The server's org policy repository (`ORG_POLICY_REPO`), `.github` by default. */
  orgPolicyRepo: string
  /** GitHub API base URL used to revoke the token, without a trailing slash. */
  githubApiUrl: string
  revoke: boolean
  timeoutSeconds: number
  dryRun: boolean
}

export { DEFAULT_TIMEOUT_SECONDS, MAX_TIMEOUT_SECONDS } from '../sts/names.js'

export { parseBoolean } from '../sts/names.js'

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
  const orgPolicyRepo = getInput('org-policy-repository') || DEFAULT_ORG_POLICY_REPO
  const githubApiUrl = trimApiUrl(
    getInput('github-api-url') || env.GITHUB_API_URL || DEFAULT_API_URL
  )
  check('scope', validateScope(scope))
  check('identity', validateIdentity(identity))
  const domainProblem = validateDomain(domain)
  check('domain', domainProblem)
  // An audience taken from a bad domain is that domain's problem, reported once.
  const audienceGiven = getInput('audience') !== ''
  if (audienceGiven || !domainProblem) check('audience', validateAudience(audience))
  check('org-policy-repository', validateOrgPolicyRepo(orgPolicyRepo))
  check('github-api-url', validateApiUrl(githubApiUrl))
  const booleans = { revoke: true, 'dry-run': false }
  const parsed: Record<string, boolean> = {}
  for (const [name, fallback] of Object.entries(booleans)) {
    const value = getInput(name)
    const b = parseBoolean(value, fallback)
    if (b === undefined) check(name, `is ${shown(value)}: expected \`true\` or \`false\`.`)
    parsed[name] = b ?? fallback
  }
  const timeout = parseTimeout(getInput('timeout-seconds'))
  check('timeout-seconds', timeout.problem)
  const timeoutSeconds = timeout.seconds
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
    orgPolicyRepo,
    githubApiUrl,
    revoke: parsed.revoke ?? true,
    timeoutSeconds,
    dryRun: parsed['dry-run'] ?? false
  }
}
