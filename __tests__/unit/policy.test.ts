// The trust-policy engine beyond the server's vectors: RE2 (not JavaScript) semantics, today's
// anchoring (alone, then ^(?:pattern)$) and where servers before 2026-09 differ, strict parsing as sigs.k8s.io/yaml does it, the server's message formats,
// and explanations that name every failing field.
import { describe, expect, it } from '@jest/globals'
import {
  checkToken,
  compileAnchored,
  compileLegacy,
  compilePartial,
  compilePolicy,
  explainPolicy,
  explainToken,
  goQuote,
  isValidAudience,
  isValidIssuer,
  isValidSubject,
  legacyVerdictLine,
  parsePolicy
} from '../../src/policy/index.js'
import type { CompiledPolicy, TrustPolicy } from '../../src/policy/index.js'
import { formatFloat32 } from '../../src/policy/goformat.js'

const GH = 'https://token.actions.githubusercontent.com'
const DOMAIN = 'octo-sts.dev'

const compiled = (policy: TrustPolicy): CompiledPolicy => {
  const { compiled, errors } = compilePolicy(policy)
  if (!compiled) throw new Error(errors.map(e => e.message).join('; '))
  return compiled
}

const token = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  iss: GH,
  sub: 'repo:org/app:ref:refs/heads/main',
  aud: DOMAIN,
  repository: 'org/app',
  ref: 'refs/heads/main',
  event_name: 'push',
  ...extra
})

const subjectMatches = (pattern: string, sub: string): boolean =>
  checkToken(compiled({ issuer: GH, subject_pattern: pattern }), token({ sub }), DOMAIN).allow

