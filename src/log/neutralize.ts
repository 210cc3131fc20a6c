// Every byte a server sends is untrusted, and so is every claim, policy file and file name.
// Before any of it reaches the job log it goes through `neutralize` (no line of it can act as a
// workflow command) and, where it must be one bounded line, `sanitize`.

const MAX_DEFAULT = 300

// What .NET's Char.IsWhiteSpace accepts: the runner trims these from the start of a line
// (String.TrimStart) before it looks for `::`. U+0085 (NEL) is one of them; U+FEFF is not.
const DOTNET_SPACE =
  '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const LEADING_COMMAND = new RegExp(`^([${DOTNET_SPACE}]*):(?=:)`)

// C0 controls (ESC included) but the line feed, DEL, and C1 controls (NEL included).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g

/**
 * `text` as log lines no part of which the runner reads as a command: controls dropped (line
 * breaks kept, a CR becomes one), a `::` at the start of a line after .NET white space broken
 * with a zero-width space, and the legacy `##[` broken wherever it stands (the runner finds it
 * anywhere in a line). This is the one rule; everything printed to the log passes it.
 */
export function neutralize(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .split('\n')
    .map(line => line.replace(LEADING_COMMAND, '$1:\u200b'))
    .join('\n')
    .replace(/#(?=#\[)/g, '#\u200b')
}

// Unicode line/paragraph separators and bidi overrides, which can break a log line or make it
// read differently from what it is.
const UNPRINTABLE = /[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g

// Things that look like credentials: GitHub tokens of every prefix and JWTs.
const SECRET_LIKE =
  /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/g

/**
 * One printable, bounded line with no secrets in it, inert wherever it is placed in a line:
 * neutralized, and every `::` broken (not only a leading one), since a value may be embedded
 * after text that the runner trims away.
 */
export function sanitize(text: string, max = MAX_DEFAULT): string {
  let s = neutralize(
    text
      .replace(SECRET_LIKE, '***')
      // Controls become spaces here rather than vanish, so words stay apart.
      .replace(CONTROLS, ' ')
      .replace(UNPRINTABLE, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // Every `:` followed by `:`, so `:::` cannot leave a `::`.
      .replace(/:(?=:)/g, ': ')
  )
  if (s.length > max) s = s.slice(0, Math.max(0, max - 1)).trimEnd() + '…'
  return s
}
