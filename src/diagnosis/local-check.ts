// Explains a denial against the real policy: when the policy lives in the workflow's own
// repository and a copy is checked out in GITHUB_WORKSPACE, evaluate it against the token's
// claims with the server's semantics and report every field that fails, not just the first.
// The policy engine (yaml + RE2) is loaded only here, on the failure and dry-run paths, and runs
// in the sandbox (src/policy/sandbox.ts): bounded by the step's deadline and in memory.
import { join } from 'node:path'
import {
  ALLOWLIST_PATH,
  isOrgPolicyRepo,
  orgRepo,
  policyLocation,
  scopeOwner
} from '../sts/request.js'
import type { ExchangeContext } from '../sts/request.js'
import type { Env } from '../env.js'
import { decodeToken } from '../policy/token.js'
import type { OtherForm } from '../policy/subject-form.js'
import type { Finding, Problem } from '../policy/types.js'
import { inThreadSandbox } from '../policy/sandbox.js'
import type { JobName, JobOutcome, Sandbox } from '../policy/sandbox.js'
import type { LegacyVerdict } from '../policy/anchoring.js'
import { MAX_POLICY_BYTES, readSmallFile, workspaceRoot } from '../workspace.js'

export type { Finding, Problem } from '../policy/types.js'

/** Why a check has no verdict although the file was read: it cost too much here. */
export type Costly = 'time' | 'memory' | 'size'

/** Where the run stands, for "the server reads the default branch, you checked out …". */
export interface Checkout {
  /** GITHUB_REF, e.g. `refs/heads/feature`. */
  ref?: string
  /** The repository's default branch, from the event payload when it says. */
  defaultBranch?: string
}

export type LocalCheck =
  /** The policy is read from another repository: nothing here to evaluate. */
  | { status: 'elsewhere'; policyRepo: string; workflowRepo?: string }
  /** The policy repository is this one, but no copy is in the workspace. */
  | { status: 'absent'; path: string; workspace: string }
  | { status: 'unreadable'; path: string; why: string }
  /** The engine could not be loaded or threw: a bug, reported but never fatal. */
  | { status: 'failed'; path: string; why: string }
  /** The step's time limit was reached before the check could be made. */
  | { status: 'skipped'; path: string }
  /** The file needs more time or memory than the step allows: too costly to check here. */
  | { status: 'costly'; path: string; costly: Costly }
  | {
      status: 'checked'
      path: string
      /** What the server would do with this copy: refuse to parse or compile it, deny, allow. */
      verdict: 'unparseable' | 'uncompilable' | 'misread' | 'deny' | 'allow'
      /** The file's problems first (unknown keys, bad regex…), then every field that refuses the token. */
      findings: Finding[]
      /** What the server accepts but the author probably did not mean. */
      warnings: Problem[]
      /** How servers released before 2026-09 decide, when that differs from today's. */
      legacy?: LegacyVerdict
      /** Claims the policy's `claim_pattern` names. */
      claimNames: string[]
      /** The permissions the policy asks for, as written. */
      permissions: Record<string, string>
      /** The policy's subject names the other form of the token's (subject-form.ts). */
      otherForm?: OtherForm
    }

export interface CheckDeps {
  /** Where the engine runs (default: this thread, unbounded; the entries pass a worker). */
  sandbox?: Sandbox
  /** src/workspace.ts `readSmallFile`: with `workspace`, refuses a link that leaves it. */
  readFile?: (path: string, maxBytes: number, workspace?: string) => string | undefined
  /**
   * When the step's time limit (`timeout-seconds`) runs out, on the `now` clock (which must be
   * Date.now's for a worker sandbox). No stage starts after it, and the engine is stopped at it.
   */
  deadline?: number
  now?: () => number
  /**
   * A policy file named by the user (the command line's `--policy`): checked instead of the
   * workspace copy, wherever the workflow runs. Read with `readFile`, size-capped.
   */
  policyFile?: string
}

