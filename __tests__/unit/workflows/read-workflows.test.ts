// The workflow reader over the fixture repositories (__tests__/fixtures/workflows, see its
// README): which steps it finds, what each presents for every trigger, and what it says it
// could not know. wf-check's end-to-end tests read the same folders.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nodeFiles } from '../../../src/validation/policy-files.js'
import type { WorkflowsReport } from '../../../src/workflows/model.js'
import { readWorkflows } from '../../../src/workflows/read-workflows.js'
import { hasControl } from '../../../src/workflows/workflow-file.js'
import { ACME, contexts, fixture, FIXTURES } from './helpers.js'

const steps = (r: WorkflowsReport): string[] =>
  r.plans.map(
    p => `${p.step.file}:${p.step.at.line}:${p.step.at.column} ${p.step.job} ${p.step.client}`
  )
const messages = (r: WorkflowsReport): string[] => r.notices.map(n => n.message)

describe('the issue\'s "done when" repository', () => {
  const r = fixture('done-when')

  it('finds the four steps, at their uses: lines', () => {
    expect(r.files).toBe(4)
    expect(steps(r)).toEqual([
      '.github/workflows/both.yml:14:9 build octo-sts-token',
      '.github/workflows/deploy.yml:14:9 build octo-sts-token',
      '.github/workflows/ok.yml:13:9 build octo-sts-token',
      '.github/workflows/pr.yml:11:9 build octo-sts-token'
    ])
    expect(r.plans.map(p => p.step.label)).toEqual(Array(4).fill('octo-sts-token/action@v0'))
    expect(r.notices).toEqual([])
  })

  it('presents the subject each job will carry, per trigger', () => {
    expect(contexts(r)).toEqual([
      ['push to main → ref:refs/heads/main', 'pull_request → pull_request'],
      ['push to main → environment:production'],
      ['push to main → ref:refs/heads/main'],
      ['pull_request → pull_request']
    ])
  })

  it('resolves ${{ github.repository }} in scope', () => {
    const ok = r.plans[2]?.step
    expect(ok?.scope).toEqual({
      kind: 'known',
      value: 'acme/widgets',
      text: '${{ github.repository }}'
    })
    expect(ok?.identity).toEqual({ kind: 'known', value: 'ci', text: 'ci' })
    expect(ok?.domain).toEqual({ kind: 'absent' })
    expect(ok?.audience).toEqual({ kind: 'absent' })
  })

  it("keeps the trigger's ref and event with an environment, which becomes a claim", () => {
    expect(r.plans[1]?.presentations[0]).toEqual({
      trigger: 'push to main',
      triggerAt: { line: 3, column: 3 },
      context: 'environment:production',
      claims: {
        event_name: 'push',
        ref: 'refs/heads/main',
        ref_type: 'branch',
        environment: 'production',
        job_workflow_ref: 'acme/widgets/.github/workflows/deploy.yml@refs/heads/main',
        workflow_ref: 'acme/widgets/.github/workflows/deploy.yml@refs/heads/main'
      }
    })
  })

  it("says what a pull request's token cannot be known to carry", () => {
    expect(r.plans[3]?.presentations[0]).toEqual({
      trigger: 'pull_request',
      triggerAt: { line: 2, column: 5 },
      context: 'pull_request',
      claims: { event_name: 'pull_request' },
      unknownClaims: ['ref', 'ref_type', 'job_workflow_ref', 'workflow_ref']
    })
  })
})

