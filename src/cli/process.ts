// The process the command-line tool runs in: its streams, environment, network and clock.
// stdout is the result alone: libraries may write to process.stdout themselves (@actions/core's
// getIDToken issues add-mask and debug workflow commands there, the mask holding the OIDC token),
// so only what a command prints reaches it, and every stray write is dropped. The one write of
// core's that is wanted, a mask (`mask`), is sent to stderr, where the runner reads it too.
import { setSecret } from '@actions/core'
import { request } from '../net/http.js'
import { systemClock } from '../net/retry.js'
import { UsageError } from './args.js'
import type { CliIo } from './io.js'

/** Stdin is read whole, up to a bound: a token or a Terraform query is small. */
const MAX_STDIN_BYTES = 1 << 20

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

/** This process as a CliIo; from here on, only the command's own output reaches stdout. */
export function processIo(): CliIo {
  const stdoutWrite = process.stdout.write.bind(process.stdout)
  const dropped = (() => true) as typeof process.stdout.write
  const toStderr = process.stderr.write.bind(process.stderr) as typeof process.stdout.write
  process.stdout.write = dropped
  return {
    stdout: text => void stdoutWrite(text),
    stderr: text => void process.stderr.write(text),
    mask: secret => {
      // core formats the command and writes it to process.stdout: for this call, stderr.
      process.stdout.write = toStderr
      try {
        setSecret(secret)
      } finally {
        process.stdout.write = dropped
      }
    },
    readStdin,
    env: process.env,
    cwd: process.cwd(),
    http: request,
    clock: systemClock
  }
}
