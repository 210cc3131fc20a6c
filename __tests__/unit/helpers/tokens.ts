// Token-shaped test values: an unsigned JWT with given claims, and a GitHub-like token.
const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')

/** header.payload.signature with the claims readable (the signature is random-looking filler). */
export function fakeJwt(
  claims: Record<string, unknown> = {},
  signature = 'c2lnbmF0dXJlLWJ5dGVz'
): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'test' })}.${b64url(claims)}.${signature}`
}

export const GITHUB_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/widgets:ref:refs/heads/main',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  repository_owner: 'acme',
  ref: 'refs/heads/main',
  event_name: 'push'
}

/** A minted-token look-alike; unique per label so a leak names which one leaked. */
export const ghsToken = (label = 'a'): string =>
  `ghs_${Buffer.from(`token-${label}-0123456789abcdef`).toString('hex').slice(0, 36)}`

/** The OIDC token as main hands it to the report: display claims and the payload text. */
export const idToken = (claims: Record<string, unknown>) => ({
  claims,
  payload: JSON.stringify(claims)
})
