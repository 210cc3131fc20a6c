// `octo-sts-token check`: a trust policy against a token's claims, offline, with the server's
// semantics (src/policy): every field that refuses them, the file's own problems, and the
// claims that decide a match. The verdict is the command's result, so it goes to stdout.
import { basename, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { sanitize } from '../log/neutralize.js'
import { MAX_LISTED } from '../log/markdown.js'
import { audiences, explainPolicy, parsePolicy } from '../policy/index.js'
import { decodeToken, jwtPayload } from '../policy/token.js'
import { claimLines, decidingClaims } from '../diagnosis/claims.js'
import { findingLines, problemLine } from '../diagnosis/verdict-log.js'
import { isMismatch } from '../diagnosis/verdict.js'
import { suggestPolicy } from '../diagnosis/suggested-policy.js'
import { decodeClaims } from '../sts/oidc.js'
import { DEFAULT_DOMAIN, isOrgPolicyRepo, policyLocation } from '../sts/request.js'
import { POLICY_SUFFIX, isOrgPolicyPath } from '../validation/policy-files.js'
import { MAX_POLICY_BYTES, readSmallFile } from '../workspace.js'
import { EXIT } from './io.js'
import type { CliIo, Command, ExitCode } from './io.js'

export const CHECK_USAGE = `Usage: octo-sts-token check --policy FILE (--claims FILE | TOKEN SOURCE) [options]

Checks a trust policy against a token's claims offline, the way the Octo STS server would,
and lists every field that refuses them (the server reports only the first).

Claims (one of):
  --claims FILE            a JSON object of claims (a token's decoded payload)
  --oidc-token-file PATH   a file holding the OIDC token (a JWT)
  --oidc-token-env NAME    an environment variable holding the OIDC token
Options:
  --policy FILE            the trust policy ({identity}.sts.yaml)
  --scope S                the exchange's scope: owner/repo, or owner for an org policy
                           (default: an org policy when FILE is in a checkout named .github)
  --domain D               the Octo STS domain, the audience it expects (default ${DEFAULT_DOMAIN})
  -h, --help               show this help

The token's signature and expiry are not checked, and nothing is sent anywhere.
Exit status: 0 the policy admits the claims, 1 it does not, 2 the policy is invalid or a
usage error.
`

/** A claims file or a token file is small; anything larger is not one. */
const MAX_CLAIMS_BYTES = 1 << 20

const shown = (s: string): string => sanitize(s, 300)

class UsageError extends Error {}

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

// TODO(merge): use token-source.ts for --oidc-token-file/--oidc-token-env (and the others).
function readClaims(io: CliIo, values: Record<string, string | boolean | undefined>): Claims {
  const claimsFile = values.claims as string | undefined
  const tokenFile = values['oidc-token-file'] as string | undefined
  const tokenEnv = values['oidc-token-env'] as string | undefined
  const given = [claimsFile, tokenFile, tokenEnv].filter(v => v !== undefined).length
  if (given !== 1) {
    throw new UsageError(
      given === 0
        ? 'give the claims: --claims FILE, --oidc-token-file PATH or --oidc-token-env NAME.'
        : 'give only one of --claims, --oidc-token-file and --oidc-token-env.'
    )
  }
  if (claimsFile !== undefined) {
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
  const jwt =
    tokenFile !== undefined
      ? readFileArg(io, '--oidc-token-file', tokenFile, MAX_CLAIMS_BYTES).trim()
      : (io.env[tokenEnv as string] ?? '').trim()
  const where =
    tokenFile !== undefined
      ? `--oidc-token-file ${shown(tokenFile)}`
      : `--oidc-token-env ${shown(tokenEnv as string)}`
  if (!jwt) throw new UsageError(`${where}: no token there.`)
  const payload = jwtPayload(jwt)
  const display = decodeClaims(jwt)
  // Never echo the token: only where it came from.
  if (payload === undefined || display === undefined) {
    throw new UsageError(`${where}: not a JWT (header.payload.signature, base64url).`)
  }
  return { payload, display }
}

const fields = (n: number): string => (n === 1 ? '1 field' : `${n} fields`)

const more = (n: number, what: string): string[] =>
  n > MAX_LISTED ? [`  … and ${n - MAX_LISTED} more ${what}, not listed.`] : []

export const check: Command = async (args, io): Promise<ExitCode> => {
  let values
  try {
    values = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        policy: { type: 'string' },
        claims: { type: 'string' },
        'oidc-token-file': { type: 'string' },
        'oidc-token-env': { type: 'string' },
        scope: { type: 'string' },
        domain: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (e) {
    io.stderr(`octo-sts-token check: ${shown((e as Error).message)}\n\n${CHECK_USAGE}`)
    return EXIT.usage
  }
  if (values.help) {
    io.stdout(CHECK_USAGE)
    return EXIT.ok
  }
  let text: string
  let claims: Claims
  try {
    if (values.policy === undefined) throw new UsageError('--policy FILE is required.')
    if (values.scope !== undefined && !/^[^/\s]+(\/[^/\s]+)?$/.test(values.scope)) {
      throw new UsageError(`--scope must be owner/repo or owner, not "${shown(values.scope)}".`)
    }
    text = readFileArg(io, '--policy', values.policy, MAX_POLICY_BYTES)
    claims = readClaims(io, values)
  } catch (e) {
    if (!(e instanceof UsageError)) throw e
    io.stderr(
      `octo-sts-token check: ${e.message}\nRun \`octo-sts-token check --help\` for usage.\n`
    )
    return EXIT.usage
  }
  const decoded = decodeToken(claims.payload)
  if (!decoded.ok) {
    io.stderr(
      `octo-sts-token check: the server would refuse these claims before reading any policy (${shown(decoded.reason)}: ${shown(decoded.why)}).\n`
    )
    return EXIT.usage
  }

  const policyPath = resolve(io.cwd, values.policy as string)
  const file = shown(values.policy as string)
  const name = basename(policyPath)
  const identity = name.endsWith(POLICY_SUFFIX) ? name.slice(0, -POLICY_SUFFIX.length) : name
  const domain = values.domain ?? DEFAULT_DOMAIN
  const scope = values.scope
  const isOrgPolicy =
    scope !== undefined
      ? isOrgPolicyRepo(policyLocation(scope, identity).repo)
      : isOrgPolicyPath(policyPath)
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

  const parsed = parsePolicy(text, { isOrgPolicy })
  const claimNames = Object.keys((parsed.policy ?? parsed.partial)?.claim_pattern ?? {})
  out.push('', 'Claims that decide a match:')
  out.push(...claimLines(decidingClaims(claims.display, claimNames)).map(l => '  ' + l))

  if (explained.verdict === 'deny' && scope !== undefined) {
    const aud = audiences(claims.payload)
    const audience = aud.includes(domain) || aud.length === 0 ? domain : (aud[0] as string)
    const s = suggestPolicy(claims.display, { scope, identity, domain, audience })
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
