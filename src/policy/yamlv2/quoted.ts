// Quoted scalars as yaml.v2's scanner reads them (scannerc.go, scan_flow_scalar), which is not
// how the YAML 1.2 `yaml` package reads them:
// - continuation lines need no indentation (`subject: "repo:acme/widgets:ref:` then
//   `refs/heads/main"` at column 1 is one string); a line break folds to a space, an empty
//   line to a line break, and a `\` at the end of a line joins the lines;
// - only YAML 1.1's escapes: `\/` is refused, `\'` and `\<TAB>` are accepted, `\u`/`\U`/`\x`
//   must not name a surrogate or pass U+10FFFF;
// - a `---` or `...` at the start of a line inside one, or the end of the file, is refused.
// The `yaml` package's lexer stops a quoted scalar at an under-indented line; such a scalar is
// handed to it on one line (its line breaks become spaces, offsets unchanged), and its value
// is taken from here.
// The same pass puts a space where yaml.v2 ends an anchor or alias name that the `yaml` package
// reads on (`&a:b x` is the anchor `a` on ":b x": splitAnchor); later offsets move by one, and
// `inserted` says where.
import { lexTokens, splitAnchor } from './scanner.js'
import { YamlFailure } from './values.js'

export interface QuotedScalars {
  /** Each quoted scalar's value as yaml.v2 reads it, by the offset of its opening quote. */
  values: Map<number, string>
  /** Scalars handed to the `yaml` package on one line: a key among them spans lines. */
  joined: Set<number>
  /** Offsets (in the text handed on) of the spaces put after anchor names, in order. */
  inserted: number[]
}

/** More scalars than this folded over under-indented lines is refused (each costs a pass). */
export const MAX_JOINED = 64
/** More spaces than this put after anchor names is refused (each costs a pass). */
export const MAX_SPLIT = 64

const isBreak = (c: string | undefined): boolean =>
  c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029'
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t'
const isBlankOrEnd = (c: string | undefined): boolean => c === undefined || isBlank(c) || isBreak(c)

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  "'": "'",
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029'
}
const CODE_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 }

/** The line break at `i` as yaml.v2 copies it into a scalar, and where the next line starts. */
function readBreak(text: string, i: number): [string, number] {
  const c = text[i]
  if (c === '\r' && text[i + 1] === '\n') return ['\n', i + 2]
  // CR and NEL become a line feed; LS and PS are kept as they are.
  return [c === '\u2028' || c === '\u2029' ? c : '\n', i + 1]
}

const atDocumentMarker = (text: string, i: number): boolean =>
  (text.startsWith('---', i) || text.startsWith('...', i)) && isBlankOrEnd(text[i + 3])

/**
 * The quoted scalar whose opening quote is at `start`: where it ends (past the closing
 * quote) and its value, or a YamlFailure with yaml.v2's reason.
 */
export function scanQuoted(text: string, start: number): { end: number; value: string } {
  const single = text[start] === "'"
  const fail = (why: string, at = start): never => {
    throw new YamlFailure(why, at)
  }
  let out = ''
  let i = start + 1
  for (;;) {
    const lineStart = i === 0 || isBreak(text[i - 1])
    if (lineStart && atDocumentMarker(text, i)) {
      fail('found unexpected document indicator (--- or ...) inside a quoted scalar', i)
    }
    if (i >= text.length) {
      const q = single ? "'" : '"'
      fail(
        `Missing closing ${q}quote: the quoted scalar runs to the end of the file (yaml.v2: found unexpected end of stream)`
      )
    }
    let leadingBlanks = false
    while (!isBlankOrEnd(text[i])) {
      const c = text[i] as string
      if (single && c === "'" && text[i + 1] === "'") {
        out += "'"
        i += 2
      } else if (single ? c === "'" : c === '"') {
        break
      } else if (!single && c === '\\' && isBreak(text[i + 1])) {
        // An escaped line break: the lines are joined without a space.
        i = readBreak(text, i + 1)[1]
        leadingBlanks = true
        break
      } else if (!single && c === '\\') {
        const e = text[i + 1] ?? ''
        const simple = ESCAPES[e]
        const length = CODE_LENGTH[e] ?? 0
        if (simple !== undefined) {
          out += simple
          i += 2
        } else if (length) {
          const digits = text.slice(i + 2, i + 2 + length)
          if (!new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(digits)) {
            fail('did not find expected hexadecimal number in an escape', i)
          }
          const code = parseInt(digits, 16)
          if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
            fail('found invalid Unicode character escape code (a surrogate or past U+10FFFF)', i)
          }
          out += String.fromCodePoint(code)
          i += 2 + length
        } else {
          fail(
            `found unknown escape character \\${e === '' ? '' : String.fromCodePoint(e.codePointAt(0) ?? 0)} (yaml.v2 knows YAML 1.1's escapes only; \\/ is not one: write / alone)`,
            i
          )
        }
      } else {
        const cp = text.codePointAt(i) ?? 0
        const ch = String.fromCodePoint(cp)
        out += ch
        i += ch.length
      }
    }
    if (text[i] === (single ? "'" : '"')) break
    // Blanks and line breaks: trailing blanks dropped, breaks folded.
    let whitespace = ''
    let leadingBreak = ''
    let trailingBreaks = ''
    while (isBlank(text[i]) || isBreak(text[i])) {
      if (isBlank(text[i])) {
        if (!leadingBlanks) whitespace += text[i]
        i++
        continue
      }
      const [br, next] = readBreak(text, i)
      if (!leadingBlanks) {
        whitespace = ''
        leadingBreak = br
        leadingBlanks = true
      } else trailingBreaks += br
      i = next
      // The document marker check happens at the top of the outer loop for this position.
      if (atDocumentMarker(text, i)) break
    }
    if (leadingBlanks) {
      out += leadingBreak === '\n' ? trailingBreaks || ' ' : leadingBreak + trailingBreaks
    } else out += whitespace
  }
  return { end: i + 1, value: out }
}

