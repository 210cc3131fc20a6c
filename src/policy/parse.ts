// Reads a trust policy file the way the server does: sigs.k8s.io/yaml UnmarshalStrict, i.e.
// YAML 1.1 (yaml.v2) converted to JSON and decoded by Go's encoding/json with unknown fields
// disallowed. What that means in practice, and what this reproduces:
// - any unknown key, at any level, fails the whole policy (`permissions` included);
// - struct keys match case-insensitively (`Subject:` works), map keys (`claim_pattern`) do not;
// - a number or boolean where a string is expected becomes that string (`yes` → "true",
//   `0777` → "511", `1.50` → "1.5"); a mapping or list where a string is expected fails;
// - `null`/empty values leave a field unset; duplicate keys fail; only the first document is read;
// - `repositories` exists only in org policies (the org's `.github` repository).
// Every field keeps its line and column so problems can be annotated at `file:line`.
import {
  LineCounter,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  visit
} from 'yaml'
import type { Document, Node, Pair, Scalar, Tags, YAMLError } from 'yaml'
import { formatFloat32, goQuote } from './goformat.js'
import { INSTALLATION_PERMISSIONS } from './permissions.js'
import type { FieldPositions, Position, Problem, TrustPolicy } from './types.js'

export interface ParseOptions {
  /**
   * The policy lives in the org's `.github` repository (an org scope, or `org/.github`):
   * `repositories` is allowed. Default false, as for a repository's own policy.
   */
  isOrgPolicy?: boolean
}

export interface ParseResult {
  /** The policy, when the server would parse it; undefined when `errors` is not empty. */
  policy?: TrustPolicy
  /** What the server would fail on (severity `error`). */
  errors: Problem[]
  /** What the server accepts but probably is not what the author meant (severity `warning`). */
  warnings: Problem[]
  /** Best-effort reading of the known fields even when there are errors (for explanations). */
  partial?: TrustPolicy
  positions: FieldPositions
}

export const STRING_FIELDS = [
  'issuer',
  'issuer_pattern',
  'subject',
  'subject_pattern',
  'audience',
  'audience_pattern'
] as const
export type StringField = (typeof STRING_FIELDS)[number]

const TOP_LEVEL_KEYS = [...STRING_FIELDS, 'claim_pattern', 'permissions', 'repositories'] as const
type TopLevelKey = (typeof TOP_LEVEL_KEYS)[number]

// yaml.v2 has no sexagesimal numbers and keeps timestamps as strings when decoding into
// interface{}: drop those YAML 1.1 tags so `1:20` and `2024-01-01` stay strings.
const yamlV2Tags = (tags: Tags): Tags =>
  tags.filter(t => {
    const tag = t as { tag?: string; format?: string }
    return tag.format !== 'TIME' && tag.tag !== 'tag:yaml.org,2002:timestamp'
  })

/** Go's JSON decoder folds ASCII case when no key matches exactly. */
export function matchKey(key: string, known: Iterable<string>): string | undefined {
  let folded: string | undefined
  for (const k of known) {
    if (k === key) return k
    if (folded === undefined && k.toLowerCase() === key.toLowerCase()) folded = k
  }
  return folded
}

