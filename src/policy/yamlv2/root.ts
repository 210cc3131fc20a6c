// Where yaml.v2 stops reading the first document. Its parser ends the document right after the
// root node and ignores what follows, having scanned only the tokens it needs to end it:
// `{}:0777`, `[a] b`, `{a: b}` then any later lines, and `&a *b` read as `{}`, `[a]`,
// `{a: b}` and an empty document, where the `yaml` package reports the rest as an error.
// Handled here: the root is a flow collection, an indented block collection followed by a
// less indented line, or properties only (anchor, tag) before an alias. What yaml.v2 scans
// after it (./after-root.ts): on the root's line, while the root's first token may still be
// a simple key (up to the end of its line, 1024 characters), every token and one token past
// the line, and a `:` there makes the root a key instead; on a later line, the next token and,
// while that may be a key, the same. Where those tokens fail to scan, yaml.v2's error is
// thrown; where the reader is unsure, the rest is left to the `yaml` package: an error.
import { firstTokenAfter, scansAfterRoot } from './after-root.js'
import { readQuoted } from './quoted.js'
import { checkAnchorName } from './scanner.js'

interface CstToken {
  type: string
  offset: number
  indent?: number
  source?: string
  start?: unknown
  end?: CstToken[]
  value?: CstToken
  items?: Array<{ key?: CstToken; sep?: CstToken[] }>
}

const tokensOf = (v: unknown): CstToken[] => (Array.isArray(v) ? (v as CstToken[]) : [])

/**
 * The offset where yaml.v2 stops reading the first document `doc` (a CST document token of
 * `text`) before the `yaml` package would, or undefined when both read on.
 */
