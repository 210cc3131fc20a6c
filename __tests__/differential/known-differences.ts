// The one list of differences the Go differential test allows: those that come only from
// running Debian's packages instead of the server's versions (VERSION_DIFFERENCES), and the
// one the engine makes on purpose (DELIBERATE_DIFFERENCES, at the end). Every other difference
// between the engine and Go fails the test.
//
// Versions. The server (octo-sts/app) builds with Go 1.26, sigs.k8s.io/yaml v1.6.0 and
// go.yaml.in/yaml/v2 v2.4.4. CI installs Debian's golang-go (Go 1.19), golang-k8s-sigs-yaml-dev
// (1.3.0) and golang-gopkg-yaml.v2-dev (2.4.0).
//
// The YAML libraries: no difference on the decoding path. Read on 2026-12-07 from the
// libraries' own histories (kubernetes-sigs/yaml v1.3.0..v1.6.0, yaml/go-yaml v2.4.0..v2.4.4):
// - Debian's sources are byte for byte upstream's v1.3.0 and v2.4.0 (every .go file compared).
// - yaml.v2 v2.4.0 → v2.4.4 (four commits): the module path becomes go.yaml.in/yaml/v2 (go.mod,
//   with a retract), a URL in a doc comment changes, and tests move from gopkg.in/check.v1 to
//   the standard library. No decoder, scanner, parser or resolver file changes.
// - sigs.k8s.io/yaml v1.3.0 → v1.6.0, for the files UnmarshalStrict runs (yaml.go, fields.go):
//   the import becomes go.yaml.in/yaml/v2; variables are renamed (y → yamlBytes, o → obj,
//   yamlUnmarshal → unmarshal, yamlToJSON → yamlToJSONTarget, ju/tu/pv → jsonUnmarshaler/…);
//   errors are wrapped with %w instead of %v (same text); "Unsupported map key" is spelled
//   "unsupported map key"; DisallowUnknownFields moves from yaml_go110.go into yaml.go;
//   typeFields starts from nil count maps (read-only until replaced: same result);
//   equalFoldRight returns len(t) <= 0 instead of an if (same result); comments and a license
//   header. convertToJSONableObject's logic, the field lookup (first index only for embedded
//   fields) and the number formatting are unchanged. The rest (KYAML, yamlfmt, the forked
//   goyaml.v2/goyaml.v3 packages and the unhashable-merge-key fix in goyaml.v2's tests) is
//   not on the path octo-sts/app uses.
// So a YAML difference is never a version difference: none is listed below.
//
// Go 1.19 → 1.26 on the paths compared: encoding/json's decoding is the same (its key folding
// was rewritten in Go 1.21 with the same result for ASCII field names: `ſ` and the Kelvin sign
// still fold to s and k); regexp/syntax gained `(?<name>…)` (Go 1.22) and Unicode moved from
// 13.0 (Go 1.19) to 15.0 (Go 1.21; still 15.0 in Go 1.26, golang/go#73388), and Go 1.26 added
// class names (Cn, LC, Assigned, Ascii). Those are the classes below. re2js has Unicode 16.0
// and 17.0 tables: where it differs from Go 1.26 (a newer script's name) the difference is real
// and fails (src/policy/go-regexp.ts refuses those names as Go does). Characters assigned after
// Unicode 15.0 are not in the cases: Go 1.19 cannot tell them from 14.0/15.0 additions, and
// re2js classes such as \pL match them where Go 1.26 does not (godiff-findings.md).
import type { GoCase } from './go-oracle.js'

/** One difference between the engine and Go, as the test found it. */
export interface Difference {
  /** What was compared: `yaml:policy`, `re:policy`, `re:allowlist`, `jwt`. */
  what: string
  /** The case's name (`catalog: …` or `generated #n`). */
  name: string
  input: GoCase
  /** Go's answer and the engine's, as the test prints them. */
  detail: string
  go: unknown
  engine: unknown
  /** The engine's answers by every entry point compared on this case (`re:policy`, …). */
  others: Record<string, unknown>
}

export interface KnownDifference {
  id: string
  /** Why it is not a defect of the engine. */
  reason: string
  applies: (d: Difference) => boolean
}

/** Scripts added in Unicode 14.0 and 15.0: Go 1.26 knows them, Go 1.19 does not. */
export const SCRIPTS_14_15 = [
  'Cypro_Minoan',
  'Old_Uyghur',
  'Tangsa',
  'Toto',
  'Vithkuqi',
  'Kawi',
  'Nag_Mundari'
]

/** Class names Go 1.26 knows (as re2js spells them) and Go 1.19 does not. */
const GO_126_NAMES = ['Cn', 'LC', 'Lc', 'Assigned', 'Ascii']

