// Arguments of one command, parsed strictly with node:util's parseArgs: an unknown flag, a
// missing value, a flag given twice or a stray word (unless the command takes words) is a
// usage error (exit 2), worded by this tool (not Node's parser) and shown with the command's
// usage line and the way to get help.
import { parseArgs } from 'node:util'
import { sanitize } from '../log/neutralize.js'
import { suggestKey } from '../policy/reader.js'
import { EXIT } from './io.js'
import type { CliIo, ExitCode } from './io.js'

export type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>
export type Values = Record<string, string | boolean | undefined>

/** A mistake in how the command was called (or in what it was given), found before any request. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** `--name`'s value as a string, when given. */
export const str = (values: Values, name: string): string | undefined => {
  const v = values[name]
  return typeof v === 'string' ? v : undefined
}

const shown = (s: string): string => sanitize(s, 60)

/** The flag nearest to an unknown one (`--scopes` → `--scope`), when one is near. */
function nearestFlag(name: string, options: Options): string | undefined {
  const known = new Map(Object.keys(options).map(k => [k.replace(/-/g, '_'), k]))
  const hit = suggestKey(name, known.keys())
  return hit === undefined ? undefined : known.get(hit)
}

/**
 * Why parseArgs refused `args`, in this tool's words: read again without `strict`, which
 * lists every word as a token instead of throwing at the first problem.
 */
function whatIsWrong(args: string[], options: Options, allowPositionals: boolean): string {
  const { tokens } = parseArgs({
    args,
    options,
    strict: false,
    allowPositionals: true,
    tokens: true
  })
  for (const t of tokens) {
    if (t.kind === 'positional') {
      if (allowPositionals) continue
      return `unexpected word "${shown(t.value)}": this command takes no words, only options.`
    }
    if (t.kind !== 'option') continue
    const raw = shown(t.rawName)
    const option = Object.hasOwn(options, t.name) ? options[t.name] : undefined
    if (!option) {
      const near = nearestFlag(t.name, options)
      return `unknown option ${raw}${near ? ` (did you mean --${near}?)` : ''}.${allowPositionals ? ` A word that starts with "-" goes after --.` : ''}`
    }
    if (option.type === 'boolean' && t.value !== undefined)
      return `${raw} takes no value (given "${shown(t.value)}").`
    if (option.type === 'string') {
      if (t.value === undefined) return `${raw} needs a value.`
      if (!t.inlineValue && t.value.startsWith('-'))
        return `${raw} needs a value, and the next word is the option ${shown(t.value)} (for a value that starts with "-", write ${raw}=VALUE).`
    }
  }
  return 'the arguments cannot be read.'
}

/** The first flag given more than once: for a credential tool, last-wins is a silent surprise. */
function givenTwice(tokens: ReturnType<typeof parseArgs>['tokens']): string | undefined {
  const seen = new Set<string>()
  for (const t of tokens ?? []) {
    if (t.kind !== 'option') continue
    if (seen.has(t.name)) return `--${t.name} is given twice: give it once.`
    seen.add(t.name)
  }
  return undefined
}

/**
 * Runs a command body on its parsed flags: `--help` prints `help` on stdout (exit 0); a
 * UsageError prints its message, the command's usage line and the pointer to `--help` on
 * stderr (exit 2). Words that are not flags are refused unless `positionals` is set; then the
 * body gets them.
 */
export async function withArgs(
  name: string,
  help: string,
  options: Options,
  args: string[],
  io: CliIo,
  body: (values: Values, positionals: string[]) => Promise<ExitCode>,
  { positionals: allowPositionals = false }: { positionals?: boolean } = {}
): Promise<ExitCode> {
  const all: Options = { ...options, help: { type: 'boolean', short: 'h' } }
  try {
    let values: Values
    let positionals: string[]
    try {
      const parsed = parseArgs({ args, options: all, strict: true, allowPositionals, tokens: true })
      const twice = givenTwice(parsed.tokens)
      if (twice) throw new UsageError(twice)
      values = parsed.values as Values
      positionals = parsed.positionals
    } catch (e) {
      if (e instanceof UsageError) throw e
      throw new UsageError(whatIsWrong(args, all, allowPositionals))
    }
    if (values.help) {
      io.stdout(help)
      return EXIT.ok
    }
    return await body(values, positionals)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.stderr(`octo-sts-token ${name}: ${e.message}\n${usageLine(help, name)}`)
    return EXIT.usage
  }
}

/** The help's `Usage:` line, and where the rest is. */
export const usageLine = (help: string, name: string): string =>
  `${help.split('\n')[0] ?? ''}\nRun \`octo-sts-token ${name} --help\` for its options.\n`
