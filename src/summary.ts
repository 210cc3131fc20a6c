// The job summary: what the run page shows without opening the log. Never a token.
import type { Inputs } from './inputs.js'

const cell = (s: string): string => s.replace(/[|\\`<>]/g, c => `\\${c}`).replace(/\s+/g, ' ')

export function successSummary(
  s: Pick<Inputs, 'identity' | 'scope' | 'domain' | 'revoke'> & { hash: string; expires: string }
): string {
  const rows: [string, string][] = [
    ['Identity', s.identity],
    ['Scope', s.scope],
    ['STS', s.domain],
    ['Audit hash (SHA-256)', s.hash],
    ['Expires', s.expires],
    ['Revoked at job end', s.revoke ? 'yes' : 'no (`revoke: false`)']
  ]
  return [
    '### Octo STS token',
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${k === 'Revoked at job end' ? v : cell(v)} |`),
    ''
  ].join('\n')
}
