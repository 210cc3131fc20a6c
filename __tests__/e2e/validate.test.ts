// The validate action as the runner runs it: dist/validate/index.js in a child process, on
// fixture trees of good and bad policies. Asserts every annotation (severity, file, line,
// column), the exit code and the job summary.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { commandLines, logLines } from '../stack/commands.js'
import { runStep, unescapeData } from '../stack/run-step.js'

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/validate/${name}`, import.meta.url))

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

/** The `::error …::` and `::warning …::` lines of a step's stdout, decoded. */
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

const DIR = '.github/chainguard'

describe('validate action (dist/validate)', () => {
  it('annotates every problem of the bad policies at file:line and fails', async () => {
    const r = await runStep('validate', { cwd: fixture('repo') })
    const found = annotations(r.stdout)
    expect(found.map(where)).toEqual([
      `error ${DIR}/both-subjects.sts.yaml:3:1`,
      `error ${DIR}/both-subjects.sts.yaml:5:3`,
      `error ${DIR}/broken-yaml.sts.yaml:2:10`,
      `error ${DIR}/repositories.sts.yaml:5:1`,
      `error ${DIR}/unknown-key.sts.yaml:3:1`,
      `error ${DIR}/unknown-key.sts.yaml:6:3`,
      `error ${DIR}/unknown-key.sts.yaml:7:3`,
      `warning ${DIR}/misnamed.sts.yml:1:-`,
      'error -:-:-'
    ])
    const messages = found.map(a => a.message)
    expect(messages[0]).toContain('only one of subject or subject_pattern can be set')
    expect(messages[1]).toContain(
      'error compiling claim_pattern["workflow"]: error parsing regexp: invalid or unsupported Perl syntax'
    )
    expect(messages[2]).toMatch(/^YAML error: Missing closing "quote/)
    expect(messages[3]).toContain('"repositories" is only allowed in an org policy')
    expect(messages[4]).toContain('unknown key "audiences"')
    expect(messages[4]).toContain('Did you mean "audience"?')
    expect(messages[5]).toContain('Did you mean "pull_requests"?')
    expect(messages[6]).toContain('only read, write or admin')
    expect(messages[7]).toContain('is never read')
    expect(messages[8]).toBe(
      '7 errors in trust policies: the server would reject them or they can never admit a token. See the annotations.'
    )
    expect(found[4]?.title).toBe('Trust policy error: audiences')
    expect(r.stdout).toContain(`✓ ${DIR}/good.sts.yaml`)
    expect(r.stdout).toContain(
      `Checked 5 policies in ${DIR} (repository policies): 7 errors, 1 warning.`
    )
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toBe('')

    expect(r.summary).toContain('## Trust policy validation')
    expect(r.summary).toContain(
      '7 errors, 1 warning in `.github/chainguard` (repository policies).'
    )
    expect(r.summary).toContain(`| \`${DIR}/good.sts.yaml\` | ✅ ok | 0 | 0 |`)
    expect(r.summary).toContain(`| \`${DIR}/unknown-key.sts.yaml\` | ❌ errors | 3 | 0 |`)
    expect(r.summary).toContain(`| \`${DIR}/misnamed.sts.yml\` | ⚠️ warnings | 0 | 1 |`)
    expect(r.summary).toContain(`| \`${DIR}/unknown-key.sts.yaml:6\` | error | unknown permission`)
    // Policy text is escaped in the summary: no raw pipes or HTML from a policy.
    expect(r.summary).not.toMatch(/<[a-z]/i)
  })

  it('reads org policies when told, or when the repository is the org .github', async () => {
    for (const opts of [
      { inputs: { 'org-policies': 'true' } },
      { env: { GITHUB_REPOSITORY: 'org/.github' } }
    ]) {
      const r = await runStep('validate', { cwd: fixture('repo'), ...opts })
      const repositories = annotations(r.stdout).filter(a => a.file?.includes('repositories'))
      // `repositories` is allowed; only the entry with an owner is wrong.
      expect(repositories.map(where)).toEqual([`error ${DIR}/repositories.sts.yaml:7:5`])
      expect(repositories[0]?.message).toContain('list repository names without the owner ("lib")')
      expect(r.stdout).toContain('(org policies: repositories allowed)')
      expect(r.exitCode).toBe(1)
    }
  })

  it('passes with warnings only, and fails on them when fail-on-warnings is true', async () => {
    const r = await runStep('validate', {
      cwd: fixture('warnings-only'),
      inputs: { path: 'policies' }
    })
    expect(annotations(r.stdout).map(where)).toEqual([
      'warning policies/pr.sts.yaml:2:1',
      'warning policies/risky.sts.yaml:3:1',
      'notice policies/risky.sts.yaml:5:3'
    ])
    expect(r.stdout).toContain('pull_request_target')
    expect(r.stdout).toContain('admits any repository of org')
    // A top-level | is anchored today: a notice about older servers, not a warning.
    expect(r.stdout).toContain(
      'servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older) compile "^push|workflow_dispatch$"'
    )
    expect(r.exitCode).toBe(0)
    expect(r.summary).toContain('0 errors, 2 warnings')

    const strict = await runStep('validate', {
      cwd: fixture('warnings-only'),
      inputs: { path: 'policies', 'fail-on-warnings': 'true' }
    })
    expect(strict.exitCode).toBe(1)
    expect(annotations(strict.stdout).at(-1)?.message).toBe(
      '2 warnings in trust policies, and fail-on-warnings is true.'
    )
  })

  it('fails when there is no policy folder: a validator that checked nothing must not pass', async () => {
    for (const inputs of [{}, { path: 'polices' }] as Record<string, string>[]) {
      const r = await runStep('validate', { cwd: fixture('warnings-only'), inputs })
      const shown = 'path' in inputs ? 'polices' : '.github/chainguard'
      expect(annotations(r.stdout)).toEqual([
        {
          severity: 'error',
          message: `No policy folder ${shown} in the workspace (${fixture('warnings-only')}): nothing was validated. Check out the repository first (actions/checkout), or fix \`path\`.`
        }
      ])
      expect(r.exitCode).toBe(1)
    }
  })

  it('rejects a bad input with a clear error', async () => {
    const r = await runStep('validate', {
      cwd: fixture('repo'),
      inputs: { 'org-policies': 'sometimes' }
    })
    expect(annotations(r.stdout)).toEqual([
      {
        severity: 'error',
        message: 'Input `org-policies` must be auto, true or false, not "sometimes".'
      }
    ])
    expect(r.exitCode).toBe(1)
  })
})

