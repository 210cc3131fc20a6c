// src/validation/workflow-check.ts with hand-made step plans, facts and predicted tokens: which
// steps the policies admit, refuse every way or some ways, what each finding says (trigger,
// subject, the refusing field and what it wants, the smallest fix), where a policy lives, and
// every way a step is left undecided (never a pass).
import { describe, expect, it } from '@jest/globals'
import {
  checkWorkflows,
  countLine,
  locatePolicy,
  MAX_WAYS
} from '../../src/validation/workflow-check.js'
import type { Predict, WorkflowCheckInput } from '../../src/validation/workflow-check.js'
import type { FileReport } from '../../src/validation/policy-files.js'
import { JOBS, MAX_TOKENS_PER_JOB } from '../../src/policy/jobs.js'
import { formatSubject } from '../../src/policy/subject-form.js'
import type { SubjectForm } from '../../src/policy/subject-form.js'
import type {
  ActionStep,
  InputValue,
  PredictedToken,
  Presentation,
  StepPlan,
  SubjectFacts
} from '../../src/workflows/model.js'
import { spySandbox } from './helpers/sandbox.js'

const GITHUB = 'https://token.actions.githubusercontent.com'
const MAIN_ONLY = [
  `issuer: ${GITHUB}`,
  'subject: repo:acme/widgets:ref:refs/heads/main',
  'permissions:',
  '  contents: read'
].join('\n')

const lit = (value: string): InputValue => ({ kind: 'known', value, text: value })
const ABSENT: InputValue = { kind: 'absent' }

let line = 10
function step(over: Partial<ActionStep> = {}): ActionStep {
  return {
    file: '.github/workflows/ci.yml',
    job: 'build',
    label: 'Get a token',
    uses: 'octo-sts-token/action@v1',
    at: { line: line++, column: 15 },
    client: 'octo-sts-token',
    scope: lit('acme/widgets'),
    identity: lit('ci'),
    domain: ABSENT,
    audience: ABSENT,
    ...over
  }
}

const push = (branch: string): Presentation => ({
  trigger: `push to ${branch}`,
  context: `ref:refs/heads/${branch}`,
  claims: { event_name: 'push', ref: `refs/heads/${branch}`, ref_type: 'branch' }
})
const PULL_REQUEST: Presentation = {
  trigger: 'pull_request',
  context: 'pull_request',
  claims: { event_name: 'pull_request' },
  unknownClaims: ['ref']
}
const environment = (name: string, base: Presentation): Presentation => ({
  ...base,
  context: `environment:${name}`,
  claims: { ...base.claims, environment: name }
})

const FACTS: SubjectFacts = {
  repository: { owner: 'acme', repo: 'widgets', defaultBranch: 'main' },
  form: 'name-only',
  issuer: GITHUB,
  said: ['Subject form: name-only (GITHUB_REPOSITORY_ID unset).']
}

/** The default template, as predicted-token.ts predicts it: one token per form to check. */
const predict: Predict = (p, facts, audience) => ({
  tokens: tokensOf(p, facts, audience),
  unpredictable: []
})
function tokensOf(p: Presentation, facts: SubjectFacts, audience: string): PredictedToken[] {
  const forms: SubjectForm[] = facts.form
    ? [facts.form]
    : facts.ids
      ? ['name-only', 'immutable']
      : ['name-only']
  const { owner, repo } = facts.repository
  return forms.map(form => ({
    form,
    unknownClaims: p.unknownClaims ?? [],
    payload: {
      iss: facts.issuer,
      aud: audience,
      sub: formatSubject(
        { owner, repo, rest: p.context },
        form === 'immutable' ? facts.ids : undefined
      ),
      repository: `${owner}/${repo}`,
      repository_owner: owner,
      ...p.claims
    }
  }))
}

const policyReport = (identity: string, problems: FileReport['problems'] = []): FileReport => ({
  file: `.github/chainguard/${identity}.sts.yaml`,
  identity,
  problems
})

function input(
  plans: StepPlan[],
  policies: Record<string, string>,
  over: Partial<WorkflowCheckInput> = {}
): WorkflowCheckInput {
  return {
    workflows: { plans, notices: [], files: new Set(plans.map(p => p.step.file)).size },
    facts: FACTS,
    policies: Object.keys(policies).map(id => policyReport(id)),
    read: file => {
      const id = /([^/]+)\.sts\.yaml$/.exec(file)?.[1] ?? ''
      const text = policies[id]
      if (text === undefined) throw new Error(`no ${file}`)
      return text
    },
    engine: {},
    predict,
    ...over
  }
}

const where = (f: { severity: string; file: string; line?: number; column?: number }): string =>
  `${f.severity} ${f.file}:${f.line}:${f.column}`

