import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { parse } from 'yaml'
import {
  everyRefPattern,
  quoteMeta,
  suggestPolicy,
  workflowPattern,
  yamlScalar
} from '../../src/diagnosis/suggested-policy.js'
import { compileAnchored, legacyPatternNote } from '../../src/policy/index.js'
import { BUILDKITE, CIRCLECI, GITLAB, KUBERNETES, TERRAFORM } from '../fixtures/issuer-claims.js'

const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/widgets:ref:refs/heads/main',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  ref: 'refs/heads/main',
  event_name: 'push',
  job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main'
}

/** The policy with a commented line enabled the way an editor does it: `# ` removed. */
const uncomment = (yaml: string, key: string): string =>
  yaml.replace(new RegExp(`^(\\s*)# (\\s*${key}:.*)$`, 'm'), '$1$2')

/** As today's server matches (alone, then `^(?:pattern)$`): the engine's one definition. */
const matches = (pattern: string, value: string): boolean => compileAnchored(pattern).test(value)

describe('suggestPolicy', () => {
  it('admits exactly this workflow: real issuer, exact subject, placeholder permissions', () => {
    const s = suggestPolicy(CLAIMS, CTX)
    expect(s.repo).toBe('acme/widgets')
    expect(s.path).toBe('.github/chainguard/deploy.sts.yaml')
    expect(s.warnings).toEqual([])
    expect(parse(s.yaml)).toEqual({
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:acme/widgets:ref:refs/heads/main',
      permissions: { contents: 'read' }
    })
    expect(s.yaml).toBe(
      [
        '# .github/chainguard/deploy.sts.yaml on the default branch of acme/widgets',
        '# Admits exactly this workflow: review it before you commit it.',
        'issuer: https://token.actions.githubusercontent.com',
        'subject: repo:acme/widgets:ref:refs/heads/main',
        '# Or, instead of subject, every branch of the repository (broader: anyone who can push one gets the token):',
        "# subject_pattern: 'repo:acme/widgets:ref:refs/heads/.*'",
        '# To also pin the workflow file (other workflows with this subject are then refused):',
        '# claim_pattern:',
        "#   job_workflow_ref: 'acme/widgets/\\.github/workflows/release\\.yml@refs/heads/main'",
        'permissions:',
        '  contents: read # replace with what the job needs, snake_case: pull_requests: write, issues: write…'
      ].join('\n')
    )
  })

  it('has commented alternatives that parse and admit this workflow', () => {
    const s = suggestPolicy(CLAIMS, CTX)
    const branches = parse(uncomment(s.yaml, 'subject_pattern')) as Record<string, string>
    expect(matches(branches.subject_pattern ?? '', CLAIMS.sub)).toBe(true)
    expect(
      matches(branches.subject_pattern ?? '', 'repo:acme/widgets:ref:refs/heads/feature/x')
    ).toBe(true)
    expect(matches(branches.subject_pattern ?? '', 'repo:acme/widgetsX:ref:refs/heads/main')).toBe(
      false
    )
    const pinned = parse(uncomment(uncomment(s.yaml, 'claim_pattern'), 'job_workflow_ref')) as {
      claim_pattern: Record<string, string>
    }
    const ref = pinned.claim_pattern.job_workflow_ref ?? ''
    expect(matches(ref, CLAIMS.job_workflow_ref)).toBe(true)
    expect(matches(ref, 'acme/widgets/.github/workflows/releaseXyml@refs/heads/main')).toBe(false)
  })

  it('warns about pull_request subjects and pins event_name', () => {
    const s = suggestPolicy(
      {
        ...CLAIMS,
        sub: 'repo:acme/widgets:pull_request',
        event_name: 'pull_request',
        job_workflow_ref: 'acme/widgets/.github/workflows/ci.yml@refs/pull/7/merge'
      },
      CTX
    )
    expect(s.warnings).toHaveLength(1)
    expect(s.warnings[0]).toMatch(/pull_request_target/)
    expect(s.warnings[0]).toMatch(/forks/)
    const policy = parse(s.yaml) as Record<string, unknown>
    expect(policy.subject).toBe('repo:acme/widgets:pull_request')
    expect(policy.claim_pattern).toEqual({ event_name: 'pull_request' })
    expect(s.yaml).not.toMatch(/subject_pattern/)
    const pinned = parse(uncomment(s.yaml, 'job_workflow_ref')) as {
      claim_pattern: Record<string, string>
    }
    expect(pinned.claim_pattern.job_workflow_ref).toBe(
      'acme/widgets/\\.github/workflows/ci\\.yml@refs/pull/[0-9]+/merge'
    )
  })

  it('warns harder for a pull_request_target run and does not pin the event', () => {
    const s = suggestPolicy(
      { ...CLAIMS, sub: 'repo:acme/widgets:pull_request', event_name: 'pull_request_target' },
      CTX
    )
    expect(s.warnings[0]).toMatch(/This is a `pull_request_target` run/)
    expect((parse(s.yaml) as Record<string, unknown>).claim_pattern).toBeUndefined()
  })

  it('names the audience when it is not the STS domain, and the org .github repo for org scopes', () => {
    const s = suggestPolicy(CLAIMS, { ...CTX, scope: 'acme', audience: 'custom-aud' })
    expect(s.repo).toBe('acme/.github')
    const policy = parse(s.yaml) as Record<string, unknown>
    expect(policy.audience).toBe('custom-aud')
    expect(s.yaml).toMatch(/^# repositories:\n# {3}- widgets$/m)
  })

  it('environment subjects get no every-branch alternative', () => {
    const s = suggestPolicy({ ...CLAIMS, sub: 'repo:acme/widgets:environment:prod' }, CTX)
    expect((parse(s.yaml) as Record<string, unknown>).subject).toBe(
      'repo:acme/widgets:environment:prod'
    )
    expect(s.yaml).not.toMatch(/subject_pattern/)
  })

  it('never prints an unsafe claim, and says what to do instead', () => {
    const s = suggestPolicy({ ...CLAIMS, sub: 'repo:a/b:ref:refs/heads/x\n::error::y' }, CTX)
    expect(s.yaml).not.toMatch(/::error/)
    expect(s.yaml).toMatch(/^subject: REPLACE-WITH-THE-SUB-CLAIM$/m)
    expect(s.warnings[0]).toMatch(/cannot be shown safely/)
    const noIss = suggestPolicy({ sub: 'x' }, CTX)
    expect(noIss.yaml).toMatch(/^issuer: https:\/\/token\.actions\.githubusercontent\.com$/m)
    expect(noIss.warnings[0]).toMatch(/no `iss` claim/)
  })

  it('any printable subject round-trips through YAML exactly', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), sub => {
        const s = suggestPolicy({ ...CLAIMS, sub }, CTX)
        const policy = parse(s.yaml) as Record<string, unknown>
        if (!s.warnings.length) expect(policy.subject).toBe(sub)
        else expect(policy.subject).toBe('REPLACE-WITH-THE-SUB-CLAIM')
      })
    )
  })
})

