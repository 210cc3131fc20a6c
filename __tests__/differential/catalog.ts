// Hand-written cases for the Go differential test: the bytes where a YAML, RE2 or JSON reader
// most easily parts from Go's. Each has a name that says what it probes.
import type { Shape } from './engine.js'

const GH = 'https://token.actions.githubusercontent.com'
const SUB = 'repo:acme/widgets:ref:refs/heads/main'
const HEAD = `issuer: ${GH}\nsubject: ${SUB}\n`

export interface YamlCase {
  name: string
  text: string
  /** Default: a repository's trust policy (the reader is the same for every shape). */
  shapes?: Shape[]
}

const BREAKS: Array<[string, string]> = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
  ['NEL', '\u0085'],
  ['LS', '\u2028'],
  ['PS', '\u2029']
]

/** Line breaks: yaml.v2 breaks lines at CR, NEL, LS and PS too. */
const lineBreaks: YamlCase[] = BREAKS.flatMap(([name, br]) => [
  {
    name: `${name} after a comment hides keys from a reader that breaks only at LF`,
    text: `${HEAD}permissions:\n  contents: read # read-only${br}  administration: write${br}  workflows: write\n`
  },
  { name: `${name} between top-level keys`, text: `issuer: ${GH}${br}subject: ${SUB}${br}` },
  { name: `${name} inside a plain scalar`, text: `${HEAD}audience: a${br}b\n` },
  { name: `${name} inside a single-quoted scalar`, text: `${HEAD}audience: 'a${br}b'\n` },
  { name: `${name} inside a double-quoted scalar`, text: `${HEAD}audience: "a${br}b"\n` },
  { name: `${name} continuing a plain scalar`, text: `${HEAD}audience: a${br}  b\n` },
  { name: `${name} at the end of the file`, text: `${HEAD}audience: a${br}` },
  { name: `${name} in a comment line`, text: `# note${br}${HEAD}` },
  { name: `${name} in a flow mapping`, text: `{issuer: a,${br} subject: b}\n` },
  { name: `${name} in a block scalar`, text: `${HEAD}audience: |${br}  a${br}  b${br}` },
  {
    name: `${name} hiding an allowlist mode`,
    text: `issuers: [${GH}] # list${br}mode: audit\n`,
    shapes: ['allowlist']
  },
  {
    name: `${name} hiding subject_pattern`,
    text: `issuer: ${GH}\nsubject: ${SUB} # x${br}subject_pattern: '.*'\n`
  }
])

const tabs: YamlCase[] = [
  { name: 'tab indenting a mapping', text: `${HEAD}permissions:\n\tcontents: read\n` },
  { name: 'tab after a colon', text: `${HEAD}permissions:\n  contents:\tread\n` },
  {
    name: 'tab-only line inside a mapping',
    text: `${HEAD}permissions:\n  contents: read\n\t\n  issues: write\n`
  },
  { name: 'tab-only line at top level', text: `issuer: ${GH}\n\t\nsubject: ${SUB}\n` },
  { name: 'tab after indentation', text: `${HEAD}permissions:\n  \tcontents: read\n` },
  { name: 'tab before a comment', text: `${HEAD}\t# comment\n` },
  { name: 'tab after a value', text: `issuer: ${GH}\t\nsubject: ${SUB}\n` },
  { name: 'tab inside a plain scalar', text: `${HEAD}audience: a\tb\n` },
  { name: 'tab in a flow mapping', text: `{issuer:\ta, subject: b}\n` },
  { name: 'tab before a sequence item', text: `repositories:\n\t- a\n`, shapes: ['org'] },
  { name: 'tab after a dash', text: `repositories:\n-\ta\n`, shapes: ['org'] },
  { name: 'tab indenting a block scalar', text: `${HEAD}audience: |\n\ta\n` },
  { name: 'tab inside a block scalar', text: `${HEAD}audience: |\n  a\tb\n` },
  { name: 'tab in a double-quoted continuation', text: `${HEAD}audience: "a\n\tb"\n` },
  { name: 'tab in a single-quoted continuation', text: `${HEAD}audience: 'a\n\tb'\n` }
]

const ESCAPES = [
  '\\/',
  '\\x41',
  '\\u00e9',
  '\\U0001F600',
  '\\N',
  '\\_',
  '\\L',
  '\\P',
  '\\e',
  '\\ ',
  '\\\t',
  '\\0',
  '\\a',
  '\\b',
  '\\v',
  '\\f',
  '\\"',
  "\\'",
  '\\q',
  '\\ud800',
  '\\uDC00',
  '\\U00110000',
  '\\x',
  '\\u12',
  '\\\\'
]
const escapes: YamlCase[] = ESCAPES.map(e => ({
  name: `escape ${e} in a double-quoted scalar`,
  text: `${HEAD}audience: "a${e}b"\n`
}))

const directives: YamlCase[] = [
  '%YAML 1.1\n---\n',
  '%YAML 1.2\n---\n',
  '%YAML 1.0\n---\n',
  '%YAML 1.3\n---\n',
  '%YAML 2.0\n---\n',
  '%YAML 1.1\n%YAML 1.1\n---\n',
  '%TAG ! tag:example.com,2000:\n---\n',
  '%TAG !e! tag:example.com,2000:\n---\n',
  '%FOO bar\n---\n',
  '%YAML 1.1 # c\n---\n',
  '%YAML  1.1\n---\n',
  '%YAML 1.1\n',
  '---\n',
  '--- # c\n',
  '...\n'
].map(d => ({ name: `directive ${JSON.stringify(d)}`, text: d + HEAD }))

