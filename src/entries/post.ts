import { exitWhenDone } from '../steps/exit.js'
import { request } from '../net/http.js'
import { post } from '../steps/post.js'
import { systemClock } from '../net/retry.js'
import { createRunner } from '../steps/runner.js'

await post({ runner: createRunner(), env: process.env, http: request, clock: systemClock })
exitWhenDone()
