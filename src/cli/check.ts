// `octo-sts-token check`: a trust policy against a token's claims, offline, with the server's
// semantics (src/policy): every field that refuses them, the file's own problems, and the
// claims that decide a match. The verdict is the command's result, so it goes to stdout.
import { basename, resolve } from 'node:path'
import { isActionError } from '../errors.js'
import { sanitize } from '../log/neutralize.js'
import { MAX_LISTED } from '../log/markdown.js'
import { retryPolicy } from '../net/retry.js'
import {
  audiences,
  explainPolicy,
  legacyVerdictLine,
  idsFromClaims,
  namesOtherForm,
  parsePolicy,
  subjectPatternTest
} from '../policy/index.js'
import { decodeToken, jwtPayload } from '../policy/token.js'
import { claimLines, codeValue, decidingClaims } from '../diagnosis/claims.js'
import { findingLines, problemLine } from '../diagnosis/verdict-log.js'
import { isMismatch } from '../diagnosis/verdict.js'
import { suggestPolicy } from '../diagnosis/suggested-policy.js'
import { otherFormProse } from '../diagnosis/subject-note.js'
import {
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS,
  parseTimeout,
  validateDomain,
  validateOrgPolicyRepo,
  validateScope
} from '../sts/names.js'
import { decodeClaims } from '../sts/oidc.js'
import {
  DEFAULT_DOMAIN,
  DEFAULT_ORG_POLICY_REPO,
  isOrgPolicyRepo,
  policyLocation
} from '../sts/request.js'
import { POLICY_SUFFIX, isOrgPolicyPath } from '../validation/policy-files.js'
import { MAX_POLICY_BYTES, readSmallFile } from '../workspace.js'
import { str, UsageError, withArgs } from './args.js'
import type { Values } from './args.js'
import { EXIT } from './io.js'
import type { CliIo, Command, ExitCode } from './io.js'
import { renderFailure } from './render.js'
import { readOidcToken, severalSources, SOURCE_FLAGS, tokenSourceDeps } from './token-source.js'
import type { TokenSourceFlags } from './token-source.js'

export const CHECK_USAGE = `Usage: octo-sts-token check --policy FILE (--claims FILE | TOKEN SOURCE) [options]

Checks a trust policy against a token's claims offline, the way the Octo STS server would,
and lists every field that refuses them (the server reports only the first).

Claims (one of; without one the CI system is detected: GitHub Actions with id-token: write,
HCP Terraform, CircleCI, Buildkite):
  --claims FILE                a JSON object of claims (a token's decoded payload)
  --oidc-token-file PATH       a file holding the OIDC token (a JWT)
  --oidc-token-env NAME        an environment variable holding the OIDC token
  --oidc-token-command CMD     a command that prints the OIDC token (see \`exchange --help\`)
Options:
  --policy FILE            the trust policy ({identity}.sts.yaml)
  --scope S                the exchange's scope: owner/repo, or owner for an org policy
                           (default: an org policy when FILE is in a checkout named .github,
                           or named as --org-policy-repository says)
  --org-policy-repository R
                           the repository of an org holding its org policies, the server's
                           ORG_POLICY_REPO (default .github; compared exactly, as the server does)
  --domain D               the Octo STS domain, the audience it expects (default ${DEFAULT_DOMAIN})
  --timeout-seconds N      the time limit for reading the token, 1 to ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS})
  -h, --help               show this help

The token's signature and expiry are not checked, and nothing is sent to Octo STS.
Exit status: 0 the policy admits the claims, 1 it does not, 2 the policy is invalid, no token
could be read, or a usage error.
`

/** A claims file is small; anything larger is not one. */
const MAX_CLAIMS_BYTES = 1 << 20

const shown = (s: string): string => sanitize(s, 300)

function readFileArg(io: CliIo, flag: string, path: string, max: number): string {
  let text: string | undefined
  try {
    text = readSmallFile(resolve(io.cwd, path), max)
  } catch (e) {
    throw new UsageError(`${flag} ${shown(path)}: ${shown(String((e as Error)?.message ?? e))}.`)
  }
  if (text === undefined) throw new UsageError(`${flag} ${shown(path)}: no such file.`)
  return text
}

/** The payload text the server decodes, and the claims to display. */
interface Claims {
  payload: string
  display: Record<string, unknown>
}