describe('checkWorkflows: the issue\'s "Done when" repository', () => {
  it('annotates the pull_request, environment and mixed steps at uses:, and not the admitted one', async () => {
    const pr = step({ file: '.github/workflows/pr.yml', job: 'test' })
    const deploy = step({ file: '.github/workflows/deploy.yml', job: 'deploy' })
    const mixed = step({ file: '.github/workflows/mixed.yml', job: 'build' })
    const ok = step({
      file: '.github/workflows/release.yml',
      scope: { kind: 'known', value: 'acme/widgets', text: '${{ github.repository }}' }
    })
    const sandbox = spySandbox()
    const check = await checkWorkflows(
      input(
        [
          { step: pr, presentations: [PULL_REQUEST] },
          { step: deploy, presentations: [environment('production', push('main'))] },
          { step: mixed, presentations: [push('main'), PULL_REQUEST] },
          { step: ok, presentations: [push('main')] }
        ],
        { ci: MAIN_ONLY },
        { engine: { sandbox } }
      )
    )
    expect(check.findings.map(where)).toEqual([
      `error .github/workflows/pr.yml:${pr.at.line}:15`,
      `error .github/workflows/deploy.yml:${deploy.at.line}:15`,
      `warning .github/workflows/mixed.yml:${mixed.at.line}:15`
    ])
    // One engine job per step and policy.
    expect(sandbox.calls.map(c => c.name)).toEqual([
      'explainTokens',
      'explainTokens',
      'explainTokens',
      'explainTokens'
    ])
    const [prMsg, deployMsg, mixedMsg] = check.findings.map(f => f.message)
    expect(prMsg).toBe(
      'On `pull_request`, job `test` presents the subject `repo:acme/widgets:pull_request`: `.github/chainguard/ci.sts.yaml` refuses it. ' +
        'Its `subject` (line 2) wants `repo:acme/widgets:ref:refs/heads/main`. ' +
        "Smallest fix: write `subject_pattern: '(?:repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:pull_request)'` in `.github/chainguard/ci.sts.yaml` instead of `subject`, " +
        'or give job `test` its own identity whose policy has `subject: repo:acme/widgets:pull_request`. ' +
        'Grant a policy admitting `…:pull_request` read access only: every pull request presents that subject, `pull_request_target` runs for pull requests from forks too.'
    )
    expect(deployMsg).toContain(
      'On `push to main`, job `deploy` presents the subject `repo:acme/widgets:environment:production`'
    )
    expect(deployMsg).toContain(
      "A job with `environment:` presents its environment's subject whatever its trigger."
    )
    expect(deployMsg).toContain('or remove `environment:` from the job if it needs none.')
    expect(mixedMsg).toContain(
      'On `pull_request`, job `build` presents the subject `repo:acme/widgets:pull_request`'
    )
    expect(check.findings.map(f => f.title)).toEqual([
      'Octo STS step Get a token (job test): refused on pull_request',
      'Octo STS step Get a token (job deploy): refused on push to main',
      'Octo STS step Get a token (job build): refused on pull_request'
    ])
    expect(check.steps.map(s => s.outcome)).toEqual(['refused', 'refused', 'partly', 'admitted'])
    expect(countLine(check)).toBe(
      '4 steps in 4 workflows checked: 1 admitted, 2 refused every way they run, 1 refused some ways they run.'
    )
    expect(check.said).toEqual(FACTS.said)
  })
})

describe('checkWorkflows: where the policy is', () => {
  it('compares the scope with this repository as GitHub does, case-insensitively', () => {
    expect(locatePolicy('ACME/Widgets', 'ci', FACTS)).toEqual({
      here: true,
      path: '.github/chainguard/ci.sts.yaml',
      isOrgPolicy: false
    })
    expect(locatePolicy('acme/other', 'ci', FACTS)).toEqual({
      here: false,
      repo: 'acme/other',
      path: '.github/chainguard/ci.sts.yaml'
    })
    expect(locatePolicy('acme', 'ci', FACTS)).toEqual({
      here: false,
      repo: 'acme/.github',
      path: '.github/chainguard/ci.sts.yaml'
    })
    const orgRepo = { repository: { owner: 'acme', repo: '.GitHub' } }
    expect(locatePolicy('Acme', 'ci', orgRepo)).toEqual({
      here: true,
      path: '.github/chainguard/ci.sts.yaml',
      isOrgPolicy: true
    })
    // Another org's scope is not this org's policy repository.
    expect(locatePolicy('other', 'ci', orgRepo).here).toBe(false)
    // A self-hosted server's ORG_POLICY_REPO.
    expect(
      locatePolicy('acme', 'ci', { repository: { owner: 'acme', repo: 'policies' } }, 'policies')
    ).toEqual({ here: true, path: '.github/chainguard/ci.sts.yaml', isOrgPolicy: true })
    // Scope org/.github is read as an org policy (byte for byte, as the server compares it).
    expect(
      locatePolicy('acme/.github', 'ci', { repository: { owner: 'acme', repo: '.github' } })
    ).toEqual({ here: true, path: '.github/chainguard/ci.sts.yaml', isOrgPolicy: true })
  })

  it('says once where a policy in another repository lives, and decides nothing', async () => {
    const sandbox = spySandbox()
    const check = await checkWorkflows(
      input(
        [
          { step: step({ scope: lit('acme/infra') }), presentations: [push('main')] },
          { step: step({ scope: lit('acme') }), presentations: [push('main')] }
        ],
        { ci: MAIN_ONLY },
        { engine: { sandbox } }
      )
    )
    expect(check.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'note',
        'Its policy `ci` (scope `acme/infra`) lives in `acme/infra` at `.github/chainguard/ci.sts.yaml`, not in this repository: not checked here. Check it there, with the workflows that use it in mind.'
      ],
      [
        'note',
        'Its policy `ci` (scope `acme`) lives in `acme/.github` at `.github/chainguard/ci.sts.yaml`, not in this repository: not checked here. Check it there, with the workflows that use it in mind.'
      ]
    ])
    expect(sandbox.calls).toEqual([])
    expect(check.steps.map(s => s.outcome)).toEqual(['elsewhere', 'elsewhere'])
    expect(countLine(check)).toBe(
      '2 steps in 1 workflow checked: 0 admitted, 2 with their policy in another repository.'
    )
  })

  it('decides an org scope in the org policy repository as an org policy', async () => {
    const org = [
      `issuer: ${GITHUB}`,
      'subject: repo:acme/.github:ref:refs/heads/main',
      'permissions: {contents: read}',
      'repositories: [widgets]'
    ].join('\n')
    const facts = {
      ...FACTS,
      repository: { owner: 'acme', repo: '.github', defaultBranch: 'main' }
    }
    const check = await checkWorkflows(
      input(
        [{ step: step({ scope: lit('acme') }), presentations: [push('main')] }],
        { ci: org },
        { facts }
      )
    )
    expect(check.findings).toEqual([])
    expect(check.steps.map(s => s.outcome)).toEqual(['admitted'])
  })

  it('is an error when the policy file is missing: the server will answer "not found"', async () => {
    const check = await checkWorkflows(
      input([{ step: step({ identity: lit('deploy') }), presentations: [push('main')] }], {
        ci: MAIN_ONLY
      })
    )
    expect(check.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'error',
        'No `.github/chainguard/deploy.sts.yaml` in this repository: the server will answer "not found" (`unable to find trust policy for deploy`) every time this step runs. Create `.github/chainguard/deploy.sts.yaml` on the default branch, admitting the subjects this step presents, or fix the step\'s `identity`. The job presents `repo:acme/widgets:ref:refs/heads/main`.'
      ]
    ])
    expect(check.steps[0]?.outcome).toBe('refused')
    // There, but not among the files validated: not decided, not missing.
    const unchecked = await checkWorkflows({
      ...input([{ step: step({ identity: lit('deploy') }), presentations: [push('main')] }], {}),
      exists: file => file === '.github/chainguard/deploy.sts.yaml'
    })
    expect(unchecked.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'note',
        'Not decided: its policy `.github/chainguard/deploy.sts.yaml` was not among the files validated. Validate it too (the folder `.github/chainguard`) to have this step checked.'
      ]
    ])
    expect(unchecked.steps[0]?.outcome).toBe('undecided')
  })
})

