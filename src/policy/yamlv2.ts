// Reads a YAML file the way gopkg.in/yaml.v2 (go.yaml.in/yaml/v2 v2.4.4, the version
// sigs.k8s.io/yaml v1.6.0 uses in octo-sts/app) decodes it into interface{} with
// UnmarshalStrict, in time linear in the file. The `yaml` package composes the nodes; the
// parts in ./yamlv2/ make it read what yaml.v2 reads:
// - breaks.ts: a lone CR, NEL, U+2028 or U+2029 is a line break to yaml.v2 and not to an
//   editor; the file is read as yaml.v2 reads it, and each such break is an error;
// - scanner.ts: only the first document is read; the reader refuses control characters (DEL,
//   C1, U+FFFE…) in the part of the file it reads (512-byte chunks up to the next document's
//   marker), directives other than `%YAML 1.1`, tabs where yaml.v2 does, `...` before the
//   first document and anchor names other than [0-9A-Za-z_-]+;
// - root.ts, after-root.ts: yaml.v2 stops reading after the root node (`{}:0777` reads as
//   `{}`, and so does `{}` followed by any lines it can scan), with a warning there;
// - quoted.ts: quoted scalars with YAML 1.1's escapes, folded over lines of any indentation;
//   a `#` right after a closing quote or bracket starts a comment; a space where yaml.v2
//   ends an anchor name at `:` or `?` (`&a:b x` is the anchor a on ":b x");
// - resolve.ts: plain scalars resolve as yaml.v2's resolve.go does (`yes` is a boolean);
// - decode.ts: aliases, merges, strict duplicate keys, the "excessive aliasing" rule, !!binary.
// Nesting is bounded far below yaml.v2's 10000 levels (see MAX_DEPTH): the yaml package's
// composer recurses, and a policy is at most a few levels deep.
import { Composer, LineCounter, Parser, isMap, isScalar, isSeq } from 'yaml'
import type { Document } from 'yaml'
import type { Position, Problem } from './types.js'
import { asYamlV2Lines, hiddenBreakProblems, hiddenBreaks, quote } from './yamlv2/breaks.js'
import { Decoder } from './yamlv2/decode.js'
import { readQuoted } from './yamlv2/quoted.js'
import type { QuotedScalars } from './yamlv2/quoted.js'
import { rootEnd } from './yamlv2/root.js'
import {
  checkAnchorNames,
  checkDirectives,
  checkDocumentStart,
  checkTabs,
  lexTokens,
  refusedChar
} from './yamlv2/scanner.js'
import { posOf, YamlFailure } from './yamlv2/values.js'
import type { GoValue } from './yamlv2/values.js'

export type { GoEntry, GoValue } from './yamlv2/values.js'
export { goKeyText } from './yamlv2/decode.js'

/** Deeper nesting is refused before composing; only nested merge keys are valid past ~5. */
export const MAX_DEPTH = 100

export interface YamlRead {
  /** The first document's value as yaml.v2 reads it; undefined when yaml.v2 fails (see errors). */
  value?: GoValue
  /** Why yaml.v2 fails on the file. */
  errors: Problem[]
  /**
   * Line breaks only yaml.v2 sees (a lone CR, NEL, LS, PS): errors for every reader of the
   * file, even though yaml.v2 reads it (`value` is what it reads).
   */
  hidden: Problem[]
  warnings: Problem[]
  /** Offset of a second document, when there is one. */
  laterDocument?: number
  /** Lines as an editor numbers them (broken at `\n` only). */
  lines: LineCounter
}

interface Token {
  type: string
  offset: number
  source?: string
  [k: string]: unknown
}

/**
 * Nesting deeper than `max` in a CST token (the `yaml` package's Parser output), walked without
 * recursion, as an offset. Check before composing: the composer recurses.
 */
export function tooDeep(root: unknown, max: number = MAX_DEPTH): number | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]]
  while (stack.length) {
    const [tok, depth] = stack.pop() as [unknown, number]
    if (!tok || typeof tok !== 'object') continue
    const t = tok as Token
    const collection =
      t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection'
    const d = collection ? depth + 1 : depth
    if (d > max) return t.offset
    if (t.type === 'document') stack.push([t.value, d])
    if (Array.isArray(t.items)) {
      for (const item of t.items as Array<Record<string, unknown>>) {
        stack.push([item.key, d], [item.value, d])
      }
    }
  }
  return undefined
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8')

