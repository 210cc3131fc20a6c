// Reads a YAML file the way gopkg.in/yaml.v2 (go.yaml.in/yaml/v2 v2.4.4, the version
// sigs.k8s.io/yaml v1.6.0 uses in octo-sts/app) decodes it into interface{} with
// UnmarshalStrict, in time linear in the file:
// - only the first document is read; the reader refuses control characters (DEL, C1, U+FFFE…)
//   in the part of the file it reads (512-byte chunks up to the next document's marker), and
//   double-quoted escapes of surrogates or beyond U+10FFFF;
// - plain scalars resolve as yaml.v2's resolve.go does (not the YAML 1.1 spec): `yes`/`on`/`y`
//   are booleans, `0o17`/`0x1F`/`017`/`0b1`/`1_000` integers (Go's strconv base 0), timestamps
//   and `1:20` stay strings; quoted and block scalars are strings;
// - aliases refer to the latest preceding anchor (an enclosing one is "contains itself");
//   `<<` merges maps; in strict mode any key set twice, by a merge or not, fails;
// - yaml.v2's "excessive aliasing" rule is applied by counting its decode steps exactly.
// Nesting is bounded far below yaml.v2's 10000 levels (see MAX_DEPTH): the yaml package's
// composer recurses, and a policy is at most a few levels deep.
import { Composer, LineCounter, Parser, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Document, Node, Scalar } from 'yaml'
import type { Position, Problem } from './types.js'

/** Deeper nesting is refused before composing; only nested merge keys are valid past ~5. */
export const MAX_DEPTH = 100

/** A decoded YAML value, as yaml.v2 gives it to sigs.k8s.io/yaml (map[interface{}]interface{}…). */
export type GoValue =
  | { kind: 'null'; at: Position; source: string }
  | { kind: 'str'; value: string; at: Position; plain: boolean }
  | { kind: 'int'; value: bigint; at: Position; source: string }
  /** uint64 above math.MaxInt64 (a key of this type is unsupported by sigs.k8s.io/yaml). */
  | { kind: 'uint'; value: bigint; at: Position; source: string }
  | { kind: 'float'; value: number; at: Position; source: string }
  | { kind: 'bool'; value: boolean; at: Position; source: string }
  | { kind: 'map'; entries: GoEntry[]; at: Position }
  | { kind: 'seq'; items: GoValue[]; at: Position }

export interface GoEntry {
  key: GoValue
  value: GoValue
}

export interface YamlRead {
  /** The first document's value; undefined when yaml.v2 fails (see errors). */
  value?: GoValue
  errors: Problem[]
  warnings: Problem[]
  /** Offset of a second document, when there is one. */
  laterDocument?: number
  lines: LineCounter
}

class YamlFailure extends Error {
  constructor(
    message: string,
    readonly offset: number | undefined
  ) {
    super(message)
  }
}

const STR = 'tag:yaml.org,2002:str'
const INT = 'tag:yaml.org,2002:int'
const FLOAT = 'tag:yaml.org,2002:float'
const BOOL = 'tag:yaml.org,2002:bool'
const NULL = 'tag:yaml.org,2002:null'
const BINARY = 'tag:yaml.org,2002:binary'
const TIMESTAMP = 'tag:yaml.org,2002:timestamp'
const MERGE = 'tag:yaml.org,2002:merge'
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

type Resolved =
  | { kind: 'null' }
  | { kind: 'str'; value: string }
  | { kind: 'int'; value: bigint }
  | { kind: 'uint'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'bool'; value: boolean }