describe('checkWorkflows: never a pass for what was not decided', () => {
  const plan = (): StepPlan => ({ step: step(), presentations: [push('main')] })

  it('does not decide against a policy with errors: fix it first', async () => {
    const sandbox = spySandbox()
    const check = await checkWorkflows({
      ...input([plan()], { ci: MAIN_ONLY }, { engine: { sandbox } }),
      policies: [policyReport('ci', [{ severity: 'error', message: 'bad', line: 1 }])]
    })
    expect(check.findings.map(f => f.severity)).toEqual(['warning'])
    expect(check.findings[0]?.message).toContain('has errors (see its findings)')
    expect(check.findings[0]?.message).toContain('Fix the policy first')
    expect(check.steps[0]?.outcome).toBe('undecided')
    expect(sandbox.calls).toEqual([])
  })

  it('does not decide against a policy too costly to check: a warning, not a pass', async () => {
    const check = await checkWorkflows({
      ...input([plan()], { ci: MAIN_ONLY }),
      policies: [
        policyReport('ci', [
          {
            severity: 'warning',
            message: 'ci is too costly to check here: …',
            line: 1,
            code: 'too-costly'
          }
        ])
      ]
    })
    expect(check.findings.map(f => [f.severity, f.message])).toEqual([
      ['warning', 'Not decided: ci is too costly to check here: …']
    ])
    expect(check.steps[0]?.outcome).toBe('undecided')
  })

  it('says when the engine runs out of time or memory on the step, or fails', async () => {
    for (const [outcome, says] of [
      [
        { ok: false, costly: 'time' },
        'is too costly to check here: it could not be checked within the time limit'
      ],
      [{ ok: false, costly: 'memory' }, 'is too costly to check here: checking it needs more than'],
      [
        { ok: false, why: 'boom' },
        'the policy engine failed on `.github/chainguard/ci.sts.yaml` (boom). Please report it.'
      ]
    ] as const) {
      const check = await checkWorkflows(
        input(
          [plan()],
          { ci: MAIN_ONLY },
          { engine: { sandbox: spySandbox(() => outcome as never) } }
        )
      )
      expect(check.findings.map(f => f.severity)).toEqual(['warning'])
      expect(check.findings[0]?.message).toContain(says)
      expect(check.steps[0]?.outcome).toBe('undecided')
    }
  })

  it('is an error when the time limit is reached before the step', async () => {
    const sandbox = spySandbox()
    const check = await checkWorkflows(
      input([plan()], { ci: MAIN_ONLY }, { engine: { sandbox, deadline: 100, now: () => 100 } })
    )
    expect(check.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'error',
        'Not checked: the time limit (timeout-seconds) was reached first. Raise it, or validate fewer files at a time.'
      ]
    ])
    expect(sandbox.calls).toEqual([])
    // The deadline reaches the engine too.
    const timed = spySandbox()
    await checkWorkflows(
      input(
        [plan()],
        { ci: MAIN_ONLY },
        { engine: { sandbox: timed, deadline: 200, now: () => 100 } }
      )
    )
    expect(timed.calls).toEqual([{ name: 'explainTokens', deadline: 200 }])
  })

  it('says when the policy cannot be read, or the engine reads it as invalid', async () => {
    const unreadable = await checkWorkflows({
      ...input([plan()], { ci: MAIN_ONLY }),
      read: () => {
        throw new Error('it is gone')
      }
    })
    expect(unreadable.findings.map(f => [f.severity, f.message])).toEqual([
      ['warning', 'Not decided: `.github/chainguard/ci.sts.yaml` could not be read (it is gone).']
    ])
    // The lint passed a file the engine then reads as invalid (it changed in between).
    const invalid = await checkWorkflows(input([plan()], { ci: 'subject: [' }))
    expect(invalid.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'warning',
        'Not decided: the server reads `.github/chainguard/ci.sts.yaml` as invalid. Fix the policy first.'
      ]
    ])
    expect(invalid.steps[0]?.outcome).toBe('undecided')
  })

  it('skips, with a note naming the step and why, what the files cannot tell', async () => {
    const matrix: InputValue = { kind: 'unknown', text: '${{ matrix.id }}', why: 'a matrix value' }
    const check = await checkWorkflows(
      input(
        [
          { step: step({ identity: matrix }), presentations: [push('main')] },
          {
            step: step({
              audience: { kind: 'unknown', text: '${{ env.AUD }}', why: 'an env value' }
            }),
            presentations: [push('main')]
          },
          { step: step({ scope: ABSENT }), presentations: [push('main')] },
          { step: step(), presentations: [] }
        ],
        { ci: MAIN_ONLY }
      )
    )
    // The reader says why an input is unknown (its notices); a missing one is said here.
    expect(check.findings.map(f => [f.severity, f.title, f.message])).toEqual([
      [
        'note',
        'Octo STS step Get a token (job build): not checked',
        'This Octo STS step is not checked: it has no `scope` input, which the action requires: it fails before any exchange.'
      ]
    ])
    expect(check.steps.map(s => s.outcome)).toEqual(['skipped', 'skipped', 'skipped', 'skipped'])
    expect(countLine(check)).toBe(
      '4 steps in 1 workflow checked: 0 admitted, 4 not checkable from the files.'
    )
  })

  it("passes the reader's notices on at their place", async () => {
    const check = await checkWorkflows({
      ...input([], {}),
      workflows: {
        plans: [],
        files: 2,
        notices: [
          { file: '.github/workflows/a.yml', at: { line: 3, column: 5 }, message: 'YAML error' },
          { file: '.github/workflows/b.yml', message: 'too many jobs' }
        ]
      }
    })
    expect(check.findings).toEqual([
      {
        severity: 'note',
        file: '.github/workflows/a.yml',
        line: 3,
        column: 5,
        title: 'Octo STS workflow check',
        message: 'YAML error'
      },
      {
        severity: 'note',
        file: '.github/workflows/b.yml',
        title: 'Octo STS workflow check',
        message: 'too many jobs'
      }
    ])
    expect(countLine(check)).toBe('0 steps in 2 workflows checked: 0 admitted.')
  })

  it('decides at most MAX_WAYS ways of one step, and says so', async () => {
    const many = Array.from({ length: MAX_WAYS + 3 }, (_, i) => push(`b${i}`))
    const check = await checkWorkflows(
      input([{ step: step(), presentations: many }], { ci: MAIN_ONLY })
    )
    expect(check.findings[0]).toMatchObject({
      severity: 'note',
      message: `This step can run in more ways than are checked here: the first ${MAX_WAYS} are decided, the others are not.`
    })
    expect(check.findings.filter(f => f.severity === 'error')).toHaveLength(MAX_WAYS)
    // Two forms a way: the job's bound on tokens cuts first.
    const both = { ...FACTS, form: undefined, ids: { ownerId: '1', repoId: '2' } }
    const cut = await checkWorkflows(
      input([{ step: step(), presentations: many }], { ci: MAIN_ONLY }, { facts: both })
    )
    expect(cut.findings[0]?.message).toContain(`the first ${MAX_TOKENS_PER_JOB / 2} are decided`)
  })
})

