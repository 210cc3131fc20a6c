// GitHub's filter pattern syntax (the "filter pattern cheat sheet" of the workflow syntax
// docs), case by case, and the sample names: every sample is proved by the same matcher.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { admits, compileGlob, MAX_PATTERN } from '../../../src/workflows/filter-glob.js'
import type { Glob } from '../../../src/workflows/filter-glob.js'

const glob = (text: string, fill?: string): Glob => {
  const g = compileGlob(text, fill)
  if (typeof g === 'string') throw new Error(`${text}: ${g}`)
  return g
}
const matches = (pattern: string, name: string): boolean => glob(pattern).re.matches(name)

describe('compileGlob', () => {
  it.each([
    // `*`: any run of characters but `/`
    ['feature/*', 'feature/my-branch', true],
    ['feature/*', 'feature/', true],
    ['feature/*', 'feature/a/b', false],
    ['*', 'main', true],
    ['*', 'a/b', false],
    // `**`: any run, `/` included
    ['feature/**', 'feature/a/b/c', true],
    ['**', 'a/b', true],
    ['**-alpha', 'releases/10-alpha', true],
    ['**-alpha', 'releases/10-beta', false],
    // `?`: zero or one of the character before
    ['v2?', 'v', true],
    ['v2?', 'v2', true],
    ['v2?', 'v22', false],
    // `+`: one or more of the character before
    ['v2+', 'v222', true],
    ['v2+', 'v', false],
    ['[0-9]+.x', '10.x', true],
    ['[0-9]+.x', '.x', false],
    // `[]`: one listed character or one in a range
    ['[CB]at', 'Cat', true],
    ['[CB]at', 'bat', false],
    ['v[1-3]', 'v2', true],
    ['v[1-3]', 'v4', false],
    ['v[a-cX-Z0-1]', 'vY', true],
    // `\`: the next character literally
    ['v\\*', 'v*', true],
    ['v\\*', 'v1', false],
    // Everything else is itself: `.` is no wildcard, and the whole name must match.
    ['v1.0', 'v1x0', false],
    ['main', 'main-2', false],
    ['main', 'xmain', false],
    // `?` and `+` with nothing to repeat are themselves.
    ['?x', '?x', true],
    ['*+', 'a+', true],
    // A trailing backslash is itself.
    ['a\\', 'a\\', true]
  ])('%s against %s: %s', (pattern, name, expected) => {
    expect(matches(pattern, name)).toBe(expected)
  })

  it('tells literal patterns from wildcards, and reads a leading ! as negation only', () => {
    expect(glob('main')).toMatchObject({ literal: true, negated: false, sample: 'main' })
    expect(glob('!main')).toMatchObject({ literal: true, negated: true, sample: 'main' })
    expect(glob('v\\*')).toMatchObject({ literal: true, sample: 'v*' })
    expect(glob('a!b')).toMatchObject({ negated: false, literal: true })
    expect(glob('a!b').re.matches('a!b')).toBe(true)
    for (const p of ['*', '**', 'v?', 'v+', '[ab]']) expect(glob(p).literal).toBe(false)
  })

  it('makes a sample name each pattern matches, with the fill standing for wildcards', () => {
    expect(glob('release/**').sample).toBe('release/x')
    expect(glob('release/*', 'y').sample).toBe('release/y')
    expect(glob('v[0-9]+.x').sample).toBe('v0.x')
    expect(glob('v2?').sample).toBe('v2')
    expect(glob('[CB]at').sample).toBe('Cat')
  })

  it('has no sample when the fill cannot match', () => {
    // `*` never matches `/`: a fill with one is no sample.
    expect(glob('a*b', 'x/y').sample).toBeUndefined()
  })

  it('refuses what GitHub does not read, saying why', () => {
    expect(compileGlob('')).toBe('an empty pattern')
    expect(compileGlob('x'.repeat(MAX_PATTERN + 1))).toMatch(/longer than 255/)
    expect(typeof compileGlob('x'.repeat(MAX_PATTERN))).toBe('object')
    expect(compileGlob('v[1-')).toMatch(/bracket expression/)
    expect(compileGlob('v[!a]')).toMatch(/bracket expression/)
    expect(compileGlob('v[z-a]')).toMatch(/bracket expression/)
    expect(compileGlob('v[]')).toMatch(/bracket expression/)
  })

  it('quotes every other character, so no regexp syntax leaks through', () => {
    for (const c of ['.', '(', ')', '|', '^', '$', '{', '}', ']', '#', ' ', 'é']) {
      expect(matches(`a${c}b`, `a${c}b`)).toBe(true)
    }
    expect(matches('a.b', 'axb')).toBe(false)
    expect(matches('a|b', 'a')).toBe(false)
  })

  it('proves every sample it makes with the matcher (generated patterns)', () => {
    const piece = fc.constantFrom(
      'a',
      'b',
      '/',
      '-',
      '.',
      '*',
      '**',
      '?',
      '+',
      '[a-c]',
      '[0-9]',
      '\\*',
      '!'
    )
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('x', 'y', '1'),
        (pieces, fill) => {
          const g = compileGlob(pieces.join(''), fill)
          if (typeof g === 'string' || g.sample === undefined) return
          expect(g.re.matches(g.sample)).toBe(true)
        }
      ),
      { seed: 18, numRuns: 500 }
    )
  })
})

describe('admits', () => {
  const list = (...patterns: string[]): Glob[] => patterns.map(p => glob(p))

  it('lets the last matching pattern decide (negation after, inclusion again after that)', () => {
    const globs = list('releases/**', '!releases/**-alpha', 'releases/1-alpha')
    expect(admits(globs, 'releases/2')).toBe(true)
    expect(admits(globs, 'releases/2-alpha')).toBe(false)
    expect(admits(globs, 'releases/1-alpha')).toBe(true)
    expect(admits(globs, 'main')).toBe(false)
  })

  it('admits nothing with no pattern, or negations alone', () => {
    expect(admits([], 'main')).toBe(false)
    expect(admits(list('!main'), 'main')).toBe(false)
    expect(admits(list('!main'), 'dev')).toBe(false)
  })
})
