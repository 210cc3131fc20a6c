// A reading of Go RE2 syntax (syntax.Perl) into the tree of ./tree.ts, for patterns that
// compile: atoms and their rune sets, repetition, groups and flags.
import { complement, exactRanges, folded, MAX_RUNE, minFold, PERL, POSIX } from './runes.js'
import type { ClassPart } from './runes.js'
import { alternate, concat, Unsupported } from './tree.js'
import type { Node } from './tree.js'

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
export class Parser {
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
