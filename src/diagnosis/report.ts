// The diagnosis a user reads when there is no token (or in a dry run): the local policy's
// verdict field by field, the claims that decide a match, and a policy that would admit this
// workflow, for the log (plain lines and collapsed groups) and the job summary. Decided in
// verdict.ts, rendered by verdict-log.ts and verdict-markdown.ts; this module reads the
// workspace (local-check.ts) and puts them together. Bundled with main (imported statically)
// but run only on the failure and dry-run paths; the policy engine is loaded on demand. It
// never sees the minted token, and of the OIDC token only its claims and payload.
import type { Env } from '../env.js'
import type { ActionError } from '../errors.js'
import { checkLocalAllowlist, checkLocalPolicy, readCheckout } from './local-check.js'
import type { CheckDeps } from './local-check.js'
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
  return failureReport({ error, ctx, claims, check, checkout, ...(allowlist ? { allowlist } : {}) })
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
