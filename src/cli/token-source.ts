// Where the OIDC token comes from: a flag names the source (a file, a variable, a command),
// or the CI system is recognized from its environment. The token itself is never printed;
// stderr says only which source was used.
import { getIDToken as coreGetIDToken } from '@actions/core'
import { ActionError } from '../errors.js'
import type { Env } from '../env.js'
import { sanitize } from '../log/neutralize.js'
import type { Clock, RetryPolicy } from '../net/retry.js'
import { decodeClaims, isJwt, requestIdToken, requireOidc } from '../sts/oidc.js'
import { decodeToken, jwtPayload } from '../policy/token.js'
import type { GetIdToken } from '../sts/oidc.js'
import { readSmallFile } from '../workspace.js'
import { splitCommand } from './command-line.js'
import type { CliIo } from './io.js'
import { runCommand } from './run-command.js'
import type { RunCommand } from './run-command.js'

/** What the flags asked for; at most one is set. */
export interface TokenSourceFlags {
  file?: string
  env?: string
  command?: string
}

export interface TokenSourceDeps {
  env: Env
  /** src/workspace.ts `readSmallFile`. */
  readFile(path: string, maxBytes: number): string | undefined
  run: RunCommand
  getIDToken: GetIdToken
  policy: RetryPolicy
  clock: Clock
  log(line: string): void
  /** Masks a secret in the job log when this is GitHub Actions (see `masker`); else nothing. */
  mask(secret: string): void
}

/**
 * Inside GitHub Actions (GITHUB_ACTIONS=true) the job log masks what is registered: the OIDC
 * token and the minted token are, before anything is printed. Elsewhere there is no such log.
 */
export const masker =
  (io: CliIo) =>
  (secret: string): void => {
    if (io.env.GITHUB_ACTIONS === 'true' && secret) io.mask?.(secret)
  }

/** The deps from a command's io, with a terminal's defaults: what exchange and check pass. */
export function tokenSourceDeps(io: CliIo, policy: RetryPolicy): TokenSourceDeps {
  return {
    env: io.env,
    readFile: io.readFile ?? readSmallFile,
    run: io.run ?? runCommand,
    getIDToken: io.getIDToken ?? coreGetIDToken,
    policy,
    clock: io.clock,
    log: line => io.stderr(`${sanitize(line, 2000)}\n`),
    mask: masker(io)
  }
}

/** The usage problem when the flags name more than one source. */
export const severalSources = (flags: TokenSourceFlags): string | undefined =>
  Object.values(flags).filter(v => v !== undefined).length > 1
    ? 'give one OIDC token source, not several.'
    : undefined

export interface OidcToken {
  token: string
  /** Which source, for stderr: `the file token.jwt`, `GitHub Actions`… */
  source: string
}

/** JWTs from any issuer are a few KiB; anything bigger is not a token. */
export const MAX_TOKEN_BYTES = 64 * 1024
/** A helper that takes longer than this is not coming back. */
const MAX_COMMAND_MS = 30_000

export const SOURCE_FLAGS = [
  '--oidc-token-file PATH',
  '--oidc-token-env NAME',
  '--oidc-token-command CMD'
]

const inputError = (what: string, fix: string): ActionError => new ActionError('input', what, fix)

/** The value as a token: trimmed, and shaped like a JWT, or an input error naming the source. */
function asToken(raw: string, source: string): OidcToken {
  const token = raw.trim()
  if (!token)
    throw inputError(
      `The OIDC token from ${source} is empty.`,
      'Give a source that holds the token.'
    )
  if (!isJwt(token)) {
    throw inputError(
      `The OIDC token from ${source} is not a JWT (three base64url parts separated by dots); it is not shown.`,
      'Give the raw token (`eyJ…`), not a file of JSON or a header such as `Bearer …`.'
    )
  }
  // Shaped like a JWT is not enough: a payload that is not claims is refused before any request.
  if (!decodeClaims(token)) {
    throw inputError(
      `The OIDC token from ${source} has a JWT's three parts, but ${payloadProblem(token)}; it is not shown.`,
      'Give the OIDC token itself, as its issuer wrote it (`eyJ…`), not a placeholder or a shortened copy.'
    )
  }
  return { token, source }
}

/** What is wrong with a JWT-shaped token that decodeClaims refuses, without showing it. */
function payloadProblem(token: string): string {
  const payload = jwtPayload(token) ?? ''
  const decoded = payload.trim() ? decodeToken(payload) : undefined
  if (!decoded) return 'its middle part (the payload) is empty'
  if (!decoded.ok)
    return `its middle part (the payload) is not a JSON object of claims: ${decoded.why}`
  return 'its middle part (the payload) is JSON `null`, not an object of claims'
}

