#!/usr/bin/env node
// The command-line tool's entry: wires the process (streams, environment, network, clock)
// to src/cli. stdout is the result alone: libraries may write to process.stdout themselves
// (@actions/core's getIDToken issues `::add-mask::<the OIDC token>` and `::debug::` lines),
// so only what a command prints reaches it, and every stray write is dropped.
import { UsageError } from '../cli/args.js'
import { cli } from '../cli/main.js'
import { sanitize } from '../log/neutralize.js'
import { request } from '../net/http.js'
import { systemClock } from '../net/retry.js'
import { exitWhenDone } from '../steps/exit.js'

// Replaced with package.json's version by scripts/build.mjs.
const VERSION = '__OCTO_STS_TOKEN_VERSION__'

/** Stdin is read whole, up to a bound: a token or a Terraform query is small. */
const MAX_STDIN_BYTES = 1 << 20

const stdoutWrite = process.stdout.write.bind(process.stdout)
process.stdout.write = (() => true) as typeof process.stdout.write

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Reading stdin (end it with Ctrl-D)…\n')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_STDIN_BYTES) throw new UsageError('stdin is larger than 1 MiB.')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

process.exitCode = await cli(
  process.argv.slice(2),
  {
    stdout: text => void stdoutWrite(text),
    stderr: text => void process.stderr.write(text),
    readStdin,
    env: process.env,
    cwd: process.cwd(),
    http: request,
    clock: systemClock
  },
  VERSION
).catch((e: unknown) => {
  // A bug, not a usage error: one line, no stack (it could quote a server's words raw).
  process.stderr.write(
    `octo-sts-token: unexpected error: ${sanitize(String((e as Error)?.message ?? e))}. Please report it.\n`
  )
  return 1
})
exitWhenDone()