/** Lines as an editor numbers them: broken at `\n` only. */
function editorLines(text: string): LineCounter {
  const lines = new LineCounter()
  lines.addNewLine(0)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1)
  return lines
}

/** The `yaml` package's complaint about a `#` right after a quote or bracket (yaml.v2: a comment). */
const commentAfterToken = (
  source: string,
  e: { message: string; pos: [number, number] }
): boolean =>
  /^Comments must be separated/.test(e.message) && /['"\]},]/.test(source[e.pos[0] - 1] ?? '')

/** Reads `text` as yaml.v2's UnmarshalStrict into interface{}; see the top of this file. */
export function readYamlV2(text: string): YamlRead {
  const lines = editorLines(text)
  const result: YamlRead = { errors: [], hidden: [], warnings: [], lines }
  const breaks = hiddenBreaks(text)
  const read = readAsYamlV2(breaks.length ? asYamlV2Lines(text) : text, result)
  if (breaks.length) result.hidden = hiddenBreakProblems(text, breaks, lines, read)
  return result
}

function readAsYamlV2(whole: string, result: YamlRead): GoValue | undefined {
  let text = whole
  // Offsets are the file's until spaces go after anchor names (quoted.ts), then shifted.
  let lines = result.lines
  const fail = (e: unknown): undefined => {
    if (!(e instanceof YamlFailure)) throw e
    result.errors.push(
      yamlError(e.message, e.offset === undefined ? undefined : posOf(lines, e.offset))
    )
    return undefined
  }
  let tokens = Array.from(new Parser().parse(text)) as unknown as Token[]
  const documentRange = (): [number, number] => {
    const first = tokens.findIndex(t => t.type === 'document')
    const next = first < 0 ? -1 : tokens.findIndex((t, i) => i > first && t.type === 'document')
    return [first, next]
  }
  let [firstDoc, nextDoc] = documentRange()
  // yaml.v2 stops after the first document; its reader has checked 512-byte chunks up to just
  // past the next document's marker.
  const readTo = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? text.length) + 4 : text.length
  const byteLimit = Math.ceil((utf8Length(text.slice(0, readTo)) + 1) / 512) * 512
  const bad = refusedChar(text, byteLimit)
  if (bad !== undefined) {
    const cp = text.codePointAt(bad) ?? 0
    return fail(
      new YamlFailure(
        `control characters are not allowed (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`,
        bad
      )
    )
  }
  let stop: number | undefined
  try {
    const doc = firstDoc >= 0 ? tokens[firstDoc] : undefined
    stop = doc ? rootEnd(doc, text) : undefined
  } catch (e) {
    return fail(e)
  }
  if (stop !== undefined) {
    // yaml.v2 reads no further: neither the rest of the line nor any later line or document.
    result.warnings.push(ignoredFrom(text, stop, lines))
    text = text.slice(0, stop)
    tokens = Array.from(new Parser().parse(text)) as unknown as Token[]
    ;[firstDoc, nextDoc] = documentRange()
  }
  let firstEnd = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? text.length) : text.length
  let source = text
  const quoted = /['"]|[&*][0-9A-Za-z_-]+[:?]/.test(text)
    ? readQuoted(text, firstEnd)
    : { source: text, quoted: undefined, failure: undefined }
  if (quoted.failure) return fail(quoted.failure)
  if (quoted.source !== text) {
    source = quoted.source
    tokens = Array.from(new Parser().parse(source)) as unknown as Token[]
    ;[firstDoc, nextDoc] = documentRange()
    lines = shiftedLines(lines, quoted.quoted?.inserted ?? [])
    firstEnd = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? source.length) : source.length
  }
  if (nextDoc >= 0) result.laterDocument = unshift(tokens[nextDoc]?.offset ?? 0, quoted.quoted)
  try {
    // Each is one more pass of the lexer, made only when the file has what it looks for.
    const head = source.slice(0, firstEnd)
    const directives = /^%/m.test(head)
    const anchors = /[&*]/.test(head)
    const docEnd = head.includes('...')
    if (directives || anchors || docEnd || head.includes('\t')) {
      const lexed = lexTokens(head)
      if (docEnd) checkDocumentStart(lexed)
      if (directives) checkDirectives(lexed)
      if (anchors) checkAnchorNames(head, lexed)
      checkTabs(head, lexed)
    }
  } catch (e) {
    return fail(e)
  }
  const mine = tokens.slice(0, nextDoc >= 0 ? nextDoc : tokens.length)
  const doc = firstDoc >= 0 ? tokens[firstDoc] : undefined
  const deep = doc ? tooDeep(doc) : undefined
  if (deep !== undefined) {
    return fail(
      new YamlFailure(
        `nesting deeper than ${MAX_DEPTH} levels (no trust policy needs more than a few)`,
        deep
      )
    )
  }
  const composer = new Composer({
    version: '1.1',
    schema: 'failsafe',
    uniqueKeys: false,
    prettyErrors: false
  })
  const docs = Array.from(composer.compose(mine as never, true, source.length)) as Document.Parsed[]
  const first = docs[0]
  if (!first) return undefined
  // yaml.v2 checks escapes itself (quoted.ts) and reads `'a'#b` as `'a'` and a comment.
  const errors = first.errors.filter(
    e => e.code !== 'BAD_DQ_ESCAPE' && !commentAfterToken(source, e)
  )
  if (errors.length) {
    result.errors.push(
      ...errors.map(e =>
        yamlError(e.message.split('\n')[0] ?? '', posOf(lines, errorOffset(first, e)))
      )
    )
    return undefined
  }
  for (const w of first.warnings) {
    // yaml.v2 resolves its own tags; others it reads as strings (worth a word to the author)
    if (w.code === 'TAG_RESOLVE_FAILED' && w.message.includes('tag:yaml.org,2002:')) continue
    result.warnings.push({
      severity: 'warning',
      message: `YAML: ${w.message.split('\n')[0]}`,
      ...posOf(lines, w.pos[0])
    })
  }
  const decoder = new Decoder(lines, quoted.quoted)
  try {
    decoder.link(first.contents)
    decoder.countAliases(first.contents)
    result.value = decoder.decode(first.contents)
  } catch (e) {
    return fail(e)
  }
  return result.value
}

