// The org allowlist's "/" check (src/policy/issuer-span.ts) against the server's own cases
// (octo-sts/app pkg/octosts/org_trusted_issuers_test.go): every refused pattern really admits
// an attacker's host (asserted with re2js), every accepted one keeps "/" at fixed places.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { RE2JS } from 're2js'
import { slashSpan } from '../../src/policy/issuer-span.js'
import { patternText } from './helpers/generators.js'

const whole = (p: string): RE2JS => RE2JS.compile('^(?:' + p + ')$')

describe('slashSpan refuses what can match "/" where it varies', () => {
  // [pattern, an issuer it admits on an attacker's host, what the message names]
  const refused: [string, string, string][] = [
    ['https://.*\\.example\\.com', 'https://evil.com/x.example.com', '"." can match "/"'],
    ['https://\\S+\\.example\\.com', 'https://evil.com/x.example.com', 'class "\\\\S"'],
    ['https://[\\s\\S]+\\.example\\.com', 'https://evil.com/x.example.com', 'class'],
    ['https://[^\\n]+\\.example\\.com', 'https://evil.com/x.example.com', 'class "[^\\\\n]"'],
    ['https://[[:ascii:]]+\\.example\\.com', 'https://evil.com/x.example.com', 'class'],
    ['https://[[:graph:]]+\\.example\\.com', 'https://evil.com/x.example.com', 'class'],
    ['https://[[:punct:]]+\\.example\\.com', 'https://-/-.example.com', 'class'],
    ['https://[.-9]+\\.example\\.com', 'https://1/2.example.com', 'class "[.-9]"'],
    ['https://\\p{P}+\\.example\\.com', 'https://-/-.example.com', 'class "\\\\p{P}"'],
    ['https://\\P{L}+\\.example\\.com', 'https://-/-.example.com', 'class'],
    ['https://a\\.\\S+\\.example\\.com', 'https://a.evil.com/x.example.com', 'class'],
    ['https://[a-z]+\\.\\S+\\.example\\.com', 'https://a.evil.com/x.example.com', 'class'],
    ['https://[^]]+\\.example\\.com', 'https://evil.com/x.example.com', 'class "[^]]"'],
    ['https://[]/]+\\.example\\.com', 'https:///.example.com', 'class "[]/]"'],
    ['https://[[:/-~]+\\.example\\.com', 'https://e/v/i/l/x.example.com', 'class'],
    ['https://[[:/]+\\.example\\.com', 'https:///.example.com', 'class'],
    ['https://[a[:/]+\\.example\\.com', 'https://a/a.example.com', 'class'],
    ['https://[^a-z]+x\\.example\\.com', 'https://9/x.example.com', 'class'],
    ['(?s)https://.+\\.example\\.com', 'https://evil.com/x.example.com', '"." can match'],
    [
      'https://([a-z0-9.-]+/)*trusted\\.example\\.com',
      'https://evil.com/x/trusted.example.com',
      'repetition "([a-z0-9.-]+/)*"'
    ],
    [
      'https://([a-z0-9.-]+/)+trusted\\.example\\.com',
      'https://evil.com/x/trusted.example.com',
      'repetition'
    ],
    [
      'https://(x\\.com/)?trusted\\.example\\.com',
      'https://x.com/trusted.example.com',
      'repetition'
    ],
    [
      'https://([a-z0-9.-]+/){1,3}trusted\\.example\\.com',
      'https://evil.com/x/trusted.example.com',
      'repetition "([a-z0-9.-]+/){1,3}"'
    ],
    [
      'https://(good\\.example\\.com|evil\\.com/x/trusted\\.example\\.com)',
      'https://evil.com/x/trusted.example.com',
      'an alternation'
    ],
    ['https://x(?:/a|/b|c)', 'https://x/a', 'an alternation'],
    ['https://host(?:/+)x', 'https://host//x', 'repetition'],
    ['\\Qhttps://\\E.*', 'https://evil.com/x', '"." can match']
  ]
  it.each(refused)('%s', (pattern, evil, named) => {
    expect(whole(pattern).test(evil)).toBe(true) // the row really is a bypass
    const why = slashSpan(pattern)
    expect(why).toBeDefined()
    expect(why).toContain(named)
  })

  it('counts a fixed repetition as varying, as the server does', () => {
    expect(slashSpan('https://a(/){1}b')).toContain('repetition "(/){1}"')
    expect(slashSpan('https://a/{2}b')).toContain('repetition "/{2}"')
  })
})

