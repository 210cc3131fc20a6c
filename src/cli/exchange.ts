// `octo-sts-token exchange`: the action's exchange from any CI system. The same rules for
// the names, the same retry policy and deadline, the same diagnosis; stdout carries only the
// token, stderr everything else. The OIDC token is never printed, the GitHub token only on stdout.
import { ActionError, isActionError } from '../errors.js'
import { diagnoseFailure } from '../diagnosis/report.js'
import type { IdToken } from '../diagnosis/report.js'
import { sanitize } from '../log/neutralize.js'
import { checkProxyEnv } from '../net/http.js'
import { retryPolicy } from '../net/retry.js'
import { jwtPayload } from '../policy/token.js'
import { exchangeToken } from '../sts/exchange.js'
import {
  MAX_TIMEOUT_SECONDS,
  parseTimeout,
  validateAudience,
  validateDomain,
  validateIdentity,
  validateOrgPolicyRepo,
  validateScope
} from '../sts/names.js'
import { decodeClaims } from '../sts/oidc.js'
import { DEFAULT_DOMAIN, DEFAULT_ORG_POLICY_REPO } from '../sts/request.js'
import type { ExchangeContext } from '../sts/request.js'
import { auditHash } from '../sts/token.js'
import { MAX_POLICY_BYTES } from '../workspace.js'
import { str, UsageError, withArgs } from './args.js'
import { COMMAND_RULES } from './command-line.js'
import { expiresAt, formatToken, FORMATS, isFormat } from './format.js'
import type { Format } from './format.js'
import { EXIT } from './io.js'
import type { CliIo, Command, ExitCode } from './io.js'
import { renderFailure } from './render.js'
import { readOidcToken, severalSources, tokenSourceDeps } from './token-source.js'
import type { TokenSourceFlags } from './token-source.js'

export const USER_AGENT = 'octo-sts-token'

/** One exchange, validated: what `exchange` and `terraform` both run. */
export interface ExchangeRequest extends ExchangeContext {
  timeoutSeconds: number
  source: TokenSourceFlags
  /** `--policy`: the file the local explanation checks. */
  policyFile?: string
}

/** The raw settings, named as the caller's interface names them (`--scope`, `scope`). */
export interface RawRequest {
  scope?: string
  identity?: string
  domain?: string
  audience?: string
  orgPolicyRepo?: string
  timeoutSeconds?: string
}

/**
 * The request, or a UsageError listing every problem. `name` gives each setting's name as the
 * user wrote it. The rules are the action's (src/sts/names.ts).
 */
export function validateRequest(
  raw: RawRequest,
  name: (key: keyof RawRequest) => string,
  source: TokenSourceFlags
): Omit<ExchangeRequest, 'policyFile'> {
  const problems: string[] = []
  const check = (key: keyof RawRequest, problem: string | undefined): void => {
    if (problem) problems.push(`${name(key)} ${problem}`)
  }
  const scope = raw.scope ?? ''
  const identity = raw.identity ?? ''
  const domain = (raw.domain || DEFAULT_DOMAIN).toLowerCase()
  const audience = raw.audience || domain
  const orgPolicyRepo = raw.orgPolicyRepo || DEFAULT_ORG_POLICY_REPO
  check('scope', validateScope(scope))
  check('identity', validateIdentity(identity))
  const domainProblem = validateDomain(domain)
  check('domain', domainProblem)
  // An audience taken from a bad domain is that domain's problem, reported once.
  if (raw.audience || !domainProblem) check('audience', validateAudience(audience))
  check('orgPolicyRepo', validateOrgPolicyRepo(orgPolicyRepo))
  const timeout = parseTimeout(raw.timeoutSeconds ?? '')
  check('timeoutSeconds', timeout.problem)
  const several = severalSources(source)
  if (several) problems.push(several)
  if (problems.length) {
    throw new UsageError(
      problems.length === 1 ? problems[0]! : `invalid arguments:\n- ${problems.join('\n- ')}`
    )
  }
  return {
    scope,
    identity,
    domain,
    audience,
    orgPolicyRepo,
    timeoutSeconds: timeout.seconds,
    source
  }
}

/** `--policy` names a file that can be read: said before any request, not after a denial. */
function checkPolicyFile(file: string, readFile: NonNullable<CliIo['readFile']>): void {
  const fail = (why: string): never => {
    throw new ActionError(
      'input',
      `Cannot use the policy file ${sanitize(file, 200)}: ${why}.`,
      'Check the path given to `--policy`.'
    )
  }
  try {
    if (readFile(file, MAX_POLICY_BYTES) === undefined) fail('there is no such file')
  } catch (e) {
    if (isActionError(e)) throw e
    fail(sanitize(String((e as Error)?.message ?? e), 200))
  }
}

export type ExchangeResult = { token: string; expires: string } | { code: ExitCode }

