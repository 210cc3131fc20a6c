// The org issuer allowlist: `.github/chainguard/trusted-token-issuers.yaml` (ALLOWLIST_PATH in
// src/diagnose.ts) in the org's `.github` repository. When it exists, the server (octo-sts/app
// pkg/octosts/org_trusted_issuers.go) lets only the issuers it permits federate into any
// repository of the org: 403 `issuer not permitted by organization policy` otherwise, and 400
// `organization trusted-issuer configuration is invalid` when the file is broken. This reads
// the file with the server's rules (sigs.k8s.io/yaml UnmarshalStrict, then Compile), lists
// every problem at its line (the server's own error first), warns about what it accepts but
// probably should not, and answers "does it permit this issuer?".
import type { RE2JS } from 're2js'
import { compileAnchored, regexpError } from './compile.js'
import { GITHUB_ISSUER } from './github.js'
import { goQuote } from './goformat.js'
import { slashSpan } from './issuer-span.js'
import { byLine, PROBE_ISSUER } from './lint.js'
import { describe, documentReader, Reader } from './reader.js'
import { isValidIssuer } from './token-validity.js'
import type { FieldPositions, Problem } from './types.js'
import { readYamlV2 } from './yamlv2.js'
import type { GoValue } from './yamlv2.js'

/** The file as the server decodes it (OrgTrustedIssuers). */
export interface AllowlistFile {
  /** `enforce` (the default, also for "") or `audit`. */
  mode?: string
  /** Matched byte for byte. */
  issuers?: string[]
  /** Go RE2, matched as `^(?:pattern)$`. */
  issuer_patterns?: string[]
}

// The server's caps on AllowlistFile: they bound memory and compile time.
export const MAX_ISSUERS = 64
export const MAX_ISSUER_PATTERNS = 16
/** In bytes, as Go's len() counts. */
export const MAX_PATTERN_LENGTH = 256

const KEYS = ['issuer_patterns', 'issuers', 'mode'] as const
type Key = (typeof KEYS)[number]
// A Map, not an object: a key named `constructor` is not a hint.
const ALIASES: ReadonlyMap<string, Key> = new Map([
  ['issuer', 'issuers'],
  ['issuer_pattern', 'issuer_patterns'],
  ['patterns', 'issuer_patterns'],
  ['trusted_issuers', 'issuers']
])

export type Mode = 'enforce' | 'audit'

export interface AllowlistEntry {
  /** `issuers[0]`, `issuer_patterns[1]`. */
  field: string
  value: string
  line?: number
}

/** A file the server accepts, ready to match. */
export interface IssuerAllowlist {
  mode: Mode
  issuers: AllowlistEntry[]
  patterns: (AllowlistEntry & { re: RE2JS })[]
}

export interface AllowlistResult {
  /** Set only when the server would accept the file. */
  allowlist?: IssuerAllowlist
  /** Every entry that reads and compiles, even when the file has errors (for explanations). */
  partial: IssuerAllowlist
  /** What the server refuses, in its order (its own error is the first). */
  errors: Problem[]
  /** What the server accepts but probably is not what the author meant. */
  warnings: Problem[]
  positions: FieldPositions
}

/** Reads the YAML the way sigs.k8s.io/yaml UnmarshalStrict fills AllowlistFile. */
function decode(reader: Reader, root: GoValue | undefined): AllowlistFile | undefined {
  if (root === undefined || root.kind === 'null') return {}
  if (root.kind !== 'map') {
    reader.problem(
      'error',
      `the allowlist must be a YAML mapping (issuers:, issuer_patterns:, mode:), not ${describe(root)}.`,
      undefined,
      root.at
    )
    return undefined
  }
  const file: AllowlistFile = {}
  // The JSON decoder's order and folding: with two spellings of a key, the last one wins.
  const entries = reader.topLevelFields(
    root,
    'allowlist',
    KEYS,
    ALIASES,
    'the server reads the allowlist strictly and refuses the whole file'
  )
  for (const { name, entry } of entries) {
    const match = name as Key
    reader.positions[match] = entry.key.at
    if (match === 'mode') {
      // null leaves a Go string as it was.
      const v = reader.str(entry.value, 'mode', true, undefined)
      if (v !== undefined) file.mode = v
      continue
    }
    const list = reader.stringList(
      entry.value,
      match,
      'strings',
      'the server refuses the whole file'
    )
    if (list) file[match] = list
    else delete file[match]
  }
  return file
}

