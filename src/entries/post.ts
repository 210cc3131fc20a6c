import { exitWhenDone } from '../steps/exit.js'
import { request } from '../net/http.js'
import { post } from '../steps/post.js'
import { systemClock } from '../net/retry.js'
import { createRunner } from '../steps/runner.js'

// No top-level await: webpack cannot concatenate an async module, so with one every module this
// entry imports stays a separate module function with getters for its exports. post() never
// rejects (it turns every failure into a warning).
void post({ runner: createRunner(), env: process.env, http: request, clock: systemClock }).then(
  () => exitWhenDone()
)
