// A diagnosis written where the runner shows it: plain log lines, collapsed groups, job summary.
import { diagnoseDryRun, diagnoseFailure } from '../diagnosis/report.js'
import type { IdToken, Report } from '../diagnosis/report.js'
import type { CheckDeps } from '../diagnosis/local-check.js'
import type { Env } from '../env.js'
import type { ActionError } from '../errors.js'
import type { ExchangeContext } from '../sts/request.js'
import type { Runner } from './runner.js'

export function writeReport(runner: Runner, report: Report): void | Promise<void> {
  for (const line of report.info) runner.info(line)
  for (const g of report.groups) runner.group(g.title, g.lines)
  return runner.appendSummary(report.summary)
}

/** Checks the local policy when it can help with this failure, then writes the report. */
export async function reportFailure(
  runner: Runner,
  env: Env,
  error: ActionError,
  ctx?: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo' | 'domain' | 'audience'>,
  token?: IdToken,
  deps: CheckDeps = {}
): Promise<void> {
  await writeReport(runner, await diagnoseFailure(env, error, ctx, token, deps))
}

/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
export async function reportDryRun(
  runner: Runner,
  env: Env,
  ctx: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo' | 'domain' | 'audience'>,
  token: IdToken | undefined,
  deps: CheckDeps = {}
): Promise<Report> {
  const report = await diagnoseDryRun(env, ctx, token, deps)
  await writeReport(runner, report)
  return report
}