const anchors: YamlCase[] = [
  { name: 'alias to a scalar', text: `issuer: &i ${GH}\nsubject: *i\n` },
  { name: 'alias before its anchor', text: `issuer: *i\nsubject: &i ${SUB}\n` },
  { name: 'merge a mapping at top level', text: `<<: {issuer: ${GH}}\nsubject: ${SUB}\n` },
  { name: 'merge a list of mappings', text: `<<: [{issuer: ${GH}}, {subject: ${SUB}}]\n` },
  {
    name: 'merge then set the same key',
    text: `<<: {issuer: a}\nissuer: ${GH}\nsubject: ${SUB}\n`
  },
  {
    name: 'set then merge the same key',
    text: `issuer: ${GH}\n<<: {issuer: a}\nsubject: ${SUB}\n`
  },
  {
    name: 'merge an anchored mapping into permissions',
    text: `${HEAD}claim_pattern: &c\n  contents: read\npermissions:\n  <<: *c\n`
  },
  { name: 'merge a scalar', text: `<<: a\n${HEAD}` },
  { name: 'merge an alias to a scalar', text: `${HEAD}audience: &a x\n<<: *a\n` },
  { name: 'merge an unknown alias', text: `<<: *nope\n${HEAD}` },
  { name: 'merge a list holding a scalar', text: `<<: [{issuer: a}, b]\nsubject: ${SUB}\n` },
  { name: 'merge key quoted', text: `"<<": {issuer: ${GH}}\nsubject: ${SUB}\n` },
  { name: 'merge key tagged', text: `!!merge <<: {issuer: ${GH}}\nsubject: ${SUB}\n` },
  { name: 'nested merges', text: `<<: {<<: {issuer: ${GH}}}\nsubject: ${SUB}\n` },
  { name: 'merge twice', text: `<<: {issuer: ${GH}}\n<<: {subject: ${SUB}}\n` },
  {
    name: 'anchor on a mapping reused',
    text: `${HEAD}claim_pattern: &m {ref: main}\npermissions: *m\n`
  },
  { name: 'anchor redefined', text: `issuer: &a ${GH}\nsubject: &a ${SUB}\naudience: *a\n` },
  { name: 'alias as a key', text: `${HEAD}claim_pattern:\n  &k ref: x\n  *k : y\n` },
  { name: 'self-containing alias', text: `${HEAD}claim_pattern: &c {ref: *c}\n` },
  {
    name: 'aliases multiplying',
    text: `${HEAD}claim_pattern:\n  a: &a [x, x, x, x]\n  b: &b [*a, *a, *a, *a]\n  c: [*b, *b, *b, *b]\n`
  },
  { name: 'anchor on an alias', text: `issuer: &i ${GH}\nsubject: &s *i\n` },
  { name: 'anchor on an unknown alias, alone', text: '&a *b\n' },
  { name: 'anchor name with a dot', text: `issuer: &a.b ${GH}\nsubject: *a.b\n` },
  { name: 'anchor with odd name', text: `issuer: &a:b ${GH}\nsubject: *a:b\n` },
  { name: 'anchor name ended by a colon', text: `issuer: &a:b ${GH}\n` },
  { name: 'anchor name ended by a percent sign', text: `issuer: &a%b ${GH}\n` },
  { name: 'empty anchor name', text: `issuer: & ${GH}\n` },
  { name: 'anchor on an alias, then more', text: '&a *b c: d\n' },
  { name: 'anchor on an alias, then a broken line', text: '&a *b\n"unclosed\n' },
  { name: 'anchor on an alias, then a bad alias', text: '&a *b\n*c.d\n' }
]

const keys: YamlCase[] = withShapes(
  ['policy', 'org'],
  [
    { name: 'duplicate key', text: `${HEAD}issuer: ${GH}\n` },
    {
      name: 'duplicate key in permissions',
      text: `${HEAD}permissions:\n  contents: read\n  contents: write\n`
    },
    { name: 'keys differing in case', text: `${HEAD}Issuer: x\n` },
    { name: 'upper-case key', text: `ISSUER: ${GH}\nSubject: ${SUB}\n` },
    { name: 'long s folds to s', text: `issuer: ${GH}\n\u017fubject: ${SUB}\n` },
    { name: 'Kelvin sign folds to k', text: `${HEAD}permissions:\n  chec\u212as: read\n` },
    { name: 'dotless i does not fold', text: `\u0131ssuer: ${GH}\nsubject: ${SUB}\n` },
    {
      name: 'permission names fold',
      text: `${HEAD}permissions:\n  CONTENTS: read\n  Contents: write\n`
    },
    { name: 'claim names do not fold', text: `${HEAD}claim_pattern:\n  ref: a\n  Ref: b\n` },
    { name: 'number and string keys collide', text: `${HEAD}claim_pattern:\n  1: a\n  "1": b\n` },
    {
      name: 'bool and string keys collide',
      text: `${HEAD}claim_pattern:\n  true: a\n  "true": b\n`
    },
    { name: 'float keys collide', text: `${HEAD}claim_pattern:\n  1.0: a\n  1: b\n` },
    { name: 'yes is a bool key', text: `${HEAD}claim_pattern:\n  yes: a\n` },
    { name: 'null key', text: `${HEAD}claim_pattern:\n  ~: a\n` },
    { name: 'infinite key', text: `${HEAD}claim_pattern:\n  .inf: a\n  -.Inf: b\n  .nan: c\n` },
    { name: 'huge integer key', text: `${HEAD}claim_pattern:\n  18446744073709551615: a\n` },
    { name: 'octal key', text: `${HEAD}claim_pattern:\n  0777: a\n` },
    { name: 'hex key', text: `${HEAD}claim_pattern:\n  0x1F: a\n` },
    { name: 'list as key', text: `${HEAD}claim_pattern:\n  ? [a]\n  : b\n` },
    { name: 'map as key', text: `${HEAD}claim_pattern:\n  ? {a: b}\n  : c\n` },
    { name: 'explicit key', text: `? issuer\n: ${GH}\nsubject: ${SUB}\n` },
    { name: 'empty key', text: `${HEAD}claim_pattern:\n  "": a\n` },
    { name: 'unknown top-level key', text: `${HEAD}iss: x\n` },
    { name: 'repositories in a repository policy', text: `${HEAD}repositories: [a]\n` },
    { name: 'two spellings of one field', text: `issuer: a\nISSUER: ${GH}\nsubject: ${SUB}\n` },
    { name: 'unknown permission', text: `${HEAD}permissions:\n  content: read\n` },
    { name: 'hyphenated permission', text: `${HEAD}permissions:\n  pull-requests: write\n` },
    { name: 'long key', text: `${HEAD}${'k'.repeat(1100)}: x\n` },
    { name: 'long claim name', text: `${HEAD}claim_pattern:\n  ${'k'.repeat(1100)}: x\n` }
  ]
)

