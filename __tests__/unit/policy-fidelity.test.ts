// The engine decides like the server on tokens (Go encoding/json, go-oidc) and files
// (sigs.k8s.io/yaml over yaml.v2), including names JavaScript treats specially.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  checkToken,
  compilePolicy,
  decodeToken,
  explainPolicy,
  lintPolicy,
  parsePolicy
} from '../../src/policy/index.js'
import { withoutGroupNames } from '../../src/policy/compile.js'
import { jwtPayload } from '../../src/policy/token.js'

const GH = 'https://token.actions.githubusercontent.com'
const DOMAIN = 'octo-sts.dev'
const base = { iss: GH, sub: 'repo:o/r:ref:refs/heads/main', aud: DOMAIN }
const json = (o: unknown): string => JSON.stringify(o)
const policy = (extra = ''): string => `issuer: ${GH}\nsubject: ${base.sub}\n${extra}`
const decide = (text: string, token: Record<string, unknown> | string): string =>
  explainPolicy(text, token, DOMAIN).verdict

describe('token decoding follows Go encoding/json', () => {
  it('matches struct keys case-insensitively, the last one winning', () => {
    const t = decodeToken('{"iss":"x","Sub":"a","SUB":"b","ſub":"c"}')
    expect(t.ok && t.token.sub).toBe('c')
    const u = decodeToken('{"sub":"a","Sub":"b","sub":"c"}')
    expect(u.ok && u.token.sub).toBe('c')
    expect(decide(policy(), `{"ISS":"${GH}","Sub":"${base.sub}","AUD":"${DOMAIN}"}`)).toBe('allow')
  })

  it('reads "aud": null as one empty audience, refused as invalid', () => {
    const t = decodeToken('{"aud":null}')
    expect(t.ok && t.token.aud).toEqual([''])
    const c = compilePolicy(parsePolicy(policy()).policy ?? {}).compiled
    expect(c && checkToken(c, `{"iss":"${GH}","sub":"${base.sub}","aud":null}`, DOMAIN)).toEqual({
      allow: false,
      reason: 'invalid audience in token'
    })
  })

  it('refuses a payload the server cannot decode before any matching', () => {
    for (const [payload, reason] of [
      [`{"iss":"${GH}","sub":"s","aud":["x",1]}`, 'unable to verify bearer token'],
      [`{"iss":1,"sub":"s"}`, 'invalid bearer token'],
      [`{"iss":"${GH}","sub":"s","exp":null}`, 'unable to verify bearer token'],
      [`{"iss":"${GH}","sub":"s","exp":"soon"}`, 'unable to verify bearer token'],
      [`{"iss":"${GH}","_claim_names":{"a":"src"}}`, 'unable to verify bearer token'],
      ['[1]', 'invalid bearer token'],
      ['{"iss":', 'invalid bearer token']
    ] as const) {
      const e = explainPolicy('just: [broken', payload, DOMAIN)
      expect(e.verdict).toBe('deny')
      expect(e.findings[0]).toMatchObject({ field: '(token)', reason })
    }
    expect(decodeToken(`{"exp":"1700000000","iat":1.5,"nbf":null}`).ok).toBe(true)
  })

  it('turns invalid surrogate escapes and bytes into U+FFFD', () => {
    const t = decodeToken('{"x":"a\\ud800b","y":"\\ud83d\\ude00","z":"\\udc00\\ud800\\udc00"}')
    expect(t.ok && [...t.token.claims.values()]).toEqual([
      'a\ufffdb',
      '\u{1f600}',
      '\ufffd\u{10000}'
    ])
    const bytes = Buffer.concat([
      Buffer.from('{"x":"'),
      Buffer.from([0xe2, 0x82]),
      Buffer.from('"}')
    ])
    const b = decodeToken(new Uint8Array(bytes))
    expect(b.ok && b.token.claims.get('x')).toBe('\ufffd\ufffd')
  })

  it('fails claim matching on numbers float64 cannot hold, only with a claim_pattern', () => {
    const token = `{"iss":"${GH}","sub":"${base.sub}","aud":"${DOMAIN}","n":1e400}`
    expect(decide(policy(), token)).toBe('allow')
    const e = explainPolicy(policy('claim_pattern: {ref: x}\n'), token, DOMAIN)
    expect(e.findings[0]?.reason).toBe(
      'json: cannot unmarshal number 1e400 into Go value of type float64'
    )
  })

  it('property: claims keep exact keys, the last duplicate winning; sub is the last key folding to sub', () => {
    const key = fc.constantFrom('sub', 'Sub', 'SUB', 'x', '__proto__', 'constructor', 'toString')
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 5 })), { maxLength: 8 }), pairs => {
        const text = '{' + pairs.map(([k, v]) => `${json(k)}:${json(v)}`).join(',') + '}'
        const d = decodeToken(text)
        expect(d.ok).toBe(true)
        if (!d.ok) return
        for (const [k] of pairs) {
          expect(d.token.claims.get(k)).toBe([...pairs].reverse().find(p => p[0] === k)?.[1])
        }
        const subs = pairs.filter(([k]) => k.toLowerCase() === 'sub')
        expect(d.token.sub).toBe(subs[subs.length - 1]?.[1] ?? '')
      })
    )
  })
})