describe('helpers', () => {
  it('yamlScalar quotes what YAML would read differently', () => {
    for (const s of ['true', 'no', '123', '1e3', 'a: b', 'a #b', '-x', "it's", 'x:', '~', '']) {
      expect(parse(`k: ${yamlScalar(s)}`)).toEqual({ k: s })
    }
    expect(yamlScalar('repo:a/b:ref:refs/heads/main')).toBe('repo:a/b:ref:refs/heads/main')
  })

  it('quoteMeta makes a pattern that matches only its input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        expect(matches(quoteMeta(a), a)).toBe(true)
        expect(matches(quoteMeta(a), b)).toBe(a === b)
      })
    )
  })

  it('everyRefPattern covers branches and tags, keeping customized subject parts', () => {
    expect(everyRefPattern('repo:a/b:ref:refs/tags/v1')).toEqual({
      pattern: 'repo:a/b:ref:refs/tags/.*',
      what: 'every tag'
    })
    const custom = everyRefPattern('repo:a/b:ref:refs/heads/main:workflow:ci.yml')
    expect(custom?.pattern).toBe('repo:a/b:ref:refs/heads/[^:]+:workflow:ci\\.yml')
    expect(everyRefPattern('repo:a/b:pull_request')).toBeUndefined()
    expect(workflowPattern('o/r/.github/workflows/x.yml@refs/heads/main')).toBe(
      'o/r/\\.github/workflows/x\\.yml@refs/heads/main'
    )
  })
})

describe('suggested patterns mean what they say on every server', () => {
  const PR = { ...CLAIMS, sub: 'repo:acme/widgets:pull_request', event_name: 'pull_request' }
  const TAG = { ...CLAIMS, sub: 'repo:acme/widgets:ref:refs/tags/v1', ref: 'refs/tags/v1' }
  const ENV = { ...CLAIMS, sub: 'repo:acme/widgets:environment:prod:ref:refs/heads/main' }
  const cases = { CLAIMS, PR, TAG, ENV, GITLAB, BUILDKITE, CIRCLECI, KUBERNETES, TERRAFORM }

  it.each(Object.entries(cases))(
    '%s: every pattern, commented or not, admits the token and reads alike before 2026-09',
    (_name, claims) => {
      const s = suggestPolicy(claims as Record<string, unknown>, CTX)
      const lines = s.yaml.split('\n').map(l => l.replace(/^\s*#\s?/, ''))
      const patterns = lines.flatMap(l => {
        const m = /^\s*(subject_pattern|event_name|job_workflow_ref): (.+)$/.exec(l)
        if (!m?.[1] || !m[2]) return []
        const value = parse(m[2]) as unknown
        return typeof value === 'string' ? [[m[1], value] as const] : []
      })
      for (const [field, pattern] of patterns) {
        // A top-level | would be anchored today and not on older servers: none is suggested.
        expect(legacyPatternNote(field, pattern)).toBeUndefined()
        const value =
          field === 'subject_pattern' ? claims.sub : (claims as Record<string, unknown>)[field]
        if (field === 'job_workflow_ref' || typeof value !== 'string') continue
        expect(matches(pattern, value)).toBe(true)
      }
    }
  )

  it('a pattern with a top-level | would be noted (the check above can fail)', () => {
    expect(legacyPatternNote('subject_pattern', 'plan|apply')).toBeDefined()
    expect(legacyPatternNote('subject_pattern', 'x:(plan|apply)')).toBeUndefined()
  })
})
