// re2js as Go's regexp: where re2js (a port of Go's regexp/syntax) still parts from the Go the
// server runs (1.26), found by the Go differential test (__tests__/unit/go-differential.test.ts):
// its Unicode tables are newer (16.0 and 17.0) than Go's (15.0), so it knows scripts Go does
// not, which Go refuses as an invalid character class range.
import { RE2JS } from 're2js'

/** Scripts re2js knows and Go 1.26 (Unicode 15.0) does not: Unicode 16.0, 17.0, and Unknown. */
const NOT_IN_GO = new Set([
  'Garay',
  'Gurung_Khema',
  'Kirat_Rai',
  'Ol_Onal',
  'Sunuwar',
  'Todhri',
  'Tulu_Tigalari',
  'Beria_Erfe',
  'Sidetic',
  'Tai_Yo',
  'Tolong_Siki',
  'Unknown'
])

const PREFIX = 'error parsing regexp: '

/** The first `\p{Name}` (or `\P{…}`) of `source` that Go does not know, as written. */
function unknownToGo(source: string): string | undefined {
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== '\\') continue
    const next = source[i + 1]
    if (next === 'Q') {
      const end = source.indexOf('\\E', i + 2)
      if (end < 0) return undefined
      i = end + 1
    } else if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
      const end = source.indexOf('}', i + 3)
      if (end < 0) return undefined
      const name = source.slice(i + 3, end).replace(/^\^/, '')
      if (NOT_IN_GO.has(name)) return source.slice(i, end + 1)
      i = end
    } else i++
  }
  return undefined
}

/** Compiles `source` with re2js, refusing the script names Go does not know as Go does. */
export function goCompile(source: string): RE2JS {
  const re = RE2JS.compile(source)
  const unknown = unknownToGo(source)
  if (unknown !== undefined) {
    throw new Error(`${PREFIX}invalid character class range: \`${unknown}\``)
  }
  return re
}

/**
 * An error for `stripped` (the source with its group names dropped, see compile.ts) told in
 * terms of `source`: Go quotes the expression as written.
 */
export function restoreNames(e: unknown, stripped: string, source: string): unknown {
  if (!(e instanceof Error)) return e
  const m = /: `([\s\S]*)`$/.exec(e.message)
  if (!m || m[1] === undefined || stripped === source) return e
  const quoted = m[1]
  if (quoted === stripped) e.message = e.message.slice(0, m.index) + `: \`${source}\``
  return e
}
