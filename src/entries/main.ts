import { getIDToken } from '@actions/core'
import { exitWhenDone } from '../steps/exit.js'
import { request } from '../net/http.js'
import { main } from '../steps/main.js'
import { systemClock } from '../net/retry.js'
import { createRunner } from '../steps/runner.js'

await main({
  runner: createRunner(),
  env: process.env,
  http: request,
  getIDToken,
  clock: systemClock
})
exitWhenDone()
