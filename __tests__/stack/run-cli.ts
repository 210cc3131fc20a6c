// Runs the command-line bundle (dist/cli/index.js) as a child process: a clean environment
// (PATH, HOME, the test CA, plus what the test gives), stdin as given, both streams collected.
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { REPO_ROOT, assertSubstituteNotReached } from './run-step.js'
import { TLS } from './server.js'

export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'index.js')

export interface CliResult {
  exitCode: number
  stdout: string
  stderr: string
  durationMs: number
}

export interface RunCliOptions {
  /** Added to the clean environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  stdin?: string
  cwd?: string
  /** Kill it after this long (default 20 s); exitCode is then -1. */
  timeoutMs?: number
  /**
   * Both streams into this one file, in the order they were written (as a runner's log reads
   * a step); stdout and stderr are then empty in the result.
   */
  outputFile?: string
}

export async function runCli(args: string[], opts: RunCliOptions = {}): Promise<CliResult> {
  if (!existsSync(CLI_BUNDLE))
    throw new Error(`${CLI_BUNDLE} does not exist: run \`npm run build\` first.`)
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_EXTRA_CA_CERTS: TLS.caPath,
    ...opts.env
  }
  const clean = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
  )
  const started = performance.now()
  const fd = opts.outputFile === undefined ? undefined : openSync(opts.outputFile, 'a')
  const child = spawn(process.execPath, [CLI_BUNDLE, ...args], {
    env: clean,
    cwd: opts.cwd ?? REPO_ROOT,
    stdio: ['pipe', fd ?? 'pipe', fd ?? 'pipe']
  })
  if (fd !== undefined) closeSync(fd)
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout?.on('data', (c: Buffer) => out.push(c))
  child.stderr?.on('data', (c: Buffer) => err.push(c))
  child.stdin!.on('error', () => undefined) // it may exit before reading stdin
  child.stdin!.end(opts.stdin ?? '')
  let killed = false
  const timer = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, opts.timeoutMs ?? 20_000)
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', c => resolve(c ?? -1))
  }).finally(() => clearTimeout(timer))
  const result = {
    exitCode: killed ? -1 : code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    durationMs: performance.now() - started
  }
  assertSubstituteNotReached(`octo-sts-token ${args[0] ?? ''}`.trim(), result.stdout, result.stderr)
  return result
}

/**
 * Throws when a secret is where it must not be: the OIDC secrets (the request token, every JWT
 * issued) on neither stream, in any form; a minted token never on stderr, and on stdout only
 * when it is `allowed` (the one this run handed out). On stderr, a secret's own mask line
 * (`::add-mask::SECRET`, which the CLI writes inside GitHub Actions) is where it may be.
 */
export function assertCliNoLeaks(
  r: CliResult,
  secrets: { oidc: string[]; minted: string[] },
  allowed?: string
): void {
  const problems: string[] = []
  const all = [...secrets.oidc, ...secrets.minted].filter(Boolean)
  const stderr = r.stderr
    .split('\n')
    .filter(line => !all.some(s => line === `::add-mask::${s}`))
    .join('\n')
  r = { ...r, stderr }
  const forms = (s: string): string[] => {
    const sig = s.split('.')[2]
    return sig && sig.length >= 16 ? [s, sig] : [s]
  }
  secrets.oidc.filter(Boolean).forEach((s, i) => {
    for (const f of forms(s)) {
      if (r.stdout.includes(f)) problems.push(`OIDC secret #${i} appears on stdout`)
      if (r.stderr.includes(f)) problems.push(`OIDC secret #${i} appears on stderr`)
    }
  })
  secrets.minted.filter(Boolean).forEach((s, i) => {
    if (r.stderr.includes(s)) problems.push(`minted token #${i} appears on stderr`)
    if (s !== allowed && r.stdout.includes(s)) problems.push(`minted token #${i} appears on stdout`)
  })
  if (problems.length)
    throw new Error(`Secret leak check failed:\n- ${[...new Set(problems)].join('\n- ')}`)
}