/** The raw check the server makes: matching is exact, so upper case there never matches. */
function schemeAndHost(iss: string): string {
  const sep = iss.indexOf('://')
  if (sep < 0) return iss
  const slash = iss.indexOf('/', sep + 3)
  return slash < 0 ? iss : iss.slice(0, slash)
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8')

class Checker {
  readonly errors: Problem[] = []
  readonly warnings: Problem[] = []
  constructor(
    private readonly positions: FieldPositions,
    /** The YAML could not be decoded in full: entries may be missing. */
    private readonly decodeFailed: boolean
  ) {}

  add(severity: Problem['severity'], field: string | undefined, text: string): void {
    const p: Problem = { severity, message: text }
    if (field !== undefined) p.field = field
    const pos = (field !== undefined ? this.positions[field] : undefined) ?? { line: 1, column: 1 }
    p.line = pos.line
    p.column = pos.column
    ;(severity === 'error' ? this.errors : this.warnings).push(p)
  }

  entry(field: string, value: string): AllowlistEntry {
    const line = this.positions[field]?.line
    return line === undefined ? { field, value } : { field, value, line }
  }

  /** The server's Compile, every problem rather than the first; returns what compiles. */
  compile(file: AllowlistFile): IssuerAllowlist {
    const decodeFailed = this.decodeFailed
    let mode: Mode = 'enforce'
    if (file.mode === 'audit') mode = 'audit'
    else if (file.mode !== undefined && file.mode !== '' && file.mode !== 'enforce') {
      const folded = file.mode.toLowerCase()
      this.add(
        'error',
        'mode',
        `mode ${goQuote(file.mode)} is neither "enforce" nor "audit": the server refuses the whole file.${folded === 'enforce' || folded === 'audit' ? ` Values are case-sensitive: write ${goQuote(folded)}.` : ' Leave mode out to enforce the list.'}`
      )
    }
    const issuers = file.issuers ?? []
    const patterns = file.issuer_patterns ?? []
    // After a decoding error the lists may be empty only because a value could not be read.
    if (issuers.length === 0 && patterns.length === 0 && !decodeFailed) {
      this.add(
        'error',
        file.issuers ? 'issuers' : file.issuer_patterns ? 'issuer_patterns' : undefined,
        `the allowlist permits no issuer: the server refuses an empty list (it would stop every exchange in the org). List at least one entry in issuers or issuer_patterns, e.g. issuers: [${GITHUB_ISSUER}].`
      )
    }
    if (issuers.length > MAX_ISSUERS) {
      this.add(
        'error',
        'issuers',
        `too many issuers: ${issuers.length} (the server allows at most ${MAX_ISSUERS}). Cover families of issuers with issuer_patterns.`
      )
    }
    if (patterns.length > MAX_ISSUER_PATTERNS) {
      this.add(
        'error',
        'issuer_patterns',
        `too many issuer_patterns: ${patterns.length} (the server allows at most ${MAX_ISSUER_PATTERNS}).`
      )
    }
    const out: IssuerAllowlist = { mode, issuers: [], patterns: [] }
    issuers.forEach((iss, i) => {
      const field = `issuers[${i}]`
      if (!isValidIssuer(iss)) {
        this.add(
          'error',
          field,
          `${field} ${goQuote(iss)} is not a valid issuer URL: the server refuses the whole file. An issuer is https://host with an optional plain path, without query, fragment or user (http only for localhost), e.g. ${GITHUB_ISSUER}.`
        )
      } else if (schemeAndHost(iss) !== schemeAndHost(iss).toLowerCase()) {
        this.add(
          'error',
          field,
          `${field} ${goQuote(iss)} must be lower-case in its scheme and host: the match is byte for byte and tokens carry lower case, so it could never match; the server refuses the whole file. Write ${goQuote(schemeAndHost(iss).toLowerCase() + iss.slice(schemeAndHost(iss).length))}.`
        )
      } else out.issuers.push(this.entry(field, iss))
    })
    patterns.forEach((pattern, i) => {
      const field = `issuer_patterns[${i}]`
      const length = byteLength(pattern)
      if (length > MAX_PATTERN_LENGTH) {
        this.add(
          'error',
          field,
          `${field} is too long: ${length} bytes (the server allows at most ${MAX_PATTERN_LENGTH}).`
        )
        return
      }
      let re: RE2JS
      try {
        re = compileAnchored(pattern)
      } catch (e) {
        this.add('error', field, `${field} ${goQuote(pattern)}: ${regexpError(e)}`)
        return
      }
      const span = slashSpan(pattern)
      if (span) {
        this.add(
          'error',
          field,
          `${field} ${goQuote(pattern)} can match "/" where it varies (${span}), so it can reach past the host: "https://.*\\.example\\.com" also admits "https://evil.com/x.example.com". The server refuses the whole file. Escape dots as \\., bound each varying part to a class without "/" (e.g. https://[a-z0-9-]+\\.example\\.com), keep every "/" at a fixed place, and give each alternative its own entry.`
        )
        return
      }
      out.patterns.push({ ...this.entry(field, pattern), re })
    })
    return out
  }

  /** What the server accepts but probably is not what the author meant. */
  lint(file: AllowlistFile, list: IssuerAllowlist): void {
    if (list.mode === 'audit') {
      this.add(
        'warning',
        'mode',
        'mode: audit permits every issuer: the server still exchanges tokens from issuers this list does not permit, and only records in its logs that it would have refused them. Use it to roll the list out; remove mode (or write enforce) to enforce it.'
      )
    }
    const seen = new Map<string, string>()
    for (const e of list.issuers) {
      const earlier = seen.get(e.value)
      if (earlier) this.add('warning', e.field, `${e.field} repeats ${earlier}: keep one.`)
      else seen.set(e.value, e.field)
      if (e.value.startsWith('http://')) {
        this.add(
          'warning',
          e.field,
          `${e.field} ${goQuote(e.value)} is a plain-http issuer: the server allows http only for localhost, for local development. Do not keep it in an org's allowlist.`
        )
      }
      if (e.value !== GITHUB_ISSUER && e.value.replace(/\/+$/, '') === GITHUB_ISSUER) {
        this.add(
          'warning',
          e.field,
          `${e.field} ${goQuote(e.value)} has a trailing slash; GitHub's tokens say ${goQuote(GITHUB_ISSUER)} and the match is byte for byte, so it permits no GitHub Actions workflow.`
        )
      }
      const by = list.patterns.find(p => p.re.test(e.value))
      if (by) {
        this.add(
          'warning',
          e.field,
          `${e.field} ${goQuote(e.value)} is also permitted by ${by.field}: one of them is enough.`
        )
      }
    }
    const seenPatterns = new Map<string, string>()
    for (const p of list.patterns) {
      const earlier = seenPatterns.get(p.value)
      if (earlier) this.add('warning', p.field, `${p.field} repeats ${earlier}: keep one.`)
      else seenPatterns.set(p.value, p.field)
      if (p.value === '') {
        this.add('warning', p.field, `${p.field} is empty: it permits no issuer.`)
      } else if (p.re.test(PROBE_ISSUER)) {
        this.add(
          'warning',
          p.field,
          `${p.field} ${goQuote(p.value)} permits issuers of any host (it matches ${goQuote(PROBE_ISSUER)}): anyone who runs an OIDC provider can federate into the org. Name your issuers' hosts.`
        )
      }
    }
    const listsAny = (file.issuers?.length ?? 0) + (file.issuer_patterns?.length ?? 0) > 0
    const github =
      list.issuers.some(
        e => e.value === GITHUB_ISSUER || e.value.startsWith(GITHUB_ISSUER + '/')
      ) ||
      list.patterns.some(
        p => p.re.test(GITHUB_ISSUER) || p.value.startsWith('https://token\\.actions\\.')
      )
    const clean = this.errors.length === 0 && !this.decodeFailed
    if (clean && listsAny && !github && list.mode === 'enforce') {
      this.add(
        'warning',
        file.issuers ? 'issuers' : 'issuer_patterns',
        `no entry permits GitHub Actions (${GITHUB_ISSUER}): once this is on the default branch, no GitHub Actions workflow of the org can get a token from Octo STS. Add it to issuers (or ${GITHUB_ISSUER}/<enterprise> if your enterprise uses a custom issuer).`
      )
    }
  }
}

/** Reads an allowlist file as the server does; see the top of this file. */
export function parseAllowlist(text: string): AllowlistResult {
  const empty: IssuerAllowlist = { mode: 'enforce', issuers: [], patterns: [] }
  const read = readYamlV2(text)
  if (read.errors.length) {
    return { partial: empty, errors: [...read.hidden, ...read.errors], warnings: [], positions: {} }
  }
  const reader = documentReader(read, new Reader(false))
  const file = decode(reader, read.value)
  const checker = new Checker(reader.positions, reader.errors.length > 0)
  const partial = file ? checker.compile(file) : empty
  if (file) checker.lint(file, partial)
  // With line breaks only the server sees, `partial` is what the server reads; never `allowlist`.
  const errors = [...read.hidden, ...reader.errors, ...checker.errors]
  const warnings = [...reader.warnings, ...checker.warnings]
  const result: AllowlistResult = { partial, errors, warnings, positions: reader.positions }
  if (errors.length === 0) result.allowlist = partial
  return result
}

/** Every problem of an allowlist file, ordered by line (for the validate action). */
export function lintAllowlist(text: string): Problem[] {
  const { errors, warnings } = parseAllowlist(text)
  return byLine([...errors, ...warnings])
}

export interface PermitResult {
  /** An entry of the list permits the issuer. */
  listed: boolean
  /** The server lets the exchange go on: listed, or the list is in audit mode. */
  admitted: boolean
  /** The first entry that permits it (exact issuers first, as the server checks them). */
  by?: AllowlistEntry
}

/** Does the allowlist permit issuer `iss`? Exact, byte-for-byte entries, then anchored patterns. */
export function permitsIssuer(list: IssuerAllowlist, iss: string): PermitResult {
  const by = list.issuers.find(e => e.value === iss) ?? list.patterns.find(p => p.re.test(iss))
  const listed = by !== undefined
  const result: PermitResult = { listed, admitted: listed || list.mode === 'audit' }
  if (by) result.by = plainEntry(by)
  return result
}

const plainEntry = (e: AllowlistEntry): AllowlistEntry =>
  e.line === undefined
    ? { field: e.field, value: e.value }
    : { field: e.field, value: e.value, line: e.line }

/** The entry closest to `iss` that does not permit it: the one to change, when there is one. */
export function nearestEntry(
  list: IssuerAllowlist,
  iss: string
): { entry: AllowlistEntry; why: string } | undefined {
  const plain = (s: string): string => s.toLowerCase().replace(/\/+$/, '')
  for (const e of list.issuers) {
    if (e.value !== iss && plain(e.value) === plain(iss)) {
      return {
        entry: plainEntry(e),
        why: 'differs from the token only in case or a trailing slash; the match is byte for byte'
      }
    }
  }
  for (const e of list.issuers) {
    if (schemeAndHost(e.value).toLowerCase() === schemeAndHost(iss).toLowerCase()) {
      return {
        entry: plainEntry(e),
        why: 'names the same host with another path; the match is exact'
      }
    }
  }
  const origin = schemeAndHost(iss)
  for (const p of list.patterns) {
    if (p.re.test(origin)) {
      return { entry: plainEntry(p), why: "permits the token's host, but not the whole issuer" }
    }
  }
  // The last two labels of the host, e.g. "example.com", written in a pattern.
  const domain = origin
    .replace(/^[a-z]+:\/\//i, '')
    .split('.')
    .slice(-2)
    .join('.')
  for (const p of list.patterns) {
    if (domain.includes('.') && p.value.replace(/\\\./g, '.').includes(domain)) {
      return { entry: plainEntry(p), why: "names the token's domain but does not match the issuer" }
    }
  }
  return undefined
}
