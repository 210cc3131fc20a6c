// Decodes yaml.v2's values into Go struct fields as the server does: sigs.k8s.io/yaml turns
// them into JSON, and Go's encoding/json (v1, unknown fields disallowed) fills the struct. Keys
// are converted and sorted in Go's byte order, struct keys fold like Go, scalars become
// strings where the server converts them. Used by the trust policy (parse.ts) and the org
// allowlist (allowlist.ts); each adds its own fields.
import { formatFloat32, goQuote } from './goformat.js'
import { goField } from './gojson.js'
import type { FieldPositions, Position, Problem } from './types.js'
import type { GoEntry, GoValue, YamlRead } from './yamlv2.js'

/** Byte order of UTF-8 strings (Go's sort of map keys), i.e. code point order. */
export function compareGo(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0)
    if (d) return d
  }
  return x.length - y.length
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
  if (key.length > 64) return undefined // no known name is that long; keeps the distance cheap
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

export const nullObject = <T>(): Record<string, T> => Object.create(null) as Record<string, T>

export function describe(v: GoValue): string {
  switch (v.kind) {
    case 'map':
      return 'a mapping'
    case 'seq':
      return 'a list'
    case 'null':
      return 'null'
    case 'str':
      return `the string ${goQuote(v.value)}`
    case 'bool':
      return `the boolean ${v.source}`
    default:
      return `the number ${v.source}`
  }
}

/** A scalar as sigs.k8s.io/yaml turns it into a string (strconv formatting). */
function scalarString(v: GoValue): string | undefined {
  switch (v.kind) {
    case 'str':
      return v.value
    case 'bool':
      return v.value ? 'true' : 'false'
    case 'int':
    case 'uint':
      return v.value.toString()
    case 'float':
      return formatFloat32(v.value)
    default:
      return undefined
  }
}

/** A map key as sigs.k8s.io/yaml spells it; undefined for keys it refuses. */
function keyString(v: GoValue): string | undefined {
  if (v.kind === 'float') {
    if (v.value === Infinity) return '.inf'
    if (v.value === -Infinity) return '-.inf'
    if (Number.isNaN(v.value)) return '.nan'
  }
  if (v.kind === 'uint') return undefined
  return scalarString(v)
}

interface Keyed {
  key: string
  entry: GoEntry
}

/** Reads a document's Go values the server's way (also used by allowlist.ts). */
export class Reader {
  readonly errors: Problem[] = []
  readonly warnings: Problem[] = []
  readonly positions: FieldPositions = nullObject<Position>()

  constructor(protected readonly isOrgPolicy: boolean) {}

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

  /** The entries of a map with their keys converted, in the JSON decoder's (sorted) order. */
  keyed(map: GoValue & { kind: 'map' }, where: string, sorted = true): Keyed[] {
    const byKey = new Map<string, Keyed>()
    for (const entry of map.entries) {
      const key = keyString(entry.key)
      if (key === undefined) {
        this.problem(
          'error',
          `${where}: a key must be a string, number or boolean (got ${describe(entry.key)}): the server cannot read this policy.`,
          undefined,
          entry.key.at
        )
        continue
      }
      const earlier = byKey.get(key)
      if (earlier) {
        this.problem(
          'warning',
          `${where}: two keys are both spelled ${goQuote(key)} once converted to JSON; the server keeps one of them at random. Keep one.`,
          undefined,
          entry.key.at
        )
      }
      byKey.set(key, { key, entry })
    }
    const list = [...byKey.values()]
    return sorted ? list.sort((a, b) => compareGo(a.key, b.key)) : list
  }

  /** NaN and infinities cannot be JSON: json.Marshal fails on them wherever they are left. */
  marshalable(v: GoValue, field: string): boolean {
    if (v.kind === 'float' && !Number.isFinite(v.value)) {
      this.problem(
        'error',
        `${field} is ${v.source}, which JSON cannot hold: the server cannot read this policy.`,
        field,
        v.at
      )
      return false
    }
    return true
  }

  /**
   * A value decoded into a Go string. `convert`: sigs.k8s.io/yaml turns scalars into strings
   * here. `null` returns `onNull`.
   */
  str(v: GoValue, field: string, convert: boolean, onNull: string | undefined): string | undefined {
    if (v.kind === 'null') return onNull
    if (v.kind === 'str') return v.value
    if (v.kind === 'map' || v.kind === 'seq') {
      this.problem(
        'error',
        `${field} must be a string, not ${describe(v)}: the server cannot read this policy.`,
        field,
        v.at
      )
      return undefined
    }
    const s = scalarString(v) ?? ''
    if (!convert) {
      if (this.marshalable(v, field)) {
        this.problem(
          'error',
          `${field} must be a string, not ${describe(v)}: in an org policy the server does not turn it into a string, so it cannot read this policy. Quote it: ${goQuote(v.source)}.`,
          field,
          v.at
        )
      }
      return undefined
    }
    if (v.source !== s) {
      this.problem(
        'warning',
        `${field}: the unquoted value ${v.source} is a YAML 1.1 ${v.kind === 'bool' ? 'boolean' : 'number'}, which the server reads as the string ${goQuote(s)}; quote it if you meant ${goQuote(v.source)}.`,
        field,
        v.at
      )
    }
    return s
  }

