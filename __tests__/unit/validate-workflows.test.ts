// The workflow check as the validate step and `octo-sts-token validate` run it, on temporary
// repositories (workflows and policies on disk), with a recording runner and a fake HTTP:
// where annotations land, what fails the step and what does not, and every way the check is
// turned off, cannot run, or is cut.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validate } from '../../src/steps/validate.js'
import { validate as validateCli } from '../../src/cli/validate.js'
import { recordingRunner } from './helpers/runner.js'
import { fakeIo } from './helpers/cli-io.js'

const temps: string[] = []
afterAll(() => temps.forEach(d => rmSync(d, { recursive: true, force: true })))

/** A repository under a fresh directory: path → text. */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wf-check-'))
  temps.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const MAIN_ONLY = [
  'issuer: https://token.actions.githubusercontent.com',
  'subject: repo:acme/widgets:ref:refs/heads/main',
  'permissions:',
  '  contents: read',
  ''
].join('\n')

const workflow = (on: string, identity = 'ci', extra = ''): string =>
  [
    `on: ${on}`,
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    extra,
    '    steps:',
    '      - uses: octo-sts-token/action@v1',
    '        with:',
    '          scope: acme/widgets',
    `          identity: ${identity}`,
    ''
  ]
    .filter(l => l !== '')
    .join('\n')

const WIDGETS = {
  '.github/chainguard/ci.sts.yaml': MAIN_ONLY,
  '.github/workflows/pr.yml': workflow('pull_request'),
  '.github/workflows/push.yml': workflow('{push: {branches: [main]}}')
}

const env = (ws: string, extra: Record<string, string> = {}): Record<string, string> => ({
  GITHUB_WORKSPACE: ws,
  GITHUB_REPOSITORY: 'acme/widgets',
  GITHUB_SERVER_URL: 'https://github.com',
  ...extra
})

const INPUTS = { workflows: '.github/workflows' }

async function step(
  ws: string,
  inputs: Record<string, string> = INPUTS,
  extraEnv: Record<string, string> = {}
) {
  const rec = recordingRunner({ inputs })
  const report = await validate({ runner: rec.runner, env: env(ws, extraEnv) })
  return { rec, report }
}

