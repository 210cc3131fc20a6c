// The workflow check end to end: dist/validate/index.js as the runner runs it, and
// dist/cli/index.js, on the fixture repositories of __tests__/fixtures/preflight (workflows and
// policies together). Asserts where each annotation lands (the step's `uses:`), what it says,
// the exit status, and keeps what users see (log, job summary, the command's output) as
// readable snapshots in snapshots-workflows/.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { foreignCommands } from '../stack/commands.js'
import { runCli, startStack } from '../stack/index.js'
import type { CliResult, Stack } from '../stack/index.js'
import { assertNoLeaks, renderLog, REPO_ROOT, runStep, unescapeData } from '../stack/run-step.js'
import type { StepResult } from '../stack/run-step.js'
import { expectSnapshot } from '../stack/snapshot.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/preflight/', import.meta.url))
const repo = (name: string): string => join(FIXTURES, name)
const SNAPSHOTS = join(REPO_ROOT, '__tests__/e2e/snapshots-workflows')

interface Annotation {
  severity: string
  file?: string
  line?: number
  col?: number
  title?: string
  message: string
}

const unescapeProperty = (s: string): string =>
  unescapeData(s.replace(/%3A/gi, ':').replace(/%2C/gi, ','))

/** The annotations of a step's stdout, decoded. */
function annotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!m) continue
    const a: Annotation = { severity: m[1] ?? '', message: unescapeData(m[3] ?? '') }
    for (const prop of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = prop.indexOf('=')
      const [key, value] = [prop.slice(0, eq), unescapeProperty(prop.slice(eq + 1))]
      if (key === 'file' || key === 'title') a[key] = value
      if (key === 'line' || key === 'col') a[key] = Number(value)
    }
    out.push(a)
  }
  return out
}

const where = (a: Annotation): string =>
  `${a.severity} ${a.file ?? '-'}:${a.line ?? '-'}:${a.col ?? '-'}`

let stack: Stack
let temp: string
let event: string

beforeAll(async () => {
  stack = await startStack()
  temp = mkdtempSync(join(tmpdir(), 'preflight-e2e-'))
  event = join(temp, 'event.json')
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'main' } }))
})
afterAll(async () => {
  await stack.close()
  rmSync(temp, { recursive: true, force: true })
})

/** The runner's environment for `repository`, on github.com, with the event payload. */
const runnerEnv = (
  repository = 'acme/widgets',
  extra: Record<string, string | undefined> = {}
): Record<string, string | undefined> =>
  stack.env({
    GITHUB_REPOSITORY: repository,
    GITHUB_EVENT_PATH: event,
    GITHUB_SERVER_URL: 'https://github.com',
    ...extra
  })

/** The validate action in a fixture repository, leak-checked, its log rendered. */
async function action(
  name: string,
  opts: { inputs?: Record<string, string>; env?: Record<string, string | undefined> } = {},
  repository = 'acme/widgets'
): Promise<StepResult & { found: Annotation[] }> {
  const r = await runStep('validate', {
    cwd: repo(name),
    ...(opts.inputs ? { inputs: opts.inputs } : {}),
    env: runnerEnv(repository, opts.env)
  })
  assertNoLeaks(r, stack.secrets())
  expect(foreignCommands(r.stdout)).toEqual([])
  expect(r.stderr).toBe('')
  return { ...r, found: annotations(r.stdout) }
}

/** The command line at a fixture repository's root (not in any CI system). */
const cli = (name: string, args: string[]): Promise<CliResult> =>
  runCli(['validate', ...args], { cwd: repo(name), env: { GITHUB_REPOSITORY: undefined } })

/** Only the ports differ between runs. */
const normalize = (text: string): string =>
  text.split(new URL(stack.api.url).host).join('127.0.0.1:<api-port>')