describe('validate action: the org issuer allowlist (trusted-token-issuers.yaml)', () => {
  const ALLOWLIST = `${DIR}/trusted-token-issuers.yaml`

  it('passes a good allowlist next to the org policies', async () => {
    const r = await runStep('validate', {
      cwd: fixture('org-allowlist'),
      env: { GITHUB_REPOSITORY: 'org/.github' }
    })
    expect(annotations(r.stdout)).toEqual([])
    expect(r.stdout).toContain(`✓ ${ALLOWLIST}`)
    expect(r.stdout).toContain(
      `Checked 1 policy and the org issuer allowlist in ${DIR} (org policies: repositories allowed): 0 errors, 0 warnings.`
    )
    expect(r.summary).toContain(`| \`${ALLOWLIST}\` | ✅ ok | 0 | 0 |`)
    expect(r.exitCode).toBe(0)
  })

  it('annotates every error of a bad allowlist at its line, unsafe patterns included', async () => {
    const r = await runStep('validate', { cwd: fixture('org-allowlist-bad') })
    const found = annotations(r.stdout)
    expect(found.map(where)).toEqual([
      `error ${ALLOWLIST}:2:1`,
      `error ${ALLOWLIST}:5:5`,
      `error ${ALLOWLIST}:6:5`,
      `error ${ALLOWLIST}:8:5`,
      `error ${ALLOWLIST}:9:5`,
      `error ${ALLOWLIST}:10:5`,
      `error ${ALLOWLIST}:12:1`,
      'error -:-:-'
    ])
    const messages = found.map(a => a.message)
    expect(found[0]?.title).toBe('Issuer allowlist error: mode')
    expect(messages[0]).toContain('mode "Audit" is neither "enforce" nor "audit"')
    expect(messages[1]).toContain('must be lower-case in its scheme and host')
    expect(messages[2]).toContain('is not a valid issuer URL')
    // The unsafe patterns: "." anywhere, and a "/" inside an alternation.
    expect(found[3]?.title).toBe('Issuer allowlist error: issuer_patterns[0]')
    expect(messages[3]).toContain('can match "/" where it varies ("." can match "/")')
    expect(messages[4]).toContain('(a "/" sits inside an alternation)')
    expect(messages[5]).toContain('missing closing ]')
    expect(messages[6]).toContain('unknown key "trusted_issuers"')
    expect(messages[6]).toContain('Did you mean "issuers"?')
    expect(r.stdout).toContain(
      `Checked 0 policies and the org issuer allowlist in ${DIR} (repository policies): 7 errors, 0 warnings.`
    )
    expect(r.summary).toContain(`| \`${ALLOWLIST}\` | ❌ errors | 7 | 0 |`)
    expect(r.summary).toContain(`| \`${ALLOWLIST}:8\` | error | issuer\\_patterns\\[0\\]`)
    expect(r.exitCode).toBe(1)
  })
})

