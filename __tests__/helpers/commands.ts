// The runner's command detection, written from its definition rather than from our code, for
// unit and e2e tests alike: a line is a command when, after .NET Char.IsWhiteSpace characters
// (what String.TrimStart removes, U+0085 included) it starts with `::`, or when it holds the
// legacy `##[` anywhere; lines split at LF, CR and CRLF (StreamReader.ReadLine).
export const DOTNET_WHITESPACE = new Set([
  ...'\t\n\v\f\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))
])

export const trimStartDotNet = (line: string): string => {
  let i = 0
  while (i < line.length && DOTNET_WHITESPACE.has(line[i] as string)) i++
  return line.slice(i)
}

export const runnerLines = (text: string): string[] => text.split(/\r\n|\r|\n/)

export const isCommandLine = (line: string): boolean =>
  trimStartDotNet(line).startsWith('::') || line.includes('##[')

/** The lines of `text` the runner would read as workflow commands. */
export const commandLines = (text: string): string[] => runnerLines(text).filter(isCommandLine)

export const runnerSeesCommand = (text: string): boolean => commandLines(text).length > 0
