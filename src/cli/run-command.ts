// Runs a token helper (`--oidc-token-command`, `buildkite-agent`) without a shell, bounded in
// time and output: a helper that hangs or floods cannot hold the exchange past its deadline.
// The helper runs in its own process group, and the whole group is killed when it is done, at
// the time limit or past the output limit: a background child it leaves behind (`sleep 60 &`)
// is killed with it and cannot hold the pipes open, so nothing outlives the command. A bare
// name is looked up on PATH in absolute directories only: an empty entry or `.` in PATH must
// not run a `buildkite-agent` from the checkout with the agent's credentials in its environment.
import { spawn } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, isAbsolute, join } from 'node:path'
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
/** After the helper exits, how long what it left behind may keep its pipes before they are cut. */
const DRAIN_MS = 500
const WINDOWS = process.platform === 'win32'

const isExecutableFile = (path: string): boolean => {
  try {
    if (!statSync(path).isFile()) return false
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Where `name` runs from: a name with a path separator as it is given (the user chose that
 * file); a bare name from the first absolute directory of `path` that holds it as an executable
 * file. Relative entries (`.`, `bin`) and empty ones, which mean the current directory, are
 * skipped. Undefined when it is nowhere.
 */
export function findExecutable(name: string, path: string | undefined): string | undefined {
  if (name.includes('/') || (WINDOWS && name.includes('\\'))) return name
  const suffixes = WINDOWS ? ['', '.exe', '.com'] : ['']
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue
    for (const suffix of suffixes) {
      const file = join(dir, name + suffix)
      if (isExecutableFile(file)) return file
    }
  }
  return undefined
}

export const runCommand: RunCommand = ([name = '', ...args], opts) =>
  new Promise(resolve => {
    const env = Object.fromEntries(
      Object.entries(opts.env).filter((e): e is [string, string] => e[1] !== undefined)
    )
    const file = findExecutable(name, env.PATH)
    if (file === undefined) {
      resolve({ code: null, stdout: '', stderr: '', startError: 'ENOENT' })
      return
    }
    // Its own process group (POSIX): one signal to the group reaches everything it started.
    const child = spawn(file, args, {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      detached: !WINDOWS
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    let outBytes = 0
    let errBytes = 0
    let code: number | null = null
    let done = false
    const flags: Pick<CommandResult, 'timedOut' | 'tooLarge'> = {}
    const killAll = (): void => {
      try {
        if (!WINDOWS && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        // the group is already gone
      }
    }
    const text = (chunks: Buffer[]): string => Buffer.concat(chunks).toString('utf8')
    /** Resolves once: everything killed, the pipes no longer waited on. */
    const finish = (result: CommandResult): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      clearTimeout(drain)
      killAll()
      child.stdout?.destroy()
      child.stderr?.destroy()
      child.unref()
      resolve(result)
    }
    const stopped = (): CommandResult => ({
      code: null,
      stdout: text(out),
      stderr: text(err),
      ...flags
    })
    const timer = setTimeout(() => {
      flags.timedOut = true
      finish(stopped())
    }, opts.timeoutMs)
    let drain: NodeJS.Timeout | undefined
    child.stdout.on('data', (c: Buffer) => {
      outBytes += c.length
      if (outBytes > opts.maxBytes) {
        flags.tooLarge = true
        finish(stopped())
      } else out.push(c)
    })
    child.stderr.on('data', (c: Buffer) => {
      if (errBytes < MAX_STDERR) err.push(c.subarray(0, MAX_STDERR - errBytes))
      errBytes += c.length
    })
    child.once('error', e => {
      const why = (e as NodeJS.ErrnoException).code
      finish({ code: null, stdout: '', stderr: '', startError: why ?? e.message })
    })
    child.once('exit', exitCode => {
      code = exitCode
      // The helper is done: what it started goes too, and the pipes close once they are read.
      killAll()
      drain = setTimeout(
        () => finish({ code, stdout: text(out), stderr: text(err), ...flags }),
        DRAIN_MS
      )
    })
    child.once('close', () => finish({ code, stdout: text(out), stderr: text(err), ...flags }))
  })
