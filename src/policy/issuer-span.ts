// Can an org allowlist's issuer pattern match "/" where it varies? `https://.*\.example\.com`
// also admits `https://evil.com/x.example.com`, so the server (octo-sts/app
// pkg/octosts/org_trusted_issuers.go, checkPatternCannotSpanHost) refuses a pattern when, in
// the tree Go's regexp/syntax.Parse builds, a "." or a character class that includes "/"
// appears anywhere, or a literal "/" sits under a repetition, an optional part or an
// alternation. re2js builds that tree but does not expose it, so this module rebuilds the
// parts of Go's parse the answer depends on: the atoms and their rune sets, repetition,
// groups and flags, and the factoring of alternations (`https://a|https://b` becomes
// `https://(?:a|b)`, which takes the "/" out of the alternation). Like the server's, it is a
// guard against a mistake, not a proof that a pattern is narrow.
//
// Known approximations, none of which changes whether "/" is matched: case folding beyond
// ASCII (and k/K, s/ſ) is not modelled, and classes holding \p{…} compare by how they are
// written. They only decide whether two alternatives start with "the same" class.
import { RE2JS } from 're2js'

const SLASH = 0x2f
const MAX_RUNE = 0x10ffff

/** One part of a class: `ranges` (pairs, as written) and Unicode groups, negated as a whole. */
interface ClassPart {
  ranges: [number, number][]
  groups: { name: string; negated: boolean }[]
  negated: boolean
}

type Node =
  | { op: 'lit'; runes: number[]; fold: boolean }
  | { op: 'class'; parts: ClassPart[]; src: string }
  | { op: 'any'; src: string }
  | { op: 'empty' }
  | { op: 'assert'; kind: string }
  | { op: 'capture'; index: number; sub: Node }
  | {
      op: 'repeat'
      kind: '*' | '+' | '?' | '{}'
      min: number
      max: number
      greedy: boolean
      sub: Node
      src: string
    }
  | { op: 'concat'; subs: Node[] }
  | { op: 'alt'; subs: Node[] }

class Unsupported extends Error {}

// Go's Perl and POSIX classes (regexp/syntax perl_groups.go), as inclusive ranges.
const PERL: Record<string, [number, number][]> = {
  d: [[0x30, 0x39]],
  s: [
    [0x09, 0x0a],
    [0x0c, 0x0d],
    [0x20, 0x20]
  ],
  w: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a]
  ]
}
const POSIX: Record<string, [number, number][]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a]
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a]
  ],
  ascii: [[0x00, 0x7f]],
  blank: [
    [0x09, 0x09],
    [0x20, 0x20]
  ],
  cntrl: [
    [0x00, 0x1f],
    [0x7f, 0x7f]
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e]
  ],
  space: [
    [0x09, 0x0d],
    [0x20, 0x20]
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a]
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66]
  ]
}

/** Sorted, merged ranges. */
function normalize(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [lo, hi] of sorted) {
    const last = out.at(-1)
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi)
    else out.push([lo, hi])
  }
  return out
}

function complement(ranges: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = []
  let next = 0
  for (const [lo, hi] of normalize(ranges)) {
    if (lo > next) out.push([next, lo - 1])
    next = hi + 1
  }
  if (next <= MAX_RUNE) out.push([next, MAX_RUNE])
  return out
}

// Simple case folding: ASCII letters plus the two non-ASCII runes that fold with them.
const FOLD_EXTRA: Record<number, number[]> = {
  0x4b: [0x212a],
  0x6b: [0x212a],
  0x212a: [0x4b, 0x6b],
  0x53: [0x17f],
  0x73: [0x17f],
  0x17f: [0x53, 0x73]
}

function folded(ranges: readonly [number, number][]): [number, number][] {
  const out = [...ranges]
  for (const [lo, hi] of ranges) {
    for (const [a, z, shift] of [
      [0x41, 0x5a, 0x20],
      [0x61, 0x7a, -0x20]
    ] as const) {
      const l = Math.max(lo, a)
      const h = Math.min(hi, z)
      if (l <= h) out.push([l + shift, h + shift])
    }
    for (const [r, extra] of Object.entries(FOLD_EXTRA)) {
      const rune = Number(r)
      if (lo <= rune && rune <= hi) for (const e of extra) out.push([e, e])
    }
  }
  return out
}