const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']
const prototypeKeys: YamlCase[] = PROTO.flatMap(k => [
  { name: `top-level key ${k}`, text: `${HEAD}${k}: x\n`, shapes: ['policy', 'org'] },
  { name: `claim named ${k}`, text: `${HEAD}claim_pattern:\n  ${k}: x\n` },
  { name: `permission named ${k}`, text: `${HEAD}permissions:\n  ${k}: read\n` },
  { name: `allowlist key ${k}`, text: `issuers: [${GH}]\n${k}: x\n`, shapes: ['allowlist'] }
])

const tags: YamlCase[] = [
  { name: '!!binary value', text: `${HEAD}audience: !!binary YWJj\n` },
  { name: '!!binary key', text: `${HEAD}!!binary YXVkaWVuY2U=: x\n` },
  { name: '!!binary claim name', text: `${HEAD}claim_pattern: {!!binary cmVm: x}\n` },
  { name: '!!binary invalid base64', text: `${HEAD}audience: !!binary '@@'\n` },
  { name: '!!str on a number', text: `${HEAD}audience: !!str 123\n` },
  { name: '!!int on a string', text: `${HEAD}audience: !!int "12"\n` },
  { name: '!!int on text', text: `${HEAD}audience: !!int abc\n` },
  { name: '!!float', text: `${HEAD}audience: !!float 1\n` },
  { name: '!!bool yes', text: `${HEAD}audience: !!bool yes\n` },
  { name: '!!null', text: `${HEAD}audience: !!null ""\n` },
  { name: '!!timestamp', text: `${HEAD}audience: !!timestamp 2001-12-14\n` },
  { name: '!!map on a list', text: `${HEAD}claim_pattern: !!map [a]\n` },
  { name: '!!seq on a mapping', text: `repositories: !!seq {a: b}\n`, shapes: ['org'] },
  { name: 'local tag', text: `${HEAD}audience: !custom x\n` },
  { name: 'verbatim tag', text: `${HEAD}audience: !<tag:yaml.org,2002:str> 1\n` },
  { name: '!!set', text: `${HEAD}claim_pattern: !!set {a}\n` },
  { name: '!!omap', text: `${HEAD}claim_pattern: !!omap [a: b]\n` }
]

const quoting: YamlCase[] = [
  { name: "'a'#b", text: `${HEAD}audience: 'a'#b\n` },
  { name: '"a"#b', text: `${HEAD}audience: "a"#b\n` },
  { name: "'a' #b", text: `${HEAD}audience: 'a' #b\n` },
  { name: 'plain a#b', text: `${HEAD}audience: a#b\n` },
  { name: "'a'b", text: `${HEAD}audience: 'a'b\n` },
  {
    name: 'single-quoted folded over lines',
    text: `issuer: ${GH}\nsubject: 'repo:acme/widgets:\n  ref:refs/heads/main'\n`
  },
  {
    name: 'double-quoted folded over lines',
    text: `issuer: ${GH}\nsubject: "repo:acme/widgets:\n  ref:refs/heads/main"\n`
  },
  { name: 'double-quoted with a blank line', text: `${HEAD}audience: "a\n\n  b"\n` },
  { name: 'single-quoted with blank lines', text: `${HEAD}audience: 'a\n\n\n  b'\n` },
  {
    name: 'double-quoted continued with a backslash',
    text: `issuer: ${GH}\nsubject: "repo:acme/\\\n  widgets:ref:refs/heads/main"\n`
  },
  { name: 'backslash continuation keeps spaces after', text: `${HEAD}audience: "a\\\n   b  c"\n` },
  { name: 'quoted folded at column 0', text: `${HEAD}audience: 'a\nb'\n` },
  {
    name: 'quoted continuation less indented than key',
    text: `permissions:\n  contents: 'a\n b'\n${HEAD}`
  },
  { name: 'quoted scalar with trailing spaces folded', text: `${HEAD}audience: "a   \n   b"\n` },
  { name: 'plain scalar folded over lines', text: `${HEAD}audience: a\n  b\n\n  c\n` },
  { name: 'plain scalar with a colon', text: `${HEAD}audience: a:b\n` },
  { name: 'plain scalar with ": "', text: `${HEAD}audience: a: b\n` },
  { name: 'plain scalar starting with a colon', text: `${HEAD}audience: :a\n` },
  { name: 'plain scalar with " #"', text: `${HEAD}audience: a #b\n` },
  { name: 'empty single quotes', text: `${HEAD}audience: ''\n` },
  { name: 'doubled single quote', text: `${HEAD}audience: 'it''s'\n` },
  { name: 'unterminated quote', text: `${HEAD}audience: 'a\n` },
  { name: 'document marker inside quotes', text: `${HEAD}audience: 'a\n---\n  b'\n` },
  { name: 'literal block', text: `${HEAD}audience: |\n  a\n  b\n` },
  { name: 'folded block', text: `${HEAD}audience: >-\n  a\n  b\n\n  c\n` },
  { name: 'block keep', text: `${HEAD}audience: |+\n  a\n\n` },
  { name: 'block indentation indicator', text: `${HEAD}audience: |2-\n   a\n` },
  { name: 'block more indented first line', text: `${HEAD}audience: |\n    a\n  b\n` },
  { name: 'flow mapping', text: `{issuer: ${GH}, subject: "${SUB}"}\n` },
  { name: 'flow mapping trailing comma', text: `{issuer: a, subject: b,}\n` },
  {
    name: 'flow sequence of repositories',
    text: `repositories: [a, 'b', "c", 1, yes, ~]\n`,
    shapes: ['org']
  },
  { name: 'flow pair in a sequence', text: `repositories: [a: b]\n`, shapes: ['org'] },
  { name: 'plain scalar with brackets in flow', text: `{issuer: a]b}\n` },
  { name: 'plain scalar "-"', text: `${HEAD}audience: -\n` },
  { name: 'plain scalar "- a"', text: `${HEAD}audience: - a\n` }
]