/** Edit distance, for "did you mean" hints on unknown keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length] ?? 0
}

export function suggestKey(key: string, known: Iterable<string>): string | undefined {
  const normal = key.toLowerCase().replace(/[-\s.]/g, '_')
  let best: string | undefined
  let bestD = Infinity
  for (const k of known) {
    if (k === normal) return k
    const d = distance(normal, k)
    if (d < bestD) {
      best = k
      bestD = d
    }
  }
  return bestD <= Math.max(1, Math.floor(normal.length / 4)) ? best : undefined
}

const ALIASES: Record<string, string> = {
  iss: 'issuer',
  sub: 'subject',
  aud: 'audience',
  claims: 'claim_pattern',
  claim_patterns: 'claim_pattern',
  permission: 'permissions',
  repos: 'repositories'
}

type Scalarish = string | undefined

/** Reads the nodes of one YAML document the server's way (also used by allowlist.ts). */
export class Reader {
  readonly errors: Problem[] = []
  readonly warnings: Problem[] = []
  readonly positions: FieldPositions = {}

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter
  ) {}

  pos(node: { range?: [number, number, number] | null } | null | undefined): Position | undefined {
    const offset = node?.range?.[0]
    if (offset === undefined) return undefined
    const { line, col } = this.lines.linePos(offset)
    return { line, column: col }
  }

  problem(
    severity: Problem['severity'],
    message: string,
    field: string | undefined,
    at: Position | undefined
  ): void {
    const p: Problem = { severity, message }
    if (field !== undefined) p.field = field
    if (at) {
      p.line = at.line
      p.column = at.column
    }
    ;(severity === 'error' ? this.errors : this.warnings).push(p)
  }

  resolve(node: unknown): Node | null {
    let n = node
    for (let i = 0; i < 100 && isAlias(n); i++) {
      const target = n.resolve(this.doc)
      if (!target) {
        this.problem(
          'error',
          `YAML error: unknown anchor ${goQuote(n.source)} referenced.`,
          undefined,
          this.pos(n)
        )
        return null
      }
      n = target
    }
    return (n as Node | null | undefined) ?? null
  }

  /** A map key as Go's YAML-to-JSON conversion spells it; undefined when it cannot be one. */
  keyString(key: unknown, where: string): string | undefined {
    const node = this.resolve(key)
    if (isScalar(node)) {
      const v = node.value
      if (typeof v === 'string') return v
      if (typeof v === 'bigint') return v.toString()
      if (typeof v === 'boolean') return v ? 'true' : 'false'
      if (typeof v === 'number') {
        if (Number.isInteger(v) && !/[.eE]/.test(node.source ?? '')) return String(v)
        if (v === Infinity) return '.inf'
        if (v === -Infinity) return '-.inf'
        if (Number.isNaN(v)) return '.nan'
        return formatFloat32(v)
      }
    }
    this.problem(
      'error',
      `${where}: a key must be a string, number or boolean (got ${node ? describe(node) : 'null'})`,
      undefined,
      this.pos(node)
    )
    return undefined
  }

  /** The entries of a mapping, merge keys (`<<`) applied the YAML 1.1 way. */
  entries(map: Node, where: string): Array<{ key: string; pair: Pair; keyNode: unknown }> {
    const explicit: Array<{ key: string; pair: Pair; keyNode: unknown }> = []
    const merged: Array<{ key: string; pair: Pair; keyNode: unknown }> = []
    if (!isMap(map)) return explicit
    for (const pair of map.items) {
      if (!isPair(pair)) continue
      const keyNode = this.resolve(pair.key)
      if (isScalar(keyNode) && keyNode.source === '<<' && keyNode.type === 'PLAIN') {
        const sources = this.resolve(pair.value)
        const list = isSeq(sources) ? sources.items.map(i => this.resolve(i)) : [sources]
        for (const src of list) {
          if (isMap(src)) merged.push(...this.entries(src, where))
        }
        continue
      }
      const key = this.keyString(pair.key, where)
      if (key !== undefined) explicit.push({ key, pair, keyNode })
    }
    const seen = new Set(explicit.map(e => e.key))
    return [...explicit, ...merged.filter(m => !seen.has(m.key))]
  }

  /**
   * A value decoded into a Go string: scalars are converted, null leaves it unset (`undefined`),
   * collections fail. `nullAs` is what a null becomes (a map element gets "").
   */
  str(value: unknown, field: string, nullAs: Scalarish = undefined): Scalarish {
    const node = this.resolve(value)
    if (node === null) return nullAs
    if (!isScalar(node)) {
      this.problem(
        'error',
        `${field} must be a string, not ${describe(node)}: the server cannot read this policy.`,
        field,
        this.pos(node)
      )
      return undefined
    }
    const v = node.value
    if (v === null || v === undefined) return nullAs
    let s: string
    if (typeof v === 'string') return v
    else if (typeof v === 'boolean') s = v ? 'true' : 'false'
    else if (typeof v === 'bigint') s = v.toString()
    else if (typeof v === 'number')
      s = Number.isInteger(v) && !/[.eE]/.test(node.source ?? '') ? String(v) : formatFloat32(v)
    else if (v instanceof Uint8Array) s = Buffer.from(v).toString('utf8')
    else s = String(v)
    const source = node.source ?? s
    if (source !== s && typeof v !== 'object') {
      this.problem(
        'warning',
        `${field}: the unquoted value ${source} is a YAML 1.1 ${typeof v === 'boolean' ? 'boolean' : 'number'}, which the server reads as the string ${goQuote(s)}; quote it if you meant ${goQuote(source)}.`,
        field,
        this.pos(node)
      )
    }
    return s
  }

  stringMap(
    value: unknown,
    field: string,
    known?: ReadonlySet<string>
  ): Record<string, string> | undefined {
    const node = this.resolve(value)
    if (node === null || (isScalar(node) && node.value === null)) return undefined
    if (!isMap(node)) {
      this.problem(
        'error',
        `${field} must be a mapping, not ${describe(node)}: the server cannot read this policy.`,
        field,
        this.pos(node)
      )
      return undefined
    }
    const out: Record<string, string> = {}
    const assigned = new Map<string, string>()
    // Go marshals the converted map with sorted keys before decoding, so with case-folded
    // duplicates the last key in byte order wins.
    const entries = this.entries(node, field)
    const items = known
      ? entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      : entries
    for (const { key, pair, keyNode } of items) {
      const path = `${field}[${goQuote(key)}]`
      let name = key
      if (known) {
        const match = matchKey(key, known)
        if (match === undefined) {
          const hint = suggestKey(key, known)
          this.problem(
            'error',
            `unknown permission ${goQuote(key)} in ${field}: the server rejects the whole policy.${hint ? ` Did you mean ${goQuote(hint)}?` : ' Use the snake_case names of GitHub App installation permissions (e.g. contents, pull_requests, issues).'}`,
            path,
            this.pos(keyNode as Node)
          )
          continue
        }
        if (match !== key) {
          this.problem(
            'warning',
            `${goQuote(key)} is read as ${goQuote(match)} (the server matches names case-insensitively); write ${goQuote(match)}.`,
            path,
            this.pos(keyNode as Node)
          )
        }
        const earlier = assigned.get(match)
        if (earlier !== undefined) {
          this.problem(
            'warning',
            `${goQuote(key)} and ${goQuote(earlier)} both set ${match}; the server uses ${goQuote(key)}. Keep one.`,
            path,
            this.pos(keyNode as Node)
          )
        }
        assigned.set(match, key)
        name = match
      }
      const at = this.pos(keyNode as Node)
      const fieldPath = `${field}[${goQuote(name)}]`
      if (at) this.positions[fieldPath] = at
      // A null map element becomes "" in Go; a null permission (a *string) stays unset.
      const valueNode = this.resolve(pair.value)
      const isNull = valueNode === null || (isScalar(valueNode) && valueNode.value === null)
      const v = this.str(pair.value, fieldPath, known ? undefined : '')
      if (v !== undefined) out[name] = v
      else if (known && isNull) {
        this.problem(
          'warning',
          `${fieldPath} has no value: the server ignores it.`,
          fieldPath,
          this.pos(keyNode as Node)
        )
      }
    }
    return out
  }

  stringList(value: unknown, field: string): string[] | undefined {
    const node = this.resolve(value)
    if (node === null || (isScalar(node) && node.value === null)) return undefined
    if (!isSeq(node)) {
      this.problem(
        'error',
        `${field} must be a list of repository names, not ${describe(node)}: the server cannot read this policy.`,
        field,
        this.pos(node)
      )
      return undefined
    }
    return node.items.map((item, i) => {
      const path = `${field}[${i}]`
      const at = this.pos(this.resolve(item) ?? (item as Node))
      if (at) this.positions[path] = at
      return this.str(item, path, '') ?? ''
    })
  }

  policy(isOrgPolicy: boolean): TrustPolicy | undefined {
    const root = this.resolve(this.doc.contents)
    if (root === null || (isScalar(root) && root.value === null)) return {}
    if (!isMap(root)) {
      this.problem(
        'error',
        `a trust policy must be a YAML mapping (issuer:, subject:, …), not ${describe(root)}.`,
        undefined,
        this.pos(root)
      )
      return undefined
    }
    const known: readonly string[] = isOrgPolicy
      ? TOP_LEVEL_KEYS
      : TOP_LEVEL_KEYS.filter(k => k !== 'repositories')
    const policy: TrustPolicy = {}
    const assigned = new Map<string, string>()
    const items = this.entries(root, 'policy').sort((a, b) =>
      a.key < b.key ? -1 : a.key > b.key ? 1 : 0
    )
    for (const { key, pair, keyNode } of items) {
      const at = this.pos(keyNode as Node)
      const match = matchKey(key, known) as TopLevelKey | undefined
      if (match === undefined) {
        if (!isOrgPolicy && matchKey(key, ['repositories'])) {
          this.problem(
            'error',
            `"repositories" is only allowed in an org policy (in the org's .github repository): the server rejects this policy. A repository's own policy always covers just that repository.`,
            key,
            at
          )
          continue
        }
        const hint = ALIASES[key.toLowerCase()] ?? suggestKey(key, known)
        this.problem(
          'error',
          `unknown key ${goQuote(key)}: the server parses policies strictly and rejects the whole policy.${hint ? ` Did you mean ${goQuote(hint)}?` : ` Known keys: ${known.join(', ')}.`}`,
          key,
          at
        )
        continue
      }
      if (match !== key) {
        this.problem(
          'warning',
          `${goQuote(key)} is read as ${goQuote(match)} (the server matches keys case-insensitively); write ${goQuote(match)}.`,
          match,
          at
        )
      }
      const earlier = assigned.get(match)
      if (earlier !== undefined) {
        this.problem(
          'warning',
          `${goQuote(key)} and ${goQuote(earlier)} both set ${match}; the server uses ${goQuote(key)}. Keep one.`,
          match,
          at
        )
      }
      assigned.set(match, key)
      if (at) this.positions[match] = at
      switch (match) {
        case 'claim_pattern':
        case 'permissions': {
          const m = this.stringMap(
            pair.value,
            match,
            match === 'permissions' ? INSTALLATION_PERMISSIONS : undefined
          )
          if (m) policy[match] = m
          else delete policy[match]
          break
        }
        case 'repositories': {
          const list = this.stringList(pair.value, match)
          if (list) policy.repositories = list
          else delete policy.repositories
          break
        }
        default: {
          const v = this.str(pair.value, match)
          // An empty string is as good as absent to the server.
          if (v) policy[match] = v
          else delete policy[match]
        }
      }
    }
    return policy
  }
}

