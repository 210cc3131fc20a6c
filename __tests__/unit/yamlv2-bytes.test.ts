// Bytes read as yaml.v2 reads them (issue 17). Every case here was run through Debian's
// gopkg.in/yaml.v2 2.4.0 and sigs.k8s.io/yaml 1.3.0 (UnmarshalStrict): the value or the
// refusal expected is what they gave.
import { describe, expect, it } from '@jest/globals'
import {
  explainPolicy,
  lintAllowlist,
  lintPolicy,
  parseAllowlist,
  parsePolicy
} from '../../src/policy/index.js'
import { readYamlV2 } from '../../src/policy/yamlv2.js'
import type { GoValue } from '../../src/policy/yamlv2.js'

const GH = 'https://token.actions.githubusercontent.com'
const SUB = 'repo:acme/widgets:ref:refs/heads/main'
const DOMAIN = 'octo-sts.dev'
const HEAD = `issuer: ${GH}\nsubject: ${SUB}\n`

/** A decoded value as plain JSON-like data (keys as strings). */
function plain(v: GoValue | undefined): unknown {
  if (v === undefined) return undefined
  switch (v.kind) {
    case 'map':
      return Object.fromEntries(
        v.entries.map(e => [
          e.key.kind === 'str' ? e.key.value : String(plain(e.key)),
          plain(e.value)
        ])
      )
    case 'seq':
      return v.items.map(plain)
    case 'null':
      return null
    case 'int':
    case 'uint':
      return Number(v.value)
    default:
      return v.value
  }
}

/** What yaml.v2 reads: the value, or the first error's message. */
function read(text: string): { value?: unknown; error?: string } {
  const r = readYamlV2(text)
  const error = [...r.hidden, ...r.errors][0]
  return error ? { error: error.message } : { value: plain(r.value) }
}

