// Rune sets for the issuer-pattern check (../issuer-span.ts): Go's Perl and POSIX classes,
// simple case folding as far as the check needs it, and which sets hold "/".
import { RE2JS } from 're2js'

export const SLASH = 0x2f
export const MAX_RUNE = 0x10ffff

/** One part of a class: `ranges` (pairs, as written) and Unicode groups, negated as a whole. */
export interface ClassPart {
  ranges: [number, number][]
  groups: { name: string; negated: boolean }[]
  negated: boolean
}

// Go's Perl and POSIX classes (regexp/syntax perl_groups.go), as inclusive ranges.
export const PERL: Record<string, [number, number][]> = {
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
export const POSIX: Record<string, [number, number][]> = {
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
export function normalize(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  const out: [number, number][] = []
  for (const [lo, hi] of sorted) {
    const last = out.at(-1)
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi)
    else out.push([lo, hi])
  }
  return out
}

export function complement(ranges: readonly [number, number][]): [number, number][] {
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

export function folded(ranges: readonly [number, number][]): [number, number][] {
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
export function minFold(r: number): number {
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

export const partHasSlash = (p: ClassPart): boolean =>
  p.negated !==
  (p.ranges.some(([lo, hi]) => lo <= SLASH && SLASH <= hi) ||
    p.groups.some(g => g.negated !== groupHasSlash(g.name)))

/** The exact rune set of a class without Unicode groups. */
export const exactRanges = (parts: readonly ClassPart[]): [number, number][] | undefined =>
  parts.every(p => p.groups.length === 0)
    ? normalize(parts.flatMap(p => (p.negated ? complement(p.ranges) : p.ranges)))
    : undefined

export const classKey = (parts: readonly ClassPart[]): string =>
  JSON.stringify(exactRanges(parts) ?? parts)
