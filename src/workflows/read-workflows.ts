// The one entry point of the workflow reader: every workflow file of a repository
// (`*.yml`, `*.yaml` in its workflows folder) → the Octo STS steps in them and every way each
// can run (src/workflows/model.ts). Files are read through the workspace's reader (size-capped,
// links kept inside); what cannot be known is a Notice, never a guess.
import { ACTION_NAMES, findActionSteps } from './action-steps.js'
import { Placements } from './callers.js'
import type { Workflow } from './callers.js'
import type {
  ActionStep,
  Notice,
  Presentation,
  RepositoryContext,
  StepPlan,
  WorkflowsReport
} from './model.js'
import { jobEnvironment, present } from './presentations.js'
import { readTriggers } from './triggers.js'
import { entry, readWorkflowFile, scalar, shownText } from './workflow-file.js'

/** Workflow files read; a repository with more is cut here, and says so. */
export const MAX_FILES = 500
/** Octo STS steps checked in one repository. */
export const MAX_STEPS_TOTAL = 1000
/** Characters of one workflow file, whatever the reader allows. */
export const MAX_WORKFLOW_CHARS = 1024 * 1024

/**
 * The files of the repository, as src/validation/policy-files.ts's `PolicyFiles` reads them
 * (the workspace's size-capped, link-refusing reader); paths are `root`-joined.
 */
export interface WorkflowFiles {
  list(dir: string): string[]
  kind(path: string): 'file' | 'dir' | 'other' | 'outside'
  read(path: string): string
}

const join = (root: string, rel: string): string =>
  rel === '' ? root : root === '' || root === '.' ? rel : `${root.replace(/\/+$/, '')}/${rel}`

const why = (e: unknown): string => shownText(e instanceof Error ? e.message : String(e), 200)

/**
 * Reads the workflows in `dir` (relative to the repository root `root`, `/`-separated) of the
 * repository `repo`. Never throws for what the files hold.
 */
export function readWorkflows(
  files: WorkflowFiles,
  dir: string,
  repo: RepositoryContext,
  root = '.'
): WorkflowsReport {
  const notices: Notice[] = []
  const folder = dir.replace(/^\.\/+/, '').replace(/\/+$/, '')
  let names: string[]
  try {
    names = files.list(join(root, folder)).filter(n => /\.ya?ml$/.test(n))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const absent = code === 'ENOENT' || code === 'ENOTDIR'
    notices.push({
      file: folder,
      message: absent
        ? `there is no folder ${shownText(folder, 300)}, so no workflow was checked.`
        : `${shownText(folder, 300)} could not be read (${why(e)}), so no workflow was checked.`
    })
    return { plans: [], notices, files: 0 }
  }
  names.sort()
  if (names.length > MAX_FILES) {
    notices.push({
      file: folder,
      message: `${shownText(folder, 300)} holds ${names.length} workflow files; only the first ${MAX_FILES} were read.`
    })
  }
  const workflows = new Map<string, Workflow>()
  for (const name of names.slice(0, MAX_FILES)) {
    const file = join(folder, name)
    const w = readOne(files, file, join(root, file), notices)
    if (w) workflows.set(file, w)
  }
  const local = localActions(files, root)
  const placements = new Placements(workflows, repo, notices)
  const plans: StepPlan[] = []
  for (const w of workflows.values()) {
    const found = findActionSteps(w.root, w.file, repo, local)
    for (const p of found.problems) {
      notices.push({ file: w.file, at: p.at, message: `${shownText(w.file, 300)}: ${p.message}` })
    }
    for (const job of found.jobs) {
      const env = jobEnvironment(job.node, repo)
      for (const step of job.steps) {
        if (plans.length >= MAX_STEPS_TOTAL) {
          notices.push({
            file: w.file,
            at: step.at,
            message: `more than ${MAX_STEPS_TOTAL} Octo STS steps: this one and the rest were not checked.`
          })
          return report(plans, notices, workflows.size)
        }
        skippedInputs(step, notices)
        let presentations: Presentation[] = []
        if (env.kind === 'unknown') {
          notices.push({
            file: w.file,
            at: step.at,
            message: `${stepName(step)}: ${env.reason}; the subject it presents depends on it, so it was not checked.`
          })
        } else {
          presentations = placements.of(w.file).map(p => present(p, w.file, env, repo))
        }
        plans.push({ step, presentations })
      }
    }
  }
  return report(plans, notices, workflows.size)
}

function report(plans: StepPlan[], notices: Notice[], files: number): WorkflowsReport {
  const seen = new Set<string>()
  const once = notices.filter(n => {
    const key = `${n.file}\n${n.at?.line ?? ''}:${n.at?.column ?? ''}\n${n.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  return { plans, notices: once, files }
}

/** A step in words, for notices: where it is and what it is called. */
export const stepName = (step: ActionStep): string =>
  `${shownText(step.file, 300)} job ${step.job}, step \`${step.label}\``

/** One notice for a step whose scope, identity, domain or audience the files cannot tell. */
function skippedInputs(step: ActionStep, notices: Notice[]): void {
  const unknown = (['scope', 'identity', 'domain', 'audience'] as const).flatMap(name => {
    const v = step[name]
    return v.kind === 'unknown' ? [`\`${name}\` is \`${shownText(v.text)}\`, ${v.why}`] : []
  })
  if (unknown.length === 0) return
  notices.push({
    file: step.file,
    at: step.at,
    message: `${stepName(step)}: ${unknown.join('; ')}, which the files cannot tell, so its policy cannot be checked here.`
  })
}

function readOne(
  files: WorkflowFiles,
  file: string,
  path: string,
  notices: Notice[]
): Workflow | undefined {
  const fail = (reason: string): undefined =>
    void notices.push({
      file,
      message: `${shownText(file, 300)} was not read (${reason}), so its steps were not checked.`
    })
  const kind = files.kind(path)
  if (kind !== 'file') {
    return fail(
      kind === 'outside'
        ? 'it is a link to outside the workspace'
        : kind === 'dir'
          ? 'it is a directory'
          : 'it is not a regular file'
    )
  }
  let text: string
  try {
    text = files.read(path)
  } catch (e) {
    return fail(why(e))
  }
  if (text.length > MAX_WORKFLOW_CHARS) {
    return fail(`larger than ${MAX_WORKFLOW_CHARS / 1024} KiB`)
  }
  const read = readWorkflowFile(text, file)
  if (!read.ok) {
    notices.push(read.notice)
    return undefined
  }
  return { file, root: read.root, triggers: readTriggers(read.root) }
}

/** Which client each local action folder is, from its action.yml's `name:` (read once). */
function localActions(
  files: WorkflowFiles,
  root: string
): (folder: string) => ActionStep['client'] | undefined {
  const cache = new Map<string, ActionStep['client'] | undefined>()
  return folder => {
    if (cache.has(folder)) return cache.get(folder)
    let client: ActionStep['client'] | undefined
    for (const name of ['action.yml', 'action.yaml']) {
      const path = join(root, join(folder, name))
      if (files.kind(path) !== 'file') continue
      try {
        const read = readWorkflowFile(files.read(path), join(folder, name))
        const title = read.ok ? scalar(entry(read.root, 'name')) : undefined
        client =
          title !== undefined && Object.hasOwn(ACTION_NAMES, title)
            ? ACTION_NAMES[title]
            : undefined
      } catch {
        client = undefined
      }
      break
    }
    cache.set(folder, client)
    return client
  }
}