describe("the JWT's raw payload, not JSON.parse's object", () => {
  const jwt = (payload: string | Buffer): string =>
    `e30.${Buffer.from(payload).toString('base64url')}.c2ln`

  it('decides where the parsed object would say otherwise', () => {
    // Go: the last of sub/Sub/sub wins (main). JSON.parse keeps the first `sub` slot with the
    // last value, so its object re-serialized puts `Sub` (feature) last.
    const raw = `{"iss":"${GH}","sub":"x","Sub":"repo:o/r:ref:refs/heads/feature","sub":"${base.sub}","aud":"${DOMAIN}"}`
    const payload = jwtPayload(jwt(raw))
    expect(payload).toBe(raw)
    expect(decide(policy(), payload as string)).toBe('allow')
    expect(decide(policy(), JSON.parse(raw) as Record<string, unknown>)).toBe('deny')
  })

  it("reads the bytes as Go's UTF-8 decoder does, and no payload as none", () => {
    const bytes = Buffer.concat([
      Buffer.from('{"x":"'),
      Buffer.from([0xe2, 0x82]),
      Buffer.from('"}')
    ])
    expect(jwtPayload(jwt(bytes))).toBe('{"x":"\ufffd\ufffd"}')
    expect(jwtPayload('no-dots')).toBeUndefined()
  })
})

describe('prototype-named keys are plain names', () => {
  it('does not crash on constructor or __proto__ keys, and reports them', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const r = parsePolicy(policy(`${key}: x\n`))
      expect(r.errors[0]).toMatchObject({ field: key, line: 3 })
      const p = parsePolicy(policy(`permissions:\n  ${key}: read\n`))
      expect(p.errors[0]?.field).toBe(`permissions["${key}"]`)
      expect(() => lintPolicy(policy(`${key}: x\n`), { isOrgPolicy: true })).not.toThrow()
    }
  })

  it('matches a claim named __proto__ or toString like any other claim', () => {
    for (const claim of ['__proto__', 'toString', 'constructor']) {
      const text = policy(`claim_pattern:\n  ${claim}: x\n`)
      expect(Object.keys(parsePolicy(text).policy?.claim_pattern ?? {})).toEqual([claim])
      expect(decide(text, base)).toBe('deny')
      expect(
        decide(text, `{"iss":"${GH}","sub":"${base.sub}","aud":"${DOMAIN}","${claim}":"x"}`)
      ).toBe('allow')
    }
  })
})

describe('org policies: the embedded TrustPolicy fields are not converted', () => {
  const org = (text: string) => parsePolicy(text, { isOrgPolicy: true })
  it('refuses non-string scalars the repository policy would convert', () => {
    for (const extra of [
      'audience: 123\n',
      'permissions: {contents: yes}\n',
      'claim_pattern: {email: 5}\n'
    ]) {
      expect(org(policy(extra)).errors[0]?.message).toContain('in an org policy')
      expect(parsePolicy(policy(extra)).errors).toEqual([])
    }
    expect(org(`issuer: ${GH}\nsubject: 123\n`).policy).toBeUndefined()
  })

  it('still converts repositories, and claim names that are TrustPolicy fields', () => {
    const r = org(policy('repositories: [app, 42]\nclaim_pattern: {Subject: 7}\n'))
    expect(r.errors).toEqual([])
    expect(r.policy?.repositories).toEqual(['app', '42'])
    expect(r.policy?.claim_pattern).toEqual({ Subject: '7' })
  })
})

