// lintPolicy: every problem of a policy file, at its line, for the validate action.
import { describe, expect, it } from '@jest/globals'
import { hasTopLevelAlternation, lintPolicy } from '../../src/policy/index.js'
import type { Problem } from '../../src/policy/index.js'

const GH = 'https://token.actions.githubusercontent.com'
const lines = (...l: string[]): string => l.join('\n') + '\n'
const repoPolicy = (text: string): Problem[] => lintPolicy(text, { isOrgPolicy: false })
const summary = (ps: Problem[]): Array<[string, string | undefined, number | undefined]> =>
  ps.map(p => [p.severity, p.field, p.line])

describe('lintPolicy', () => {
  it('finds nothing in a good, narrow policy', () => {
    expect(
      repoPolicy(
        lines(
          '# Release workflow on main only.',
          `issuer: ${GH}`,
          'subject: repo:org/app:ref:refs/heads/main',
          'claim_pattern:',
          '  job_workflow_ref: org/app/\\.github/workflows/release\\.yml@refs/heads/main',
          'permissions:',
          '  contents: write',
          '  pull_requests: read'
        )
      )
    ).toEqual([])
  })

  it('reports YAML errors with their line and nothing else', () => {
    const ps = repoPolicy(lines(`issuer: ${GH}`, 'subject: [unclosed', 'permissions: {}'))
    expect(ps).toHaveLength(1)
    expect(ps[0]).toMatchObject({ severity: 'error' })
    expect(ps[0]?.message).toMatch(/^YAML error: /)
    expect(ps[0]?.line).toBeGreaterThanOrEqual(2)
  })

  it('reports unknown keys, exactly-one-of rules and RE2 errors together, in line order', () => {
    const ps = repoPolicy(
      lines(
        `issuer: ${GH}`,
        `issuer_pattern: https://token\\.actions\\.githubusercontent\\.com`,
        'subject_pattern: repo:org/app:ref:refs/heads/(?!main)',
        'claims:',
        '  ref: x',
        'permissions:',
        '  contents: read'
      )
    )
    expect(summary(ps)).toEqual([
      ['error', 'issuer_pattern', 2],
      ['error', 'subject_pattern', 3],
      ['error', 'claims', 4]
    ])
    expect(ps[0]?.message).toContain('only one of issuer or issuer_pattern can be set, got both')
    expect(ps[1]?.message).toContain('error parsing regexp: invalid or unsupported Perl syntax')
    expect(ps[2]?.message).toContain('Did you mean "claim_pattern"?')
  })

  it('checks permission names and levels', () => {
    const ps = repoPolicy(
      lines(
        `issuer: ${GH}`,
        'subject: repo:org/app:ref:refs/heads/main',
        'permissions:',
        '  contents: read',
        '  pull-requests: write',
        '  issues: rw',
        '  checks: none',
        '  workflows: admin',
        '  enterprise_people: read'
      )
    )
    expect(summary(ps)).toEqual([
      ['error', 'permissions["pull-requests"]', 5],
      ['error', 'permissions["issues"]', 6],
      ['error', 'permissions["checks"]', 7],
      ['error', 'permissions["enterprise_people"]', 9]
    ])
    expect(ps[0]?.message).toContain('Did you mean "pull_requests"?')
    expect(ps[1]?.message).toContain('only read, write or admin')
  })

  it('warns when no permissions are listed, at the first line (an annotation needs one)', () => {
    const ps = repoPolicy(lines(`issuer: ${GH}`, 'subject: repo:org/app:ref:refs/heads/main'))
    expect(summary(ps)).toEqual([['warning', 'permissions', 1]])
  })

  it('places every problem about the whole file or an unwritten field on a line', () => {
    // An empty `permissions:` is the key the warning concerns: it is annotated there.
    const empty = repoPolicy(
      lines(
        '# narrow',
        `issuer: ${GH}`,
        'subject: repo:org/app:ref:refs/heads/main',
        'permissions: {}'
      )
    )
    expect(empty.map(p => [p.field, p.line, p.column])).toEqual([['permissions', 4, 1]])
    // No subject at all, an empty file, a file of comments: all at line 1.
    for (const text of [lines(`issuer: ${GH}`, 'permissions: {contents: read}'), '', '# x\n']) {
      const ps = repoPolicy(text)
      expect(ps.length).toBeGreaterThan(0)
      for (const p of ps) expect(p.line).toBeGreaterThanOrEqual(1)
    }
  })

  it('allows repositories only in org policies, as bare names', () => {
    const text = lines(
      `issuer: ${GH}`,
      'subject: repo:org/app:ref:refs/heads/main',
      'permissions: {contents: read}',
      'repositories:',
      '  - app',
      '  - org/other',
      '  - ""'
    )
    expect(summary(repoPolicy(text))).toEqual([['error', 'repositories', 4]])
    expect(summary(lintPolicy(text, { isOrgPolicy: true }))).toEqual([
      ['error', 'repositories[1]', 6],
      ['error', 'repositories[2]', 7]
    ])
  })

  it('finds literal values no token can carry', () => {
    const ps = repoPolicy(
      lines(
        'issuer: token.actions.githubusercontent.com',
        'subject: repo:org/app:ref:refs/heads/my branch',
        'audience: a@b',
        'permissions: {contents: read}'
      )
    )
    expect(summary(ps)).toEqual([
      ['error', 'issuer', 1],
      ['error', 'subject', 2],
      ['error', 'audience', 3]
    ])
    expect(
      summary(repoPolicy(lines(`issuer: ${GH}/`, 'subject: x', 'permissions: {a: read}')))
    ).toEqual([
      ['error', 'issuer', 1],
      ['error', 'permissions["a"]', 3]
    ])
  })

  describe('risky policies (warnings)', () => {
    // A policy whose only notable field is `field: value` (plus `extra` lines), at line 2.
    const risky = (field: string, value: string, ...extra: string[]): Problem[] =>
      repoPolicy(
        lines(
          field.startsWith('issuer') ? 'subject: x' : `issuer: ${GH}`,
          `${field}: ${JSON.stringify(value)}`,
          ...(field.startsWith('subject') || field.startsWith('issuer') ? [] : ['subject: x']),
          'permissions: {contents: read}',
          ...extra
        )
      )

    it('a subject_pattern admitting any repository of any owner', () => {
      for (const p of ['.*', 'repo:.*', 'repo:.*:ref:refs/heads/main', '.+']) {
        const ps = risky('subject_pattern', p)
        expect(summary(ps)).toEqual([['warning', 'subject_pattern', 2]])
        expect(ps[0]?.message).toContain('any repository of any owner')
      }
    })

    it('a subject_pattern admitting any repository of the org', () => {
      const ps = risky('subject_pattern', 'repo:org/.*')
      expect(summary(ps)).toEqual([['warning', 'subject_pattern', 2]])
      expect(ps[0]?.message).toContain('any repository of org')
      // Pinned to a reusable workflow: intended, no warning.
      expect(
        risky(
          'subject_pattern',
          'repo:org/.*',
          'claim_pattern:',
          '  job_workflow_ref: org/workflows/\\.github/workflows/deploy\\.yml@refs/heads/main'
        )
      ).toEqual([])
    })

    it('immutable subjects: the same warnings, probed in the pattern’s form', () => {
      for (const p of ['repo:org@1001/.*', 'repo:org(?:@1001)?/.*']) {
        const ps = risky('subject_pattern', p)
        expect(summary(ps)).toEqual([['warning', 'subject_pattern', 2]])
        expect(ps[0]?.message).toContain(
          'any repository of org (it matches "repo:org@1001/zz-probe-repo@1:ref:refs/heads/main")'
        )
      }
      expect(
        risky('subject_pattern', 'repo:org@1001/app@2002:ref:refs/heads/.*')[0]?.message
      ).toContain('admits any branch of org@1001/app@2002')
      expect(risky('subject_pattern', 'repo:org@1001/app@2002:ref:refs/heads/main')).toEqual([])
    })

    it('a subject_pattern admitting any ref', () => {
      const ps = risky('subject_pattern', 'repo:org/app:.*')
      expect(summary(ps)).toEqual([
        ['warning', 'subject_pattern', 2],
        ['warning', 'subject_pattern', 2]
      ])
      expect(ps[0]?.message).toContain('any branch, any tag, any environment of org/app')
      expect(ps[1]?.message).toContain('pull_request_target')
      expect(risky('subject_pattern', 'repo:org/app:ref:refs/heads/.*')[0]?.message).toContain(
        'admits any branch of org/app'
      )
      expect(
        risky(
          'subject_pattern',
          'repo:org/app:ref:refs/heads/.*',
          'claim_pattern: {ref_protected: "true"}'
        )
      ).toEqual([])
      expect(risky('subject_pattern', 'repo:org/app:ref:refs/heads/release-[0-9]+')).toEqual([])
    })

    it('a top-level | is no warning: today it is anchored; a note says older servers are not', () => {
      const ps = risky(
        'subject_pattern',
        'repo:org/app:ref:refs/heads/main|repo:org/app:ref:refs/heads/dev',
        'claim_pattern:',
        '  event_name: push|workflow_dispatch',
        '  ref: (refs/heads/main|refs/heads/dev)'
      )
      expect(summary(ps)).toEqual([
        ['note', 'subject_pattern', 2],
        ['note', 'claim_pattern["event_name"]', 5]
      ])
      expect(ps.some(p => p.severity === 'warning')).toBe(false)
      expect(ps[0]?.message).toContain("today's server anchors every alternative (^(?:…)$)")
      expect(ps[0]?.message).toContain(
        'servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older) compile "^repo:org/app:ref:refs/heads/main|repo:org/app:ref:refs/heads/dev$"'
      )
      expect(ps[1]?.message).toContain('group it: "(?:push|workflow_dispatch)"')
    })

    it('notes an m flag outside a group, which changed the old final $', () => {
      const ps = risky('subject_pattern', '(?m)repo:org/app:ref:refs/heads/main')
      expect(summary(ps)).toEqual([['note', 'subject_pattern', 2]])
      expect(ps[0]?.message).toContain('sets the m flag outside a group')
      expect(risky('subject_pattern', '(?m:repo:org/app:ref:refs/heads/main)')).toEqual([])
      expect(risky('subject_pattern', '(?i)repo:org/app:ref:refs/heads/main')).toEqual([])
    })

    it('a pattern that only compiled inside the old wrapper is an error that says so', () => {
      const ps = risky('subject_pattern', 'repo:org/app:ref:refs/heads/main\\')
      expect(summary(ps)).toEqual([['error', 'subject_pattern', 2]])
      expect(ps[0]?.message).toContain('trailing backslash at end of expression: ``')
      expect(ps[0]?.message).toContain(
        'servers released before 2026-09 compiled it as "^repo:org/app:ref:refs/heads/main\\\\$" and accepted it'
      )
    })

    it('an issuer_pattern admitting any issuer or other hosts', () => {
      expect(risky('issuer_pattern', '.*')[0]?.message).toContain('admits any issuer')
      expect(risky('issuer_pattern', 'https://.*')[0]?.message).toContain('admits any issuer')
      expect(
        risky('issuer_pattern', 'https://token\\.actions\\.githubusercontent\\.com.*')[0]?.message
      ).toContain('admits other hosts')
      expect(
        risky('issuer_pattern', 'https://token.actions.githubusercontent.com(/[a-z]+)?')[0]?.message
      ).toContain('unescaped "."')
      expect(
        risky('issuer_pattern', 'https://token\\.actions\\.githubusercontent\\.com(/org)?')
      ).toEqual([])
    })

    it('an audience_pattern admitting any audience', () => {
      expect(summary(risky('audience_pattern', '.*'))).toEqual([['warning', 'audience_pattern', 2]])
    })

    it('pull_request subjects, unless event_name excludes pull_request_target', () => {
      const ps = risky('subject', 'repo:org/app:pull_request')
      expect(summary(ps)).toEqual([['warning', 'subject', 2]])
      expect(ps[0]?.message).toContain('pull_request_target')
      expect(
        risky('subject', 'repo:org/app:pull_request', 'claim_pattern: {event_name: pull_request}')
      ).toEqual([])
      expect(
        summary(risky('subject_pattern', 'repo:org/app:(pull_request|ref:refs/heads/main)'))
      ).toEqual([['warning', 'subject_pattern', 2]])
    })
  })
})