/** `cases`, each in `shapes` unless it names its own. */
function withShapes(shapes: Shape[], cases: YamlCase[]): YamlCase[] {
  return cases.map(c => (c.shapes ? c : { ...c, shapes }))
}

const SCALARS = [
  '0777',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '+12',
  '-0',
  '1.50',
  '1e3',
  '1E+3',
  '.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '123456789012345678901234567890',
  '9223372036854775808',
  '-9223372036854775809',
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'n',
  'true',
  'False',
  '~',
  'null',
  'NULL',
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '1:20',
  '190:20:30',
  '0.',
  '1.2.3',
  '0x',
  '=',
  '<<'
]
const scalars: YamlCase[] = SCALARS.flatMap(v => [
  { name: `audience: ${v}`, text: `${HEAD}audience: ${v}\n`, shapes: ['policy', 'org'] },
  {
    name: `permission value ${v}`,
    text: `${HEAD}permissions:\n  contents: ${v}\n`,
    shapes: ['policy', 'org']
  },
  {
    name: `claim_pattern value ${v}`,
    text: `${HEAD}claim_pattern:\n  ref: ${v}\n`,
    shapes: ['policy', 'org']
  },
  { name: `repositories item ${v}`, text: `${HEAD}repositories:\n  - ${v}\n`, shapes: ['org'] },
  { name: `mode: ${v}`, text: `mode: ${v}\nissuers: [${GH}]\n`, shapes: ['allowlist'] }
])

const documents: YamlCase[] = [
  { name: 'empty file', text: '' },
  { name: 'only a comment', text: '# nothing\n' },
  { name: 'null document', text: '~\n' },
  { name: 'a list', text: '- a\n' },
  { name: 'a string', text: '"x"\n' },
  { name: 'a number', text: '1\n' },
  { name: 'two documents', text: `${HEAD}---\nissuer: x\n` },
  { name: 'a second document that is broken', text: `${HEAD}---\n[\n` },
  { name: 'document end marker', text: `${HEAD}...\n` },
  { name: 'document end marker first', text: `# c\n...\n${HEAD}` },
  { name: 'byte order mark', text: `\ufeff${HEAD}` },
  { name: 'byte order mark inside', text: `${HEAD}audience: a\ufeffb\n` },
  { name: 'NUL in a value', text: `${HEAD}audience: a\u0000b\n` },
  { name: 'BEL in a value', text: `${HEAD}audience: a\u0007b\n` },
  { name: 'DEL in a value', text: `${HEAD}audience: a\u007fb\n` },
  { name: 'C1 control in quotes', text: `${HEAD}audience: "a\u0090b"\n` },
  { name: 'U+FFFE', text: `${HEAD}audience: a\ufffeb\n` },
  { name: 'no-break space', text: `${HEAD}audience:\u00a0a\n` },
  { name: 'astral character', text: `${HEAD}audience: \u{1f600}\n` },
  { name: 'control character after the first document', text: `${HEAD}---\n\u0007\n` },
  { name: 'text right after a flow mapping', text: '{}:0777\n' },
  { name: 'text right after a flow sequence', text: '[a]b: c\n' },
  { name: 'text right after a flow mapping, read', text: `{issuer: ${GH}}b\n` },
  { name: 'alias right after a flow mapping', text: `{issuer: ${GH}} *x\n` },
  { name: 'bad alias right after a flow mapping', text: `{issuer: ${GH}} *x.y\n` },
  { name: 'quote right after a flow mapping', text: `{issuer: ${GH}} "x\n` },
  { name: 'text on the line after a flow mapping', text: `{issuer: ${GH}}\nsubject: x\n` },
  { name: 'indentation error', text: `issuer: a\n  subject: b\n` },
  { name: 'bad indentation of a sequence', text: `repositories:\n  - a\n - b\n`, shapes: ['org'] },
  { name: 'deep nesting', text: `${HEAD}claim_pattern: ${'['.repeat(120)}${']'.repeat(120)}\n` },
  { name: 'null map values', text: `${HEAD}claim_pattern:\n  ref:\npermissions:\n  contents:\n` },
  {
    name: 'null fields',
    text: `issuer: ~\nissuer_pattern: .*\nsubject: ${SUB}\nclaim_pattern: ~\npermissions: ~\n`
  },
  { name: 'empty mappings', text: `${HEAD}claim_pattern: {}\npermissions: {}\n` },
  { name: 'empty repositories', text: `${HEAD}repositories: []\n`, shapes: ['org'] },
  { name: 'null repositories', text: `${HEAD}repositories:\n`, shapes: ['org'] },
  { name: 'permissions as a list', text: `${HEAD}permissions: [contents]\n` },
  { name: 'subject as a list', text: `issuer: ${GH}\nsubject: [a]\n` },
  { name: 'subject as a mapping', text: `issuer: ${GH}\nsubject: {a: b}\n` },
  { name: 'repositories as a string', text: `${HEAD}repositories: a\n`, shapes: ['org'] },
  {
    name: 'allowlist in full',
    text: `mode: audit\nissuers:\n  - ${GH}\nissuer_patterns:\n  - 'https://[a-z]+\\.example\\.com'\n`,
    shapes: ['allowlist']
  },
  { name: 'allowlist issuers as a string', text: `issuers: ${GH}\n`, shapes: ['allowlist'] },
  {
    name: 'allowlist with a null issuer',
    text: `issuers:\n  - ${GH}\n  - ~\n`,
    shapes: ['allowlist']
  },
  { name: 'allowlist keys folded', text: `MODE: audit\nIssuers: [${GH}]\n`, shapes: ['allowlist'] },
  { name: 'allowlist numbers', text: `issuers: [1, true, 1.5]\n`, shapes: ['allowlist'] },
  {
    name: 'org policy with numbers',
    shapes: ['policy', 'org'],
    text: `issuer: ${GH}\nsubject: 123\npermissions: {contents: yes}\nrepositories: [1]\n`
  },
  {
    name: 'org policy claim named like a field',
    shapes: ['policy', 'org'],
    text: `${HEAD}claim_pattern:\n  subject: 1\n  ref: 2\n`
  }
]