/** The blocks of those scripts (Unicode 14.0 and 15.0). */
const BLOCKS_14_15: Array<[number, number]> = [
  [0x12f90, 0x12fff], // Cypro-Minoan
  [0x10f70, 0x10faf], // Old Uyghur
  [0x16a70, 0x16acf], // Tangsa
  [0x1e290, 0x1e2bf], // Toto
  [0x10570, 0x105bf], // Vithkuqi
  [0x11f00, 0x11f5f], // Kawi
  [0x1e4d0, 0x1e4ff] // Nag Mundari
]

const inBlocks1415 = (s: string): boolean =>
  [...s].some(c => {
    const cp = c.codePointAt(0) ?? 0
    return BLOCKS_14_15.some(([lo, hi]) => cp >= lo && cp <= hi)
  })

const goError = (d: Difference): string =>
  d.go && typeof d.go === 'object' && 'err' in d.go ? String((d.go as { err: unknown }).err) : ''

export const VERSION_DIFFERENCES: KnownDifference[] = [
  {
    id: 'named-group-angle-brackets',
    reason:
      'Go 1.22 added the (?<name>…) group syntax (golang/go#58458); Go 1.19 refuses it as "invalid or unsupported Perl syntax: `(?<`". The server (Go 1.26) accepts it, as the engine does.',
    applies: d =>
      d.what.startsWith('re:') && goError(d).includes('invalid or unsupported Perl syntax: `(?<`')
  },
  {
    id: 'unicode-14-15-scripts',
    reason:
      'Go 1.19 has Unicode 13.0 tables; the server (Go 1.26) has Unicode 15.0, which names these scripts, as the engine does: \\p{' +
      SCRIPTS_14_15.join('}, \\p{') +
      '}.',
    applies: d =>
      d.what.startsWith('re:') &&
      SCRIPTS_14_15.some(s => goError(d).includes(`invalid character class range: \`\\p{${s}}\``))
  },
  {
    id: 'unicode-names-go-1-26',
    reason:
      'Go 1.26 added the class names Cn, LC (also spelled Lc), Assigned and Ascii (golang/go#70780, #70781); Go 1.19 refuses them as an invalid character class range, the server accepts them, as the engine does.',
    applies: d =>
      d.what.startsWith('re:') &&
      GO_126_NAMES.some(n => goError(d).includes(`invalid character class range: \`\\p{${n}}\``))
  },
  {
    id: 'unicode-14-15-characters',
    reason:
      "Characters of the scripts added in Unicode 14.0 and 15.0 are unassigned in Go 1.19's tables (no letter, no script) and assigned in the server's Go 1.26, as in the engine: a class such as \\pL matches them only in the latter two.",
    applies: d =>
      d.what.startsWith('re:') &&
      d.input.k === 're' &&
      !('err' in (d.go as object)) &&
      !('err' in (d.engine as object)) &&
      mismatchedInputs(d).every(inBlocks1415)
  }
]

/** The inputs on which Go and the engine disagree, for a pattern both compile. */
function mismatchedInputs(d: Difference): string[] {
  if (d.input.k !== 're') return []
  const g = (d.go as { m?: boolean[] }).m ?? []
  const e = (d.engine as { m?: boolean[] }).m ?? []
  const out = d.input.in.filter((_, i) => g[i] !== e[i])
  return out.length ? out : ['(none)']
}

/**
 * Not a version difference: where the engine refuses, on purpose, a file Go reads. Issue 17: a
 * lone CR, NEL, LS or PS is a line break to yaml.v2 and not to an editor or GitHub's diff, so
 * a reviewer may not see keys the server reads; the engine makes such a file an error (at the
 * character, naming it by its code point) and never passes it. Go's value is what the error
 * describes, so the difference is the point.
 */
export const DELIBERATE_DIFFERENCES: KnownDifference[] = [
  {
    id: 'hidden-line-breaks-are-errors',
    reason:
      'A lone CR (U+000D), NEL (U+0085), LS (U+2028) or PS (U+2029) is an error in the engine (issue 17), so a file whose keys a reviewer cannot see never passes; yaml.v2 reads it as a line break.',
    applies: d =>
      d.input.k === 'yaml' &&
      /\r(?!\n)|[\u0085\u2028\u2029]/.test(d.input.text) &&
      /U\+(000D|0085|2028|2029)/.test((d.engine as { err?: string }).err ?? '')
  }
]

/** The version difference `d` is, if any. */
export const versionDifference = (d: Difference): KnownDifference | undefined =>
  VERSION_DIFFERENCES.find(k => k.applies(d))

/** The deliberate difference `d` is, if any. */
export const deliberateDifference = (d: Difference): KnownDifference | undefined =>
  DELIBERATE_DIFFERENCES.find(k => k.applies(d))