/** yaml.v2's resolve(tag, in) for an implicit plain scalar (tag '') or an explicit tag. */
function resolvePlain(tag: string, text: string): Resolved {
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

/** The characters yaml.v2's reader accepts (readerc.go). */
const allowedChar = (cp: number): boolean =>
  cp === 0x09 ||
  cp === 0x0a ||
  cp === 0x0d ||
  (cp >= 0x20 && cp <= 0x7e) ||
  cp === 0x85 ||
  (cp >= 0xa0 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

/** The first character yaml.v2's reader refuses in the bytes it reads, as an offset. */
function refusedChar(text: string, byteLimit: number): number | undefined {
  let bytes = 0
  for (let i = 0; i < text.length && bytes < byteLimit;) {
    const cp = text.codePointAt(i) ?? 0
    if (!allowedChar(cp)) return i
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    bytes += width
    i += cp >= 0x10000 ? 2 : 1
  }
  return undefined
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8')

/** A `\u`/`\U` escape yaml.v2 refuses in a double-quoted scalar's source, as an offset. */
function badEscape(source: string, base: number): number | undefined {
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') continue
    const c = source[i + 1]
    const len = c === 'u' ? 4 : c === 'U' ? 8 : c === 'x' ? 2 : 0
    if (len) {
      const v = parseInt(source.slice(i + 2, i + 2 + len), 16)
      if ((v >= 0xd800 && v <= 0xdfff) || v > 0x10ffff) return base + i
      i += 1 + len
    } else i++
  }
  return undefined
}

interface Token {
  type: string
  offset: number
  source?: string
  [k: string]: unknown
}

/**
 * What yaml.v2's scanner refuses in a CST token, walked without recursion: nesting deeper than
 * MAX_DEPTH, or a double-quoted escape of a surrogate or past U+10FFFF.
 */
function scanTokens(root: Token): { offset: number; deep: boolean } | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]]
  while (stack.length) {
    const [tok, depth] = stack.pop() as [unknown, number]
    if (!tok || typeof tok !== 'object') continue
    const t = tok as Token
    if (t.type === 'double-quoted-scalar' && typeof t.source === 'string') {
      const bad = badEscape(t.source, t.offset)
      if (bad !== undefined) return { offset: bad, deep: false }
      continue
    }
    const collection =
      t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection'
    const d = collection ? depth + 1 : depth
    if (d > MAX_DEPTH) return { offset: t.offset, deep: true }
    if (t.type === 'document') stack.push([t.value, d])
    if (Array.isArray(t.items)) {
      for (const item of t.items as Array<Record<string, unknown>>) {
        stack.push([item.key, d], [item.value, d])
      }
    }
  }
  return undefined
}

const posOf = (lines: LineCounter, offset: number | undefined): Position => {
  const { line, col } = lines.linePos(offset ?? 0)
  return { line, column: col }
}

// yaml.v2's alias ratio limits (decode.go allowedAliasRatio).
const RATIO_LOW = 400000
const RATIO_HIGH = 4000000
function allowedAliasRatio(count: number): number {
  if (count <= RATIO_LOW) return 0.99
  if (count >= RATIO_HIGH) return 0.1
  return 0.99 - (0.89 * (count - RATIO_LOW)) / (RATIO_HIGH - RATIO_LOW)
}

const isMergeKey = (key: unknown): boolean =>
  isScalar(key) && (key.tag === MERGE || (key.type === 'PLAIN' && !key.tag && key.source === '<<'))

/** The Go map key identity of a decoded key, for yaml.v2's strict duplicate check. */
function keyIdentity(k: GoValue, unique: number): string {
  switch (k.kind) {
    case 'str':
      return 's' + k.value
    case 'int':
      return 'i' + k.value.toString()
    case 'uint':
      return 'u' + k.value.toString()
    case 'float':
      return Number.isNaN(k.value) ? `nan${unique}` : 'f' + String(k.value === 0 ? 0 : k.value)
    case 'bool':
      return 'b' + String(k.value)
    case 'null':
      return 'n'
    default:
      return `x${unique}`
  }
}

/** Go's %#v of a map key, for yaml.v2's messages. */
export function goKeyText(k: GoValue): string {
  switch (k.kind) {
    case 'str':
      return JSON.stringify(k.value)
    case 'null':
      return '<nil>'
    case 'map':
    case 'seq':
      return k.kind // refused before any duplicate check
    default:
      return String(k.value)
  }
}

class Decoder {
  /** Alias node → the node its anchor named when it was read. */
  readonly targets = new Map<Node, Node>()
  private readonly done = new Map<Node, GoValue>()
  private readonly active = new Set<Node>()
  private unique = 0

  constructor(private readonly lines: LineCounter) {}

  at(node: { range?: [number, number, number] | null } | null | undefined): Position {
    return posOf(this.lines, node?.range?.[0])
  }

