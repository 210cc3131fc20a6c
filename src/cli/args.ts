// Arguments of one command, parsed strictly with node:util's parseArgs: an unknown flag, a
// missing value or a stray word (unless the command takes words) is a usage error (exit 2),
// reported with the way to get help.
import { parseArgs } from 'node:util'
import { sanitize } from '../log/neutralize.js'
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

/**
 * Runs a command body on its parsed flags: `--help` prints `help` on stdout (exit 0); a
 * UsageError prints its message and the pointer to `--help` on stderr (exit 2). Words that
 * are not flags are refused unless `positionals` is set; then the body gets them.
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
  try {
    let values: Values
    let positionals: string[]
    try {
      const parsed = parseArgs({
        args,
        options: { ...options, help: { type: 'boolean', short: 'h' } },
        strict: true,
        allowPositionals
      })
      values = parsed.values as Values
      positionals = parsed.positionals
    } catch (e) {
      throw new UsageError(sanitize(String((e as Error)?.message ?? e), 300))
    }
    if (values.help) {
      io.stdout(help)
      return EXIT.ok
    }
    return await body(values, positionals)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.stderr(
      `octo-sts-token ${name}: ${e.message}\nRun \`octo-sts-token ${name} --help\` for its options.\n`
    )
    return EXIT.usage
  }
}
