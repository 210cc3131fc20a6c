import { exitWhenDone } from '../exit.js'
import { request } from '../http.js'
import { post } from '../post.js'
import { systemClock } from '../retry.js'
import { createRunner } from '../runner.js'

await post({ runner: createRunner(), env: process.env, http: request, clock: systemClock })
exitWhenDone()