/** An offset of the text with spaces put after anchor names, as an offset of the file. */
const unshift = (offset: number, quoted: QuotedScalars | undefined): number =>
  offset - (quoted?.inserted.filter(at => at < offset).length ?? 0)

/** Lines of the file, for offsets of the text with spaces put at `inserted`. */
function shiftedLines(lines: LineCounter, inserted: readonly number[]): LineCounter {
  if (!inserted.length) return lines
  const shifted = new LineCounter()
  shifted.linePos = offset => lines.linePos(offset - inserted.filter(at => at < offset).length)
  return shifted
}

/**
 * The warning at `stop`, where yaml.v2 stops reading: the server reads a different file than
 * a reviewer sees (what follows is ignored, not refused).
 */
function ignoredFrom(text: string, stop: number, lines: LineCounter): Problem {
  const line = /^[^\r\n]*/.exec(text.slice(stop))?.[0] ?? ''
  return {
    severity: 'warning',
    message: `YAML: the server ignores everything from here: yaml.v2 stops reading at the end of the top-level node before it, so ${quote(line.length > 40 ? line.slice(0, 40) + '…' : line)} and all that follows are not part of what the server reads, though a reviewer sees them. Remove them, or move them into the top-level node.`,
    ...posOf(lines, stop)
  }
}

const yamlError = (message: string, at?: Position): Problem => ({
  severity: 'error',
  message: `YAML error: ${message}; the server cannot read this policy.`,
  ...(at ?? {})
})

/**
 * Where to point for a YAML error. An unclosed quote is reported at the end of the file; the
 * quote that opened it is more use to the author.
 */
function errorOffset(
  doc: Document.Parsed,
  error: { code: string; message: string; pos: [number, number] }
): number {
  let offset = error.pos[0]
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    const stack: unknown[] = [doc.contents]
    while (stack.length) {
      const n = stack.pop()
      if (isScalar(n)) {
        const [start, end] = n.range ?? [0, 0]
        if (
          (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') &&
          start < offset &&
          end >= error.pos[0]
        ) {
          offset = start
        }
      } else if (isMap(n)) for (const p of n.items) stack.push(p.key, p.value)
      else if (isSeq(n)) stack.push(...n.items)
    }
  }
  return offset
}