describe('the validate step: the workflow check', () => {
  it('annotates a refused step at its uses:, fails, and adds a section to the summary', async () => {
    const ws = repository(WIDGETS)
    const { rec, report } = await step(ws, {
      ...INPUTS,
      'github-token': 'ghs_unitTokenFixture0000001'
    })
    // Masked before anything else.
    expect(rec.events[0]).toEqual({ type: 'setSecret', value: 'ghs_unitTokenFixture0000001' })
    const errors = rec.of('error')
    expect(errors.map(e => e.properties)).toEqual([
      expect.objectContaining({ file: '.github/workflows/pr.yml', startLine: 6, startColumn: 9 }),
      undefined
    ])
    expect(errors[0]?.properties?.title).toBe(
      'Octo STS step octo-sts-token/action@v1 (job test): refused on pull_request'
    )
    expect(errors[0]?.message).toContain('presents the subject `repo:acme/widgets:pull_request`')
    expect(rec.failed()).toBe(
      "1 error in workflows: the policies refuse their Octo STS steps every way they run, or a policy is missing. See the annotations at the steps' `uses:` lines."
    )
    expect(report.workflows).toEqual({ errors: 1, warnings: 0 })
    const summary = rec.of('appendSummary')[0]?.markdown ?? ''
    expect(summary).toContain('## Octo STS steps in workflows')
    // Escaped as every text of the summary is: the page shows it as it is.
    expect(summary).toContain(
      '2 steps in 2 workflows checked\\: 1 admitted\\, 1 refused every way they run\\.'
    )
    expect(rec.texts().slice(1).join('\n')).not.toContain('ghs_unitTokenFixture0000001')
  })

  it('is off with an empty input', async () => {
    const ws = repository(WIDGETS)
    const { rec, report } = await step(ws, {})
    expect(rec.of('error')).toEqual([])
    expect(report.workflows).toBeUndefined()
    expect(report.failed).toBe(false)
  })

  it('says a missing default folder in one line, and fails on a named one, outside, or a link out', async () => {
    const ws = repository({ '.github/chainguard/ci.sts.yaml': MAIN_ONLY })
    const quiet = await step(ws)
    expect(quiet.rec.of('info').map(e => e.message)).toContain(
      'No .github/workflows folder in the workspace: no workflow to check.'
    )
    expect(quiet.report.failed).toBe(false)
    const named = await step(ws, { workflows: 'flows' })
    expect(named.rec.failed()).toBe(
      'No workflows folder flows in the workspace: no workflow was checked. Fix `workflows`, or set it empty to turn the workflow check off.'
    )
    const outside = await step(ws, { workflows: '../elsewhere' })
    expect(outside.rec.failed()).toMatch(
      /^Input `workflows` is "\.\.\/elsewhere", which is outside the workspace/
    )
    const away = repository({ '.github/workflows/x.yml': workflow('push') })
    symlinkSync(join(away, '.github/workflows'), join(ws, 'linked'))
    const linked = await step(ws, { workflows: 'linked' })
    expect(linked.rec.failed()).toBe(
      'The workflows folder linked is a link to outside the workspace: refused, nothing in it was read.'
    )
  })

  it('fails on a subject-claim-keys it cannot use, and warns when the repository is unknown', async () => {
    const ws = repository(WIDGETS)
    const bad = await step(ws, { ...INPUTS, 'subject-claim-keys': 'repo;context' })
    expect(bad.rec.failed()).toContain('subject-claim-keys')
    const rec = recordingRunner({ inputs: INPUTS })
    const report = await validate({ runner: rec.runner, env: { GITHUB_WORKSPACE: ws } })
    expect(rec.of('warning').map(w => w.message)).toEqual([
      expect.stringMatching(
        /^The workflows in \.github\/workflows were not checked: GITHUB_REPOSITORY is not set/
      )
    ])
    expect(report.workflows).toEqual({ errors: 0, warnings: 1 })
    expect(report.failed).toBe(false)
  })

  it('fails on workflow warnings with fail-on-warnings, and counts both kinds of errors', async () => {
    const mixed = repository({
      '.github/chainguard/ci.sts.yaml': MAIN_ONLY,
      '.github/workflows/mixed.yml': workflow('{push: {branches: [main]}, pull_request: {}}')
    })
    const warned = await step(mixed, { ...INPUTS, 'fail-on-warnings': 'true' })
    expect(warned.rec.of('warning')).toHaveLength(1)
    expect(warned.rec.failed()).toBe('1 warning in workflows, and fail-on-warnings is true.')
    const both = repository({
      ...WIDGETS,
      '.github/chainguard/bad.sts.yaml': MAIN_ONLY + 'extra: 1\n',
      '.github/workflows/mixed.yml': workflow('{push: {branches: [main]}, pull_request: {}}')
    })
    const r = await step(both, { ...INPUTS, 'fail-on-warnings': 'true' })
    expect(r.rec.failed()).toBe(
      '1 error in trust policies: the server would reject them or they can never admit a token; and 1 error in workflows. See the annotations.'
    )
  })

  it('annotates a bounded share of a hostile repository, and says how many more', async () => {
    const steps = Array.from(
      { length: 205 },
      (_, i) =>
        `      - uses: octo-sts-token/action@v1\n        with: {scope: acme/widgets, identity: id${i}}`
    )
    const ws = repository({
      '.github/chainguard/ci.sts.yaml': MAIN_ONLY,
      '.github/workflows/many.yml': `on: {push: {branches: [main]}}\njobs:\n  j:\n    runs-on: x\n    steps:\n${steps.join('\n')}\n`
    })
    const { rec, report } = await step(ws)
    const annotated = rec.of('error').length + rec.of('warning').length + rec.of('notice').length
    expect(annotated).toBe(200)
    expect(rec.of('info').map(e => e.message)).toContain('5 more workflow findings, not annotated.')
    expect(report.workflows?.errors).toBe(205)
    expect(rec.of('appendSummary')[0]?.markdown).toContain('… and 155 more findings, not listed.')
  })
})