function expectSeen(name: string, r: StepResult, debug = false): void {
  expectSnapshot(SNAPSHOTS, `${name}.log.txt`, normalize(renderLog(r.stdout, { debug }).join('\n')))
  expectSnapshot(SNAPSHOTS, `${name}.summary.md`, normalize(r.summary))
}

const expectCliSeen = (name: string, r: CliResult): void =>
  expectSnapshot(
    SNAPSHOTS,
    `${name}.cli.txt`,
    `$ octo-sts-token validate … (exit ${r.exitCode})\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`
  )

const W = '.github/workflows'

/** The job token that reads the repository's OIDC settings (masked, never printed). */
const GITHUB_TOKEN = 'ghs_preflightTokenFixture0001'

describe('the issue\'s "Done when": ci admits only repo:acme/widgets:ref:refs/heads/main', () => {
  it('the action annotates the pull_request, environment and mixed steps at uses:, not the admitted one', async () => {
    // The repository's OIDC settings say: the default template, name-only subjects.
    stack.api.oidcCustomization('acme/widgets', {
      status: 200,
      template: { use_default: true, use_immutable_subject: false }
    })
    const r = await action('widgets', { inputs: { 'github-token': GITHUB_TOKEN } }).finally(() =>
      stack.api.oidcCustomization('acme/widgets', undefined)
    )
    assertNoLeaks(r, [GITHUB_TOKEN])
    expect(r.found.map(where)).toEqual([
      `error ${W}/deploy.yml:15:9`,
      `warning ${W}/mixed.yml:16:9`,
      `error ${W}/pr.yml:11:9`,
      'error -:-:-'
    ])
    const [deploy, mixed, pr, failed] = r.found
    expect(pr?.message).toContain(
      'On `pull_request`, job `test` presents the subject `repo:acme/widgets:pull_request`'
    )
    expect(pr?.message).toContain(
      'Its `subject` (line 2) wants `repo:acme/widgets:ref:refs/heads/main`.'
    )
    expect(deploy?.message).toContain(
      'On `push to main`, job `deploy` presents the subject `repo:acme/widgets:environment:production`'
    )
    expect(mixed?.message).toContain(
      'On `pull_request`, job `build` presents the subject `repo:acme/widgets:pull_request`'
    )
    expect(failed?.message).toBe(
      "2 errors in workflows: the policies refuse their Octo STS steps every way they run, or a policy is missing. See the annotations at the steps' `uses:` lines."
    )
    expect(r.stdout).toContain(
      '4 steps in 4 workflows checked: 1 admitted, 2 refused every way they run, 1 refused some ways they run.'
    )
    expect(r.exitCode).toBe(1)
    expectSeen('done-when', r)
  })

  it('the command line prints the same findings as file:line:column lines', async () => {
    const r = await cli('widgets', [
      '--repository',
      'acme/widgets',
      '--default-branch',
      'main',
      '--subject-form',
      'name-only'
    ])
    const lines = r.stdout.split('\n').filter(Boolean)
    expect(lines.map(l => l.split(': ').slice(0, 2).join(': '))).toEqual([
      `${W}/deploy.yml:15:9: error`,
      `${W}/mixed.yml:16:9: warning`,
      `${W}/pr.yml:11:9: error`
    ])
    expect(lines[2]).toContain('presents the subject `repo:acme/widgets:pull_request`')
    expect(r.stderr).toContain(
      '4 steps in 4 workflows checked: 1 admitted, 2 refused every way they run, 1 refused some ways they run.'
    )
    expect(r.stderr).toMatch(
      /Checked 1 file and the workflows in \.github\/workflows: 2 errors, 1 warning\.\n$/
    )
    expect(r.exitCode).toBe(1)
    expectCliSeen('done-when', r)
  })

  it('the workflow check is off with an empty workflows input or --workflows ""', async () => {
    const r = await action('widgets', { inputs: { workflows: '' } })
    expect(r.found).toEqual([])
    expect(r.exitCode).toBe(0)
    const c = await cli('widgets', ['--workflows', ''])
    expect(c.stdout).toBe('')
    expect(c.stderr).toBe('Checked 1 file: 0 errors, 0 warnings.\n')
    expect(c.exitCode).toBe(0)
  })
})