describe('push filters', () => {
  it('gives each literal branch, a sample for each glob (said), and honours negation', () => {
    const r = fixture('trigger-push-branches')
    expect(contexts(r)).toEqual([
      [
        'push to main → ref:refs/heads/main',
        'push to release/x → ref:refs/heads/release/x',
        'push to v0.x → ref:refs/heads/v0.x',
        'push of tag vx → ref:refs/tags/vx'
      ]
    ])
    expect(r.plans[0]?.presentations.map(p => p.assumed)).toEqual([
      undefined,
      'release/x stands for the filter release/**',
      'v0.x stands for the filter v[0-9]+.x',
      'vx stands for the filter v*'
    ])
    expect(r.plans[0]?.presentations[3]?.claims).toMatchObject({
      ref: 'refs/tags/vx',
      ref_type: 'tag'
    })
  })

  it('runs on every branch and tag without a filter: the default branch, another, and a tag', () => {
    const r = fixture('trigger-push-unfiltered')
    expect(contexts(r)).toEqual([
      [
        'push to main → ref:refs/heads/main',
        'push to feature → ref:refs/heads/feature',
        'push of tag v1 → ref:refs/tags/v1'
      ]
    ])
    for (const p of r.plans[0]?.presentations ?? [])
      expect(p.assumed).toMatch(/^push runs on every (branch|tag)/)
  })

  it('avoids the names branches-ignore and tags-ignore exclude', () => {
    const r = fixture('trigger-push-ignore')
    expect(contexts(r)).toEqual([
      ['push to feature-x → ref:refs/heads/feature-x', 'push of tag v1-x → ref:refs/tags/v1-x']
    ])
    expect(r.plans[0]?.presentations[0]?.assumed).toBe(
      'push runs on every branch its branches-ignore does not exclude: feature-x stands for the others'
    )
  })

  it('tries another sample when a later negation excludes the first, and says when none is left', () => {
    const r = fixture('trigger-push-globs-negated')
    expect(contexts(r)).toEqual([['push to releases/y → ref:refs/heads/releases/y']])
    expect(messages(r)).toEqual([
      '.github/workflows/push.yml: no tag name was found that its `tags` filter admits, so those pushes were not checked'
    ])
  })
})

describe('pull requests', () => {
  it('pull_request: context pull_request whatever the branch filter', () => {
    expect(contexts(fixture('trigger-pull-request'))).toEqual([['pull_request → pull_request']])
  })

  it('pull_request_target: the base branch as ref when a literal filter names it, else unknown', () => {
    const r = fixture('trigger-pull-request-target')
    expect(contexts(r)).toEqual([
      ['pull_request_target → pull_request'],
      ['pull_request_target to main → pull_request', 'pull_request_target → pull_request']
    ])
    const [toMain, anyBase] = r.plans[1]?.presentations ?? []
    expect(toMain?.claims).toEqual({
      event_name: 'pull_request_target',
      ref: 'refs/heads/main',
      ref_type: 'branch',
      job_workflow_ref: 'acme/widgets/.github/workflows/prt.yml@refs/heads/main',
      workflow_ref: 'acme/widgets/.github/workflows/prt.yml@refs/heads/main'
    })
    expect(toMain?.unknownClaims).toBeUndefined()
    expect(anyBase?.claims).toEqual({ event_name: 'pull_request_target' })
    expect(anyBase?.unknownClaims).toEqual(['ref', 'ref_type', 'job_workflow_ref', 'workflow_ref'])
  })
})