describe('patterns are Go RE2 compiled alone, then as ^(?:pattern)$ (octo-sts/app#1643)', () => {
  it('anchors a plain pattern at both ends', () => {
    expect(
      subjectMatches('repo:org/app:ref:refs/heads/main', 'repo:org/app:ref:refs/heads/main')
    ).toBe(true)
    expect(
      subjectMatches('repo:org/app:ref:refs/heads/main', 'repo:org/app:ref:refs/heads/main2')
    ).toBe(false)
    expect(
      subjectMatches('repo:org/app:ref:refs/heads/main', 'xrepo:org/app:ref:refs/heads/main')
    ).toBe(false)
  })

  it('anchors every alternative of a top-level | at both ends', () => {
    const p = 'repo:org/app:ref:refs/heads/main|repo:org/app:ref:refs/heads/dev'
    expect(subjectMatches(p, 'repo:org/app:ref:refs/heads/main')).toBe(true)
    expect(subjectMatches(p, 'repo:org/app:ref:refs/heads/dev')).toBe(true)
    expect(subjectMatches(p, 'repo:org/app:ref:refs/heads/main-anything')).toBe(false)
    expect(subjectMatches(p, 'repo:evil/x:environment:repo:org/app:ref:refs/heads/dev')).toBe(false)
    expect(compileAnchored('a|b').test('a-and-more')).toBe(false)
    expect(compileAnchored('a|b').test('more-b')).toBe(false)
    expect(compileAnchored('a|').test('')).toBe(true)
    expect(compileAnchored('a|').test('x')).toBe(false)
    expect(compileAnchored('^a$').test('a')).toBe(true)
    expect(compileAnchored('').test('')).toBe(true)
    expect(compileAnchored('').test('x')).toBe(false)
  })

  it('keeps an inline flag inside the group: (?m) does not turn the final $ into end of line', () => {
    expect(compileAnchored('(?m)main').test('main')).toBe(true)
    expect(compileAnchored('(?m)main').test('main\nx')).toBe(false)
    expect(compileAnchored('(?i)MAIN').test('main')).toBe(true)
  })

  it('compiles the pattern alone first: what only compiled inside a wrapper is an error', () => {
    // `a\` escaped the old wrapper's `$`; `\Qa` quotes the new wrapper's `)$`; `a)|(` would
    // close the new group early and admit everything.
    expect(() => compileAnchored('a\\')).toThrow(
      'error parsing regexp: trailing backslash at end of expression: ``'
    )
    expect(() => compileAnchored('a)|(')).toThrow('error parsing regexp: unexpected ): `a)|(`')
    expect(() => compileAnchored('(a')).toThrow('error parsing regexp: missing closing ): `(a`')
    expect(() => compileAnchored('\\Qabc')).toThrow(
      'error parsing regexp: missing closing ): `^(?:\\Qabc)$`'
    )
    const { errors } = compilePolicy({ issuer: GH, subject_pattern: 'a\\' })
    expect(errors.map(e => e.message)).toEqual([
      'invalid subject_pattern: error parsing regexp: trailing backslash at end of expression: `` (servers released before 2026-09 compiled it as "^a\\\\$" and accepted it; today\'s server compiles the pattern alone first)'
    ])
    const claim = compilePolicy({ issuer: GH, subject: 's', claim_pattern: { ref: '\\Qmain' } })
    expect(claim.errors[0]?.message).toMatch(
      /^error compiling claim_pattern\["ref"\]: error parsing regexp: missing closing \): .* \(servers released before 2026-09 compiled it as "\^\\\\Qmain\$" and accepted it/
    )
  })

  it('still knows the old reading, for the notes about older servers', () => {
    expect(compileLegacy('a|b').test('a-and-more')).toBe(true)
    expect(compileLegacy('a|b').test('more-b')).toBe(true)
    expect(compileLegacy('(?m)main').test('main\nx')).toBe(true)
    expect(compileLegacy('(a|b)').test('a-and-more')).toBe(false)
    expect(compileLegacy('a\\').test('a$')).toBe(true)
  })

  it('treats $ as end of text, not before a final newline (Go, unlike JS with m)', () => {
    expect(compileAnchored('abc').test('abc\n')).toBe(false)
    expect(compileAnchored('.').test('\n')).toBe(false)
  })

  it('accepts RE2 syntax that JavaScript RegExp lacks or reads differently', () => {
    expect(compileAnchored('(?i)REPO:ORG/.*').test('repo:org/x')).toBe(true)
    expect(compileAnchored('(?P<owner>[a-z]+)/app').test('org/app')).toBe(true)
    expect(compileAnchored('main\\z').test('main')).toBe(true)
    expect(compileAnchored('[[:alpha:]]+').test('abc')).toBe(true)
    expect(compileAnchored('[[:alpha:]]+').test('ab1')).toBe(false)
    expect(compileAnchored('\\Qa.b\\E').test('a.b')).toBe(true)
    expect(compileAnchored('\\Qa.b\\E').test('axb')).toBe(false)
    // JavaScript would read `[[:alpha:]]` as a class of `[:alph` followed by `]`.
    expect(new RegExp('^[[:alpha:]]+$').test('abc')).toBe(false)
  })

  it('rejects what RE2 does not have, with Go error text', () => {
    expect(() => compileAnchored('(?=a)a')).toThrow(
      'error parsing regexp: invalid or unsupported Perl syntax: `(?=`'
    )
    expect(() => compileAnchored('(a)\\1')).toThrow('invalid escape sequence')
    expect(() => compileAnchored('a{1001}')).toThrow('invalid repeat count')
    expect(() => compileAnchored('a**')).toThrow('invalid nested repetition operator')
    const { errors } = compilePolicy({ issuer: GH, subject_pattern: '(?<=x)y' })
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/^invalid subject_pattern: error parsing regexp: /)
  })
})

describe('compilePolicy', () => {
  it('reports every problem, the server’s first', () => {
    const { compiled: c, errors } = compilePolicy({
      issuer: GH,
      issuer_pattern: '.*',
      subject_pattern: '(',
      audience: 'a',
      audience_pattern: 'b',
      claim_pattern: { a: '[', b: 'ok' }
    })
    expect(c).toBeUndefined()
    expect(errors.map(e => e.field)).toEqual([
      'issuer_pattern',
      'subject_pattern',
      'audience_pattern',
      'claim_pattern["a"]'
    ])
    expect(errors[0]?.message).toContain(
      'only one of issuer or issuer_pattern can be set, got both'
    )
    expect(errors[2]?.message).toContain('only one of audience or audience_pattern can be set')
    expect(errors[3]?.message).toMatch(
      /^error compiling claim_pattern\["a"\]: error parsing regexp: missing closing \]/
    )
  })

  it('treats empty strings as unset, as Go does', () => {
    expect(compilePolicy({ issuer: '', issuer_pattern: '.*', subject: 'x' }).errors).toEqual([])
    expect(compilePolicy({ issuer: GH, subject: '' }).errors[0]?.message).toContain(
      'one of subject or subject_pattern must be set, got neither'
    )
  })
})

