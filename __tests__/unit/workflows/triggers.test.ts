// The forms of `on:` and what each trigger's runs present, written inline; the fixture
// repositories cover the same rules as a user's files (read-workflows.test.ts).
import { describe, expect, it } from '@jest/globals'
import { eventRef } from '../../../src/workflows/events.js'
import { isRefName, runsOf } from '../../../src/workflows/runs.js'
import { MAX_PATTERNS, MAX_TRIGGERS, readTriggers } from '../../../src/workflows/triggers.js'
import type { Trigger } from '../../../src/workflows/triggers.js'
import { readWorkflowFile } from '../../../src/workflows/workflow-file.js'
import type { TreeNode } from '../../../src/workflows/workflow-file.js'
import { ACME, contexts, inline, oneStep } from './helpers.js'

const root = (text: string): TreeNode => {
  const r = readWorkflowFile(text, 'w.yml')
  if (!r.ok) throw new Error(r.notice.message)
  return r.root
}
const only = (text: string): Trigger => {
  const t = readTriggers(root(text)).triggers[0]
  if (!t) throw new Error('no trigger')
  return t
}

describe('readTriggers', () => {
  it('reads the three forms of on:', () => {
    expect(readTriggers(root('on: push\n')).triggers.map(t => t.event)).toEqual(['push'])
    expect(readTriggers(root('on: [push, pull_request]\n')).triggers.map(t => t.event)).toEqual([
      'push',
      'pull_request'
    ])
    expect(
      readTriggers(root('on:\n  push:\n  schedule:\n    - cron: x\n')).triggers.map(t => t.event)
    ).toEqual(['push', 'schedule'])
  })

  it('a workflow without on: never runs, and says so', () => {
    expect(readTriggers(root('jobs: {}\n'))).toEqual({
      triggers: [],
      problems: [{ at: { line: 1, column: 1 }, message: 'it has no `on:`, so it never runs' }]
    })
  })

  it('reads a filter written as one name or a list, and says what it leaves out', () => {
    const t = only('on:\n  push:\n    branches: main\n    tags: [{ a: 1 }, "", v1]\n')
    expect(t.filters.branches?.map(g => g.text)).toEqual(['main'])
    expect(t.filters.tags?.map(g => g.text)).toEqual(['v1'])
    expect(
      readTriggers(root('on:\n  push:\n    tags: [{ a: 1 }, ""]\n')).problems.map(p => p.message)
    ).toEqual([
      'the `tags` pattern `…` is not a name, so it was left out',
      'the `tags` pattern `` is an empty pattern, so it was left out'
    ])
  })

  it('reads at most MAX_TRIGGERS events and MAX_PATTERNS patterns, and says when cut', () => {
    const events = Array.from(
      { length: MAX_TRIGGERS + 5 },
      (_, i) => `e${String.fromCharCode(97 + (i % 26))}_${'x'.repeat(i)}`
    )
    const many = readTriggers(root(`on: [${events.join(', ')}]\n`))
    expect(many.triggers).toHaveLength(MAX_TRIGGERS)
    expect(many.problems[0]?.message).toBe(
      `it names ${MAX_TRIGGERS + 5} events; only the first ${MAX_TRIGGERS} were read`
    )
    const patterns = Array.from({ length: MAX_PATTERNS + 1 }, (_, i) => `b${i}`)
    const cut = readTriggers(root(`on:\n  push:\n    branches: [${patterns.join(', ')}]\n`))
    expect(cut.triggers[0]?.filters.branches).toHaveLength(MAX_PATTERNS)
    expect(cut.problems.map(p => p.message)).toEqual([
      `\`branches\` lists ${MAX_PATTERNS + 1} patterns; only the first ${MAX_PATTERNS} were read`
    ])
  })
})

