// What yaml.v2's reader and scanner (readerc.go, scannerc.go) refuse before any value is
// decoded, where the `yaml` package (YAML 1.2) reads on:
// - characters its reader does not accept (DEL, C1 controls, U+FFFE…);
// - a directive other than `%YAML 1.1` (and `%TAG`): `%YAML 1.2` is "incompatible";
// - a tab where yaml.v2 looks for the next token in block context (at the start of a line,
//   after `-`, `?` or a complex key's `:`), a tab in the indentation of a plain scalar's
//   continuation line or of a block scalar. Tabs elsewhere (after a key's `:`, after a value,
//   inside quotes, inside `[…]` and `{…}`) are blanks to yaml.v2 too;
// - `...` before the first document's content;
// - anchor and alias names with characters other than [0-9A-Za-z_-] (a name ended by `:` or
//   `?` is read on: splitAnchor).
import { CST, Lexer } from 'yaml'
import { YamlFailure } from './values.js'

/** The characters yaml.v2's reader accepts (readerc.go). */
const allowedChar = (cp: number): boolean =>
  cp === 0x09 ||
  cp === 0x0a ||
  cp === 0x0d ||
  (cp >= 0x20 && cp <= 0x7e) ||
  cp === 0x85 ||
  (cp >= 0xa0 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

/** The first character yaml.v2's reader refuses in the bytes it reads, as an offset. */
export function refusedChar(text: string, byteLimit: number): number | undefined {
  let bytes = 0
  for (let i = 0; i < text.length && bytes < byteLimit;) {
    const cp = text.codePointAt(i) ?? 0
    if (!allowedChar(cp)) return i
    const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4
    bytes += width
    i += cp >= 0x10000 ? 2 : 1
  }
  return undefined
}

interface Token {
  offset: number
  source: string
  type: string
}

/** The `yaml` lexer's tokens with their offsets; its zero-width control tokens are dropped. */
export function lexTokens(text: string): Token[] {
  const out: Token[] = []
  let offset = 0
  let scalarNext = false
  for (const source of new Lexer().lex(text)) {
    if (source.length === 1 && source < ' ' && !'\t\n\r'.includes(source)) {
      scalarNext = source === '\x1f'
      continue
    }
    const type = scalarNext ? 'scalar' : (CST.tokenType(source) ?? 'scalar')
    scalarNext = false
    out.push({ offset, source, type })
    offset += source.length
  }
  return out
}

/** The first document's directives as yaml.v2 checks them: only `%YAML 1.1` and `%TAG`. */
export function checkDirectives(tokens: readonly Token[]): void {
  let version = false
  for (const t of tokens) {
    if (t.type === 'space' || t.type === 'newline' || t.type === 'comment') continue
    if (t.type === 'byte-order-mark') continue
    if (t.type !== 'directive-line') return
    const m = /^%([^\s#]*)(.*)$/.exec(t.source)
    const name = m?.[1] ?? ''
    if (name === 'TAG') continue
    if (name !== 'YAML') {
      throw new YamlFailure(
        `found unknown directive name %${name} (yaml.v2 knows %YAML and %TAG only)`,
        t.offset
      )
    }
    if (version) throw new YamlFailure('found duplicate %YAML directive', t.offset)
    version = true
    const v = /^[ \t]+([0-9]{1,9})\.([0-9]{1,9})(?=[ \t]|$)/.exec(m?.[2] ?? '')
    if (!v || Number(v[1]) !== 1 || Number(v[2]) !== 1) {
      throw new YamlFailure(
        `found incompatible YAML document: yaml.v2 accepts only "%YAML 1.1" (here "${t.source.replace(/\s*(#.*)?$/, '')}"); remove the directive`,
        t.offset
      )
    }
  }
}

/** `...` before any content: yaml.v2 finds no node for the first document. */
export function checkDocumentStart(tokens: readonly Token[]): void {
  for (const t of tokens) {
    if (['byte-order-mark', 'space', 'newline', 'comment'].includes(t.type)) continue
    if (t.type === 'doc-end') {
      throw new YamlFailure(
        'did not find expected node content ("..." ends a document before any content; remove it)',
        t.offset
      )
    }
    return
  }
}

/**
 * An anchor or alias token (`&name`, `*name`, as the `yaml` lexer ends it) at `offset`, as
 * yaml.v2's scan_anchor reads it: the name is [0-9A-Za-z_-]+, followed by a blank, a line
 * break, the end, or one of ?:,]}%@`. Returns the name yaml.v2 reads: at a `:` or `?` it ends
 * the name and scans the rest as the next token (see splitAnchors). `next`: the character
 * after the token.
 */
export function checkAnchorName(source: string, offset: number, next: string | undefined): string {
  const name = source.slice(1)
  const goName = /^[0-9A-Za-z_-]*/.exec(name)?.[0] ?? ''
  const rest = name.slice(goName.length)
  const after = rest[0] ?? next ?? ''
  const what = source[0] === '&' ? 'anchor' : 'alias'
  if (goName && (after === '' || ' \t\r\n,]}?:'.includes(after))) return goName
  if (goName && '%@`'.includes(after)) {
    throw new YamlFailure(
      `found character that cannot start any token (yaml.v2 ends the ${what} name "${goName}" before "${after}")`,
      offset + 1 + goName.length
    )
  }
  throw new YamlFailure(
    `did not find expected alphabetic or numeric character (${what} names hold only letters, digits, "_" and "-"; here "${source}")`,
    offset
  )
}

/**
 * Where yaml.v2 scans a token boundary inside the `yaml` lexer's anchor or alias token at
 * `offset`: `&a:b` is the anchor `a`, then `:b` (YAML 1.2 names may hold `:` and `?`, yaml.v2's
 * end there). The text yaml.v2 reads is the same with a space put there; in a flow collection
 * (`flow`) `:` and `?` are always indicators to yaml.v2, so a space goes after them too.
 * Returns the offsets (of `text`) before which a space goes, none if the name ends elsewhere.
 */
export function splitAnchor(text: string, offset: number, source: string, flow: boolean): number[] {
  const goName = /^[0-9A-Za-z_-]*/.exec(source.slice(1))?.[0] ?? ''
  const at = offset + 1 + goName.length
  const c = source[1 + goName.length]
  if (!goName || (c !== ':' && c !== '?')) return []
  const next = text[at + 1]
  const blankz = next === undefined || ' \t\r\n'.includes(next)
  return flow && !blankz && !',[]{}'.includes(next) ? [at, at + 1] : [at]
}

/** Every anchor and alias name in `tokens`, as checkAnchorName checks them. */
export function checkAnchorNames(text: string, tokens: readonly Token[]): void {
  for (const t of tokens) {
    if (t.type === 'anchor' || t.type === 'alias') {
      checkAnchorName(t.source, t.offset, text[t.offset + t.source.length])
    }
  }
}

const isBreakChar = (c: string | undefined): boolean => c === '\n' || c === '\r'

/**
 * Where a block scalar whose header is at `header` ends, checking the tabs in its indentation
 * as yaml.v2 does (scan_block_scalar_breaks). `parent`: yaml.v2's indent around it.
 */
export function blockScalarEnd(text: string, header: string, from: number, parent: number): number {
  const increment = Number(/[1-9]/.exec(header)?.[0] ?? 0)
  let indent = increment ? (parent >= 0 ? parent + increment : increment) : 0
  let maxIndent = 0
  let i = text.indexOf('\n', from)
  if (i < 0) return text.length
  i++
  for (;;) {
    const lineStart = i
    let col = 0
    while ((indent === 0 || col < indent) && text[i] === ' ') {
      i++
      col++
    }
    if (indent === 0 && col > maxIndent) maxIndent = col
    if ((indent === 0 || col < indent) && text[i] === '\t') {
      throw new YamlFailure(
        'found a tab character where an indentation space is expected (in a block scalar: indent with spaces)',
        i
      )
    }
    if (i >= text.length) return text.length
    if (isBreakChar(text[i])) {
      i = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1
      continue
    }
    if (indent === 0) indent = Math.max(maxIndent, parent + 1, 1)
    if (col < indent) return lineStart
    const nl = text.indexOf('\n', i)
    if (nl < 0) return text.length
    i = nl + 1
  }
}

export const CANNOT_START =
  'found character that cannot start any token: a tab where yaml.v2 looks for the next token (at the start of a line, or after "-", "?" or a complex key\'s ":"); indent with spaces'
const VIOLATES =
  'found a tab character that violates indentation (in the indentation of a continued plain scalar); indent with spaces'

/** The first tab yaml.v2 refuses in `text` (see the top of this file). */
export function checkTabs(text: string, tokens: readonly Token[]): void {
  if (!text.includes('\t')) return
  let flow = 0
  let simpleKeyAllowed = true
  const indents: number[] = []
  const top = (): number => indents.at(-1) ?? -1
  /** After a plain scalar in block context: yaml.v2 still scans its blank lines. */
  let plain: { indent: number; crossed: boolean } | undefined
  let lineStart = 0
  let keyLine = -1
  let keyColumn = -1
  let skipTo = -1
  const newlines = (t: Token): void => {
    const nl = t.source.lastIndexOf('\n')
    if (nl >= 0) lineStart = t.offset + nl + 1
  }
  for (const t of tokens) {
    if (t.offset < skipTo) continue
    const col = t.offset - lineStart
    if (t.type === 'space') {
      for (let k = 0; k < t.source.length; k++) {
        if (t.source[k] !== '\t' || flow > 0) continue
        const at = t.offset + k
        if (plain) {
          if (plain.crossed && at - lineStart < plain.indent) throw new YamlFailure(VIOLATES, at)
        } else if (simpleKeyAllowed) throw new YamlFailure(CANNOT_START, at)
      }
      continue
    }
    if (t.type === 'newline') {
      if (flow === 0) simpleKeyAllowed = true
      if (plain) plain.crossed = true
      newlines(t)
      continue
    }
    if (t.type === 'comment') {
      plain = undefined
      continue
    }
    plain = undefined
    if (flow === 0) while (top() > col) indents.pop()
    const roll = (column: number): void => {
      if (flow === 0 && top() < column) indents.push(column)
    }
    const maybeKey = (): void => {
      if (flow === 0 && simpleKeyAllowed) {
        keyLine = lineStart
        keyColumn = col
      }
    }
    switch (t.type) {
      case 'doc-start':
      case 'doc-end':
      case 'directive-line':
        indents.length = 0
        simpleKeyAllowed = false
        break
      case 'flow-map-start':
      case 'flow-seq-start':
        maybeKey()
        flow++
        simpleKeyAllowed = true
        break
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1)
        simpleKeyAllowed = false
        break
      case 'comma':
        simpleKeyAllowed = true
        break
      case 'seq-item-ind':
      case 'explicit-key-ind':
        roll(col)
        simpleKeyAllowed = true
        break
      case 'map-value-ind':
        if (flow === 0 && keyLine === lineStart) {
          roll(keyColumn)
          simpleKeyAllowed = false
        } else {
          roll(col)
          simpleKeyAllowed = flow === 0
        }
        keyLine = -1
        break
      case 'block-scalar-header':
        skipTo = blockScalarEnd(text, t.source, t.offset, top())
        lineStart = skipTo
        simpleKeyAllowed = true
        break
      case 'scalar': {
        maybeKey()
        const indent = top() + 1
        // A continued plain scalar: yaml.v2 refuses a tab in a continuation line's indentation.
        for (
          let k = t.source.indexOf('\n');
          flow === 0 && k >= 0;
          k = t.source.indexOf('\n', k + 1)
        ) {
          for (let j = k + 1; j < t.source.length && /[ \t]/.test(t.source[j] ?? ''); j++) {
            if (t.source[j] === '\t' && j - (k + 1) < indent) {
              throw new YamlFailure(VIOLATES, t.offset + j)
            }
          }
        }
        newlines(t)
        if (flow === 0) plain = { indent, crossed: false }
        simpleKeyAllowed = false
        break
      }
      default:
        // Anchors, tags, aliases and quoted scalars: a simple key may start here.
        maybeKey()
        newlines(t)
        simpleKeyAllowed = false
    }
  }
}