describe('default-branch events', () => {
  it('run on the default branch; workflow_dispatch says it can run elsewhere', () => {
    const r = fixture('trigger-default-branch')
    expect(contexts(r)).toEqual([
      [
        'schedule (default branch main) → ref:refs/heads/main',
        'workflow_dispatch (default branch main) → ref:refs/heads/main',
        'repository_dispatch (default branch main) → ref:refs/heads/main',
        'issue_comment (default branch main) → ref:refs/heads/main',
        'issues (default branch main) → ref:refs/heads/main',
        'workflow_run (default branch main) → ref:refs/heads/main'
      ]
    ])
    const assumed = r.plans[0]?.presentations.map(p => p.assumed)
    expect(assumed?.[1]).toMatch(/dispatched on another branch or tag/)
    expect(assumed?.filter(a => a !== undefined)).toHaveLength(1)
    expect(r.plans[0]?.presentations[0]?.claims).toMatchObject({
      event_name: 'schedule',
      ref: 'refs/heads/main'
    })
  })

  it('cannot be predicted when the default branch is unknown: a notice, never a guess', () => {
    const r = fixture('trigger-default-branch', { owner: 'acme', repo: 'widgets' })
    expect(r.plans).toHaveLength(1)
    expect(r.plans[0]?.presentations).toEqual([])
    expect(messages(r)).toHaveLength(6)
    expect(messages(r)[0]).toBe(
      ".github/workflows/events.yml: the repository's default branch is not known here, so the subject of `schedule` runs (they run on the default branch) cannot be predicted and its Octo STS steps were not checked for those runs"
    )
    expect(r.notices[0]?.at).toEqual({ line: 3, column: 3 })
  })

  it('an unfiltered push still presents another branch and a tag without a default branch', () => {
    const r = fixture('trigger-list-form', { owner: 'acme', repo: 'widgets' })
    expect(contexts(r)).toEqual([
      [
        'push to feature → ref:refs/heads/feature',
        'push of tag v1 → ref:refs/tags/v1',
        'pull_request → pull_request'
      ]
    ])
    expect(messages(r)).toEqual([
      ".github/workflows/list.yml: the repository's default branch is not known here, so the subject of a push to the default branch cannot be predicted and its Octo STS steps were not checked for those runs",
      ".github/workflows/list.yml: the repository's default branch is not known here, so the subject of `schedule` runs (they run on the default branch) cannot be predicted and its Octo STS steps were not checked for those runs"
    ])
  })

  it('release presents a tag, said in assumed', () => {
    const r = fixture('trigger-release')
    expect(contexts(r)).toEqual([['release (tag v1) → ref:refs/tags/v1']])
    expect(r.plans[0]?.presentations[0]?.assumed).toBe('v1 stands for the tag of any release')
  })
})

it('says which events give a ref the files cannot tell, and which are no events', () => {
  const r = fixture('trigger-unknown-ref')
  expect(r.plans[0]?.presentations).toEqual([])
  expect(messages(r).map(m => m.replace('.github/workflows/odd.yml: ', ''))).toEqual([
    '`Bad Name` is not an event name',
    'the subject of a `create` run cannot be predicted (it runs on the branch or tag that was created), so its Octo STS steps were not checked for those runs',
    'the subject of a `merge_group` run cannot be predicted (it runs on a temporary merge queue branch (refs/heads/gh-readonly-queue/…)), so its Octo STS steps were not checked for those runs',
    'the subject of a `deployment` run cannot be predicted (it runs on the branch, tag or commit deployed), so its Octo STS steps were not checked for those runs',
    'the subject of a `pull_request_review` run cannot be predicted (GitHub does not document the subject of a pull request review run), so its Octo STS steps were not checked for those runs',
    '`not_an_event` is not an event GitHub has'
  ])
})

it('mixed triggers: one presentation per way the job runs', () => {
  expect(contexts(fixture('mixed-triggers'))).toEqual([
    [
      'push to main → ref:refs/heads/main',
      'push of tag vx → ref:refs/tags/vx',
      'pull_request → pull_request',
      'schedule (default branch main) → ref:refs/heads/main'
    ]
  ])
})

describe('environments', () => {
  const r = fixture('environments')

  it('wins for the subject in both forms, and resolves the repository names in it', () => {
    expect(contexts(r)).toEqual([
      ['push to main → environment:production'],
      ['push to main → environment:staging'],
      ['push to main → environment:acme-prod'],
      [],
      []
    ])
    expect(r.plans[1]?.presentations[0]?.claims.environment).toBe('staging')
  })

  it('an expression it cannot resolve skips the step, with one notice naming it and why', () => {
    expect(r.notices).toEqual([
      {
        file: '.github/workflows/envs.yml',
        at: { line: 35, column: 9 },
        message:
          ".github/workflows/envs.yml job matrix-expr, step `Token for the matrix environment`: its job's environment is `${{ matrix.env }}`, a matrix value, which the files cannot tell; the subject it presents depends on it, so it was not checked."
      },
      {
        file: '.github/workflows/envs.yml',
        at: { line: 42, column: 9 },
        message:
          ".github/workflows/envs.yml job no-name, step `octo-sts-token/action@v0`: its job's `environment:` gives no name (GitHub refuses it); the subject it presents depends on it, so it was not checked."
      }
    ])
  })
})

