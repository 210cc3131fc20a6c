// The server's TrustPolicy.Compile: exactly one of issuer/issuer_pattern, exactly one of
// subject/subject_pattern, at most one of audience/audience_pattern, and every pattern compiled
// as today's server compiles it (octo-sts/app#1643, 2026-09): alone first, then as Go RE2
// `"^(?:" + pattern + ")$"`, anchored at both ends even with a top-level `|`. The org issuer
// allowlist compiles its patterns the same way. Servers released before 2026-09 compiled
// `"^" + pattern + "$"` (`compileLegacy`; see ./legacy.ts). Patterns go through re2js, a port of
// Go's regexp; JavaScript's RegExp has other syntax and semantics.
import { RE2JS } from 're2js'
import { anchoredSource } from './anchoring.js'
import { GITHUB_ISSUER } from './github.js'
import { checkCost, costlyOr, TooCostly } from './cost.js'
import { goCompile, restoreNames } from './go-regexp.js'
import { goQuote } from './goformat.js'
import type { FieldPositions, Problem, TrustPolicy } from './types.js'

interface RuleBase {
  /** The policy field: `issuer`, `subject_pattern`, `claim_pattern["email"]`, … */
  field: string
  line?: number
}

/** An exact value (`issuer`, `subject`, `audience`). */
export interface LiteralRule extends RuleBase {
  literal: string
  pattern?: undefined
  re?: undefined
}

/** A compiled pattern; `pattern` is as written, without the implicit `^(?:…)$`. */
export interface PatternRule extends RuleBase {
  pattern: string
  re: RE2JS
  literal?: undefined
  /** For claim_pattern entries: the claim's name. */
  claim?: string
}

/** One field of the policy, ready to match. */
export type Rule = LiteralRule | PatternRule

export interface CompiledPolicy {
  readonly policy: TrustPolicy
  readonly positions: FieldPositions
  /** Undefined only in a partial compilation (see compilePartial). */
  readonly issuer?: Rule
  readonly subject?: Rule
  /** Undefined: the token's audience must contain the server's domain. */
  readonly audience?: Rule
  /** In the order the policy lists them (the server's order is Go map order, i.e. random). */
  readonly claims: readonly PatternRule[]
  /** False when some field did not compile: matching ignores it (for explanations only). */
  readonly complete: boolean
}

/**
 * Where the RE2 syntax at `pattern[i]` ends (exclusive) when it can hold no group: an escape,
 * a `\Q…\E` quote or a character class, in which `(`, `)` and `|` are literal. Otherwise
 * undefined. Shared by every scanner of a pattern's structure.
 */
export function literalEnd(pattern: string, i: number): number | undefined {
  const c = pattern[i]
  if (c === '\\') {
    if (pattern[i + 1] !== 'Q') return i + 2
    const end = pattern.indexOf('\\E', i + 2)
    return end < 0 ? pattern.length : end + 2
  }
  if (c !== '[') return undefined
  let j = i + 1
  if (pattern[j] === '^') j++
  if (pattern[j] === ']') j++
  while (j < pattern.length && pattern[j] !== ']') {
    if (pattern[j] === '\\') j += 2
    else if (pattern.startsWith('[:', j)) {
      const end = pattern.indexOf(':]', j + 2)
      j = end < 0 ? j + 1 : end + 2
    } else j++
  }
  return j + 1
}

/**
 * `pattern` with every named group made a plain capturing group: names do not change what
 * matches, and Go's regexp/syntax accepts a name used twice where re2js refuses it.
 */
