// How today's server anchors a trust-policy pattern, and how servers released before 2026-09
// did: the words and the one line the explanations use. Light (no RE2, no YAML), so the
// diagnosis can word what the engine (./check.ts, ./legacy.ts) found.
import { goQuote } from './goformat.js'

/** `pattern` as today's server compiles it, `^(?:pattern)$`: the text its messages print. */
export const anchoredSource = (pattern: string): string => '^(?:' + pattern + ')$'

/** Who "older servers" are, in every note. */
export const OLDER_SERVERS =
  'servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older)'

/** What one field does with the token on an older server, where that differs from today. */
export interface LegacyField {
  field: string
  /** What it does there. */
  there: 'matches' | 'does not match' | 'compiles' | 'does not compile'
}

/** Where an older server's verdict on a token differs from today's. */
export interface LegacyVerdict {
  /** Its verdict. */
  verdict: 'allow' | 'deny' | 'uncompilable'
  /** The fields that decide otherwise there, in the server's order. */
  fields: LegacyField[]
}

const VERDICT_THERE: Record<LegacyVerdict['verdict'], string> = {
  allow: 'admit this token',
  deny: 'refuse this token',
  uncompilable: 'refuse this policy (it does not compile there)'
}

/**
 * The one line that says how an older server decides, with each field name passed through
 * `code` (a code span in the action's prose, inert text on the command line).
 */
export function legacyVerdictLine(
  legacy: LegacyVerdict,
  code: (s: string) => string = goQuote
): string {
  const byField = new Map<string, string[]>()
  for (const f of legacy.fields) byField.set(f.field, [...(byField.get(f.field) ?? []), f.there])
  const fields = [...byField]
    .map(([field, there]) => `${code(field)} ${there.join(' and ')}`)
    .join(', ')
  return `On ${OLDER_SERVERS}, which compile \`^pattern$\` instead of \`^(?:pattern)$\`, the verdict differs: they would ${VERDICT_THERE[legacy.verdict]}${fields ? ` (there ${fields})` : ''}.`
}