export function describe(node: unknown): string {
  if (isMap(node)) return 'a mapping'
  if (isSeq(node)) return 'a list'
  if (isScalar(node)) {
    const v = (node as Scalar).value
    return v === null ? 'null' : `the ${typeof v} ${String(v)}`
  }
  return 'an unsupported YAML node'
}

/**
 * Where to point for a YAML error. An unclosed quote is reported at the end of the file; the
 * quote that opened it is more use to the author.
 */
function errorOffset(docs: readonly Document.Parsed[], error: YAMLError): number {
  let offset = error.pos[0]
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    for (const doc of docs) {
      visit(doc, {
        Scalar(_, node) {
          const [start, end] = node.range ?? [0, 0]
          if (
            (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
            start < offset &&
            end >= error.pos[0]
          ) {
            offset = start
          }
        }
      })
    }
  }
  return offset
}

/**
 * The first YAML document of a file, read as yaml.v2 reads it, with a Reader for its nodes;
 * `undefined` for an empty file, `errors` when YAML cannot parse it.
 */
export function loadYaml(
  text: string
): { reader: Reader; root: unknown } | { errors: Problem[] } | undefined {
  const lines = new LineCounter()
  const docs = parseAllDocuments(text, {
    version: '1.1',
    intAsBigInt: true,
    uniqueKeys: true,
    prettyErrors: false,
    lineCounter: lines,
    customTags: yamlV2Tags
  })
  const list = Array.isArray(docs) ? docs : [] // an empty stream parses to an EmptyStream
  const first = list[0]
  const at = (offset: number | undefined): Position | undefined => {
    if (offset === undefined) return undefined
    const { line, col } = lines.linePos(offset)
    return { line, column: col }
  }
  if (!first) return undefined
  // yaml.v2 reads only the first document; errors in later ones still fail its parser.
  const yamlErrors = list.flatMap(d => d.errors)
  if (yamlErrors.length) {
    return {
      errors: yamlErrors.map(e => ({
        severity: 'error' as const,
        message: `YAML error: ${e.message.split('\n')[0]}; the server cannot read this policy.`,
        ...at(errorOffset(list, e))
      }))
    }
  }
  const reader = new Reader(first, lines)
  for (const w of first.warnings) {
    reader.problem('warning', `YAML: ${w.message.split('\n')[0]}`, undefined, at(w.pos[0]))
  }
  if (list.length > 1) {
    reader.problem(
      'warning',
      'the file holds several YAML documents; the server reads only the first.',
      undefined,
      at(list[1]?.range[0])
    )
  }
  return { reader, root: first.contents }
}

/** Parses a policy file strictly, as the server does; see the top of this file. */
export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const loaded = loadYaml(text)
  if (!loaded) return { policy: {}, partial: {}, errors: [], warnings: [], positions: {} }
  if ('errors' in loaded) return { errors: loaded.errors, warnings: [], positions: {} }
  const { reader } = loaded
  const partial = reader.policy(options.isOrgPolicy ?? false)
  const result: ParseResult = {
    errors: reader.errors,
    warnings: reader.warnings,
    positions: reader.positions
  }
  if (partial) result.partial = partial
  if (partial && reader.errors.length === 0) result.policy = partial
  return result
}
