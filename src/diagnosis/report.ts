// The diagnosis a user reads when there is no token (or in a dry run): the local policy's
// verdict field by field, the claims that decide a match, and a policy that would admit this
// workflow, for the log (plain lines and collapsed groups) and the job summary. Decided in
// verdict.ts, rendered by verdict-log.ts and verdict-markdown.ts; this module reads the
// workspace (local-check.ts) and puts them together. Bundled with main (imported statically)
// but run only on the failure and dry-run paths; the policy engine is loaded on demand. It
// never sees the minted token, and of the OIDC token only its claims and payload.
import type { Env } from '../env.js'
import type { ActionError } from '../errors.js'
import {
  checkLocalAllowlist,
  checkLocalPolicy,
  loadPolicyEngine,
  readCheckout
} from './local-check.js'
import type { CheckDeps, LocalCheck } from './local-check.js'
import { subjectMismatch } from './subject-note.js'
import { idsFromClaims, namesOtherForm } from '../policy/subject-form.js'
import type { OtherForm, PatternTest } from '../policy/subject-form.js'
import { ALLOWLIST_KINDS, LOCAL_KINDS, dryRunVerdict, failureVerdict } from './verdict.js'
import type { FailureReportInput, IdToken, Parts } from './verdict.js'
import { dryRunLog, failureLog } from './verdict-log.js'
import type { LogReport } from './verdict-log.js'
import { dryRunMarkdown, failureMarkdown } from './verdict-markdown.js'

export { KIND_TITLE, TIME_LIMIT_CUT_SHORT, TIME_LIMIT_SKIPPED } from './verdict.js'
export type { FailureReportInput, IdToken } from './verdict.js'

export interface Report extends LogReport {
  /** Markdown for the job summary. */
  summary: string
}

export function failureReport(input: FailureReportInput): Report {
  const verdict = failureVerdict(input)
  return { ...failureLog(verdict), summary: failureMarkdown(verdict) }
}

export function dryRunReport(input: Parts & { ctx: NonNullable<Parts['ctx']> }): Report {
  const verdict = dryRunVerdict(input)
  return { ...dryRunLog(verdict), summary: dryRunMarkdown(verdict) }
}

/** The failure's report, with the local policy checked when it can help: no runner needed. */
export async function diagnoseFailure(
  env: Env,
  error: ActionError,
  ctx?: Parts['ctx'],
  token?: IdToken,
  deps: CheckDeps = {}
): Promise<Report> {
  const claims = token?.claims
  const check =
    ctx && token && LOCAL_KINDS.has(error.kind)
      ? await checkLocalPolicy(env, ctx, token.payload, deps)
      : undefined
  const allowlist =
    ctx && token && ALLOWLIST_KINDS.has(error.kind)
      ? await checkLocalAllowlist(env, ctx, token.payload, deps)
      : undefined
  const checkout = readCheckout(env, deps.readFile)
  const otherForm = await serverOtherForm(error, claims, check, deps)
  return failureReport({
    error,
    ctx,
    claims,
    check,
    checkout,
    ...(allowlist ? { allowlist } : {}),
    ...(otherForm ? { otherForm } : {})
  })
}

/**
 * Whether the server's subject mismatch names the other form of the token's subject, when no
 * workspace copy said so. A `subject_pattern` needs the engine; a `subject` does not.
 */
async function serverOtherForm(
  error: ActionError,
  claims: Record<string, unknown> | undefined,
  check: LocalCheck | undefined,
  deps: CheckDeps
): Promise<OtherForm | undefined> {
  if (error.kind !== 'policy-mismatch' || !claims) return undefined
  if (check?.status === 'checked' && check.otherForm) return undefined
  const said = subjectMismatch(error.details.serverMessage)
  if (!said) return undefined
  let test: PatternTest = () => false
  if ('subject_pattern' in said.policy) {
    if (deps.deadline !== undefined && (deps.now ?? Date.now)() >= deps.deadline) return undefined
    try {
      test = (await (deps.loadEngine ?? loadPolicyEngine)()).subjectPatternTest
    } catch {
      return undefined
    }
  }
  return namesOtherForm(said.policy, said.sub, idsFromClaims(claims), test)
}

/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
export async function diagnoseDryRun(
  env: Env,
  ctx: NonNullable<Parts['ctx']>,
  token: IdToken | undefined,
  deps: CheckDeps = {}
): Promise<Report> {
  const claims = token?.claims
  const check = token ? await checkLocalPolicy(env, ctx, token.payload, deps) : undefined
  return dryRunReport({ ctx, claims, check, checkout: readCheckout(env, deps.readFile) })
}
