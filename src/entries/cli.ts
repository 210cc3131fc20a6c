#!/usr/bin/env node
import { cli } from '../cli/main.js'
import { processIo } from '../cli/process.js'
import { exitWhenDone } from '../steps/exit.js'

// Replaced with package.json's version by scripts/build.mjs.
const VERSION = '__OCTO_STS_TOKEN_VERSION__'

process.exitCode = await cli(process.argv.slice(2), processIo(), VERSION)
exitWhenDone()