describe('immutable subjects', () => {
  const ids = { GITHUB_REPOSITORY_OWNER_ID: '1001', GITHUB_REPOSITORY_ID: '2002' }

  it('the form read from the OIDC settings: a name-only policy refuses every way, with the line to write', async () => {
    stack.api.oidcCustomization('acme/widgets', {
      status: 200,
      template: { use_default: true, use_immutable_subject: true }
    })
    try {
      const r = await action('immutable', {
        env: ids,
        inputs: { 'github-token': 'ghs_preflightTokenFixture0001' }
      })
      expect(r.found.map(where)).toEqual([`error ${W}/release.yml:13:9`, 'error -:-:-'])
      expect(r.found[0]?.message).toContain(
        'presents the subject `repo:acme@1001/widgets@2002:ref:refs/heads/main`'
      )
      expect(r.found[0]?.message).toContain(
        'write `subject: repo:acme@1001/widgets@2002:ref:refs/heads/main`'
      )
      // The token is masked before anything, and never printed.
      expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${GITHUB_TOKEN}`)
      assertNoLeaks(r, [GITHUB_TOKEN])
      expectSeen('immutable', r)
    } finally {
      stack.api.oidcCustomization('acme/widgets', undefined)
    }
  })

  it('the form unknown: both forms checked, a warning naming the one that failed', async () => {
    const r = await action('immutable', { env: ids })
    expect(r.found.map(where)).toEqual([`warning ${W}/release.yml:13:9`])
    expect(r.found[0]?.message).toContain("in GitHub's immutable subject form")
    expect(r.found[0]?.message).toContain(
      'if this repository uses it (the form in use could not be known)'
    )
    expect(r.exitCode).toBe(0)
    expectSeen('unknown-form', r)
    const c = await cli('immutable', [
      '--repository',
      'acme/widgets',
      '--default-branch',
      'main',
      '--owner-id',
      '1001',
      '--repository-id',
      '2002'
    ])
    expect(c.stdout).toMatch(
      /^\.github\/workflows\/release\.yml:13:9: warning: .*immutable subject form/
    )
    expect(c.exitCode).toBe(0)
    const known = await cli('immutable', [
      '--repository',
      'acme/widgets',
      '--default-branch',
      'main',
      '--owner-id',
      '1001',
      '--repository-id',
      '2002',
      '--subject-form',
      'immutable'
    ])
    expect(known.stdout).toMatch(/^\.github\/workflows\/release\.yml:13:9: error: /)
    expect(known.exitCode).toBe(1)
  })
})

describe('the org policy repository', () => {
  it("checks an org scope here as an org policy, and says where another repository's policy lives", async () => {
    const r = await action('org', {}, 'acme/.github')
    expect(r.found.map(where)).toEqual([`notice ${W}/sync.yml:20:9`])
    expect(r.found[0]?.message).toContain(
      'Its policy `deploy` (scope `acme/widgets`) lives in `acme/widgets` at `.github/chainguard/deploy.sts.yaml`'
    )
    expect(r.stdout).toContain('(org policies: repositories allowed)')
    expect(r.stdout).toContain(
      '2 steps in 1 workflow checked: 1 admitted, 1 with their policy in another repository.'
    )
    expect(r.exitCode).toBe(0)
    expectSeen('org-policy-repository', r)
  })
})

describe('GitHub Enterprise Server', () => {
  it("names the server's issuer to write, for the branch and the tag", async () => {
    const r = await action('ghes', { env: { GITHUB_SERVER_URL: 'https://ghes.example.com' } })
    expect(r.found.map(where)).toEqual([
      `error ${W}/release.yml:14:9`,
      `error ${W}/release.yml:14:9`,
      'error -:-:-'
    ])
    for (const a of r.found.slice(0, 2)) {
      expect(a.message).toContain(
        'Smallest fix: write `issuer: https://ghes.example.com/_services/token`'
      )
    }
    expectSeen('ghes', r)
    const c = await cli('ghes', [
      '--repository',
      'acme/widgets',
      '--default-branch',
      'main',
      '--server-url',
      'https://ghes.example.com'
    ])
    expect(c.stdout.split('\n').filter(Boolean)).toHaveLength(2)
    expect(c.exitCode).toBe(1)
  })
})

