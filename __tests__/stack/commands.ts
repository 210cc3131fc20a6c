// The runner's command detection, written from its definition rather than from our code:
// lines split at LF, CR and CRLF (StreamReader.ReadLine); a line is a command when, after .NET
// String.TrimStart (Char.IsWhiteSpace: U+0085 NEL and the Unicode spaces included, U+FEFF not),
// it starts with `::`, or when it holds the legacy `##[` anywhere.
export const DOTNET_WHITESPACE = new Set([
  ...'\t\n\v\f\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))
])

export const trimStartDotNet = (line: string): string => {
  let i = 0
  while (i < line.length && DOTNET_WHITESPACE.has(line[i] as string)) i++
  return line.slice(i)
}

export const logLines = (text: string): string[] => text.split(/\r\n|\r|\n/)

export const isCommandLine = (line: string): boolean =>
  trimStartDotNet(line).startsWith('::') || line.includes('##[')

/** The lines of `text` the runner would read as workflow commands. */
export const commandLines = (text: string): string[] => logLines(text).filter(isCommandLine)

/** Whether the runner would read one of the lines of `text` as a command. */
export const runnerSeesCommand = (text: string): boolean => commandLines(text).length > 0

// What the action itself emits through @actions/core, always at the start of a line.
const OWN_COMMAND = /^::(add-mask|debug|notice|warning|error|group|endgroup)( [^:]*)?::/

/**
 * The lines of a step's stdout the runner reads as commands but the action did not mean as
 * one: any `##[`, a command after leading white space, or a command the action never issues.
 */
export const foreignCommands = (stdout: string): string[] =>
  logLines(stdout).filter(
    line =>
      line.includes('##[') || (trimStartDotNet(line).startsWith('::') && !OWN_COMMAND.test(line))
  )
