// `octo-sts-token revoke`: revokes a GitHub token (the one `exchange` printed) before it
// expires. The token comes on stdin or from a variable, never as an argument (arguments are
// visible to every process on the machine).
import { sanitize } from '../log/neutralize.js'
import { checkProxyEnv } from '../net/http.js'
import { isActionError } from '../errors.js'
import { DEFAULT_API_URL, trimApiUrl, validateApiUrl } from '../sts/names.js'
import { revokeToken } from '../sts/revoke.js'
import { str, UsageError, withArgs } from './args.js'
import { EXIT } from './io.js'
import type { Command } from './io.js'
import { USER_AGENT } from './exchange.js'
import { renderFailure } from './render.js'
import { FLAGS, speak } from '../vocabulary.js'

/** Revocation is retried briefly: it is cleanup. */
const REVOKE_BUDGET_MS = 10_000

export const REVOKE_HELP = `Usage: octo-sts-token revoke [--github-api-url URL] [--token-env NAME] < token

Revokes a GitHub token, read from stdin (or from the variable NAME).

Options:
  --github-api-url URL   the GitHub API (default $GITHUB_API_URL, else ${DEFAULT_API_URL})
  --token-env NAME       read the token from the variable NAME instead of stdin
  -h, --help             this help

Exit status: 0 revoked, or already invalid (stderr says which); 1 the revocation failed;
2 a usage or input error.
`

export const revoke: Command = (args, io) =>
  withArgs(
    'revoke',
    REVOKE_HELP,
    { 'github-api-url': { type: 'string' }, 'token-env': { type: 'string' } },
    args,
    io,
    async values => {
      const apiUrl = trimApiUrl(
        str(values, 'github-api-url') || io.env.GITHUB_API_URL || DEFAULT_API_URL
      )
      const problem = validateApiUrl(apiUrl)
      if (problem) throw new UsageError(`--github-api-url ${problem}`)
      const name = str(values, 'token-env')
      const raw = name !== undefined ? io.env[name] : await io.readStdin()
      if (raw === undefined)
        throw new UsageError(`the variable ${sanitize(name ?? '', 100)} (--token-env) is not set.`)
      const token = raw.trim()
      if (!token)
        throw new UsageError(
          `no token on ${name !== undefined ? `the variable ${sanitize(name, 100)}` : 'stdin'}.`
        )
      if (!/^[\x21-\x7e]+$/.test(token))
        throw new UsageError(
          'the token holds spaces, control or non-ASCII characters: give one token.'
        )
      try {
        checkProxyEnv(io.env)
      } catch (e) {
        if (!isActionError(e)) throw e
        io.stderr(renderFailure(e, FLAGS))
        return EXIT.usage
      }
      const outcome = await revokeToken(apiUrl, token, {
        http: io.http,
        clock: io.clock,
        log: line => io.stderr(`${sanitize(line, 2000)}\n`),
        userAgent: USER_AGENT,
        policy: {
          attempts: 3,
          baseDelayMs: 500,
          maxDelayMs: 2000,
          attemptTimeoutMs: 5000,
          deadline: io.clock.now() + REVOKE_BUDGET_MS
        }
      })
      if (outcome.result === 'revoked') {
        io.stderr('Token revoked.\n')
        return EXIT.ok
      }
      if (outcome.result === 'unauthorized') {
        io.stderr(
          `Not revoked: the token is no longer valid (already revoked or expired), or it belongs to another GitHub. ${speak(outcome.message, FLAGS)}\n`
        )
        return EXIT.ok
      }
      io.stderr(
        `Could not revoke the token: ${speak(outcome.message, FLAGS)} It expires on its own within the hour.\n`
      )
      return EXIT.failed
    }
  )