export function withoutGroupNames(pattern: string): string {
  return rewriteOutsideLiterals(pattern, i => {
    const named = /^\(\?P?<[A-Za-z0-9_]+>/.exec(pattern.slice(i, i + 300))
    return named ? [named[0].length, '('] : undefined
  })
}

/**
 * `pattern` with the syntax at each position outside literals (escapes, `\Q…\E`, classes, which
 * are copied whole) replaced where `at(i)` says: `[length consumed, replacement]`.
 */
export function rewriteOutsideLiterals(
  pattern: string,
  at: (i: number) => readonly [number, string] | undefined
): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const end = literalEnd(pattern, i)
    if (end !== undefined) {
      out += pattern.slice(i, end)
      i = end - 1
      continue
    }
    const hit = at(i)
    if (hit) {
      out += hit[1]
      i += hit[0] - 1
    } else out += pattern[i]
  }
  return out
}

/**
 * Compiles `wrap(pattern)` as Go does: Go (regexp/syntax, 1.22+) accepts a group name used
 * twice, re2js refuses it; names do not change what matches, so they are dropped then.
 */
function compileGo(pattern: string, wrap: (p: string) => string): RE2JS {
  checkCost(wrap(pattern))
  try {
    return goCompile(wrap(pattern))
  } catch (e) {
    if (!/duplicate capture group name/.test(String((e as Error)?.message)))
      throw costlyOr(goError(e, wrap(pattern)), wrap(pattern))
    const stripped = wrap(withoutGroupNames(pattern))
    try {
      return goCompile(stripped)
    } catch (f) {
      throw restoreNames(goError(f, stripped), stripped, wrap(pattern))
    }
  }
}

/**
 * re2js's syntax error as Go prints it: Go always ends with the expression in backquotes, empty
 * for a trailing backslash and the whole pattern for one too large or nested too deeply, where
 * re2js leaves it out.
 */
function goError(e: unknown, source: string): unknown {
  const x = e as { name?: unknown; input?: unknown; error?: unknown; message?: unknown }
  if (x?.name !== 'RE2JSSyntaxException' || x.input || typeof x.message !== 'string') return e
  const expr = /trailing backslash/.test(String(x.error)) ? '' : source
  return new Error(`${x.message}: \`${expr}\``)
}

/**
 * Compiles a pattern exactly as today's server does (trust policy fields and org allowlist
 * patterns alike): alone first, so an unbalanced `)` in `a)|(` cannot close the group below and
 * `a\` cannot escape it, then as `^(?:pattern)$`, anchored at both ends even with a top-level
 * `|`; the group also keeps an inline flag such as `(?m)` from changing the anchors. Throws the
 * Go-formatted syntax error (of the pattern alone when that fails).
 */
export function compileAnchored(pattern: string): RE2JS {
  compileGo(pattern, p => p)
  return compileGo(pattern, anchoredSource)
}

/**
 * Compiles a pattern as servers released before 2026-09 did (before octo-sts/app#1643):
 * `^pattern$`, no group, so `a|b` is `(^a)|(b$)`. Only to say where such a server decides
 * otherwise (./legacy.ts); never to decide.
 */
export function compileLegacy(pattern: string): RE2JS {
  return compileGo(pattern, p => '^' + p + '$')
}

/**
 * For a pattern today's server refuses: the note that older servers accepted it (`a\` compiled
 * inside `^a\$`), so a policy that worked on one is refused by the other. Empty otherwise.
 */
function legacyAccepted(pattern: string): string {
  try {
    compileLegacy(pattern)
  } catch {
    return ''
  }
  return ` (servers released before 2026-09 compiled it as ${goQuote('^' + pattern + '$')} and accepted it; today's server compiles the pattern alone first)`
}

/** A compile error's text, as Go's regexp prints it. */
export const regexpError = (e: unknown): string =>
  e instanceof Error ? e.message : `error parsing regexp: ${String(e)}`

/**
 * Compiles every field it can and reports every problem, in the server's order (the first
 * one is the server's error). Fields with problems are left out of the result.
 */
