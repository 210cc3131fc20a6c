// The validate step, wired (entries/validate.ts loads it on the main thread only).
import { request } from '../net/http.js'
import { workerSandbox } from '../policy/sandbox.js'
import { exitWhenDone } from '../steps/exit.js'
import { createRunner } from '../steps/runner.js'
import { validate } from '../steps/validate.js'

/** Runs the step; `bundle` is the entry's own file, which the policy engine's worker runs. */
export async function runValidate(bundle: URL): Promise<void> {
  await validate({
    runner: createRunner(),
    env: process.env,
    // For the repository's OIDC settings, which decide the subjects the workflow check predicts.
    http: request,
    sandbox: workerSandbox(bundle)
  })
  exitWhenDone()
}