describe('checkWorkflows: what a refusal says', () => {
  const one = async (
    policy: string,
    presentation: Presentation,
    over: Partial<WorkflowCheckInput> = {},
    stepOver: Partial<ActionStep> = {}
  ) => {
    const check = await checkWorkflows(
      input(
        [{ step: step({ job: 'j', ...stepOver }), presentations: [presentation] }],
        { ci: policy },
        over
      )
    )
    return check
  }

  it('widens a subject_pattern, and names the environment a policy admits', async () => {
    const pattern = await one(
      `issuer: ${GITHUB}\nsubject_pattern: repo:acme/widgets:ref:refs/heads/.*\npermissions: {}`,
      { trigger: 'push to tag v1', context: 'ref:refs/tags/v1', claims: { ref: 'refs/tags/v1' } }
    )
    expect(pattern.findings[0]?.message).toContain(
      "write `subject_pattern: '(?:repo:acme/widgets:ref:refs/heads/.*|repo:acme/widgets:ref:refs/tags/v1)'` in `.github/chainguard/ci.sts.yaml`, or"
    )
    const env = await one(
      `issuer: ${GITHUB}\nsubject: repo:acme/widgets:environment:staging\npermissions: {}`,
      environment('prod', push('main'))
    )
    expect(env.findings[0]?.message).toContain(
      'Smallest fix: name the environment the policy admits on job `j` (`environment: staging`), or admit this one: write'
    )
  })

  it('names the claim that refuses, its value, and the pattern admitting it too', async () => {
    const check = await one(
      `issuer: ${GITHUB}\nsubject_pattern: repo:acme/widgets:.*\nclaim_pattern:\n  event_name: push\npermissions: {}`,
      { ...PULL_REQUEST, unknownClaims: [] }
    )
    expect(check.findings.map(f => f.message)).toEqual([
      'On `pull_request`, job `j` presents the subject `repo:acme/widgets:pull_request`: `.github/chainguard/ci.sts.yaml` refuses it. ' +
        'Its `claim_pattern["event_name"]` (line 4) wants a match of `push`, and the job\'s `event_name` is `pull_request`. ' +
        "Smallest fix: under `claim_pattern` in `.github/chainguard/ci.sts.yaml`, write `event_name: '(?:push|pull_request)'`."
    ])
  })

  it('asks for the environment a claim_pattern names, and a claim no job has', async () => {
    const check = await one(
      `issuer: ${GITHUB}\nsubject_pattern: repo:acme/widgets:.*\nclaim_pattern:\n  environment: prod\n  runner_environment: github-hosted\npermissions: {}`,
      push('main')
    )
    expect(check.findings[0]?.message).toContain(
      'Its `claim_pattern["environment"]` (line 4) wants a match of `prod`, and the job\'s token has no `environment` claim'
    )
    expect(check.findings[0]?.message).toContain(
      'Smallest fix: name the environment on job `j` (`environment: NAME`), or remove `claim_pattern["environment"]` from `.github/chainguard/ci.sts.yaml`; and'
    )
    expect(check.findings[0]?.message).toContain(
      'remove `claim_pattern["runner_environment"]` from `.github/chainguard/ci.sts.yaml` (this job\'s token has no `runner_environment` claim).'
    )
  })

  it('never refuses on a claim the files cannot tell: a note says so', async () => {
    const check = await one(
      `issuer: ${GITHUB}\nsubject_pattern: repo:acme/widgets:.*\nclaim_pattern:\n  ref: refs/heads/main\npermissions: {}`,
      PULL_REQUEST
    )
    expect(check.findings.map(f => [f.severity, f.title, f.message])).toEqual([
      [
        'note',
        'Octo STS step Get a token (job j): not decided on pull_request',
        'On `pull_request`, `.github/chainguard/ci.sts.yaml` decides on the claim `ref`, which the workflow files cannot tell: not decided here (never counted as a refusal). The server decides it when the job runs.'
      ]
    ])
    expect(check.steps[0]?.outcome).toBe('admitted')
  })

  it('names the issuer a GHES job presents, and the audience the step asks for', async () => {
    const ghes = { ...FACTS, issuer: 'https://ghes.example/_services/token' }
    const issuer = await one(MAIN_ONLY, push('main'), { facts: ghes })
    expect(issuer.findings[0]?.message).toContain(
      "Its `issuer` (line 1) wants `https://token.actions.githubusercontent.com`, and the job's `iss` is `https://ghes.example/_services/token`."
    )
    expect(issuer.findings[0]?.message).toContain(
      "Smallest fix: write `issuer: https://ghes.example/_services/token` in `.github/chainguard/ci.sts.yaml` (this job's tokens are issued there)."
    )
    const audience = await one(MAIN_ONLY, push('main'), {}, { audience: lit('other') })
    expect(audience.findings[0]?.message).toContain(
      "Its `audience` wants `octo-sts.dev`, and the job's `aud` is `other`"
    )
    expect(audience.findings[0]?.message).toContain(
      "Smallest fix: set the step's `audience` to `octo-sts.dev`, or write `audience: other` in `.github/chainguard/ci.sts.yaml`."
    )
    // A self-hosted domain is the audience the server wants.
    const domain = await one(
      `${MAIN_ONLY}\naudience: sts.acme.dev`,
      push('main'),
      {},
      { domain: lit('sts.acme.dev') }
    )
    expect(domain.findings).toEqual([])
  })

  it('writes the subject in the form the repository uses', async () => {
    const immutable = { ...FACTS, form: 'immutable' as const, ids: { ownerId: '11', repoId: '22' } }
    const check = await one(MAIN_ONLY, push('main'), { facts: immutable })
    expect(check.findings[0]?.message).toContain(
      'presents the subject `repo:acme@11/widgets@22:ref:refs/heads/main`: `.github/chainguard/ci.sts.yaml` refuses it.'
    )
    expect(check.findings[0]?.message).toContain(
      'The policy names the repository in the other subject form. Smallest fix: write `subject: repo:acme@11/widgets@22:ref:refs/heads/main` in `.github/chainguard/ci.sts.yaml`.'
    )
    expect(check.findings[0]?.severity).toBe('error')
  })

  it('checks both forms when the form is unknown, and says which one failed', async () => {
    const unknown = { ...FACTS, form: undefined, ids: { ownerId: '11', repoId: '22' } }
    const check = await one(MAIN_ONLY, push('main'), { facts: unknown })
    expect(check.findings.map(f => f.severity)).toEqual(['warning'])
    expect(check.findings[0]?.message).toContain(
      "presents the subject `repo:acme@11/widgets@22:ref:refs/heads/main` in GitHub's immutable subject form (`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`), if this repository uses it (the form in use could not be known)"
    )
    expect(check.steps[0]?.outcome).toBe('partly')
    // Refused in both forms: an error, said once.
    const both = await one(MAIN_ONLY, PULL_REQUEST, { facts: unknown })
    expect(both.findings.map(f => f.severity)).toEqual(['error'])
    expect(both.findings[0]?.message).toContain(
      'presents the subject `repo:acme/widgets:pull_request` (in either subject form: the one this repository uses could not be known)'
    )
  })

  it('keeps hostile values inert and bounded', async () => {
    const check = await one(
      MAIN_ONLY,
      {
        ...push('main'),
        trigger: 'push to x\n::error::owned`',
        context: 'ref:refs/heads/x'
      },
      {},
      { job: 'j\r\n::warning::x' }
    )
    const msg = check.findings[0]?.message ?? ''
    expect(msg).not.toMatch(/\n|\r|::/)
  })
})

