// The TypeScript engine's answers to the differential cases, in the Go program's shapes, and
// the comparison of the two. Entry points: parsePolicy (trust policies), the allowlist's decode
// (sigs.k8s.io/yaml into OrgTrustedIssuers), compileAnchored (patterns), and
// decodeToken (a token's payload).
import { decode as decodeAllowlist } from '../../src/policy/allowlist.js'
import type { RE2JS } from 're2js'
import * as compile from '../../src/policy/compile.js'
import { decodeToken, parsePolicy } from '../../src/policy/index.js'
import { documentReader, Reader } from '../../src/policy/reader.js'
import type { TrustPolicy } from '../../src/policy/types.js'
import { readYamlV2 } from '../../src/policy/yamlv2.js'
import type { GoJwtAnswer, GoReAnswer, GoYamlAnswer } from './go-oracle.js'

export type Shape = 'policy' | 'org' | 'allowlist'
type Outcome = { err: string } | { value: unknown }

/** The text as Go receives it: JSON carries a lone surrogate as U+FFFD. */
export const wellFormed = (s: string): string => Buffer.from(s, 'utf8').toString('utf8')

const nonEmpty = <T extends object>(o: T | undefined): T | undefined =>
  o && Object.keys(o).length ? o : undefined

/** A decoded policy as the Go program prints it: json.Marshal with omitempty. */
function policyValue(p: TrustPolicy): unknown {
  const out: Record<string, unknown> = {}
  for (const k of [
    'issuer',
    'issuer_pattern',
    'subject',
    'subject_pattern',
    'audience',
    'audience_pattern'
  ] as const) {
    if (p[k]) out[k] = p[k]
  }
  const claims = nonEmpty(p.claim_pattern)
  if (claims) out.claim_pattern = { ...claims }
  out.permissions = { ...(p.permissions ?? {}) } // a struct: never omitted
  if (p.repositories?.length) out.repositories = [...p.repositories]
  return out
}

export interface YamlVerdict {
  outcome: Outcome
  /** The engine warned that the server picks one of two keys at random. */
  random: boolean
}

/** How the engine decodes `text` into `shape`, as sigs.k8s.io/yaml UnmarshalStrict would. */
export function engineYaml(shape: Shape, text: string): YamlVerdict {
  if (shape === 'allowlist') {
    const read = readYamlV2(text)
    if (read.errors.length)
      return { outcome: { err: read.errors[0]?.message ?? '' }, random: false }
    const reader = documentReader(read, new Reader(false))
    const file = decodeAllowlist(reader, read.value)
    const random = reader.warnings.some(w => /at random/.test(w.message))
    if (reader.errors.length || !file)
      return { outcome: { err: reader.errors[0]?.message ?? 'not decoded' }, random }
    const value: Record<string, unknown> = {}
    if (file.mode) value.mode = file.mode
    if (file.issuers?.length) value.issuers = file.issuers
    if (file.issuer_patterns?.length) value.issuer_patterns = file.issuer_patterns
    return { outcome: { value }, random }
  }
  const r = parsePolicy(text, { isOrgPolicy: shape === 'org' })
  const random = r.warnings.some(w => /at random/.test(w.message))
  if (r.errors.length || !r.policy) return { outcome: { err: r.errors[0]?.message ?? '' }, random }
  return { outcome: { value: policyValue(r.policy) }, random }
}

const isErr = (o: Outcome): o is { err: string } => 'err' in o
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(sorted(b))
/** Object keys in one order, so that values compare by content. */
function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted)
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map(k => [k, sorted((v as Record<string, unknown>)[k])])
    )
  }
  return v
}

/** Why the engine's decoding differs from Go's, or undefined when it agrees. */
export function compareYaml(go: GoYamlAnswer, ts: YamlVerdict): string | undefined {
  const mine = ts.outcome
  const agrees = go.outcomes.some(o =>
    isErr(o) ? isErr(mine) : !isErr(mine) && same(sorted(o.value), mine.value)
  )
  if (go.outcomes.length > 1 && !ts.random) {
    return `Go picks one of ${go.outcomes.length} outcomes at random; the engine does not warn`
  }
  if (agrees) return undefined
  const goSays = go.outcomes
    .map(o => (isErr(o) ? `error: ${o.err}` : JSON.stringify(sorted(o.value))))
    .join(' | ')
  const tsSays = isErr(mine) ? `error: ${mine.err}` : JSON.stringify(sorted(mine.value))
  return `Go: ${goSays}\n  engine: ${tsSays}`
}

/** The engine's compile and match of a pattern, by one of its two entry points. */
export function engineRe(
  entry: (pattern: string) => RE2JS,
  pattern: string,
  inputs: readonly string[]
): GoReAnswer {
  try {
    const re = entry(pattern)
    return { m: inputs.map(s => re.test(s)) }
  } catch (e) {
    return { err: compile.regexpError(e) }
  }
}

/** The engine's one way to compile a pattern as the server does (policies and the allowlist). */
export const PATTERN_ENTRIES: ReadonlyArray<readonly [string, (pattern: string) => RE2JS]> = [
  ['re:policy', compile.compileAnchored]
]

export function compareRe(go: GoReAnswer, ts: GoReAnswer): string | undefined {
  if (JSON.stringify(go) === JSON.stringify(ts)) return undefined
  return `Go: ${JSON.stringify(go)}\n  engine: ${JSON.stringify(ts)}`
}

type Kind = 'null' | 'bool' | 'num' | 'str' | 'arr' | 'obj'
const kindOf = (v: unknown): Kind =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'arr'
      : typeof v === 'boolean'
        ? 'bool'
        : typeof v === 'number'
          ? 'num'
          : typeof v === 'string'
            ? 'str'
            : 'obj'

/** A claim as the server's claim_pattern check sees it: its type, and its value if scalar. */
const claimView = (v: unknown): unknown => {
  const k = kindOf(v)
  return k === 'arr' || k === 'obj' ? k : [k, v]
}

/** How the engine decodes a token's payload bytes, in the Go program's shape. */
export function engineJwt(payload: Uint8Array): GoJwtAnswer {
  const d = decodeToken(payload)
  if (!d.ok) return { err: d.reason, why: d.why }
  const { iss, sub, aud, claims, claimsError } = d.token
  if (claimsError !== undefined) return { iss, sub, aud, claimsErr: claimsError }
  return { iss, sub, aud, claims: Object.fromEntries(claims) }
}

export function compareJwt(go: GoJwtAnswer, ts: GoJwtAnswer): string | undefined {
  const view = (a: GoJwtAnswer): unknown => {
    if ('err' in a) return { err: a.err }
    const claims =
      a.claimsErr !== undefined
        ? 'cannot be read into map[string]interface{}'
        : Object.fromEntries(
            Object.entries(a.claims ?? {})
              .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
              .map(([k, v]) => [k, claimView(v)])
          )
    return { iss: a.iss, sub: a.sub, aud: a.aud, claims }
  }
  const g = JSON.stringify(view(go))
  const t = JSON.stringify(view(ts))
  if (g === t) return undefined
  const why = 'why' in go ? ` (${go.why})` : ''
  return `Go: ${g}${why}\n  engine: ${t}`
}