/** GITHUB_REF and the default branch from the event payload (best effort, never throws). */
export function readCheckout(env: Env, readFile = readSmallFile): Checkout {
  const out: Checkout = {}
  if (env.GITHUB_REF) out.ref = env.GITHUB_REF
  try {
    const text = env.GITHUB_EVENT_PATH ? readFile(env.GITHUB_EVENT_PATH, 8 << 20) : undefined
    const branch = (JSON.parse(text ?? 'null') as { repository?: { default_branch?: unknown } })
      ?.repository?.default_branch
    if (typeof branch === 'string' && branch) out.defaultBranch = branch
  } catch {
    // no payload, or not JSON: the default branch stays unnamed
  }
  return out
}

const sameRepo = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase()

/** The step's time limit was reached: no stage starts after it. */
const late = (deps: CheckDeps): boolean =>
  deps.deadline !== undefined && (deps.now ?? Date.now)() >= deps.deadline

/** How far the workspace copy of `path` in `policyRepo` gets before the engine looks at it. */
type WorkspaceCopy =
  | { status: 'elsewhere'; workflowRepo?: string }
  | { status: 'skipped' }
  | { status: 'unreadable'; why: string }
  | { status: 'absent'; workspace: string }
  | { status: 'read'; text: string }

/** The workspace copy, when the workflow runs in `policyRepo` and there is time to read it. */
function readWorkspaceCopy(
  env: Env,
  policyRepo: string,
  path: string,
  deps: CheckDeps
): WorkspaceCopy {
  const workflowRepo = env.GITHUB_REPOSITORY
  const workspace = workspaceRoot(env)
  if (!workflowRepo || !sameRepo(workflowRepo, policyRepo) || !workspace)
    return { status: 'elsewhere', ...(workflowRepo ? { workflowRepo } : {}) }
  if (late(deps)) return { status: 'skipped' }
  let text: string | undefined
  try {
    text = (deps.readFile ?? readSmallFile)(join(workspace, path), MAX_POLICY_BYTES, workspace)
  } catch (e) {
    return { status: 'unreadable', why: String((e as Error)?.message ?? e) }
  }
  return text === undefined ? { status: 'absent', workspace } : { status: 'read', text }
}

/** The file the user named, in place of the workspace copy. */
function readNamedCopy(file: string, deps: CheckDeps): WorkspaceCopy {
  if (late(deps)) return { status: 'skipped' }
  try {
    const text = (deps.readFile ?? readSmallFile)(file, MAX_POLICY_BYTES)
    return text === undefined ? { status: 'absent', workspace: file } : { status: 'read', text }
  } catch (e) {
    return { status: 'unreadable', why: String((e as Error)?.message ?? e) }
  }
}

/** Evaluates the workspace copy of the policy the exchange used, when there is one. */
export async function checkLocalPolicy(
  env: Env,
  ctx: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo' | 'domain'>,
  /** The token's payload text, as the server decodes it (src/policy/token.ts `jwtPayload`). */
  payload: string,
  deps: CheckDeps = {}
): Promise<LocalCheck> {
  const { repo, path } = policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo)
  const copy =
    deps.policyFile === undefined
      ? readWorkspaceCopy(env, repo, path, deps)
      : readNamedCopy(deps.policyFile, deps)
  if (copy.status === 'elsewhere') return { ...copy, policyRepo: repo }
  if (copy.status !== 'read') return { ...copy, path }
  const { text } = copy
  if (late(deps)) return { status: 'skipped', path }
  const options = { isOrgPolicy: isOrgPolicyRepo(repo, ctx.orgPolicyRepo) }
  const outcome = await runBounded(deps, 'explainPolicy', [text, payload, ctx.domain, options])
  if (!outcome.ok) return notChecked(outcome, path)
  const { explained, claimNames, permissions } = outcome.value
  return {
    status: 'checked',
    path,
    verdict: explained.verdict,
    findings: explained.findings,
    warnings: explained.warnings,
    ...(explained.legacy ? { legacy: explained.legacy } : {}),
    claimNames,
    permissions
  }
}

