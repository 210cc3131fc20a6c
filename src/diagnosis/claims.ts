// The OIDC token claims a trust policy decides on, rendered for the log and the job summary.
// Claim values are untrusted display data: a branch or environment name is chosen by whoever
// can push, so every value is made printable, bounded and inert before it is shown.
import { sanitize } from '../log/neutralize.js'
import { codeSpan, escapeMarkdown, markdownList } from '../log/markdown.js'
import { issuerProfile } from './issuers.js'

/** The claims a GitHub Actions trust policy usually matches on, in the server's check order. */
export const DECIDING_CLAIMS = [
  'iss',
  'sub',
  'aud',
  'repository',
  'ref',
  'event_name',
  'job_workflow_ref',
  'environment'
] as const

const MAX_VALUE = 500

/** `text` made safe for a log line: one printable line, no secrets, no workflow command. */
export const safeText = (text: string, max = MAX_VALUE): string => sanitize(text, max)

/** A value inside prose: display-safe and in a code span (literal in the summary). */
export const codeValue = (s: string, max = 300): string =>
  `\`${safeText(s, max).replace(/`/g, "'")}\``

export interface ClaimRow {
  name: string
  /** Display-safe rendering of the value. */
  value: string
  /** Whether the claim is absent from the token. */
  missing: boolean
  /** Whether the shown value differs from the real one (unprintable characters, too long…). */
  altered: boolean
}

/** How the server sees a claim value, made display-safe. */
export function displayValue(value: unknown): { text: string; altered: boolean } {
  if (typeof value === 'string') {
    const text = safeText(value)
    return { text, altered: text !== value }
  }
  if (Array.isArray(value) && value.every(v => typeof v === 'string')) {
    const parts = value.map(v => displayValue(v))
    return { text: parts.map(p => p.text).join(', '), altered: parts.some(p => p.altered) }
  }
  if (typeof value === 'boolean') return { text: `${value} (boolean)`, altered: false }
  let json: string
  try {
    json = JSON.stringify(value) ?? String(value)
  } catch {
    json = String(value)
  }
  const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
  return { text: `${safeText(json, 200)} (${kind}, not a string)`, altered: true }
}

/**
 * The claims to show: the usual deciding ones present in the token (and `iss`/`sub`/`aud`
 * even when missing), then `extra` (e.g. the claims a local policy's `claim_pattern` names).
 * The usual ones are GitHub's, or those of the other issuer the claims show (issuers.ts).
 */
export function decidingClaims(
  claims: Readonly<Record<string, unknown>>,
  extra: readonly string[] = []
): ClaimRow[] {
  const always = new Set(['iss', 'sub', 'aud'])
  const profile = issuerProfile(claims)
  const usual = profile ? ['iss', 'sub', 'aud', ...profile.claims] : DECIDING_CLAIMS
  const names = [...new Set([...usual, ...extra])]
  const rows: ClaimRow[] = []
  for (const name of names) {
    const present = Object.prototype.hasOwnProperty.call(claims, name)
    if (!present && !always.has(name) && !extra.includes(name)) continue
    const shown = present
      ? displayValue(claims[name])
      : { text: '(not in the token)', altered: false }
    rows.push({
      name: safeText(name, 100),
      value: shown.text,
      missing: !present,
      altered: shown.altered
    })
  }
  return rows
}

const ALTERED_NOTE =
  '* shown altered: the value holds characters that cannot be printed safely, or is too long.'

/** Aligned lines for a log group. */
export function claimLines(rows: readonly ClaimRow[]): string[] {
  const width = Math.max(0, ...rows.map(r => r.name.length))
  const lines = rows.map(r => `${r.name.padEnd(width)}  ${r.value}${r.altered ? ' *' : ''}`)
  return rows.some(r => r.altered) ? [...lines, ALTERED_NOTE] : lines
}

/** A Markdown list for the job summary (a list wraps a long value; a table cuts it off). */
export function claimsMarkdown(rows: readonly ClaimRow[]): string {
  const list = markdownList(
    rows.map(r => [
      `${codeSpan(r.name, false)}: ${
        r.missing ? escapeMarkdown(r.value) : codeSpan(r.value, false) + (r.altered ? ' \\*' : '')
      }`
    ])
  )
  return rows.some(r => r.altered) ? `${list}\n\n${escapeMarkdown(ALTERED_NOTE)}` : list
}
