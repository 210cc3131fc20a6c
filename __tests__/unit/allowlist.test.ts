// The org issuer allowlist (src/policy/allowlist.ts): every rule of the server's
// OrgTrustedIssuers (octo-sts/app pkg/octosts/org_trusted_issuers.go), each problem at its
// line, the warnings, and the permit check.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import {
  MAX_ISSUERS,
  MAX_ISSUER_PATTERNS,
  MAX_PATTERN_LENGTH,
  lintAllowlist,
  nearestEntry,
  parseAllowlist,
  permitsIssuer
} from '../../src/policy/allowlist.js'
import type { IssuerAllowlist } from '../../src/policy/allowlist.js'
import type { Problem } from '../../src/policy/types.js'

const GH = 'https://token.actions.githubusercontent.com'

const at = (problems: Problem[]): string[] =>
  problems.map(p => `${p.severity} ${p.line ?? '-'}:${p.column ?? '-'} ${p.field ?? '-'}`)

const errors = (text: string): Problem[] => parseAllowlist(text).errors
const accepted = (text: string): IssuerAllowlist => {
  const r = parseAllowlist(text)
  expect(r.errors).toEqual([])
  return r.allowlist as IssuerAllowlist
}

describe('parseAllowlist: what the server accepts', () => {
  it('reads issuers and patterns, enforce by default, with lines', () => {
    const list = accepted(
      `# org allowlist\nissuers:\n  - ${GH}\nissuer_patterns:\n  - https://oidc\\.eks\\.[a-z0-9-]+\\.amazonaws\\.com/id/[A-Z0-9]+\n`
    )
    expect(list.mode).toBe('enforce')
    expect(list.issuers).toEqual([{ field: 'issuers[0]', value: GH, line: 3 }])
    expect(list.patterns.map(p => [p.field, p.line])).toEqual([['issuer_patterns[0]', 5]])
  })

  it('takes mode audit, and "" or null as enforce', () => {
    expect(accepted(`mode: audit\nissuers: [${GH}]`).mode).toBe('audit')
    expect(accepted(`mode: ""\nissuers: [${GH}]`).mode).toBe('enforce')
    expect(accepted(`mode:\nissuers: [${GH}]`).mode).toBe('enforce')
    expect(accepted(`mode: enforce\nissuers: [${GH}]`).mode).toBe('enforce')
  })

  it('accepts the issuers the server pins as real-world', () => {
    for (const iss of [
      GH,
      'https://accounts.google.com',
      'https://gitlab.com',
      'https://oidc.eks.us-west-2.amazonaws.com/id/ABCDEF123456',
      'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/v2.0',
      'https://tenant.us.auth0.com/',
      'http://localhost',
      'http://127.0.0.1'
    ]) {
      const list = accepted(`issuers:\n  - "${iss}"\n`)
      expect(permitsIssuer(list, iss).listed).toBe(true)
    }
  })

  it('matches keys case-insensitively, with a warning, like Go', () => {
    const r = parseAllowlist(`Issuers:\n  - ${GH}\n`)
    expect(r.errors).toEqual([])
    expect(r.warnings[0]?.message).toContain('"Issuers" is read as "issuers"')
    expect(r.warnings[0]?.line).toBe(1)
  })

  it('warns when two keys fold to the same field; the last in byte order wins', () => {
    const r = parseAllowlist(`issuers: [https://gitlab.com]\nIssuers: [${GH}]\n`)
    expect(r.errors).toEqual([])
    expect(r.warnings.map(w => w.message)).toContain(
      '"issuers" and "Issuers" both set issuers; the server uses "issuers". Keep one.'
    )
    expect(r.partial.issuers.map(e => e.value)).toEqual(['https://gitlab.com'])
  })

  it('reads a YAML 1.1 scalar in a list as its string, as sigs.k8s.io/yaml does', () => {
    const r = parseAllowlist('issuer_patterns:\n  - 123\n')
    expect(r.errors).toEqual([])
    expect(r.partial.patterns[0]?.value).toBe('123')
  })
})