/** Runs a helper and returns its trimmed stdout, or a clear error with its stderr. */
async function fromCommand(argv: string[], name: string, deps: TokenSourceDeps): Promise<string> {
  const timeoutMs = Math.max(1, Math.min(MAX_COMMAND_MS, deps.policy.deadline - deps.clock.now()))
  const r = await deps.run(argv, { timeoutMs, maxBytes: MAX_TOKEN_BYTES, env: deps.env })
  const cmd = `\`${sanitize(name, 80)}\``
  const fail = (what: string, fix: string): never => {
    throw new ActionError('oidc', what, fix)
  }
  if (r.startError) {
    fail(
      `${cmd} could not be started (${sanitize(r.startError, 80)}).`,
      r.startError === 'ENOENT'
        ? 'Check that it is installed and on PATH.'
        : 'Check that it can be run.'
    )
  }
  if (r.timedOut)
    fail(
      `${cmd} did not finish within ${Math.round(timeoutMs / 1000)}s; it was stopped.`,
      'Check why it hangs, or raise `--timeout-seconds`.'
    )
  if (r.tooLarge)
    fail(
      `${cmd} wrote more than ${MAX_TOKEN_BYTES / 1024} KiB: that is not a token.`,
      'It must print the token only.'
    )
  if (r.code !== 0) {
    const said = sanitize(r.stderr, 500)
    fail(
      `${cmd} failed (${r.code === null ? 'killed by a signal' : `exit status ${r.code}`})${said ? `: ${said}` : ''}.`,
      'Run it by hand to see why; it must print the token on stdout and exit 0.'
    )
  }
  return r.stdout
}

/** The OIDC token from the flags, or from the CI system the environment shows; masked. */
export async function readOidcToken(
  flags: TokenSourceFlags,
  audience: string,
  deps: TokenSourceDeps,
  /** What else the command accepts instead of a token (`--claims FILE`), for the no-source error. */
  alternatives: readonly string[] = []
): Promise<OidcToken> {
  const read = await readUnmasked(flags, audience, deps, alternatives)
  deps.mask(read.token)
  return read
}

async function readUnmasked(
  flags: TokenSourceFlags,
  audience: string,
  deps: TokenSourceDeps,
  alternatives: readonly string[]
): Promise<OidcToken> {
  const { env } = deps
  if (flags.file !== undefined) {
    const source = `the file ${sanitize(flags.file, 200)}`
    let text: string | undefined
    try {
      text = deps.readFile(flags.file, MAX_TOKEN_BYTES)
    } catch (e) {
      throw inputError(
        `Cannot read ${source}: ${sanitize(String((e as Error)?.message ?? e), 200)}.`,
        'Check the path given to `--oidc-token-file`.'
      )
    }
    if (text === undefined)
      throw inputError(
        `${source.replace(/^t/, 'T')} does not exist.`,
        'Check the path given to `--oidc-token-file`.'
      )
    return asToken(text, source)
  }
  if (flags.env !== undefined) {
    const source = `the variable ${sanitize(flags.env, 100)}`
    const value = env[flags.env]
    if (value === undefined)
      throw inputError(
        `${source.replace(/^t/, 'T')} is not set.`,
        'Check the name given to `--oidc-token-env` (the name, not `$NAME`).'
      )
    return asToken(value, source)
  }
  if (flags.command !== undefined) {
    const split = splitCommand(flags.command)
    if ('problem' in split)
      throw inputError(
        `\`--oidc-token-command\` cannot be split into a command: ${split.problem}.`,
        'See `octo-sts-token exchange --help` for the rules, or give a JSON array.'
      )
    return asToken(
      await fromCommand(split.argv, split.argv[0] ?? '', deps),
      `the command ${sanitize(split.argv[0] ?? '', 80)}`
    )
  }
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    requireOidc(env) // the request token goes to that URL: https only
    const token = await requestIdToken(audience, { ...deps, env })
    return asToken(token, 'GitHub Actions (the job’s OIDC token endpoint)')
  }
  if (env.TFC_WORKLOAD_IDENTITY_TOKEN !== undefined)
    return asToken(env.TFC_WORKLOAD_IDENTITY_TOKEN, 'HCP Terraform (TFC_WORKLOAD_IDENTITY_TOKEN)')
  if (env.CIRCLE_OIDC_TOKEN_V2 !== undefined)
    return asToken(env.CIRCLE_OIDC_TOKEN_V2, 'CircleCI (CIRCLE_OIDC_TOKEN_V2)')
  if (env.BUILDKITE_AGENT_ACCESS_TOKEN || env.BUILDKITE) {
    const argv = ['buildkite-agent', 'oidc', 'request-token', '--audience', audience]
    return asToken(
      await fromCommand(argv, 'buildkite-agent oidc request-token', deps),
      'Buildkite (buildkite-agent oidc request-token)'
    )
  }
  const inActions = env.GITHUB_ACTIONS === 'true'
  throw inputError(
    `No OIDC token source was given and none was found in the environment${inActions ? ' (this is GitHub Actions, but the job cannot request an OIDC token: add `permissions: id-token: write`)' : ''}.`,
    `Give one of ${[...alternatives, ...SOURCE_FLAGS].join(', ')}; or run in GitHub Actions (with \`id-token: write\`), HCP Terraform (workload identity), CircleCI or Buildkite, which are detected.`
  )
}