const sourceFlags = (values: Values): TokenSourceFlags => ({
  file: str(values, 'oidc-token-file'),
  env: str(values, 'oidc-token-env'),
  command: str(values, 'oidc-token-command')
})

/** `--claims FILE`, read and parsed: the offline alternative to a token. */
function readClaimsFile(io: CliIo, claimsFile: string): Claims {
  const payload = readFileArg(io, '--claims', claimsFile, MAX_CLAIMS_BYTES)
  let display: unknown
  try {
    display = JSON.parse(payload)
  } catch (e) {
    throw new UsageError(
      `--claims ${shown(claimsFile)} is not JSON (${shown((e as Error).message)}).`
    )
  }
  if (!display || typeof display !== 'object' || Array.isArray(display)) {
    throw new UsageError(`--claims ${shown(claimsFile)} is not a JSON object of claims.`)
  }
  return { payload, display: display as Record<string, unknown> }
}

/** The claims of the OIDC token from its source (token-source.ts, as `exchange` reads it). */
async function readTokenClaims(
  io: CliIo,
  flags: TokenSourceFlags,
  audience: string,
  timeoutSeconds: number
): Promise<Claims> {
  const deps = tokenSourceDeps(io, retryPolicy(io.clock.now() + timeoutSeconds * 1000))
  const { token, source } = await readOidcToken(flags, audience, deps)
  deps.log(`OIDC token: from ${source}.`)
  const payload = jwtPayload(token)
  const display = decodeClaims(token)
  // Never echo the token: only where it came from.
  if (payload === undefined || display === undefined) {
    throw new UsageError(
      `the OIDC token from ${source} has no JSON object of claims; it is not shown.`
    )
  }
  return { payload, display }
}

const fields = (n: number): string => (n === 1 ? '1 field' : `${n} fields`)

const more = (n: number, what: string): string[] =>
  n > MAX_LISTED ? [`  … and ${n - MAX_LISTED} more ${what}, not listed.`] : []

const OPTIONS = {
  policy: { type: 'string' },
  claims: { type: 'string' },
  'oidc-token-file': { type: 'string' },
  'oidc-token-env': { type: 'string' },
  'oidc-token-command': { type: 'string' },
  scope: { type: 'string' },
  domain: { type: 'string' },
  'org-policy-repository': { type: 'string' },
  'timeout-seconds': { type: 'string' }
} as const

export const check: Command = (args, io) =>
  withArgs('check', CHECK_USAGE, OPTIONS, args, io, values => runCheck(values, io))