  /** One pre-order pass: anchors as yaml.v2's parser registers them, then aliases resolved. */
  link(root: unknown): void {
    const anchors = new Map<string, Node>()
    const stack: unknown[] = [root]
    while (stack.length) {
      const n = stack.pop()
      if (isAlias(n)) {
        const target = anchors.get(n.source)
        if (!target) {
          throw new YamlFailure(`unknown anchor '${n.source}' referenced`, n.range?.[0])
        }
        this.targets.set(n, target)
        continue
      }
      const node = n as Node | null
      if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
        anchors.set(node.anchor, node)
      }
      const children: unknown[] = []
      if (isMap(node)) {
        for (const p of node.items) children.push(p.key, p.value)
      } else if (isSeq(node)) children.push(...node.items)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
    }
  }

  /** yaml.v2's decode count with aliases expanded, failing as its ratio rule does. */
  countAliases(root: unknown): void {
    let decodes = 1 // the document node
    let aliased = 0
    type Step = { n: unknown; inAlias: boolean; merge?: boolean; via?: Node }
    const stack: Array<Step | { leave: Node }> = [{ n: root, inAlias: false }]
    const open = new Set<Node>()
    while (stack.length) {
      const top = stack.pop() as Step | { leave: Node }
      if ('leave' in top) {
        open.delete(top.leave)
        continue
      }
      const { n, inAlias, via } = top
      if (top.merge && isSeq(n)) {
        for (let i = n.items.length - 1; i >= 0; i--) stack.push({ n: n.items[i], inAlias, via })
        continue
      }
      decodes++
      if (inAlias) aliased++
      if (aliased > 100 && decodes > 1000 && aliased / decodes > allowedAliasRatio(decodes)) {
        throw new YamlFailure(
          'document contains excessive aliasing (yaml.v2 refuses a file whose aliases expand to most of what it decodes)',
          (via ?? (n as Node | null))?.range?.[0]
        )
      }
      if (isAlias(n)) {
        if (open.has(n)) return // decode() reports "contains itself"
        const target = this.targets.get(n)
        open.add(n)
        stack.push({ leave: n }, { n: target, inAlias: true, via: via ?? n })
        continue
      }
      const pending: Step[] = []
      if (isMap(n)) {
        for (const p of n.items) {
          if (isMergeKey(p.key)) pending.push({ n: p.value, inAlias, merge: true, via })
          else pending.push({ n: p.key, inAlias, via }, { n: p.value, inAlias, via })
        }
      } else if (isSeq(n)) for (const i of n.items) pending.push({ n: i, inAlias, via })
      for (let i = pending.length - 1; i >= 0; i--) stack.push(pending[i] as (typeof pending)[0])
    }
  }

  decode(n: unknown, at?: Position): GoValue {
    if (isAlias(n)) {
      const target = this.targets.get(n) as Node
      if (this.active.has(target)) {
        throw new YamlFailure(`anchor '${n.source}' value contains itself`, n.range?.[0])
      }
      return { ...this.decode(target), at: at ?? this.at(n) } as GoValue
    }
    const node = n as Node | null
    const cached = node ? this.done.get(node) : undefined
    if (cached) return at ? ({ ...cached, at } as GoValue) : cached
    const where = at ?? this.at(node)
    let value: GoValue
    if (node === null || node === undefined) value = { kind: 'null', at: where, source: '' }
    else if (isScalar(node)) value = this.scalar(node, where)
    else {
      this.active.add(node)
      try {
        value = isMap(node) ? this.mapping(node, where) : this.sequence(node, where)
      } finally {
        this.active.delete(node)
      }
    }
    if (node) this.done.set(node, value)
    return value
  }

  scalar(node: Scalar, at: Position): GoValue {
    const text = String(node.source ?? node.value ?? '')
    const tag = node.tag && node.tag !== '!' ? node.tag : ''
    if (tag === BINARY) {
      const clean = text.replace(/\s/g, '')
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
        throw new YamlFailure('!!binary value contains invalid base64 data', node.range?.[0])
      }
      return { kind: 'str', value: Buffer.from(clean, 'base64').toString('utf8'), at, plain: false }
    }
    const plain = node.type === 'PLAIN' && !node.tag
    if (!plain && !tag) return { kind: 'str', value: text, at, plain: false }
    let r: Resolved
    try {
      r = resolvePlain(tag, text)
    } catch (e) {
      throw new YamlFailure((e as Error).message, node.range?.[0])
    }
    if (r.kind === 'str') return { kind: 'str', value: r.value, at, plain }
    if (r.kind === 'null') return { kind: 'null', at, source: text }
    return { ...r, at, source: text } as GoValue
  }

  mapping(node: Node, at: Position): GoValue {
    const entries: GoEntry[] = []
    const seen = new Map<string, GoValue>()
    const add = (key: GoValue, value: GoValue, where: unknown): void => {
      if (key.kind === 'map' || key.kind === 'seq') {
        throw new YamlFailure(
          `a key must be a string, number or boolean (got a ${key.kind === 'map' ? 'mapping' : 'list'})`,
          (where as Node | null)?.range?.[0]
        )
      }
      const id = keyIdentity(key, this.unique++)
      if (seen.has(id)) {
        throw new YamlFailure(
          `key ${goKeyText(key)} already set in map (a key may appear once, merges (<<) included)`,
          (where as Node | null)?.range?.[0]
        )
      }
      seen.set(id, key)
      entries.push({ key, value })
    }
    if (!isMap(node)) return { kind: 'map', entries, at }
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      if (isMergeKey(pair.key)) {
        for (const src of this.mergeSources(pair.value)) {
          const m = this.decode(src)
          if (m.kind === 'map') for (const e of m.entries) add(e.key, e.value, pair.key)
        }
        continue
      }
      const key = this.decode(pair.key)
      const value = this.decode(pair.value, pair.value ? undefined : key.at)
      add(key, value, pair.key)
    }
    return { kind: 'map', entries, at }
  }

  /** What a `<<` merges, in yaml.v2's order (a list backwards), or its error. */
  mergeSources(value: unknown): unknown[] {
    const wantMap = (): never => {
      throw new YamlFailure(
        'map merge requires map or sequence of maps as the value',
        (value as Node | null)?.range?.[0]
      )
    }
    const isMapNode = (v: unknown): boolean =>
      isMap(v) || (isAlias(v) && isMap(this.targets.get(v)))
    if (isMapNode(value)) return [value]
    if (!isSeq(value)) return wantMap()
    const list = [...value.items].reverse()
    for (const v of list) if (!isMapNode(v)) wantMap()
    return list
  }

  sequence(node: Node, at: Position): GoValue {
    const items = isSeq(node) ? node.items.map(i => this.decode(i)) : []
    return { kind: 'seq', items, at }
  }
}