describe('YAML 1.1 as yaml.v2 resolves it', () => {
  const claims = (body: string) => parsePolicy(policy(`claim_pattern:\n${body}`))
  it('resolves integers with Go base prefixes and underscores, floats and words', () => {
    const r = claims(
      '  a: 0o17\n  b: 0x1F\n  c: 1_000\n  d: .5\n  e: 08\n  f: y\n  g: -0b11\n  h: 1:20\n  i: yEs\n'
    )
    expect(r.errors).toEqual([])
    expect(r.policy?.claim_pattern).toEqual({
      a: '15',
      b: '31',
      c: '1000',
      d: '0.5',
      e: '8',
      f: 'true',
      g: '-3',
      h: '1:20',
      i: 'yEs'
    })
  })

  it('lets null leave a field as a differently-cased key set it', () => {
    expect(parsePolicy(`issuer: ${GH}\nSUBJECT: x\nsubject: ~\n`).policy?.subject).toBe('x')
  })

  it('uses the last permission in byte order when one is given twice in different case', () => {
    const r = parsePolicy(policy('permissions:\n  contents: read\n  Contents: write\n'))
    expect(r.policy?.permissions).toEqual({ contents: 'read' })
    expect(r.warnings.some(w => w.message.includes('both set contents'))).toBe(true)
  })

  it('folds multi-line quoted scalars', () => {
    expect(parsePolicy(`issuer: ${GH}\nsubject: "repo:o/r:\n  ref"\n`).policy?.subject).toBe(
      'repo:o/r: ref'
    )
  })

  it('reads only the first document: later ones may hold anything', () => {
    const r = parsePolicy(policy('---\n[[[ broken: "\n'))
    expect(r.errors).toEqual([])
    expect(r.warnings[0]?.message).toContain('only the first')
  })

  it('refuses characters and escapes yaml.v2 refuses, where it reads them', () => {
    expect(parsePolicy(policy('audience: a\u007fb\n')).errors[0]).toMatchObject({ line: 3 })
    expect(parsePolicy(policy('audience: "\\ud800"\n')).errors[0]?.message).toContain(
      'invalid Unicode character escape'
    )
    expect(parsePolicy(policy('audience: "\\U00110000"\n')).errors).toHaveLength(1)
    // Past the 512-byte chunks yaml.v2 reads for the first document, nothing is checked.
    expect(parsePolicy(policy('---\n' + 'x'.repeat(2000) + '\u007f\n')).errors).toEqual([])
  })

  it('refuses a key a merge already set, and merges that are not maps', () => {
    expect(parsePolicy(`<<: {issuer: "${GH}"}\nissuer: x\n`).errors[0]?.message).toContain(
      'already set in map'
    )
    expect(parsePolicy('a: &a x\n<<: *a\n').errors[0]?.message).toContain('map merge requires')
    expect(parsePolicy('a: &a [*a]\n').errors[0]?.message).toContain('contains itself')
  })
})

describe('yaml.v2 details', () => {
  const err = (text: string): string | undefined => parsePolicy(text).errors[0]?.message
  it('resolves explicit tags as resolve.go does', () => {
    const r = parsePolicy(
      policy(
        'claim_pattern:\n  a: !!int "12"\n  b: !!float 1\n  c: !!bool "yes"\n  d: !!str 5\n  e: !!timestamp 2024-01-01\n'
      )
    )
    expect(r.policy?.claim_pattern).toEqual({ a: '12', b: '1', c: 'true', d: '5', e: '2024-01-01' })
    expect(err('a: !!null x\n')).toContain('cannot decode !!str `x` as a !!null')
    expect(err('a: !!int 1.5\n')).toContain('as a !!int')
    expect(err('a: !!binary "@@@"\n')).toContain('invalid base64')
  })

  it('compares keys as Go values for duplicates, and refuses keys JSON cannot have', () => {
    expect(err('1: a\n01: b\n')).toContain('key 1 already set')
    expect(err('true: a\nyes: b\n')).toContain('key true already set')
    expect(err('~: a\nnull: b\n')).toContain('key <nil> already set')
    expect(err('1.0: a\n1.00: b\n')).toContain('already set')
    expect(err('claim_pattern: {.nan: a, .NaN: b}\n')).toBeUndefined()
    expect(err('claim_pattern: {~: a}\n')).toContain('a key must be a string, number or boolean')
    expect(err('claim_pattern: {18446744073709551615: a}\n')).toContain('a key must be')
    expect(
      parsePolicy('claim_pattern: {9223372036854775807: a, -.inf: b, 1e3: c}\n').errors
    ).toEqual([])
    const ambiguous = parsePolicy('claim_pattern: {1: a, "1": b}\n')
    expect(ambiguous.warnings[0]?.message).toContain('at random')
  })

  it('merges lists of maps, later ones first, and refuses anything else', () => {
    const r = parsePolicy(`a: &a {issuer: "${GH}"}\n`.replace('a: ', 'claim_pattern: ') + 'b: 1\n')
    expect(r.errors[0]?.field).toBe('b')
    const m = parsePolicy(
      `x: &x {issuer: "${GH}"}\n`.replace('x: ', 'claim_pattern: ') + '<<: [*x, {subject: s}]\n'
    )
    expect(m.errors).toEqual([])
    expect(m.policy?.subject).toBe('s')
    expect(err('<<: [x]\n')).toContain('map merge requires')
    expect(err('<<: x\n')).toContain('map merge requires')
  })

  it('refuses NaN where no string conversion happens, and \\x escapes are fine', () => {
    expect(
      parsePolicy(policy('claim_pattern: {a: .nan}\n'), { isOrgPolicy: true }).errors[0]?.message
    ).toContain('JSON cannot hold')
    expect(parsePolicy(policy('claim_pattern: {a: .nan}\n')).policy?.claim_pattern).toEqual({
      a: 'NaN'
    })
    expect(parsePolicy(policy('audience: "\\x41\\\\u"\n')).policy?.audience).toBe('A\\u')
  })

  it('reports the wrong kind of value for each field', () => {
    expect(err('permissions: [a]\n')).toContain('permissions must be a mapping')
    expect(err('permissions: {contents: [read]}\n')).toContain('must be a string, not a list')
    expect(parsePolicy('permissions: ~\nCLAIM_PATTERN: {a: x}\nclaim_pattern: ~\n').policy).toEqual(
      {}
    )
  })
})