describe('parseAllowlist: every rule the server enforces, at its line', () => {
  it('refuses unknown keys (strict decoding), with a hint', () => {
    const e = errors(`issuers:\n  - ${GH}\nissuer_pattern:\n  - x\nenabled: true\n`)
    // In the server's order: Go decodes the keys sorted, so "enabled" fails first.
    expect(at(e)).toEqual(['error 5:1 enabled', 'error 3:1 issuer_pattern'])
    expect(e[1]?.message).toContain('Did you mean "issuer_patterns"?')
    expect(e[0]?.message).toContain('Known keys: issuer_patterns, issuers, mode.')
  })

  it('refuses a key named like an object property as any unknown key (it once threw)', () => {
    for (const key of ['constructor', '__proto__', 'toString']) {
      const e = errors(`${key}: x\nissuers:\n  - ${GH}\n`)
      expect(at(e)).toEqual([`error 1:1 ${key}`])
      expect(e[0]?.message).toContain('Known keys: issuer_patterns, issuers, mode.')
    }
  })

  it('refuses a mode other than enforce or audit (case-sensitive)', () => {
    const e = errors(`issuers: [${GH}]\nmode: Enforce\n`)
    expect(at(e)).toEqual(['error 2:1 mode'])
    expect(e[0]?.message).toContain('Values are case-sensitive: write "enforce"')
    expect(errors(`issuers: [${GH}]\nmode: off\n`)[0]?.message).toContain('Leave mode out')
  })

  it('refuses a file that permits nothing: empty, comments only, or empty lists', () => {
    for (const text of ['', '# nothing yet\n', 'issuers: []\n', 'mode: audit\n']) {
      const e = errors(text)
      expect(e).toHaveLength(1)
      expect(e[0]?.message).toContain('permits no issuer')
      expect(e[0]?.line).toBeGreaterThanOrEqual(1)
    }
    expect(at(errors('mode: enforce\nissuer_patterns: []\n'))).toEqual([
      'error 2:1 issuer_patterns'
    ])
  })

  it('refuses a file that is not a mapping, a list that is not a list, YAML errors', () => {
    expect(errors('- a\n')[0]?.message).toContain('must be a YAML mapping')
    const e = errors(`issuers: ${GH}\n`)
    expect(at(e)).toEqual(['error 1:10 issuers'])
    expect(e[0]?.message).toContain('issuers must be a list of strings, not the string')
    expect(errors('issuers: [\n')[0]?.message).toMatch(/^YAML error/)
    expect(errors('issuers:\n  - {a: b}\n')[0]?.message).toContain('must be a string')
    expect(at(errors(`mode: [audit]\nissuers: [${GH}]\n`))).toEqual(['error 1:7 mode'])
    // A null element is "" to Go, which is no issuer URL.
    expect(errors('issuers:\n  -\n')[0]?.message).toContain(
      'issuers[0] "" is not a valid issuer URL'
    )
  })

  it(`caps issuers at ${MAX_ISSUERS} and patterns at ${MAX_ISSUER_PATTERNS}`, () => {
    const issuers = (n: number): string =>
      'issuers:\n' + Array.from({ length: n }, (_, i) => `  - https://i${i}.example.com\n`).join('')
    const patterns = (n: number): string =>
      `issuers: [${GH}]\nissuer_patterns:\n` +
      Array.from({ length: n }, (_, i) => `  - https://p${i}\\.example\\.com\n`).join('')
    expect(errors(issuers(MAX_ISSUERS))).toEqual([])
    expect(at(errors(issuers(MAX_ISSUERS + 1)))).toEqual(['error 1:1 issuers'])
    expect(errors(patterns(MAX_ISSUER_PATTERNS))).toEqual([])
    expect(at(errors(patterns(MAX_ISSUER_PATTERNS + 1)))).toEqual(['error 2:1 issuer_patterns'])
  })

  it(`caps a pattern at ${MAX_PATTERN_LENGTH} bytes (Go's len), both sides of the bound`, () => {
    const one = (p: string): Problem[] => errors(`issuer_patterns:\n  - "${p}"\n`)
    expect(one('a'.repeat(MAX_PATTERN_LENGTH))).toEqual([])
    expect(one('a'.repeat(MAX_PATTERN_LENGTH + 1))[0]?.message).toContain('too long: 257 bytes')
    // "é" is two bytes: 129 of them are 258 bytes, over the cap although 129 characters.
    expect(one('é'.repeat(129))[0]?.message).toContain('too long: 258 bytes')
  })

  it('refuses issuers that are not valid issuer URLs', () => {
    for (const iss of [
      'http://evil.example.com',
      'https://',
      'https://example.com?a=b',
      'https://u:p@example.com',
      'https://exämple.com',
      'token.actions.githubusercontent.com',
      ''
    ]) {
      const e = errors(`issuers:\n  - "${iss}"\n`)
      expect(at(e)).toEqual(['error 2:5 issuers[0]'])
      expect(e[0]?.message).toContain('is not a valid issuer URL')
    }
  })

  it('refuses upper case in scheme or host, not in the path', () => {
    for (const iss of [
      'https://Accounts.Google.com',
      'HTTPS://accounts.google.com',
      'https://Example.com/foo',
      'HTTPS://example.com/foo'
    ]) {
      const e = errors(`issuers:\n  - ${iss}\n`)
      expect(e[0]?.message).toContain('must be lower-case in its scheme and host')
    }
    expect(errors('issuers:\n  - https://example.com/id/ABCDEF\n')).toEqual([])
    expect(errors('issuers:\n  - https://Example.com/ID\n')[0]?.message).toContain(
      'Write "https://example.com/ID"'
    )
  })

  it('refuses patterns that do not compile alone or anchored', () => {
    const e = errors(`issuer_patterns:\n  - "[unclosed"\n  - a)|(\n  - token\\.example\\.com)|(\n`)
    expect(at(e)).toEqual([
      'error 2:5 issuer_patterns[0]',
      'error 3:5 issuer_patterns[1]',
      'error 4:5 issuer_patterns[2]'
    ])
    expect(e[0]?.message).toContain('missing closing ]')
    expect(e[1]?.message).toContain('unexpected )')
  })

  it('accepts a group name used twice, as Go 1.22+ does', () => {
    const list = accepted(
      'issuer_patterns:\n  - https://(?P<part>eu|us)\\.(?P<part>a|b)\\.example\\.com\n'
    )
    expect(permitsIssuer(list, 'https://eu.b.example.com').admitted).toBe(true)
    expect(permitsIssuer(list, 'https://eu.c.example.com').admitted).toBe(false)
  })

  it('refuses patterns that can match "/" where they vary', () => {
    const e = errors(
      `issuers: [${GH}]\nissuer_patterns:\n  - https://a\\.example\\.com\n  - https://.*\\.example\\.com\n`
    )
    expect(at(e)).toEqual(['error 4:5 issuer_patterns[1]'])
    expect(e[0]?.message).toContain('can match "/" where it varies ("." can match "/")')
    expect(e[0]?.message).toContain('https://[a-z0-9-]+\\.example\\.com')
  })

  it('lists every error, not only the first the server would give', () => {
    const problems = lintAllowlist(
      [
        'mode: Audit',
        'issuers:',
        `  - ${GH}`,
        '  - https://Token.Actions.GitHubUserContent.com',
        'issuer_patterns:',
        '  - https://\\S+\\.example\\.com',
        '  - "(unclosed"',
        'extra: 1'
      ].join('\n')
    )
    expect(at(problems)).toEqual([
      'error 1:1 mode',
      'error 4:5 issuers[1]',
      'error 6:5 issuer_patterns[0]',
      'error 7:5 issuer_patterns[1]',
      'error 8:1 extra'
    ])
  })
})