/** Go's minFoldRune, for ASCII and the runes FOLD_EXTRA knows; others fold to themselves. */
function minFold(r: number): number {
  const orbit = [r, ...(FOLD_EXTRA[r] ?? [])]
  if (r >= 0x61 && r <= 0x7a) orbit.push(r - 0x20)
  if (r >= 0x41 && r <= 0x5a) orbit.push(r + 0x20)
  for (const o of [...orbit]) orbit.push(...(FOLD_EXTRA[o] ?? []))
  return Math.min(...orbit)
}

const groupSlash = new Map<string, boolean>()
/** Whether the Unicode group `\p{name}` holds "/" (asked of re2js, which has the tables). */
function groupHasSlash(name: string): boolean {
  let has = groupSlash.get(name)
  if (has === undefined) {
    has = RE2JS.compile(`\\p{${name}}`).matches('/')
    groupSlash.set(name, has)
  }
  return has
}

const partHasSlash = (p: ClassPart): boolean =>
  p.negated !==
  (p.ranges.some(([lo, hi]) => lo <= SLASH && SLASH <= hi) ||
    p.groups.some(g => g.negated !== groupHasSlash(g.name)))

/** The exact rune set of a class without Unicode groups. */
const exactRanges = (parts: readonly ClassPart[]): [number, number][] | undefined =>
  parts.every(p => p.groups.length === 0)
    ? normalize(parts.flatMap(p => (p.negated ? complement(p.ranges) : p.ranges)))
    : undefined

const classKey = (parts: readonly ClassPart[]): string =>
  JSON.stringify(exactRanges(parts) ?? parts)

const isCharClass = (n: Node): boolean =>
  (n.op === 'lit' && n.runes.length === 1) || n.op === 'class' || n.op === 'any'

function equal(a: Node, b: Node): boolean {
  switch (a.op) {
    case 'lit':
      return (
        b.op === 'lit' &&
        a.fold === b.fold &&
        a.runes.length === b.runes.length &&
        a.runes.every((r, i) => r === b.runes[i])
      )
    case 'class':
      return b.op === 'class' && classKey(a.parts) === classKey(b.parts)
    case 'any':
      return b.op === 'any' && a.src === b.src
    case 'empty':
      return b.op === 'empty'
    case 'assert':
      return b.op === 'assert' && a.kind === b.kind
    case 'capture':
      return b.op === 'capture' && a.index === b.index && equal(a.sub, b.sub)
    case 'repeat':
      return (
        b.op === 'repeat' &&
        a.kind === b.kind &&
        a.min === b.min &&
        a.max === b.max &&
        a.greedy === b.greedy &&
        equal(a.sub, b.sub)
      )
    case 'concat':
    case 'alt':
      return (
        b.op === a.op &&
        a.subs.length === b.subs.length &&
        a.subs.every((s, i) => equal(s, b.subs[i] as Node))
      )
  }
}

const concat = (subs: Node[]): Node =>
  subs.length === 0
    ? { op: 'empty' }
    : subs.length === 1
      ? (subs[0] as Node)
      : { op: 'concat', subs }

function leadingString(n: Node): { runes: number[]; fold: boolean } {
  const first = n.op === 'concat' && n.subs.length ? (n.subs[0] as Node) : n
  return first.op === 'lit' ? { runes: first.runes, fold: first.fold } : { runes: [], fold: false }
}

function removeLeadingString(n: Node, count: number): Node {
  if (n.op === 'concat' && n.subs.length) {
    const sub = removeLeadingString(n.subs[0] as Node, count)
    return sub.op === 'empty'
      ? concat(n.subs.slice(1))
      : { op: 'concat', subs: [sub, ...n.subs.slice(1)] }
  }
  if (n.op === 'lit') {
    const runes = n.runes.slice(count)
    return runes.length ? { ...n, runes } : { op: 'empty' }
  }
  return n
}

function leadingRegexp(n: Node): Node | undefined {
  if (n.op === 'empty') return undefined
  if (n.op === 'concat' && n.subs.length) {
    const first = n.subs[0] as Node
    return first.op === 'empty' ? undefined : first
  }
  return n
}

const removeLeadingRegexp = (n: Node): Node =>
  n.op === 'concat' && n.subs.length ? concat(n.subs.slice(1)) : { op: 'empty' }

