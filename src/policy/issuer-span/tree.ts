// The tree Go's regexp/syntax builds, as far as the issuer-pattern check needs it, and Go's
// factoring of alternations (`https://a|https://b` becomes `https://(?:a|b)`).
import { classKey, folded } from './runes.js'
import type { ClassPart } from './runes.js'

export type Node =
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

export class Unsupported extends Error {}

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

export const concat = (subs: Node[]): Node =>
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

export function alternate(alts: Node[]): Node {
  if (alts.length === 1) return alts[0] as Node
  const flat = alts.flatMap(a => (a.op === 'alt' ? a.subs : [a]))
  const subs = factor(flat)
  return subs.length === 1 ? (subs[0] as Node) : { op: 'alt', subs }
}
