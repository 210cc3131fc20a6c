// `octo-sts-token terraform`: Terraform's external data source protocol. The query is a JSON
// object of strings on stdin; the result, a JSON object of strings on stdout. Terraform shows
// stderr when the exit status is not 0. The token then lands in Terraform's state: see the
// README.
import { sanitize } from '../log/neutralize.js'
import { withArgs, UsageError } from './args.js'
import { runExchange, validateRequest } from './exchange.js'
import type { RawRequest } from './exchange.js'
import { EXIT } from './io.js'
import type { Command } from './io.js'
import { commandLine } from '../vocabulary.js'

/** Query keys → the request's settings; anything else is refused, as a typo would be. */
export const TERRAFORM_QUERY_KEYS = [
  'scope',
  'identity',
  'domain',
  'audience',
  'org_policy_repository',
  'oidc_token_env',
  'oidc_token_file',
  'timeout_seconds'
] as const
type Key = (typeof TERRAFORM_QUERY_KEYS)[number]

/** The query's keys for the settings, and how to explain a refusal without `--policy`. */
const TERRAFORM_WORDS = commandLine({
  name: s => s.replace(/-/g, '_'),
  settings: 'the query keys',
  explain: 'run `octo-sts-token check --policy FILE` with the same token'
})

/** The query Terraform sends is at most a few hundred bytes. */
const MAX_QUERY_BYTES = 64 * 1024

export const TERRAFORM_HELP = `Usage: octo-sts-token terraform < query.json

Terraform's external data source protocol:

  data "external" "github_token" {
    program = ["octo-sts-token", "terraform"]
    query = {
      scope    = "org/repo"
      identity = "deploy"
    }
  }

The query (stdin) is a JSON object of strings: scope, identity, and optional domain, audience,
org_policy_repository, timeout_seconds, oidc_token_env, oidc_token_file (without them the CI
system is detected, as for \`exchange\`). The result (stdout) is {"token": "…"}; on failure the diagnosis is on stderr.
The token is stored in Terraform's state.

Exit status: 0 a token was written; 1 the exchange failed; 2 the query is invalid.
`

function readQuery(text: string): Partial<Record<Key, string>> {
  if (text.length > MAX_QUERY_BYTES) throw new UsageError('the query on stdin is too large.')
  let query: unknown
  try {
    query = JSON.parse(text)
  } catch {
    throw new UsageError(
      'the query on stdin is not JSON: Terraform sends a JSON object of strings.'
    )
  }
  if (!query || typeof query !== 'object' || Array.isArray(query))
    throw new UsageError('the query on stdin must be a JSON object of strings.')
  const out: Partial<Record<Key, string>> = {}
  for (const [key, value] of Object.entries(query)) {
    if (!(TERRAFORM_QUERY_KEYS as readonly string[]).includes(key))
      throw new UsageError(
        `unknown query key "${sanitize(key, 60)}": expected ${TERRAFORM_QUERY_KEYS.join(', ')}.`
      )
    if (typeof value !== 'string')
      throw new UsageError(`query key "${key}" must be a string, as Terraform's protocol requires.`)
    out[key as Key] = value
  }
  return out
}

export const terraform: Command = (args, io) =>
  withArgs('terraform', TERRAFORM_HELP, {}, args, io, async () => {
    const q = readQuery(await io.readStdin())
    const name = (key: keyof RawRequest): string =>
      `"${key === 'timeoutSeconds' ? 'timeout_seconds' : key === 'orgPolicyRepo' ? 'org_policy_repository' : key}"`
    const request = validateRequest(
      {
        scope: q.scope,
        identity: q.identity,
        domain: q.domain,
        audience: q.audience,
        orgPolicyRepo: q.org_policy_repository,
        timeoutSeconds: q.timeout_seconds
      },
      name,
      { file: q.oidc_token_file, env: q.oidc_token_env }
    )
    const result = await runExchange(request, io, TERRAFORM_WORDS)
    if ('code' in result) return result.code
    io.stdout(`${JSON.stringify({ token: result.token })}\n`)
    return EXIT.ok
  })