describe('octo-sts-token validate: the workflow check', () => {
  async function run(cwd: string, args: string[], envs: Record<string, string> = {}) {
    const io = fakeIo(cwd, envs)
    const code = await validateCli(args, io)
    return { code, out: io.out(), err: io.err(), lines: io.out().split('\n').filter(Boolean) }
  }
  const FLAGS = ['--repository', 'acme/widgets', '--default-branch', 'main']

  it('checks .github/chainguard and .github/workflows at the root, findings as file:line:column', async () => {
    const ws = repository(WIDGETS)
    const r = await run(ws, FLAGS)
    expect(r.lines.map(l => l.split(': ').slice(0, 2).join(': '))).toEqual([
      '.github/workflows/pr.yml:6:9: error'
    ])
    expect(r.err).toContain('Repository: acme/widgets (--repository).')
    expect(r.err).toContain(
      '2 steps in 2 workflows checked: 1 admitted, 1 refused every way they run.'
    )
    expect(r.err).toMatch(
      /Checked 1 file and the workflows in \.github\/workflows: 1 error, 0 warnings\.\n$/
    )
    expect(r.code).toBe(1)
  })

  it('checks the workflows alone when there is no policy folder: every step is refused', async () => {
    const ws = repository({ '.github/workflows/push.yml': workflow('{push: {branches: [main]}}') })
    const r = await run(ws, FLAGS)
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^\.github\/workflows\/push\.yml:6:9: error: No `\.github\/chainguard\/ci\.sts\.yaml` in this repository/
      )
    ])
    expect(r.err).toMatch(/Checked 0 files and the workflows/)
  })

  it('takes --workflows with PATHs, and refuses a folder that is not there or outside', async () => {
    const ws = repository(WIDGETS)
    const r = await run(ws, [...FLAGS, '--workflows', '.github/workflows', '.github/chainguard'])
    expect(r.lines).toHaveLength(1)
    const missing = await run(ws, [...FLAGS, '--workflows', 'flows'])
    expect(missing.lines).toEqual([
      'flows:1:1: error: No workflows folder flows: no workflow was checked.'
    ])
    expect(missing.code).toBe(1)
    const outside = await run(ws, [...FLAGS, '--workflows', '../x'])
    expect(outside.lines[0]).toMatch(
      /^\.\.\/x:1:1: error: \.\.\/x is outside the current directory/
    )
    const away = repository({ 'w/x.yml': workflow('push') })
    symlinkSync(join(away, 'w'), join(ws, 'linked'))
    const linked = await run(ws, [...FLAGS, '--workflows', 'linked'])
    expect(linked.lines[0]).toMatch(/^linked:1:1: error: linked is a link to outside/)
    // Not given and no PATH: only the policies when there is no workflows folder.
    const plain = await run(repository({ '.github/chainguard/ci.sts.yaml': MAIN_ONLY }), FLAGS)
    expect(plain.err).toBe('Checked 1 file: 0 errors, 0 warnings.\n')
  })

  it('a repository it cannot know: a warning by default, an error when the workflows were asked for', async () => {
    const ws = repository(WIDGETS)
    const r = await run(ws, [])
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^\.github\/workflows:1:1: warning: the workflows were not checked: The repository is unknown/
      )
    ])
    expect(r.code).toBe(0)
    const asked = await run(ws, ['--workflows', '.github/workflows'])
    expect(asked.lines[0]).toMatch(
      /^\.github\/workflows:1:1: error: the workflows were not checked/
    )
    expect(asked.code).toBe(1)
  })

  it('usage errors for facts it cannot use: exit 2', async () => {
    const ws = repository(WIDGETS)
    for (const args of [
      ['--repository', 'not a repo'],
      [...FLAGS, '--owner-id', 'x', '--repository-id', '1'],
      [...FLAGS, '--subject-form', 'sometimes']
    ]) {
      const r = await run(ws, args)
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err).toMatch(/^octo-sts-token validate: --/)
    }
  })
})