describe('token decoding details', () => {
  it('decodes UTF-8 byte by byte like Go', () => {
    const b = (...bytes: number[]) =>
      decodeToken(new Uint8Array([...Buffer.from('{"x":"'), ...bytes, ...Buffer.from('"}')]))
    const x = (d: ReturnType<typeof decodeToken>) => (d.ok ? d.token.claims.get('x') : undefined)
    expect(x(b(0xf0, 0x9f, 0x98, 0x80))).toBe('\u{1f600}')
    expect(x(b(0xc3, 0xa9))).toBe('é')
    expect(x(b(0xff))).toBe('\ufffd')
    expect(x(b(0xed, 0xa0, 0x80))).toBe('\ufffd\ufffd\ufffd')
    expect(x(b(0xc0, 0x80))).toBe('\ufffd\ufffd')
  })

  it("refuses what Go's JSON syntax refuses", () => {
    for (const bad of [
      '{"a":01}',
      '{"a":"\\q"}',
      '{"a" 1}',
      '{"a":1,}',
      '{"a":[1 2]}',
      '{"a":"\u0001"}',
      '{} x',
      '{"a":-}',
      '{"a":tru}'
    ]) {
      expect(decodeToken(bad)).toMatchObject({ ok: false, reason: 'invalid bearer token' })
    }
    expect(decodeToken('['.repeat(10001)).ok).toBe(false)
    expect(decodeToken('null').ok).toBe(true)
    expect(decodeToken('"x"').ok).toBe(false)
  })

  it('reads nested claims, distributed claim sources and every idToken field', () => {
    const d = decodeToken(
      '{"o":{"a":[1,true,null,{"b":"c"}]},"e":[],"f":{},"_claim_names":{"x":"s"},"_claim_sources":{"s":{"Endpoint":"https://e","access_token":null},"t":null},"nonce":null,"at_hash":"h","nbf":5,"aud":["a",null]}'
    )
    expect(d.ok && d.token.aud).toEqual(['a', ''])
    expect(d.ok && JSON.stringify(d.token.claims.get('o'))).toBe('{"a":[1,true,null,{"b":"c"}]}')
    for (const bad of [
      '{"_claim_names":[]}',
      '{"_claim_names":{"x":""}}',
      '{"_claim_sources":"x"}',
      '{"_claim_sources":{"s":1}}',
      '{"_claim_sources":{"s":{"endpoint":1}}}',
      '{"nonce":1}',
      '{"aud":{}}',
      '{"iat":true}',
      '{"exp":1e400}',
      '{"nbf":"x"}'
    ]) {
      expect(decodeToken(bad)).toMatchObject({ ok: false, reason: 'unable to verify bearer token' })
    }
    expect(decodeToken({ ...base, n: 1 }).ok).toBe(true)
  })
})