describe('checkWorkflows: a way whose token cannot be predicted', () => {
  const unpredictable =
    (which: (p: Presentation) => boolean): Predict =>
    (p, f, a) =>
      which(p)
        ? { tokens: [], unpredictable: ['The subject template names `x`: not checked.'] }
        : predict(p, f, a)

  it('is not decided, said once, and never a pass', async () => {
    const sandbox = spySandbox()
    const check = await checkWorkflows(
      input(
        [{ step: step({ job: 'j' }), presentations: [push('main'), push('dev')] }],
        { ci: MAIN_ONLY },
        {
          predict: unpredictable(() => true),
          engine: { sandbox }
        }
      )
    )
    expect(check.findings.map(f => [f.severity, f.message])).toEqual([
      ['note', 'On `push to main`: The subject template names `x`: not checked.'],
      ['note', 'On `push to dev`: The subject template names `x`: not checked.']
    ])
    expect(check.steps[0]?.outcome).toBe('undecided')
    expect(sandbox.calls).toEqual([])
  })

  it('makes a refusal of the other ways a warning, not an error', async () => {
    const check = await checkWorkflows(
      input(
        [{ step: step({ job: 'j' }), presentations: [PULL_REQUEST, push('dev')] }],
        { ci: MAIN_ONLY },
        {
          predict: unpredictable(p => p.trigger === 'push to dev')
        }
      )
    )
    expect(check.findings.map(f => f.severity)).toEqual(['note', 'warning'])
    expect(check.steps[0]?.outcome).toBe('partly')
    const admitted = await checkWorkflows(
      input(
        [{ step: step({ job: 'j' }), presentations: [push('main'), push('dev')] }],
        { ci: MAIN_ONLY },
        {
          predict: unpredictable(p => p.trigger === 'push to dev')
        }
      )
    )
    expect(admitted.steps[0]?.outcome).toBe('undecided')
  })
})

