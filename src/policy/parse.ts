// Reads a trust policy file the way the server does: sigs.k8s.io/yaml v1.6.0 UnmarshalStrict,
// i.e. YAML read by yaml.v2 (./yamlv2.ts), converted to JSON, and decoded by Go's encoding/json
// (v1 semantics, Go 1.26 as octo-sts/app builds) with unknown fields disallowed:
// - any unknown key, at any level, fails the whole policy (`permissions` included);
// - struct keys match case-insensitively (Go's fold: `ſ` is `s`, `K` is `k`), map keys
//   (`claim_pattern`) do not; with two spellings of one field the last in byte order wins;
// - a number or boolean where a string is expected becomes that string (`yes` → "true",
//   `0777` → "511", `1.50` → "1.5") — except in an org policy: OrgTrustPolicy embeds
//   TrustPolicy, and sigs.k8s.io/yaml looks up only the first index of an embedded field, so
//   it never converts `subject: 123` or `permissions: {contents: yes}` there and the JSON
//   decoder refuses them; `repositories` still converts;
// - `null` leaves a field as it was (a map field becomes unset), a null map element is "",
//   a null permission is unset; duplicate keys fail; only the first document is read;
// - `repositories` exists only in org policies (the org's `.github` repository).
// Every field keeps its line and column so problems can be annotated at `file:line`. Maps are
// null-prototype objects: a claim or key named `__proto__` or `constructor` is a plain name.
import { formatFloat32, goQuote } from './goformat.js'
import { goField } from './gojson.js'
import { INSTALLATION_PERMISSIONS, PERMISSION_LEVELS } from './permissions.js'

/** A permission's valid values, as a fix names them. */
const PERMISSION_CHOICE = `one of ${[...PERMISSION_LEVELS].join(', ')} (e.g. contents: read)`
import type { FieldPositions, Position, Problem, TrustPolicy } from './types.js'
import { readYamlV2 } from './yamlv2.js'
import type { GoEntry, GoValue, YamlRead } from './yamlv2.js'

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

const ALIASES: ReadonlyMap<string, string> = new Map([
  ['iss', 'issuer'],
  ['sub', 'subject'],
  ['aud', 'audience'],
  ['claims', 'claim_pattern'],
  ['claim_patterns', 'claim_pattern'],
  ['permission', 'permissions'],
  ['repos', 'repositories']
])

/** TrustPolicy's string fields, by JSON name: what sigs.k8s.io/yaml converts scalars for in an
 * org policy's claim_pattern (it looks the claim names up in the embedded struct). */
const TRUST_POLICY_FIELDS = [...STRING_FIELDS, 'claim_pattern', 'permissions'] as const

