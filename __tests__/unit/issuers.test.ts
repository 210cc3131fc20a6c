// Tokens from issuers other than GitHub Actions: the claims display shows what their policies
// match on, and the suggested policy (its issuer and subject from the token) is one the
// server accepts and that admits that very token, and not a neighbour's.
import { describe, expect, it } from '@jest/globals'
import { decidingClaims } from '../../src/diagnosis/claims.js'
import { issuerProfile } from '../../src/diagnosis/issuers.js'
import { suggestPolicy } from '../../src/diagnosis/suggested-policy.js'
import { explainPolicy } from '../../src/policy/index.js'
import { GITHUB_CLAIMS } from './helpers/tokens.js'
import {
  BUILDKITE,
  CIRCLECI,
  CIRCLECI_ORG,
  GITLAB,
  KUBERNETES,
  TERRAFORM
} from '../fixtures/issuer-claims.js'

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
