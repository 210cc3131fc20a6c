// Patterns that cost too much to build here although the server builds them. Go's program
// size is estimated from the pattern before re2js builds it (`goProgramSize`): past
// MAX_CHECKED_SIZE and up to Go's bound, the pattern is too costly to check here (TooCostly,
// which ends the job: see src/policy/jobs.ts), since re2js would take seconds and gigabytes.
// re2js also bounds a program at 1,398,101 instructions where Go's regexp/syntax (1.19+) allows
// 3,355,443, and both refuse "expression too large" past their bound: between the two, that
// refusal is not the server's, so it too is TooCostly. Past Go's bound, or past the rune bound
// the two share, the pattern is invalid, as the server says.
import { RE2JS } from 're2js'
import { literalEnd, rewriteOutsideLiterals } from './compile.js'
import { GO_MAX_SIZE, MAX_CHECKED_SIZE } from './sandbox.js'

/** A pattern the server accepts but this engine cannot afford to build. */
export class TooCostly extends Error {
  override readonly name = 'TooCostly'
}

const isTooLarge = (e: unknown): boolean =>
  e instanceof Error && /expression too large/.test(e.message)

interface Node {
  size: number
}

/**
 * Go's calcSize over the pattern's structure (without the factoring of alternations, which
 * only makes Go's smaller): literals 1 a rune, a class 1, a capture or `*` 2 + its part, `+`
 * and `?` 1 + its part, `x{n,m}` m·x + (m - n), alternatives their sum + one per `|`. Undefined
 * for a pattern this reading cannot follow.
 */
export function goProgramSize(pattern: string): number | undefined {
  let i = 0
  const repeat = (): { min: number; max: number } | undefined => {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 30))
    if (!m) return undefined
    i += m[0].length
    const min = Number(m[1])
    const max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3])
    return { min, max }
  }
  const alternation = (): Node => {
    const alts: number[] = [concat()]
    while (pattern[i] === '|') {
      i++
      alts.push(concat())
    }
    const sum = alts.reduce((a, b) => a + b, 0) + alts.length - 1
    return { size: Math.max(1, sum) }
  }
  const concat = (): number => {
    let size = 0
    while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
      let atom = atomSize()
      if (atom === undefined) continue // a flag group such as (?i): no node
      for (;;) {
        const c = pattern[i]
        if (c === '*') {
          i++
          atom = 2 + atom
        } else if (c === '+' || c === '?') {
          i++
          atom = 1 + atom
        } else if (c === '{') {
          const r = repeat()
          if (!r) break
          atom =
            r.max === -1
              ? r.min === 0
                ? 2 + atom
                : 1 + r.min * atom
              : Math.max(1, r.max * atom + (r.max - r.min))
        } else break
        if (pattern[i] === '?') i++ // non-greedy: the same size
      }
      size += atom
    }
    return Math.max(1, size)
  }
  const atomSize = (): number | undefined => {
    // \pL, \p{Greek}, \x41, \x{263a}: one node, longer than the two characters of an escape.
    const braced = /^\\(?:[pP](?:\{[^}]*\}|[^{])|x(?:\{[^}]*\}|[0-9A-Fa-f]{2}))/.exec(
      pattern.slice(i, i + 100)
    )
    if (braced) {
      i += braced[0].length
      return 1
    }
    const end = literalEnd(pattern, i)
    if (end !== undefined) {
      // An escape or a class is one node; `\Q…\E` is a literal of its runes.
      const quoted = pattern.startsWith('\\Q', i)
      const size = quoted
        ? Math.max(1, [...pattern.slice(i + 2, end).replace(/\\E$/, '')].length)
        : 1
      i = end
      return size
    }
    if (pattern[i] === '(') {
      const flags = /^\(\?[imsU-]*\)/.exec(pattern.slice(i, i + 20))
      if (flags) {
        i += flags[0].length
        return undefined
      }
      const head = /^\((\?[imsU-]*:|\?P?<[A-Za-z0-9_]+>)?/.exec(pattern.slice(i, i + 300))
      const capture = !head?.[1] || !head[1].endsWith(':')
      i += head?.[0].length ?? 1
      const inner = alternation()
      if (pattern[i] !== ')') throw new Error('unbalanced')
      i++
      return capture ? 2 + inner.size : inner.size
    }
    i += (pattern.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
    return 1
  }
  try {
    const size = alternation().size
    return i === pattern.length ? size : undefined
  } catch {
    return undefined
  }
}

/** `pattern` with every counted repetition made `{1}`: the same runes, a small program. */
function withoutCounts(pattern: string): string {
  return rewriteOutsideLiterals(pattern, i => {
    const m = pattern[i] === '{' ? /^\{\d+(,\d*)?\}/.exec(pattern.slice(i, i + 30)) : null
    return m ? [m[0].length, '{1}'] : undefined
  })
}

/**
 * Throws TooCostly before re2js builds `wrapped` (the pattern as the server compiles it) when
 * Go would build it but it is larger than MAX_CHECKED_SIZE. Past Go's bound, re2js refuses it
 * as the server does, at once.
 */
export function checkCost(wrapped: string): void {
  const size = goProgramSize(wrapped)
  if (size !== undefined && size > MAX_CHECKED_SIZE && size <= GO_MAX_SIZE)
    throw new TooCostly(`the pattern needs ${size} instructions`)
}

/**
 * What to throw for re2js's error `e` compiling `wrapped` (the pattern as the server compiles
 * it): `e` itself, or TooCostly when re2js found the program too large but Go would build it.
 */
export function costlyOr(e: unknown, wrapped: string): unknown {
  if (!isTooLarge(e)) return e
  // Too many runes (the bound both share) stays too large without the counts.
  try {
    RE2JS.compile(withoutCounts(wrapped))
  } catch (again) {
    if (isTooLarge(again)) return e
  }
  const size = goProgramSize(wrapped)
  if (size !== undefined && size > GO_MAX_SIZE) return e
  return new TooCostly(
    `the pattern needs ${size === undefined ? 'more instructions than this engine allows' : `${size} instructions`} (the server allows up to ${GO_MAX_SIZE})`
  )
}
