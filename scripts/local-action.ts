// Entry for `npm run local-action`: @github/local-action imports this module and calls `run`.
// It wires the same modules as the bundles' entries, without running at import time. The step
// comes from LOCAL_ACTION_STEP in the .env file: `main` (default) or `validate`.
import { getIDToken } from '@actions/core'
import { request } from '../src/http.js'
import { main } from '../src/main.js'
import { systemClock } from '../src/retry.js'
import { createRunner } from '../src/runner.js'
import { validate } from '../src/validate.js'

export async function run(): Promise<void> {
  const runner = createRunner()
  if (process.env.LOCAL_ACTION_STEP === 'validate') {
    validate({ runner, env: process.env })
    return
  }
  await main({ runner, env: process.env, http: request, getIDToken, clock: systemClock })
}