describe('checkToken: the server’s order and messages', () => {
  const policy = compiled({
    issuer: GH,
    subject: 'repo:org/app:ref:refs/heads/main',
    claim_pattern: { event_name: 'push', ref_protected: 'true' }
  })

  it('admits a matching token (aud as a string or a list, booleans as "true")', () => {
    expect(checkToken(policy, token({ ref_protected: true }), DOMAIN)).toEqual({ allow: true })
    expect(checkToken(policy, token({ ref_protected: true, aud: ['x', DOMAIN] }), DOMAIN)).toEqual({
      allow: true
    })
  })

  it('checks issuer, then subject, then audience, then claims', () => {
    const all = token({ iss: 'https://other.example', sub: 'repo:x/y:pull_request', aud: 'x' })
    expect(checkToken(policy, all, DOMAIN)).toEqual({
      allow: false,
      reason: `issuer "https://other.example" did not match "${GH}"`
    })
    expect(checkToken(policy, { ...all, iss: GH }, DOMAIN)).toEqual({
      allow: false,
      reason: 'subject "repo:x/y:pull_request" did not match "repo:org/app:ref:refs/heads/main"'
    })
    expect(checkToken(policy, token({ aud: ['sigstore', 'x'] }), DOMAIN)).toEqual({
      allow: false,
      reason: 'audience "octo-sts.dev" did not match any of ["sigstore" "x"]'
    })
    expect(checkToken(policy, token({ aud: [] }), DOMAIN)).toEqual({
      allow: false,
      reason: 'audience "octo-sts.dev" did not match any of []'
    })
  })

  it('uses the policy audience instead of the domain when it has one', () => {
    const p = compiled({ issuer: GH, subject_pattern: '.*', audience: 'custom' })
    expect(checkToken(p, token({ aud: 'custom' }), DOMAIN).allow).toBe(true)
    expect(checkToken(p, token(), DOMAIN)).toEqual({
      allow: false,
      reason: 'audience "custom" did not match any of ["octo-sts.dev"]'
    })
  })

  it('denies missing, null, numeric and list claims; shows the anchored pattern on a mismatch', () => {
    const p = compiled({ issuer: GH, subject_pattern: '.*', claim_pattern: { x: '\\d+' } })
    expect(checkToken(p, token(), DOMAIN)).toEqual({
      allow: false,
      reason: 'expected claim "x" not found in token'
    })
    for (const x of [null, 21, ['1'], { a: 1 }]) {
      expect(checkToken(p, token({ x }), DOMAIN)).toEqual({
        allow: false,
        reason: 'expected claim "x" not a string'
      })
    }
    expect(checkToken(p, token({ x: 'abc' }), DOMAIN)).toEqual({
      allow: false,
      reason: 'claim "x" did not match "^(?:\\\\d+)$"'
    })
    expect(checkToken(p, token({ x: '21' }), DOMAIN).allow).toBe(true)
    // Claim names the server quotes with Go escapes.
    const odd = compiled({ issuer: GH, subject_pattern: '.*', claim_pattern: { 'a\u0007"b': 'x' } })
    expect(checkToken(odd, token(), DOMAIN)).toEqual({
      allow: false,
      reason: 'expected claim "a\\a\\"b" not found in token'
    })
    expect(checkToken(odd, token({ 'a\u0007"b': 'x' }), DOMAIN).allow).toBe(true)
    // A claim inherited from Object.prototype is not a claim.
    const q = compiled({ issuer: GH, subject_pattern: '.*', claim_pattern: { toString: '.*' } })
    expect(checkToken(q, token(), DOMAIN).allow).toBe(false)
  })

  it('refuses tokens whose iss, sub or aud the server finds malformed', () => {
    const p = compiled({ issuer_pattern: '.*', subject_pattern: '.*', audience_pattern: '.*' })
    expect(checkToken(p, token({ iss: 'http://example.com' }), DOMAIN)).toEqual({
      allow: false,
      reason: 'invalid issuer in token'
    })
    expect(checkToken(p, token({ sub: 'has space' }), DOMAIN)).toEqual({
      allow: false,
      reason: 'invalid subject in token'
    })
    expect(checkToken(p, token({ aud: ['ok', 'a@b'] }), DOMAIN)).toEqual({
      allow: false,
      reason: 'invalid audience in token'
    })
    expect(checkToken(p, {}, DOMAIN)).toEqual({ allow: false, reason: 'invalid issuer in token' })
  })

  it('refuses to decide on a policy that did not fully compile', () => {
    const { compiled: partial } = compilePartial({ issuer: GH, subject_pattern: '(' })
    expect(partial.complete).toBe(false)
    expect(checkToken(partial, token(), DOMAIN)).toEqual({
      allow: false,
      reason: 'policy did not compile'
    })
  })

  it('quotes values the way Go %q does', () => {
    const p = compiled({ issuer: GH, subject: 'a' })
    expect(checkToken(p, token({ sub: 'é' }), DOMAIN)).toEqual({
      allow: false,
      reason: 'subject "é" did not match "a"'
    })
    expect(goQuote('é"\\')).toBe('"é\\"\\\\"')
    expect(goQuote('a\nb\u0000\u200b😀')).toBe('"a\\nb\\x00\\u200b😀"')
  })
})