/**
 * An anchor or alias name ended by ":" or "?": yaml.v2's names are [0-9A-Za-z_-]+, so it ends
 * the name there and scans the rest as the next token (a plain scalar ":b x" in block
 * context; in a flow collection ":" and "?" are always indicators).
 */
const anchorEnds: YamlCase[] = [
  ...[
    `issuer: &a?b ${GH}`,
    `issuer: &a?b`,
    `issuer: &a:b ${GH}\nsubject: *a`,
    `issuer: &a: ${GH}`,
    `issuer: &a? ${GH}`,
    `issuer: &a:`,
    `issuer: &a?`,
    `issuer: &a::`,
    `issuer: &a:: x`,
    `issuer: &a::x`,
    `issuer: &a:\tb`,
    `issuer: &a?:b`,
    `issuer: &a:-1`,
    `issuer: &a:[x]`,
    `issuer: &a:#x`,
    `issuer: &a:"x"`,
    `issuer: &a:"x\\/"`,
    `issuer: &a:'x'`,
    `issuer: &a:|`,
    `issuer: &a:!t b`,
    `issuer: &a:&b c`,
    `issuer: &a:*b`,
    `issuer: &a:b,c`,
    `issuer: &a:b]`,
    `issuer: !t &a:b`,
    `issuer: !!str &a:b`,
    `issuer: &a:b\n  c`,
    `issuer: &a:b # c\n  d`,
    `issuer: &a:b\n  c: d`,
    `issuer: &a:b\n\tc`,
    `issuer: &a:\n  b: c`,
    `&a:b: ${GH}\nsubject: ${SUB}`,
    `&a:: x\nsubject: ${SUB}`,
    `&a?: x\nsubject: ${SUB}`,
    `&a:b x`,
    `&a: x`,
    `&a:b *c`,
    `- &a:b x\n- *a`,
    `issuer: x\nsubject: *x:b`,
    `issuer: &x ${GH}\nsubject: *x:b`,
    `issuer: &x ${GH}\n*x:b: c`,
    `issuer: &x ${GH}\n? *x:b\n: c`,
    `{issuer: &a:b x}`,
    `[&a:b x]`,
    `{&a:b x}`,
    `{issuer: x, &a:: y}`,
    `{issuer: x, &a:, y}`,
    `{issuer: x, &a?}`,
    `{issuer: x, &a?b}`,
    `[&a?b]`,
    `{a: b} &x:b`,
    `{a: b} &x: b`,
    `{a: b} *x:b`,
    `{a: b}\n&x:b y`,
    `"a\n&x:b"`
  ].map(text => ({
    name: `anchor name ended by ":" or "?": ${JSON.stringify(text)}`,
    text: `${text}\n`
  })),
  {
    name: 'anchor name ended by ":" in claim_pattern',
    text: `${HEAD}claim_pattern:\n  ref: &r:x refs/heads/main\n  sha: *r\n`
  },
  {
    name: 'alias name ended by ":" in a flow sequence',
    text: `${HEAD}claim_pattern:\n  x: &a k\n  y: [*a:b]\n`
  },
  {
    name: 'anchor in a flow mapping: tagged empty key',
    text: `${HEAD}claim_pattern: {!!str &a: y}\n`
  },
  {
    name: 'anchor name ended by ":" in a quoted scalar',
    text: `issuer: "${GH}\n&a:b"\nsubject: ${SUB}\n`
  },
  { name: 'anchor name ended by ":" in a block scalar', text: `${HEAD}audience: |\n  &a:b\n` }
]

/**
 * Text after the top-level node on a later line: yaml.v2's Unmarshal reads one node, then scans
 * only what it needs to end the document (the next token, and while that may be a simple key,
 * the rest of its line and one token past it); everything else is ignored.
 */
