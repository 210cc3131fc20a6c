// What yaml.v2 scans after the top-level node when the next token is on a later line. Its
// Unmarshal reads one document's node and then only asks for the document's end: the scanner
// fetches the next token, and, while that token may still be a simple key (a scalar, an
// anchor, an alias, a tag or a flow collection's start, which any token at the start of a line
// may be), the tokens after it on its line and the first token past that line. If one of those
// fails to scan (a tab where a token should start, a bad escape, a bad anchor name…), yaml.v2
// fails; otherwise everything from the next token on is ignored, whatever it holds.
import { scanQuoted } from './quoted.js'
import { blockScalarEnd, CANNOT_START, checkAnchorName } from './scanner.js'
import { YamlFailure } from './values.js'

const isBreak = (c: string | undefined): boolean => c === '\n' || c === '\r'
const isBlankz = (c: string | undefined): boolean =>
  c === undefined || c === ' ' || c === '\t' || isBreak(c)
const columnOf = (text: string, at: number): number =>
  at - (Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1)

const NO_TOKEN = 'found character that cannot start any token'

/**
 * The first token after the line break at `lineEnd`, skipping blank and comment lines, as
 * yaml.v2's scan_to_next_token does: a tab before it on its line is an error in block context
 * (`flow`: inside a flow collection, where tabs are blanks). Undefined at the end of the text.
 */
function tokenAfterLine(text: string, lineEnd: number, flow: boolean): number | undefined {
  let pos = lineEnd
  while (pos < text.length) {
    if (isBreak(text[pos])) {
      pos += text[pos] === '\r' && text[pos + 1] === '\n' ? 2 : 1
      continue
    }
    if (text[pos] === ' ' || (flow && text[pos] === '\t')) {
      pos++
      continue
    }
    if (text[pos] === '\t') throw new YamlFailure(CANNOT_START, pos)
    if (text[pos] === '#') {
      while (pos < text.length && !isBreak(text[pos])) pos++
      continue
    }
    return pos
  }
  return undefined
}

/** The end of the anchor or alias at `at`, checked as yaml.v2 scans it (it may throw). */
function anchorEnd(text: string, at: number): number {
  const token = /^[&*][^\s,[\]{}]*/.exec(text.slice(at))?.[0] ?? text[at] ?? ''
  return at + 1 + checkAnchorName(token, at, text[at + token.length]).length
}