describe('explainToken: every failing field', () => {
  it('lists issuer, subject, audience and each claim at once, with lines', () => {
    const text = [
      `issuer: ${GH}`,
      'subject_pattern: repo:org/app:ref:refs/heads/(main|release)',
      'audience: custom',
      'claim_pattern:',
      '  event_name: push',
      '  ref_protected: "true"',
      '  environment: prod',
      '  run_attempt: "1"',
      'permissions:',
      '  contents: read'
    ].join('\n')
    const parsed = parsePolicy(text)
    expect(parsed.errors).toEqual([])
    const { compiled: c } = compilePolicy(parsed.policy ?? {}, parsed.positions)
    if (!c) throw new Error('did not compile')
    const findings = explainToken(
      c,
      token({
        iss: 'https://example.com',
        sub: 'repo:org/app:ref:refs/heads/feature',
        event_name: 'pull_request',
        ref_protected: false,
        run_attempt: 1
      }),
      DOMAIN
    )
    expect(findings).toEqual([
      {
        field: 'issuer',
        expected: GH,
        actual: 'https://example.com',
        reason: `issuer "https://example.com" did not match "${GH}"`,
        line: 1
      },
      {
        field: 'subject_pattern',
        pattern: 'repo:org/app:ref:refs/heads/(main|release)',
        actual: 'repo:org/app:ref:refs/heads/feature',
        reason:
          'subject "repo:org/app:ref:refs/heads/feature" did not match pattern "repo:org/app:ref:refs/heads/(main|release)"',
        line: 2
      },
      {
        field: 'audience',
        expected: 'custom',
        actual: '["octo-sts.dev"]',
        reason: 'audience "custom" did not match any of ["octo-sts.dev"]',
        line: 3
      },
      {
        field: 'claim_pattern["event_name"]',
        pattern: 'push',
        actual: 'pull_request',
        reason: 'claim "event_name" did not match "^(?:push)$"',
        line: 5
      },
      {
        field: 'claim_pattern["ref_protected"]',
        pattern: 'true',
        actual: 'false',
        reason: 'claim "ref_protected" did not match "^(?:true)$"',
        line: 6
      },
      {
        field: 'claim_pattern["environment"]',
        pattern: 'prod',
        reason: 'expected claim "environment" not found in token',
        line: 7
      },
      {
        field: 'claim_pattern["run_attempt"]',
        pattern: '1',
        actual: '1',
        reason: 'expected claim "run_attempt" not a string',
        line: 8
      }
    ])
    // checkToken's reason is the first finding's.
    expect(checkToken(c, token({ iss: 'https://example.com' }), DOMAIN)).toMatchObject({
      reason: findings[0]?.reason
    })
  })

  it('is empty for an admitted token', () => {
    expect(explainToken(compiled({ issuer: GH, subject_pattern: '.*' }), token(), DOMAIN)).toEqual(
      []
    )
  })
})

