// Runs a token helper (`--oidc-token-command`, `buildkite-agent`) without a shell, bounded in
// time and output: a helper that hangs or floods cannot hold the exchange past its deadline.
import { spawn } from 'node:child_process'
import type { Env } from '../env.js'

export interface CommandResult {
  /** The exit code; null when it was killed or could not start. */
  code: number | null
  stdout: string
  stderr: string
  /** Killed at the time limit. */
  timedOut?: true
  /** Killed for writing more than the output limit. */
  tooLarge?: true
  /** It could not be started (ENOENT, EACCES…). */
  startError?: string
}

export interface RunOptions {
  timeoutMs: number
  /** Cap on stdout; stderr keeps its first 4 KiB only. */
  maxBytes: number
  env: Env
}

export type RunCommand = (argv: string[], opts: RunOptions) => Promise<CommandResult>

const MAX_STDERR = 4096

export const runCommand: RunCommand = ([file = '', ...args], opts) =>
  new Promise(resolve => {
    const env = Object.fromEntries(
      Object.entries(opts.env).filter((e): e is [string, string] => e[1] !== undefined)
    )
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'], shell: false })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let errBytes = 0
    const flags: Pick<CommandResult, 'timedOut' | 'tooLarge'> = {}
    const kill = (): void => void child.kill('SIGKILL')
    const timer = setTimeout(() => {
      flags.timedOut = true
      kill()
    }, opts.timeoutMs)
    child.stdout.on('data', (c: Buffer) => {
      outBytes += c.length
      if (outBytes > opts.maxBytes) {
        flags.tooLarge = true
        kill()
      } else out.push(c)
    })
    child.stderr.on('data', (c: Buffer) => {
      if (errBytes < MAX_STDERR) err.push(c.subarray(0, MAX_STDERR - errBytes))
      errBytes += c.length
    })
    const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8')
    child.once('error', e => {
      clearTimeout(timer)
      const code = (e as NodeJS.ErrnoException).code
      resolve({ code: null, stdout: '', stderr: '', startError: code ?? e.message })
    })
    child.once('close', code => {
      clearTimeout(timer)
      resolve({ code, stdout: text(out), stderr: text(err), ...flags })
    })
  })
