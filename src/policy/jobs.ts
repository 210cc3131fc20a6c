// What the policy engine is asked to do, as plain data in and out: the work that can meet an
// expensive pattern, run by src/policy/sandbox.ts in a worker with a deadline and a memory
// bound (or in this thread, in the unit tests). Each job is one consumer's whole use of the
// engine for one file, so a file that costs too much stops at one place.
import { lintAllowlist, nearestEntry, parseAllowlist, permitsIssuer } from './allowlist.js'
import type { AllowlistEntry } from './allowlist.js'
import { explainPolicy } from './check.js'
import type { Explanation, TokenInput } from './check.js'
import { TooCostly } from './cost.js'
import { lintPolicy } from './lint.js'
import type { LintOptions } from './lint.js'
import { parsePolicy } from './parse.js'
import type { ParseOptions } from './parse.js'
import { lintInRepository } from './pull-request-write.js'
import type { PullRequestContext } from './pull-request-write.js'
import { idsFromClaims, namesOtherForm } from './subject-form.js'
import type { OtherForm } from './subject-form.js'
import { subjectPatternTest } from './subject-match.js'
import { decodeToken } from './token.js'
import type { Problem } from './types.js'

export interface PolicyExplained {
  explained: Explanation
  /** The claims the policy's `claim_pattern` names. */
  claimNames: string[]
  /** The permissions the policy asks for, as written (string levels only). */
  permissions: Record<string, string>
  /** When it refuses: the policy's subject names the other form of the token's. */
  otherForm?: OtherForm
}

export interface AllowlistExplained {
  /** The file is valid (the server would use it). */
  valid: boolean
  admitted: boolean
  listed: boolean
  mode: 'enforce' | 'audit'
  errors: Problem[]
  issuers: number
  patterns: number
  by?: AllowlistEntry
  nearest?: AllowlistEntry & { why: string }
}

/** The most tokens one explainTokens job decides (every way one step can run, in both forms). */
export const MAX_TOKENS_PER_JOB = 64

export const JOBS = {
  /** A policy against a token: the verdict field by field, and what the policy names. */
  explainPolicy(
    text: string,
    payload: TokenInput,
    domain: string,
    options: ParseOptions
  ): PolicyExplained {
    const explained = explainPolicy(text, payload, domain, options)
    const parsed = parsePolicy(text, options)
    const policy = parsed.policy ?? parsed.partial
    const permissions: Record<string, string> = {}
    for (const [name, level] of Object.entries(policy?.permissions ?? {})) {
      if (typeof level === 'string') permissions[name] = level
    }
    const token = explained.verdict === 'allow' ? undefined : decodeToken(payload)
    const otherForm =
      policy && token?.ok
        ? JOBS.otherForm(policy, token.token.sub, Object.fromEntries(token.token.claims))
        : undefined
    return {
      explained,
      claimNames: Object.keys(policy?.claim_pattern ?? {}),
      permissions,
      ...(otherForm ? { otherForm } : {})
    }
  },
  /**
   * One policy against several tokens (the validator's predicted tokens of one workflow step):
   * one job, so a costly file stops at one place, and each token explained as explainPolicy
   * explains it. At most MAX_TOKENS_PER_JOB tokens; the caller bounds what it asks.
   */
  explainTokens(
    text: string,
    payloads: readonly TokenInput[],
    domain: string,
    options: ParseOptions
  ): PolicyExplained[] {
    return payloads
      .slice(0, MAX_TOKENS_PER_JOB)
      .map(payload => JOBS.explainPolicy(text, payload, domain, options))
  },
  /** Whether a refused subject is the other form of what `policy` names (subject-form.ts). */
  otherForm: (
    policy: { subject?: string; subject_pattern?: string },
    sub: string,
    claims: Record<string, unknown>
  ): OtherForm | undefined =>
    namesOtherForm(policy, sub, idsFromClaims(claims), subjectPatternTest),
  /** The org issuer allowlist against a token's issuer. */
  explainAllowlist(text: string, issuer: string): AllowlistExplained {
    const parsed = parseAllowlist(text)
    const list = parsed.allowlist ?? parsed.partial
    const permit = permitsIssuer(list, issuer)
    const nearest = permit.listed ? undefined : nearestEntry(list, issuer)
    return {
      valid: parsed.allowlist !== undefined,
      admitted: permit.admitted,
      listed: permit.listed,
      mode: list.mode,
      errors: parsed.errors,
      issuers: list.issuers.length,
      patterns: list.patterns.length,
      ...(permit.by ? { by: permit.by } : {}),
      ...(nearest ? { nearest: { ...nearest.entry, why: nearest.why } } : {})
    }
  },
  lintPolicy: (text: string, options: LintOptions): Problem[] => lintPolicy(text, options),
  /** lintPolicy for a policy of a known repository: also a write token for its pull requests. */
  lintPolicyInRepository: (
    text: string,
    options: LintOptions,
    context: PullRequestContext
  ): Problem[] => lintInRepository(text, options, context),
  lintAllowlist: (text: string): Problem[] => lintAllowlist(text)
}

export type Jobs = typeof JOBS
export type JobName = keyof Jobs

/**
 * Why a file is too costly to check here: the deadline came first, the engine ran out of its
 * memory, or a pattern is larger than this engine builds although Go builds it.
 */
export type Costly = 'time' | 'memory' | 'size'

/** Why a job has no result: it cost too much (`costly`), or the engine failed (a bug). */
export type JobOutcome<T> =
  | { ok: true; value: T }
  | { ok: false; costly: Costly; why?: undefined }
  | { ok: false; costly?: undefined; why: string }

/** Runs a job here and now; an expensive pattern the engine refuses to build is `size`. */
export function runJob<N extends JobName>(
  name: N,
  args: Parameters<Jobs[N]>
): JobOutcome<ReturnType<Jobs[N]>> {
  try {
    const job = JOBS[name] as (...a: Parameters<Jobs[N]>) => ReturnType<Jobs[N]>
    return { ok: true, value: job(...args) }
  } catch (e) {
    if (e instanceof TooCostly) return { ok: false, costly: 'size' }
    return { ok: false, why: String((e as Error)?.message ?? e) }
  }
}
