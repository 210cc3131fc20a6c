// The post step: revoke the token the main step minted. Never fails the job.
import { TOKEN_LIFETIME_MS } from '../sts/token.js'
import { isActionError } from '../errors.js'
import { checkProxyEnv } from '../net/http.js'
import type { StepDeps } from './deps.js'
import { revokeToken } from '../sts/revoke.js'
import { sanitize } from '../log/neutralize.js'
import { ACTION, speak } from '../vocabulary.js'
import { STATE, USER_AGENT } from './state.js'

/** Revocation is retried briefly: a job should not wait long on its cleanup. */
const REVOKE_BUDGET_MS = 5_000

export async function post({
  runner,
  env,
  http,
  clock
}: Pick<StepDeps, 'runner' | 'env' | 'http' | 'clock'>): Promise<void> {
  try {
    const token = runner.getState(STATE.token)
    if (token) runner.setSecret(token)
    if (!token) {
      runner.info(
        runner.getState(STATE.revoke) === 'false'
          ? 'Token revocation is off (`revoke: false`): the token expires on its own, one hour after it was minted.'
          : 'No token was minted by the main step: nothing to revoke.'
      )
      return
    }
    // Unknown age (no or bad state) means try to revoke; Number('') would be 0, i.e. 1970.
    const mintedAt = Number(runner.getState(STATE.mintedAt) || NaN)
    if (Number.isFinite(mintedAt) && clock.now() - mintedAt >= TOKEN_LIFETIME_MS) {
      runner.info('The token is more than an hour old and has already expired: nothing to revoke.')
      return
    }
    // Not past a set but unusable proxy: the revocation would go out directly.
    checkProxyEnv(env)
    const apiUrl = runner.getState(STATE.apiUrl) || 'https://api.github.com'
    const outcome = await revokeToken(apiUrl, token, {
      http,
      clock,
      log: runner.info,
      userAgent: USER_AGENT,
      policy: {
        attempts: 3,
        baseDelayMs: 500,
        maxDelayMs: 2000,
        attemptTimeoutMs: 4000,
        deadline: clock.now() + REVOKE_BUDGET_MS
      }
    })
    if (outcome.result === 'revoked') runner.info('Token revoked.')
    else if (outcome.result === 'unauthorized') runner.warning(speak(outcome.message, ACTION))
    else
      runner.warning(
        `Could not revoke the token: ${speak(outcome.message, ACTION)} It expires on its own within the hour.`
      )
  } catch (e) {
    runner.warning(
      isActionError(e)
        ? `Could not revoke the token: ${speak(`${e.what} ${e.fix}`, ACTION)} It expires on its own within the hour.`
        : `Could not revoke the token: ${sanitize(String((e as Error)?.message ?? e))}. It expires on its own within the hour.`
    )
  }
}