type Fix = { kind: 'quoted' | 'anchor'; offset: number; length: number; source: string }

/** The `yaml` lexer's quoted scalars and anchors in `text`, in order, with their flow level. */
function* tokensToFix(text: string): Generator<Fix & { flow: boolean }> {
  let depth = 0
  for (const t of lexTokens(text)) {
    if (t.type === 'flow-map-start' || t.type === 'flow-seq-start') depth++
    else if ((t.type === 'flow-map-end' || t.type === 'flow-seq-end') && depth > 0) depth--
    const kind =
      t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar'
        ? 'quoted'
        : t.type === 'anchor' || t.type === 'alias'
          ? 'anchor'
          : undefined
    if (kind)
      yield { kind, offset: t.offset, length: t.source.length, source: t.source, flow: depth > 0 }
  }
}

/**
 * Reads every quoted scalar of `text` as yaml.v2 does, and returns the text to hand to the
 * `yaml` package (the same length, with each quoted scalar its lexer would cut short at an
 * under-indented line put on one line). yaml.v2 reads no further than the first document:
 * a scalar from `limit` on is not checked.
 */
export function readQuoted(
  text: string,
  limit: number
): { source: string; quoted: QuotedScalars; failure?: YamlFailure } {
  const quoted: QuotedScalars = { values: new Map(), joined: new Set(), inserted: [] }
  let source = text
  let end = limit
  for (let pass = 0; ; pass++) {
    let changed = false
    for (const { kind, offset, length, source: token, flow } of tokensToFix(source)) {
      if (offset >= end) break
      if (kind === 'anchor') {
        const spaces = splitAnchor(source, offset, token, flow)
        if (!spaces.length) continue
        if (quoted.inserted.length + spaces.length > MAX_SPLIT) {
          const failure = new YamlFailure(
            `more than ${MAX_SPLIT} anchor or alias names end in ":" or "?" (use only letters, digits, "_" and "-" in names)`,
            offset
          )
          return { source, quoted, failure }
        }
        spaces.forEach((at, i) => {
          source = source.slice(0, at + i) + ' ' + source.slice(at + i)
          quoted.inserted.push(at + i)
        })
        end += spaces.length
        changed = true
        break // the lexer's reading of the rest changes: read it again
      }
      // Read in an earlier pass (a joined one's text has changed since).
      if (quoted.values.has(offset)) continue
      let scanned: { end: number; value: string }
      try {
        scanned = scanQuoted(source, offset)
      } catch (e) {
        if (e instanceof YamlFailure) return { source, quoted, failure: e }
        throw e
      }
      const { value } = scanned
      quoted.values.set(offset, value)
      if (scanned.end === offset + length) continue
      if (pass >= MAX_JOINED) {
        const failure = new YamlFailure(
          `more than ${MAX_JOINED} quoted scalars continue on less indented lines (write each on one line)`,
          offset
        )
        return { source, quoted, failure }
      }
      const inside = source.slice(offset, scanned.end).replace(/[\r\n\u0085\u2028\u2029]/g, ' ')
      source = source.slice(0, offset) + inside + source.slice(scanned.end)
      quoted.joined.add(offset)
      changed = true
      break // the lexer's reading of the rest changes: read it again
    }
    if (!changed) return { source, quoted }
  }
}
