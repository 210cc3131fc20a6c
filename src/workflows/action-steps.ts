// The steps of a workflow that exchange a token with Octo STS: this action at any ref
// (`octo-sts-token/action@…`, owner and name compared case-insensitively as GitHub does, not
// its `/validate` subfolder), `octo-sts/action@…` (same inputs), or a local `./path` whose
// action.yml is one of the two. Their `with:` inputs, resolved as far as the files allow.
import { resolveValue } from './expressions.js'
import type { ActionStep, InputValue, Position, RepositoryContext } from './model.js'
import { entry, hasControl, scalar, shownText } from './workflow-file.js'
import type { TreeNode } from './workflow-file.js'

/** GitHub's own limit is 256 jobs per workflow. */
export const MAX_JOBS = 256
/** Steps read per job (GitHub's limit is far lower in practice). */
export const MAX_STEPS = 1000

/** The `name:` of each client's action.yml, for local copies. */
export const ACTION_NAMES: Readonly<Record<string, ActionStep['client']>> = {
  'Octo STS token': 'octo-sts-token',
  'Octo STS': 'octo-sts/action'
}

const PUBLISHED: Array<[RegExp, ActionStep['client']]> = [
  [/^octo-sts-token\/action@./i, 'octo-sts-token'],
  [/^octo-sts\/action@./i, 'octo-sts/action']
]

/** Which client a local action (repository-relative folder) is, if either. */
export type LocalAction = (folder: string) => ActionStep['client'] | undefined

/** A job of the workflow and the Octo STS steps in it. */
export interface JobSteps {
  job: string
  node: TreeNode
  steps: ActionStep[]
}

export interface StepsRead {
  jobs: JobSteps[]
  problems: Array<{ at: Position; message: string }>
}

/** The repository-relative folder of a local `uses: ./path`; undefined when it leaves the repository. */
export function localFolder(uses: string): string | undefined {
  if (!uses.startsWith('./')) return undefined
  const parts: string[] = []
  for (const part of uses.slice(2).split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') {
      if (parts.pop() === undefined) return undefined
    } else parts.push(part)
  }
  return parts.join('/')
}

const INPUTS = ['scope', 'identity', 'domain', 'audience'] as const

function input(withNode: TreeNode | undefined, name: string, repo: RepositoryContext): InputValue {
  if (withNode?.kind === 'scalar') {
    return { kind: 'unknown', text: withNode.value, why: 'an expression (the whole `with:`)' }
  }
  const node = entry(withNode, name)
  if (node === undefined) return { kind: 'absent' }
  if (node.kind !== 'scalar') return { kind: 'unknown', text: '…', why: 'not a single value' }
  const value = resolveValue(node.value, repo)
  return value.kind === 'known' && hasControl(value.value)
    ? { kind: 'unknown', text: node.value, why: 'a value with control characters' }
    : value
}

/** The Octo STS steps of a workflow whose root is `root`, job by job. */
export function findActionSteps(
  root: TreeNode,
  file: string,
  repo: RepositoryContext,
  local: LocalAction
): StepsRead {
  const out: StepsRead = { jobs: [], problems: [] }
  const jobs = entry(root, 'jobs')
  if (jobs?.kind !== 'map') return out
  if (jobs.entries.length > MAX_JOBS) {
    out.problems.push({
      at: jobs.at,
      message: `it has ${jobs.entries.length} jobs; only the first ${MAX_JOBS} were read (GitHub runs at most ${MAX_JOBS})`
    })
  }
  for (const { key: job, value: node } of jobs.entries.slice(0, MAX_JOBS)) {
    const steps = entry(node, 'steps')
    if (steps?.kind !== 'seq') continue
    if (steps.items.length > MAX_STEPS) {
      out.problems.push({
        at: steps.at,
        message: `job ${shownText(job)} has ${steps.items.length} steps; only the first ${MAX_STEPS} were read`
      })
    }
    const found: ActionStep[] = []
    for (const step of steps.items.slice(0, MAX_STEPS)) {
      const usesKey = step.kind === 'map' ? step.entries.find(e => e.key === 'uses') : undefined
      const uses = scalar(usesKey?.value)
      if (uses === undefined || usesKey === undefined) continue
      const folder = localFolder(uses)
      const client =
        folder !== undefined ? local(folder) : PUBLISHED.find(([re]) => re.test(uses))?.[1]
      if (client === undefined) continue
      const name = scalar(entry(step, 'name'))
      const withNode = entry(step, 'with')
      const [scope, identity, domain, audience] = INPUTS.map(n => input(withNode, n, repo)) as [
        InputValue,
        InputValue,
        InputValue,
        InputValue
      ]
      // Only this action has `dry-run`; said only when the step sets it.
      const dryRun = client === 'octo-sts-token' ? input(withNode, 'dry-run', repo) : undefined
      found.push({
        file,
        job: shownText(job),
        label: shownText(name ?? uses),
        uses: shownText(uses, 300),
        at: usesKey.at,
        client,
        scope,
        identity,
        domain,
        audience,
        ...(dryRun && dryRun.kind !== 'absent' ? { dryRun } : {})
      })
    }
    if (found.length) out.jobs.push({ job, node, steps: found })
  }
  return out
}
