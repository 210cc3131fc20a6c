// What an exchange asks for, and where the server looks for the trust policy that decides it.
// These are the server's rules, shared by every front end (the action, the command line).

/** The hosted Octo STS; also the default audience. */
export const DEFAULT_DOMAIN = 'octo-sts.dev'

export interface ExchangeContext {
  scope: string
  identity: string
  domain: string
  audience: string
  /** The OIDC token's `iss`, when known (display only). */
  issuer?: string
}

/** The folder of a repository the server reads trust policies (and the allowlist) from. */
export const POLICY_DIR = '.github/chainguard'

/** Where an organization's OIDC issuer allowlist lives, in its policy repository. */
export const ALLOWLIST_PATH = `${POLICY_DIR}/trusted-token-issuers.yaml`

/** The repository the STS reads the policy from: the repo itself, or the org's `.github`. */
export function policyLocation(scope: string, identity: string): { repo: string; path: string } {
  return {
    repo: scope.split('/')[1] ? scope : orgRepo(scopeOwner(scope)),
    path: `${POLICY_DIR}/${identity}.sts.yaml`
  }
}

/** The owner (user or organization) of a scope, `owner` or `owner/repo`. */
export const scopeOwner = (scope: string): string => scope.split('/')[0] ?? scope

/** The org's `.github` repository: its org policies and its issuer allowlist live there. */
export const orgRepo = (owner: string): string => `${owner}/.github`

/**
 * `owner/repo` is the org's `.github` repository, whose policies are org policies (where
 * `repositories` is allowed): the server reads scope `org/.github` as the org's.
 */
export const isOrgPolicyRepo = (repo: string): boolean =>
  repo.split('/')[1]?.toLowerCase() === '.github'
