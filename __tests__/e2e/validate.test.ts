// The validate action as the runner runs it: dist/validate/index.js in a child process, on
// fixture trees of good and bad policies. Asserts every annotation (severity, file, line,
// column), the exit code and the job summary.
import { describe, expect, it } from '@jest/globals'
import { fileURLToPath } from 'node:url'
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
      `warning ${DIR}/misnamed.sts.yml:-:-`,
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
      'warning policies/risky.sts.yaml:5:3'
    ])
    expect(r.stdout).toContain('pull_request_target')
    expect(r.stdout).toContain('admits any repository of org')
    expect(r.stdout).toContain('the server compiles "^push|workflow_dispatch$"')
    expect(r.exitCode).toBe(0)
    expect(r.summary).toContain('0 errors, 3 warnings')

    const strict = await runStep('validate', {
      cwd: fixture('warnings-only'),
      inputs: { path: 'policies', 'fail-on-warnings': 'true' }
    })
    expect(strict.exitCode).toBe(1)
    expect(annotations(strict.stdout).at(-1)?.message).toBe(
      '3 warnings in trust policies, and fail-on-warnings is true.'
    )
  })

  it('warns, without failing, when there is no policy folder', async () => {
    const r = await runStep('validate', { cwd: fixture('warnings-only') })
    expect(annotations(r.stdout)).toEqual([
      {
        severity: 'warning',
        message:
          'No policy folder .github/chainguard in the workspace: nothing to validate. Check out the repository first (actions/checkout), or set `path`.'
      }
    ])
    expect(r.exitCode).toBe(0)
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
