// Tokens from issuers other than GitHub Actions: the claims display shows what their policies
// match on, and the suggested policy (its issuer and subject from the token) is one the
// server accepts and that admits that very token, and not a neighbour's.
import { describe, expect, it } from '@jest/globals'
import { decidingClaims } from '../../src/diagnosis/claims.js'
import { issuerProfile } from '../../src/diagnosis/issuers.js'
import { suggestPolicy } from '../../src/diagnosis/suggested-policy.js'
import { explainPolicy } from '../../src/policy/index.js'
import { GITHUB_CLAIMS } from './helpers/tokens.js'

const now = 1764633600
const times = { iat: now, nbf: now, exp: now + 300 }

// Claim sets as the platforms document them (values invented).
const GITLAB = {
  namespace_id: '72',
  namespace_path: 'acme/platform',
  project_id: '1024',
  project_path: 'acme/platform/widgets',
  user_id: '7',
  user_login: 'alice',
  user_email: 'alice@example.com',
  user_access_level: 'developer',
  pipeline_id: '555',
  pipeline_source: 'push',
  job_id: '9001',
  ref: 'main',
  ref_type: 'branch',
  ref_path: 'refs/heads/main',
  ref_protected: 'true',
  runner_id: 3,
  runner_environment: 'gitlab-hosted',
  sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  ci_config_ref_uri: 'gitlab.com/acme/platform/widgets//.gitlab-ci.yml@refs/heads/main',
  ci_config_sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  project_visibility: 'private',
  jti: '0f2e8a6c-1111-2222-3333-444455556666',
  iss: 'https://gitlab.com',
  sub: 'project_path:acme/platform/widgets:ref_type:branch:ref:main',
  aud: 'octo-sts.dev',
  ...times
}

const BUILDKITE = {
  iss: 'https://agent.buildkite.com',
  sub: 'organization:acme:pipeline:deploy:ref:refs/heads/main:commit:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b:step:release',
  aud: 'octo-sts.dev',
  organization_slug: 'acme',
  pipeline_slug: 'deploy',
  build_number: 42,
  build_branch: 'main',
  build_tag: null,
  build_commit: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b',
  build_source: 'webhook',
  step_key: 'release',
  job_id: '0184990a-477b-4fa8-9968-496074483cee',
  agent_id: '0184990a-4782-42b5-afc1-16715b10b8ff',
  ...times
}

const KUBERNETES = {
  iss: 'https://oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789',
  sub: 'system:serviceaccount:ci:octo-sts',
  aud: ['octo-sts.dev'],
  'kubernetes.io': {
    namespace: 'ci',
    pod: { name: 'rotate-29012345-abcde', uid: 'b2a1c3d4-0000-1111-2222-333344445555' },
    serviceaccount: { name: 'octo-sts', uid: 'c3d4e5f6-0000-1111-2222-333344445555' }
  },
  ...times
}

const CIRCLECI_ORG = 'bb2d5a4c-0c3e-4ba8-9b4b-6f1c0f2a9d11'
const CIRCLECI = {
  iss: `https://oidc.circleci.com/org/${CIRCLECI_ORG}`,
  sub: `org/${CIRCLECI_ORG}/project/5f0a7c2e-1b3d-4e5f-8a9b-0c1d2e3f4a5b/user/7c6b5a49-3827-4615-9a8b-7c6d5e4f3a2b/vcs-origin/github.com/acme/widgets/vcs-ref/refs/heads/main`,
  aud: CIRCLECI_ORG,
  'oidc.circleci.com/project-id': '5f0a7c2e-1b3d-4e5f-8a9b-0c1d2e3f4a5b',
  'oidc.circleci.com/context-ids': ['d1e2f3a4-0000-1111-2222-333344445555'],
  'oidc.circleci.com/vcs-origin': 'github.com/acme/widgets',
  'oidc.circleci.com/vcs-ref': 'refs/heads/main',
  'oidc.circleci.com/ssh-rerun': false,
  ...times
}

const TERRAFORM = {
  jti: '1192426d-b525-4fde-9d81-ae0b1a1a4f9c',
  iss: 'https://app.terraform.io',
  aud: 'octo-sts.dev',
  sub: 'organization:acme:project:platform:workspace:widgets-prod:run_phase:apply',
  terraform_run_phase: 'apply',
  terraform_workspace_id: 'ws-mbsd5E3Ktt5Rg2Xm',
  terraform_workspace_name: 'widgets-prod',
  terraform_organization_id: 'org-GRNbCjYNpBB6NEH9',
  terraform_organization_name: 'acme',
  terraform_project_id: 'prj-vegSA59s1XPwMr2t',
  terraform_project_name: 'platform',
  terraform_run_id: 'run-X3n1AUXNGWbfECsJ',
  terraform_full_workspace: 'organization:acme:project:platform:workspace:widgets-prod',
  ...times
}

