// yaml.v2's decoder (decode.go) over the composed nodes: aliases refer to the latest preceding
// anchor (an enclosing one is "contains itself"); `<<` merges maps; in strict mode any key set
// twice, by a merge or not, fails; the "excessive aliasing" rule is applied by counting its
// decode steps exactly; `!!binary` is decoded as Go's base64.StdEncoding does.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { LineCounter, Node, Scalar } from 'yaml'
import type { Position } from '../types.js'
import { BINARY, MERGE, resolvePlain } from './resolve.js'
import type { Resolved } from './resolve.js'
import type { QuotedScalars } from './quoted.js'
import { posOf, YamlFailure } from './values.js'
import type { GoEntry, GoValue } from './values.js'

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

/**
 * A `!!binary` scalar as Go's base64.StdEncoding decodes it (padding required, only CR and LF
 * ignored), then the bytes as JSON carries them: each byte that is not part of valid UTF-8
 * becomes U+FFFD, as Go's encoding/json writes it.
 */
function decodeBinary(
  text: string,
  offset: number
): { kind: 'str'; value: string; bytes?: string } {
  const clean = text.replace(/[\r\n]/g, '')
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
    throw new YamlFailure(
      '!!binary value contains invalid base64 data (Go ignores only line breaks in it)',
      offset
    )
  }
  const bytes = Buffer.from(clean, 'base64')
  const value = goUtf8(bytes)
  const valid = Buffer.from(value, 'utf8').equals(bytes)
  return valid ? { kind: 'str', value } : { kind: 'str', value, bytes: bytes.toString('latin1') }
}

/** Bytes as Go's utf8.DecodeRune reads them: each invalid byte alone is U+FFFD. */
function goUtf8(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0
    const width =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0
    let ok = width > 0 && i + width <= bytes.length
    for (let k = 1; ok && k < width; k++) {
      const c = bytes[i + k] ?? 0
      let lo = 0x80
      let hi = 0xbf
      if (k === 1 && b === 0xe0) lo = 0xa0
      if (k === 1 && b === 0xed) hi = 0x9f
      if (k === 1 && b === 0xf0) lo = 0x90
      if (k === 1 && b === 0xf4) hi = 0x8f
      ok = c >= lo && c <= hi
    }
    if (!ok) {
      out += '\ufffd'
      i++
      continue
    }
    out += Buffer.from(bytes.subarray(i, i + width)).toString('utf8')
    i += width
  }
  return out
}

/** The Go map key identity of a decoded key, for yaml.v2's strict duplicate check. */
function keyIdentity(k: GoValue, unique: number): string {
  switch (k.kind) {
    case 'str':
      return k.bytes === undefined ? 's' + k.value : 'B' + k.bytes
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

export class Decoder {
  /** Alias node → the node its anchor named when it was read. */
  readonly targets = new Map<Node, Node>()
  private readonly done = new Map<Node, GoValue>()
  private readonly active = new Set<Node>()
  private unique = 0

  constructor(
    private readonly lines: LineCounter,
    /** Quoted scalars as yaml.v2 reads them (./quoted.ts), by offset. */
    private readonly quoted: QuotedScalars = { values: new Map(), joined: new Set(), inserted: [] }
  ) {}

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
    const start = node.range?.[0] ?? -1
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'
    const text =
      (quoted ? this.quoted.values.get(start) : undefined) ??
      String(node.source ?? node.value ?? '')
    const tag = node.tag && node.tag !== '!' ? node.tag : ''
    if (tag === BINARY) return { ...decodeBinary(text, start), at, plain: false }
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
      if (isScalar(pair.key) && this.quoted.joined.has(pair.key.range?.[0] ?? -1)) {
        throw new YamlFailure(
          'a quoted key must be on one line (yaml.v2 reads one that spans lines as "mapping values are not allowed in this context")',
          pair.key.range?.[0]
        )
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
