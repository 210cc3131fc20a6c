// A failure as plain text for a terminal or a CI log: the classification, what happened and
// what to do, then the diagnosis (the verdict lines, and each group as a titled block), in the
// command line's words (src/vocabulary.ts). The Markdown summary is the action's and is not
// printed. Neutralized as a whole: no escape sequence or control from a server, a claim or a
// policy reaches the terminal.
import type { ActionError } from '../errors.js'
import { neutralize } from '../log/neutralize.js'
import { KIND_TITLE } from '../diagnosis/report.js'
import type { Report } from '../diagnosis/report.js'
import { speak } from '../vocabulary.js'
import type { Vocabulary } from '../vocabulary.js'

export function renderFailure(error: ActionError, words: Vocabulary, report?: Report): string {
  const lines = [
    `octo-sts-token: no token (${KIND_TITLE[error.kind]}).`,
    speak(error.what, words),
    ...(error.fix ? [`What to do: ${speak(error.fix, words)}`] : [])
  ]
  if (report) {
    if (report.info.length) lines.push('', ...report.info)
    for (const g of report.groups) lines.push('', `── ${g.title}`, ...g.lines.map(l => `  ${l}`))
  }
  return neutralize(lines.join('\n')) + '\n'
}