describe('lintPolicy: patterns it cannot reason about', () => {
  it('stays quiet on narrow or non-GitHub subject patterns', () => {
    const lint = (subject: string, ...extra: string[]): Problem[] =>
      repoPolicy(
        lines(
          `issuer: ${GH}`,
          `subject_pattern: ${JSON.stringify(subject)}`,
          'permissions: {contents: read}',
          ...extra
        )
      )
    expect(lint('[0-9]{10}')).toEqual([])
    expect(lint('repo:(org|other)/app:ref:refs/heads/main')).toEqual([])
    expect(lint('repo:org/(app|lib):ref:refs/heads/main')).toEqual([])
    expect(lint('repo:org/app\\.js:ref:refs/heads/main')).toEqual([])
    // Any repository, but only through one reusable workflow or one repository claim.
    expect(
      lint(
        '.*',
        "claim_pattern: {job_workflow_ref: 'org/ci/\\.github/workflows/x\\.yml@refs/heads/main'}"
      )
    ).toEqual([])
    expect(lint('.*', 'claim_pattern: {repository: org/app}')).toEqual([])
  })

  it('stays quiet on an issuer_pattern naming one host', () => {
    const lint = (p: string): Problem[] =>
      repoPolicy(
        lines(`issuer_pattern: ${JSON.stringify(p)}`, 'subject: x', 'permissions: {contents: read}')
      )
    expect(lint('https://token\\.actions\\.githubusercontent\\.com/[a-z]+')).toEqual([])
    expect(lint('(https://a\\.example|https://b\\.example)')).toEqual([])
  })

  it('orders problems by line and column', () => {
    const ps = repoPolicy(
      lines(`issuer: ${GH}`, 'subject: x', 'permissions: {zz: read, contents: rw}')
    )
    expect(ps.map(p => [p.field, p.line, p.column])).toEqual([
      ['permissions["zz"]', 3, 15],
      ['permissions["contents"]', 3, 25]
    ])
  })
})

describe('hasTopLevelAlternation', () => {
  it.each([
    ['a|b', true],
    ['(a|b)', false],
    ['(a)|b', true],
    ['[|]', false],
    ['[]|]', false],
    ['[[:alpha:]|]x', false],
    ['a\\|b', false],
    ['\\Qa|b\\E', false],
    ['(?:a|b)c|d', true],
    ['[^|]|x', true],
    ['[\\]|]', false],
    ['\\Qa|b', false],
    ['[[:alpha:]', false]
  ])('%s → %s', (p, expected) => {
    expect(hasTopLevelAlternation(p)).toBe(expected)
  })
})
