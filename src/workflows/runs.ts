// Every way a workflow's own triggers make it run: the event, and the ref checked out when the
// files can tell it. Branch and tag filters give their literal names; a glob gives a name it
// matches (said in `assumed`); no filter means every branch and tag, which the default branch,
// one other branch and one tag stand for (so a policy for the default branch alone is refused
// for some runs, not all). `workflow_call` is not here: callers.ts follows it.
import { eventRef } from './events.js'
import { admits, compileGlob } from './filter-glob.js'
import type { Glob } from './filter-glob.js'
import type { Position, RepositoryContext } from './model.js'
import type { FilterName, Trigger } from './triggers.js'
import { shownText } from './workflow-file.js'

/** Names that stand for "any other branch" and "any tag" when nothing narrower is known. */
export const SAMPLE_BRANCH = 'feature'
export const SAMPLE_TAG = 'v1'
/** Other fills tried when a sample is excluded by a later pattern. */
const FILLS = ['x', 'y', 'z', '1', 'other']

export interface Run {
  event: string
  /** The trigger in words (untrusted parts made inert). */
  trigger: string
  triggerAt: Position
  /** The full ref (`refs/heads/main`), when the files tell it. */
  ref?: string
  refType?: 'branch' | 'tag'
  /** The subject context is `pull_request` (unless the job names an environment). */
  pullRequest: boolean
  assumed: string[]
}

export interface RunsRead {
  runs: Run[]
  problems: Array<{ at: Position; message: string }>
}

/** A name git accepts as a branch or tag (git check-ref-format), so it is safe in a claim. */
export function isRefName(name: string): boolean {
  if (name === '' || name === '@' || name.length > 255) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f~^:?*[\\]|\.\.|@\{|\/\/|^[/.]|[/.]$|\.lock$|\/\./.test(name))
    return false
  return !name.split('/').some(part => part.endsWith('.lock'))
}

/** The default branch when known and a name git accepts (it goes into claims as is). */
const defaultBranch = (repo: RepositoryContext): string | undefined =>
  repo.defaultBranch !== undefined && isRefName(repo.defaultBranch) ? repo.defaultBranch : undefined

interface Sample {
  name: string
  assumed?: string
}

/** Names the ordered `globs` admit: each literal, and one name per glob (tried with fills). */
function samples(globs: readonly Glob[]): Sample[] {
  const out: Sample[] = []
  const seen = new Set<string>()
  for (const g of globs) {
    if (g.negated) continue
    const candidates = g.literal
      ? [g.sample]
      : // The pattern compiled once, so it compiles with any fill.
        FILLS.map(fill => (compileGlob(g.text, fill) as Glob).sample)
    const name = candidates.find(
      c => c !== undefined && isRefName(c) && !seen.has(c) && admits(globs, c)
    )
    if (name === undefined) continue
    seen.add(name)
    out.push(
      g.literal
        ? { name }
        : { name, assumed: `${shownText(name)} stands for the filter ${shownText(g.text)}` }
    )
  }
  return out
}

/** Names tried, in order, for "another branch" and "a tag" that an `-ignore` filter spares. */
const OTHER_BRANCHES = [SAMPLE_BRANCH, 'topic', 'x']
const OTHER_TAGS = [SAMPLE_TAG, 'release-1', 'x']

/** A name not in `avoid` that `ignore` does not exclude; undefined when it excludes them all. */
function notIgnored(
  bases: readonly string[],
  ignore: readonly Glob[],
  avoid: readonly string[]
): string | undefined {
  for (const base of bases) {
    for (const name of [base, ...FILLS.map(f => `${base}-${f}`)]) {
      if (!avoid.includes(name) && !admits(ignore, name)) return name
    }
  }
  return undefined
}

