// The server's TrustPolicy.CheckToken, and an explanation that lists every failing field
// instead of the first. Order and messages follow the server: the token's own iss/sub/aud
// sanity checks, then issuer, subject, audience (by default the server's domain must be in
// `aud`), then each claim_pattern entry: a missing claim is denied, a boolean is compared as
// "true"/"false", anything else that is not a string is denied. Messages are the server's
// without its `trust policy: ` prefix. The token is read as the server decodes it (./token.ts):
// a payload it cannot decode is refused before any policy is looked at.
import { anchoredSource } from './anchoring.js'
import type { LegacyField, LegacyVerdict } from './anchoring.js'
import { compileLegacy, compilePartial } from './compile.js'
import type { CompiledPolicy, Rule } from './compile.js'
import { goQuote, goQuoteList } from './goformat.js'
import { legacyMayDiffer } from './legacy.js'
import { parsePolicy } from './parse.js'
import type { ParseOptions } from './parse.js'
import { decodeToken } from './token.js'
import type { DecodedToken } from './token.js'
import { isValidAudience, isValidIssuer, isValidSubject } from './token-validity.js'
import type { FieldPositions, Finding, Problem, TrustPolicy } from './types.js'

export type CheckResult = { allow: true } | { allow: false; reason: string }

/** The token's payload: its JSON text or bytes, or the claims JSON.parse read from it. */
export type TokenInput = Readonly<Record<string, unknown>> | string | Uint8Array

/** `aud` as go-oidc reads it: one string or a list of strings (null is ""). */
export function audiences(claims: TokenInput): string[] {
  const d = decodeToken(claims)
  return d.ok ? d.token.aud : []
}

/** The finding for a token the server cannot decode, or the decoded token. */
function decoded(claims: TokenInput): DecodedToken | Finding {
  const d = decodeToken(claims)
  if (d.ok) return d.token
  return { field: '(token)', reason: d.reason, actual: d.why }
}

/** A claim value as it was in the token's JSON. */
const shown = (v: unknown): string => JSON.stringify(v) ?? String(v)

/** Every way `claims` fails `compiled`, in the server's order (the first is the server's). */
function evaluate(compiled: CompiledPolicy, input: TokenInput, domain: string): Finding[] {
  const token = decoded(input)
  if (!('claims' in token)) return [token]
  return evaluateToken(compiled, token, domain)
}

