// Entry for `npm run local-action`: @github/local-action imports this module and calls `run`,
// with its own @actions/core in place of the real one (inputs from .env, outputs and the log
// printed as it sees them). It wires the same modules as the bundles' entries, without running
// at import time. The step comes from LOCAL_ACTION_STEP in the .env file: `main` (default) or
// `validate`.
import { getIDToken as coreGetIdToken } from '@actions/core'
import { ActionError } from '../src/errors.js'
import { request } from '../src/net/http.js'
import { main } from '../src/steps/main.js'
import { OIDC_SERVICE } from '../src/sts/oidc.js'
import { systemClock } from '../src/net/retry.js'
import { createRunner } from '../src/steps/runner.js'
import { validate } from '../src/steps/validate.js'

// local-action's core.getIDToken throws `Not implemented`: say so once instead of retrying it.
const getIDToken = async (audience: string): Promise<string> => {
  try {
    return await coreGetIdToken(audience)
  } catch (e) {
    if (String((e as Error)?.message) !== 'Not implemented') throw e
    throw new ActionError(
      'oidc',
      `@github/local-action does not implement core.getIDToken, so ${OIDC_SERVICE} cannot be asked here.`,
      'Locally, try the input validation, the missing `id-token: write` error or the validate step; `npm run demo` runs the whole exchange (and the dry run) against a local stack.',
      { service: OIDC_SERVICE }
    )
  }
}

export async function run(): Promise<void> {
  const runner = createRunner()
  if (process.env.LOCAL_ACTION_STEP === 'validate') {
    validate({ runner, env: process.env })
    return
  }
  await main({ runner, env: process.env, http: request, getIDToken, clock: systemClock })
}