const CTX = { scope: 'acme/widgets', identity: 'deploy', domain: 'octo-sts.dev' }

/** The suggestion for `claims`, with the audience an exchange of this token would use. */
function suggestion(claims: Record<string, unknown>) {
  const aud = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud
  return suggestPolicy(claims, { ...CTX, audience: String(aud) })
}

const verdict = (yaml: string, claims: Record<string, unknown>) =>
  explainPolicy(yaml, JSON.stringify(claims), CTX.domain)

/** The policy with its first commented `key:` line enabled, and `replaced` removed. */
const uncomment = (yaml: string, key: string, replaced: string): string =>
  yaml
    .split('\n')
    .filter(l => !l.startsWith(`${replaced}:`))
    .join('\n')
    .replace(new RegExp(`^# (${key}:.*)$`, 'm'), '$1')

const names = (claims: Record<string, unknown>): string[] => decidingClaims(claims).map(r => r.name)

describe('issuers other than GitHub Actions', () => {
  it.each([
    ['gitlab', GITLAB],
    ['buildkite', BUILDKITE],
    ['kubernetes', KUBERNETES],
    ['circleci', CIRCLECI],
    ['terraform', TERRAFORM]
  ])('recognises %s tokens by their claims', (kind, claims) => {
    expect(issuerProfile(claims)?.kind).toBe(kind)
  })

  it('leaves GitHub tokens (and unknown issuers) to GitHub’s display', () => {
    expect(issuerProfile(GITHUB_CLAIMS)).toBeUndefined()
    expect(issuerProfile({ iss: 'https://idp.example.com', sub: 'x', aud: 'y' })).toBeUndefined()
    expect(names(GITHUB_CLAIMS)).toEqual(['iss', 'sub', 'aud', 'repository', 'ref', 'event_name'])
  })

  it.each([
    [
      'GitLab',
      GITLAB,
      [
        'iss',
        'sub',
        'aud',
        'project_path',
        'namespace_path',
        'ref',
        'ref_type',
        'ref_protected',
        'pipeline_source',
        'ci_config_ref_uri'
      ]
    ],
    [
      'Buildkite',
      BUILDKITE,
      [
        'iss',
        'sub',
        'aud',
        'organization_slug',
        'pipeline_slug',
        'build_branch',
        'build_tag',
        'build_source',
        'step_key'
      ]
    ],
    ['Kubernetes', KUBERNETES, ['iss', 'sub', 'aud', 'kubernetes.io']],
    [
      'CircleCI',
      CIRCLECI,
      [
        'iss',
        'sub',
        'aud',
        'oidc.circleci.com/project-id',
        'oidc.circleci.com/vcs-origin',
        'oidc.circleci.com/vcs-ref',
        'oidc.circleci.com/context-ids'
      ]
    ],
    [
      'HCP Terraform',
      TERRAFORM,
      [
        'iss',
        'sub',
        'aud',
        'terraform_organization_name',
        'terraform_project_name',
        'terraform_workspace_name',
        'terraform_run_phase',
        'terraform_full_workspace'
      ]
    ]
  ])('shows the claims %s policies match on', (_name, claims, expected) => {
    expect(names(claims)).toEqual(expected)
  })

  it.each([
    ['GitLab', GITLAB, 'https://gitlab.com'],
    ['Buildkite', BUILDKITE, 'https://agent.buildkite.com'],
    ['Kubernetes', KUBERNETES, KUBERNETES.iss],
    ['CircleCI', CIRCLECI, CIRCLECI.iss],
    ['HCP Terraform', TERRAFORM, 'https://app.terraform.io']
  ])(
    'suggests a policy for %s that the server accepts and that admits the token',
    (_n, claims, iss) => {
      const s = suggestion(claims)
      expect(s.yaml).toContain(`issuer: ${iss}`)
      const v = verdict(s.yaml, claims)
      expect(v.findings).toEqual([])
      expect(v.verdict).toBe('allow')
      expect(v.warnings).toEqual([])
    }
  )

  it('GitLab: the exact subject, or every branch of the project', () => {
    const s = suggestion(GITLAB)
    expect(s.yaml).toContain('subject: project_path:acme/platform/widgets:ref_type:branch:ref:main')
    const every = uncomment(s.yaml, 'subject_pattern', 'subject')
    expect(every).toContain(
      'subject_pattern: project_path:acme/platform/widgets:ref_type:branch:ref:.+'
    )
    const feature = {
      ...GITLAB,
      sub: 'project_path:acme/platform/widgets:ref_type:branch:ref:feat'
    }
    expect(verdict(s.yaml, feature).verdict).toBe('deny')
    expect(verdict(every, feature).verdict).toBe('allow')
    // neither admits another project, nor a tag
    const other = { ...GITLAB, sub: 'project_path:acme/platform/widgets2:ref_type:branch:ref:main' }
    const tag = { ...GITLAB, sub: 'project_path:acme/platform/widgets:ref_type:tag:ref:v1' }
    for (const c of [other, tag]) expect(verdict(every, c).verdict).toBe('deny')
  })

  it('Buildkite: any commit of this pipeline, branch and step (the commit is in the subject)', () => {
    const s = suggestion(BUILDKITE)
    expect(s.yaml).not.toMatch(/^subject:/m)
    expect(s.yaml).toContain(
      "subject_pattern: 'organization:acme:pipeline:deploy:ref:refs/heads/main:commit:[^:]+:step:release'"
    )
    const sub = (commit: string, step = 'release', ref = 'refs/heads/main') =>
      `organization:acme:pipeline:deploy:ref:${ref}:commit:${commit}:step:${step}`
    const next = { ...BUILDKITE, sub: sub('0'.repeat(40)) }
    expect(verdict(s.yaml, next).verdict).toBe('allow')
    for (const bad of [sub('0'.repeat(40), 'test'), sub('0'.repeat(40), 'release', 'refs/heads/x')])
      expect(verdict(s.yaml, { ...BUILDKITE, sub: bad }).verdict).toBe('deny')
    const anyStep = s.yaml
      .replace(/^subject_pattern:.*\n/m, '')
      .replace(/^# (subject_pattern:.*)$/m, '$1')
    expect(verdict(anyStep, { ...BUILDKITE, sub: sub('1'.repeat(40), 'test') }).verdict).toBe(
      'allow'
    )
  })

  it('CircleCI: the exact subject (with the audience the token carries), or any user', () => {
    const s = suggestion(CIRCLECI)
    expect(s.yaml).toContain(`audience: ${CIRCLECI_ORG}`)
    const anyUser = uncomment(s.yaml, 'subject_pattern', 'subject')
    const other = { ...CIRCLECI, sub: CIRCLECI.sub.replace(/user\/[^/]+/, 'user/someone-else') }
    expect(verdict(s.yaml, other).verdict).toBe('deny')
    expect(verdict(anyUser, other).verdict).toBe('allow')
    const branch = { ...CIRCLECI, sub: CIRCLECI.sub.replace(/refs\/heads\/main$/, 'refs/heads/x') }
    expect(verdict(anyUser, branch).verdict).toBe('deny')
  })

  it('HCP Terraform: this run phase, or both', () => {
    const s = suggestion(TERRAFORM)
    expect(s.yaml).toContain(
      'subject: organization:acme:project:platform:workspace:widgets-prod:run_phase:apply'
    )
    const plan = { ...TERRAFORM, sub: TERRAFORM.sub.replace(/apply$/, 'plan') }
    expect(verdict(s.yaml, plan).verdict).toBe('deny')
    const both = uncomment(s.yaml, 'subject_pattern', 'subject')
    expect(verdict(both, plan).verdict).toBe('allow')
    expect(
      verdict(both, { ...TERRAFORM, sub: TERRAFORM.sub.replace('widgets-prod', 'w') }).verdict
    ).toBe('deny')
  })

  it('warns when the token’s subject is one the server refuses (HCP Terraform project names with spaces)', () => {
    const sub = 'organization:acme:project:Default Project:workspace:w:run_phase:apply'
    const s = suggestion({ ...TERRAFORM, sub })
    expect(s.warnings.join('\n')).toContain('the server refuses it')
    expect(verdict(s.yaml, { ...TERRAFORM, sub }).findings[0]?.reason).toBe(
      'invalid subject in token'
    )
  })

  it('Kubernetes: exactly the service account', () => {
    const s = suggestion(KUBERNETES)
    expect(s.yaml).toContain('subject: system:serviceaccount:ci:octo-sts')
    expect(s.yaml).not.toContain('subject_pattern')
  })
})