export function compilePartial(
  policy: TrustPolicy,
  positions: FieldPositions = {},
  /** How each pattern compiles: today's server, or `compileLegacy` for an older one. */
  compile: (pattern: string) => RE2JS = compileAnchored
): { compiled: CompiledPolicy; errors: Problem[] } {
  const errors: Problem[] = []
  const fail = (text: string, field: string, at = field): void => {
    const p: Problem = { severity: 'error', message: text, field }
    const pos = positions[at]
    if (pos) {
      p.line = pos.line
      p.column = pos.column
    }
    errors.push(p)
  }
  const rule = (field: string, value: string, isPattern: boolean): Rule | undefined => {
    const line = positions[field]?.line
    const base: RuleBase = line === undefined ? { field } : { field, line }
    if (!isPattern) return { ...base, literal: value }
    try {
      return { ...base, pattern: value, re: compile(value) }
    } catch (e) {
      if (e instanceof TooCostly) throw e // the whole job: see ./jobs.ts
      // Today's Compile wraps the error as `trust policy: invalid subject_pattern: …` (octo-sts/app
      // pkg/octosts/trust_policy.go in the first stored version with #1643's compileAnchored;
      // whether #1643 itself or a later change added the wrap is unknown, older servers return
      // the regexp error bare). A client only ever sees `unable to compile trust policy`.
      fail(`invalid ${field}: ${regexpError(e)}${legacyAccepted(value)}`, field)
      return undefined
    }
  }
  const oneOf = (
    name: 'issuer' | 'subject' | 'audience',
    required: boolean,
    hint: string
  ): Rule | undefined => {
    const literal = policy[name]
    const pattern = policy[`${name}_pattern`]
    if (literal && pattern) {
      fail(
        `only one of ${name} or ${name}_pattern can be set, got both. Keep ${name} for an exact match or ${name}_pattern for a regular expression.`,
        `${name}_pattern`
      )
      return undefined
    }
    if (!literal && !pattern) {
      if (required)
        fail(`one of ${name} or ${name}_pattern must be set, got neither. ${hint}`, name)
      return undefined
    }
    return literal ? rule(name, literal, false) : rule(`${name}_pattern`, pattern as string, true)
  }

  const issuer = oneOf('issuer', true, `For GitHub Actions: issuer: ${GITHUB_ISSUER}`)
  const subject = oneOf(
    'subject',
    true,
    'For GitHub Actions, e.g. subject: repo:ORG/REPO:ref:refs/heads/main'
  )
  const audience = oneOf('audience', false, '')
  const claims: PatternRule[] = []
  // The same pattern compiles once: a file may repeat one thousands of times.
  const seen = new Map<string, RE2JS>()
  const compileOnce = (pattern: string): RE2JS => {
    const re = seen.get(pattern) ?? compile(pattern)
    seen.set(pattern, re)
    return re
  }
  for (const [name, pattern] of Object.entries(policy.claim_pattern ?? {})) {
    const field = `claim_pattern[${goQuote(name)}]`
    try {
      const r: PatternRule = { field, pattern, re: compileOnce(pattern), claim: name }
      const line = positions[field]?.line
      if (line !== undefined) r.line = line
      claims.push(r)
    } catch (e) {
      if (e instanceof TooCostly) throw e
      fail(`error compiling ${field}: ${regexpError(e)}${legacyAccepted(pattern)}`, field)
    }
  }
  const compiled: CompiledPolicy = {
    policy,
    positions,
    ...(issuer ? { issuer } : {}),
    ...(subject ? { subject } : {}),
    ...(audience ? { audience } : {}),
    claims,
    complete: errors.length === 0
  }
  return { compiled, errors }
}

/**
 * The server's Compile. `compiled` is set only when the server would accept the policy;
 * `errors` lists every problem, the server's own first.
 */
export function compilePolicy(
  policy: TrustPolicy,
  positions: FieldPositions = {}
): { compiled?: CompiledPolicy; errors: Problem[] } {
  const { compiled, errors } = compilePartial(policy, positions)
  return errors.length ? { errors } : { compiled, errors }
}