const afterRoot: YamlCase[] = withShapes(
  ['policy', 'allowlist'],
  [
    ...[
      'subject: x',
      '- x',
      '---\nsubject: x',
      '...\n@',
      '# c\nsubject: x',
      '\n  subject: x',
      '{subject: x}',
      '[x, "y"]: z',
      '}',
      ']',
      ',',
      '? x',
      ': x',
      '-x',
      '*a',
      '&a x',
      '&a:b x',
      '!t x',
      '!!str x',
      '"x": y',
      "'x' y: z",
      'x # c\ny',
      'x\n# c\n\ty',
      'x\n\ty',
      'x: "\\/"',
      '|\n  x',
      '>-\n  x\n\n  y',
      '%YAML 1.2',
      '%TAG ! tag:x,2000:',
      'x\n---\ny',
      '\tsubject: x',
      '  \t# c',
      '# \tc\nsubject: x',
      '"\\/": x',
      '"x"\n"\\/"',
      'x # c\n"\\/"',
      'x # c\n\ty',
      '[x,\n"\\/"]',
      '[x, "\\/"]',
      '@x',
      '`x',
      '%FOO',
      '|\n\tx',
      '|0\n  x',
      '!<x y',
      '&a[ x',
      '*a.b',
      "'x",
      'x: y\n\tz: 1'
    ].map(rest => ({
      name: `after a flow mapping, on a later line: ${JSON.stringify(rest)}`,
      text: `{issuer: ${GH}, subject: ${SUB}}\n${rest}\n`
    })),
    ...[
      ']',
      '}',
      ',',
      ' ]',
      '\t}',
      ' !t x',
      ' [a, b]',
      ' {b: c}',
      ' [a, b]: c',
      ' {b: c}: d',
      ' x: y',
      ' - x',
      ' ? x',
      ' : x',
      ' |\n  x',
      ' |\n\tx',
      ' "x" y',
      ' "\\/"',
      ' [x\n"\\/"]',
      ' x\n\ty',
      ' x # c\n\ty',
      ' &a:b',
      ' &a: b',
      ' *a:b c',
      ' %',
      ' @'
    ].map(rest => ({
      name: `after a flow mapping, on its line: ${JSON.stringify(rest)}`,
      text: `{issuer: ${GH}, subject: ${SUB}}${rest}\n`
    })),
    {
      name: 'after a flow mapping after ---, on its line',
      text: `--- {issuer: ${GH}, subject: ${SUB}} "\\/"\n`
    },
    {
      name: 'after a flow mapping over lines, on its line',
      text: `{issuer: ${GH},\n subject: ${SUB}} "\\/"\n`
    },
    { name: 'after a flow mapping and a comment', text: `{issuer: ${GH}} # c\nsubject: x\n` },
    { name: 'after a flow mapping over lines', text: `{issuer: ${GH},\n subject: x}\nb: c\n` },
    { name: 'after a flow sequence', text: '[a]\nb\n' },
    { name: 'after an indented block mapping', text: `  issuer: ${GH}\nsubject: x\n` },
    {
      name: 'after an indented block mapping, less indented',
      text: `  issuer: ${GH}\n  subject: ${SUB}\n permissions: {}\n`
    },
    { name: 'after an indented block sequence', text: '  - a\nb: c\n' },
    { name: 'after an indented block mapping, a tab', text: `  issuer: ${GH}\n\tsubject: x\n` },
    { name: 'after an indented block mapping, a quote', text: `  issuer: "${GH}\nsubject: x"\n` },
    { name: 'after an indented block mapping, a bad escape', text: `  issuer: ${GH}\n"\\/"\n` },
    { name: 'after a quoted string', text: `"${GH}"\nsubject: x\n` }
  ]
)

export const YAML_CASES: YamlCase[] = [
  ...lineBreaks,
  ...tabs,
  ...escapes,
  ...directives,
  ...anchors,
  ...keys,
  ...prototypeKeys,
  ...tags,
  ...quoting,
  ...scalars,
  ...documents,
  ...afterRoot,
  ...anchorEnds
]

export interface PatternCase {
  name: string
  pattern: string
  inputs?: string[]
}

/** Strings most patterns below are tried on (each pattern also gets its own). */
export const COMMON_INPUTS = [
  '',
  'a',
  'b',
  'ab',
  'aa',
  'A',
  'k',
  'K',
  '\u212a',
  's',
  'S',
  '\u017f',
  '/',
  'a/b',
  '.',
  '\n',
  'a\n',
  '\u2028',
  'main',
  'main-x',
  'develop',
  'x-main',
  '\u03b1',
  '\u00e9',
  'e\u0301',
  '\u{1f600}',
  '\u{10570}', // Vithkuqi (Unicode 14.0)
  '\u{11f04}', // Kawi (Unicode 15.0)
  '\u01c5',
  GH,
  SUB,
  `${SUB}x`
]

