// Every way a workflow runs, `workflow_call` included: a reusable workflow runs as its callers
// in this repository run (their triggers, their refs), so its jobs are checked through them.
// A caller is a job with `uses: ./.github/workflows/X.yml` or
// `OWNER/REPO/.github/workflows/X.yml@REF` naming this repository. Callers in other
// repositories cannot be seen: with none here, a Notice says so. Cycles and depth are bounded,
// and each workflow's runs are worked out once.
import { localFolder } from './action-steps.js'
import type { Notice, Position, RepositoryContext } from './model.js'
import type { Placed } from './presentations.js'
import { runsOf } from './runs.js'
import type { TriggersRead } from './triggers.js'
import { entry, scalar, shownText } from './workflow-file.js'
import type { TreeNode } from './workflow-file.js'

/** GitHub nests reusable workflows at most ten levels deep. */
export const MAX_CALL_DEPTH = 10
/** Runs worked out per workflow; a step is checked for at most this many. */
export const MAX_RUNS = 64

export interface Workflow {
  /** Repository-relative, `/`-separated. */
  file: string
  root: TreeNode
  triggers: TriggersRead
}

/** A job that calls a workflow of this repository. */
export interface Call {
  callerFile: string
  job: string
  at: Position
  /** `local` (`./…`: the caller's own ref), a ref written after `@`, or undefined (not known). */
  ref: 'local' | string | undefined
}

const FULL_SHA = /^[0-9a-f]{40}$/i

/** Which workflow of this repository a job's `uses:` calls, and at which ref. */
export function calledWorkflow(
  uses: string,
  repo: RepositoryContext
): { file: string; ref: Call['ref'] } | undefined {
  const local = localFolder(uses)
  if (local !== undefined) return { file: local, ref: 'local' }
  const m = /^([^/@]+)\/([^/@]+)\/([^@]+)@(.+)$/.exec(uses)
  if (!m || m[1]?.toLowerCase() !== repo.owner.toLowerCase()) return undefined
  if (m[2]?.toLowerCase() !== repo.repo.toLowerCase()) return undefined
  const ref = m[4] as string
  // `@main` may be a branch or a tag: job_workflow_ref then cannot be written.
  return {
    file: m[3] as string,
    ref: FULL_SHA.test(ref) || ref.startsWith('refs/') ? ref : undefined
  }
}

/** Called file → the jobs that call it. */
export function callIndex(
  workflows: readonly Workflow[],
  repo: RepositoryContext
): Map<string, Call[]> {
  const index = new Map<string, Call[]>()
  for (const w of workflows) {
    const jobs = entry(w.root, 'jobs')
    if (jobs?.kind !== 'map') continue
    for (const { key: job, value } of jobs.entries) {
      const usesKey = value.kind === 'map' ? value.entries.find(e => e.key === 'uses') : undefined
      const uses = scalar(usesKey?.value)
      if (uses === undefined || usesKey === undefined) continue
      const called = calledWorkflow(uses, repo)
      if (!called) continue
      const calls = index.get(called.file) ?? []
      calls.push({ callerFile: w.file, job, at: usesKey.at, ref: called.ref })
      index.set(called.file, calls)
    }
  }
  return index
}

/** Works out each workflow's runs once, following callers; problems become notices. */
export class Placements {
  private readonly done = new Map<string, Placed[]>()
  private readonly stack: string[] = []
  private readonly index: Map<string, Call[]>

  constructor(
    private readonly workflows: ReadonlyMap<string, Workflow>,
    private readonly repo: RepositoryContext,
    private readonly notices: Notice[]
  ) {
    this.index = callIndex([...workflows.values()], repo)
  }

  /** Every way `file` runs (empty when it is not a workflow read here). */
  of(file: string): Placed[] {
    const known = this.done.get(file)
    if (known) return known
    const w = this.workflows.get(file)
    if (!w) return []
    this.stack.push(file)
    const out: Placed[] = []
    const note = (at: Position, message: string): void =>
      void this.notices.push({ file, at, message: `${shownText(file, 300)}: ${message}` })
    for (const p of w.triggers.problems) note(p.at, p.message)
    for (const trigger of w.triggers.triggers) {
      if (trigger.event === 'workflow_call') {
        out.push(...this.viaCallers(file, trigger.at, note))
        continue
      }
      const runs = runsOf(trigger, this.repo)
      for (const p of runs.problems) note(p.at, p.message)
      out.push(...runs.runs.map(run => ({ run, workflowFile: file, jobRef: run.ref, through: [] })))
    }
    this.stack.pop()
    if (out.length > MAX_RUNS) {
      note(w.root.at, `it runs in ${out.length} ways; only the first ${MAX_RUNS} were checked`)
    }
    const placed = out.slice(0, MAX_RUNS)
    this.done.set(file, placed)
    return placed
  }

  private viaCallers(
    file: string,
    at: Position,
    note: (at: Position, message: string) => void
  ): Placed[] {
    const calls = this.index.get(file) ?? []
    if (calls.length === 0) {
      note(
        at,
        'it runs on `workflow_call` and no workflow of this repository calls it, so those runs were not checked (callers in other repositories cannot be seen from here)'
      )
      return []
    }
    const out: Placed[] = []
    for (const call of calls) {
      const caller = `${shownText(call.callerFile, 300)} (job ${shownText(call.job)})`
      if (this.stack.includes(call.callerFile)) {
        note(
          at,
          `it is called by ${caller} in a cycle of workflow calls, which GitHub refuses; that call was not followed`
        )
        continue
      }
      if (this.stack.length >= MAX_CALL_DEPTH) {
        note(
          at,
          `it is called by ${caller} more than ${MAX_CALL_DEPTH} levels deep, which GitHub refuses; that call was not followed`
        )
        continue
      }
      for (const p of this.of(call.callerFile)) {
        out.push({
          run: p.run,
          workflowFile: p.workflowFile,
          jobRef: call.ref === 'local' ? p.jobRef : call.ref,
          through: [...p.through, caller]
        })
      }
    }
    return out
  }
}