const temps: string[] = []
afterAll(() => temps.forEach(d => rmSync(d, { recursive: true, force: true })))

/** A fresh workspace with `files` (path → text) under it. */
function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'validate-ws-'))
  temps.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const GOOD = [
  'issuer: https://token.actions.githubusercontent.com',
  'subject: repo:org/app:ref:refs/heads/main',
  'permissions: {contents: read}',
  ''
].join('\n')
const BAD = GOOD + 'extra: 1\n'

/** Our own annotations: `::error …::` or `::warning …::` from the first column, nothing else. */
const OWN_ANNOTATION = /^::(error|warning)(?: [^:]*)?::/

describe('validate action: line breaks only the server sees (issue 17)', () => {
  it('fails the issue example with an error at line 4, where the first CR is', async () => {
    const text =
      'issuer: https://token.actions.githubusercontent.com\nsubject: repo:acme/widgets:ref:refs/heads/main\npermissions:\n  contents: read # read-only\r  administration: write\r  workflows: write\n'
    const r = await runStep('validate', {
      cwd: tempWorkspace({ [`${DIR}/deploy.sts.yaml`]: text })
    })
    const found = annotations(r.stdout)
    expect(found.map(where)).toEqual([
      `error ${DIR}/deploy.sts.yaml:4:29`,
      `error ${DIR}/deploy.sts.yaml:4:53`,
      'error -:-:-'
    ])
    expect(found[0]?.message).toContain('administration: write" as a line of its own')
    expect(found[1]?.message).toContain('"permissions.workflows"')
    expect(r.exitCode).toBe(1)
  })

  it('fails an org allowlist that a lone CR flips to audit mode', async () => {
    const r = await runStep('validate', {
      cwd: tempWorkspace({
        [`${DIR}/trusted-token-issuers.yaml`]:
          'issuers:\n  - https://token.actions.githubusercontent.com # ours\rmode: audit\n'
      }),
      env: { GITHUB_REPOSITORY: 'org/.github' }
    })
    const found = annotations(r.stdout).filter(a => a.file?.includes('trusted-token-issuers'))
    expect(found[0]).toMatchObject({ severity: 'error', line: 2 })
    expect(found[0]?.message).toContain('"mode"')
    expect(r.exitCode).toBe(1)
  })
})

