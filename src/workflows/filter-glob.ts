// GitHub's filter pattern syntax for `branches`, `tags` and their `-ignore` forms, as its
// "filter pattern cheat sheet" documents it: `*` (any run of characters but `/`), `**` (any run),
// `?` and `+` (zero-or-one and one-or-more of the character before), `[…]` (one of the listed
// letters, digits or ranges), `\` (escape), and a leading `!` that excludes what earlier
// patterns included (the order matters: the last pattern that matches decides). Compiled for
// re2js, which matches in linear time whatever the pattern.
import { RE2JS } from 're2js'

/** A filter pattern longer than this is not a branch or tag name (git's refs are short). */
export const MAX_PATTERN = 255

export interface Glob {
  /** The pattern as written, `!` included. */
  text: string
  negated: boolean
  /** No wildcard: the pattern is the one name it matches. */
  literal: boolean
  re: RE2JS
  /** A name the pattern matches, proved by `re` (undefined when none is found). */
  sample?: string
}

const quote = (c: string): string =>
  /[A-Za-z0-9_/-]/.test(c) ? c : `\\x{${c.codePointAt(0)?.toString(16)}}`

/** A class `[…]` from `i` (its `[`): its regexp, a member, and where it ends; undefined if bad. */
function readClass(p: string, i: number): { re: string; member: string; end: number } | undefined {
  const close = p.indexOf(']', i + 1)
  if (close < 0) return undefined
  const body = p.slice(i + 1, close)
  if (!/^(?:[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|[A-Za-z0-9])+$/.test(body)) return undefined
  for (const [, a, b] of body.matchAll(/([A-Za-z0-9])-([A-Za-z0-9])/g)) {
    if ((a as string) > (b as string)) return undefined
  }
  return { re: `[${body}]`, member: body.charAt(0), end: close + 1 }
}

/**
 * One pattern, compiled; a string saying why when GitHub would not read it. Alongside the
 * regexp it builds a name the pattern matches: each wildcard stands for `fill`, each `?` and
 * `+` keeps one of its character, each class its first member.
 */
export function compileGlob(text: string, fill = 'x'): Glob | string {
  if (text.length === 0) return 'an empty pattern'
  if (text.length > MAX_PATTERN) return `a pattern longer than ${MAX_PATTERN} characters`
  const negated = text.startsWith('!')
  const p = negated ? text.slice(1) : text
  let re = ''
  let sample = ''
  let literal = true
  // Whether the last piece is one character (or class) that `?` and `+` can repeat.
  let repeatable = false
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i)
    if (c === '\\' && i + 1 < p.length) {
      const next = p.charAt(++i)
      re += quote(next)
      sample += next
      repeatable = true
    } else if (c === '*') {
      literal = false
      repeatable = false
      if (p.charAt(i + 1) === '*') {
        i++
        re += '.*'
      } else re += '[^/]*'
      sample += fill
    } else if ((c === '?' || c === '+') && repeatable) {
      literal = false
      repeatable = false
      re += c
    } else if (c === '[') {
      const cls = readClass(p, i)
      if (!cls) return `a bracket expression GitHub does not read (${p.slice(i, i + 20)})`
      literal = false
      re += cls.re
      sample += cls.member
      i = cls.end - 1
      repeatable = true
    } else {
      re += quote(c)
      sample += c
      repeatable = true
    }
  }
  const compiled = RE2JS.compile(re)
  return {
    text,
    negated,
    literal,
    re: compiled,
    ...(compiled.matches(sample) ? { sample } : {})
  }
}

/** Whether the ordered `globs` admit `name`: the last pattern that matches decides. */
export function admits(globs: readonly Glob[], name: string): boolean {
  let included = false
  for (const g of globs) if (g.re.matches(name)) included = !g.negated
  return included
}