describe('slashSpan accepts "/" at fixed places', () => {
  const accepted: [string, string][] = [
    ['https://[a-z]+\\.example\\.com', 'https://ci.example.com'],
    ['https://[a-z0-9-]+\\.example\\.com', 'https://ci.example.com'],
    // A path segment after a fixed "/": the server accepts it ([a-z-] cannot match "/").
    [
      'https://token\\.actions\\.githubusercontent\\.com/[a-z-]+',
      'https://token.actions.githubusercontent.com/acme'
    ],
    ['https://host\\.example\\.com/id/[A-Z0-9]+', 'https://host.example.com/id/AB12'],
    [
      'https://oidc\\.eks\\.[a-z0-9-]+\\.amazonaws\\.com/id/[A-Z0-9]+',
      'https://oidc.eks.us-west-2.amazonaws.com/id/ABCDEF0123456789'
    ],
    [
      'https://login\\.microsoftonline\\.com/[a-f0-9-]+/v2\\.0',
      'https://login.microsoftonline.com/0000-1111/v2.0'
    ],
    ['https://example\\.com/realms/[a-z0-9-]+', 'https://example.com/realms/dev'],
    // Go's parser factors the common "https://" out of the alternatives: the "/" is fixed.
    ['https://a\\.example\\.com|https://b\\.example\\.com', 'https://b.example.com'],
    ['(https://a|https://b)/x', 'https://a/x'],
    ['https://x(?:/a|/b)', 'https://x/b'],
    ['([a-z]/x|[a-z]/y)', 'q/y'],
    // Escapes that spell "/" and a one-rune class are a literal "/", at a fixed place.
    ['https://a\\x2Fb\\.example\\.com', 'https://a/b.example.com'],
    ['https://a\\x{2F}b\\.example\\.com', 'https://a/b.example.com'],
    ['https://a\\057b\\.example\\.com', 'https://a/b.example.com'],
    ['https://a[/]b', 'https://a/b'],
    ['https://a\\/b', 'https://a/b'],
    // Classes that cannot hold "/", however they are written.
    ['https://[[:alpha:]]+\\.example\\.com', 'https://ci.example.com'],
    ['https://[[:lower:]]+\\.example\\.com', 'https://ci.example.com'],
    ['https://[[:alnum:]]+\\.example\\.com', 'https://ci.example.com'],
    ['https://[[:word:]]+\\.example\\.com', 'https://ci.example.com'],
    ['https://[[:digit:]]+\\.example\\.com', 'https://1.example.com'],
    ['https://[a-z\\]]+\\.example\\.com', 'https://ci].example.com'],
    ['https://a[.]example\\.com', 'https://a.example.com'],
    ['https://[a-z.]+\\.example\\.com', 'https://a.b.example.com'],
    ['https://[a-z\\].]+\\.example\\.com', 'https://a].example.com'],
    ['https://[^\\P{L}]+\\.example\\.com', 'https://ci.example.com'],
    ['https://\\pL+\\.example\\.com', 'https://ci.example.com'],
    ['https://\\w+\\.example\\.com', 'https://ci.example.com'],
    [
      '(?i)https://token\\.actions\\.githubusercontent\\.com',
      'https://TOKEN.actions.githubusercontent.com'
    ],
    ['\\Qhttps://a.b\\E', 'https://a.b']
  ]
  it.each(accepted)('%s', (pattern, issuer) => {
    expect(whole(pattern).test(issuer)).toBe(true)
    expect(slashSpan(pattern)).toBeUndefined()
  })

  it('refuses an optional path too, harmless or not: the server judges the shape', () => {
    expect(slashSpan('https://a\\.example\\.com(?:/x)?')).toContain('repetition "(?:/x)?"')
  })
})