const nullObject = <T>(): Record<string, T> => Object.create(null) as Record<string, T>

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

  constructor(private readonly isOrgPolicy: boolean) {}

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
  str(
    v: GoValue,
    field: string,
    convert: boolean,
    onNull: string | undefined,
    /** The values the field takes, when quoting this one would not make it valid either. */
    valid?: string
  ): string | undefined {
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
          `${field} must be a string, not ${describe(v)}: in an org policy the server does not turn it into a string, so it cannot read this policy. ${valid ? `Use ${valid}.` : `Quote it: ${goQuote(v.source)}.`}`,
          field,
          v.at
        )
      }
      return undefined
    }
    if (v.source !== s) {
      this.problem(
        'warning',
        `${field}: the unquoted value ${v.source} is a YAML 1.1 ${v.kind === 'bool' ? 'boolean' : 'number'}, which the server reads as the string ${goQuote(s)}; ${valid ? `use ${valid}` : `quote it if you meant ${goQuote(v.source)}`}.`,
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

  claimPattern(
    v: GoValue,
    into: Record<string, string> | undefined
  ): Record<string, string> | undefined {
    const field = 'claim_pattern'
    if (v.kind === 'null') return undefined // Go sets a map field to nil on null
    if (!this.isMapping(v, field)) return into
    const out = into ?? nullObject<string>()
    // A Go map has no order; the file's is the author's.
    for (const { key, entry } of this.keyed(v, field, false)) {
      const path = `${field}[${goQuote(key)}]`
      this.positions[path] = entry.key.at
      // In an org policy the names are looked up among TrustPolicy's fields (see the top).
      const convert =
        !this.isOrgPolicy ||
        (STRING_FIELDS as readonly string[]).includes(goField(key, TRUST_POLICY_FIELDS) ?? '')
      const s = this.str(entry.value, path, convert, '')
      if (s !== undefined) out[key] = s
    }
    return out
  }

  permissions(
    v: GoValue,
    into: Record<string, string> | undefined
  ): Record<string, string> | undefined {
    const field = 'permissions'
    if (v.kind === 'null') return into // null into a struct changes nothing
    if (!this.isMapping(v, field)) return into
    const out = into ?? nullObject<string>()
    const entries = this.fields(
      v,
      field,
      INSTALLATION_PERMISSIONS,
      (key, at) => {
        const hint = suggestKey(key, INSTALLATION_PERMISSIONS)
        this.problem(
          'error',
          `unknown permission ${goQuote(key)} in ${field}: the server rejects the whole policy.${hint ? ` Did you mean ${goQuote(hint)}?` : ' Use the snake_case names of GitHub App installation permissions (e.g. contents, pull_requests, issues).'}`,
          `${field}[${goQuote(key)}]`,
          at
        )
      },
      'names'
    )
    for (const { name, entry } of entries) {
      const path = `${field}[${goQuote(name)}]`
      this.positions[path] = entry.key.at
      if (entry.value.kind === 'null') {
        // A null *string is nil: the permission is not requested.
        delete out[name]
        this.problem('warning', `${path} has no value: the server ignores it.`, path, entry.key.at)
        continue
      }
      const s = this.str(entry.value, path, !this.isOrgPolicy, undefined, PERMISSION_CHOICE)
      if (s !== undefined) out[name] = s
    }
    return out
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

  policy(root: GoValue | undefined): TrustPolicy | undefined {
    if (root === undefined || root.kind === 'null') return {}
    if (root.kind !== 'map') {
      this.problem(
        'error',
        `a trust policy must be a YAML mapping (issuer:, subject:, …), not ${describe(root)}.`,
        undefined,
        root.at
      )
      return undefined
    }
    const isOrg = this.isOrgPolicy
    const known: readonly string[] = isOrg
      ? TOP_LEVEL_KEYS
      : TOP_LEVEL_KEYS.filter(k => k !== 'repositories')
    const policy: TrustPolicy = {}
    const entries = this.topLevelFields(
      root,
      'policy',
      known,
      ALIASES,
      'the server parses policies strictly and rejects the whole policy',
      (key, at) => {
        if (isOrg || !goField(key, ['repositories'])) return false
        this.problem(
          'error',
          `"repositories" is only allowed in an org policy (in the org's .github repository): the server rejects this policy. A repository's own policy always covers just that repository.`,
          key,
          at
        )
        return true
      }
    )
    for (const { name, entry } of entries) {
      const match = name as TopLevelKey
      this.positions[match] = entry.key.at
      const v = entry.value
      switch (match) {
        case 'claim_pattern': {
          const m = this.claimPattern(v, policy.claim_pattern)
          if (m) policy.claim_pattern = m
          else delete policy.claim_pattern
          break
        }
        case 'permissions': {
          const m = this.permissions(v, policy.permissions)
          if (m) policy.permissions = m
          break
        }
        case 'repositories': {
          const list = this.stringList(v, 'repositories', 'repository names')
          if (list) policy.repositories = list
          else delete policy.repositories
          break
        }
        default: {
          // OrgTrustPolicy's embedded fields are not converted (see the top of this file).
          const s = this.str(v, match, !isOrg, undefined)
          if (s === undefined) break // null leaves the field as it was
          // An empty string is as good as absent to the server.
          if (s) policy[match] = s
          else delete policy[match]
        }
      }
    }
    return policy
  }
}

/** A Reader of `read`'s first document, with the YAML warnings and a note on later documents. */
export function documentReader(read: YamlRead, isOrgPolicy: boolean): Reader {
  const reader = new Reader(isOrgPolicy)
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

/** Parses a policy file strictly, as the server does; see the top of this file. */
export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const read = readYamlV2(text)
  if (read.errors.length) {
    return { errors: read.errors, warnings: [], positions: nullObject<Position>() }
  }
  const reader = documentReader(read, options.isOrgPolicy ?? false)
  const partial = reader.policy(read.value)
  const result: ParseResult = {
    errors: reader.errors,
    warnings: reader.warnings,
    positions: reader.positions
  }
  if (partial) result.partial = partial
  if (partial && reader.errors.length === 0) result.policy = partial
  return result
}
