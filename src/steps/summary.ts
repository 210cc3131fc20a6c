// The job summary of a successful exchange: what was minted, never the token itself.
import { codeSpan, markdownList } from '../log/markdown.js'
import type { Inputs } from './inputs.js'

export function successSummary(
  s: Pick<Inputs, 'identity' | 'scope' | 'domain' | 'revoke'> & { hash: string; expires: string }
): string {
  const code = (v: string): string => codeSpan(v, false)
  const rows: [string, string][] = [
    ['Identity', code(s.identity)],
    ['Scope', code(s.scope)],
    ['STS', code(s.domain)],
    ['Audit hash (SHA-256)', code(s.hash)],
    ['Expires', code(s.expires)],
    ['Revoked at job end', s.revoke ? 'yes' : 'no (`revoke: false`)']
  ]
  return [
    '### Octo STS token',
    '',
    // Our own labels are plain Markdown; every value is a literal code span.
    markdownList(rows.map(([label, value]) => [`${label}: ${value}`])),
    ''
  ].join('\n')
}