describe('JOBS.explainTokens', () => {
  it('explains each token as explainPolicy does, at most MAX_TOKENS_PER_JOB', () => {
    const token = { iss: GITHUB, aud: 'octo-sts.dev', sub: 'repo:acme/widgets:ref:refs/heads/main' }
    const out = JOBS.explainTokens(
      MAIN_ONLY,
      [token, { ...token, sub: 'repo:acme/widgets:pull_request' }],
      'octo-sts.dev',
      {}
    )
    expect(out.map(e => e.explained.verdict)).toEqual(['allow', 'deny'])
    expect(out[1]).toEqual(
      JOBS.explainPolicy(
        MAIN_ONLY,
        { ...token, sub: 'repo:acme/widgets:pull_request' },
        'octo-sts.dev',
        {}
      )
    )
    const many = JOBS.explainTokens(
      MAIN_ONLY,
      Array(MAX_TOKENS_PER_JOB + 5).fill(token),
      'octo-sts.dev',
      {}
    )
    expect(many).toHaveLength(MAX_TOKENS_PER_JOB)
  })
})

describe('checkWorkflows: less common refusals', () => {
  const decide = async (policy: string, predictOver: Predict, presentation = push('main')) =>
    checkWorkflows(
      input(
        [{ step: step({ job: 'j' }), presentations: [presentation] }],
        { ci: policy },
        {
          predict: predictOver
        }
      )
    )

  it('shows a list audience, an issuer_pattern and an audience_pattern', async () => {
    const listAud: Predict = (p, f, a) => ({
      tokens: tokensOf(p, f, a).map(t => ({ ...t, payload: { ...t.payload, aud: ['x', 'y'] } })),
      unpredictable: []
    })
    const check = await decide(
      `issuer_pattern: https://ghes\\.example/.*\nsubject: repo:acme/widgets:ref:refs/heads/main\naudience_pattern: sts\\..*\npermissions: {}`,
      listAud
    )
    const msg = check.findings[0]?.message ?? ''
    expect(msg).toContain(
      "Its `issuer_pattern` (line 1) wants a match of `https://ghes\\.example/.*`, and the job's `iss` is `https://token.actions.githubusercontent.com`"
    )
    expect(msg).toContain(
      "its `audience_pattern` (line 3) wants a match of `sts\\..*`, and the job's `aud` is `x, y`"
    )
    expect(msg).toContain(
      "Smallest fix: write `issuer: https://token.actions.githubusercontent.com` in `.github/chainguard/ci.sts.yaml` instead of `issuer_pattern` (this job's tokens are issued there); and write `audience: x` in `.github/chainguard/ci.sts.yaml` instead of `audience_pattern`."
    )
  })

  it('names every claim the files cannot tell, once', async () => {
    const check = await decide(
      `issuer: ${GITHUB}\nsubject_pattern: repo:acme/widgets:.*\nclaim_pattern:\n  ref: refs/heads/main\n  ref_type: branch\npermissions: {}`,
      predict,
      { ...PULL_REQUEST, unknownClaims: ['ref', 'ref_type'] }
    )
    expect(check.findings.map(f => f.message)).toEqual([
      'On `pull_request`, `.github/chainguard/ci.sts.yaml` decides on the claims `ref`, `ref_type`, which the workflow files cannot tell: not decided here (never counted as a refusal). The server decides it when the job runs.'
    ])
  })

  it('never refuses on a subject the files cannot tell (a customized template)', async () => {
    const noSub: Predict = (p, f, a) => ({
      tokens: tokensOf(p, f, a).map(t => {
        const payload = { ...t.payload }
        delete payload.sub
        return { ...t, payload, unknownClaims: ['sub'] }
      }),
      unpredictable: []
    })
    const check = await decide(MAIN_ONLY, noSub)
    expect(check.findings.map(f => [f.severity, f.message])).toEqual([
      [
        'note',
        'On `push to main`, `.github/chainguard/ci.sts.yaml` decides on the claim `sub`, which the workflow files cannot tell: not decided here (never counted as a refusal). The server decides it when the job runs.'
      ]
    ])
  })
})

