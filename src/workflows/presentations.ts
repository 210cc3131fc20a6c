// What a job presents for each way it runs, in GitHub's default subject format: the job's
// `environment:` wins (`environment:NAME`; the trigger's `ref`, `ref_type` and `event_name`
// stay, and `environment` becomes a claim), then `pull_request` for pull request events, then
// the ref. `job_workflow_ref` is `OWNER/REPO/PATH@REF`, unknown when the ref is.
import { resolveValue } from './expressions.js'
import type { Presentation, RepositoryContext } from './model.js'
import type { Run } from './runs.js'
import { entry, hasControl, scalar, shownText } from './workflow-file.js'
import type { TreeNode } from './workflow-file.js'

/** A run as the job sees it: through which callers, and which file's job it is. */
export interface Placed {
  run: Run
  /** The workflow whose trigger started the run (the `workflow_ref` file). */
  workflowFile: string
  /** The ref that workflow was read at, when known: the run's ref. */
  jobRef?: string
  /** The callers it came through, outermost first, in words. */
  through: string[]
}

export type JobEnvironment =
  | { kind: 'none' }
  | { kind: 'known'; name: string }
  /** `reason`: why the name cannot be known, a clause about the job (its text made inert). */
  | { kind: 'unknown'; reason: string }

/** The job's `environment:` (a name, or `{ name, url }`), resolved as far as the files allow. */
export function jobEnvironment(job: TreeNode, repo: RepositoryContext): JobEnvironment {
  const node = entry(job, 'environment')
  if (node === undefined) return { kind: 'none' }
  const text = node.kind === 'map' ? scalar(entry(node, 'name')) : scalar(node)
  if (text === undefined) {
    return { kind: 'unknown', reason: "its job's `environment:` gives no name (GitHub refuses it)" }
  }
  const shown = `its job's environment is \`${shownText(text)}\``
  const value = resolveValue(text, repo)
  if (value.kind !== 'known') {
    return { kind: 'unknown', reason: `${shown}, ${value.why}, which the files cannot tell` }
  }
  if (value.value === '') return { kind: 'none' }
  if (hasControl(value.value)) {
    return {
      kind: 'unknown',
      reason: `${shown}, a name with control characters (GitHub refuses it)`
    }
  }
  return { kind: 'known', name: value.value }
}

const MAYBE: readonly string[] = ['ref', 'ref_type', 'job_workflow_ref', 'workflow_ref']

/**
 * The presentation of the job in `jobFile` (repository-relative) for one placed run, with the
 * environment it names (known or none).
 */
export function present(
  placed: Placed,
  jobFile: string,
  env: Exclude<JobEnvironment, { kind: 'unknown' }>,
  repo: RepositoryContext
): Presentation {
  const { run } = placed
  const claims: Record<string, string> = { event_name: run.event }
  if (run.ref !== undefined) claims.ref = run.ref
  if (run.refType !== undefined) claims.ref_type = run.refType
  if (env.kind === 'known') claims.environment = env.name
  const prefix = `${repo.owner}/${repo.repo}`
  if (placed.jobRef !== undefined) claims.job_workflow_ref = `${prefix}/${jobFile}@${placed.jobRef}`
  if (run.ref !== undefined) claims.workflow_ref = `${prefix}/${placed.workflowFile}@${run.ref}`
  const context =
    env.kind === 'known'
      ? `environment:${env.name}`
      : run.pullRequest || run.ref === undefined
        ? 'pull_request'
        : `ref:${run.ref}`
  const unknown = MAYBE.filter(c => !(c in claims))
  const through = placed.through.length ? ` through ${placed.through.join(', then ')}` : ''
  return {
    trigger: run.trigger + through,
    // The place is in the file whose trigger it is: only this file's own triggers have one here.
    ...(placed.through.length ? {} : { triggerAt: run.triggerAt }),
    context,
    claims,
    ...(unknown.length ? { unknownClaims: unknown } : {}),
    ...(run.assumed.length ? { assumed: run.assumed.join('; ') } : {})
  }
}
