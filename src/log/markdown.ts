// The job summary: what the run page shows without opening the log. Never a token.

/** A hostile file can hold any number of problems: each list (log, summary) stops after this many. */
export const MAX_LISTED = 50

// Markdown for untrusted text (claims, server messages, policy contents). CommonMark lets any
// ASCII punctuation be backslash-escaped, so escaping all of it leaves no link, image, HTML,
// emphasis, table pipe or entity for a value to start, and the page shows the text as is.
const PUNCTUATION = /[!-/:-@[-`{-~]/g

/** One line of literal text: every Markdown-active character escaped, whitespace collapsed. */
export const escapeMarkdown = (text: string): string =>
  text.replace(/\s+/g, ' ').replace(PUNCTUATION, c => `\\${c}`)

/**
 * Prose we wrote around values we did not: `code spans` are kept (their content is literal to
 * Markdown; a stray backtick only ends or starts one), everything else is escaped. Lines are
 * kept as hard line breaks.
 */
export const markdownProse = (text: string): string =>
  text
    .split(/\r?\n/)
    .map(line =>
      line
        .split(/(`[^`]+`)/)
        .map((part, i) => (i % 2 ? part : escapeMarkdown(part)))
        .join('')
    )
    .join('  \n')

/** A fenced code block that no line of `text` can close early. */
export function codeBlock(text: string, lang = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${lang}\n${text}\n${fence}`
}

/**
 * A one-line code span: the fence is longer than any backtick run in `text`. In a table cell
 * (`inTable`, the default) `|` is escaped too, as GFM splits cells before it parses code spans;
 * anywhere else a backslash in a code span is shown as it is, so it is not added there.
 */
export function codeSpan(text: string, inTable = true): string {
  const line = text.replace(/\s+/g, ' ')
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = /^`|`$|^ .* $/.test(line) || line === '' ? ' ' : ''
  return `${fence}${pad}${inTable ? line.replace(/\|/g, '\\|') : line}${pad}${fence}`
}

/**
 * A bulleted list of entries whose lines are already safe Markdown: the first line is the
 * item, the others continue it after a hard line break. Unlike a table, a list wraps long
 * values in a narrow pane (the job summary) instead of cutting them off.
 */
export const markdownList = (items: readonly (readonly string[])[]): string =>
  items.map(lines => `- ${lines.join('  \n  ')}`).join('\n')

/** A Markdown cell: literal text, or raw Markdown (already safe) when given as `{ md }`. */
export type Cell = string | { md: string }

/** A table of literal cells (each escaped unless given as `{ md }`). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly Cell[])[]
): string {
  const line = (cells: readonly Cell[]): string =>
    `| ${cells.map(c => (typeof c === 'string' ? escapeMarkdown(c) : c.md)).join(' | ')} |`
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n')
}

/** The line saying how many of `items` a list stopped before (at MAX_LISTED); none if all fit. */
export const notListed = (items: readonly unknown[], what: string): string[] =>
  items.length > MAX_LISTED ? [`… and ${items.length - MAX_LISTED} more ${what}, not listed.`] : []