describe('explainPolicy: the file and the token together', () => {
  it('reports an unknown key, a bad regex and both subject fields, then still evaluates the rest', () => {
    const text = [
      `issuer: ${GH}`,
      'subject: repo:org/app:ref:refs/heads/main',
      'subject_pattern: repo:org/app:.*',
      'claim_pattern:',
      '  workflow: "["',
      '  event_name: push',
      'permission:',
      '  contents: read'
    ].join('\n')
    const e = explainPolicy(text, token({ event_name: 'schedule' }), DOMAIN)
    expect(e.verdict).toBe('unparseable')
    expect(e.findings.map(f => [f.field, f.line])).toEqual([
      ['permission', 7],
      ['subject_pattern', 3],
      ['claim_pattern["workflow"]', 5],
      ['claim_pattern["event_name"]', 6]
    ])
    expect(e.findings[0]?.reason).toContain('Did you mean "permissions"?')
    expect(e.findings[1]?.reason).toContain('only one of subject or subject_pattern')
    expect(e.findings[2]?.reason).toContain('error parsing regexp')
    expect(e.findings[3]?.reason).toBe('claim "event_name" did not match "^(?:push)$"')
  })

  it('says uncompilable, deny or allow like the server would', () => {
    expect(explainPolicy(`issuer: ${GH}\nsubject_pattern: "("`, token(), DOMAIN).verdict).toBe(
      'uncompilable'
    )
    expect(explainPolicy(`issuer: ${GH}\nsubject: nope`, token(), DOMAIN).verdict).toBe('deny')
    expect(
      explainPolicy(`issuer: ${GH}\nsubject: repo:org/app:ref:refs/heads/main`, token(), DOMAIN)
    ).toEqual({
      verdict: 'allow',
      findings: [],
      warnings: []
    })
    expect(explainPolicy('issuer: [', token(), DOMAIN).verdict).toBe('unparseable')
  })
})

