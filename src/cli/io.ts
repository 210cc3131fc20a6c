// What a command of the command-line tool is given: its streams, environment and network.
// stdout carries only a command's result; everything else goes to stderr.
import type { Env } from '../env.js'
import type { HttpClient } from '../net/http.js'
import type { Clock } from '../net/retry.js'
import type { Sandbox } from '../policy/sandbox.js'
import type { GetIdToken } from '../sts/oidc.js'
import type { RunCommand } from './run-command.js'

export interface CliIo {
  /** The result only (a token, JSON, `NAME=value`, findings): what a pipe or `$(…)` reads. */
  stdout(text: string): void
  /** Progress and diagnosis, for the person reading the job log. */
  stderr(text: string): void
  /** All of stdin, for the commands that read it (revoke, terraform). */
  readStdin(): Promise<string>
  env: Env
  cwd: string
  http: HttpClient
  clock: Clock
  /** core.getIDToken, for a job in GitHub Actions (default: @actions/core's). */
  getIDToken?: GetIdToken
  /** Runs a token helper without a shell (default: run-command.ts). */
  run?: RunCommand
  /**
   * Registers a secret with the job log's masking, as core.setSecret does, but on stderr:
   * stdout stays the result alone. Called only inside GitHub Actions (token-source.ts `masker`).
   */
  mask?: (secret: string) => void
  /** Where the policy engine runs (default: this thread; the entry passes a bounded worker). */
  sandbox?: Sandbox
  /** Reads a small file: a token or a policy (default: src/workspace.ts readSmallFile). */
  readFile?: (path: string, maxBytes: number) => string | undefined
}

/** A command's exit status: 0 success, 1 the operation failed, 2 a usage or input error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

export type Command = (args: string[], io: CliIo) => Promise<ExitCode>
