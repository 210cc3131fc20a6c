// The main step, wired (entries/main.ts loads it on the main thread only).
import { getIDToken } from '@actions/core'
import { exitWhenDone } from '../steps/exit.js'
import { request } from '../net/http.js'
import { main } from '../steps/main.js'
import { systemClock } from '../net/retry.js'
import { workerSandbox } from '../policy/sandbox.js'
import { createRunner } from '../steps/runner.js'

/** Runs the step; `bundle` is the entry's own file, which the policy engine's worker runs. */
export async function runMain(bundle: URL): Promise<void> {
  await main({
    runner: createRunner(),
    env: process.env,
    http: request,
    getIDToken,
    clock: systemClock,
    sandbox: workerSandbox(bundle)
  })
  exitWhenDone()
}
