// re2js told as Go's regexp: the names and error texts where re2js parts from Go 1.26, as the
// Go differential test found them (the texts below are Go's own).
import { describe, expect, it } from '@jest/globals'
import { compileAnchored, regexpError } from '../../src/policy/compile.js'
import { goCompile } from '../../src/policy/go-regexp.js'

const error = (f: () => unknown): string => {
  try {
    f()
  } catch (e) {
    return regexpError(e)
  }
  return 'compiled'
}

describe('goCompile', () => {
  it('refuses the scripts Go 1.26 (Unicode 15.0) does not know, as Go words it', () => {
    expect(error(() => goCompile('\\p{Garay}'))).toBe(
      'error parsing regexp: invalid character class range: `\\p{Garay}`'
    )
    expect(error(() => goCompile('a|[x\\P{^Tai_Yo}]'))).toBe(
      'error parsing regexp: invalid character class range: `\\P{^Tai_Yo}`'
    )
    expect(error(() => goCompile('\\p{Unknown}'))).toContain('`\\p{Unknown}`')
  })

  it('keeps the names Go knows, quoted text and escaped backslashes', () => {
    for (const p of ['\\p{Greek}', '\\pL', '\\Q\\p{Garay}\\E', '\\\\p{Garay}', '\\p{Kawi}']) {
      expect(error(() => goCompile(p))).toBe('compiled')
    }
    expect(error(() => goCompile('\\Q\\p{Garay}'))).toBe('compiled')
  })

  it('quotes a pattern with repeated group names as written', () => {
    expect(error(() => compileAnchored('(?P<n>(?P<n>x'))).toContain('missing closing ): `')
    expect(error(() => compileAnchored('(?P<n>(?P<n>x'))).not.toContain('`((x')
    expect(error(() => compileAnchored('(?P<n>a)|(?P<n>b)'))).toBe('compiled')
  })
})