const yamlError = (message: string, at?: Position): Problem => ({
  severity: 'error',
  message: `YAML error: ${message}; the server cannot read this policy.`,
  ...(at ?? {})
})

/** Reads `text` as yaml.v2's UnmarshalStrict into interface{}; see the top of this file. */
export function readYamlV2(text: string): YamlRead {
  const lines = new LineCounter()
  const result: YamlRead = { errors: [], warnings: [], lines }
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text)) as unknown as Token[]
  const firstDoc = tokens.findIndex(t => t.type === 'document')
  const nextDoc =
    firstDoc < 0 ? -1 : tokens.findIndex((t, i) => i > firstDoc && t.type === 'document')
  if (nextDoc >= 0) result.laterDocument = tokens[nextDoc]?.offset
  // yaml.v2 stops after the first document; its reader has checked 512-byte chunks up to just
  // past the next document's marker.
  const readTo = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? text.length) + 4 : text.length
  const byteLimit = Math.ceil((utf8Length(text.slice(0, readTo)) + 1) / 512) * 512
  const bad = refusedChar(text, byteLimit)
  if (bad !== undefined) {
    const cp = text.codePointAt(bad) ?? 0
    result.errors.push(
      yamlError(
        `control characters are not allowed (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`,
        posOf(lines, bad)
      )
    )
    return result
  }
  const mine = tokens.slice(0, nextDoc >= 0 ? nextDoc : tokens.length)
  const doc = firstDoc >= 0 ? tokens[firstDoc] : undefined
  const refused = doc ? scanTokens(doc) : undefined
  if (refused) {
    result.errors.push(
      yamlError(
        refused.deep
          ? `nesting deeper than ${MAX_DEPTH} levels (no trust policy needs more than a few)`
          : 'found invalid Unicode character escape code (a surrogate or past U+10FFFF)',
        posOf(lines, refused.offset)
      )
    )
    return result
  }
  const composer = new Composer({
    version: '1.1',
    schema: 'failsafe',
    uniqueKeys: false,
    prettyErrors: false
  })
  const docs = Array.from(composer.compose(mine as never, true, text.length)) as Document.Parsed[]
  const first = docs[0]
  if (!first) return result
  if (first.errors.length) {
    result.errors.push(
      ...first.errors.map(e =>
        yamlError(e.message.split('\n')[0] ?? '', posOf(lines, errorOffset(first, e)))
      )
    )
    return result
  }
  for (const w of first.warnings) {
    // yaml.v2 resolves its own tags; others it reads as strings (worth a word to the author)
    if (w.code === 'TAG_RESOLVE_FAILED' && w.message.includes('tag:yaml.org,2002:')) continue
    result.warnings.push({
      severity: 'warning',
      message: `YAML: ${w.message.split('\n')[0]}`,
      ...posOf(lines, w.pos[0])
    })
  }
  const decoder = new Decoder(lines)
  try {
    decoder.link(first.contents)
    decoder.countAliases(first.contents)
    result.value = decoder.decode(first.contents)
  } catch (e) {
    if (!(e instanceof YamlFailure)) throw e
    result.errors.push(
      yamlError(e.message, e.offset === undefined ? undefined : posOf(lines, e.offset))
    )
  }
  return result
}

/**
 * Where to point for a YAML error. An unclosed quote is reported at the end of the file; the
 * quote that opened it is more use to the author.
 */
function errorOffset(
  doc: Document.Parsed,
  error: { code: string; message: string; pos: [number, number] }
): number {
  let offset = error.pos[0]
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const stack: unknown[] = [doc.contents]
    while (stack.length) {
      const n = stack.pop()
      if (isScalar(n)) {
        const [start, end] = n.range ?? [0, 0]
        if (
          (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') &&
          start < offset &&
          end >= error.pos[0]
        ) {
          offset = start
        }
      } else if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value)
      else if (isSeq(n)) stack.push(...n.items)
    }
  }
  return offset
}
