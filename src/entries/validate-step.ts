// The validate step, wired (entries/validate.ts loads it on the main thread only).
import { workerSandbox } from '../policy/sandbox.js'
import { createRunner } from '../steps/runner.js'
import { validate } from '../steps/validate.js'

/** Runs the step; `bundle` is the entry's own file, which the policy engine's worker runs. */
export async function runValidate(bundle: URL): Promise<void> {
  await validate({ runner: createRunner(), env: process.env, sandbox: workerSandbox(bundle) })
}
