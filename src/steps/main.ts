// The main step: inputs → OIDC token → exchange → masked output + state for the post step.
import { auditHash, TOKEN_LIFETIME_MS } from '../sts/token.js'
import { isActionError } from '../errors.js'
import type { ActionError } from '../errors.js'
import { exchangeToken } from '../sts/exchange.js'
import type { CheckDeps } from '../diagnosis/local-check.js'
import { checkProxyEnv } from '../net/http.js'
import { readInputs } from './inputs.js'
import type { Inputs } from './inputs.js'
import { decodeClaims, requestIdToken, requireOidc } from '../sts/oidc.js'
import { jwtPayload } from '../policy/token.js'
import { retryPolicy } from '../net/retry.js'
import type { StepDeps } from './deps.js'
import type { Runner } from './runner.js'
import type { Env } from '../env.js'
import { sanitize } from '../log/neutralize.js'
import { STATE, USER_AGENT } from './state.js'
import { successSummary } from './summary.js'
import type { IdToken } from '../diagnosis/report.js'

/**
 * The diagnosis, loaded when there is something to explain (a failure, the dry run): the
 * success path neither compiles nor evaluates it (bench/README.md, "Where the time goes").
 */
const diagnosisReport = (): Promise<typeof import('./report.js')> => import('./report.js')

export async function main({
  runner,
  env,
  http,
  getIDToken,
  clock,
  sandbox
}: StepDeps): Promise<void> {
  let inputs: Inputs | undefined
  let oidc: IdToken | undefined
  // `timeout-seconds` bounds the whole step: the exchange, then the diagnosis after it.
  let diagnosis: CheckDeps = {}
  try {
    // The runner's request token is a credential too: masked before anything can print it.
    if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) runner.setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    checkProxyEnv(env) // before any request: a set but unusable proxy must not mean "direct"
    inputs = readInputs(runner.getInput, env)
    requireOidc(env)
    const policy = retryPolicy(clock.now() + inputs.timeoutSeconds * 1000)
    diagnosis = { deadline: policy.deadline, now: clock.now, ...(sandbox ? { sandbox } : {}) }
    const common = {
      http,
      policy,
      clock,
      log: runner.info,
      setSecret: runner.setSecret,
      userAgent: USER_AGENT
    }

    const idToken = await requestIdToken(inputs.audience, { ...common, getIDToken, env })
    const claims = decodeClaims(idToken)
    const payload = jwtPayload(idToken)
    if (claims) runner.debug(`OIDC token claims: ${sanitize(JSON.stringify(claims), 4000)}`)
    // The claims are for display; the policy check decodes the payload as the server does.
    if (claims && payload !== undefined) oidc = { claims, payload }

    if (inputs.dryRun) {
      // The diagnostics (and the policy engine they load) stay out of the success path.
      await (await diagnosisReport()).reportDryRun(runner, env, inputs, oidc, diagnosis)
      return
    }

    runner.debug(
      `Exchanging identity "${inputs.identity}" for scope "${inputs.scope}" at https://${inputs.domain}`
    )
    const token = await exchangeToken(inputs, idToken, common)
    const mintedAt = clock.now()
    // Masked (by the exchange) → state for the post step → output: if the output cannot be
    // written, the post step still finds the token and revokes it.
    if (inputs.revoke) {
      runner.saveState(STATE.token, token)
      runner.saveState(STATE.mintedAt, String(mintedAt))
      runner.saveState(STATE.apiUrl, inputs.githubApiUrl)
    } else {
      runner.saveState(STATE.revoke, 'false')
    }
    runner.setOutput('token', token)
    const hash = auditHash(token)
    const expires = new Date(mintedAt + TOKEN_LIFETIME_MS).toISOString()
    runner.info(
      `Got a token for identity "${inputs.identity}" on ${inputs.scope} (audit hash ${hash}); it expires at ${expires}` +
        (inputs.revoke ? ' and is revoked when the job ends.' : '.')
    )
    await runner.appendSummary(successSummary({ ...inputs, hash, expires }))
  } catch (e) {
    if (isActionError(e)) await reportFailure(runner, env, e, inputs, oidc, diagnosis)
    runner.setFailed(
      isActionError(e)
        ? e.message
        : `Unexpected error: ${sanitize(String((e as Error)?.message ?? e))}. Please report it.`
    )
  }
}

/** The diagnosis (log groups, job summary); its own failure must not hide the real one. */
async function reportFailure(
  runner: Runner,
  env: Env,
  error: ActionError,
  inputs: Inputs | undefined,
  oidc: IdToken | undefined,
  diagnosis: CheckDeps
): Promise<void> {
  try {
    await (await diagnosisReport()).reportFailure(runner, env, error, inputs, oidc, diagnosis)
  } catch (e) {
    runner.warning(
      `Could not write the diagnosis: ${sanitize(String((e as Error)?.message ?? e))}. Please report it.`
    )
  }
}
