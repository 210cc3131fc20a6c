// The validate action's workflow check: reads the `workflows` folder and, with the facts beyond
// the files the step gathered (src/workflows/facts.ts), decides every Octo STS step against the policies just
// validated (src/validation/workflow-check.ts), and reports through the runner: an annotation
// at each refused step's `uses:` line, the facts and assumptions as log lines, the count line,
// and a section of the job summary.
import { join, relative } from 'node:path'
import { sanitize } from '../log/neutralize.js'
import { MAX_LISTED, codeSpan, markdownList, markdownProse, notListed } from '../log/markdown.js'
import { resolveInWorkspace } from '../workspace.js'
import { shown, toPosix } from '../validation/policy-files.js'
import type { EngineRun, FileReport, PolicyFiles } from '../validation/policy-files.js'
import { checkWorkflows, countLine } from '../validation/workflow-check.js'
import type { WorkflowCheck, WorkflowFinding } from '../validation/workflow-check.js'
import type { FactsResult } from '../workflows/facts.js'
import { predictPresentation } from '../workflows/predicted-token.js'
import { readWorkflows } from '../workflows/read-workflows.js'
import { annotate } from './annotate.js'
import type { Runner } from './runner.js'

export const DEFAULT_WORKFLOWS_PATH = '.github/workflows'

const MAX_MESSAGE = 2000
/** Workflow findings annotated (and steps listed in the debug log); the rest are counted. */
const MAX_ANNOTATED = MAX_LISTED * 4

export interface WorkflowsDeps {
  runner: Runner
  /** The repository's facts (actionFacts), gathered once by the step. */
  gathered: FactsResult
  fs: PolicyFiles
  workspace: string
  /** The policies as validated, named relative to the workspace. */
  policies: readonly FileReport[]
  orgPolicyRepo: string
  engine: EngineRun
}

export interface WorkflowsOutcome {
  errors: number
  warnings: number
  /** Absent when the check is off or could not run. */
  check?: WorkflowCheck
  /** The job summary's section, when there is one. */
  summary?: string
  /** Why the step must fail before any step was checked (an input that cannot be used). */
  failure?: string
}

const off: WorkflowsOutcome = { errors: 0, warnings: 0 }

/** Checks the workflows the `workflows` input names; never throws for what the files hold. */
export async function validateWorkflows(deps: WorkflowsDeps): Promise<WorkflowsOutcome> {
  const { runner, gathered, fs, workspace, engine } = deps
  const input = runner.getInput('workflows')
  if (input === '') return off
  const dir = resolveInWorkspace(workspace, input)
  if (dir === undefined) {
    return {
      ...off,
      failure: `Input \`workflows\` is "${shown(input)}", which is outside the workspace (${shown(workspace)}): the validator reads only the checked-out repository. Set it to a folder inside it, e.g. \`${DEFAULT_WORKFLOWS_PATH}\`, or empty to turn the workflow check off.`
    }
  }
  const folder = toPosix(relative(workspace, dir)) || '.'
  const kind = fs.kind(dir)
  if (kind !== 'dir') {
    if (input === DEFAULT_WORKFLOWS_PATH && kind !== 'outside') {
      runner.info(`No ${DEFAULT_WORKFLOWS_PATH} folder in the workspace: no workflow to check.`)
      return off
    }
    return {
      ...off,
      failure:
        kind === 'outside'
          ? `The workflows folder ${shown(folder)} is a link to outside the workspace: refused, nothing in it was read.`
          : `No workflows folder ${shown(folder)} in the workspace: no workflow was checked. Fix \`workflows\`, or set it empty to turn the workflow check off.`
    }
  }
  if (gathered.problems.length > 0 && gathered.facts) {
    return { ...off, failure: gathered.problems.map(p => sanitize(p, MAX_MESSAGE)).join(' ') }
  }
  if (!gathered.facts) {
    const why = gathered.problems.map(p => sanitize(p, MAX_MESSAGE)).join(' ')
    runner.warning(`The workflows in ${shown(folder)} were not checked: ${why}`, {
      title: 'Octo STS workflow check'
    })
    return { errors: 0, warnings: 1 }
  }
  const facts = gathered.facts
  const workflows = readWorkflows(fs, folder, facts.repository, workspace)
  const check = await checkWorkflows({
    workflows,
    facts,
    policies: deps.policies,
    read: file => fs.read(join(workspace, file)),
    exists: file => fs.kind(join(workspace, file)) === 'file',
    orgPolicyRepo: deps.orgPolicyRepo,
    engine,
    predict: predictPresentation
  })
  return report(runner, check, folder)
}

/** The log lines, the annotations and the summary section of a check. */
function report(runner: Runner, check: WorkflowCheck, folder: string): WorkflowsOutcome {
  for (const line of check.said) runner.info(sanitize(line, MAX_MESSAGE))
  // With debug logging on, every step and what became of it (an admitted one is not annotated).
  for (const { step, outcome } of check.steps.slice(0, MAX_ANNOTATED)) {
    runner.debug(
      sanitize(
        `workflow check: ${step.file}:${step.at.line}:${step.at.column} job ${step.job}, ${step.label}: ${outcome}`,
        MAX_MESSAGE
      )
    )
  }
  let errors = 0
  let warnings = 0
  check.findings.forEach((f, i) => {
    if (f.severity === 'error') errors++
    else if (f.severity === 'warning') warnings++
    // A hostile repository can hold any number of steps: the log gets a bounded share.
    if (i >= MAX_ANNOTATED) return
    annotate(runner, f, MAX_MESSAGE)
  })
  if (check.findings.length > MAX_ANNOTATED) {
    runner.info(`${check.findings.length - MAX_ANNOTATED} more workflow findings, not annotated.`)
  }
  const counted = countLine(check)
  runner.info(counted)
  return { errors, warnings, check, summary: summary(check, folder, counted) }
}

const where = (f: WorkflowFinding): string =>
  f.line !== undefined ? `${f.file}:${f.line}` : f.file

function summary(check: WorkflowCheck, folder: string, counted: string): string {
  const items = check.findings
    .slice(0, MAX_LISTED)
    .map(f => [
      `${codeSpan(shown(where(f)), false)} **${f.severity}**: ${markdownProse(sanitize(f.message, MAX_MESSAGE))}`
    ])
  const parts = [
    '## Octo STS steps in workflows',
    '',
    `${markdownProse(counted)} (${codeSpan(folder, false)})`,
    ''
  ]
  if (items.length) parts.push(markdownList(items), ...notListed(check.findings, 'findings'), '')
  if (check.said.length) {
    parts.push(
      'What the check knew or assumed:',
      '',
      markdownList(check.said.map(s => [markdownProse(sanitize(s, MAX_MESSAGE))])),
      ''
    )
  }
  parts.push(
    'Each step is decided against its policy in this repository as the server would decide the token its job presents, for every way the job runs; what the files cannot tell is said, never guessed.'
  )
  return parts.join('\n')
}
