import { getIDToken } from '@actions/core'
import { exitWhenDone } from '../steps/exit.js'
import { request } from '../net/http.js'
import { main } from '../steps/main.js'
import { systemClock } from '../net/retry.js'
import { isEngineWorker, serveEngine, workerSandbox } from '../policy/sandbox.js'
import { createRunner } from '../steps/runner.js'

// The policy engine's worker is this bundle again (src/policy/sandbox.ts).
if (isEngineWorker()) await serveEngine()
else {
  await main({
    runner: createRunner(),
    env: process.env,
    http: request,
    getIDToken,
    clock: systemClock,
    sandbox: workerSandbox(new URL(import.meta.url))
  })
  exitWhenDone()
}