function evaluateToken(compiled: CompiledPolicy, token: DecodedToken, domain: string): Finding[] {
  const findings: Finding[] = []
  const add = (rule: Rule | undefined, f: Finding): void => {
    if (rule?.line !== undefined) f.line = rule.line
    findings.push(f)
  }
  const { iss, sub, aud, claims } = token

  /** The server refuses a malformed iss, sub or aud before it compares it with the policy. */
  const invalid = (name: 'issuer' | 'subject' | 'audience', actual: string): void => {
    const rule = compiled[name]
    add(rule, { field: rule?.field ?? name, actual, reason: `invalid ${name} in token` })
  }
  const issOk = isValidIssuer(iss)
  if (!issOk) invalid('issuer', iss)
  const subOk = isValidSubject(sub)
  if (!subOk) invalid('subject', sub)
  const audOk = aud.every(isValidAudience)
  if (!audOk) invalid('audience', shown(aud))

  const single = (rule: Rule | undefined, name: 'issuer' | 'subject', value: string): void => {
    if (!rule) return
    if (rule.re) {
      if (!rule.re.test(value)) {
        add(rule, {
          field: rule.field,
          pattern: rule.pattern,
          actual: value,
          reason: `${name} ${goQuote(value)} did not match pattern ${goQuote(rule.pattern)}`
        })
      }
    } else if (value !== rule.literal) {
      add(rule, {
        field: rule.field,
        expected: rule.literal,
        actual: value,
        reason: `${name} ${goQuote(value)} did not match ${goQuote(rule.literal)}`
      })
    }
  }
  if (issOk) single(compiled.issuer, 'issuer', iss)
  if (subOk) single(compiled.subject, 'subject', sub)

  if (audOk) {
    const rule = compiled.audience
    if (rule?.re) {
      const re = rule.re
      if (!aud.some(a => re.test(a))) {
        add(rule, {
          field: rule.field,
          pattern: rule.pattern,
          actual: shown(aud),
          reason: `audience_pattern ${goQuote(rule.pattern)} did not match any of ${goQuoteList(aud)}`
        })
      }
    } else {
      // With no audience in the policy the server's own domain must be in `aud`.
      const expected = rule ? rule.literal : domain
      if (!aud.includes(expected)) {
        add(rule, {
          field: rule?.field ?? 'audience',
          expected,
          actual: shown(aud),
          reason: `audience ${goQuote(expected)} did not match any of ${goQuoteList(aud)}`
        })
      }
    }
  }

  if (compiled.claims.length && token.claimsError) {
    // token.Claims(&map) fails: CheckToken returns the decoder's error as it is.
    findings.push({ field: '(token)', reason: token.claimsError })
    return findings
  }
  for (const rule of compiled.claims) {
    const claim = rule.claim ?? ''
    const name = goQuote(claim)
    const pattern = rule.pattern
    if (!claims.has(claim)) {
      add(rule, {
        field: rule.field,
        pattern,
        reason: `expected claim ${name} not found in token`
      })
      continue
    }
    let raw = claims.get(claim)
    if (typeof raw === 'boolean') raw = raw ? 'true' : 'false'
    if (typeof raw !== 'string') {
      add(rule, {
        field: rule.field,
        pattern,
        actual: shown(raw),
        reason: `expected claim ${name} not a string`
      })
      continue
    }
    if (!rule.re.test(raw)) {
      // The server formats the compiled regexp (%q of a *regexp.Regexp prints its source), so
      // its message shows the pattern as compiled: `claim "ref" did not match "^(?:main)$"`.
      add(rule, {
        field: rule.field,
        pattern,
        actual: raw,
        reason: `claim ${name} did not match ${goQuote(anchoredSource(pattern))}`
      })
    }
  }
  return findings
}

/**
 * The server's decision for a token (its claims, decoded) against a compiled policy, with its
 * message (without `trust policy: `). The server checks claim_pattern entries in Go map order,
 * which is random: when several claims fail, its message may name another one than ours.
 */
export function checkToken(
  compiled: CompiledPolicy,
  claims: TokenInput,
  domain: string
): CheckResult {
  const token = decoded(claims)
  if (!('claims' in token)) return { allow: false, reason: token.reason }
  if (!compiled.complete || !compiled.issuer || !compiled.subject) {
    return { allow: false, reason: 'policy did not compile' }
  }
  const first = evaluateToken(compiled, token, domain)[0]
  return first ? { allow: false, reason: first.reason } : { allow: true }
}

/** Every field of the policy the token fails, not only the first; empty when it is admitted. */
export function explainToken(
  compiled: CompiledPolicy,
  claims: TokenInput,
  domain: string
): Finding[] {
  return evaluate(compiled, claims, domain)
}

export interface Explanation {
  /**
   * What the server would do with this file and token: refuse to parse it (404 `unable to
   * parse trust policy`), refuse to compile it (404 `unable to compile`), deny (403), allow.
   */
  /**
   * `misread`: the file has line breaks only the server sees (a lone CR, NEL, LS, PS); the
   * findings after those errors are what the server reads. Never a pass.
   */
  verdict: 'unparseable' | 'uncompilable' | 'misread' | 'deny' | 'allow'
  /** Every problem: the file's (unknown keys, both subject and subject_pattern, bad regex…)
   * first, then every field the token fails (fields that compiled are still evaluated). */
  findings: Finding[]
  /** What the policy file probably gets wrong although the server accepts it. */
  warnings: Problem[]
  /** How servers released before 2026-09 (`^pattern$`) decide, when that differs. */
  legacy?: LegacyVerdict
}