/** The end of a simple tag (`!x`, `!!str`, `!e!x`) followed by a blank; undefined if unsure. */
function tagEnd(text: string, at: number): number | undefined {
  const tag = /^!(?:[0-9A-Za-z_-]*!)?[0-9A-Za-z_\-;/?:@&=+$.!~*'()]*/.exec(text.slice(at))?.[0]
  return tag && isBlankz(text[at + tag.length]) ? at + tag.length : undefined
}

/** A directive after the root, as yaml.v2's scanner checks it (the version is not checked). */
function directive(text: string, at: number): boolean {
  const line = /^[^\r\n]*/.exec(text.slice(at))?.[0] ?? ''
  const name = /^%([0-9A-Za-z_-]*)/.exec(line)?.[1] ?? ''
  if (name === 'YAML') return /^%YAML[ \t]+[0-9]{1,9}\.[0-9]{1,9}[ \t]*(?:#.*)?$/.test(line)
  if (name === 'TAG') {
    return /^%TAG[ \t]+!(?:[0-9A-Za-z_-]*!)?[ \t]+[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]]+[ \t]*(?:#.*)?$/.test(
      line
    )
  }
  if (name && isBlankz(line[name.length + 1])) {
    throw new YamlFailure('found unknown directive name', at)
  }
  return false
}

/** A block scalar after the root: its header, and tabs in its indentation (scanned whole). */
function blockScalar(text: string, at: number): boolean {
  const header = /^[|>](?:[+-][1-9]?|[1-9][+-]?)?/.exec(text.slice(at))?.[0] ?? ''
  const rest = /^[ \t]*(?:#[^\r\n]*)?/.exec(text.slice(at + header.length))?.[0] ?? ''
  const next = text[at + header.length + rest.length]
  if (next !== undefined && !isBreak(next)) return false
  blockScalarEnd(text, header, at, -1)
  return true
}

/**
 * One token at `at`, as yaml.v2 scans it when it needs just that token: true if it scans,
 * false if unsure (left to the `yaml` package, which refuses the text); throws yaml.v2's error.
 */
function oneToken(text: string, at: number, flow: boolean): boolean {
  const c = text[at] ?? ''
  const column0 = columnOf(text, at) === 0
  if (column0 && /^(?:---|\.\.\.)/.test(text.slice(at, at + 3)) && isBlankz(text[at + 3])) {
    return true
  }
  if (c === '%' && column0) return directive(text, at)
  if (c === '"' || c === "'") {
    scanQuoted(text, at)
    return true
  }
  if (c === '&' || c === '*') {
    anchorEnd(text, at)
    return true
  }
  if (c === '!') return tagEnd(text, at) !== undefined
  if (c === '@' || c === '`' || c === '%') throw new YamlFailure(NO_TOKEN, at)
  if ((c === '|' || c === '>') && !flow) return blockScalar(text, at)
  return c !== '|' && c !== '>' // in a flow collection they start no token: an error
}

/**
 * Where yaml.v2 goes on scanning after the plain scalar at `at` (in block context, or in a
 * flow collection with `flow`): it consumes the blanks and line breaks after each word, and
 * ends the scalar at a comment, a document marker, a `:` and a blank (or in a flow collection
 * one of `,?[]{}` and `:`). `crossed`: it consumed a line break.
 */
function plainEnd(text: string, at: number, flow: boolean): { resume: number; crossed: boolean } {
  let pos = at
  let crossed = false
  for (;;) {
    while (!isBlankz(text[pos])) {
      const c = text[pos] as string
      if (c === ':' && isBlankz(text[pos + 1])) return { resume: pos, crossed }
      if (flow && ',?[]{}'.includes(c)) return { resume: pos, crossed }
      pos++
    }
    let broke = false
    while (text[pos] === ' ' || text[pos] === '\t' || isBreak(text[pos])) {
      if (isBreak(text[pos])) broke = true
      pos++
    }
    if (broke) crossed = true
    if (pos >= text.length || text[pos] === '#') return { resume: pos, crossed }
    const marker = /^(?:---|\.\.\.)/.test(text.slice(pos, pos + 3)) && isBlankz(text[pos + 3])
    if (broke && marker && columnOf(text, pos) === 0) return { resume: pos, crossed }
    if (flow && (',?[]{}'.includes(text[pos] as string) || text[pos] === ':')) {
      return { resume: pos, crossed }
    }
  }
}

/**
 * Whether yaml.v2 scans the tokens from `at` (the first token after the top-level node) without
 * failing: true if it does (it then ignores all of them), false if unsure; throws yaml.v2's
 * error when it fails. See the top of this file. `sameLine`: the token is on the node's last
 * line, where it cannot be a simple key, but the node's own key may still be possible
 * (`keyPossible`: the node is on one line): then yaml.v2 scans the rest of the line the same
 * way, and a `:` there makes the node a key (not ignored: left to the `yaml` package).
 */
export function scansAfterRoot(
  text: string,
  at: number,
  sameLine?: { keyPossible: boolean }
): boolean {
  const c = text[at] ?? ''
  const next = text[at + 1]
  if (sameLine) {
    // After the node on its line, `-`, `?` and `:` are not allowed (or make it a key).
    if ('-?:'.includes(c) && isBlankz(next)) return false
    if (!sameLine.keyPossible) return oneToken(text, at, false)
  } else {
    // Tokens that cannot be a simple key: yaml.v2 scans only them.
    if ('-?:'.includes(c) && isBlankz(next)) return true
    if (',]}'.includes(c) || c === '|' || c === '>' || c === '%' || c === '@' || c === '`') {
      return oneToken(text, at, false)
    }
    if (columnOf(text, at) === 0 && /^(?:---|\.\.\.)/.test(text.slice(at, at + 3))) {
      if (isBlankz(text[at + 3])) return true
    }
  }
  // A possible simple key: the rest of its line, up to a `:` that makes it a key, then one
  // token past the line.
  let depth = 0
  let pos = at
  for (;;) {
    const ch = text[pos]
    if (ch === undefined) return true
    if (ch === ' ' || ch === '\t') {
      pos++
      continue
    }
    if (isBreak(ch)) {
      const t = tokenAfterLine(text, pos, depth > 0)
      return t === undefined || oneToken(text, t, depth > 0)
    }
    const after = text[pos + 1]
    if (ch === '#') {
      while (pos < text.length && !isBreak(text[pos])) pos++
    } else if (ch === '"' || ch === "'") {
      const { end } = scanQuoted(text, pos)
      if (/[\r\n]/.test(text.slice(pos, end))) return true // the key is no longer possible
      pos = end
    } else if (ch === '&' || ch === '*') {
      pos = anchorEnd(text, pos)
    } else if (ch === '!') {
      const end = tagEnd(text, pos)
      if (end === undefined) return false
      pos = end
    } else if (ch === '[' || ch === '{') {
      depth++
      pos++
    } else if (ch === ']' || ch === '}' || ch === ',') {
      if (ch !== ',') depth = Math.max(0, depth - 1)
      pos++
    } else if (ch === ':' && depth === 0 && isBlankz(after)) {
      return !sameLine // the value indicator: the key is found
    } else if (depth > 0 && (ch === ':' || ch === '?' || (ch === '-' && isBlankz(after)))) {
      pos++
    } else if (depth === 0 && '-?'.includes(ch) && isBlankz(after)) {
      return false // not allowed after a token on this line: left to the `yaml` package
    } else if ('@`%'.includes(ch)) {
      throw new YamlFailure(NO_TOKEN, pos)
    } else if ('|>'.includes(ch)) {
      // A block scalar is scanned whole, past the key's line (in a flow collection: an error).
      return depth === 0 && blockScalar(text, pos)
    } else {
      const { resume, crossed } = plainEnd(text, pos, depth > 0)
      if (crossed) return true // past its line: the key is no longer possible
      pos = Math.max(resume, pos + 1)
    }
  }
}

/**
 * The first token after the line break at `lineEnd` that ends the top-level node (blank and
 * comment lines skipped); throws yaml.v2's error for a tab before it. Undefined at the end.
 */
export const firstTokenAfter = (text: string, lineEnd: number): number | undefined =>
  tokenAfterLine(text, lineEnd, false)