describe('checkWorkflows: what a way says it assumed, and a token the server cannot read', () => {
  it('names the sample a glob filter stands for', async () => {
    const check = await checkWorkflows(
      input(
        [
          {
            step: step({ job: 'j' }),
            presentations: [
              { ...push('release/x'), assumed: 'release/x stands for the filter release/*' }
            ]
          }
        ],
        { ci: MAIN_ONLY }
      )
    )
    expect(check.findings[0]?.message).toContain(
      'On `push to release/x` (release/x stands for the filter release/*), job `j` presents the subject `repo:acme/widgets:ref:refs/heads/release/x`'
    )
    expect(check.findings[0]?.message).toContain(
      'That name stands for a filter: admit the names it matches, not only this one (every branch: `repo:acme/widgets:ref:refs/heads/.*`).'
    )
  })

  it('says why the server refuses a token it cannot decode', async () => {
    const odd: Predict = (p, f, a) => ({
      tokens: tokensOf(p, f, a).map(t => ({ ...t, payload: { ...t.payload, exp: 'soon' } })),
      unpredictable: []
    })
    const check = await checkWorkflows(
      input(
        [{ step: step({ job: 'j' }), presentations: [push('main')] }],
        { ci: MAIN_ONLY },
        { predict: odd }
      )
    )
    expect(check.findings.map(f => f.severity)).toEqual(['error'])
    expect(check.findings[0]?.message).toMatch(
      /: `\.github\/chainguard\/ci\.sts\.yaml` refuses it\. The server refuses the token itself \(`.+`\)\.$/
    )
  })

  it('names the environment to add when the policy names an environment by pattern', async () => {
    const check = await checkWorkflows(
      input([{ step: step({ job: 'j' }), presentations: [environment('prod', push('main'))] }], {
        ci: `issuer: ${GITHUB}\nsubject_pattern: 'repo:acme/widgets:environment:(staging|qa)'\npermissions: {}`
      })
    )
    expect(check.findings[0]?.message).toContain(
      "A job with `environment:` presents its environment's subject whatever its trigger. Smallest fix: write `subject_pattern: '(?:repo:acme/widgets:environment:(staging|qa)|repo:acme/widgets:environment:prod)'`"
    )
  })
})

