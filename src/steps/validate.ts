// The validate action: checks every trust policy (`*.sts.yaml`) under a folder of the workspace
// before it reaches the default branch, where the server reads it. The server itself only
// finds out at exchange time (and then only says "unable to parse"); this annotates every
// problem at file:line in the pull request, writes a job summary, and fails on errors.
import { relative } from 'node:path'
import { DEFAULT_ORG_POLICY_REPO, hostsOrgPolicies } from '../sts/request.js'
import { validateOrgPolicyRepo } from '../sts/names.js'
import { parseBoolean } from './inputs.js'
import { parseTimeout } from '../sts/names.js'
import type { Sandbox } from '../policy/sandbox.js'
import { annotate } from './annotate.js'
import type { Runner } from './runner.js'
import type { Env } from '../env.js'
import { sanitize } from '../log/neutralize.js'
import { MAX_LISTED, codeSpan, markdownTable } from '../log/markdown.js'
import { OutsideWorkspaceError, resolveInWorkspace, workspaceRoot } from '../workspace.js'
import {
  DEFAULT_POLICY_PATH,
  POLICY_SUFFIX,
  checkPolicyFolder,
  nodeFiles,
  shown,
  toPosix
} from '../validation/policy-files.js'
import type { FileReport, PolicyFiles } from '../validation/policy-files.js'
import { validateWorkflows } from './validate-workflows.js'
import { actionFacts } from '../workflows/action-facts.js'
import { CUSTOMIZATION_TIMEOUT_MS } from '../workflows/customization.js'
import type { GetJson } from '../workflows/customization.js'

export { DEFAULT_POLICY_PATH, nodeFiles } from '../validation/policy-files.js'
export type { FileReport, PolicyFiles } from '../validation/policy-files.js'

const MAX_MESSAGE = 1000

export interface ValidateDeps {
  runner: Runner
  env: Env
  files?: PolicyFiles
  /** Where the policy engine runs (default: this thread; the entry passes a bounded worker). */
  sandbox?: Sandbox
  /** The clock `timeout-seconds` is measured on (default Date.now, the sandbox's clock). */
  now?: () => number
  /** For GitHub's API (the repository's OIDC settings); without it, nothing is asked. */
  http?: GetJson
}

const noHttp: GetJson = () => Promise.reject(new Error('no HTTP client was given'))

export interface ValidateReport {
  files: FileReport[]
  errors: number
  warnings: number
  failed: boolean
  /** The workflow check's errors and warnings, when it ran. */
  workflows?: { errors: number; warnings: number }
}

function booleanInput(runner: Runner, name: string, fallback: boolean): boolean {
  const raw = runner.getInput(name)
  const b = parseBoolean(raw, fallback)
  if (b !== undefined) return b
  throw new Error(`Input \`${name}\` must be true or false, not "${sanitize(raw, 40)}".`)
}