export function rootEnd(doc: CstToken, text: string): number | undefined {
  let value = doc.value
  if (!value) return undefined
  // `{a: b} {c: d}`: the `yaml` package takes the root for a key until it finds no `:`.
  const first = value.items?.[0]
  if (
    value.type === 'block-map' &&
    first?.key?.type === 'flow-collection' &&
    tokensOf(first.sep).find(t => t.type !== 'space')?.type !== 'map-value-ind'
  ) {
    value = first.key
  }
  if (value.type === 'block-map' || value.type === 'block-seq') {
    return blockRootEnd(value, tokensOf(doc.end), text)
  }
  const props = tokensOf(doc.start).filter(t => t.type === 'anchor' || t.type === 'tag')
  const keyAt = props[0]?.offset ?? value.offset
  if (value.type === 'flow-collection') {
    const [close] = tokensOf(value.end)
    if (close?.type !== 'flow-map-end' && close?.type !== 'flow-seq-end') return undefined
    const from = close.offset + 1
    const lineEnd = from + (/^[ \t]*(?:#[^\r\n]*)?/.exec(text.slice(from))?.[0].length ?? 0)
    if (/[\r\n]/.test(text[lineEnd] ?? '')) return laterLine(text, lineEnd)
    if (lineEnd >= text.length) return undefined
    const at = from + (/^[ \t]*/.exec(text.slice(from))?.[0].length ?? 0)
    // The node's key is possible while on its line, unless `---` comes first on that line.
    const afterMarker = tokensOf(doc.start).some(
      t => t.type === 'doc-start' && !/[\r\n]/.test(text.slice(t.offset, keyAt))
    )
    const keyPossible = !afterMarker && !/[\r\n]/.test(text.slice(keyAt, at)) && at <= keyAt + 1024
    return scansAfterRoot(text, at, { keyPossible }) ? at : undefined
  }
  let after: CstToken[]
  let from: number
  if (value.type === 'alias') {
    // Properties with no node: yaml.v2 reads an empty node and stops at the alias.
    const last = tokensOf(doc.start)
      .filter(t => t.type !== 'space')
      .at(-1)
    if (last?.type !== 'anchor' && last?.type !== 'tag') return undefined
    // yaml.v2 ends `&a:b` at the colon and reads ":b …" as the node (see splitAnchor).
    if (props.some(t => t.type === 'anchor' && /[:?]/.test(t.source ?? ''))) return undefined
    after = [value]
    from = last.offset + (last.source?.length ?? 0)
  } else return undefined
  const next = after.find(t => t.type !== 'space')
  if (!next || !next.source) return undefined
  if (/[\r\n]/.test(text.slice(from, next.offset))) return undefined
  let end = next.offset + next.source.length
  if (next.type === 'alias') {
    end = next.offset + 1 + checkAnchorName(next.source, next.offset, text[end]).length
  } else if (next.type !== 'scalar' || !plainStart(text, next.offset)) return undefined
  const keyPossible = !/[\r\n]/.test(text.slice(keyAt, end)) && end <= keyAt + 1024
  return !keyPossible || safeLookahead(text, end) ? next.offset : undefined
}

/** A plain scalar as yaml.v2 starts one in block context (not %, @ or `, nor "- ", "? ", ": "). */
const plainStart = (text: string, at: number): boolean =>
  !/^(?:[-?:](?:[ \t\r\n]|$)|[,[\]{}#&*!|>'"%@`])/.test(text.slice(at, at + 2))

/**
 * Whether yaml.v2 scans the tokens after `from` (up to the first one on a later line) without
 * failing, and without reading a value indicator that turns the root into a key: on the same
 * line only plain scalars (to the end of the line or a comment) and good aliases or anchors;
 * then, with no tab before it, a plain scalar, a good alias or anchor, a document marker, or
 * one of `-`, `?`, `:` and a blank, `[`, `{`, `]`, `}`, `,`.
 */
function safeLookahead(text: string, from: number): boolean {
  for (let pos = from; ;) {
    const gap = /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n))*[ \t]*/.exec(text.slice(pos))?.[0] ?? ''
    const at = pos + gap.length
    if (/[\r\n][^\r\n]*\t/.test(gap)) return false // a tab where yaml.v2 looks for a token
    if (at >= text.length) return true
    const later = /[\r\n]/.test(gap)
    const name = /^[&*][^\s,[\]{}]*/.exec(text.slice(at))?.[0]
    const goName = name ? checkAnchorName(name, at, text[at + name.length]) : undefined
    if (later) {
      return (
        name !== undefined ||
        plainStart(text, at) ||
        /^(?:[-?:](?:[ \t\r\n]|$)|[[\]{},])/.test(text.slice(at, at + 2))
      )
    }
    if (name) {
      pos = at + 1 + (goName ?? '').length
      continue
    }
    if (!plainStart(text, at)) return false
    // A plain scalar on the root's line: to the line's end (then on, a later line), or a comment.
    const plain = /^[^\r\n]*?(?=[ \t]#|:(?:[ \t\r\n]|$)|[\r\n]|$)/.exec(text.slice(at))?.[0] ?? ''
    const stop = text[at + plain.length]
    if (stop === ':') return false
    if (stop !== ' ' && stop !== '\t') return true
    pos = at + plain.length
  }
}

/**
 * Where yaml.v2 stops when the root node ends at a line break at `lineEnd` and more follows:
 * the first token on a later line, if yaml.v2 scans what it looks at there without failing
 * (it throws yaml.v2's error if not). A document marker is left to the `yaml` package, which
 * reads it as yaml.v2 does.
 */
function laterLine(text: string, lineEnd: number): number | undefined {
  const at = firstTokenAfter(text, lineEnd)
  if (at === undefined) return undefined
  if (
    /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(at, at + 4)) &&
    /[\r\n]/.test(text[at - 1] ?? '')
  ) {
    return undefined
  }
  return scansAfterRoot(text, at) ? at : undefined
}

/**
 * A block collection at the top whose lines are indented: yaml.v2 ends it at the first token
 * of a less indented line (`end`: the tokens the `yaml` package left after it).
 */
function blockRootEnd(root: CstToken, end: CstToken[], text: string): number | undefined {
  const next = end.find(t => !['space', 'newline', 'comment'].includes(t.type))
  if (!next || !root.indent) return undefined
  const lineStart =
    Math.max(text.lastIndexOf('\n', next.offset - 1), text.lastIndexOf('\r', next.offset - 1)) + 1
  if (next.offset - lineStart >= root.indent || lineStart <= root.offset) return undefined
  if (/^[ \t]*$/.test(text.slice(lineStart, next.offset)) === false) return undefined
  const head = text.slice(0, next.offset)
  if (/['"]/.test(head)) {
    // A quoted scalar that goes on at a less indented line is one scalar to yaml.v2, and not
    // to the `yaml` package: the root must end where both say it does.
    const q = readQuoted(head, head.length)
    if (q.failure || q.source !== head) return undefined
  }
  if (/^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(next.offset, next.offset + 4)))
    return undefined
  return scansAfterRoot(text, next.offset) ? next.offset : undefined
}
