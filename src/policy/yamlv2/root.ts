// Where yaml.v2 stops reading the first document. Its parser ends the document right after the
// root node and ignores what follows, having scanned only the next token: `{}:0777`, `[a] b`
// and `&a *b` read as `{}`, `[a]` and an empty document, where the `yaml` package reports the
// rest as an error. Handled here: the root is a flow collection, or properties only (anchor,
// tag) before an alias, and the next token, on the same line, is a plain scalar or an alias.
// Neither can be a simple key there. But the root's first token can: while that key is
// possible (up to the end of its line, 1024 characters), yaml.v2 scans on, one token past
// that line, and fails on it as it would anywhere; so the root ends here only when that token
// is one whose scan cannot fail (a plain scalar, a good alias or anchor name, an indicator).
// On a later line (after a flow collection, or after a block collection indented more than
// what follows it), the text that follows is ignored too, once yaml.v2 has scanned the tokens
// it looks at (./after-root.ts). Other text after the root node is left to the `yaml`
// package: an error.
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
}

const tokensOf = (v: unknown): CstToken[] => (Array.isArray(v) ? (v as CstToken[]) : [])

/**
 * The offset where yaml.v2 stops reading the first document `doc` (a CST document token of
 * `text`) before the `yaml` package would, or undefined when both read on.
 */
export function rootEnd(doc: CstToken, text: string): number | undefined {
  const value = doc.value
  if (!value) return undefined
  if (value.type === 'block-map' || value.type === 'block-seq') {
    return blockRootEnd(value, tokensOf(doc.end), text)
  }
  let after: CstToken[]
  let from: number
  const props = tokensOf(doc.start).filter(t => t.type === 'anchor' || t.type === 'tag')
  const keyAt = props[0]?.offset ?? value.offset
  if (value.type === 'flow-collection') {
    const [close, ...rest] = tokensOf(value.end)
    if (close?.type !== 'flow-map-end' && close?.type !== 'flow-seq-end') return undefined
    after = [...rest, ...tokensOf(doc.end)]
    from = close.offset + 1
    const lineEnd = from + (/^[ \t]*(?:#[^\r\n]*)?/.exec(text.slice(from))?.[0].length ?? 0)
    if (/[\r\n]/.test(text[lineEnd] ?? '')) return laterLine(text, lineEnd)
  } else if (value.type === 'alias') {
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
