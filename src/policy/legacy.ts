// Servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may still run
// one) compiled every trust-policy pattern as `^pattern$`, without a group: `a|b` was
// `(^a)|(b$)`, each alternative anchored at one end only, and `(?m)` turned the final `$` into
// an end of line. Today's server decides (./compile.ts); this module only says, in one line,
// where an older server reads a pattern otherwise (the validator's notes); what it decides for
// a token is computed with the engine (./check.ts) and worded in ./anchoring.ts.
import { OLDER_SERVERS } from './anchoring.js'
import { literalEnd } from './compile.js'
import type { CompiledPolicy, Rule } from './compile.js'
import { goQuote } from './goformat.js'

/** True when `pattern` has a `|` outside any group or class: `^…$` does not anchor it. */
export function hasTopLevelAlternation(pattern: string): boolean {
  return topLevel(pattern).alternation
}

/** What of `pattern` is outside every group: a `|`, an inline flag group setting `m`. */
function topLevel(pattern: string): { alternation: boolean; multiline: boolean } {
  let depth = 0
  const out = { alternation: false, multiline: false }
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    const end = literalEnd(pattern, i)
    if (end !== undefined) {
      i = end - 1
      continue
    }
    if (c === '(') {
      // `(?flags)` sets flags up to the end of the enclosing group: at the top, to the `$`.
      const flags = /^\(\?([a-zA-Z-]*)\)/.exec(pattern.slice(i, i + 20))?.[1]
      if (depth === 0 && flags?.split('-')[0]?.includes('m')) out.multiline = true
      depth++
    } else if (c === ')') depth--
    else if (c === '|' && depth === 0) out.alternation = true
  }
  return out
}

/**
 * Whether an older server may match other values with `pattern` than today's server does, when
 * both compile it: only a top-level `|` or `m` flag changes what the anchors mean.
 */
export function legacyMayDiffer(pattern: string): boolean {
  const top = topLevel(pattern)
  return top.alternation || top.multiline
}

/**
 * What an older server reads in a pattern today's server compiles, when it admits other values
 * there; undefined when both mean the same. One sentence, for the validator.
 */
export function legacyPatternNote(field: string, pattern: string): string | undefined {
  const q = goQuote(pattern)
  const old = goQuote('^' + pattern + '$')
  const top = topLevel(pattern)
  if (top.alternation) {
    return `${field} ${q} has a top-level |: today's server anchors every alternative (^(?:…)$), but ${OLDER_SERVERS} compile ${old}, where the first alternative is anchored only at the start and the last only at the end, so there it also admits longer values. To mean the same on both, group it: ${goQuote('(?:' + pattern + ')')}.`
  }
  if (top.multiline) {
    return `${field} ${q} sets the m flag outside a group: today's server keeps it inside ^(?:…)$, but ${OLDER_SERVERS} compile ${old}, where the final $ also matches before a line break, so there it also admits values with more lines. To mean the same on both, set the flag in a group: (?m:…).`
  }
  return undefined
}

/** Every pattern rule of a compiled policy, in the server's order. */
export const patternRules = (compiled: CompiledPolicy): Rule[] =>
  [compiled.issuer, compiled.subject, compiled.audience, ...compiled.claims].filter(
    (r): r is Rule => r?.pattern !== undefined
  )
