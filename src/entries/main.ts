import { isEngineWorker, serveEngine } from '../policy/sandbox.js'

// The policy engine's worker is this bundle again (src/policy/sandbox.ts). It is told apart
// before anything of the step loads: the worker evaluates neither the toolkit nor HTTPS
// ("eager" keeps the step in this file, evaluated only when imported).
if (await isEngineWorker()) await serveEngine()
else
  await (
    await import(/* webpackMode: "eager" */ './main-step.js')
  ).runMain(new URL(import.meta.url))