describe('lintAllowlist warnings', () => {
  const warnings = (text: string): Problem[] => {
    const r = parseAllowlist(text)
    expect(r.errors).toEqual([])
    return r.warnings
  }

  it('explains that audit mode lets every issuer through', () => {
    const w = warnings(`mode: audit\nissuers: [${GH}]\n`)
    expect(at(w)).toEqual(['warning 1:1 mode'])
    expect(w[0]?.message).toContain('permits every issuer')
  })

  it('warns about plain http, duplicates, redundant entries, trailing slashes', () => {
    const w = warnings(
      [
        'issuers:',
        `  - ${GH}`,
        '  - http://localhost',
        `  - ${GH}`,
        `  - ${GH}/`,
        '  - https://ci.example.com',
        'issuer_patterns:',
        '  - https://[a-z]+\\.example\\.com',
        '  - https://[a-z]+\\.example\\.com'
      ].join('\n')
    )
    expect(
      w.map(p => [
        p.field,
        p.message.replace(/ .*(plain-http|repeats|trailing slash|also permitted).*/, ' $1')
      ])
    ).toEqual([
      ['issuers[1]', 'issuers[1] plain-http'],
      ['issuers[2]', 'issuers[2] repeats'],
      ['issuers[3]', 'issuers[3] trailing slash'],
      ['issuers[4]', 'issuers[4] also permitted'],
      ['issuer_patterns[1]', 'issuer_patterns[1] repeats']
    ])
  })

  it('warns about a pattern that permits any host, and an empty one', () => {
    const w = warnings(`issuers: [${GH}]\nissuer_patterns:\n  - https://[a-z.-]+\n  - ""\n`)
    expect(at(w)).toEqual([
      'warning 1:11 issuers[0]',
      'warning 3:5 issuer_patterns[0]',
      'warning 4:5 issuer_patterns[1]'
    ])
    expect(w[0]?.message).toContain('is also permitted by issuer_patterns[0]')
    expect(w[1]?.message).toContain('permits issuers of any host')
    expect(w[2]?.message).toContain('is empty')
  })

  it('warns when nothing permits GitHub Actions, unless an enterprise issuer is there', () => {
    const w = warnings('issuers:\n  - https://gitlab.com\n')
    expect(at(w)).toEqual(['warning 1:1 issuers'])
    expect(w[0]?.message).toContain('no entry permits GitHub Actions')
    expect(warnings(`issuers:\n  - ${GH}/acme\n`)).toEqual([])
    expect(warnings(`issuers:\n  - ${GH}.evil.example\n`)[0]?.message).toContain(
      'no entry permits GitHub Actions'
    )
    expect(
      warnings('issuer_patterns:\n  - https://token\\.actions\\.githubusercontent\\.com/[a-z]+\n')
    ).toEqual([])
    expect(warnings('mode: audit\nissuers:\n  - https://gitlab.com\n')).toHaveLength(1)
  })
})

