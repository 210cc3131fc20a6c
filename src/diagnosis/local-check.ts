// Explains a denial against the real policy: when the policy lives in the workflow's own
// repository and a copy is checked out in GITHUB_WORKSPACE, evaluate it against the token's
// claims with the server's semantics and report every field that fails, not just the first.
// The policy engine (yaml + RE2) is loaded only here, on the failure and dry-run paths.
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
import { idsFromClaims, namesOtherForm } from '../policy/subject-form.js'
import type { OtherForm } from '../policy/subject-form.js'
import type { Finding, Problem } from '../policy/types.js'
import type { LegacyVerdict } from '../policy/anchoring.js'
import { MAX_POLICY_BYTES, readSmallFile, workspaceRoot } from '../workspace.js'

export type { Finding, Problem } from '../policy/types.js'

/** What this module uses of the policy engine (src/policy), loaded on demand. */
export type PolicyEngine = Pick<
  typeof import('../policy/index.js'),
  'parsePolicy' | 'explainPolicy' | 'subjectPatternTest'
>

/** The whole engine (both checks' parts), in its own chunk. */
export const loadPolicyEngine = (): Promise<typeof import('../policy/index.js')> =>
  import('../policy/index.js')

/** What the allowlist check uses of the policy engine. */
export type AllowlistEngine = Pick<
  typeof import('../policy/index.js'),
  'parseAllowlist' | 'permitsIssuer' | 'nearestEntry'
>

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
      /** The time limit was reached after the verdict: claim names and permissions were not read. */
      cutShort?: true
      /** The policy's subject names the other form of the token's (subject-form.ts). */
      otherForm?: OtherForm
    }

export interface CheckDeps {
  loadEngine?: () => Promise<PolicyEngine>
  loadAllowlistEngine?: () => Promise<AllowlistEngine>
  /** src/workspace.ts `readSmallFile`: with `workspace`, refuses a link that leaves it. */
  readFile?: (path: string, maxBytes: number, workspace?: string) => string | undefined
  /**
   * When the step's time limit (`timeout-seconds`) runs out, on the `now` clock. No stage of
   * the check starts after it, so a slow one overruns the limit by at most itself.
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
  const skipped: LocalCheck = { status: 'skipped', path }
  try {
    if (late(deps)) return skipped
    const engine = await (deps.loadEngine ?? loadPolicyEngine)()
    if (late(deps)) return skipped
    const options = { isOrgPolicy: isOrgPolicyRepo(repo, ctx.orgPolicyRepo) }
    const explained = engine.explainPolicy(text, payload, ctx.domain, options)
    const check: Extract<LocalCheck, { status: 'checked' }> = {
      status: 'checked',
      path,
      verdict: explained.verdict,
      findings: explained.findings,
      warnings: explained.warnings,
      ...(explained.legacy ? { legacy: explained.legacy } : {}),
      claimNames: [],
      permissions: {}
    }
    // The verdict is what matters; what the policy names (a second parse) can wait for none.
    if (late(deps)) return { ...check, cutShort: true }
    const parsed = engine.parsePolicy(text, options)
    const policy = parsed.policy ?? parsed.partial
    for (const [name, level] of Object.entries(policy?.permissions ?? {})) {
      if (typeof level === 'string') check.permissions[name] = level
    }
    check.claimNames = Object.keys(policy?.claim_pattern ?? {})
    const token = decodeToken(payload)
    if (policy && token.ok && check.verdict !== 'allow') {
      const ids = idsFromClaims(Object.fromEntries(token.token.claims))
      const other = namesOtherForm(policy, token.token.sub, ids, engine.subjectPatternTest)
      if (other) check.otherForm = other
    }
    return check
  } catch (e) {
    return { status: 'failed', path, why: String((e as Error)?.message ?? e) }
  }
}

export type AllowlistCheck =
  /** The allowlist lives in the org's policy repository, and this is another one. */
  | { status: 'elsewhere'; policyRepo: string; path: string; issuer: string; workflowRepo?: string }
  | { status: 'absent'; policyRepo: string; path: string; issuer: string }
  | { status: 'unreadable' | 'failed'; policyRepo: string; path: string; why: string }
  /** The step's time limit was reached before the check could be made. */
  | { status: 'skipped'; policyRepo: string; path: string }
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
  const { text } = copy
  try {
    if (late(deps)) return { status: 'skipped', policyRepo, path }
    const engine = await (deps.loadAllowlistEngine ?? loadPolicyEngine)()
    if (late(deps)) return { status: 'skipped', policyRepo, path }
    const parsed = engine.parseAllowlist(text)
    const list = parsed.allowlist ?? parsed.partial
    const permit = engine.permitsIssuer(list, issuer)
    const nearest = permit.listed ? undefined : engine.nearestEntry(list, issuer)
    return {
      status: 'checked',
      policyRepo,
      path,
      issuer,
      verdict: !parsed.allowlist ? 'invalid' : permit.admitted ? 'admits' : 'refuses',
      mode: list.mode,
      errors: parsed.errors,
      issuers: list.issuers.length,
      patterns: list.patterns.length,
      ...(permit.by ? { by: permit.by } : {}),
      ...(nearest ? { nearest: { ...nearest.entry, why: nearest.why } } : {})
    }
  } catch (e) {
    return { status: 'failed', policyRepo, path, why: String((e as Error)?.message ?? e) }
  }
}