describe('line breaks only yaml.v2 sees: always an error, never a pass', () => {
  // The example, byte for byte.
  const printf =
    'issuer: https://token.actions.githubusercontent.com\nsubject: repo:acme/widgets:ref:refs/heads/main\npermissions:\n  contents: read # read-only\r  administration: write\r  workflows: write\n'

  it('the issue example: an error at line 4 (where the first CR is) naming what the server reads', () => {
    const r = parsePolicy(printf)
    expect(r.policy).toBeUndefined()
    expect(r.errors).toHaveLength(2)
    expect(r.errors[0]).toMatchObject({ severity: 'error', line: 4, column: 29 })
    expect(r.errors[0]?.message).toContain('carriage return')
    expect(r.errors[0]?.message).toContain('the server reads the file with yaml.v2')
    expect(r.errors[0]?.message).toContain('"  administration: write" as a line of its own')
    expect(r.errors[0]?.message).toContain('"permissions.administration"')
    expect(r.errors[1]).toMatchObject({ line: 4, column: 53 })
    expect(r.errors[1]?.message).toContain('"permissions.workflows"')
    // The partial reading is the server's: the hidden permissions are there.
    expect(r.partial?.permissions).toEqual({
      contents: 'read',
      administration: 'write',
      workflows: 'write'
    })
  })

  it('validate (lintPolicy) reports it as an error at line 4', () => {
    const errors = lintPolicy(printf, { isOrgPolicy: false }).filter(p => p.severity === 'error')
    expect(errors[0]).toMatchObject({ line: 4, column: 29 })
  })

  it('check and the diagnosis never admit with it, and judge what the server reads', () => {
    const token = { iss: GH, sub: SUB, aud: DOMAIN }
    // The server reads `subject_pattern: '.*'` (any workflow); an editor shows a comment.
    const hidden = `issuer: ${GH}\n# subject_pattern: repo:acme/widgets:.*\rsubject_pattern: '.*'\n`
    const e = explainPolicy(hidden, token, DOMAIN)
    expect(e.verdict).toBe('misread')
    expect(e.findings).toHaveLength(1)
    expect(e.findings[0]?.reason).toContain('"subject_pattern"')
    // A hidden claim_pattern refuses the token: the mismatch is listed after the error.
    const refusing = `issuer: ${GH}\nsubject: ${SUB}\npermissions:\n  contents: read # x\rclaim_pattern:\r  workflow: nope\n`
    const r = explainPolicy(refusing, { ...token, workflow: 'deploy' }, DOMAIN)
    expect(r.verdict).toBe('misread')
    expect(r.findings.map(f => f.field)).toEqual(['(file)', '(file)', 'claim_pattern["workflow"]'])
    // Without the CRs the same bytes admit: comments, as an editor shows them.
    expect(explainPolicy(refusing.replace(/\r/g, ' '), token, DOMAIN).verdict).toBe('allow')
    // With another error besides, the file is invalid as before.
    expect(explainPolicy(hidden + 'extra: 1\n', token, DOMAIN).verdict).toBe('unparseable')
  })

  it.each([
    ['NEL', '\u0085', 'NEXT LINE'],
    ['LS', '\u2028', 'LINE SEPARATOR'],
    ['PS', '\u2029', 'PARAGRAPH SEPARATOR'],
    ['a lone CR', '\r', 'carriage return']
  ])('%s is a line break to yaml.v2, and an error here', (_name, ch, word) => {
    const text = `issuer: ${GH}\nsubject: ${SUB}\npermissions:\n  contents: read # x${ch}  issues: write\n`
    const r = parsePolicy(text)
    expect(r.errors[0]).toMatchObject({ line: 4, column: 21 })
    expect(r.errors[0]?.message).toContain(word)
    expect(r.errors[0]?.message).toContain('"permissions.issues"')
    expect(r.policy).toBeUndefined()
  })

  it('CRLF line endings are one break, as for an editor: no error', () => {
    const r = parsePolicy(
      `issuer: ${GH}\r\nsubject: ${SUB}\r\npermissions:\r\n  contents: read\r\n`
    )
    expect(r.errors).toEqual([])
    expect(r.policy?.permissions).toEqual({ contents: 'read' })
  })

  it('the allowlist: a hidden mode: audit is an error, and the partial list is the server’s', () => {
    const text = `issuers:\n  - ${GH} # ours\rmode: audit\n`
    const r = parseAllowlist(text)
    expect(r.allowlist).toBeUndefined()
    expect(r.partial.mode).toBe('audit')
    expect(r.errors[0]).toMatchObject({ line: 2 })
    expect(r.errors[0]?.message).toContain('"mode"')
    expect(lintAllowlist(text).some(p => p.severity === 'error' && p.line === 2)).toBe(true)
  })

  it('many hidden breaks: ten reported one by one, then a count', () => {
    const r = parsePolicy(`issuer: ${GH}\n` + '# x\r'.repeat(15) + 'y: z\n')
    const hidden = r.errors.filter(e => /carriage return|more line breaks/.test(e.message))
    expect(hidden).toHaveLength(11)
    expect(hidden[10]?.message).toMatch(/^5 more line breaks/)
  })
})