function asClass(n: Node): ClassPart[] {
  if (n.op === 'class') return n.parts
  if (n.op === 'lit') {
    const r = n.runes[0] as number
    const ranges: [number, number][] = [[r, r]]
    return [{ ranges: n.fold ? folded(ranges) : ranges, groups: [], negated: false }]
  }
  return []
}

/** Go's factor: the four rounds that simplify an alternation, in order. */
function factor(input: Node[]): Node[] {
  // Round 1: common literal prefixes.
  let subs = input
  let out: Node[] = []
  let start = 0
  let str: number[] = []
  let strFold = false
  for (let i = 0; i <= subs.length; i++) {
    let next = { runes: [] as number[], fold: false }
    if (i < subs.length) {
      next = leadingString(subs[i] as Node)
      if (next.fold === strFold) {
        let same = 0
        while (same < str.length && same < next.runes.length && str[same] === next.runes[same])
          same++
        if (same > 0) {
          str = str.slice(0, same)
          continue
        }
      }
    }
    if (i === start + 1) out.push(subs[start] as Node)
    else if (i > start + 1) {
      const rest = subs.slice(start, i).map(s => removeLeadingString(s, str.length))
      out.push({ op: 'concat', subs: [{ op: 'lit', runes: str, fold: strFold }, alternate(rest)] })
    }
    start = i
    str = next.runes
    strFold = next.fold
  }

  // Round 2: a common leading class (or fixed repetition of one).
  subs = out
  out = []
  start = 0
  let first: Node | undefined
  for (let i = 0; i <= subs.length; i++) {
    let ifirst: Node | undefined
    if (i < subs.length) {
      ifirst = leadingRegexp(subs[i] as Node)
      if (
        first &&
        ifirst &&
        equal(first, ifirst) &&
        (isCharClass(first) ||
          (first.op === 'repeat' &&
            first.kind === '{}' &&
            first.min === first.max &&
            isCharClass(first.sub)))
      ) {
        continue
      }
    }
    if (i === start + 1) out.push(subs[start] as Node)
    else if (i > start + 1 && first) {
      const rest = subs.slice(start, i).map(removeLeadingRegexp)
      out.push({ op: 'concat', subs: [first, alternate(rest)] })
    }
    start = i
    first = ifirst
  }

  // Round 3: runs of single characters and classes become one class.
  subs = out
  out = []
  start = 0
  for (let i = 0; i <= subs.length; i++) {
    if (i < subs.length && isCharClass(subs[i] as Node)) continue
    const run = subs.slice(start, i)
    if (run.length === 1) out.push(run[0] as Node)
    else if (run.length > 1) {
      const any = run.find(n => n.op === 'any')
      out.push(
        any ?? {
          op: 'class',
          parts: run.flatMap(asClass),
          src: run
            .map(n =>
              n.op === 'class' ? n.src : String.fromCodePoint(...(n as { runes: number[] }).runes)
            )
            .join('|')
        }
      )
    }
    if (i < subs.length) out.push(subs[i] as Node)
    start = i + 1
  }

  // Round 4: runs of empty matches become one.
  return out.filter((n, i) => !(n.op === 'empty' && out[i + 1]?.op === 'empty'))
}

function alternate(alts: Node[]): Node {
  if (alts.length === 1) return alts[0] as Node
  const flat = alts.flatMap(a => (a.op === 'alt' ? a.subs : [a]))
  const subs = factor(flat)
  return subs.length === 1 ? (subs[0] as Node) : { op: 'alt', subs }
}

const isOctal = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x37
const isHex = (c: number | undefined): boolean =>
  c !== undefined && /^[0-9A-Fa-f]$/.test(String.fromCodePoint(c))
const isAlnum = (c: number): boolean => /^[0-9A-Za-z]$/.test(String.fromCodePoint(c))

interface Flags {
  fold: boolean
  dotNL: boolean
  ungreedy: boolean
}

/** A recursive-descent reading of Go RE2 syntax (syntax.Perl), for patterns that compile. */
class Parser {
  private i = 0
  private captures = 0
  private flags: Flags = { fold: false, dotNL: false, ungreedy: false }
  private readonly s: number[]
  constructor(text: string) {
    this.s = Array.from(text, c => c.codePointAt(0) as number)
  }

  private peek(k = 0): number | undefined {
    return this.s[this.i + k]
  }
  private is(ch: string, k = 0): boolean {
    return this.peek(k) === ch.codePointAt(0)
  }
  private src(from: number): string {
    return String.fromCodePoint(...this.s.slice(from, this.i))
  }