describe('parsePolicy: strict, like sigs.k8s.io/yaml UnmarshalStrict', () => {
  it('fails on unknown keys at any level, with their lines', () => {
    const r = parsePolicy(
      `issuer: ${GH}\nsubject: x\npermissions:\n  pull-requests: write\n  contents: read\nextra: 1\n`
    )
    expect(r.policy).toBeUndefined()
    expect(r.errors.map(e => [e.field, e.line, e.column])).toEqual([
      ['extra', 6, 1],
      ['permissions["pull-requests"]', 4, 3]
    ])
    expect(r.errors[1]?.message).toContain('Did you mean "pull_requests"?')
    expect(r.partial).toEqual({ issuer: GH, subject: 'x', permissions: { contents: 'read' } })
  })

  it('allows repositories only in an org policy', () => {
    const text = `issuer: ${GH}\nsubject: x\nrepositories:\n  - app\n  - 42\n`
    expect(parsePolicy(text).errors[0]).toMatchObject({ field: 'repositories', line: 3 })
    const org = parsePolicy(text, { isOrgPolicy: true })
    expect(org.errors).toEqual([])
    expect(org.policy?.repositories).toEqual(['app', '42'])
    expect(org.positions['repositories[1]']).toEqual({ line: 5, column: 5 })
  })

  it('matches struct keys case-insensitively and warns; map keys stay exact', () => {
    const r = parsePolicy(
      `Issuer: ${GH}\nSUBJECT: x\nclaim_pattern: {Email: a}\npermissions: {Contents: read}`
    )
    expect(r.errors).toEqual([])
    expect(r.policy).toEqual({
      issuer: GH,
      subject: 'x',
      claim_pattern: { Email: 'a' },
      permissions: { contents: 'read' }
    })
    expect(r.warnings.map(w => w.field)).toEqual(['issuer', 'subject', 'permissions["Contents"]'])
  })

  it('converts YAML 1.1 scalars where the server expects strings, and says so', () => {
    const r = parsePolicy(
      [
        `issuer: ${GH}`,
        'subject: 1234567890',
        'claim_pattern:',
        '  ref_protected: yes',
        '  a: on',
        '  b: 0777',
        '  c: 1.50',
        '  d: 2024-01-01',
        '  e: 1:20',
        '  f: ~',
        '  g: 1e6'
      ].join('\n')
    )
    expect(r.errors).toEqual([])
    expect(r.policy?.subject).toBe('1234567890')
    expect(r.policy?.claim_pattern).toEqual({
      ref_protected: 'true',
      a: 'true',
      b: '511',
      c: '1.5',
      d: '2024-01-01',
      e: '1:20',
      f: '',
      g: '1e+06'
    })
    expect(r.warnings.map(w => [w.field, w.line])).toEqual([
      ['claim_pattern["ref_protected"]', 4],
      ['claim_pattern["a"]', 5],
      ['claim_pattern["b"]', 6],
      ['claim_pattern["c"]', 7],
      ['claim_pattern["g"]', 11]
    ])
    expect(r.warnings[0]?.message).toContain('the unquoted value yes is a YAML 1.1 boolean')
  })

  it('spells non-string keys as Go does, and refuses keys that cannot be strings', () => {
    const r = parsePolicy('claim_pattern:\n  1: a\n  1.50: b\n  true: c\n  .inf: d\n  0x10: e\n')
    expect(r.errors).toEqual([])
    expect(r.policy?.claim_pattern).toEqual({
      '1': 'a',
      '1.5': 'b',
      true: 'c',
      '.inf': 'd',
      '16': 'e'
    })
    const bad = parsePolicy('claim_pattern:\n  ? [a]\n  : b\n')
    expect(bad.errors[0]).toMatchObject({ line: 2 })
    expect(bad.errors[0]?.message).toContain(
      'a key must be a string, number or boolean (got a list)'
    )
  })

  it('warns when keys differing only in case set one field; the last in byte order wins', () => {
    const r = parsePolicy(
      `issuer: ${GH}\nIssuer: https://other.example\nsubject: x\npermissions: {contents: read, CONTENTS: write}`
    )
    expect(r.errors).toEqual([])
    expect(r.policy?.issuer).toBe(GH)
    expect(r.policy?.permissions).toEqual({ contents: 'read' })
    expect(r.warnings.map(w => w.message)).toEqual([
      '"Issuer" is read as "issuer" (the server matches keys case-insensitively); write "issuer".',
      '"issuer" and "Issuer" both set issuer; the server uses "issuer". Keep one.',
      '"CONTENTS" is read as "contents" (the server matches names case-insensitively); write "contents".',
      '"contents" and "CONTENTS" both set contents; the server uses "contents". Keep one.'
    ])
  })

  it('passes YAML warnings on and decodes explicit tags', () => {
    const r = parsePolicy(`issuer: ${GH}\nsubject: !custom x\naudience: !!binary YXVk\n`)
    expect(r.errors).toEqual([])
    expect(r.policy).toEqual({ issuer: GH, subject: 'x', audience: 'aud' })
    expect(r.warnings[0]).toMatchObject({ line: 2 })
    expect(r.warnings).toHaveLength(1)
    expect(r.warnings[0]?.message).toMatch(/^YAML: /)
  })

  it('fails on a mapping or list where a string belongs, and on a non-mapping document', () => {
    expect(parsePolicy(`issuer: [${GH}]\nsubject: x`).errors[0]).toMatchObject({
      field: 'issuer',
      line: 1,
      column: 9
    })
    expect(parsePolicy('claim_pattern: [a]').errors[0]?.message).toContain('must be a mapping')
    expect(parsePolicy('repositories: app', { isOrgPolicy: true }).errors[0]?.message).toContain(
      'must be a list'
    )
    expect(parsePolicy('- a\n- b').errors[0]?.message).toContain('must be a YAML mapping')
    expect(parsePolicy('just text').errors[0]?.message).toContain('must be a YAML mapping')
  })

  it('treats null and empty as unset; an empty file is an empty policy', () => {
    expect(parsePolicy(`issuer: ${GH}\nsubject:\naudience: ~`).policy).toEqual({ issuer: GH })
    expect(parsePolicy('').policy).toEqual({})
    expect(parsePolicy('# only a comment\n').policy).toEqual({})
    const r = parsePolicy('permissions:\n  contents:\n')
    expect(r.policy).toEqual({ permissions: {} })
    expect(r.warnings[0]).toMatchObject({ field: 'permissions["contents"]', line: 2 })
  })

  it('fails on duplicate keys and YAML syntax errors, with lines', () => {
    const dup = parsePolicy(`issuer: ${GH}\nsubject: a\nsubject: b\n`)
    expect(dup.policy).toBeUndefined()
    expect(dup.errors[0]).toMatchObject({ severity: 'error', line: 3 })
    expect(dup.errors[0]?.message).toMatch(/^YAML error: /)
    const bad = parsePolicy(`issuer: ${GH}\nsubject: "unterminated\n`)
    expect(bad.errors[0]?.line).toBeGreaterThanOrEqual(2)
  })

  it('reads only the first document, and applies merge keys and aliases', () => {
    const r = parsePolicy(`issuer: ${GH}\nsubject: a\n---\nsubject: b\n`)
    expect(r.policy).toEqual({ issuer: GH, subject: 'a' })
    expect(r.warnings[0]?.message).toContain('only the first')
    const m = parsePolicy(
      `base: &b {issuer: "${GH}"}\n`.replace('base', 'claim_pattern') + `<<: *b\nsubject: *x\n`
    )
    expect(m.errors[0]).toMatchObject({
      line: 3,
      message: "YAML error: unknown anchor 'x' referenced; the server cannot read this policy."
    })
    const merged = parsePolicy(`claim_pattern: &c {x: "1"}\n<<: {issuer: "${GH}"}\nsubject: t\n`)
    expect(merged.errors).toEqual([])
    expect(merged.policy).toEqual({ issuer: GH, subject: 't', claim_pattern: { x: '1' } })
    // yaml.v2's strict decoder refuses a key a merge already set (decode.go setMapIndex).
    const overridden = parsePolicy(`<<: {issuer: "${GH}", subject: s}\nsubject: t\n`)
    expect(overridden.errors[0]).toMatchObject({ line: 2 })
    expect(overridden.errors[0]?.message).toContain('key "subject" already set in map')
  })
})