describe('validate action on hostile repositories', () => {
  it('prints hostile file names inert: no forged command, and every real finding still shown', async () => {
    // Good files are listed in plain `✓ name` lines, bad ones in annotations: both paths.
    const good = [
      'x\n\u0085::error file=a::forged.sts.yaml',
      'z\n\u2003::stop-commands::tok.sts.yaml',
      '::stop-commands::tok.sts.yaml',
      'esc\u001b[2K\u001b[1Ahidden.sts.yaml'
    ]
    const bad = [
      'q\n\u0085::error file=a::forged.sts.yaml',
      'a ##[error]b.sts.yaml',
      'em\u2003::warning::w.sts.yaml',
      'nel\n\u0085::add-mask::x.sts.yaml'
    ]
    const files: Record<string, string> = {}
    for (const n of good) files[`${DIR}/${n}`] = GOOD
    for (const n of bad) files[`${DIR}/${n}`] = BAD
    files[`${DIR}/y\n::error::m.sts.yml`] = GOOD // misnamed: a warning about its name
    const r = await runStep('validate', { cwd: tempWorkspace(files) })

    // The runner's definition of a command line: only our own annotations qualify.
    const commands = commandLines(r.stdout)
    for (const line of commands) expect(line).toMatch(OWN_ANNOTATION)
    const found = annotations(r.stdout)
    expect(commands).toHaveLength(found.length)
    expect(r.stdout).not.toContain('\u0085')
    expect(r.stdout).not.toContain('\u001b')
    // Real findings: one unknown key per bad file, at its line; the misnamed file; the failure.
    const unknown = found.filter(a => a.message.includes('unknown key "extra"'))
    expect(unknown).toHaveLength(bad.length)
    for (const a of unknown) expect(a).toMatchObject({ severity: 'error', line: 4, col: 1 })
    expect(found.filter(a => a.message.includes('is never read'))).toHaveLength(1)
    expect(found).toHaveLength(bad.length + 2) // and no forged one among them
    expect(found.at(-1)?.message).toBe(
      '4 errors in trust policies: the server would reject them or they can never admit a token. See the annotations.'
    )
    // The good files are listed, each on one line of its own that starts with the check mark.
    const checked = logLines(r.stdout).filter(l => l.startsWith('✓ '))
    expect(checked).toHaveLength(good.length)
    expect(r.stdout).toContain(
      'Checked 8 policies in .github/chainguard (repository policies): 4 errors, 1 warning.'
    )
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toBe('')
    // The summary holds no control characters from the names either.
    // eslint-disable-next-line no-control-regex
    expect(r.summary).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })

  it('refuses a policy folder that is a link to outside the workspace, echoing none of it', async () => {
    const outside = tempWorkspace({
      'leak.sts.yaml': 'issuer: LEAKED-CONTENT\n',
      'ok.sts.yaml': GOOD
    })
    const ws = tempWorkspace()
    mkdirSync(join(ws, '.github'))
    symlinkSync(outside, join(ws, DIR))
    const r = await runStep('validate', { cwd: ws })
    expect(annotations(r.stdout)).toEqual([
      {
        severity: 'error',
        message:
          'The policy folder .github/chainguard is a link to outside the workspace: refused, nothing in it was read. The server reads policies only from the repository; make .github/chainguard a real folder.'
      }
    ])
    expect(r.exitCode).toBe(1)
    for (const text of [r.stdout, r.summary]) expect(text).not.toMatch(/leak|LEAKED|ok\.sts/)
  })

  it('refuses a policy file that is a link to outside the workspace, at line 1', async () => {
    const outside = tempWorkspace({ 'secret.txt': 'issuer: LEAKED-CONTENT\n' })
    const ws = tempWorkspace({ [`${DIR}/ok.sts.yaml`]: GOOD })
    symlinkSync(join(outside, 'secret.txt'), join(ws, DIR, 'out.sts.yaml'))
    symlinkSync('ok.sts.yaml', join(ws, DIR, 'alias.sts.yaml')) // stays inside: read
    const r = await runStep('validate', { cwd: ws })
    expect(annotations(r.stdout).map(where)).toEqual([
      `error ${DIR}/out.sts.yaml:1:-`,
      'error -:-:-'
    ])
    expect(annotations(r.stdout)[0]?.message).toBe(
      `${DIR}/out.sts.yaml is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`
    )
    expect(r.stdout).toContain(`✓ ${DIR}/alias.sts.yaml`)
    expect(r.stdout).toContain(`✓ ${DIR}/ok.sts.yaml`)
    for (const text of [r.stdout, r.summary]) expect(text).not.toMatch(/secret|LEAKED/)
    expect(r.exitCode).toBe(1)
  })

  it.each(['../..', '..', '/etc'])('refuses `path: %s` (outside the workspace)', async path => {
    const ws = tempWorkspace({ [`${DIR}/ok.sts.yaml`]: GOOD })
    const r = await runStep('validate', { cwd: ws, inputs: { path } })
    expect(annotations(r.stdout)).toEqual([
      {
        severity: 'error',
        message: `Input \`path\` is "${path}", which is outside the workspace (${ws}): the validator reads only the checked-out repository. Set \`path\` to a folder inside it, e.g. \`.github/chainguard\`.`
      }
    ])
    expect(r.stdout).not.toContain('✓')
    expect(r.exitCode).toBe(1)
  })

  it('annotates a finding about the whole file at a line', async () => {
    const ws = tempWorkspace({
      [`${DIR}/open.sts.yaml`]: GOOD.replace('permissions: {contents: read}\n', '')
    })
    const r = await runStep('validate', { cwd: ws })
    const [warning] = annotations(r.stdout)
    expect(warning).toMatchObject({ severity: 'warning', file: `${DIR}/open.sts.yaml`, line: 1 })
    expect(warning?.message).toMatch(/^no permissions listed/)
    expect(r.stdout).toMatch(/^::warning [^:]*line=1[,:]/m)
    expect(r.exitCode).toBe(0)
  })
})
