// `octo-sts-token validate`'s workflow check: the workflows folder read, the facts from the
// flags, the environment and the git checkout (src/workflows/facts.ts), every Octo STS step
// decided against the policies just validated (src/validation/workflow-check.ts), printed one
// finding a line as `file:line:column: error|warning|note: message`, the facts on stderr.
import { join, relative, resolve } from 'node:path'
import { sanitize } from '../log/neutralize.js'
import { nodeFiles, shown, toPosix } from '../validation/policy-files.js'
import type { EngineRun, FileReport } from '../validation/policy-files.js'
import { checkWorkflows, countLine } from '../validation/workflow-check.js'
import type { WorkflowFinding } from '../validation/workflow-check.js'
import type { FactsResult } from '../workflows/facts.js'
import { predictPresentation } from '../workflows/predicted-token.js'
import { readWorkflows } from '../workflows/read-workflows.js'
import { isWithin } from '../workspace.js'
import type { CliIo } from './io.js'

export const DEFAULT_WORKFLOWS_PATH = '.github/workflows'

const MAX_MESSAGE = 2000

export interface WorkflowsRun {
  /** The folder, as given (or the default). */
  dir: string
  /** Given with --workflows: a folder that is not there, or a repository not known, is an error. */
  explicit: boolean
  /** The repository's facts (cliFacts), gathered once with the flags. */
  gathered: FactsResult
  /** The policies validated, named relative to the current directory. */
  policies: readonly FileReport[]
  orgPolicyRepo?: string
  engine: EngineRun
}

export interface WorkflowsTally {
  errors: number
  warnings: number
}

/** `file:line:column: severity: message`, every part inert. */
export const workflowLine = (f: WorkflowFinding): string =>
  `${shown(f.file)}:${f.line ?? 1}:${f.column ?? 1}: ${f.severity}: ${sanitize(f.message, MAX_MESSAGE)}`

/** Checks the workflows of `run.dir`; prints findings on stdout and the facts on stderr. */
export async function validateWorkflowFolder(
  io: CliIo,
  run: WorkflowsRun
): Promise<WorkflowsTally> {
  const path = resolve(io.cwd, run.dir)
  const folder = isWithin(io.cwd, path) ? toPosix(relative(io.cwd, path)) || '.' : toPosix(run.dir)
  const one = (severity: 'error' | 'warning', message: string): WorkflowsTally => {
    io.stdout(`${shown(folder)}:1:1: ${severity}: ${message}\n`)
    return severity === 'error' ? { errors: 1, warnings: 0 } : { errors: 0, warnings: 1 }
  }
  if (!isWithin(io.cwd, path)) {
    return one(
      'error',
      `${shown(folder)} is outside the current directory: run the command at the repository's root, whose workflows and policies are checked together.`
    )
  }
  const fs = nodeFiles(io.cwd)
  const kind = fs.kind(path)
  if (kind !== 'dir') {
    return one(
      'error',
      kind === 'outside'
        ? `${shown(folder)} is a link to outside ${shown(io.cwd)}: refused, nothing in it was read.`
        : `No workflows folder ${shown(folder)}: no workflow was checked.`
    )
  }
  const { facts, problems } = run.gathered
  if (facts === undefined) {
    const why = problems.map(p => sanitize(p, MAX_MESSAGE)).join(' ')
    return one(
      run.explicit ? 'error' : 'warning',
      `the workflows were not checked: ${why} Or pass --workflows '' to turn the workflow check off.`
    )
  }
  for (const line of facts.said) io.stderr(`${sanitize(line, MAX_MESSAGE)}\n`)
  const check = await checkWorkflows({
    workflows: readWorkflows(fs, folder, facts.repository, io.cwd),
    facts,
    policies: run.policies,
    read: file => fs.read(join(io.cwd, file)),
    exists: file => fs.kind(join(io.cwd, file)) === 'file',
    ...(run.orgPolicyRepo !== undefined ? { orgPolicyRepo: run.orgPolicyRepo } : {}),
    engine: run.engine,
    predict: predictPresentation
  })
  const tally: WorkflowsTally = { errors: 0, warnings: 0 }
  for (const f of check.findings) {
    if (f.severity === 'error') tally.errors++
    else if (f.severity === 'warning') tally.warnings++
    io.stdout(`${workflowLine(f)}\n`)
  }
  io.stderr(`${countLine(check)}\n`)
  return tally
}