it('expressions in with: known ones resolved, others unknown with one notice per step', () => {
  const r = fixture('expressions')
  expect(
    r.plans.map(p => [
      p.step.label,
      p.step.scope.kind === 'known' ? p.step.scope.value : '?',
      p.step.identity.kind === 'known' ? p.step.identity.value : '?'
    ])
  ).toEqual([
    ['repository', 'acme/widgets', 'ci'],
    ['owner inside a literal', 'acme/infra', 'ci'],
    ['case and brackets', 'acme', 'ci'],
    ['matrix', '?', 'ci'],
    ['input', 'acme/widgets', '?'],
    ['env', '?', '?'],
    ['secret and function', 'acme/widgets', 'ci']
  ])
  // The presentations are still made: the checker decides what an unknown input means.
  expect(r.plans.every(p => p.presentations.length === 1)).toBe(true)
  expect(
    r.notices.map(n => [
      n.at?.line,
      n.message.replace('.github/workflows/expr.yml job build, ', '')
    ])
  ).toEqual([
    [
      29,
      'step `matrix`: `scope` is `${{ matrix.scope }}`, a matrix value, which the files cannot tell, so its policy cannot be checked here.'
    ],
    [
      34,
      'step `input`: `identity` is `${{ inputs.identity }}`, an input of the workflow, which the files cannot tell, so its policy cannot be checked here.'
    ],
    [
      39,
      'step `env`: `scope` is `${{ env.SCOPE }}`, an env value; `identity` is `${{ steps.pick.outputs.identity }}`, a step or job output, which the files cannot tell, so its policy cannot be checked here.'
    ],
    [
      44,
      "step `secret and function`: `domain` is `${{ secrets.STS_DOMAIN }}`, a secret; `audience` is `${{ format('{0}', 'x') }}`, an expression, which the files cannot tell, so its policy cannot be checked here."
    ]
  ])
})

it("local ./ actions: by their action.yml's name, paths normalized, never outside", () => {
  const r = fixture('local-actions')
  expect(
    r.plans.map(p => [
      p.step.uses,
      p.step.client,
      p.step.identity.kind === 'known' && p.step.identity.value
    ])
  ).toEqual([
    ['./', 'octo-sts-token', 'ci'],
    ['./vendor/octo-sts', 'octo-sts/action', 'vendored'],
    ['./vendor/./other/../octo-sts', 'octo-sts/action', 'normalized']
  ])
  expect(r.notices).toEqual([])
})

it('octo-sts/action and this action at any ref, names compared case-insensitively; not /validate', () => {
  const r = fixture('octo-sts-action')
  expect(r.plans.map(p => [p.step.uses, p.step.client])).toEqual([
    ['octo-sts/action@6177b4481c00308b3839969c3eca88c96a91775f', 'octo-sts/action'],
    ['Octo-STS/Action@v1', 'octo-sts/action'],
    ['OCTO-STS-TOKEN/action@main', 'octo-sts-token']
  ])
})