  /** A key the server does not know: it refuses the whole file; a hint when one is near. */
  unknownKey(
    key: string,
    at: Position,
    known: readonly string[],
    alias: string | undefined,
    refusal: string
  ): void {
    const hint = alias ?? suggestKey(key, known)
    this.problem(
      'error',
      `unknown key ${goQuote(key)}: ${refusal}.${hint ? ` Did you mean ${goQuote(hint)}?` : ` Known keys: ${known.join(', ')}.`}`,
      key,
      at
    )
  }

  /**
   * Known keys of a struct, folded like Go; unknown ones reported by `unknown`. A `topLevel`
   * struct's fields are named alone (`issuer`), a nested one's as `where["key"]`.
   */
  fields(
    map: GoValue & { kind: 'map' },
    where: string,
    known: readonly string[] | ReadonlySet<string>,
    unknown: (key: string, at: Position) => void,
    kindOfName: string,
    topLevel = false
  ): Array<{ name: string; key: string; entry: GoEntry }> {
    const out: Array<{ name: string; key: string; entry: GoEntry }> = []
    const assigned = new Map<string, string>()
    for (const { key, entry } of this.keyed(map, where)) {
      const at = entry.key.at
      const name = goField(key, known)
      if (name === undefined) {
        unknown(key, at)
        continue
      }
      const path = topLevel ? name : `${where}[${goQuote(key)}]`
      if (name !== key) {
        this.problem(
          'warning',
          `${goQuote(key)} is read as ${goQuote(name)} (the server matches ${kindOfName} case-insensitively); write ${goQuote(name)}.`,
          path,
          at
        )
      }
      const earlier = assigned.get(name)
      if (earlier !== undefined) {
        this.problem(
          'warning',
          `${goQuote(key)} and ${goQuote(earlier)} both set ${name}; the server uses ${goQuote(key)}. Keep one.`,
          path,
          at
        )
      }
      assigned.set(name, key)
      out.push({ name, key, entry })
    }
    return out
  }

  /**
   * A file's top-level keys, as `fields` reads them. A key it does not know refuses the whole
   * file (`refusal`), hinted from `aliases` (by lower case) or the nearest known key, unless
   * `refused` has already reported it.
   */
  topLevelFields(
    root: GoValue & { kind: 'map' },
    where: string,
    known: readonly string[],
    aliases: ReadonlyMap<string, string>,
    refusal: string,
    refused: (key: string, at: Position) => boolean = () => false
  ): Array<{ name: string; key: string; entry: GoEntry }> {
    const unknown = (key: string, at: Position): void => {
      if (!refused(key, at))
        this.unknownKey(key, at, known, aliases.get(key.toLowerCase()), refusal)
    }
    return this.fields(root, where, known, unknown, 'keys', true)
  }

  /** Whether `v` is a mapping; a finding at it when it is not (the server cannot decode it). */
  isMapping(v: GoValue, field: string): v is Extract<GoValue, { kind: 'map' }> {
    if (v.kind === 'map') return true
    this.problem(
      'error',
      `${field} must be a mapping, not ${describe(v)}: the server cannot read this policy.`,
      field,
      v.at
    )
    return false
  }

  /** A Go []string: null is nil (undefined), a null item is "". */
  stringList(
    v: GoValue,
    field: string,
    noun: string,
    refusal = 'the server cannot read this policy'
  ): string[] | undefined {
    if (v.kind === 'null') return undefined
    if (v.kind !== 'seq') {
      this.problem(
        'error',
        `${field} must be a list of ${noun}, not ${describe(v)}: ${refusal}.`,
        field,
        v.at
      )
      return undefined
    }
    return v.items.map((item, i) => {
      const path = `${field}[${i}]`
      this.positions[path] = item.at
      return this.str(item, path, true, '') ?? ''
    })
  }
}

/** A Reader of `read`'s first document, with the YAML warnings and a note on later documents. */
export function documentReader<R extends Reader>(read: YamlRead, reader: R): R {
  reader.warnings.push(...read.warnings)
  if (read.laterDocument !== undefined) {
    const { line, col } = read.lines.linePos(read.laterDocument)
    reader.problem(
      'warning',
      'the file holds several YAML documents; the server reads only the first.',
      undefined,
      { line, column: col }
    )
  }
  return reader
}