/** Runs the exchange; on failure the diagnosis is on stderr and the exit code returned. */
export async function runExchange(req: ExchangeRequest, io: CliIo): Promise<ExchangeResult> {
  let oidc: IdToken | undefined
  const policy = retryPolicy(io.clock.now() + req.timeoutSeconds * 1000)
  const deps = tokenSourceDeps(io, policy)
  const { readFile, log } = deps
  const ctx: ExchangeContext = {
    scope: req.scope,
    identity: req.identity,
    domain: req.domain,
    audience: req.audience,
    ...(req.orgPolicyRepo !== undefined ? { orgPolicyRepo: req.orgPolicyRepo } : {})
  }
  try {
    checkProxyEnv(io.env) // before any request: a set but unusable proxy must not mean "direct"
    if (req.policyFile !== undefined) checkPolicyFile(req.policyFile, readFile)
    const { token: idToken, source } = await readOidcToken(req.source, req.audience, deps)
    log(`OIDC token: from ${source}.`)
    const claims = decodeClaims(idToken)
    const payload = jwtPayload(idToken)
    if (claims && payload !== undefined) oidc = { claims, payload }
    log(`Exchanging identity "${req.identity}" for scope "${req.scope}" at https://${req.domain}`)
    const token = await exchangeToken(ctx, idToken, {
      http: io.http,
      policy,
      clock: io.clock,
      log,
      // Nothing to mask outside a runner: the token is printed on stdout only, by the caller.
      setSecret: () => undefined,
      userAgent: USER_AGENT
    })
    const expires = expiresAt(io.clock.now())
    log(
      `Got a token for identity "${req.identity}" on ${req.scope} (audit hash ${auditHash(token)}); it expires at ${expires}.`
    )
    return { token, expires }
  } catch (e) {
    if (!isActionError(e)) throw e
    if (e.kind === 'input') {
      io.stderr(renderFailure(e))
      return { code: EXIT.usage }
    }
    let report
    try {
      report = await diagnoseFailure(io.env, e, ctx, oidc, {
        deadline: policy.deadline,
        now: io.clock.now,
        ...(req.policyFile !== undefined ? { policyFile: req.policyFile } : {}),
        readFile
      })
    } catch (d) {
      // The diagnosis failing must not hide the failure itself.
      log(`Could not write the diagnosis: ${String((d as Error)?.message ?? d)}. Please report it.`)
    }
    io.stderr(renderFailure(e, report))
    return { code: EXIT.failed }
  }
}

const SOURCE_OPTIONS = {
  'oidc-token-file': { type: 'string' },
  'oidc-token-env': { type: 'string' },
  'oidc-token-command': { type: 'string' }
} as const

export const EXCHANGE_HELP = `Usage: octo-sts-token exchange --scope S --identity I [options] [TOKEN SOURCE]

Exchanges an OIDC token for a short-lived GitHub token with Octo STS. The token alone is
written to stdout; progress and, on failure, the diagnosis go to stderr.

Options:
  --scope S              the repository (org/repo) or organization (org) whose trust policy to use
  --identity I           the trust policy name: .github/chainguard/I.sts.yaml
  --domain D             the Octo STS host[:port] (default ${DEFAULT_DOMAIN})
  --audience A           the OIDC audience to request (default: the domain)
  --org-policy-repository R
                         the repository of an org holding its org policies and issuer
                         allowlist, the server's ORG_POLICY_REPO (default .github)
  --timeout-seconds N    the time limit for the whole exchange, 1 to ${MAX_TIMEOUT_SECONDS} (default 60)
  --format F             ${FORMATS.join('|')}: the token and a newline (default);
                         {"token": "…", "expires_at": "<ISO 8601>"}; GH_TOKEN=…
  --policy FILE          on a denial, explain it against this copy of the trust policy
  -h, --help             this help

Token source (at most one; without one the CI system is detected: GitHub Actions with
id-token: write, HCP Terraform, CircleCI, Buildkite):
  --oidc-token-file PATH     read the token from a file
  --oidc-token-env NAME      read the token from the variable NAME
  --oidc-token-command CMD   run CMD; its stdout is the token.
${COMMAND_RULES.map(l => `                             ${l}\n`).join('')}
Exit status: 0 a token was written; 1 the exchange failed; 2 a usage or input error (no request
was made).
`

export const exchange: Command = (args, io) =>
  withArgs(
    'exchange',
    EXCHANGE_HELP,
    {
      scope: { type: 'string' },
      identity: { type: 'string' },
      domain: { type: 'string' },
      audience: { type: 'string' },
      'org-policy-repository': { type: 'string' },
      'timeout-seconds': { type: 'string' },
      format: { type: 'string' },
      policy: { type: 'string' },
      ...SOURCE_OPTIONS
    },
    args,
    io,
    async values => {
      const format = str(values, 'format') ?? 'token'
      if (!isFormat(format))
        throw new UsageError(
          `--format is "${sanitize(format, 40)}": expected one of ${FORMATS.join(', ')}.`
        )
      const flag = (key: keyof RawRequest): string =>
        key === 'timeoutSeconds'
          ? '--timeout-seconds'
          : key === 'orgPolicyRepo'
            ? '--org-policy-repository'
            : `--${key}`
      const request = validateRequest(
        {
          scope: str(values, 'scope'),
          identity: str(values, 'identity'),
          domain: str(values, 'domain'),
          audience: str(values, 'audience'),
          orgPolicyRepo: str(values, 'org-policy-repository'),
          timeoutSeconds: str(values, 'timeout-seconds')
        },
        flag,
        {
          file: str(values, 'oidc-token-file'),
          env: str(values, 'oidc-token-env'),
          command: str(values, 'oidc-token-command')
        }
      )
      const policyFile = str(values, 'policy')
      const result = await runExchange(
        { ...request, ...(policyFile !== undefined ? { policyFile } : {}) },
        io
      )
      if ('code' in result) return result.code
      io.stdout(formatToken(format as Format, result.token, result.expires))
      return EXIT.ok
    }
  )