describe('what the server refuses, and the reader refused too', () => {
  it.each([
    ['a tab-only line inside a mapping', 'permissions:\n  contents: read\n\t\n  issues: read\n', 3],
    [
      'a tab after spaces on an empty line',
      'permissions:\n  contents: read\n  \t\n  issues: read\n',
      3
    ],
    ['a tab-only line after a quoted value', 'issuer: "x"\n\t\nsubject: y\n', 2],
    ['a tab-only line at the top level', 'issuer: x\n\t\nsubject: y\n', 2],
    ['a tab indenting a key', 'permissions:\n\tcontents: read\n', 2],
    ['a tab after a list dash', 'repositories:\n-\ta\n', 2],
    ['a tab indenting a block scalar', 'subject: |\n  a\n\tb\n', 3]
  ])('%s', (_name, text, line) => {
    const r = readYamlV2(text)
    expect(r.errors[0]?.message).toMatch(/tab character|cannot start any token/)
    expect(r.errors[0]?.line).toBe(line)
  })

  it('tabs yaml.v2 takes as blanks are still fine', () => {
    expect(read('permissions:\n  contents:\tread\t# c\n').value).toEqual({
      permissions: { contents: 'read' }
    })
    expect(read('a:\n  b: c\n   \t\n  d: e\n').value).toEqual({ a: { b: 'c', d: 'e' } })
    expect(read('a: [b,\tc]\n').value).toEqual({ a: ['b', 'c'] })
    expect(read('a: |\n  x\n  \ty\n').value).toEqual({ a: 'x\n\ty\n' })
  })

  it('"a\\/b": not an escape yaml.v2 knows', () => {
    const r = parsePolicy(`issuer: ${GH}\nsubject: "repo:acme\\/widgets"\n`)
    expect(r.errors[0]?.message).toContain('found unknown escape character \\/')
    expect(r.errors[0]).toMatchObject({ line: 2, column: 20 })
  })

  it('%YAML 1.2 (and any version but 1.1, an unknown or a repeated directive)', () => {
    expect(read('%YAML 1.2\n---\na: b\n').error).toContain('found incompatible YAML document')
    expect(read('%YAML 1.0\n---\na: b\n').error).toContain('incompatible')
    expect(read('%FOO bar\n---\na: b\n').error).toContain('unknown directive name')
    expect(read('%YAML 1.1\n%YAML 1.1\n---\na: b\n').error).toContain('duplicate %YAML')
    expect(read('%YAML 1.1\n---\na: b\n').value).toEqual({ a: 'b' })
    expect(read('%YAML 1.1 # c\n%TAG !e! tag:e.com,2000:\n---\na: b\n').value).toEqual({ a: 'b' })
    // Only the first document's directives are read.
    expect(read('a: b\n...\n%YAML 1.2\n---\nc: d\n').value).toEqual({ a: 'b' })
  })

  it('a !!binary key (or value) with blanks: Go ignores only line breaks in base64', () => {
    expect(read('!!binary aXNz dWVy: x\n').error).toContain('invalid base64')
    expect(read('a: !!binary "aGVs\\tbG8="\n').error).toContain('invalid base64')
    expect(read('a: !!binary |\n  aGVs\n  bG8=\n').value).toEqual({ a: 'hello' })
    expect(parsePolicy('!!binary aXNzdWVy: x\n').policy).toEqual({ issuer: 'x' })
  })

  it('!!binary bytes that are not UTF-8: one U+FFFD per byte, and raw bytes as keys', () => {
    expect(read('a: !!binary 4oA=\n').value).toEqual({ a: '\ufffd\ufffd' })
    // "\xff" and "\xfe" are two keys to yaml.v2.
    expect(read('!!binary /w==: a\n!!binary /g==: b\n').error).toBeUndefined()
    expect(read('!!binary /w==: a\n!!binary /w==: b\n').error).toContain('already set')
  })

  it('"..." before the first document: yaml.v2 finds no node (not an empty policy)', () => {
    expect(read(`...\nissuer: ${GH}\nsubject: ${SUB}\n`).error).toContain(
      'did not find expected node content'
    )
    expect(read('# c\n\n...\n').error).toContain('did not find expected node content')
    expect(parsePolicy(`...\nissuer: ${GH}\nsubject: ${SUB}\n`).errors[0]).toMatchObject({
      line: 1
    })
    // After content it still ends the document.
    expect(read('a: b\n...\nc: d\n').value).toEqual({ a: 'b' })
  })

  it('anchor and alias names hold only [0-9A-Za-z_-]', () => {
    const r = parsePolicy(`issuer: &a.b ${GH}\nsubject: *a.b\n`)
    expect(r.errors[0]?.message).toContain('did not find expected alphabetic or numeric character')
    expect(r.errors[0]).toMatchObject({ line: 1, column: 9 })
    expect(read('a: &x y\nb: *x.\n').error).toContain('alphabetic or numeric')
    expect(read('a: &\u00e9 y\n').error).toContain('alphabetic or numeric')
    expect(read('a: & y\n').error).toContain('alphabetic or numeric')
    expect(read('a: &x[y]\n').error).toContain('alphabetic or numeric')
    expect(read('a: &x%y z\n').error).toContain('cannot start any token')
    // yaml.v2 ends a name at ":" or "?" and scans on from there: `*a:b` is the alias a, then
    // ":b", which cannot follow it.
    expect(read(`issuer: &a ${GH}\nsubject: *a:b\n`).error).toBeDefined()
    expect(read('a: &x-1_Z v\nb: *x-1_Z\nc: [*x-1_Z, &q r]\n').value).toEqual({
      a: 'v',
      b: 'v',
      c: ['v', 'r']
    })
  })
})