export const PATTERN_CASES: PatternCase[] = [
  {
    name: 'top-level alternation',
    pattern: `${SUB.replace(/\./g, '\\.')}|repo:acme/widgets:ref:refs/heads/develop`,
    inputs: [`${SUB}-x`, 'x' + SUB]
  },
  { name: 'alternation of words', pattern: 'main|develop' },
  { name: 'unbalanced close paren', pattern: 'a)|(' },
  { name: 'unbalanced open paren', pattern: '(a' },
  { name: 'trailing backslash', pattern: 'a\\' },
  { name: 'closing paren alone', pattern: ')' },
  { name: 'empty pattern', pattern: '' },
  { name: 'empty alternative', pattern: 'a|' },
  { name: 'named group (?P<n>)', pattern: '(?P<n>a)b' },
  { name: 'named group (?<n>)', pattern: '(?<n>a)b' },
  { name: 'named group name invalid', pattern: '(?P<1n>a)' },
  { name: 'duplicate group names', pattern: '(?P<n>a)|(?P<n>b)' },
  { name: 'duplicate group names (?<n>)', pattern: '(?<n>a)|(?<n>b)' },
  { name: 'Greek script', pattern: '\\p{Greek}+' },
  { name: 'negated script', pattern: '\\P{Greek}' },
  { name: 'caret in script name', pattern: '\\p{^Greek}' },
  { name: 'letter class', pattern: '\\pL' },
  { name: 'letter class braces', pattern: '\\p{L}' },
  { name: 'upper-case letters', pattern: '\\p{Lu}' },
  { name: 'other symbols', pattern: '\\p{So}' },
  { name: 'any', pattern: '\\p{Any}' },
  { name: 'unknown class', pattern: '\\p{Foo}' },
  { name: 'script Vithkuqi (Unicode 14.0)', pattern: '\\p{Vithkuqi}' },
  { name: 'script Kawi (Unicode 15.0)', pattern: '\\p{Kawi}' },
  { name: 'script Nag_Mundari (Unicode 15.0)', pattern: '\\p{Nag_Mundari}' },
  { name: 'script Garay (Unicode 16.0)', pattern: '\\p{Garay}' },
  { name: 'script Sunuwar (Unicode 16.0)', pattern: '\\p{Sunuwar}' },
  { name: 'script Tai_Yo (Unicode 17.0)', pattern: 'a|\\p{Tai_Yo}' },
  { name: 'script Unknown', pattern: '\\p{Unknown}' },
  { name: 'Unicode 16.0 script in a class', pattern: '[a\\p{Garay}]' },
  { name: 'negated Unicode 16.0 script', pattern: '\\P{^Garay}' },
  { name: 'Unicode 16.0 script quoted', pattern: '\\Q\\p{Garay}\\E' },
  { name: 'Unicode 16.0 script after an escaped backslash', pattern: '\\\\p{Garay}' },
  { name: 'category LC (Go 1.26)', pattern: '\\p{LC}' },
  { name: 'name Assigned (Go 1.26)', pattern: '\\p{Assigned}' },
  { name: 'letters, new ones included', pattern: '\\pL+' },
  { name: 'unassigned', pattern: '\\p{Cn}' },
  { name: 'case-folded k', pattern: '(?i)k' },
  { name: 'case-folded s', pattern: '(?i)s' },
  { name: 'case-folded titlecase', pattern: '(?i)\u01c4' },
  { name: 'POSIX class', pattern: '[[:alpha:]]+' },
  { name: 'negated POSIX class', pattern: '[[:^alpha:]]' },
  { name: 'unknown POSIX class', pattern: '[[:foo:]]' },
  { name: 'POSIX class outside brackets', pattern: '[:alpha:]' },
  { name: 'end of text', pattern: 'a\\z' },
  { name: '\\Z is not RE2', pattern: 'a\\Z' },
  { name: '\\C', pattern: 'a\\C' },
  { name: 'repeat 1000', pattern: 'a{1000}' },
  { name: 'repeat 1001', pattern: 'a{1001}' },
  { name: 'repeat of a repeat', pattern: '(a{100}){100}' },
  { name: 'nested repeats', pattern: 'a**' },
  { name: 'missing argument', pattern: '*' },
  { name: 'repeat with open lower bound', pattern: 'a{,2}' },
  { name: 'repeat min > max', pattern: 'a{2,1}' },
  { name: 'multiline flag', pattern: '(?m)^a$' },
  { name: 'dot-all flag', pattern: '(?s).' },
  { name: 'ungreedy flag', pattern: '(?U)a+' },
  { name: 'unknown flag', pattern: '(?z)a' },
  { name: 'empty flags', pattern: '(?)a' },
  { name: 'flag group', pattern: '(?i:A)b' },
  { name: 'quoted text', pattern: '\\Q.*\\E' },
  { name: 'quoted text unterminated', pattern: '\\Q.*' },
  { name: 'class with a range to an escape', pattern: '[a-\\d]' },
  { name: 'class range reversed', pattern: '[z-a]' },
  { name: 'class unterminated', pattern: '[a' },
  { name: 'empty class', pattern: '[]a]' },
  { name: 'negated everything', pattern: '[^\\x00-\\x{10FFFF}]' },
  { name: 'code point too large', pattern: '\\x{110000}' },
  { name: 'backreference', pattern: '(a)\\1' },
  { name: 'octal escape', pattern: '\\8' },
  { name: 'octal \\0', pattern: '\\0' },
  { name: 'lookahead', pattern: 'a(?=b)' },
  { name: 'atomic group', pattern: '(?>a)' },
  { name: 'word boundary', pattern: '\\ba\\b' },
  { name: 'not word boundary', pattern: '\\Ba' },
  { name: 'escaped slash', pattern: 'a\\/b' },
  { name: 'escaped letter', pattern: '\\y' },
  { name: 'combining mark', pattern: 'e\u0301' },
  { name: 'astral literal', pattern: '\u{1f600}' },
  { name: 'astral range', pattern: '[\u{1f600}-\u{1f64f}]' },
  { name: 'dot and newline', pattern: 'a.' },
  { name: 'begin text', pattern: '\\Aa' },
  { name: 'nested too deeply', pattern: '('.repeat(1001) + 'a' + ')'.repeat(1001) },
  { name: 'nested deeply', pattern: '('.repeat(999) + 'a' + ')'.repeat(999) },
  { name: 'expression too large', pattern: '((((a{100}){100}){100}){100})' },
  { name: 'many alternatives', pattern: Array.from({ length: 300 }, (_, i) => `x${i}`).join('|') },
  { name: 'flags after alternation', pattern: 'a|(?i)b' },
  { name: 'anchors inside', pattern: '^a$|^b$' },
  { name: 'multiline anchors inside', pattern: '(?m)a$' },
  { name: 'literal braces', pattern: 'a{' },
  { name: 'literal brace pair', pattern: 'a{x}' },
  { name: 'perl class in class', pattern: '[\\d\\s]' },
  { name: 'unicode class in class', pattern: '[\\p{Greek}a]' },
  { name: 'hex escape', pattern: '\\x41' },
  { name: 'bad hex escape', pattern: '\\xZZ' },
  { name: 'control escapes', pattern: '\\a\\f\\t\\n\\r\\v' },
  { name: '\\e is not RE2', pattern: '\\e' },
  { name: 'ignore case of class', pattern: '(?i)[k-k]' }
]

export interface TokenCase {
  name: string
  /** The payload's JSON text (bytes when a Uint8Array). */
  payload: string | Uint8Array
}

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(
    Buffer.concat(parts.map(p => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))
  )