function orgPoliciesInput(runner: Runner, env: Env): boolean {
  const raw = runner.getInput('org-policies') || 'auto'
  if (raw.toLowerCase() === 'auto') {
    const orgRepo = runner.getInput('org-policy-repository') || DEFAULT_ORG_POLICY_REPO
    const problem = validateOrgPolicyRepo(orgRepo)
    if (problem) throw new Error(`Input \`org-policy-repository\` ${problem}`)
    return hostsOrgPolicies(env.GITHUB_REPOSITORY ?? '', orgRepo)
  }
  const b = parseBoolean(raw, false)
  if (b !== undefined) return b
  throw new Error(`Input \`org-policies\` must be auto, true or false, not "${sanitize(raw, 40)}".`)
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/** Checks the policies and reports through the runner, within `timeout-seconds`; never throws. */
export async function validate({
  runner,
  env,
  files,
  sandbox,
  now = Date.now,
  http = noHttp
}: ValidateDeps): Promise<ValidateReport> {
  const started = now()
  const report: ValidateReport = { files: [], errors: 0, warnings: 0, failed: false }
  const fail = (message: string): ValidateReport => {
    runner.setFailed(message)
    return { ...report, failed: true }
  }
  try {
    // A credential: masked before anything can print it.
    const githubToken = runner.getInput('github-token')
    if (githubToken) runner.setSecret(githubToken)
    const workspace = workspaceRoot(env) ?? process.cwd()
    const input = runner.getInput('path') || DEFAULT_POLICY_PATH
    const isOrgPolicy = orgPoliciesInput(runner, env)
    const orgPolicyRepo = runner.getInput('org-policy-repository') || DEFAULT_ORG_POLICY_REPO
    const failOnWarnings = booleanInput(runner, 'fail-on-warnings', false)
    const timeout = parseTimeout(runner.getInput('timeout-seconds'))
    if (timeout.problem) throw new Error(`Input \`timeout-seconds\` ${timeout.problem}`)
    const engine = {
      deadline: started + timeout.seconds * 1000,
      now,
      ...(sandbox ? { sandbox } : {})
    }
    const dir = resolveInWorkspace(workspace, input)
    if (dir === undefined) {
      return fail(
        `Input \`path\` is "${shown(input)}", which is outside the workspace (${shown(workspace)}): the validator reads only the checked-out repository. Set \`path\` to a folder inside it, e.g. \`${DEFAULT_POLICY_PATH}\`.`
      )
    }
    const shownDir = shown(toPosix(relative(workspace, dir)) || '.')
    const fs = files ?? nodeFiles(workspace)

    let names: string[]
    try {
      names = fs.list(dir)
    } catch (e) {
      if (e instanceof OutsideWorkspaceError) {
        return fail(
          `The policy folder ${shownDir} is a link to outside the workspace: refused, nothing in it was read. The server reads policies only from the repository; make ${shownDir} a real folder.`
        )
      }
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e
      // Nothing checked is not a pass: a mistyped path must not let a pull request through.
      writeSummary(runner, shownDir, isOrgPolicy, report)
      return fail(
        `No policy folder ${shownDir} in the workspace (${shown(workspace)}): nothing was validated. Check out the repository first (actions/checkout), or fix \`path\`.`
      )
    }

    // The repository's facts (GITHUB_REPOSITORY…), for its pull request subject's warning.
    const budget = Math.min(CUSTOMIZATION_TIMEOUT_MS, Math.max(1, engine.deadline - now()))
    const gathered = await actionFacts(name => runner.getInput(name), env, http, budget)
    const { facts } = gathered
    const folder = await checkPolicyFolder(fs, dir, workspace, names, isOrgPolicy, engine, facts)
    const { files: checked, allowlist } = folder
    report.files.push(...checked)

    for (const { file, problems, allowlist: isAllowlist } of report.files) {
      problems.forEach((p, i) => {
        if (p.severity === 'error') report.errors++
        else if (p.severity === 'warning') report.warnings++
        // A hostile file can hold any number of problems: the log gets a bounded share.
        if (i >= MAX_LISTED) return
        annotate(
          runner,
          {
            ...p,
            title: `${isAllowlist ? 'Issuer allowlist' : 'Trust policy'} ${p.severity}${p.field ? `: ${p.field}` : ''}`,
            file
          },
          MAX_MESSAGE
        )
      })
      if (problems.length > MAX_LISTED) {
        runner.info(`${shown(file)}: ${problems.length - MAX_LISTED} more problems, not annotated.`)
      }
      if (problems.every(p => p.severity === 'note')) runner.info(`✓ ${shown(file)}`)
    }
    const policies = report.files.filter(f => f.identity !== '').length
    if (policies === 0 && !allowlist) {
      runner.warning(
        `No *${POLICY_SUFFIX} files in ${shownDir}: nothing to validate. Policies are named {identity}${POLICY_SUFFIX}.`
      )
      report.warnings++
    }
    runner.info(
      `Checked ${policies === 1 ? '1 policy' : `${policies} policies`}${allowlist ? ' and the org issuer allowlist' : ''} in ${shownDir} (${isOrgPolicy ? 'org policies: repositories allowed' : 'repository policies'}): ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}.`
    )
    const flows = await validateWorkflows({
      runner,
      gathered,
      fs,
      workspace,
      policies: report.files,
      orgPolicyRepo,
      engine
    })
    writeSummary(runner, shownDir, isOrgPolicy, report, flows.summary)
    if (flows.failure !== undefined) return fail(flows.failure)
    if (flows.check || flows.warnings) {
      report.workflows = { errors: flows.errors, warnings: flows.warnings }
    }
    // Said after the policies' own count, which is never zero where this is used.
    const inWorkflows = (n: number, what: string): string =>
      n > 0 ? `; and ${count(n, what)} in workflows` : ''
    if (report.errors > 0) {
      return fail(
        `${count(report.errors, 'error')} in trust policies: the server would reject them or they can never admit a token${inWorkflows(flows.errors, 'error')}. See the annotations.`
      )
    }
    if (flows.errors > 0) {
      return fail(
        `${count(flows.errors, 'error')} in workflows: the policies refuse their Octo STS steps every way they run, or a policy is missing. See the annotations at the steps' \`uses:\` lines.`
      )
    }
    if (failOnWarnings && report.warnings + flows.warnings > 0) {
      return fail(
        report.warnings > 0
          ? `${count(report.warnings, 'warning')} in trust policies${inWorkflows(flows.warnings, 'warning')}, and fail-on-warnings is true.`
          : `${count(flows.warnings, 'warning')} in workflows, and fail-on-warnings is true.`
      )
    }
    return report
  } catch (e) {
    return fail(sanitize(e instanceof Error ? e.message : String(e), MAX_MESSAGE))
  }
}

function writeSummary(
  runner: Runner,
  dir: string,
  isOrgPolicy: boolean,
  report: ValidateReport,
  workflows?: string
): void {
  const rows = report.files.map(f => {
    const errors = f.problems.filter(p => p.severity === 'error').length
    const warnings = f.problems.filter(p => p.severity === 'warning').length
    const result = errors ? '❌ errors' : warnings ? '⚠️ warnings' : '✅ ok'
    return [{ md: codeSpan(shown(f.file)) }, result, String(errors), String(warnings)]
  })
  const details = report.files.flatMap(f =>
    f.problems
      .slice(0, MAX_LISTED)
      .map(p => [
        { md: codeSpan(shown(p.line !== undefined ? `${f.file}:${p.line}` : f.file)) },
        p.severity,
        sanitize(p.message, MAX_MESSAGE)
      ])
  )
  const parts = [
    '## Trust policy validation',
    '',
    `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} in ${codeSpan(dir)} (${isOrgPolicy ? 'org policies' : 'repository policies'}).`,
    ''
  ]
  if (rows.length) parts.push(markdownTable(['Policy', 'Result', 'Errors', 'Warnings'], rows), '')
  if (details.length) parts.push(markdownTable(['Where', 'Severity', 'Problem'], details), '')
  parts.push(
    'The server reads policies from the default branch and caches them for up to 5 minutes.'
  )
  if (workflows !== undefined) parts.push('', workflows)
  runner.appendSummary(parts.join('\n'))
}
