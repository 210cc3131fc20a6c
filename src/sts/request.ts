// What an exchange asks for, and where the server looks for the trust policy that decides it.
// These are the server's rules, shared by every front end (the action, the command line).

/** The hosted Octo STS; also the default audience. */
export const DEFAULT_DOMAIN = 'octo-sts.dev'

/**
 * The repository of an organization that holds its org policies and its issuer allowlist:
 * the server's `ORG_POLICY_REPO` setting (octo-sts/app#1283), `.github` unless a self-hosted
 * server was started with another.
 */
export const DEFAULT_ORG_POLICY_REPO = '.github'

export interface ExchangeContext {
  scope: string
  identity: string
  domain: string
  audience: string
  /** The server's org policy repository (`ORG_POLICY_REPO`); DEFAULT_ORG_POLICY_REPO when unset. */
  orgPolicyRepo?: string
  /** The OIDC token's `iss`, when known (display only). */
  issuer?: string
}

/** The folder of a repository the server reads trust policies (and the allowlist) from. */
export const POLICY_DIR = '.github/chainguard'

/** Where an organization's OIDC issuer allowlist lives, in its policy repository. */
export const ALLOWLIST_PATH = `${POLICY_DIR}/trusted-token-issuers.yaml`

/**
 * The repository the STS reads the policy from: the repo itself, or for an org scope the
 * org's policy repository (`orgPolicyRepo`, `.github` by default).
 */
export function policyLocation(
  scope: string,
  identity: string,
  orgPolicyRepo: string = DEFAULT_ORG_POLICY_REPO
): { repo: string; path: string } {
  return {
    repo: scope.split('/')[1] ? scope : orgRepo(scopeOwner(scope), orgPolicyRepo),
    path: `${POLICY_DIR}/${identity}.sts.yaml`
  }
}

/** The owner (user or organization) of a scope, `owner` or `owner/repo`. */
export const scopeOwner = (scope: string): string => scope.split('/')[0] ?? scope

/** The org's policy repository: its org policies and its issuer allowlist live there. */
export const orgRepo = (owner: string, orgPolicyRepo: string = DEFAULT_ORG_POLICY_REPO): string =>
  `${owner}/${orgPolicyRepo || DEFAULT_ORG_POLICY_REPO}`

/**
 * The repository of a scope (`owner/repo`, as `policyLocation` gives it) is the org's policy
 * repository, so its policies are read as org policies (where `repositories` is allowed): the
 * server reads scope `org/.github` as the org's. It compares the name byte for byte
 * (`repo == ORG_POLICY_REPO` in Go), so scope `org/.GitHub`, which GitHub resolves to the same
 * repository, is read as a repository policy.
 */
export const isOrgPolicyRepo = (
  repo: string,
  orgPolicyRepo: string = DEFAULT_ORG_POLICY_REPO
): boolean => repo.split('/')[1] === (orgPolicyRepo || DEFAULT_ORG_POLICY_REPO)

/**
 * A repository, named as GitHub names it (`GITHUB_REPOSITORY`, a checkout's folder), is where
 * the server reads the org's policies for an org scope: GitHub resolves repository names
 * case-insensitively, so `org/.GitHub` is `org/.github` there. Not for a scope's name: that
 * is `isOrgPolicyRepo`, byte for byte.
 */
export const hostsOrgPolicies = (
  repository: string,
  orgPolicyRepo: string = DEFAULT_ORG_POLICY_REPO
): boolean =>
  repository.split('/')[1]?.toLowerCase() ===
  (orgPolicyRepo || DEFAULT_ORG_POLICY_REPO).toLowerCase()