  parse(): Node {
    const node = this.alternation()
    if (this.i < this.s.length) throw new Unsupported('unbalanced )')
    return node
  }

  private alternation(): Node {
    const alts = [this.concatenation()]
    while (this.is('|')) {
      this.i++
      alts.push(this.concatenation())
    }
    return alternate(alts)
  }

  private concatenation(): Node {
    const items: Node[] = []
    /** Where each item starts in the pattern, to quote a repetition in messages. */
    const starts: number[] = []
    while (this.i < this.s.length && !this.is('|') && !this.is(')')) {
      if (this.repetition(items, starts)) continue
      const start = this.i
      for (const atom of this.atom()) {
        items.push(atom)
        starts.push(start)
      }
    }
    // Adjacent literals with the same folding are one string (Go's maybeConcat); then nested
    // concatenations are flattened (Go's collapse).
    const merged: Node[] = []
    for (const n of items) {
      const last = merged.at(-1)
      if (n.op === 'lit' && last?.op === 'lit' && last.fold === n.fold) {
        merged[merged.length - 1] = { ...last, runes: [...last.runes, ...n.runes] }
      } else merged.push(n)
    }
    return concat(merged.flatMap(n => (n.op === 'concat' ? n.subs : [n])))
  }

  /** Applies `*`, `+`, `?` or `{n,m}` to the last item; false when there is none here. */
  private repetition(items: Node[], starts: number[]): boolean {
    let kind: '*' | '+' | '?' | '{}'
    let min = 0
    let max = -1
    if (this.is('*') || this.is('+') || this.is('?')) {
      kind = String.fromCodePoint(this.peek() as number) as '*' | '+' | '?'
      this.i++
    } else if (this.is('{')) {
      const ahead = String.fromCodePoint(...this.s.slice(this.i, this.i + 16))
      const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(ahead)
      const zeros = (d: string | undefined): boolean => d !== undefined && /^0[0-9]/.test(d)
      if (!m || zeros(m[1]) || zeros(m[3])) return false // Go reads it as a literal "{"
      kind = '{}'
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : -1
      this.i += m[0].length
    } else return false
    let greedy = !this.flags.ungreedy
    if (this.is('?')) {
      this.i++
      greedy = !greedy
    }
    const sub = items.pop()
    const start = starts.at(-1) ?? this.i
    if (!sub) throw new Unsupported('missing argument to repetition operator')
    items.push({ op: 'repeat', kind, min, max, greedy, sub, src: this.src(start) })
    return true
  }

  /** The next atom: usually one node, none for a flag group, one literal a rune for \Q…\E. */
  private atom(): Node[] {
    const c = this.peek() as number
    const ch = String.fromCodePoint(c)
    switch (ch) {
      case '(': {
        const g = this.group()
        return g ? [g] : []
      }
      case '[':
        return [this.charClass()]
      case '.':
        this.i++
        return [{ op: 'any', src: '.' }]
      case '^':
      case '$':
        this.i++
        return [{ op: 'assert', kind: ch }]
      case '\\':
        return this.escapeAtom()
      default:
        this.i++
        return [this.literal(c)]
    }
  }

  private literal(r: number): Node {
    return this.flags.fold
      ? { op: 'lit', runes: [minFold(r)], fold: true }
      : { op: 'lit', runes: [r], fold: false }
  }

