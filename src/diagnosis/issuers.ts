// The OIDC issuers besides GitHub Actions whose tokens Octo STS commonly sees, recognised by
// their claims (self-managed GitLab and Terraform Enterprise have their own issuer URLs), and
// the claims their trust policies commonly match. GitHub's tokens, and tokens of issuers not
// listed here, are none of these: they keep GitHub's display and suggestion.

export type IssuerKind = 'gitlab' | 'buildkite' | 'kubernetes' | 'circleci' | 'terraform'

export interface IssuerProfile {
  kind: IssuerKind
  /** The platform, for prose. */
  name: string
  /** The claims its policies usually match on besides iss, sub and aud, in a useful order. */
  claims: readonly string[]
}

const PROFILES: Record<IssuerKind, IssuerProfile> = {
  gitlab: {
    kind: 'gitlab',
    name: 'GitLab CI',
    claims: [
      'project_path',
      'namespace_path',
      'ref',
      'ref_type',
      'ref_protected',
      'pipeline_source',
      'environment',
      'environment_protected',
      'ci_config_ref_uri'
    ]
  },
  buildkite: {
    kind: 'buildkite',
    name: 'Buildkite',
    claims: [
      'organization_slug',
      'pipeline_slug',
      'build_branch',
      'build_tag',
      'build_source',
      'step_key'
    ]
  },
  kubernetes: { kind: 'kubernetes', name: 'Kubernetes', claims: ['kubernetes.io'] },
  circleci: {
    kind: 'circleci',
    name: 'CircleCI',
    claims: [
      'oidc.circleci.com/project-id',
      'oidc.circleci.com/vcs-origin',
      'oidc.circleci.com/vcs-ref',
      'oidc.circleci.com/context-ids'
    ]
  },
  terraform: {
    kind: 'terraform',
    name: 'HCP Terraform',
    claims: [
      'terraform_organization_name',
      'terraform_project_name',
      'terraform_workspace_name',
      'terraform_run_phase',
      'terraform_full_workspace'
    ]
  }
}

const has = (claims: Readonly<Record<string, unknown>>, name: string): boolean =>
  Object.prototype.hasOwnProperty.call(claims, name)

const text = (v: unknown): string => (typeof v === 'string' ? v : '')

/** Which known non-GitHub issuer minted a token with these claims, if any. */
export function issuerProfile(
  claims: Readonly<Record<string, unknown>>
): IssuerProfile | undefined {
  const iss = text(claims.iss)
  const sub = text(claims.sub)
  if (
    has(claims, 'project_path') &&
    (has(claims, 'pipeline_source') || has(claims, 'namespace_path'))
  )
    return PROFILES.gitlab
  if (
    iss === 'https://agent.buildkite.com' ||
    (has(claims, 'organization_slug') && has(claims, 'pipeline_slug'))
  )
    return PROFILES.buildkite
  if (sub.startsWith('system:serviceaccount:') || has(claims, 'kubernetes.io'))
    return PROFILES.kubernetes
  if (iss.startsWith('https://oidc.circleci.com/') || has(claims, 'oidc.circleci.com/project-id'))
    return PROFILES.circleci
  if (has(claims, 'terraform_organization_name') && has(claims, 'terraform_workspace_name'))
    return PROFILES.terraform
  return undefined
}
