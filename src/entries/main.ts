import { getIDToken } from '@actions/core'
import { exitWhenDone } from '../exit.js'
import { request } from '../http.js'
import { main } from '../main.js'
import { systemClock } from '../retry.js'
import { createRunner } from '../runner.js'

await main({
  runner: createRunner(),
  env: process.env,
  http: request,
  getIDToken,
  clock: systemClock
})
exitWhenDone()
