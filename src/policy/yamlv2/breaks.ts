// Line breaks that only yaml.v2 sees. yaml.v2 (is_break in yamlprivateh.go) breaks lines at a
// lone CR, U+0085 (NEL), U+2028 (LS) and U+2029 (PS) as well as at LF; editors, GitHub's diff
// and a reviewer break them at LF only. With `contents: read # note<CR>  administration: write`
// the server reads a second permission where a reviewer sees a comment. Such a file is always
// an error: the reader reads what the server reads (each of these breaks becomes a line feed,
// offsets unchanged) and names what the hidden lines hold.
import type { LineCounter } from 'yaml'
import type { Problem } from '../types.js'
import type { GoValue } from './values.js'
import { posOf } from './values.js'

const HIDDEN = /\r(?!\n)|[\u0085\u2028\u2029]/g

/** At most this many hidden breaks are reported one by one. */
const MAX_REPORTED = 10

/** Offsets of the line breaks yaml.v2 sees and an editor does not. */
export const hiddenBreaks = (text: string): number[] =>
  Array.from(text.matchAll(HIDDEN), m => m.index)

/** The text as yaml.v2 breaks its lines: every hidden break a line feed (same offsets). */
export const asYamlV2Lines = (text: string): string => text.replace(HIDDEN, '\n')

const NAMES: Readonly<Record<string, string>> = {
  '\r': 'a carriage return (CR, U+000D) that no line feed follows',
  '\u0085': 'a NEXT LINE character (NEL, U+0085)',
  '\u2028': 'a LINE SEPARATOR (U+2028)',
  '\u2029': 'a PARAGRAPH SEPARATOR (U+2029)'
}

/** A short, printable quotation of a line's text (control characters escaped). */
export function quote(s: string): string {
  const short = s.length > 80 ? s.slice(0, 77) + '…' : s
  return JSON.stringify(short).replace(/[\u0080-\u009f\u2028\u2029]/g, c => {
    return '\\u' + (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')
  })
}

const keyName = (k: GoValue): string =>
  k.kind === 'str' ? k.value : 'value' in k ? String(k.value) : k.kind === 'null' ? 'null' : '?'

/** Every map key of `v` with its path (`permissions.administration`) and offset. */
function keysOf(v: GoValue | undefined, lines: LineCounter, text: string): [string, number][] {
  const out: [string, number][] = []
  const lineOffsets = lines.lineStarts
  const offsetOf = (at: { line: number; column: number }): number =>
    (lineOffsets[at.line - 1] ?? text.length) + at.column - 1
  const stack: [GoValue, string][] = v ? [[v, '']] : []
  while (stack.length) {
    const [node, path] = stack.pop() as [GoValue, string]
    if (node.kind === 'map') {
      for (const e of node.entries) {
        const name = path ? `${path}.${keyName(e.key)}` : keyName(e.key)
        out.push([name, offsetOf(e.key.at)])
        stack.push([e.value, name])
      }
    } else if (node.kind === 'seq') {
      node.items.forEach((item, i) => stack.push([item, `${path}[${i}]`]))
    }
  }
  return out
}

/**
 * One error per hidden break (the first ten, then a count), at its line and column as an
 * editor numbers them, saying what yaml.v2 reads on the line it starts. `value`: the file as
 * yaml.v2 decodes it, when it does.
 */
export function hiddenBreakProblems(
  text: string,
  breaks: readonly number[],
  lines: LineCounter,
  value: GoValue | undefined
): Problem[] {
  const keys = keysOf(value, lines, text)
  const problems: Problem[] = []
  breaks.slice(0, MAX_REPORTED).forEach((at, i) => {
    const next = breaks[i + 1] ?? text.length
    const nl = text.indexOf('\n', at + 1)
    const end = Math.min(next, nl < 0 ? text.length : nl)
    const hiddenLine = text.slice(at + 1, end).replace(/\r$/, '')
    const hidden = keys.filter(([, offset]) => offset > at && offset < end).map(([k]) => k)
    const pos = posOf(lines, at)
    const reads = hiddenLine.trim()
      ? `it reads ${quote(hiddenLine)} as a line of its own${hidden.length ? `, which sets ${hidden.map(k => JSON.stringify(k)).join(', ')}` : ''}`
      : 'it reads the rest of this line as a line of its own'
    problems.push({
      severity: 'error',
      code: 'hidden-line-break',
      message: `${NAMES[text[at] ?? ''] ?? 'a line break'}: the server reads the file with yaml.v2, which breaks the line there, so ${reads}, while editors and GitHub's diff show it as part of line ${pos.line}. A reviewer does not see what the server reads: remove the character (end lines with a line feed only).`,
      ...pos
    })
  })
  if (breaks.length > MAX_REPORTED) {
    const pos = posOf(lines, breaks[MAX_REPORTED])
    problems.push({
      severity: 'error',
      code: 'hidden-line-break',
      message: `${breaks.length - MAX_REPORTED} more line breaks that only the server sees (CR, NEL, U+2028 or U+2029), the first at line ${pos.line}, column ${pos.column}: remove them all.`,
      ...pos
    })
  }
  return problems
}
