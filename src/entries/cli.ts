#!/usr/bin/env node
import { isEngineWorker, serveEngine } from '../policy/sandbox.js'

// Replaced with package.json's version by scripts/build.mjs.
const VERSION = '__OCTO_STS_TOKEN_VERSION__'

// The policy engine's worker is this bundle again (src/policy/sandbox.ts), told apart before
// anything of the command line loads ("eager" keeps it in this file, evaluated when imported).
if (await isEngineWorker()) await serveEngine()
else
  await (
    await import(/* webpackMode: "eager" */ './cli-run.js')
  ).runCli(new URL(import.meta.url), VERSION)
