// What every step is given by its entry: the runner, the environment, HTTP and a clock.
import type { Env } from '../env.js'
import type { HttpClient } from '../net/http.js'
import type { Clock } from '../net/retry.js'
import type { Sandbox } from '../policy/sandbox.js'
import type { GetIdToken } from '../sts/oidc.js'
import type { Runner } from './runner.js'

export interface StepDeps {
  runner: Runner
  env: Env
  http: HttpClient
  /** core.getIDToken: the OIDC token for an audience, masked by core before it returns. */
  getIDToken: GetIdToken
  clock: Clock
  /** Where the policy engine runs for the diagnosis (default: this thread; see sandbox.ts). */
  sandbox?: Sandbox
}