describe('slashSpan factors alternations as Go does', () => {
  // Go's parser pulls a common literal prefix, or a common leading class (or fixed repetition of
  // one), out of the alternatives; anything else leaves the "/" inside the alternation.
  it.each([
    ['(?:[a-z]{2}/x|[a-z]{2}/y)', undefined],
    ['(?i)(?:k/x|k/y)', undefined],
    ['(?:a|(?i)b)/c', undefined],
    ['(?:[Aa]/x|(?i:a)/y)', undefined],
    ['(?:\\b/x|\\b/y)', 'an alternation'],
    ['(?:(a)/x|(a)/y)', 'an alternation'],
    ['(?:x*/a|x*/b)', 'an alternation'],
    ['(?:(?:a|bc)/x|(?:a|bc)/y)', 'an alternation'],
    ['(?:[a-z]/x|[0-9]/y)', 'an alternation'],
    ['(?:a(?:)/x|a/y)', 'an alternation'],
    ['(?:.a|.b)', '"." can match'],
    ['(?:a|/)x', 'class "a|/"']
  ])('%s', (pattern, named) => {
    const why = slashSpan(pattern)
    if (named === undefined) expect(why).toBeUndefined()
    else expect(why).toContain(named)
  })

  it('reads escapes and negated groups the way Go does', () => {
    expect(slashSpan('https://\\p{^L}x')).toContain('can match "/"')
    expect(slashSpan('https://\\P{^L}+x')).toBeUndefined()
    expect(slashSpan('https://[\\p{Greek}\\d]+x')).toBeUndefined()
    expect(slashSpan('https://[^\\p{Greek}]+x')).toContain('can match "/"')
    expect(slashSpan('https://a\\tb\\a\\f\\v\\x41\\101{2,}\\pN')).toBeUndefined()
    expect(slashSpan('https://a{,2}/b')).toBeUndefined() // "{,2}" is literal text in Go
    expect(slashSpan('https://a{01}/b')).toBeUndefined()
    expect(slashSpan('https://[\\x{2e}-\\x{30}]x')).toContain('can match "/"')
  })
})

describe('slashSpan properties', () => {
  const safeAtom = fc.constantFrom(
    'a',
    'z',
    '\\.',
    '-',
    '[a-z]',
    '[0-9]',
    '[a-z0-9-]+',
    '\\d',
    '\\w+',
    '[[:alpha:]]*',
    '(?:ab|cd)',
    '(x)?'
  )
  const pattern = fc
    .array(fc.oneof(safeAtom, fc.constant('/')), { minLength: 1, maxLength: 12 })
    .map(parts => 'https://' + parts.join(''))

  it('accepts any pattern whose "/" are fixed and whose classes exclude "/"', () => {
    fc.assert(fc.property(pattern, p => slashSpan(p) === undefined))
  })

  it('refuses it once a "/" may repeat, be skipped or alternate, or a class holds "/"', () => {
    const variation = fc.constantFrom(
      '(?:/x)?',
      '/+',
      '(?:a/)*',
      '(?:/a|b)',
      '[/a]',
      '.',
      '\\S',
      '[^a]'
    )
    fc.assert(
      fc.property(pattern, variation, fc.boolean(), (p, v, atEnd) => {
        const q = atEnd ? p + v : 'https://' + v + p.slice('https://'.length)
        return slashSpan(q) !== undefined
      })
    )
  })

  it('follows every pattern re2js compiles (it never gives up on valid syntax)', () => {
    fc.assert(
      fc.property(patternText, p => {
        try {
          RE2JS.compile(p)
        } catch {
          return true
        }
        return !(slashSpan(p) ?? '').startsWith('its syntax could not be followed')
      }),
      { numRuns: 3000 }
    )
  })

  it('says so, rather than passing, when it cannot follow a pattern', () => {
    expect(slashSpan('a)|(')).toContain('could not be followed')
    expect(slashSpan('[unclosed')).toContain('could not be followed')
  })
})
