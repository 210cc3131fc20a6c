// A verdict (verdict.ts) as the job summary shows it: Markdown in which every value is literal,
// its terms in the front end's words (src/vocabulary.ts).
import { claimsMarkdown, safeText } from './claims.js'
import type { CheckVerdict, DryRunVerdict, Evidence, FailureVerdict } from './verdict.js'
import { codeValue as v } from './verdict.js'
import type { Finding } from './local-check.js'
import {
  MAX_LISTED,
  codeBlock,
  codeSpan,
  escapeMarkdown,
  markdownList,
  markdownProse,
  markdownTable,
  notListed
} from '../log/markdown.js'
import { anchoredSource } from '../policy/anchoring.js'
import { speak } from '../vocabulary.js'
import type { Vocabulary } from '../vocabulary.js'

/**
 * One finding as a list item: the field and its line, what the policy says and what the token
 * has. The reason is added when it says more than those two (a missing claim, a value that is
 * not a string, a problem of the file); "… did not match …" only repeats them.
 */
function findingItem(f: Finding): string[] {
  const code = (s: string): string => codeSpan(safeText(s), false)
  const head = `${codeSpan(safeText(f.field, 200), false)}${f.line ? `, line ${f.line}` : ''}`
  const lines = [head]
  if (f.pattern !== undefined) lines.push(`Policy: ${code(anchoredSource(f.pattern))}`)
  else if (f.expected !== undefined) lines.push(`Policy: ${code(f.expected)}`)
  if (f.actual !== undefined) lines.push(`Token: ${code(f.actual)}`)
  const restates = lines.length === 3 && f.reason.includes(' did not match ')
  if (!restates) lines.push(escapeMarkdown(safeText(f.reason, 600)))
  return lines
}

function checkMarkdown(vd: CheckVerdict, words: Vocabulary): string[] {
  const prose = (text: string): string => markdownProse(speak(text, words))
  const out = [`#### ${prose(vd.title)}`, '']
  out.push(vd.prose.map(prose).join('\n\n'), '')
  if (vd.findings.length) {
    out.push(
      markdownList(vd.findings.slice(0, MAX_LISTED).map(findingItem)),
      ...notListed(vd.findings, 'findings'),
      ''
    )
  }
  if (vd.warnings.length) {
    out.push(
      markdownTable(
        ['Warning', 'Line'],
        vd.warnings
          .slice(0, MAX_LISTED)
          .map(p => [safeText(p.message, 600), p.line ? String(p.line) : ''])
      ),
      ...notListed(vd.warnings, 'warnings'),
      ''
    )
  }
  return out
}

function subjectFormMarkdown(prose: readonly string[] | undefined, words: Vocabulary): string[] {
  if (!prose?.length) return []
  const paragraphs = prose.map(p => markdownProse(speak(p, words)))
  return ["#### GitHub's subject forms", '', paragraphs.join('\n\n'), '']
}

function evidenceMarkdown(e: Evidence): string[] {
  const out: string[] = []
  if (e.claims) out.push('#### Claims that decide a match', '', claimsMarkdown(e.claims), '')
  const s = e.suggestion
  if (s) {
    out.push(
      `#### A trust policy that admits exactly this workflow`,
      '',
      markdownProse(`Commit it as ${v(s.path)} to the default branch of ${v(s.repo)}:`),
      '',
      codeBlock(s.yaml, 'yaml'),
      ''
    )
    for (const w of s.warnings) out.push(`> [!WARNING]\n> ${markdownProse(w)}`, '')
  }
  return out
}

export function failureMarkdown(fv: FailureVerdict, words: Vocabulary): string {
  const { error, target, whereServerLooks: where } = fv
  const out: string[] = [
    `### ❌ Octo STS: no token${target ? ` for ${v(target.identity, 100)} on ${v(target.scope, 100)}` : ''} (${fv.title})`,
    '',
    markdownProse(speak(error.what, words)),
    '',
    `**What to do:** ${markdownProse(speak(error.fix, words))}`,
    ''
  ]
  if (fv.permissionsYaml !== undefined) out.push(codeBlock(fv.permissionsYaml, 'yaml'), '')
  if (where) {
    const branch = where.defaultBranch
      ? `its default branch, ${v(where.defaultBranch)}`
      : 'its default branch'
    out.push(
      markdownProse(
        `Where the server looks: ${v(where.path)} in ${v(where.repo)}, on ${branch} (a miss or a policy is cached for up to 5 minutes).`
      ),
      ''
    )
  }
  if (fv.check) out.push(...checkMarkdown(fv.check, words))
  out.push(...subjectFormMarkdown(fv.subjectForm, words))
  out.push(...evidenceMarkdown(fv.evidence))
  return out.join('\n')
}

export function dryRunMarkdown(dv: DryRunVerdict, words: Vocabulary): string {
  const { ctx } = dv
  const out = [
    `### Octo STS dry run: ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}`,
    '',
    markdownProse(
      `No exchange was made and no \`token\` output is set. The exchange would ask ${v(`https://${ctx.domain}`)} for identity ${v(ctx.identity, 100)} with scope ${v(ctx.scope, 100)}.`
    ),
    ''
  ]
  if (dv.check) out.push(...checkMarkdown(dv.check, words))
  if (dv.note !== undefined) out.push(markdownProse(speak(dv.note, words)), '')
  out.push(...subjectFormMarkdown(dv.subjectForm, words))
  out.push(...evidenceMarkdown(dv.evidence))
  return out.join('\n')
}
