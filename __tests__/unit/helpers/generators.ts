// Generators shared by the property tests and the Go differential test: hostile YAML text,
// hostile strings and token claims, RE2 patterns built from the syntax that trips readers up.
import fc from 'fast-check'

// What the runner or a terminal treats specially, and YAML's own syntax.
export const HOSTILE = [
  '::',
  '::error file=a::forged',
  '::stop-commands::tok',
  '##[error]',
  '\n',
  '\r',
  '\u0085',
  '\u2003',
  '\u2028',
  '\u202e',
  '\u001b[2K',
  '\u0000',
  '\t',
  '`',
  '|',
  '<b>',
  'ghs_' + 'A'.repeat(36)
]

export const YAML_TOKENS = [
  'issuer: ',
  'issuer_pattern: ',
  'subject: ',
  'subject_pattern: ',
  'audience: ',
  'claim_pattern:',
  'permissions:',
  'repositories:',
  'contents: read',
  '  ',
  '- ',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '{',
  '}',
  '[',
  ']',
  ', ',
  ': ',
  '"',
  "'",
  '#',
  '!!str ',
  '---\n',
  '.*',
  '(?i)',
  '\\',
  'https://token.actions.githubusercontent.com',
  'repo:acme/widgets:ref:refs/heads/main',
  'null',
  '0777',
  'yes'
]

const yamlToken = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...YAML_TOKENS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
)
/** Any text a policy file may hold, biased towards YAML syntax and policy keys. */
export const yamlText = fc.array(yamlToken, { maxLength: 50 }).map(t => t.join(''))

export const hostileText = fc.oneof(
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 6 })), { maxLength: 8 })
    .map(t => t.join('')),
  fc.string({ unit: 'binary', maxLength: 40 })
)

const claimValue = fc.oneof(
  hostileText,
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.array(hostileText, { maxLength: 3 }),
  fc.dictionary(hostileText, hostileText, { maxKeys: 2 })
)

/** A token's claims, each of any JSON type, hostile strings included. */
export const claims = fc.record(
  {
    iss: claimValue,
    sub: claimValue,
    aud: fc.oneof(claimValue, fc.constant('octo-sts.dev')),
    repository: claimValue,
    event_name: claimValue,
    ref: claimValue
  },
  { requiredKeys: [] }
)

/** RE2 syntax that trips readers up: groups, classes, escapes, flags, repetitions. */
export const PATTERN_TOKENS = [
  ...['a', '/', '.', '\\.', '\\/', '[', ']', '(', ')', '(?:', '(?i)', '(?i:', '(?P<n>', '|'],
  ...['*', '+', '?', '{2}', '{1,3}', '{,2}', '{01}', '^', '$', '\\d', '\\S', '\\pL'],
  ...['\\p{Greek}', '\\P{L}', '[^', '[:alpha:]', '[:^digit:]', '-', '\\Q', '\\E', '\\x2F'],
  ...['\\x{2f}', '\\057', '\\0', '\\b', '\\A', '\\z', '\\n', 'K', 's', '{', '}', ':', '[[:'],
  ...['*?', '(?s)', '(?U)', '(?-i)', '\\W', '\\\\']
]

/** A pattern of 1 to 10 of PATTERN_TOKENS. */
export const patternText = fc
  .array(fc.constantFrom(...PATTERN_TOKENS), { minLength: 1, maxLength: 10 })
  .map(parts => parts.join(''))

// Policy-shaped YAML: mostly valid documents whose scalars, quoting, indentation, line breaks
// and key spellings vary, so that decoded values (not only errors) are compared.
const scalar = fc.oneof(
  fc.constantFrom(
    'https://token.actions.githubusercontent.com',
    'repo:acme/widgets:ref:refs/heads/main',
    'refs/heads/.*',
    'read',
    'write',
    'yes',
    'no',
    '0777',
    '0x1F',
    '1.50',
    '1e3',
    '~',
    'null',
    '',
    '.inf',
    '2001-12-14',
    'a b',
    'a#b',
    'a # b',
    '-1',
    '<<',
    '*a',
    '&a x',
    '!!str 1',
    '!!binary YQ=='
  ),
  fc.string({ maxLength: 6 })
)
const quoted = fc
  .tuple(scalar, fc.constantFrom('plain', 'plain', 'single', 'double'))
  .map(([s, q]) =>
    q === 'single' ? `'${s.split("'").join("''")}'` : q === 'double' ? JSON.stringify(s) : s
  )
const POLICY_KEYS = [
  'issuer',
  'issuer_pattern',
  'subject',
  'subject_pattern',
  'audience',
  'audience_pattern',
  'Issuer',
  'SUBJECT',
  '\u017fubject',
  'mode',
  'issuers',
  'iss'
]
const NESTED_KEYS = ['contents', 'issues', 'pull_requests', 'ref', 'Ref', 'constructor', 'x', '1']
const lineBreak = fc.constantFrom('\n', '\n', '\n', '\n', '\n', '\r\n', '\r', '\u0085', '\u2028')
const indent = fc.constantFrom('  ', '  ', '  ', '    ', ' ', '\t', ' \t')
const comment = fc.constantFrom('', '', '', ' # note', ' #', '#x')
const entry = fc.oneof(
  fc.tuple(fc.constantFrom(...POLICY_KEYS), quoted, comment).map(([k, v, c]) => [`${k}: ${v}${c}`]),
  fc
    .tuple(
      fc.constantFrom('claim_pattern', 'permissions', 'Permissions'),
      fc.array(fc.tuple(fc.constantFrom(...NESTED_KEYS), quoted, comment), { maxLength: 3 }),
      indent
    )
    .map(([k, kvs, ind]) => [`${k}:`, ...kvs.map(([n, v, c]) => `${ind}${n}: ${v}${c}`)]),
  fc
    .tuple(
      fc.constantFrom('repositories', 'issuers', 'issuer_patterns'),
      fc.array(quoted, { maxLength: 3 }),
      fc.constantFrom('', '  ')
    )
    .map(([k, items, ind]) => [`${k}:`, ...items.map(v => `${ind}- ${v}`)])
)
/** A policy-shaped YAML document (also an allowlist-shaped one, by its keys). */
export const policyYaml = fc
  .tuple(
    fc.array(entry, { minLength: 1, maxLength: 6 }),
    fc.array(lineBreak, { minLength: 40, maxLength: 40 })
  )
  .map(([entries, breaks]) =>
    entries
      .flat()
      .map((line, i) => line + (breaks[i % breaks.length] ?? '\n'))
      .join('')
  )
