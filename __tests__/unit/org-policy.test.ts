// Whether a policy is an org policy (where `repositories` is allowed) is one rule, read by the
// suggested policy, the local check and `check --scope` alike: they once disagreed on scope
// `acme/.github`. The server compares the scope's repository with its ORG_POLICY_REPO byte for
// byte, so `acme/.GitHub` is a repository policy, and a server reading org policies from
// another repository moves the rule there.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkLocalPolicy } from '../../src/diagnosis/local-check.js'
import { suggestPolicy } from '../../src/diagnosis/suggested-policy.js'
import { hostsOrgPolicies, policyLocation } from '../../src/sts/request.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/widgets:ref:refs/heads/main',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets'
}
const POLICY = [
  `issuer: ${CLAIMS.iss}`,
  `subject: ${CLAIMS.sub}`,
  'permissions:',
  '  contents: read',
  'repositories:',
  '  - widgets'
].join('\n')

/** Whether the local check accepts `repositories` in the policy for `scope`. */
async function localCheckAllowsRepositories(
  scope: string,
  orgPolicyRepo?: string
): Promise<boolean> {
  const { repo, path } = policyLocation(scope, 'deploy', orgPolicyRepo)
  const ws = mkdtempSync(join(tmpdir(), 'org-policy-'))
  dirs.push(ws)
  mkdirSync(join(ws, path, '..'), { recursive: true })
  writeFileSync(join(ws, path), POLICY)
  const env = { GITHUB_REPOSITORY: repo, GITHUB_WORKSPACE: ws }
  const ctx = { scope, identity: 'deploy', domain: 'octo-sts.dev', orgPolicyRepo }
  const check = await checkLocalPolicy(env, ctx, JSON.stringify(CLAIMS))
  if (check.status !== 'checked') throw new Error(`not checked: ${check.status}`)
  return check.verdict !== 'unparseable'
}

const suggestsRepositories = (scope: string, orgPolicyRepo?: string): boolean =>
  /^# repositories:$/m.test(
    suggestPolicy(CLAIMS, {
      scope,
      identity: 'deploy',
      domain: 'octo-sts.dev',
      audience: 'octo-sts.dev',
      orgPolicyRepo
    }).yaml
  )

describe('org policies: the suggested policy and the local check agree', () => {
  it.each([
    ['acme', true],
    ['acme/.github', true],
    ['acme/.GitHub', false],
    ['acme/widgets', false],
    ['acme/github', false]
  ])('scope %s: repositories allowed = %s', async (scope, org) => {
    expect(suggestsRepositories(scope)).toBe(org)
    expect(await localCheckAllowsRepositories(scope)).toBe(org)
  })

  it.each([
    ['acme', true],
    ['acme/policies', true],
    ['acme/Policies', false],
    ['acme/.github', false],
    ['acme/widgets', false]
  ])(
    'a server with ORG_POLICY_REPO=policies, scope %s: repositories allowed = %s',
    async (scope, org) => {
      expect(suggestsRepositories(scope, 'policies')).toBe(org)
      expect(await localCheckAllowsRepositories(scope, 'policies')).toBe(org)
    }
  )

  it('an org scope is read from the configured repository', () => {
    expect(policyLocation('acme', 'deploy').repo).toBe('acme/.github')
    expect(policyLocation('acme', 'deploy', 'policies').repo).toBe('acme/policies')
    expect(policyLocation('acme/widgets', 'deploy', 'policies').repo).toBe('acme/widgets')
  })

  it('a repository named as GitHub names it hosts the org policies whatever its case', () => {
    expect(hostsOrgPolicies('acme/.GitHub')).toBe(true)
    expect(hostsOrgPolicies('acme/Policies', 'policies')).toBe(true)
    expect(hostsOrgPolicies('acme/.github', 'policies')).toBe(false)
    expect(hostsOrgPolicies('acme/widgets')).toBe(false)
  })
})