describe('runsOf', () => {
  it('leaves workflow_call to the callers', () => {
    expect(runsOf(only('on: workflow_call\n'), ACME)).toEqual({ runs: [], problems: [] })
  })

  it('presents no branch a branches-ignore excludes entirely, but still the tags', () => {
    const r = runsOf(only("on:\n  push:\n    branches-ignore: ['**']\n    tags: [v1]\n"), ACME)
    expect(r.runs.map(x => x.trigger)).toEqual(['push of tag v1'])
    expect(r.problems.map(p => p.message)).toEqual([
      'no branch name was found that its `branches-ignore` filter admits, so those pushes were not checked'
    ])
    const all = runsOf(only("on:\n  push:\n    tags-ignore: ['**']\n"), ACME)
    expect(all.runs).toEqual([])
    expect(all.problems.map(p => p.message)).toEqual([
      'no tag name was found that its `tags-ignore` filter admits, so those pushes were not checked'
    ])
  })

  it('a tags filter alone means no branch push; a branches filter alone, no tag push', () => {
    expect(runsOf(only('on:\n  push:\n    tags: [v2]\n'), ACME).runs.map(x => x.ref)).toEqual([
      'refs/tags/v2'
    ])
    expect(runsOf(only('on:\n  push:\n    branches: [dev]\n'), ACME).runs.map(x => x.ref)).toEqual([
      'refs/heads/dev'
    ])
    expect(
      runsOf(only("on:\n  push:\n    tags-ignore: ['v*']\n"), ACME).runs.map(x => x.ref)
    ).toEqual(['refs/tags/release-1'])
  })

  it('presents the default branch too when a glob admits it (so a main-only policy warns, not errs)', () => {
    const all = runsOf(only("on:\n  push:\n    branches: ['**']\n"), ACME)
    expect(all.runs.map(x => [x.ref, x.assumed])).toEqual([
      ['refs/heads/main', ['main (the default branch) is one of the branches its filter admits']],
      ['refs/heads/x', ['x stands for the filter **']]
    ])
    const literal = runsOf(only("on:\n  push:\n    branches: [main, '*']\n"), ACME)
    expect(literal.runs.map(x => [x.ref, x.assumed])).toEqual([
      ['refs/heads/main', []],
      ['refs/heads/x', ['x stands for the filter *']]
    ])
    const release = runsOf(only("on:\n  push:\n    branches: ['release/*']\n"), ACME)
    expect(release.runs.map(x => x.ref)).toEqual(['refs/heads/release/x'])
    const unknown = runsOf(only("on:\n  push:\n    branches: ['**']\n"), {
      owner: 'acme',
      repo: 'widgets'
    })
    expect(unknown.runs.map(x => x.ref)).toEqual(['refs/heads/x'])
    // A default branch git would refuse is no default branch (it would go into claims as is).
    const bad = runsOf(only("on:\n  push:\n    branches: ['**']\n"), {
      ...ACME,
      defaultBranch: 'ma\u001bin'
    })
    expect(bad.runs.map(x => x.ref)).toEqual(['refs/heads/x'])
  })

  it('does not present the default branch when branches-ignore excludes it', () => {
    const r = runsOf(only('on:\n  push:\n    branches-ignore: [main]\n'), ACME)
    expect(r.runs.map(x => x.ref)).toEqual(['refs/heads/feature'])
  })

  it('picks another branch than the default one when the default is the sample name', () => {
    const r = runsOf(only('on: push\n'), { ...ACME, defaultBranch: 'feature' })
    expect(r.runs.map(x => x.ref)).toEqual([
      'refs/heads/feature',
      'refs/heads/feature-x',
      'refs/tags/v1'
    ])
  })

  it('pull_request_target: a glob filter adds the unknown base; only literal names are known', () => {
    const r = runsOf(only("on:\n  pull_request_target:\n    branches: ['release/*']\n"), ACME)
    expect(r.runs).toEqual([
      expect.objectContaining({ trigger: 'pull_request_target', pullRequest: true })
    ])
    expect(r.runs[0]?.ref).toBeUndefined()
    const both = runsOf(
      only("on:\n  pull_request_target:\n    branches: [main, dev, '!dev']\n"),
      ACME
    )
    expect(both.runs.map(x => x.trigger)).toEqual(['pull_request_target to main'])
  })

  it('keeps names git refuses out of refs (they could carry anything into a claim)', () => {
    const r = runsOf(only('on:\n  push:\n    branches: ["a b", "x..y", main]\n'), ACME)
    expect(r.runs.map(x => x.ref)).toEqual(['refs/heads/main'])
  })
})

describe('isRefName', () => {
  it.each([
    ['main', true],
    ['release/1.x', true],
    ['feature/a-b_c', true],
    ['', false],
    ['@', false],
    ['a b', false],
    ['a\u001bb', false],
    ['a\u0085b', false],
    ['a..b', false],
    ['a@{b', false],
    ['a//b', false],
    ['/a', false],
    ['a/', false],
    ['.a', false],
    ['a.', false],
    ['a.lock', false],
    ['a.lock/b', false],
    ['a/.b', false],
    ['a:b', false],
    ['a~b', false],
    ['a^b', false],
    ['a?b', false],
    ['a*b', false],
    ['a[b', false],
    ['a\\b', false],
    ['x'.repeat(256), false]
  ])('%s: %s', (name, ok) => {
    expect(isRefName(name)).toBe(ok)
  })
})

describe('eventRef', () => {
  it('knows GitHub events only (not Object.prototype names)', () => {
    expect(eventRef('schedule')).toEqual({ kind: 'default-branch' })
    expect(eventRef('constructor')).toBeUndefined()
    expect(eventRef('toString')).toBeUndefined()
  })
})

it('every default-branch event of the table presents the default branch', () => {
  const events = [
    'branch_protection_rule',
    'check_run',
    'check_suite',
    'delete',
    'discussion',
    'discussion_comment',
    'fork',
    'gollum',
    'issue_comment',
    'issues',
    'label',
    'milestone',
    'page_build',
    'project',
    'project_card',
    'project_column',
    'public',
    'repository_dispatch',
    'schedule',
    'status',
    'watch',
    'workflow_run',
    'workflow_dispatch'
  ]
  const r = inline({ 'e.yml': oneStep(`[${events.join(', ')}]`) })
  expect(contexts(r)[0]).toEqual(
    events.map(e => `${e} (default branch main) → ref:refs/heads/main`)
  )
  expect(r.notices).toEqual([])
})