describe('Go RE2 details', () => {
  it('strips names outside classes and quoted text only', () => {
    expect(withoutGroupNames('\\Q(?P<a>\\E(?P<a>z)[(?P<a>\\]][[:alpha:]](?<b>q)\\(')).toBe(
      '\\Q(?P<a>\\E(z)[(?P<a>\\]][[:alpha:]](q)\\('
    )
    expect(withoutGroupNames('\\Q(?P<a>')).toBe('\\Q(?P<a>')
    expect(withoutGroupNames('[^]a(?P<a>x)]')).toBe('[^]a(?P<a>x)]')
  })

  it('compiles duplicate group names, as Go does', () => {
    const text = `issuer: ${GH}\nsubject_pattern: (?P<x>repo:o/r):(?P<x>ref:.*)\n`
    const c = compilePolicy(parsePolicy(text).policy ?? {})
    expect(c.errors).toEqual([])
    expect(c.compiled && checkToken(c.compiled, base, DOMAIN)).toEqual({ allow: true })
  })
})

describe('bounded time on any file up to 256 KiB', () => {
  const MAX = 256 * 1024
  const fill = (head: string, line: (i: number) => string, size: number): string => {
    const parts = [head]
    let n = head.length
    for (let i = 0; ; i++) {
      const l = line(i)
      if (n + l.length > size) break
      parts.push(l)
      n += l.length
    }
    return parts.join('')
  }
  const aliasHead = policy('claim_pattern:\n  a: &a x\n')
  const cases: Array<[string, string, RegExp | undefined, number | undefined]> = [
    ['54 KB of aliases', fill(aliasHead, i => `  c${i}: *a\n`, 54000), undefined, undefined],
    ['256 KiB of aliases', fill(aliasHead, i => `  c${i}: *a\n`, MAX), undefined, undefined],
    [
      'a billion laughs',
      'a: &a [x, x, x, x, x, x, x, x, x]\n' +
        Array.from({ length: 12 }, (_, i) => {
          const prev = i ? `l${i - 1}` : 'a'
          return `l${i}: &l${i} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]\n`
        }).join(''),
      /excessive aliasing/,
      4
    ],
    [
      'a merge-key chain',
      'a: &a {k0: 1}\n' +
        Array.from(
          { length: 3000 },
          (_, i) => `l${i + 1}: &l${i + 1} {<<: *${i ? 'l' + i : 'a'}, k${i + 1}: v}\n`
        ).join(''),
      /excessive aliasing/,
      undefined
    ],
    [
      'deep flow nesting',
      'a: ' + '['.repeat(120000) + ']'.repeat(120000) + '\n',
      /nesting deeper/,
      1
    ],
    ['an unclosed deep flow', 'a: ' + '{a: '.repeat(60000) + '\n', /nesting deeper/, 1],
    [
      'deep block nesting',
      Array.from({ length: 700 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' v\n',
      /nesting deeper/,
      101
    ],
    ['many documents', policy() + '---\n'.repeat(60000), undefined, undefined],
    ['a deep later document', policy() + '---\n' + '['.repeat(200000), undefined, undefined],
    ['a long key', '? ' + 'k'.repeat(250000) + '\n: v\n', /unknown key/, 1],
    ['a long flow list', 'repositories: [' + 'a,'.repeat(120000) + 'a]\n', undefined, undefined]
  ]
  it.each(cases)('%s: a clear answer, never a throw', (_name, text, error, line) => {
    expect(text.length).toBeLessThanOrEqual(MAX)
    const start = Date.now()
    const problems = lintPolicy(text, { isOrgPolicy: true })
    explainPolicy(text, base, DOMAIN, { isOrgPolicy: true })
    expect(Date.now() - start).toBeLessThan(10000) // generous: both passes
    if (error) {
      const first = problems.find(p => p.severity === 'error' && error.test(p.message))
      expect(first?.message).toMatch(error)
      if (line !== undefined) expect(first?.line).toBe(line)
    } else {
      expect(problems.filter(p => /^YAML/.test(p.message))).toEqual([])
    }
  })

  it('property: any text parses, lints and explains without throwing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'a',
            ':',
            ' ',
            '\n',
            '- ',
            '[',
            ']',
            '{',
            '}',
            ',',
            '&a ',
            '*a',
            '<<: ',
            '"',
            "'",
            '---\n',
            '? ',
            '!!str ',
            '#',
            '\\',
            '\u007f',
            '__proto__',
            'constructor: '
          ),
          { maxLength: 40 }
        ),
        parts => {
          const text = parts.join('')
          expect(() => lintPolicy(text, { isOrgPolicy: false })).not.toThrow()
          expect(() => explainPolicy(text, base, DOMAIN)).not.toThrow()
        }
      ),
      { numRuns: 300 }
    )
  })
})
