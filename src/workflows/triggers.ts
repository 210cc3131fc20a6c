// The `on:` of a workflow in its three forms (one event, a list of events, a mapping of events
// to their settings), with the ref filters that decide which branches and tags a `push` or a
// `pull_request_target` runs for.
import { compileGlob } from './filter-glob.js'
import type { Glob } from './filter-glob.js'
import type { Position } from './model.js'
import { entry, scalar, shownText } from './workflow-file.js'
import type { TreeNode } from './workflow-file.js'

/** More events than GitHub has (about 35): the rest of a longer `on:` is not read. */
export const MAX_TRIGGERS = 50
/** Patterns read per filter. */
export const MAX_PATTERNS = 100

export type FilterName = 'branches' | 'branches-ignore' | 'tags' | 'tags-ignore'
const FILTERS: readonly FilterName[] = ['branches', 'branches-ignore', 'tags', 'tags-ignore']

export interface Trigger {
  event: string
  at: Position
  filters: Partial<Record<FilterName, Glob[]>>
}

export interface TriggersRead {
  triggers: Trigger[]
  /** Problems found, in words (the caller places them). */
  problems: Array<{ at: Position; message: string }>
}

/** The triggers of a workflow whose root is `root`; `on:` missing is a problem. */
export function readTriggers(root: TreeNode): TriggersRead {
  const out: TriggersRead = { triggers: [], problems: [] }
  const on = entry(root, 'on')
  if (on === undefined) {
    out.problems.push({ at: root.at, message: 'it has no `on:`, so it never runs' })
    return out
  }
  const named: Array<[string, Position, TreeNode | undefined]> =
    on.kind === 'scalar'
      ? [[on.value, on.at, undefined]]
      : on.kind === 'seq'
        ? on.items.map(i => [scalar(i) ?? '', i.at, undefined])
        : on.entries.map(e => [e.key, e.at, e.value])
  if (named.length > MAX_TRIGGERS) {
    out.problems.push({
      at: on.at,
      message: `it names ${named.length} events; only the first ${MAX_TRIGGERS} were read`
    })
  }
  for (const [event, at, settings] of named.slice(0, MAX_TRIGGERS)) {
    if (!/^[a-z_]+$/.test(event)) {
      out.problems.push({ at, message: `\`${shownText(event)}\` is not an event name` })
      continue
    }
    out.triggers.push({ event, at, filters: readFilters(settings, out.problems) })
  }
  return out
}

function readFilters(
  settings: TreeNode | undefined,
  problems: TriggersRead['problems']
): Trigger['filters'] {
  const filters: Trigger['filters'] = {}
  for (const name of FILTERS) {
    const node = entry(settings, name)
    if (node === undefined) continue
    const items = node.kind === 'seq' ? node.items : [node]
    const globs: Glob[] = []
    for (const item of items.slice(0, MAX_PATTERNS)) {
      const text = scalar(item)
      const glob = text === undefined ? 'not a name' : compileGlob(text)
      if (typeof glob === 'string') {
        problems.push({
          at: item.at,
          message: `the \`${name}\` pattern \`${shownText(text ?? '…')}\` is ${glob}, so it was left out`
        })
      } else globs.push(glob)
    }
    if (items.length > MAX_PATTERNS) {
      problems.push({
        at: node.at,
        message: `\`${name}\` lists ${items.length} patterns; only the first ${MAX_PATTERNS} were read`
      })
    }
    filters[name] = globs
  }
  return filters
}