export const TOKEN_CASES: TokenCase[] = [
  {
    name: 'folded struct keys, the last one wins',
    payload: '{"iss":"x","Sub":"a","SUB":"b","\u017fub":"c"}'
  },
  {
    name: 'duplicate keys, the last one wins',
    payload: '{"sub":"a","Sub":"b","sub":"c","x":1,"x":2}'
  },
  { name: 'long s in a struct key', payload: '{"i\u017f\u017f":"x","\u017fUB":"y","aud":"a"}' },
  { name: 'aud null', payload: '{"aud":null}' },
  { name: 'aud list with null', payload: '{"aud":["a",null]}' },
  { name: 'aud list with a number', payload: '{"aud":["x",1]}' },
  { name: 'aud object', payload: '{"aud":{}}' },
  { name: 'aud empty list', payload: '{"aud":[]}' },
  { name: 'aud folded', payload: '{"AUD":"a","aud":"b"}' },
  { name: 'exp null', payload: '{"exp":null}' },
  { name: 'exp text', payload: '{"exp":"soon"}' },
  { name: 'exp numeric text', payload: '{"exp":"1700000000"}' },
  { name: 'exp huge', payload: '{"exp":1e400}' },
  { name: 'exp huge text', payload: '{"exp":"1e400"}' },
  { name: 'exp fraction', payload: '{"exp":1.5,"iat":-3}' },
  { name: 'exp bool', payload: '{"exp":true}' },
  { name: 'exp past int64', payload: '{"exp":9223372036854775808}' },
  { name: 'nbf null', payload: '{"nbf":null}' },
  { name: 'nbf text', payload: '{"nbf":"x"}' },
  { name: 'nonce number', payload: '{"nonce":1}' },
  { name: 'at_hash null', payload: '{"at_hash":null}' },
  { name: 'claim names without sources', payload: '{"_claim_names":{"a":"src"}}' },
  {
    name: 'claim names with sources',
    payload: '{"_claim_names":{"a":"src"},"_claim_sources":{"src":{"endpoint":"x"}}}'
  },
  {
    name: 'claim source null',
    payload: '{"_claim_names":{"a":"src"},"_claim_sources":{"src":null}}'
  },
  { name: 'claim source number', payload: '{"_claim_sources":{"src":1}}' },
  { name: 'claim source endpoint number', payload: '{"_claim_sources":{"src":{"endpoint":1}}}' },
  {
    name: 'claim name empty source',
    payload: '{"_claim_names":{"a":""},"_claim_sources":{"":{}}}'
  },
  { name: 'claim names null', payload: '{"_claim_names":null}' },
  { name: 'claim names list', payload: '{"_claim_names":[]}' },
  { name: 'array payload', payload: '[1]' },
  { name: 'truncated', payload: '{"iss":' },
  { name: 'null payload', payload: 'null' },
  { name: 'string payload', payload: '"x"' },
  { name: 'number payload', payload: '1' },
  { name: 'empty payload', payload: '' },
  { name: 'whitespace around', payload: ' \t\r\n{"a":1} \n' },
  { name: 'trailing garbage', payload: '{"a":1}x' },
  { name: 'two objects', payload: '{"a":1}{"b":2}' },
  { name: 'leading zero', payload: '{"a":01}' },
  { name: 'negative zero', payload: '{"a":-0}' },
  { name: 'exponent', payload: '{"a":1.0e+2,"b":1E-2}' },
  { name: 'huge number claim', payload: '{"n":1e400}' },
  { name: 'huge number nested', payload: '{"n":[{"m":-1e999}]}' },
  { name: 'long integer', payload: '{"n":123456789012345678901234567890}' },
  { name: 'byte order mark', payload: '\ufeff{"a":1}' },
  { name: 'iss number', payload: '{"iss":1}' },
  { name: 'iss null', payload: '{"iss":null}' },
  { name: 'iss folded null after value', payload: '{"iss":"a","ISS":null}' },
  { name: 'sub list', payload: '{"sub":["a"]}' },
  {
    name: 'lone surrogate escapes',
    payload: '{"x":"a\\ud800b","y":"\\ud83d\\ude00","z":"\\udc00\\ud800\\udc00"}'
  },
  { name: 'surrogate escape in a key', payload: '{"\\ud800":1,"iss":"\\udfff"}' },
  { name: 'invalid UTF-8 in a value', payload: bytes('{"x":"', [0xe2, 0x82], '"}') },
  {
    name: 'invalid UTF-8 in a key',
    payload: bytes('{"', [0xff], '":1,"iss":"', [0xc0, 0xaf], '"}')
  },
  { name: 'overlong UTF-8', payload: bytes('{"sub":"', [0xe0, 0x80, 0xaf], '"}') },
  { name: 'encoded surrogate', payload: bytes('{"sub":"', [0xed, 0xa0, 0x80], '"}') },
  { name: 'truncated UTF-8 at the end', payload: bytes('{"sub":"a"}', [0xe2]) },
  { name: 'raw control character', payload: '{"a":"\u0001"}' },
  { name: 'raw DEL and LS', payload: '{"a":"\u007f\u2028"}' },
  { name: 'escaped NUL', payload: '{"a":"\\u0000"}' },
  { name: 'escaped slash', payload: '{"a":"\\/"}' },
  { name: 'bad escape', payload: '{"a":"\\x"}' },
  {
    name: 'prototype-named claims',
    payload: '{"__proto__":"x","constructor":1,"toString":true,"hasOwnProperty":null}'
  },
  { name: 'nested claims', payload: '{"x":[1,{"y":true}],"o":{"__proto__":{}}}' },
  { name: 'boolean claims', payload: '{"ref_protected":true,"b":false}' },
  { name: 'deep nesting', payload: '{"a":' + '['.repeat(10001) + ']'.repeat(10001) + '}' },
  { name: 'nesting within limit', payload: '{"a":' + '['.repeat(9990) + ']'.repeat(9990) + '}' },
  { name: 'literal case', payload: '{"a":True}' },
  { name: 'single quotes', payload: "{'a':1}" },
  { name: 'trailing comma', payload: '{"a":1,}' },
  {
    name: 'GitHub Actions token',
    payload: JSON.stringify({
      iss: GH,
      sub: SUB,
      aud: 'octo-sts.dev',
      ref: 'refs/heads/main',
      ref_protected: 'true',
      run_id: '1',
      exp: 1700000000,
      iat: 1699999000,
      nbf: 1699999000
    })
  }
]