describe('the workflow check: notes, findings without a place, a clean run', () => {
  const elsewhere = [
    'on: {push: {branches: [main]}}',
    'jobs:',
    '  j:',
    '    runs-on: x',
    '    steps:',
    '      - uses: octo-sts-token/action@v1',
    '        with: {scope: acme/infra, identity: ci}',
    ''
  ].join('\n')

  it('the step: a note at the step, a notice without a place, and the folder named `.`', async () => {
    const ws = repository({
      '.github/chainguard/ci.sts.yaml': MAIN_ONLY,
      '.github/workflows/elsewhere.yml': elsewhere,
      'top.yml': elsewhere
    })
    mkdirSync(join(ws, '.github/workflows/dir.yml'))
    const { rec, report } = await step(ws)
    expect(rec.of('notice').map(n => [n.properties?.file, n.properties?.startLine])).toEqual([
      ['.github/workflows/dir.yml', undefined],
      ['.github/workflows/elsewhere.yml', 6]
    ])
    expect(report.workflows).toEqual({ errors: 0, warnings: 0 })
    const summary = rec.of('appendSummary')[0]?.markdown ?? ''
    expect(summary).toContain('- `.github/workflows/dir.yml` **note**')
    const root = await step(ws, { workflows: '.' })
    expect(root.rec.of('info').map(e => e.message)).toContain(
      '1 step in 1 workflow checked: 0 admitted, 1 with their policy in another repository.'
    )
  })

  it('the step: an admitted step alone leaves no list in the summary', async () => {
    const ws = repository({
      '.github/chainguard/ci.sts.yaml': MAIN_ONLY,
      '.github/workflows/push.yml': workflow('{push: {branches: [main]}}')
    })
    const { rec } = await step(ws, INPUTS, { GITHUB_EVENT_PATH: '/nonexistent' })
    const summary = rec.of('appendSummary')[0]?.markdown ?? ''
    expect(summary).toContain('1 step in 1 workflow checked\\: 1 admitted\\.')
    expect(summary).not.toMatch(/^- `/m)
    expect(rec.of('debug').map(d => d.message)).toEqual([
      'workflow check: .github/workflows/push.yml:6:9 job test, octo-sts-token/action@v1: admitted'
    ])
  })

  it('the command line: notes and warnings counted apart, a finding without a place at 1:1', async () => {
    const ws = repository({
      '.github/chainguard/ci.sts.yaml': MAIN_ONLY,
      '.github/workflows/elsewhere.yml': elsewhere,
      '.github/workflows/mixed.yml': workflow('{push: {branches: [main]}, pull_request: {}}')
    })
    mkdirSync(join(ws, '.github/workflows/dir.yml'))
    const io = fakeIo(ws, {})
    const code = await validateCli(
      [
        '--repository',
        'acme/widgets',
        '--default-branch',
        'main',
        '--org-policy-repository',
        '.github'
      ],
      io
    )
    const lines = io.out().split('\n').filter(Boolean)
    expect(lines.map(l => l.split(': ').slice(0, 2).join(': '))).toEqual([
      '.github/workflows/dir.yml:1:1: note',
      '.github/workflows/elsewhere.yml:6:9: note',
      '.github/workflows/mixed.yml:6:9: warning'
    ])
    expect(io.err()).toMatch(/: 0 errors, 1 warning\.\n$/)
    expect(code).toBe(0)
    const dot = fakeIo(ws, {})
    await validateCli(['--repository', 'acme/widgets', '--workflows', '.'], dot)
    expect(dot.err()).toContain('0 steps in 0 workflows checked: 0 admitted.')
    const off = fakeIo(ws, {})
    await validateCli(['--workflows', ''], off)
    expect(off.err()).toBe('Checked 1 file: 0 errors, 0 warnings.\n')
  })
})

describe("the workflow check reads this action's dry-run input", () => {
  it('a dry run is counted, never annotated (the README has users start with one)', async () => {
    const dry = workflow('pull_request').replace(
      '          identity: ci',
      '          identity: ci\n          dry-run: true'
    )
    const ws = repository({ '.github/workflows/first.yml': dry })
    const io = fakeIo(ws, {})
    const code = await validateCli(['--repository', 'acme/widgets'], io)
    expect(io.out()).toBe('')
    expect(io.err()).toContain('1 step in 1 workflow checked: 0 admitted, 1 dry run (no exchange).')
    expect(code).toBe(0)
  })
})