const problemFinding = (p: Problem): Finding => {
  const f: Finding = { field: p.field ?? '(file)', reason: p.message }
  if (p.line !== undefined) f.line = p.line
  return f
}

/** Reads a policy file and explains, field by field, how the server treats it for `claims`. */
export function explainPolicy(
  text: string,
  claims: TokenInput,
  domain: string,
  options: ParseOptions = {}
): Explanation {
  const parsed = parsePolicy(text, options)
  const token = decoded(claims)
  if (!('claims' in token)) {
    // Refused before the server reads any policy; the file's own problems follow.
    return {
      verdict: 'deny',
      findings: [token, ...parsed.errors.map(problemFinding)],
      warnings: parsed.warnings
    }
  }
  const findings = parsed.errors.map(problemFinding)
  if (!parsed.partial) return { verdict: 'unparseable', findings, warnings: parsed.warnings }
  const { compiled, errors } = compilePartial(parsed.partial, parsed.positions)
  findings.push(...errors.map(problemFinding))
  const mismatches = evaluateToken(compiled, token, domain)
  findings.push(...mismatches)
  // Line breaks only the server sees are errors of their own: the server reads the file.
  const misread = parsed.errors.every(p => p.code === 'hidden-line-break')
  const verdict = parsed.errors.length
    ? misread && !errors.length
      ? 'misread'
      : 'unparseable'
    : errors.length
      ? 'uncompilable'
      : mismatches.length
        ? 'deny'
        : 'allow'
  const out: Explanation = { verdict, findings, warnings: parsed.warnings }
  // Compiled and evaluated again only where an older server can decide otherwise: a pattern
  // that does not compile today, or one whose anchors meant something else there.
  const policy = parsed.partial
  const patterns = [
    policy.issuer_pattern,
    policy.subject_pattern,
    policy.audience_pattern,
    ...Object.values(policy.claim_pattern ?? {})
  ]
  const mayDiffer =
    errors.length > 0 || patterns.some(p => typeof p === 'string' && legacyMayDiffer(p))
  if (verdict !== 'unparseable' && mayDiffer) {
    const legacy = legacyVerdict(parsed.partial, parsed.positions, token, domain, verdict, {
      errors,
      mismatches
    })
    if (legacy) out.legacy = legacy
  }
  return out
}

/**
 * How a server released before 2026-09 decides (every pattern compiled as `^pattern$`), when
 * its verdict differs from today's: which fields compile or match there and not here, or the
 * other way round. Undefined when both decide alike.
 */
function legacyVerdict(
  policy: TrustPolicy,
  positions: FieldPositions,
  token: DecodedToken,
  domain: string,
  today: Explanation['verdict'],
  now: { errors: Problem[]; mismatches: Finding[] }
): LegacyVerdict | undefined {
  const old = compilePartial(policy, positions, compileLegacy)
  const oldMismatches = evaluateToken(old.compiled, token, domain)
  const verdict = old.errors.length ? 'uncompilable' : oldMismatches.length ? 'deny' : 'allow'
  if (verdict === today) return undefined
  const fields: LegacyField[] = []
  const differ = (
    here: readonly { field?: string }[],
    there: readonly { field?: string }[],
    says: LegacyField['there']
  ): void => {
    for (const { field } of here) {
      if (field !== undefined && !there.some(t => t.field === field))
        fields.push({ field, there: says })
    }
  }
  differ(now.errors, old.errors, 'compiles')
  differ(old.errors, now.errors, 'does not compile')
  if (verdict !== 'uncompilable') {
    differ(now.mismatches, oldMismatches, 'matches')
    differ(oldMismatches, now.mismatches, 'does not match')
  }
  return { verdict, fields }
}
