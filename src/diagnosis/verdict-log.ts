// A verdict (verdict.ts) as the job log shows it: plain lines, visible without opening
// anything, and collapsed groups for the claims and the suggested policy.
import { claimLines, safeText } from './claims.js'
import type { CheckVerdict, DryRunVerdict, Evidence, FailureVerdict } from './verdict.js'
import { isMismatch } from './verdict.js'
import type { Finding, Problem } from './local-check.js'
import { MAX_LISTED, notListed } from '../log/markdown.js'
import { anchoredSource } from '../policy/anchoring.js'

export interface LogReport {
  /** Plain log lines: the verdict, visible without opening anything. */
  info: string[]
  /** Collapsed log groups: claims, suggested policy. */
  groups: { title: string; lines: string[] }[]
}

/** Prose written with code spans, for the log: the backticks read fine as they are. */
const logLine = (prose: string): string => safeText(prose, 2000)

/**
 * A line we built (YAML, aligned details), kept as it is when making it safe would only
 * collapse its spaces; otherwise made safe.
 */
const aligned = (line: string): string => {
  const safe = safeText(line, 1200)
  return safe === line.replace(/\s+/g, ' ').trim() ? line.replace(/\s/g, ' ') : safe
}

export function problemLine(p: Problem): string {
  const at = p.line ? ` at line ${p.line}${p.column ? `, column ${p.column}` : ''}` : ''
  return `${p.severity}${at}: ${p.message}`
}

export function findingLines(f: Finding): string[] {
  const lines = [`✗ ${f.field}${f.line ? ` (line ${f.line})` : ''}: ${f.reason}`]
  if (f.pattern !== undefined)
    lines.push(`    policy pattern: ${anchoredSource(f.pattern)} (Go RE2)`)
  else if (f.expected !== undefined) lines.push(`    policy value:   ${f.expected}`)
  if (isMismatch(f)) lines.push(`    token value:    ${f.actual ?? '(no such claim)'}`)
  return lines.map(aligned)
}

function checkLines(vd: CheckVerdict): string[] {
  return [
    logLine(vd.title),
    ...vd.findings.slice(0, MAX_LISTED).flatMap(f => findingLines(f).map(l => '  ' + l)),
    ...notListed(vd.findings, 'findings').map(l => '  ' + l),
    ...vd.warnings.slice(0, MAX_LISTED).map(p => '  ' + safeText(problemLine(p), 1000)),
    ...notListed(vd.warnings, 'warnings').map(l => '  ' + l),
    ...vd.prose.map(logLine)
  ]
}

function evidenceLog(e: Evidence): LogReport {
  const info: string[] = []
  const groups: LogReport['groups'] = []
  if (e.claims) {
    groups.push({
      title: "Claims that decide a match (from the job's OIDC token, which is not shown)",
      lines: claimLines(e.claims)
    })
  }
  const s = e.suggestion
  if (s) {
    groups.push({
      title: `A trust policy that admits exactly this workflow: ${s.path} in ${s.repo}`,
      lines: [...s.yaml.split('\n'), ...s.warnings.map(w => `Warning: ${w}`)].map(aligned)
    })
    for (const w of s.warnings) info.push(logLine(`Warning: ${w}`))
  }
  if (e.undecodable) info.push('The OIDC token could not be decoded: no claims to show.')
  return { info, groups }
}

export function failureLog(fv: FailureVerdict): LogReport {
  const shared = evidenceLog(fv.evidence)
  return {
    info: [
      ...(fv.check ? checkLines(fv.check) : []),
      ...(fv.subjectForm ?? []).map(logLine),
      ...shared.info
    ],
    groups: shared.groups
  }
}

export function dryRunLog(dv: DryRunVerdict): LogReport {
  const shared = evidenceLog(dv.evidence)
  return {
    info: [
      'Dry run: no exchange was made, and no `token` output is set.',
      ...(dv.check ? checkLines(dv.check) : []),
      ...(dv.note !== undefined ? [logLine(dv.note)] : []),
      ...(dv.subjectForm ?? []).map(logLine),
      ...shared.info
    ],
    groups: shared.groups
  }
}
