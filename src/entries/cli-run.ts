// The command line, wired (entries/cli.ts loads it on the main thread only).
import { cli } from '../cli/main.js'
import { processIo } from '../cli/process.js'
import { workerSandbox } from '../policy/sandbox.js'
import { exitWhenDone } from '../steps/exit.js'

/** Runs the command line; `bundle` is the entry's own file, which the engine's worker runs. */
export async function runCli(bundle: URL, version: string): Promise<void> {
  const io = { ...processIo(), sandbox: workerSandbox(bundle) }
  process.exitCode = await cli(process.argv.slice(2), io, version)
  exitWhenDone()
}