describe('token field checks (oidcvalidate)', () => {
  it('subjects', () => {
    expect(isValidSubject('repo:org/app:ref:refs/heads/main')).toBe(true)
    expect(isValidSubject('a|b@c')).toBe(true)
    for (const s of ['', 'a b', 'a\tb', 'a"b', 'a[b]', 'x'.repeat(256), 'a\u200bb']) {
      expect(isValidSubject(s)).toBe(false)
    }
  })
  it('audiences', () => {
    expect(isValidAudience('octo-sts.dev')).toBe(true)
    expect(isValidAudience('https://example.com/x')).toBe(true)
    for (const a of ['', 'a|b', 'a@b', 'a b']) expect(isValidAudience(a)).toBe(false)
  })
})

describe('Go number formatting (strconv.FormatFloat g -1 32)', () => {
  it.each([
    [1.5, '1.5'],
    [0.1, '0.1'],
    [100000, '100000'],
    [1e6, '1e+06'],
    [123456789, '1.2345679e+08'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [-2.5, '-2.5'],
    [0, '0'],
    [Infinity, '+Inf'],
    [NaN, 'NaN']
  ])('%p → %s', (f, s) => {
    expect(formatFloat32(f)).toBe(s)
  })
})

describe('Go formatting and URL edge cases', () => {
  it('goQuote escapes like strconv.Quote', () => {
    expect(goQuote('\u0007\u007f\t\r\v\f\b')).toBe('"\\a\\x7f\\t\\r\\v\\f\\b"')
    expect(goQuote('\u{e0001}')).toBe('"\\U000e0001"')
    expect(goQuote('\ud800x')).toBe('"\ufffdx"')
    expect(goQuote('\u202e')).toBe('"\\u202e"')
  })

  it('formatFloat32 covers signs, tiny and huge values', () => {
    expect(formatFloat32(-0)).toBe('-0')
    expect(formatFloat32(-Infinity)).toBe('-Inf')
    expect(formatFloat32(1e39)).toBe('+Inf')
    expect(formatFloat32(-1e39)).toBe('-Inf')
    expect(formatFloat32(1.5e-7)).toBe('1.5e-07')
    expect(formatFloat32(3e38)).toBe('3e+38')
    expect(formatFloat32(120)).toBe('120')
  })

  it.each([
    'https:example.com',
    ':nothing',
    'https://[::1',
    'https://[::1]x',
    'https://example.com:abc',
    'https://exa mple.com',
    'https://exa%41mple.com',
    'ftp://example.com',
    'https://example.com/%ff',
    'https://example.com/%zz',
    'https://example.com/a%20b',
    'https://example.com/./x',
    'https://example.com/~~x',
    `https://example.com/${'a'.repeat(151)}`,
    `https://example.com/${'a/'.repeat(130)}`,
    'https://example.com/a#',
    'https://@example.com',
    '//example.com'
  ])('invalid issuer %s', iss => {
    expect(isValidIssuer(iss)).toBe(false)
  })

  it.each([
    'http://127.0.0.1',
    'http://[::1]',
    'https://example.com:',
    'https://example.com/a%2Db',
    `https://example.com/${'a'.repeat(150)}`
  ])('valid issuer %s', iss => {
    expect(isValidIssuer(iss)).toBe(true)
  })
})

describe('explainPolicy: where servers released before 2026-09 decide otherwise', () => {
  const EITHER = 'repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:ref:refs/heads/develop'
  const policy = (...lines: string[]): string =>
    [`issuer: ${GH}`, ...lines, 'permissions:', '  contents: read', ''].join('\n')
  const widgets = (ref: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
    token({ sub: `repo:acme/widgets:ref:${ref}`, ref, ...extra })

  it('issue 17: main|develop refuses branch main-x today, and says older servers admit it', () => {
    const e = explainPolicy(
      policy(`subject_pattern: ${EITHER}`),
      widgets('refs/heads/main-x'),
      DOMAIN
    )
    expect(e.verdict).toBe('deny')
    expect(e.findings).toEqual([
      {
        field: 'subject_pattern',
        line: 2,
        pattern: EITHER,
        actual: 'repo:acme/widgets:ref:refs/heads/main-x',
        reason: `subject "repo:acme/widgets:ref:refs/heads/main-x" did not match pattern "${EITHER}"`
      }
    ])
    expect(e.legacy).toEqual({
      verdict: 'allow',
      fields: [{ field: 'subject_pattern', there: 'matches' }]
    })
    expect(legacyVerdictLine(e.legacy!)).toBe(
      'On servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older), which compile `^pattern$` instead of `^(?:pattern)$`, the verdict differs: they would admit this token (there "subject_pattern" matches).'
    )
    // The suffix side leaks too on older servers: a branch that ends in the last alternative.
    const suffix = explainPolicy(
      policy(
        'subject: repo:acme/widgets:ref:refs/heads/x/refs/tags/v1',
        'claim_pattern:',
        '  ref: refs/heads/main|refs/tags/v1'
      ),
      widgets('refs/heads/x/refs/tags/v1', {
        sub: 'repo:acme/widgets:ref:refs/heads/x/refs/tags/v1'
      }),
      DOMAIN
    )
    expect(suffix.verdict).toBe('deny')
    expect(suffix.findings[0]?.reason).toBe(
      'claim "ref" did not match "^(?:refs/heads/main|refs/tags/v1)$"'
    )
    expect(suffix.legacy?.fields).toEqual([{ field: 'claim_pattern["ref"]', there: 'matches' }])
  })

  it('says nothing when both decide alike', () => {
    for (const ref of ['refs/heads/main', 'refs/heads/develop', 'refs/heads/other']) {
      const e = explainPolicy(policy(`subject_pattern: ${EITHER}`), widgets(ref), DOMAIN)
      expect(e.legacy).toBeUndefined()
    }
    const grouped = explainPolicy(
      policy(`subject_pattern: (${EITHER})`),
      widgets('refs/heads/main-x'),
      DOMAIN
    )
    expect(grouped.verdict).toBe('deny')
    expect(grouped.legacy).toBeUndefined()
  })

  it('a pattern only the old wrapper compiled: refused today, compiled there', () => {
    const e = explainPolicy(
      policy(
        'subject: repo:org/app:ref:refs/heads/main',
        'claim_pattern:',
        "  ref: 'refs/heads/main\\'"
      ),
      token(),
      DOMAIN
    )
    expect(e.verdict).toBe('uncompilable')
    expect(e.findings[0]?.reason).toContain('trailing backslash at end of expression: ``')
    expect(e.legacy).toEqual({
      verdict: 'deny',
      fields: [
        { field: 'claim_pattern["ref"]', there: 'compiles' },
        { field: 'claim_pattern["ref"]', there: 'does not match' }
      ]
    })
    expect(legacyVerdictLine(e.legacy!, s => `<${s}>`)).toContain(
      'they would refuse this token (there <claim_pattern["ref"]> compiles and does not match)'
    )
  })

  it('(?m) outside a group: the old final $ matched before a line break', () => {
    const e = explainPolicy(
      policy(
        'subject: repo:org/app:ref:refs/heads/main',
        'claim_pattern:',
        "  workflow: '(?m)deploy'"
      ),
      token({ workflow: 'deploy\nx' }),
      DOMAIN
    )
    expect(e.verdict).toBe('deny')
    expect(e.legacy).toEqual({
      verdict: 'allow',
      fields: [{ field: 'claim_pattern["workflow"]', there: 'matches' }]
    })
  })
})