describe('workflow_call', () => {
  const r = fixture('workflow-call')

  it("checks a reusable workflow's steps through its callers here, with their triggers and refs", () => {
    expect(r.files).toBe(5)
    expect(steps(r)).toEqual([
      '.github/workflows/inner.yml:9:9 deploy octo-sts-token',
      '.github/workflows/reusable.yml:9:9 token octo-sts-token'
    ])
    const reusable = r.plans[1]?.presentations ?? []
    expect(reusable.map(p => [p.trigger, p.context, p.claims.job_workflow_ref ?? '?'])).toEqual([
      [
        'push to main through .github/workflows/ci.yml (job local)',
        'ref:refs/heads/main',
        'acme/widgets/.github/workflows/reusable.yml@refs/heads/main'
      ],
      ['pull_request through .github/workflows/ci.yml (job local)', 'pull_request', '?'],
      [
        'push to main through .github/workflows/ci.yml (job pinned)',
        'ref:refs/heads/main',
        'acme/widgets/.github/workflows/reusable.yml@refs/heads/main'
      ],
      [
        'pull_request through .github/workflows/ci.yml (job pinned)',
        'pull_request',
        'acme/widgets/.github/workflows/reusable.yml@refs/heads/main'
      ],
      [
        'push to main through .github/workflows/ci.yml (job by-sha)',
        'ref:refs/heads/main',
        'acme/widgets/.github/workflows/reusable.yml@0123456789abcdef0123456789abcdef01234567'
      ],
      [
        'pull_request through .github/workflows/ci.yml (job by-sha)',
        'pull_request',
        'acme/widgets/.github/workflows/reusable.yml@0123456789abcdef0123456789abcdef01234567'
      ],
      ['push to main through .github/workflows/ci.yml (job by-name)', 'ref:refs/heads/main', '?'],
      ['pull_request through .github/workflows/ci.yml (job by-name)', 'pull_request', '?']
    ])
    // The caller's workflow is workflow_ref; a caller's place is not in this file.
    expect(reusable[0]?.claims.workflow_ref).toBe(
      'acme/widgets/.github/workflows/ci.yml@refs/heads/main'
    )
    expect(reusable[0]?.triggerAt).toBeUndefined()
    expect(reusable[6]?.unknownClaims).toEqual(['job_workflow_ref'])
  })

  it('follows nested calls, outermost first, and the called job keeps its environment', () => {
    expect(r.plans[0]?.presentations).toEqual([
      {
        trigger:
          'workflow_dispatch (default branch main) through .github/workflows/nested.yml (job call), then .github/workflows/middle.yml (job call)',
        context: 'environment:production',
        claims: {
          event_name: 'workflow_dispatch',
          ref: 'refs/heads/main',
          ref_type: 'branch',
          environment: 'production',
          job_workflow_ref: 'acme/widgets/.github/workflows/inner.yml@refs/heads/main',
          workflow_ref: 'acme/widgets/.github/workflows/nested.yml@refs/heads/main'
        },
        assumed: 'it can also be dispatched on another branch or tag, which presents that ref'
      }
    ])
    expect(r.notices).toEqual([])
  })

  it('with no caller here: a notice, and nothing guessed', () => {
    const none = fixture('workflow-call-no-caller')
    expect(none.plans[0]?.presentations).toEqual([])
    expect(none.notices).toEqual([
      {
        file: '.github/workflows/reusable.yml',
        at: { line: 3, column: 3 },
        message:
          '.github/workflows/reusable.yml: it runs on `workflow_call` and no workflow of this repository calls it, so those runs were not checked (callers in other repositories cannot be seen from here)'
      }
    ])
  })

  it('a cycle of calls is cut, and said', () => {
    const cycle = fixture('workflow-call-cycle')
    expect(cycle.plans.map(p => p.presentations)).toEqual([[]])
    expect(messages(cycle)).toEqual([
      '.github/workflows/b.yml: it is called by .github/workflows/a.yml (job call-b) in a cycle of workflow calls, which GitHub refuses; that call was not followed'
    ])
  })
})

