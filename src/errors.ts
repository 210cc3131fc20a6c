// Failures the user sees. Each one says what happened, why, and what to do next; the class
// (`kind`) lets the diagnosis and the job summary add detail without re-parsing text.

export type FailureKind =
  | 'input' // an input is missing or malformed
  | 'oidc-permission' // the job cannot request an OIDC token
  | 'oidc' // the runner's token endpoint failed
  | 'request-rejected' // the STS refused the request's form (a header or parameter)
  | 'identity-refused' // the STS refused `identity` itself: not one file name (octo-sts/app#1683)
  | 'token-claims-invalid' // the token's iss/sub/aud fail the STS's format checks
  | 'org-not-configured' // a server for several orgs has no GitHub App for this owner
  | 'app-not-installed'
  | 'issuer-not-allowed' // the org's issuer allowlist does not list the token's issuer
  | 'issuer-allowlist-invalid' // the org's issuer allowlist is unusable
  | 'issuer-allowlist-unavailable' // reading the org's issuer allowlist was rate limited/failed
  | 'policy-not-found'
  | 'policy-read-denied' // GitHub refused the STS read access to the policy (403)
  | 'policy-rate-limited' // reading the policy hit GitHub's rate limit
  | 'policy-invalid' // unparseable or uncompilable trust policy
  | 'policy-mismatch' // the token's claims do not satisfy the policy
  | 'permissions-refused' // GitHub refused the policy's permissions/repositories
  | 'token-rejected' // the STS could not verify the OIDC token (audience, issuer, expiry)
  | 'rate-limited'
  | 'unavailable' // the service answered with a transient server error
  | 'server-error' // the STS failed on its own side: its GitHub App or its configuration
  | 'network' // no answer: connection, DNS, proxy, TLS
  | 'timeout'
  | 'protocol' // an answer we cannot use: redirect, oversize, malformed
  | 'unexpected'

export class ActionError extends Error {
  override readonly name = 'ActionError'
  constructor(
    readonly kind: FailureKind,
    /** What happened, one sentence. */
    readonly what: string,
    /** What to do next, one or two sentences. */
    readonly fix: string,
    readonly details: {
      status?: number
      serverMessage?: string
      service?: string
      retryable?: boolean
      retryAfterMs?: number
    } = {}
  ) {
    super(fix ? `${what}\n${fix}` : what)
  }
}

export const isActionError = (e: unknown): e is ActionError => e instanceof ActionError
