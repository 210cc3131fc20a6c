import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { sanitize } from '../../src/log/neutralize.js'
import { describeBody, isHtml, parseErrorBody, serverSays } from '../../src/net/answer.js'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/

/** Arbitrary text, weighted toward what matters here: controls, colons, hashes, brackets. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 600 }),
  fc.string({
    unit: fc.constantFrom(
      ':',
      '#',
      '[',
      ']',
      '\n',
      '\r',
      '\u2028',
      '\u202e',
      '\u0085',
      ' ',
      'a',
      '%'
    ),
    maxLength: 400
  })
)

describe('sanitize', () => {
  it('breaks workflow commands and removes newlines', () => {
    expect(sanitize('a\n::error::x')).toBe('a : :error: :x')
  })

  it('leaves no `::` in runs of colons', () => {
    expect(sanitize(':::')).toBe(': : :')
    expect(sanitize('::::x')).toBe(': : : :x')
  })

  it("breaks the runner's legacy ##[command] form anywhere in the text", () => {
    expect(sanitize('policy ##[stop-commands]pause')).toBe('policy #\u200b#[stop-commands]pause')
    expect(sanitize('###[add-mask]x')).toBe('##\u200b#[add-mask]x')
    expect(sanitize('# [not a command] and ## alone')).toBe('# [not a command] and ## alone')
  })

  it('removes C0/C1 controls, DEL, line separators and bidi overrides, collapsing space', () => {
    expect(sanitize('a\u0000b\u0007c\u007fd\u0085e\u2028f\u2029g')).toBe('a b c d e f g')
    expect(sanitize('ok\u202egnp.exe\u202c \u2066x\u2069 \u200ey\u200f')).toBe('ok gnp.exe x y')
    expect(sanitize('  lots \t of\r\n\r\n  space  ')).toBe('lots of space')
  })

  it('keeps ordinary text, including non-ASCII letters, as is', () => {
    const denial = 'trust policy: subject "repo:acme/x:ref:refs/heads/main" did not match'
    expect(sanitize(denial)).toBe(denial)
    expect(sanitize('Zürich – 東京')).toBe('Zürich – 東京')
  })

  it('bounds the length, ending a cut with …', () => {
    expect(sanitize('x'.repeat(300))).toBe('x'.repeat(300))
    const cut = sanitize('x'.repeat(301))
    expect(cut).toHaveLength(300)
    expect(cut).toBe('x'.repeat(299) + '…')
    expect(sanitize('abc def ghi', 8)).toBe('abc def…')
    expect(sanitize('abcdefgh', 8)).toBe('abcdefgh')
  })

  it('redacts strings that look like GitHub tokens or JWTs', () => {
    const jwt =
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvd2lkZ2V0cyJ9.c2lnbmF0dXJlX2J5dGVzX2hlcmU'
    expect(sanitize(`token ghs_${'A1b2'.repeat(9)} leaked`)).toBe('token *** leaked')
    expect(sanitize(`ghp_${'x'.repeat(36)}, gho_${'y'.repeat(20)}`)).toBe('***, ***')
    expect(sanitize(`github_pat_11ABCDEFG0123456789_${'z'.repeat(40)}`)).toBe('***')
    expect(sanitize(`bearer ${jwt}.`)).toBe('bearer ***.')
    // Too short to be a token, or not a token prefix: kept.
    expect(sanitize('ghs_short ghx_0123456789abcdefghij')).toBe(
      'ghs_short ghx_0123456789abcdefghij'
    )
  })

  it('property: one printable line, no command, bounded, never throws', () => {
    fc.assert(
      fc.property(nasty, fc.integer({ min: 1, max: 400 }), (text, max) => {
        const s = sanitize(text, max)
        expect(s.length).toBeLessThanOrEqual(max)
        expect(s).not.toMatch(CONTROL)
        expect(s).not.toMatch(/[\r\n]/)
        expect(s).not.toContain('::')
        expect(s).not.toContain('##[')
        expect(s).toBe(s.trim())
      }),
      { numRuns: 500 }
    )
  })

  it('property: arbitrary bytes decoded as UTF-8 sanitize safely to the default bound', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), bytes => {
        const s = sanitize(Buffer.from(bytes).toString('utf8'))
        expect(s.length).toBeLessThanOrEqual(300)
        expect(s).not.toMatch(CONTROL)
        expect(s).not.toContain('::')
      })
    )
  })
})

describe('isHtml and describeBody', () => {
  it('detects HTML by content type or by the start of the body', () => {
    expect(isHtml('{}', 'text/html; charset=utf-8')).toBe(true)
    expect(isHtml('{}', 'TEXT/HTML')).toBe(true)
    for (const body of [
      '<!DOCTYPE html><html>',
      '  \n<html><body>502</body></html>',
      '<HEAD>',
      '<body>x',
      '<?xml version="1.0"?>'
    ]) {
      expect(isHtml(body)).toBe(true)
    }
    expect(isHtml('{"message":"<html>"}', 'application/json')).toBe(false)
    expect(isHtml('Bad gateway <html>')).toBe(false)
    expect(isHtml('')).toBe(false)
  })

  it('summarizes HTML and empty bodies, quotes others sanitized and bounded to 200', () => {
    expect(describeBody('  \n')).toBe('an empty body')
    expect(describeBody('<html><script>alert(1)</script></html>')).toBe(
      'an HTML page (likely from a proxy or load balancer)'
    )
    expect(describeBody('upstream\nconnect error ::x')).toBe('"upstream connect error : :x"')
    const long = describeBody('y'.repeat(1000))
    expect(long).toBe(`"${'y'.repeat(199)}…"`)
  })
})

describe('parseErrorBody and serverSays', () => {
  it('reads message and integer code, sanitizing the message', () => {
    expect(
      parseErrorBody('{"code":7,"message":"trust policy: subject did not match\\n::error::x"}')
    ).toEqual({ code: 7, message: 'trust policy: subject did not match : :error: :x' })
    expect(parseErrorBody('{"message":"Bad credentials","documentation_url":"x"}')).toEqual({
      message: 'Bad credentials'
    })
  })

  it('ignores fields of the wrong type and junk', () => {
    expect(parseErrorBody('{"code":"7","message":42}')).toEqual({})
    expect(parseErrorBody('{"code":7.5}')).toEqual({})
    for (const junk of ['', 'not json', '[1,2]', 'null', '"str"', '{"message":', '<html>']) {
      expect(parseErrorBody(junk)).toEqual({})
    }
  })

  it('serverSays quotes the message, or describes the body', () => {
    expect(serverSays('{"message":"no installation found for \\"acme\\""}')).toBe(
      '"no installation found for "acme""'
    )
    expect(serverSays('{"message":""}')).toBe('"{"message":""}"')
    expect(serverSays('<html>502</html>', 'text/html')).toBe(
      'an HTML page (likely from a proxy or load balancer)'
    )
    expect(serverSays('')).toBe('an empty body')
  })

  it('property: arbitrary bytes never throw and never print more than the bound', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }).map(b => Buffer.from(b).toString('utf8')),
          fc.record({ message: nasty, code: fc.anything() }).map(v => JSON.stringify(v)),
          fc.json()
        ),
        fc.string({ maxLength: 40 }),
        (body, contentType) => {
          const { message } = parseErrorBody(body)
          if (message !== undefined) expect(message.length).toBeLessThanOrEqual(300)
          const said = serverSays(body, contentType)
          expect(said.length).toBeLessThanOrEqual(302)
          expect(said).not.toMatch(CONTROL)
          expect(said).not.toContain('::')
          expect(said).not.toContain('##[')
        }
      ),
      { numRuns: 300 }
    )
  })
})