describe('hostile files', () => {
  const r = fixture('hostile')

  it('are refused one by one with a notice at their line; the other files are still read', () => {
    expect(r.files).toBe(2)
    expect(steps(r)).toEqual([
      '.github/workflows/control-chars.yml:12:9 job octo-sts-token',
      '.github/workflows/control-chars.yml:17:9 plain octo-sts-token',
      '.github/workflows/ok.yml:13:9 build octo-sts-token'
    ])
    expect(contexts(r)[2]).toEqual(['push to main → ref:refs/heads/main'])
    const refused = r.notices.filter(n => /could not be read as a workflow/.test(n.message))
    expect(
      refused.map(n => [
        n.file,
        n.at?.line,
        n.message.replace(/^.* could not be read as a workflow: /, '')
      ])
    ).toEqual([
      [
        '.github/workflows/alias-bomb.yml',
        6,
        'more than 1000 aliases. Its steps were not checked; GitHub will refuse the file too, so fix it first.'
      ],
      [
        '.github/workflows/deep.yml',
        3,
        'nesting deeper than 64 levels. Its steps were not checked; GitHub will refuse the file too, so fix it first.'
      ],
      [
        '.github/workflows/duplicate-key.yml',
        3,
        'YAML: Map keys must be unique. Its steps were not checked; GitHub will refuse the file too, so fix it first.'
      ],
      [
        '.github/workflows/empty.yml',
        undefined,
        'it is empty. Its steps were not checked; GitHub will refuse the file too, so fix it first.'
      ],
      [
        '.github/workflows/two-documents.yml',
        3,
        'it holds more than one YAML document. Its steps were not checked; GitHub will refuse the file too, so fix it first.'
      ],
      ['.github/workflows/yaml-error.yml', 9, expect.stringMatching(/^YAML: /)]
    ])
  })

  it('never lets a control character into a label, trigger, assumption or notice', () => {
    const all = [
      ...r.notices.map(n => n.message),
      ...r.plans.flatMap(p => [
        p.step.label,
        p.step.job,
        p.step.uses,
        ...p.presentations.flatMap(x => [x.trigger, x.assumed ?? ''])
      ])
    ]
    for (const text of all) expect(hasControl(text)).toBe(false)
    expect(r.plans[0]?.step.label).toBe(': :warning: :step')
    expect(r.plans[1]?.step.scope).toMatchObject({
      kind: 'unknown',
      why: 'a value with control characters'
    })
    expect(messages(r)).toContain(
      '.github/workflows/control-chars.yml: `[31mbad` is not an event name'
    )
    expect(messages(r)).toContain(
      '.github/workflows/control-chars.yml: no branch name was found that its `branches` filter admits, so those pushes were not checked'
    )
    expect(messages(r)).toContain(
      ".github/workflows/control-chars.yml job job, step `: :warning: :step`: its job's environment is `prod x`, a name with control characters (GitHub refuses it); the subject it presents depends on it, so it was not checked."
    )
    const claims = r.plans.flatMap(p =>
      p.presentations.flatMap(x => [x.context, ...Object.values(x.claims)])
    )
    for (const text of claims) expect(hasControl(text)).toBe(false)
  })

  it('a 5 MB workflow is refused by the workspace reader, in bounded time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wf-huge-'))
    try {
      cpSync(join(FIXTURES, 'hostile/.github/workflows/ok.yml'), join(dir, 'ok.yml'))
      mkdirSync(join(dir, '.github/workflows'), { recursive: true })
      cpSync(join(dir, 'ok.yml'), join(dir, '.github/workflows/ok.yml'))
      writeFileSync(
        join(dir, '.github/workflows/huge.yml'),
        `on: push\n# ${'x'.repeat(5 * 1024 * 1024)}\n`
      )
      const started = Date.now()
      const big = readWorkflows(nodeFiles(dir), '.github/workflows', ACME, dir)
      expect(Date.now() - started).toBeLessThan(5000)
      expect(big.files).toBe(1)
      expect(messages(big)).toEqual([
        '.github/workflows/huge.yml was not read (larger than 256 KiB), so its steps were not checked.'
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