/** Every run of one trigger; the problems say what cannot be known. */
export function runsOf(trigger: Trigger, repo: RepositoryContext): RunsRead {
  const out: RunsRead = { runs: [], problems: [] }
  const { event, at } = trigger
  const rule = eventRef(event)
  const run = (
    r: Omit<Run, 'event' | 'triggerAt' | 'pullRequest' | 'assumed'> & Partial<Run>
  ): void => void out.runs.push({ event, triggerAt: at, pullRequest: false, assumed: [], ...r })
  const noDefault = (what: string): void =>
    void out.problems.push({
      at,
      message: `the repository's default branch is not known here, so the subject of ${what} cannot be predicted and its Octo STS steps were not checked for those runs`
    })
  if (rule === undefined) {
    out.problems.push({ at, message: `\`${shownText(event)}\` is not an event GitHub has` })
    return out
  }
  switch (rule.kind) {
    case 'call':
      return out
    case 'unknown':
      out.problems.push({
        at,
        message: `the subject of a \`${event}\` run cannot be predicted (${rule.why}), so its Octo STS steps were not checked for those runs`
      })
      return out
    case 'pull-request':
      run({ trigger: event, pullRequest: true })
      return out
    case 'tag':
      run({
        trigger: `${event} (tag ${SAMPLE_TAG})`,
        ref: `refs/tags/${SAMPLE_TAG}`,
        refType: 'tag',
        assumed: [`${SAMPLE_TAG} stands for the tag of any release`]
      })
      return out
    case 'default-branch': {
      const def = defaultBranch(repo)
      if (def === undefined) {
        noDefault(`\`${event}\` runs (they run on the default branch)`)
        return out
      }
      run({
        trigger: `${event} (default branch ${shownText(def)})`,
        ref: `refs/heads/${def}`,
        refType: 'branch',
        assumed: rule.note ? [rule.note] : []
      })
      return out
    }
    case 'pull-request-target': {
      const branches = trigger.filters.branches
      const literal = branches ? samples(branches).filter(s => s.assumed === undefined) : []
      for (const s of literal) {
        run({
          trigger: `${event} to ${shownText(s.name)}`,
          ref: `refs/heads/${s.name}`,
          refType: 'branch',
          pullRequest: true
        })
      }
      if (literal.length === 0 || branches?.some(g => !g.literal && !g.negated)) {
        run({ trigger: event, pullRequest: true })
      }
      return out
    }
    case 'push':
      pushRuns(trigger, repo, run, noDefault, out.problems)
      return out
  }
}

function pushRuns(
  trigger: Trigger,
  repo: RepositoryContext,
  run: (r: Omit<Run, 'event' | 'triggerAt' | 'pullRequest' | 'assumed'> & Partial<Run>) => void,
  noDefault: (what: string) => void,
  problems: RunsRead['problems']
): void {
  const f = trigger.filters
  const hasBranch = f.branches !== undefined || f['branches-ignore'] !== undefined
  const hasTag = f.tags !== undefined || f['tags-ignore'] !== undefined
  const every = !hasBranch && !hasTag
  const branch = (name: string, assumed?: string): void =>
    run({
      trigger: `push to ${shownText(name)}`,
      ref: `refs/heads/${name}`,
      refType: 'branch',
      assumed: assumed ? [assumed] : []
    })
  const tag = (name: string, assumed?: string): void =>
    run({
      trigger: `push of tag ${shownText(name)}`,
      ref: `refs/tags/${name}`,
      refType: 'tag',
      assumed: assumed ? [assumed] : []
    })
  const none = (name: FilterName): void =>
    void problems.push({
      at: trigger.at,
      message: `no ${name.startsWith('branches') ? 'branch' : 'tag'} name was found that its \`${name}\` filter admits, so those pushes were not checked`
    })
  if (f.branches) {
    const found = samples(f.branches)
    // A glob that admits the default branch runs there too: present it, so a policy for the
    // default branch alone is refused for the other names (a warning), not for every run.
    const def = defaultBranch(repo)
    if (def !== undefined && admits(f.branches, def) && !found.some(s => s.name === def)) {
      found.unshift({
        name: def,
        assumed: `${shownText(def)} (the default branch) is one of the branches its filter admits`
      })
    }
    if (found.length === 0) none('branches')
    for (const s of found) branch(s.name, s.assumed)
  } else if (every || f['branches-ignore']) {
    const ignore = f['branches-ignore'] ?? []
    const which = every ? 'every branch' : 'every branch its branches-ignore does not exclude'
    const def = defaultBranch(repo)
    if (def === undefined) noDefault('a push to the default branch')
    else if (!admits(ignore, def)) {
      branch(def, `push runs on ${which}: ${shownText(def)} (the default branch) is one of them`)
    }
    const other = notIgnored(OTHER_BRANCHES, ignore, def === undefined ? [] : [def])
    if (other !== undefined) branch(other, `push runs on ${which}: ${other} stands for the others`)
    else none('branches-ignore')
  }
  if (f.tags) {
    const found = samples(f.tags)
    if (found.length === 0) none('tags')
    for (const s of found) tag(s.name, s.assumed)
  } else if (every || f['tags-ignore']) {
    const other = notIgnored(OTHER_TAGS, f['tags-ignore'] ?? [], [])
    const which = every ? 'every tag' : 'every tag its tags-ignore does not exclude'
    if (other !== undefined) tag(other, `push runs on ${which}: ${other} stands for them`)
    else none('tags-ignore')
  }
}
