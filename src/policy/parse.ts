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
import { goQuote } from './goformat.js'
import { goField } from './gojson.js'
import { INSTALLATION_PERMISSIONS } from './permissions.js'
import { describe, documentReader, nullObject, Reader, suggestKey } from './reader.js'
import type { FieldPositions, Position, Problem, TrustPolicy } from './types.js'
import { readYamlV2 } from './yamlv2.js'
import type { GoValue } from './yamlv2.js'

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

/** Reads a trust policy's fields the server's way. */
class PolicyReader extends Reader {
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
      const s = this.str(entry.value, path, !this.isOrgPolicy, undefined)
      if (s !== undefined) out[name] = s
    }
    return out
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

/** Parses a policy file strictly, as the server does; see the top of this file. */
export function parsePolicy(text: string, options: ParseOptions = {}): ParseResult {
  const read = readYamlV2(text)
  if (read.errors.length) {
    return {
      errors: [...read.hidden, ...read.errors],
      warnings: [],
      positions: nullObject<Position>()
    }
  }
  const reader = documentReader(read, new PolicyReader(options.isOrgPolicy ?? false))
  // With line breaks only the server sees, `partial` is what the server reads; never `policy`.
  const partial = reader.policy(read.value)
  const result: ParseResult = {
    errors: [...read.hidden, ...reader.errors],
    warnings: reader.warnings,
    positions: reader.positions
  }
  if (partial) result.partial = partial
  if (partial && result.errors.length === 0) result.policy = partial
  return result
}