describe('a customized subject template', () => {
  it('checks the stated template, and says when the default one is assumed', async () => {
    const r = await action('custom', {
      inputs: { 'subject-claim-keys': 'repo,context,job_workflow_ref' }
    })
    expect(r.found.map(where)).toEqual([`error ${W}/nightly.yml:13:9`, 'error -:-:-'])
    expect(r.found[0]?.message).toContain(
      'job_workflow_ref:acme/widgets/.github/workflows/nightly.yml@refs/heads/main'
    )
    expectSeen('custom-template', r)
    const assumed = await action('custom')
    expect(assumed.found.map(where)).toEqual([
      `error ${W}/nightly.yml:13:9`,
      `error ${W}/release.yml:13:9`,
      'error -:-:-'
    ])
    expect(assumed.stdout).toMatch(/default (subject )?template/i)
  })
})

describe('what the log shows with ACTIONS_STEP_DEBUG on', () => {
  it('keeps hostile names inert, and never prints the token', async () => {
    const token = 'ghs_preflightTokenFixture0002'
    const r = await action('hostile', {
      env: { ACTIONS_STEP_DEBUG: 'true', RUNNER_DEBUG: '1' },
      inputs: { 'github-token': token }
    })
    assertNoLeaks(r, [token])
    expect(r.found.map(where)).toEqual([`error ${W}/evil.yml:15:9`, 'error -:-:-'])
    // The environment's name, shown inert (`::` and `##[` broken), and why no policy helps.
    expect(r.found[0]?.message).toContain('No policy can admit it')
    expect(r.found[0]?.message).not.toMatch(/::|##\[/)
    expect(r.found[0]?.title).not.toMatch(/::|##\[|\u202e/)
    expect(r.stdout).toMatch(/^::debug::/m)
    expectSeen('hostile-debug', r, true)
    expect(r.summary).not.toMatch(/<[a-z]/i)
    // The token is in its mask line, first, and nowhere else.
    expect(r.stdout.split('\n').filter(l => l.includes(token))).toEqual([`::add-mask::${token}`])
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${token}`)
  })
})

describe('no workflows folder', () => {
  it('is an info line for the default folder, an error for one named', async () => {
    const ws = mkdtempSync(join(temp, 'ws-'))
    const policies = join(ws, '.github', 'chainguard')
    const { mkdirSync } = await import('node:fs')
    mkdirSync(policies, { recursive: true })
    writeFileSync(
      join(policies, 'ci.sts.yaml'),
      'issuer: https://token.actions.githubusercontent.com\nsubject: repo:acme/widgets:ref:refs/heads/main\npermissions: {contents: read}\n'
    )
    const r = await runStep('validate', { cwd: ws, env: runnerEnv() })
    expect(annotations(r.stdout)).toEqual([])
    expect(r.stdout).toContain(
      'No .github/workflows folder in the workspace: no workflow to check.'
    )
    expect(r.exitCode).toBe(0)
    const named = await runStep('validate', {
      cwd: ws,
      env: runnerEnv(),
      inputs: { workflows: 'flows' }
    })
    expect(annotations(named.stdout).map(a => a.message)).toEqual([
      'No workflows folder flows in the workspace: no workflow was checked. Fix `workflows`, or set it empty to turn the workflow check off.'
    ])
    expect(named.exitCode).toBe(1)
  })
})