async function runCheck(values: Values, io: CliIo): Promise<ExitCode> {
  const policyArg = str(values, 'policy')
  if (policyArg === undefined) throw new UsageError('--policy FILE is required.')
  const scope = str(values, 'scope')
  const scopeProblem = scope === undefined ? undefined : validateScope(scope)
  if (scopeProblem) throw new UsageError(`--scope ${scopeProblem}`)
  const domain = (str(values, 'domain') ?? DEFAULT_DOMAIN).toLowerCase()
  const domainProblem = validateDomain(domain)
  if (domainProblem) throw new UsageError(`--domain ${domainProblem}`)
  const orgPolicyRepo = str(values, 'org-policy-repository') ?? DEFAULT_ORG_POLICY_REPO
  const orgRepoProblem = validateOrgPolicyRepo(orgPolicyRepo)
  if (orgRepoProblem) throw new UsageError(`--org-policy-repository ${orgRepoProblem}`)
  const timeout = parseTimeout(str(values, 'timeout-seconds') ?? '')
  if (timeout.problem) throw new UsageError(`--timeout-seconds ${timeout.problem}`)
  const claimsFile = str(values, 'claims')
  const flags = sourceFlags(values)
  const several = severalSources(flags)
  if (several) throw new UsageError(several)
  if (claimsFile !== undefined && Object.values(flags).some(v => v !== undefined)) {
    throw new UsageError(
      `give --claims FILE or a token source (${SOURCE_FLAGS.join(', ')}), not both.`
    )
  }
  const text = readFileArg(io, '--policy', policyArg, MAX_POLICY_BYTES)
  let claims: Claims
  if (claimsFile !== undefined) claims = readClaimsFile(io, claimsFile)
  else {
    try {
      claims = await readTokenClaims(io, flags, domain, timeout.seconds)
    } catch (e) {
      if (!isActionError(e)) throw e
      // No token, no verdict: the reason (never the token) and what to do, as exchange says it.
      io.stderr(renderFailure(e))
      return EXIT.usage
    }
  }
  const decoded = decodeToken(claims.payload)
  if (!decoded.ok) {
    io.stderr(
      `octo-sts-token check: the server would refuse these claims before reading any policy (${shown(decoded.reason)}: ${shown(decoded.why)}).\n`
    )
    return EXIT.usage
  }

  const policyPath = resolve(io.cwd, policyArg)
  const file = shown(policyArg)
  const name = basename(policyPath)
  const identity = name.endsWith(POLICY_SUFFIX) ? name.slice(0, -POLICY_SUFFIX.length) : name
  const isOrgPolicy =
    scope !== undefined
      ? isOrgPolicyRepo(policyLocation(scope, identity, orgPolicyRepo).repo, orgPolicyRepo)
      : isOrgPolicyPath(policyPath, orgPolicyRepo)
  const explained = explainPolicy(text, claims.payload, domain, { isOrgPolicy })
  const mismatches = explained.findings.filter(isMismatch).length
  const problems = explained.findings.length - mismatches
  const kind = isOrgPolicy ? 'an org policy' : 'a repository policy'

  const out: string[] = []
  switch (explained.verdict) {
    case 'allow':
      out.push(`✓ ${file} (${kind}) admits these claims.`)
      break
    case 'deny':
      out.push(
        `✗ ${fields(mismatches)} of ${file} (${kind}) refuse${mismatches === 1 ? 's' : ''} these claims. Every field that does not match is listed (the server reports only the first).`
      )
      break
    case 'misread':
      out.push(
        `✗ ${file} (${kind}) has line breaks only the server sees (a lone CR, NEL, U+2028 or U+2029, listed below): the server reads another policy than editors and reviewers see. As the server reads it, ${mismatches ? `${fields(mismatches)} refuse${mismatches === 1 ? 's' : ''} these claims` : 'it admits these claims'}. Remove them.`
      )
      break
    default:
      out.push(
        `✗ ${file} (${kind}) is invalid (${problems === 1 ? '1 problem' : `${problems} problems`}): the server refuses the whole file (unable to ${explained.verdict === 'unparseable' ? 'parse' : 'compile'} trust policy)${mismatches ? `; once it is fixed, ${fields(mismatches)} would still refuse these claims` : ''}.`
      )
  }
  const { findings, warnings } = explained
  out.push(...findings.slice(0, MAX_LISTED).flatMap(f => findingLines(f).map(l => '  ' + l)))
  out.push(...more(findings.length, 'findings'))
  out.push(...warnings.slice(0, MAX_LISTED).map(p => '  ' + sanitize(problemLine(p), 1000)))
  out.push(...more(warnings.length, 'warnings'))
  if (explained.legacy) out.push(sanitize(legacyVerdictLine(explained.legacy), 2000))

  const parsed = parsePolicy(text, { isOrgPolicy })
  const policy = parsed.policy ?? parsed.partial
  const claimNames = Object.keys(policy?.claim_pattern ?? {})
  if (policy && explained.verdict !== 'allow') {
    const { sub, claims: all } = decoded.token
    const ids = idsFromClaims(Object.fromEntries(all))
    const other = namesOtherForm(policy, sub, ids, subjectPatternTest)
    if (other) out.push(...otherFormProse(other, codeValue(policyArg)).map(l => sanitize(l, 2000)))
  }
  out.push('', 'Claims that decide a match:')
  out.push(...claimLines(decidingClaims(claims.display, claimNames)).map(l => '  ' + l))

  if (explained.verdict === 'deny' && scope !== undefined) {
    const aud = audiences(claims.payload)
    const audience = aud.includes(domain) || aud.length === 0 ? domain : (aud[0] as string)
    const s = suggestPolicy(claims.display, { scope, identity, domain, audience, orgPolicyRepo })
    out.push('', `A trust policy that admits exactly these claims: ${s.path} in ${s.repo}`)
    out.push(...s.yaml.split('\n').map(l => '  ' + l))
    out.push(...s.warnings.map(w => sanitize(`Warning: ${w}`, 2000)))
  }
  io.stdout(out.join('\n') + '\n')
  return explained.verdict === 'allow'
    ? EXIT.ok
    : explained.verdict === 'deny'
      ? EXIT.failed
      : EXIT.usage
}