/** A job in the sandbox, to the deadline; an engine that cannot even start is a failure. */
export async function runBounded<N extends JobName>(
  deps: CheckDeps,
  name: N,
  args: Parameters<Sandbox['run']>[1] & Parameters<(typeof import('../policy/jobs.js').JOBS)[N]>
): Promise<JobOutcome<ReturnType<(typeof import('../policy/jobs.js').JOBS)[N]>>> {
  try {
    return await (deps.sandbox ?? inThreadSandbox).run(name, args, deps.deadline)
  } catch (e) {
    return { ok: false, why: String((e as Error)?.message ?? e) }
  }
}

/** A job without a result: too costly to check here, or an engine failure (a bug). */
const notChecked = (
  outcome: Exclude<JobOutcome<unknown>, { ok: true }>,
  path: string
):
  | { status: 'costly'; path: string; costly: Costly }
  | { status: 'failed'; path: string; why: string } =>
  outcome.costly !== undefined
    ? { status: 'costly', path, costly: outcome.costly }
    : { status: 'failed', path, why: outcome.why }

export type AllowlistCheck =
  /** The allowlist lives in the org's policy repository, and this is another one. */
  | { status: 'elsewhere'; policyRepo: string; path: string; issuer: string; workflowRepo?: string }
  | { status: 'absent'; policyRepo: string; path: string; issuer: string }
  | { status: 'unreadable' | 'failed'; policyRepo: string; path: string; why: string }
  /** The step's time limit was reached before the check could be made. */
  | { status: 'skipped'; policyRepo: string; path: string }
  /** The file needs more time or memory than the step allows: too costly to check here. */
  | { status: 'costly'; policyRepo: string; path: string; costly: Costly }
  | {
      status: 'checked'
      policyRepo: string
      path: string
      issuer: string
      /** What this copy does with the token's issuer. */
      verdict: 'invalid' | 'refuses' | 'admits'
      mode: 'enforce' | 'audit'
      errors: Problem[]
      issuers: number
      patterns: number
      /** The entry that permits the issuer. */
      by?: { field: string; value: string; line?: number }
      /** The entry closest to the issuer, when one nearly permits it. */
      nearest?: { field: string; value: string; line?: number; why: string }
    }

/**
 * Evaluates the workspace copy of the org's issuer allowlist against the token's `iss`, when
 * the workflow runs in the org's policy repository (`.github`, where the server reads it).
 */
export async function checkLocalAllowlist(
  env: Env,
  /** The exchange's scope, or the scope and the server's org policy repository. */
  target: string | Pick<ExchangeContext, 'scope' | 'orgPolicyRepo'>,
  /** The token's payload as the server decodes it (see checkLocalPolicy), or its claims. */
  payload: string | Readonly<Record<string, unknown>>,
  deps: CheckDeps = {}
): Promise<AllowlistCheck> {
  const { scope, orgPolicyRepo } = typeof target === 'string' ? { scope: target } : target
  const policyRepo = orgRepo(scopeOwner(scope), orgPolicyRepo)
  const path = ALLOWLIST_PATH
  const decoded = decodeToken(payload)
  const issuer = decoded.ok ? decoded.token.iss : ''
  if (!issuer) {
    const why = decoded.ok ? '' : ` (${decoded.why})`
    return { status: 'failed', policyRepo, path, why: `the token has no string iss claim${why}` }
  }
  const copy = readWorkspaceCopy(env, policyRepo, path, deps)
  if (copy.status === 'elsewhere') return { ...copy, policyRepo, path, issuer }
  if (copy.status === 'absent') return { status: 'absent', policyRepo, path, issuer }
  if (copy.status !== 'read') return { ...copy, policyRepo, path }
  if (late(deps)) return { status: 'skipped', policyRepo, path }
  const outcome = await runBounded(deps, 'explainAllowlist', [copy.text, issuer])
  if (!outcome.ok) return { ...notChecked(outcome, path), policyRepo }
  const a = outcome.value
  return {
    status: 'checked',
    policyRepo,
    path,
    issuer,
    verdict: !a.valid ? 'invalid' : a.admitted ? 'admits' : 'refuses',
    mode: a.mode,
    errors: a.errors,
    issuers: a.issuers,
    patterns: a.patterns,
    ...(a.by ? { by: a.by } : {}),
    ...(a.nearest ? { nearest: a.nearest } : {})
  }
}