  private group(): Node | undefined {
    this.i++ // (
    const saved = { ...this.flags }
    let capture: number | undefined
    if (this.is('?')) {
      const rest = String.fromCodePoint(...this.s.slice(this.i, this.i + 300))
      const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest)
      if (named) {
        this.i += named[0].length
        capture = ++this.captures
      } else {
        const f = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest)
        if (!f) throw new Unsupported('bad group')
        this.i += f[0].length
        for (const [set, on] of [
          [f[1] ?? '', true],
          [f[2] ?? '', false]
        ] as const) {
          if (set.includes('i')) this.flags.fold = on
          if (set.includes('s')) this.flags.dotNL = on
          if (set.includes('U')) this.flags.ungreedy = on
        }
        // `(?i)` changes the flags until the end of the enclosing group: no node.
        if (f[3] === ')') return undefined
      }
    } else capture = ++this.captures
    const sub = this.alternation()
    if (!this.is(')')) throw new Unsupported('missing )')
    this.i++
    this.flags = saved
    return capture === undefined ? sub : { op: 'capture', index: capture, sub }
  }

  /** A class atom: a single rune (or a folding pair) becomes a literal, as in Go's push. */
  private classNode(part: ClassPart, src: string): Node {
    const exact = exactRanges([part])
    if (exact?.length === 1 && exact[0]?.[0] === exact[0]?.[1]) {
      return { op: 'lit', runes: [exact[0]?.[0] as number], fold: false }
    }
    if (exact?.length === 2 && exact[0]?.[0] === exact[0]?.[1] && exact[1]?.[0] === exact[1]?.[1]) {
      const [a, b] = [exact[0]?.[0] as number, exact[1]?.[0] as number]
      const pair = a >= 0x41 && a <= 0x5a && b === a + 0x20 && a !== 0x4b && a !== 0x53
      if (pair) return { op: 'lit', runes: [a], fold: true }
    }
    return { op: 'class', parts: [part], src }
  }

  private escapeAtom(): Node[] {
    const start = this.i
    const next = this.peek(1)
    if (next === undefined) throw new Unsupported('trailing backslash')
    const e = String.fromCodePoint(next)
    if ('AbBz'.includes(e)) {
      this.i += 2
      return [{ op: 'assert', kind: '\\' + e }]
    }
    if (e === 'Q') {
      this.i += 2
      const lits: Node[] = []
      while (this.i < this.s.length && !(this.is('\\') && this.is('E', 1))) {
        lits.push(this.literal(this.peek() as number))
        this.i++
      }
      if (this.i < this.s.length) this.i += 2
      return lits
    }
    const part = this.classEscape()
    if (part) return [this.classNode(part, this.src(start))]
    return [this.literal(this.escape())]
  }

  /** `\d`, `\pL`, `\p{Greek}`, … at the cursor, consumed; undefined when there is none. */
  private classEscape(): ClassPart | undefined {
    if (!this.is('\\')) return undefined
    const e = String.fromCodePoint(this.peek(1) ?? 0)
    const perl = PERL[e.toLowerCase()]
    if (perl) {
      this.i += 2
      return this.part(perl, [], e !== e.toLowerCase())
    }
    if (e === 'p' || e === 'P') {
      this.i += 2
      let name: string
      if (this.is('{')) {
        const close = this.s.indexOf(0x7d, this.i)
        if (close < 0) throw new Unsupported('bad \\p')
        name = String.fromCodePoint(...this.s.slice(this.i + 1, close))
        this.i = close + 1
      } else {
        name = String.fromCodePoint(this.peek() as number)
        this.i++
      }
      let negated = e === 'P'
      if (name.startsWith('^')) {
        negated = !negated
        name = name.slice(1)
      }
      return name === 'Any'
        ? this.part([[0, MAX_RUNE]], [], negated)
        : { ranges: [], groups: [{ name, negated: false }], negated }
    }
    return undefined
  }

  private part(
    ranges: [number, number][],
    groups: ClassPart['groups'],
    negated: boolean
  ): ClassPart {
    return { ranges: this.flags.fold ? folded(ranges) : ranges, groups, negated }
  }

  /** Go's parseEscape: the rune a `\…` escape spells. */
  private escape(): number {
    this.i++ // backslash
    const c = this.peek()
    if (c === undefined) throw new Unsupported('trailing backslash')
    this.i++
    const ch = String.fromCodePoint(c)
    if (ch >= '1' && ch <= '7' && !isOctal(this.peek())) throw new Unsupported('backreference')
    if (ch >= '0' && ch <= '7') {
      let r = c - 0x30
      for (let k = 1; k < 3 && isOctal(this.peek()); k++)
        r = r * 8 + ((this.s[this.i++] as number) - 0x30)
      return r
    }
    if (ch === 'x') {
      if (this.is('{')) {
        const close = this.s.indexOf(0x7d, this.i)
        const digits = String.fromCodePoint(...this.s.slice(this.i + 1, close))
        if (close < 0 || !/^[0-9A-Fa-f]+$/.test(digits)) throw new Unsupported('bad \\x')
        this.i = close + 1
        return parseInt(digits, 16)
      }
      if (!isHex(this.peek()) || !isHex(this.peek(1))) throw new Unsupported('bad \\x')
      const r = parseInt(String.fromCodePoint(this.peek() as number, this.peek(1) as number), 16)
      this.i += 2
      return r
    }
    const named: Record<string, number> = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 }
    if (named[ch] !== undefined) return named[ch]
    if (c < 0x80 && !isAlnum(c)) return c
    throw new Unsupported(`bad escape \\${ch}`)
  }

  /** Go's parseClass. */
  private charClass(): Node {
    const start = this.i
    this.i++ // [
    let negated = false
    if (this.is('^')) {
      negated = true
      this.i++
    }
    const ranges: [number, number][] = []
    const parts: ClassPart[] = []
    let first = true
    while (this.i < this.s.length && (!this.is(']') || first)) {
      first = false
      if (this.is('[') && this.is(':', 1)) {
        // `[:name:]` only when a `:]` follows somewhere; otherwise `[` is a member.
        const text = String.fromCodePoint(...this.s.slice(this.i + 2))
        const end = text.indexOf(':]')
        if (end >= 0) {
          let name = text.slice(0, end)
          const neg = name.startsWith('^')
          if (neg) name = name.slice(1)
          const cls = POSIX[name]
          if (!cls) throw new Unsupported(`bad class ${name}`)
          const f = this.flags.fold ? folded(cls) : cls
          ranges.push(...(neg ? complement(f) : f))
          this.i += 2 + Array.from(text.slice(0, end)).length + 2
          continue
        }
      }
      const escaped = this.classEscape()
      if (escaped) {
        if (escaped.groups.length) parts.push(escaped)
        else ranges.push(...(escaped.negated ? complement(escaped.ranges) : escaped.ranges))
        continue
      }
      const lo = this.classChar()
      let hi = lo
      if (this.is('-') && this.peek(1) !== undefined && !this.is(']', 1)) {
        this.i++
        hi = this.classChar()
        if (hi < lo) throw new Unsupported('bad range')
      }
      ranges.push(...(this.flags.fold ? folded([[lo, hi]]) : [[lo, hi] as [number, number]]))
    }
    if (!this.is(']')) throw new Unsupported('missing ]')
    this.i++
    const src = this.src(start)
    // Negation applies to the whole class: its groups and its ranges together.
    const part: ClassPart =
      parts.length === 0
        ? { ranges, groups: [], negated }
        : {
            ranges: [...ranges, ...parts.filter(p => !p.negated).flatMap(p => p.ranges)],
            groups: parts.flatMap(p =>
              p.groups.map(g => ({ name: g.name, negated: g.negated !== p.negated }))
            ),
            negated
          }
    return this.classNode(part, src)
  }

  private classChar(): number {
    if (this.is('\\')) return this.escape()
    const c = this.peek()
    if (c === undefined) throw new Unsupported('missing ]')
    this.i++
    return c
  }
}

