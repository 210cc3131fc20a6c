import { request } from '../net/http.js'
import { isEngineWorker, serveEngine, workerSandbox } from '../policy/sandbox.js'
import { exitWhenDone } from '../steps/exit.js'
import { createRunner } from '../steps/runner.js'
import { validate } from '../steps/validate.js'

// The policy engine's worker is this bundle again (src/policy/sandbox.ts).
if (isEngineWorker()) await serveEngine()
else {
  await validate({
    runner: createRunner(),
    env: process.env,
    http: request,
    sandbox: workerSandbox(new URL(import.meta.url))
  })
  exitWhenDone()
}