describe('checkWorkflows: edges', () => {
  const plan = (): StepPlan => ({ step: step({ job: 'j' }), presentations: [push('main')] })
  const none: Predict = () => ({ tokens: [], unpredictable: [] })

  it('counts one step, and names no subject for a missing policy when none can be predicted', async () => {
    const check = await checkWorkflows(input([plan()], {}, { predict: none }))
    expect(check.findings[0]?.message).toMatch(/or fix the step's `identity`\.$/)
    expect(countLine(check)).toBe(
      '1 step in 1 workflow checked: 0 admitted, 1 refused every way they run.'
    )
  })

  it("measures the deadline on Date.now by default, and reads a thrown value's text", async () => {
    const late = await checkWorkflows(
      input([plan()], { ci: MAIN_ONLY }, { engine: { deadline: Date.now() - 1 } })
    )
    expect(late.findings[0]?.severity).toBe('error')
    const ok = await checkWorkflows(
      input([plan()], { ci: MAIN_ONLY }, { engine: { deadline: Date.now() + 60_000 } })
    )
    expect(ok.findings).toEqual([])
    const thrown = await checkWorkflows({
      ...input([plan()], { ci: MAIN_ONLY }),
      read: () => {
        throw 'EACCES'
      }
    })
    expect(thrown.findings[0]?.message).toBe(
      'Not decided: `.github/chainguard/ci.sts.yaml` could not be read (EACCES).'
    )
  })

  it('says the subject cannot be told when another field refuses a token without one', async () => {
    const noSub: Predict = (p, f, a) => ({
      tokens: tokensOf(p, f, a).map(t => {
        const payload = { ...t.payload }
        delete payload.sub
        return { ...t, payload, unknownClaims: ['sub'] }
      }),
      unpredictable: []
    })
    const ghes = { ...FACTS, issuer: 'https://ghes.example/_services/token' }
    const check = await checkWorkflows(
      input([plan()], { ci: MAIN_ONLY }, { predict: noSub, facts: ghes })
    )
    expect(check.findings.map(f => [f.severity, f.message.split(':')[0]])).toEqual([
      ['error', 'On `push to main`, job `j` presents a subject the workflow files cannot tell']
    ])
  })
})

describe('checkWorkflows: a subject the server refuses before any policy', () => {
  it('says no policy can admit it, and what to rename', async () => {
    const check = await checkWorkflows(
      input([{ step: step({ job: 'j' }), presentations: [environment('prod $x', push('main'))] }], {
        ci: MAIN_ONLY
      })
    )
    expect(check.findings.map(f => f.message)).toEqual([
      'On `push to main`, job `j` presents the subject `repo:acme/widgets:environment:prod $x`: `.github/chainguard/ci.sts.yaml` refuses it. ' +
        "The server refuses the token's `sub` before it reads the policy (`invalid subject in token`). " +
        'No policy can admit it: the server refuses a subject with a space, a quote, `;`, `$` or a bracket. Rename what the subject is made of (the environment, the branch or the tag).'
    ])
  })

  it('has no fix for another claim refused before the policy is read', async () => {
    const badAud: Predict = (p, f, a) => ({
      tokens: tokensOf(p, f, a).map(t => ({ ...t, payload: { ...t.payload, aud: 'a b' } })),
      unpredictable: []
    })
    const check = await checkWorkflows(
      input(
        [{ step: step({ job: 'j' }), presentations: [push('main')] }],
        { ci: MAIN_ONLY },
        { predict: badAud }
      )
    )
    expect(check.findings[0]?.message).toMatch(
      /The server refuses the token's `aud` before it reads the policy \(`invalid audience in token`\)\.$/
    )
  })
})

describe('checkWorkflows: what this action does before any request', () => {
  it('warns of inputs the action refuses, and decides nothing', async () => {
    const sandbox = spySandbox()
    const check = await checkWorkflows(
      input(
        [
          { step: step({ domain: lit('https://octo-sts.dev') }), presentations: [push('main')] },
          {
            step: step({ identity: lit('a/b'), audience: lit('two words') }),
            presentations: [push('main')]
          },
          // octo-sts/action checks its inputs its own way: decided as written.
          {
            step: step({ client: 'octo-sts/action', domain: lit('OCTO-STS.DEV') }),
            presentations: [push('main')]
          }
        ],
        { ci: MAIN_ONLY },
        { engine: { sandbox } }
      )
    )
    expect(check.findings.map(f => [f.severity, f.title])).toEqual([
      ['warning', 'Octo STS step Get a token (job build): inputs refused'],
      ['warning', 'Octo STS step Get a token (job build): inputs refused']
    ])
    expect(check.findings[0]?.message).toMatch(
      /^The action refuses this step's inputs before any exchange, whatever the policy says: `domain` is "https:\/\/octo-sts\.dev": give the host only/
    )
    expect(check.findings[1]?.message).toContain('`identity` is "a/b"')
    expect(check.findings[1]?.message).toContain('`audience` is "two words"')
    expect(check.steps.map(s => s.outcome)).toEqual(['invalid', 'invalid', 'admitted'])
    expect(sandbox.calls).toHaveLength(1)
    expect(countLine(check)).toBe(
      '3 steps in 1 workflow checked: 1 admitted, 2 failing on their inputs before any exchange.'
    )
  })

  it('counts a dry run without deciding it: it never exchanges', async () => {
    const sandbox = spySandbox()
    const check = await checkWorkflows(
      input(
        [
          { step: step({ dryRun: lit('true') }), presentations: [PULL_REQUEST] },
          { step: step({ dryRun: lit('false') }), presentations: [PULL_REQUEST] },
          {
            step: step({ dryRun: { kind: 'unknown', text: '${{ inputs.dry }}', why: 'an input' } }),
            presentations: [PULL_REQUEST]
          }
        ],
        { ci: MAIN_ONLY },
        { engine: { sandbox } }
      )
    )
    expect(check.steps.map(s => s.outcome)).toEqual(['dry-run', 'refused', 'refused'])
    expect(check.findings.map(f => f.severity)).toEqual(['error', 'error'])
    expect(sandbox.calls).toHaveLength(2)
    expect(countLine(check)).toBe(
      '3 steps in 1 workflow checked: 0 admitted, 2 refused every way they run, 1 dry run (no exchange).'
    )
  })
})