/** Why the element at hand lets the pattern match "/", or undefined (Go's spanningElement). */
function spanning(n: Node, variable: string | undefined): string | undefined {
  let where = variable
  if (n.op === 'repeat') where = `the repetition ${JSON.stringify(n.src)}`
  if (n.op === 'alt') where = 'an alternation'
  switch (n.op) {
    case 'any':
      return `${JSON.stringify(n.src)} can match "/"`
    case 'class':
      if (n.parts.some(partHasSlash)) return `the class ${JSON.stringify(n.src)} can match "/"`
      return undefined
    case 'lit':
      return where && n.runes.includes(SLASH) ? `a "/" sits inside ${where}` : undefined
    case 'capture':
    case 'repeat':
      return spanning(n.sub, where)
    case 'concat':
    case 'alt':
      for (const sub of n.subs) {
        const what = spanning(sub, where)
        if (what) return what
      }
      return undefined
    default:
      return undefined
  }
}

/**
 * What lets `pattern` match "/" where it varies (a "." or a class holding "/", or a literal
 * "/" under a repetition, optional part or alternation), or undefined when nothing does.
 * The pattern must compile (Go RE2); one that this reading cannot follow gets a reason too.
 */
export function slashSpan(pattern: string): string | undefined {
  let tree: Node
  try {
    tree = new Parser(pattern).parse()
  } catch (e) {
    return `its syntax could not be followed to check it (${e instanceof Error ? e.message : String(e)}), so it may match "/"`
  }
  return spanning(tree, undefined)
}
