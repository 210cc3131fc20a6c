// The command-line tool: one command per module, chosen by the first argument.
import { sanitize } from '../log/neutralize.js'
import { exchange } from './exchange.js'
import { EXIT } from './io.js'
import type { CliIo, Command, ExitCode } from './io.js'
import { revoke } from './revoke.js'
import { terraform } from './terraform.js'

// check and validate need the policy engine (yaml, re2js): they load only when run, so the other
// commands start without it (bench/README.md, "Levers measured").
const COMMANDS: Record<string, { run: Command; summary: string }> = {
  exchange: { run: exchange, summary: 'exchange an OIDC token for a GitHub token' },
  revoke: { run: revoke, summary: 'revoke a GitHub token (read from stdin)' },
  terraform: { run: terraform, summary: 'the Terraform external data source protocol' },
  check: {
    run: async (args, io) => (await import('./check.js')).check(args, io),
    summary: 'check a trust policy against a token’s claims, offline'
  },
  validate: {
    run: async (args, io) => (await import('./validate.js')).validate(args, io),
    summary: 'validate trust policy files'
  }
}

export const usage = (): string =>
  [
    'Usage: octo-sts-token <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Run `octo-sts-token <command> --help` for a command’s options.',
    ''
  ].join('\n')

export async function cli(argv: string[], io: CliIo, version: string): Promise<ExitCode> {
  const [name, ...rest] = argv
  if (name === '--version' || name === '-V') {
    io.stdout(`${version}\n`)
    return EXIT.ok
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout)(usage())
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.stderr(`octo-sts-token: unknown command "${sanitize(name, 40)}".\n\n${usage()}`)
    return EXIT.usage
  }
  try {
    return await command.run(rest, io)
  } catch (e) {
    // A bug, not a usage error: one line, no stack (it could quote a server's words raw).
    io.stderr(
      `octo-sts-token: unexpected error: ${sanitize(String((e as Error)?.message ?? e))}. Please report it.\n`
    )
    return EXIT.failed
  }
}