describe('what the server reads, and the reader refused', () => {
  it('an anchor on an alias as the whole file: an empty document, as yaml.v2 reads it', () => {
    expect(parsePolicy('&a *b\n').errors).toEqual([])
    expect(read('&a *b\n').value).toBeNull()
    expect(read('!!null *b c\n').value).toBeNull()
    // What yaml.v2 scans past the alias still fails: the next line's token, a bad name.
    expect(read('&a *b\n"unclosed\n').error).toBeDefined()
    expect(read('&a *b\n*c.d\n').error).toContain('alphabetic or numeric')
    expect(read('&a *b.c\n').error).toContain('alphabetic or numeric')
    // Inside a mapping it is an error to yaml.v2 too.
    expect(read('a: &x *y\n').error).toBeDefined()
  })

  it('text right after a top-level flow collection: yaml.v2 stops at its end', () => {
    const r = parsePolicy(`{issuer: ${GH}, subject: "${SUB}"}:0777 more text\n`)
    expect(r.errors).toEqual([])
    expect(r.policy).toEqual({ issuer: GH, subject: SUB })
    expect(r.warnings.map(w => w.message).join('\n')).toContain(
      'the server ignores everything from here: yaml.v2 stops reading at the end of the top-level node before it, so ":0777 more text"'
    )
    expect(read('{}:0777\n').value).toEqual({})
    expect(read('[a]b\n---\nc: d\n').value).toEqual(['a'])
    expect(read('{a: b} *c\n').value).toEqual({ a: 'b' })
    // What yaml.v2 refuses there is still refused.
    expect(read('{a: b} *c.d\n').error).toContain('alphabetic or numeric')
    expect(read('{a: b} "x\n').error).toBeDefined()
    expect(read('{a: b} - x\n').error).toBeDefined()
    expect(read('[a]b: c\n').error).toBeDefined()
    expect(read('a: {b: c}d\n').error).toBeDefined()
  })

  it('text on a later line than the top-level node: yaml.v2 ignores it, with a warning there', () => {
    // yaml.v2's Unmarshal reads the first node, then only asks for the document's end.
    const r = parsePolicy(
      `{issuer: ${GH}, subject: "${SUB}"}\n# note\npermissions:\n  contents: write\n`
    )
    expect(r.errors).toEqual([])
    expect(r.policy).toEqual({ issuer: GH, subject: SUB })
    expect(r.warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        column: 1,
        message: expect.stringContaining(
          'the server ignores everything from here: yaml.v2 stops reading at the end of the top-level node before it, so "permissions:" and all that follows'
        )
      })
    ])
    // The validator says so, at the ignored text, for policies and the allowlist alike.
    const linted = lintPolicy(
      `{issuer: ${GH}, subject: "${SUB}", permissions: {contents: read}}\npermissions:\n  contents: write\n`,
      {
        isOrgPolicy: false
      }
    )
    expect(linted.filter(p => p.severity === 'error')).toEqual([])
    expect(linted).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        line: 2,
        message: expect.stringContaining('the server ignores everything from here')
      })
    )
    const allowlist = lintAllowlist(`{issuers: [${GH}]}\nmode: audit\n`)
    expect(allowlist.filter(p => p.severity === 'error')).toEqual([])
    expect(allowlist).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        line: 2,
        message: expect.stringContaining('"mode: audit" and all that follows')
      })
    )
    const partial = parseAllowlist(`{issuers: [${GH}]}\nmode: audit\n`).partial
    expect(partial).toMatchObject({ issuers: [{ value: GH }] })
    expect(partial).not.toHaveProperty('mode', 'audit')
    // Whatever the next token is, once yaml.v2 has scanned it.
    for (const rest of [
      '- y',
      '{b: c}',
      '}',
      ']',
      ',',
      '? y',
      ': y',
      '-x',
      '*a',
      '!t x',
      '"x": y'
    ]) {
      expect(read(`{a: b}\n${rest}\n`).value).toEqual({ a: 'b' })
    }
    expect(read('{a: b}\nc: "\\/"\n\td: 1\n').value).toEqual({ a: 'b' }) // never scanned
    expect(read('{a: b}\nc\n\td\n').value).toEqual({ a: 'b' }) // one plain scalar, "c d"
    expect(read('{a: b}\n|\n  x\n').value).toEqual({ a: 'b' })
    expect(read('{a: b}\n%YAML 1.2\n').value).toEqual({ a: 'b' })
    expect(read('[a] # c\n\n  b: c\n').value).toEqual(['a'])
    // A block collection ends at a less indented line.
    expect(read('  a: b\n  c: d\n e: f\n').value).toEqual({ a: 'b', c: 'd' })
    expect(read('  - a\nb: c\n').value).toEqual(['a'])
    expect(read('  a: "b\nc"\n').value).toEqual({ a: 'b c' }) // one quoted scalar to yaml.v2
    // What yaml.v2 scans there and refuses is still refused, with its reason.
    expect(read('{a: b}\n\tc: d\n').error).toContain('cannot start any token')
    expect(read('{a: b}\nc # d\n\te\n').error).toContain('cannot start any token')
    expect(read('{a: b}\n"\\/": c\n').error).toContain('unknown escape')
    expect(read('{a: b}\n"c"\n"\\/"\n').error).toContain('unknown escape')
    expect(read('{a: b}\n[c, "\\/"]\n').error).toContain('unknown escape')
    expect(read('{a: b}\n@c\n').error).toContain('cannot start any token')
    expect(read('{a: b}\n%FOO\n').error).toContain('unknown directive name')
    expect(read('{a: b}\n|\n\tc\n').error).toContain('tab character')
    expect(read('{a: b}\n&c[ d\n').error).toContain('alphabetic or numeric')
    expect(read("{a: b}\n'c\n").error).toBeDefined()
    // A later document is what it was: the note on documents, no ignored-text warning.
    const docs = parsePolicy(`{issuer: ${GH}, subject: "${SUB}"}\n---\nsubject: x\n`)
    expect(docs.warnings.map(w => w.message)).toEqual([
      'the file holds several YAML documents; the server reads only the first.'
    ])
  })

  it('an anchor name ended by ":" or "?": yaml.v2 reads the rest as the node', () => {
    // yaml.v2's names are [0-9A-Za-z_-]+: `&a:b x` is the anchor a on the plain scalar ":b x".
    const r = parsePolicy(`issuer: &a:b ${GH}\nsubject: ${SUB}\naudience: *a\n`)
    expect(r.errors).toEqual([])
    expect(r.policy).toEqual({ issuer: `:b ${GH}`, subject: SUB, audience: `:b ${GH}` })
    expect(read('a: &x?b c\nb: *x\n').value).toEqual({ a: '?b c', b: '?b c' })
    expect(read('a: &x:b\n  c\n').value).toEqual({ a: ':b c' })
    expect(read('a: &x::y\nb: &y:[z]\nc: &z:"q\\/"\n').value).toEqual({
      a: '::y',
      b: ':[z]',
      c: ':"q\\/"'
    })
    expect(read('&x:b: c\nd: *x\n').value).toEqual({ ':b': 'c', d: ':b' })
    expect(read('&x:: c\n').value).toEqual({ ':': 'c' })
    // In a flow collection ":" and "?" are indicators to yaml.v2: an alias as a key.
    expect(read('a: &x k\nb: [*x:c]\n').value).toEqual({ a: 'k', b: [{ k: 'c' }] })
    // Positions after the name are the file's.
    const late = parsePolicy(
      `issuer: &a:b ${GH}\nsubject: ${SUB}\npermissions:\n  contnets: read\n`
    )
    expect(late.errors[0]).toMatchObject({ line: 4, column: 3 })
    const same = readYamlV2('a: &x:b c\nd: [*x:e, *y]\n')
    expect(same.errors[0]).toMatchObject({ line: 2, column: 11 })
    expect(same.errors[0]?.message).toContain("unknown anchor 'y' referenced")
    // A ":" or "?" and a blank after the name: what yaml.v2 refuses is refused.
    expect(read('a: &x: b\n').error).toBeDefined()
    expect(read('a: &x? b\n').error).toBeDefined()
    expect(read('a: &x:\tb\n').error).toBeDefined()
    expect(read('- &x: b\n').value).toEqual([{ null: 'b' }]) // a null key…
    expect(parsePolicy(`&x: b\n${HEAD}`).errors[0]?.message).toContain('got null') // …refused
    // Not an anchor to yaml.v2: inside quotes, a block scalar, a plain scalar.
    expect(read('a: "b\n&x:c"\nd: |\n  &y:e\nf: g&z:h\n').value).toEqual({
      a: 'b &x:c',
      d: '&y:e\n',
      f: 'g&z:h'
    })
  })

  it("'a'#b: a # right after a closing quote or bracket starts a comment", () => {
    expect(parsePolicy(`issuer: '${GH}'#b\nsubject: "${SUB}"#c\n`).policy).toEqual({
      issuer: GH,
      subject: SUB
    })
    expect(read('a: [b]#c\nd: {e: f}#g\n').value).toEqual({ a: ['b'], d: { e: 'f' } })
    // In a plain scalar it is still part of the text.
    expect(read('a: b#c\n').value).toEqual({ a: 'b#c' })
  })

  it('a double-quoted scalar continued with \\ at the end of a line, on a line of any indent', () => {
    const r = parsePolicy(`issuer: ${GH}\nclaim_pattern:\n  ref: "refs/heads/\\\nmain"\n`)
    expect(r.errors).toEqual([])
    expect(r.policy?.claim_pattern).toEqual({ ref: 'refs/heads/main' })
    expect(read('a: "x\\\n  \\ y"\n').value).toEqual({ a: 'x y' })
  })

  it('single- and double-quoted scalars folded over lines of any indent', () => {
    const r = parsePolicy(`issuer: ${GH}\nsubject: "repo:acme/widgets:ref:\nrefs/heads/main"\n`)
    expect(r.errors).toEqual([])
    expect(r.policy?.subject).toBe('repo:acme/widgets:ref: refs/heads/main')
    expect(read('a:\n  b: \'x\ny\'\n  c: "p\n\n q"\n').value).toEqual({
      a: { b: 'x y', c: 'p\nq' }
    })
    // A key must still be on one line, and a document marker still ends nothing.
    expect(read('a:\n  "x\ny": z\n').error).toContain('on one line')
    expect(read('a: "b\n---\nc"\n').error).toContain('document indicator')
  })

  it("YAML 1.1's escapes: \\' and \\<TAB> are escapes, surrogates are not", () => {
    expect(read('a: "\\\'\\\t"\n').value).toEqual({ a: "'\t" })
    expect(read('a: "\\N\\_\\L\\P\\x41"\n').value).toEqual({ a: '\u0085\u00a0\u2028\u2029A' })
    expect(read('a: "\\ud800"\n').error).toContain('invalid Unicode character escape')
    expect(read('a: "\\x4"\n').error).toContain('hexadecimal')
  })
})
