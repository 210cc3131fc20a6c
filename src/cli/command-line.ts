// `--oidc-token-command` is run without a shell, so its text is split into argv here by
// simple, documented rules (no variables, globs, pipes or redirections, ever):
// - a JSON array of strings (`["gcloud","auth","print-identity-token"]`) is taken as it is;
// - otherwise words are separated by white space; inside '…' everything is literal; inside
//   "…" a backslash escapes `"` and `\` only; outside quotes a backslash escapes any character.

/** Help text for the rules above, one short line each. */
export const COMMAND_RULES = [
  'CMD is run without a shell: a JSON array of strings (["helper","--flag"]),',
  'or words split on spaces, where \'…\' is literal, "…" escapes only \\" and \\\\,',
  'and \\ outside quotes escapes the next character.'
]

/** `text` as argv, or the reason it cannot be split. */
export function splitCommand(text: string): { argv: string[] } | { problem: string } {
  if (text.trimStart().startsWith('[')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { problem: 'it starts with `[` but is not a JSON array' }
    }
    if (!Array.isArray(parsed) || !parsed.every(a => typeof a === 'string'))
      return { problem: 'a JSON array must hold strings only' }
    return parsed.length && parsed[0] ? { argv: parsed } : { problem: 'the command is empty' }
  }
  const argv: string[] = []
  let word = ''
  let inWord = false // a word has begun (`''` is an empty argument)
  let quote: "'" | '"' | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string
    if (quote === "'") {
      if (c === "'") quote = undefined
      else word += c
    } else if (quote === '"') {
      if (c === '"') quote = undefined
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i]
      else word += c
    } else if (/\s/.test(c)) {
      if (inWord) argv.push(word)
      word = ''
      inWord = false
    } else {
      inWord = true
      if (c === "'" || c === '"') quote = c
      else if (c !== '\\') word += c
      else if (i + 1 < text.length) word += text[++i]
      else return { problem: 'it ends with a lone `\\`' }
    }
  }
  if (quote) return { problem: `a ${quote} quote is not closed` }
  if (inWord) argv.push(word)
  return argv.length ? { argv } : { problem: 'the command is empty' }
}
