import { request } from '../http.js'
import { main } from '../main.js'
import { systemClock } from '../retry.js'
import { createRunner } from '../runner.js'

await main({
  runner: createRunner(),
  env: process.env,
  http: request,
  clock: systemClock
})
