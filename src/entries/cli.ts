#!/usr/bin/env node
import { cli } from '../cli/main.js'
import { processIo } from '../cli/process.js'
import { isEngineWorker, serveEngine, workerSandbox } from '../policy/sandbox.js'
import { exitWhenDone } from '../steps/exit.js'

// Replaced with package.json's version by scripts/build.mjs.
const VERSION = '__OCTO_STS_TOKEN_VERSION__'

// The policy engine's worker is this bundle again (src/policy/sandbox.ts).
if (isEngineWorker()) await serveEngine()
else {
  const io = { ...processIo(), sandbox: workerSandbox(new URL(import.meta.url)) }
  process.exitCode = await cli(process.argv.slice(2), io, VERSION)
  exitWhenDone()
}