describe('permitsIssuer', () => {
  const list = accepted(
    [
      'issuers:',
      `  - ${GH}`,
      '  - https://accounts.google.com',
      'issuer_patterns:',
      '  - https://oidc\\.eks\\.[a-z0-9-]+\\.amazonaws\\.com/id/[A-Z0-9]+',
      '  - https://a\\.example\\.com|https://b\\.example\\.com',
      '  - (?i)https://ci\\.example\\.org'
    ].join('\n')
  )

  it('permits exact issuers byte for byte, then anchored patterns', () => {
    expect(permitsIssuer(list, GH)).toEqual({
      listed: true,
      admitted: true,
      by: { field: 'issuers[0]', value: GH, line: 2 }
    })
    expect(
      permitsIssuer(list, 'https://oidc.eks.eu-west-1.amazonaws.com/id/ZZZ999').by?.field
    ).toBe('issuer_patterns[0]')
    for (const [iss, want] of [
      ['https://accounts.google.com/', false],
      ['https://TOKEN.actions.githubusercontent.com', false],
      ['HTTPS://token.actions.githubusercontent.com', false],
      ['https://oidc.eks.us-west-2.amazonaws.com/id/ABC/extra', false],
      ['https://a.example.com', true],
      ['https://b.example.com', true],
      // A top-level | is anchored at both ends: `^(?:a|b)$`, not `^a|b$`.
      ['https://a.example.com.attacker.example/x', false],
      ['evil-prefix-https://b.example.com', false],
      ['https://CI.example.org', true],
      ['', false]
    ] as const) {
      expect([iss, permitsIssuer(list, iss).listed]).toEqual([iss, want])
    }
  })

  it('admits everything in audit mode, while saying it is not listed', () => {
    const audit = accepted(`mode: audit\nissuers: [${GH}]\n`)
    expect(permitsIssuer(audit, 'https://gitlab.com')).toEqual({ listed: false, admitted: true })
  })

  it('is exact for any string (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: false, withFragments: false }), url => {
        const l: IssuerAllowlist = {
          mode: 'enforce',
          issuers: [{ field: 'issuers[0]', value: url }],
          patterns: []
        }
        return (
          permitsIssuer(l, url).listed &&
          !permitsIssuer(l, url + '/').listed &&
          !permitsIssuer(l, url.toUpperCase()).listed === (url !== url.toUpperCase())
        )
      })
    )
  })
})

describe('nearestEntry', () => {
  const list = accepted(
    [
      'issuers:',
      `  - ${GH}/`,
      '  - https://gitlab.com/group',
      'issuer_patterns:',
      '  - https://[a-z]+\\.corp\\.example\\.com'
    ].join('\n')
  )
  it('names the entry that nearly permits the issuer, and why it does not', () => {
    expect(nearestEntry(list, GH)).toEqual({
      entry: { field: 'issuers[0]', value: `${GH}/`, line: 2 },
      why: expect.stringContaining('trailing slash')
    })
    expect(nearestEntry(list, 'https://gitlab.com')?.entry.field).toBe('issuers[1]')
    expect(nearestEntry(list, 'https://ci.corp.example.com/x')).toEqual({
      entry: {
        field: 'issuer_patterns[0]',
        value: 'https://[a-z]+\\.corp\\.example\\.com',
        line: 5
      },
      why: expect.stringContaining("permits the token's host")
    })
    expect(nearestEntry(list, 'https://ci-1.corp.example.com')?.why).toContain(
      "names the token's domain"
    )
    expect(nearestEntry(list, 'https://unrelated.example')).toBeUndefined()
  })
})

describe('the allowlist guide example (docs/allowlist.md)', () => {
  it('is an allowlist the server accepts, without warnings', () => {
    const readme = readFileSync(new URL('../../docs/allowlist.md', import.meta.url), 'utf8')
    const block =
      /```yaml\n(# In acme\/\.github: \.github\/chainguard\/trusted-token-issuers\.yaml\n[\s\S]*?)```/.exec(
        readme
      )?.[1]
    expect(block).toBeDefined()
    expect(lintAllowlist(block as string)).toEqual([])
  })
})
