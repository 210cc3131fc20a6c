import { isEngineWorker, serveEngine } from '../policy/sandbox.js'

// The policy engine's worker is this bundle again (src/policy/sandbox.ts), told apart before
// anything of the step loads ("eager" keeps the step in this file, evaluated only when imported).
if (await isEngineWorker()) await serveEngine()
else
  await (
    await import(/* webpackMode: "eager" */ './validate-step.js')
  ).runValidate(new URL(import.meta.url))
