// Go's text formatting, as far as the server's messages use it: `%q` of strings and string
// slices (strconv.Quote) and strconv.FormatFloat(f, 'g', -1, 32), which the server's YAML
// reader uses when a number lands in a string field.

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u // Go's unicode.IsPrint

const SHORT_ESCAPES: Record<string, string> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v'
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0')

/** strconv.Quote: a double-quoted Go string literal; non-printable runes escaped. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    let cp = ch.codePointAt(0) ?? 0
    // A lone surrogate cannot come from valid UTF-8; Go's JSON decoder makes it U+FFFD.
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd
    const c = String.fromCodePoint(cp)
    if (c === '"' || c === '\\') out += '\\' + c
    else if (PRINTABLE.test(c)) out += c
    else if (SHORT_ESCAPES[c]) out += SHORT_ESCAPES[c]
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2)
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4)
    else out += '\\U' + hex(cp, 8)
  }
  return out + '"'
}

/** `%q` of a []string: `["a" "b"]`. */
export const goQuoteList = (list: readonly string[]): string => `[${list.map(goQuote).join(' ')}]`

/** strconv.FormatFloat(f, 'g', -1, 32): shortest float32 digits; exponent form below 1e-4 and from 1e6. */
export function formatFloat32(f: number): string {
  if (Number.isNaN(f)) return 'NaN'
  if (f === Infinity) return '+Inf'
  if (f === -Infinity) return '-Inf'
  const f32 = Math.fround(f)
  if (f32 === 0) return Object.is(f32, -0) ? '-0' : '0'
  if (!Number.isFinite(f32)) return f32 > 0 ? '+Inf' : '-Inf'
  // Shortest decimal that reads back as the same float32.
  let digits = ''
  let exp = 0
  for (let p = 1; p <= 9; p++) {
    const e = Math.abs(f32).toExponential(p - 1)
    if (Math.fround(Number(e)) === Math.abs(f32)) {
      const [mant = '', ex = '0'] = e.split('e')
      digits = mant.replace('.', '')
      exp = Number(ex)
      break
    }
  }
  digits = digits.replace(/0+$/, '') || '0'
  const sign = f32 < 0 ? '-' : ''
  // With shortest precision Go switches to %e when the exponent is < -4 or >= 6.
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits
    const e = Math.abs(exp)
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length)
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`
}

/** Go's regexp.QuoteMeta: `s` as an RE2 pattern that matches exactly `s`. */
export const quoteMeta = (s: string): string => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')
