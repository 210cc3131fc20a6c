// yaml.v2's resolve.go for interface{}, not the YAML 1.1 spec: `yes`/`on`/`y` are booleans,
// `0o17`/`0x1F`/`017`/`0b1`/`1_000` integers (Go's strconv base 0), timestamps and `1:20` stay
// strings; an explicit tag (`!!int`) must resolve to its kind.
import { YamlFailure } from './values.js'

export const STR = 'tag:yaml.org,2002:str'
const INT = 'tag:yaml.org,2002:int'
const FLOAT = 'tag:yaml.org,2002:float'
const BOOL = 'tag:yaml.org,2002:bool'
const NULL = 'tag:yaml.org,2002:null'
export const BINARY = 'tag:yaml.org,2002:binary'
const TIMESTAMP = 'tag:yaml.org,2002:timestamp'
export const MERGE = 'tag:yaml.org,2002:merge'
const RESOLVABLE = new Set(['', STR, INT, FLOAT, BOOL, NULL, TIMESTAMP])

const WORDS = new Map<string, ['bool', boolean] | ['null', null] | ['float', number]>()
for (const w of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
  WORDS.set(w, ['bool', true])
for (const w of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
  WORDS.set(w, ['bool', false])
for (const w of ['', '~', 'null', 'Null', 'NULL']) WORDS.set(w, ['null', null])
for (const w of ['.nan', '.NaN', '.NAN']) WORDS.set(w, ['float', NaN])
for (const w of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'])
  WORDS.set(w, ['float', Infinity])
for (const w of ['-.inf', '-.Inf', '-.INF']) WORDS.set(w, ['float', -Infinity])

const INT64_MAX = (1n << 63n) - 1n
const INT64_MIN = -(1n << 63n)
const UINT64_MAX = (1n << 64n) - 1n

/** strconv.ParseInt/ParseUint(s, 0, 64) digits: a sign, a base prefix, no underscores left. */
function parseGoInt(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s)
  if (!m) return undefined
  const digits = m[2] ?? ''
  let v: bigint
  if (/^0[oO]/.test(digits)) v = BigInt('0o' + digits.slice(2))
  else if (/^0[0-7]*$/.test(digits)) v = BigInt('0o0' + digits.slice(1))
  else v = BigInt(digits)
  return m[1] === '-' ? -v : v
}

const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/

/** strconv.ParseFloat(s, 64) for the forms resolve.go lets through; NaN when Go fails. */
function parseGoFloat(s: string): number {
  if (!GO_FLOAT.test(s)) return NaN
  const f = Number(s)
  // Go reports a range error (and resolve.go then keeps the string) past float64.
  return Number.isFinite(f) ? f : NaN
}

/** resolve.go's parseTimestamp quick check: timestamps stay strings in interface{}. */
const looksLikeTimestamp = (s: string): boolean =>
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/.test(
    s
  )

export type Resolved =
  | { kind: 'null' }
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'uint'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }

/** yaml.v2's resolve(tag, in) for an implicit plain scalar (tag '') or an explicit tag. */
export function resolvePlain(tag: string, text: string): Resolved {
  if (!RESOLVABLE.has(tag)) return { kind: 'str', value: text }
  const out = resolveUntyped(tag, text)
  if (tag === '' || tag === STR || tag === TIMESTAMP) return out
  const want = { [INT]: 'int', [FLOAT]: 'float', [BOOL]: 'bool', [NULL]: 'null' }[tag]
  if (out.kind === want || (want === 'int' && out.kind === 'uint')) return out
  if (want === 'float' && out.kind === 'int') return { kind: 'float', value: Number(out.value) }
  throw new YamlFailure(
    `cannot decode ${out.kind === 'str' ? '!!str' : '!!' + out.kind} \`${text}\` as a !!${want}`,
    undefined
  )
}

function resolveUntyped(tag: string, text: string): Resolved {
  if (tag === STR) return { kind: 'str', value: text }
  const first = text[0] ?? ''
  const hint =
    text === ''
      ? 'N'
      : /[+-]/.test(first)
        ? 'S'
        : /[0-9]/.test(first)
          ? 'D'
          : /[yYnNtTfFoO~]/.test(first)
            ? 'M'
            : first === '.'
              ? '.'
              : ''
  if (hint === '') return { kind: 'str', value: text }
  const word = WORDS.get(text)
  if (word) {
    if (word[0] === 'null') return { kind: 'null' }
    if (word[0] === 'bool') return { kind: 'bool', value: word[1] }
    return { kind: 'float', value: word[1] }
  }
  if (hint === '.') {
    const f = parseGoFloat(text)
    return Number.isNaN(f) ? { kind: 'str', value: text } : { kind: 'float', value: f }
  }
  if (hint === 'D' || hint === 'S') {
    if ((tag === '' || tag === TIMESTAMP) && looksLikeTimestamp(text)) {
      return { kind: 'str', value: text }
    }
    const plain = text.replace(/_/g, '')
    const i = parseGoInt(plain)
    if (i !== undefined && i >= INT64_MIN && i <= INT64_MAX) return { kind: 'int', value: i }
    if (i !== undefined && i > 0n && i <= UINT64_MAX && !/^[+-]/.test(plain))
      return { kind: 'uint', value: i }
    const f = parseGoFloat(plain)
    if (!Number.isNaN(f)) return { kind: 'float', value: f }
  }
  return { kind: 'str', value: text }
}
