import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exchangeError } from '../../src/sts/server-messages.js'
import { ActionError } from '../../src/errors.js'
import type { LocalCheck } from '../../src/diagnosis/local-check.js'
import { spySandbox } from './helpers/sandbox.js'
import { noOidcError } from '../../src/sts/oidc.js'
import * as diagnosis from '../../src/diagnosis/report.js'
import type { FailureReportInput } from '../../src/diagnosis/report.js'
import { ACTION, speak } from '../../src/vocabulary.js'
import { reportDryRun, reportFailure, writeReport } from '../../src/steps/report.js'
import { explainPolicy } from '../../src/policy/index.js'
import { recordingRunner } from './helpers/runner.js'
import { idToken } from './helpers/tokens.js'

// The reports as the action shows them (the command line's words: vocabulary.test.ts).
const failureReport = (input: FailureReportInput): diagnosis.Report =>
  diagnosis.failureReport(input, ACTION)
const dryRunReport = (input: Parameters<typeof diagnosis.dryRunReport>[0]): diagnosis.Report =>
  diagnosis.dryRunReport(input, ACTION)
const TIME_LIMIT_SKIPPED = speak(diagnosis.TIME_LIMIT_SKIPPED, ACTION)

const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}
const PATH = '.github/chainguard/deploy.sts.yaml'
const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/widgets:ref:refs/heads/feature',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  ref: 'refs/heads/feature',
  event_name: 'push'
}
const CHECKOUT = { ref: 'refs/heads/feature', defaultBranch: 'main' }

const mismatch = (): ActionError =>
  exchangeError(
    403,
    'trust policy: subject "repo:acme/widgets:ref:refs/heads/feature" did not match "repo:acme/widgets:ref:refs/heads/main"',
    CTX
  )
const notFound = (): ActionError =>
  exchangeError(404, 'unable to find trust policy for "deploy"', CTX)

const denied: LocalCheck = {
  status: 'checked',
  path: PATH,
  verdict: 'deny',
  findings: [
    {
      field: 'subject',
      expected: 'repo:acme/widgets:ref:refs/heads/main',
      actual: 'repo:acme/widgets:ref:refs/heads/feature',
      reason:
        'subject "repo:acme/widgets:ref:refs/heads/feature" did not match "repo:acme/widgets:ref:refs/heads/main"',
      line: 2
    },
    {
      field: 'claim_pattern["environment"]',
      pattern: 'prod',
      reason: 'expected claim "environment" not found in token',
      line: 5
    }
  ],
  warnings: [],
  claimNames: ['environment'],
  permissions: { contents: 'write' }
}
const admitted: LocalCheck = { ...denied, verdict: 'allow', findings: [] }

const infos = (rec: ReturnType<typeof recordingRunner>): string[] =>
  rec.events.flatMap(e => (e.type === 'info' ? [e.message] : []))

/** No line of the log may start a workflow command. */
const noCommands = (lines: readonly string[]): void => {
  for (const l of lines) expect(l).not.toMatch(/^\s*::|##\[/)
}

describe('failureReport', () => {
  it('mismatch with a local policy: every failing field, the claims, the suggestion', () => {
    const r = failureReport({
      error: mismatch(),
      ctx: CTX,
      claims: CLAIMS,
      check: denied,
      checkout: CHECKOUT
    })
    expect(r.info).toEqual([
      `Trust policy check: 2 fields of ${PATH} refuse this workflow`,
      '  ✗ subject (line 2): subject "repo:acme/widgets:ref:refs/heads/feature" did not match "repo:acme/widgets:ref:refs/heads/main"',
      '      policy value:   repo:acme/widgets:ref:refs/heads/main',
      '      token value:    repo:acme/widgets:ref:refs/heads/feature',
      '  ✗ claim_pattern["environment"] (line 5): expected claim "environment" not found in token',
      '      policy pattern: ^(?:prod)$ (Go RE2)',
      '      token value:    (no such claim)',
      `The workspace copy of \`${PATH}\` refuses this workflow. Every field that does not match is listed (the server reports only the first).`,
      'The server reads the policy from the default branch of `acme/widgets` (`main`); this check used the copy checked out in the workspace (`refs/heads/feature`), which may differ.'
    ])
    expect(r.groups.map(g => g.title)).toEqual([
      "Claims that decide a match (from the job's OIDC token, which is not shown)",
      `A trust policy that admits exactly this workflow: ${PATH} in acme/widgets`
    ])
    // The claim the policy names is shown although the token lacks it.
    expect(r.groups[0]?.lines).toContain('environment  (not in the token)')
    expect(r.groups[1]?.lines).toContain('subject: repo:acme/widgets:ref:refs/heads/feature')
    noCommands([...r.info, ...r.groups.flatMap(g => [g.title, ...g.lines])])

    expect(r.summary).toContain(
      '### ❌ Octo STS: no token for `deploy` on `acme/widgets` (the trust policy does not admit this workflow)'
    )
    expect(r.summary).toContain("**What to do:** Compare the token\\'s claims \\(in the log")
    expect(r.summary).toContain(
      '- `subject`, line 2  \n  Policy: `repo:acme/widgets:ref:refs/heads/main`  \n  Token: `repo:acme/widgets:ref:refs/heads/feature`\n'
    )
    expect(r.summary).toContain(
      '- `claim_pattern["environment"]`, line 5  \n  Policy: `^(?:prod)$`  \n  expected claim \\"environment\\" not found in token'
    )
    expect(r.summary).toContain('- `sub`: `repo:acme/widgets:ref:refs/heads/feature`')
    expect(r.summary).toContain('```yaml\n# .github/chainguard/deploy.sts.yaml')
    expect(r.summary).toContain(
      'Where the server looks\\: `.github/chainguard/deploy.sts.yaml` in `acme/widgets`\\, on its default branch\\, `main`'
    )
  })

  it('policy not found: the exact file, repo, default branch and cache in the summary', () => {
    const r = failureReport({
      error: notFound(),
      ctx: CTX,
      claims: CLAIMS,
      check: { status: 'absent', path: PATH, workspace: '/ws' },
      checkout: CHECKOUT
    })
    expect(r.summary).toContain('trust policy not found')
    expect(r.summary).toMatch(
      /First check that \\\.github\\\/chainguard\\\/deploy\\\.sts\\\.yaml is on the default branch of acme\\\/widgets/
    )
    // The server's own words, escaped as literal text.
    expect(r.summary).toContain(
      'Octo STS said \\(HTTP 404\\)\\: \\"unable to find trust policy for \\"deploy\\"\\"\\.'
    )
    expect(r.summary).toMatch(/caches a miss for up to 5 minutes/)
    expect(r.info[0]).toBe(`Trust policy check: no ${PATH} in the workspace`)
    expect(r.info[1]).toMatch(
      /There is no `.+` in the workspace either: create it on the default branch of `acme\/widgets`/
    )
  })

  it('policy not found but present in the workspace: not on the default branch yet?', () => {
    const r = failureReport({
      error: notFound(),
      ctx: CTX,
      claims: CLAIMS,
      check: admitted,
      checkout: CHECKOUT
    })
    expect(r.info.join('\n')).toMatch(
      /it admits this workflow, but the server found no such file: is it merged to the default branch of `acme\/widgets` \(`main`\) yet\? The server caches a miss for up to 5 minutes/
    )
  })

  it('mismatch although the workspace copy admits: the default branch differs', () => {
    const r = failureReport({ error: mismatch(), ctx: CTX, claims: CLAIMS, check: admitted })
    expect(r.info.join('\n')).toMatch(
      /admits this workflow, so the copy on the default branch differs/
    )
  })

  it('invalid policy: lists the file problems', () => {
    const check: LocalCheck = {
      ...denied,
      verdict: 'unparseable',
      findings: [
        { field: 'permission', reason: 'unknown field "permission"', line: 4 },
        denied.findings[0]!
      ]
    }
    const r = failureReport({
      error: exchangeError(404, 'unable to parse trust policy for "deploy"', CTX),
      ctx: CTX,
      claims: CLAIMS,
      check
    })
    expect(r.info[0]).toBe(`Trust policy check: ${PATH} in the workspace is invalid`)
    expect(r.info[1]).toBe('  ✗ permission (line 4): unknown field "permission"')
    expect(r.info.join('\n')).toMatch(
      /invalid \(1 problem\): the server refuses the whole file\. Once it is fixed, 1 field would still refuse this workflow/
    )
    expect(r.summary).toContain('- `permission`, line 4  \n  unknown field \\"permission\\"')
  })

  it('a policy with line breaks only the server sees: said so, and judged as the server reads it', () => {
    const check: LocalCheck = {
      ...denied,
      verdict: 'misread',
      findings: [
        {
          field: '(file)',
          reason:
            'a carriage return (CR, U+000D) that no line feed follows: the server reads the file with yaml.v2, which breaks the line there',
          line: 4
        },
        denied.findings[0]!
      ]
    }
    const r = failureReport({ error: mismatch(), ctx: CTX, claims: CLAIMS, check })
    expect(r.info[0]).toBe(
      `Trust policy check: ${PATH} in the workspace has line breaks only the server sees`
    )
    const text = r.info.join('\n')
    expect(text).toContain('a lone CR, NEL, U+2028 or U+2029, listed below')
    expect(text).toContain('as it reads it, 1 field refuses this workflow')
    expect(text).not.toContain('refuses the whole file')
    expect(r.summary).toContain('line breaks only the server sees')
  })

  it('the other outcomes of the local check, each said plainly', () => {
    const invalid: LocalCheck = {
      ...denied,
      verdict: 'uncompilable',
      findings: [{ field: 'subject_pattern', reason: 'error parsing regexp', line: 3 }],
      warnings: [{ severity: 'warning', message: 'unanchored alternation', line: 4 }]
    }
    const notFoundInvalid = failureReport({
      error: notFound(),
      ctx: CTX,
      claims: CLAIMS,
      check: invalid
    })
    expect(notFoundInvalid.info.join('\n')).toMatch(
      /invalid \(1 problem\): the server refuses the whole file\. Everything is listed[\s\S]*The server did not find the file at all: is it on the default branch of `acme\/widgets` yet\?/
    )
    expect(notFoundInvalid.info).toContain('  warning at line 4: unanchored alternation')
    expect(notFoundInvalid.summary).toContain('| unanchored alternation | 4 |')

    const rejected = failureReport({
      error: exchangeError(401, 'unable to verify bearer token', CTX),
      ctx: CTX,
      claims: CLAIMS,
      check: admitted
    })
    expect(rejected.info).toContain(
      `The workspace copy of \`${PATH}\` is valid and admits this workflow.`
    )

    const notFoundDenied = failureReport({
      error: notFound(),
      ctx: CTX,
      claims: CLAIMS,
      check: denied
    })
    expect(notFoundDenied.info).toContain(
      `The server did not find \`${PATH}\`; the workspace copy would refuse this workflow anyway. Every field that does not match is listed.`
    )

    for (const check of [
      { status: 'unreadable', path: PATH, why: 'EACCES' },
      { status: 'failed', path: PATH, why: 'boom' }
    ] as const) {
      const r = failureReport({ error: mismatch(), ctx: CTX, claims: CLAIMS, check })
      expect(r.info[0]).toBe('Trust policy check: not possible')
      expect(r.info[1]).toBe(
        `The workspace copy of \`${PATH}\` could not be checked: \`${check.why}\`.`
      )
    }
    const absentMismatch = failureReport({
      error: mismatch(),
      ctx: CTX,
      claims: CLAIMS,
      check: { status: 'absent', path: PATH, workspace: '/ws' }
    })
    expect(absentMismatch.info[1]).toMatch(/^The workspace has no `.+` to check/)
  })

  it('permissions refused: shows what the policy asks for', () => {
    const r = failureReport({
      error: exchangeError(403, 'token exchange failure (StatusUnprocessableEntity)', CTX),
      ctx: CTX,
      claims: CLAIMS,
      check: admitted
    })
    expect(r.info.join('\n')).toContain('The workspace copy asks for `contents: write`')
  })

  it('a policy in another repository cannot be explained here, and says so', () => {
    const r = failureReport({
      error: mismatch(),
      ctx: { ...CTX, scope: 'acme' },
      claims: CLAIMS,
      check: { status: 'elsewhere', policyRepo: 'acme/.github', workflowRepo: 'acme/widgets' }
    })
    expect(r.info[1]).toMatch(
      /read from `acme\/.github`, not from this workflow's repository \(`acme\/widgets`\)/
    )
  })

  it('an issuer the organization does not allow: the claims, but no policy to commit', () => {
    const r = failureReport({
      error: exchangeError(403, 'issuer not permitted by organization policy', {
        ...CTX,
        issuer: CLAIMS.iss
      }),
      ctx: CTX,
      claims: CLAIMS,
      checkout: CHECKOUT
    })
    expect(r.summary).toContain("(the organization does not allow this token's issuer)")
    expect(r.summary).toContain('- `iss`: `https://token.actions.githubusercontent.com`')
    expect(r.summary).toContain('trusted\\-token\\-issuers\\.yaml in acme\\/\\.github')
    expect(r.summary).not.toContain('A trust policy that admits exactly this workflow')
    expect(r.groups.map(g => g.title)).toEqual([
      "Claims that decide a match (from the job's OIDC token, which is not shown)"
    ])
    // A policy that does not admit the workflow still gets its suggestion.
    expect(failureReport({ error: mismatch(), ctx: CTX, claims: CLAIMS }).groups).toHaveLength(2)
  })

  it('no OIDC permission: what to do and the permissions block, nothing else', () => {
    const r = failureReport({ error: noOidcError(), ctx: CTX })
    expect(r.info).toEqual([])
    expect(r.groups).toEqual([])
    expect(r.summary).toContain('the job cannot request an OIDC token')
    expect(r.summary).toContain('```yaml\npermissions:\n  id-token: write\n  contents: read\n```')
  })

  it('untrusted claims and server text cannot inject Markdown, HTML or workflow commands', () => {
    const evil = '<img src=x onerror=alert(1)>](javascript:x) ::error::boom ##[set-env name=A]b'
    const r = failureReport({
      error: exchangeError(403, `trust policy: subject "${evil}" did not match "x"`, CTX),
      ctx: CTX,
      claims: { ...CLAIMS, sub: evil, environment: `a\n::warning::b|c` },
      check: {
        ...denied,
        findings: [{ field: 'subject', expected: 'x', actual: evil, reason: `subject ${evil}` }]
      }
    })
    noCommands([...r.info, ...r.groups.flatMap(g => [g.title, ...g.lines])])
    // Outside code spans and blocks nothing is raw: no tag, link or image can start.
    const prose = r.summary
      .replace(/```[\s\S]*?```/g, '')
      .replace(/(`+)[^`]*?\1/g, '')
      .replace(/^> \[!WARNING\]$/gm, '')
    expect(prose).not.toMatch(/(?<!\\)[<[]/)
    expect(r.summary).not.toContain('::error::')
    expect(r.summary).not.toContain('\n::')
  })
})

describe('dryRunReport', () => {
  it('says no exchange was made and whether the local policy would admit the workflow', () => {
    const yes = dryRunReport({ ctx: CTX, claims: CLAIMS, check: admitted, checkout: CHECKOUT })
    expect(yes.info[0]).toBe('Dry run: no exchange was made, and no `token` output is set.')
    expect(yes.info[1]).toBe(`Trust policy check: ${PATH} in the workspace admits this workflow`)
    expect(yes.info.join('\n')).toMatch(
      /would admit this workflow, if it is the copy on the default branch/
    )
    expect(yes.summary).toContain('### Octo STS dry run: `deploy` on `acme/widgets`')
    const no = dryRunReport({ ctx: CTX, claims: CLAIMS, check: denied })
    expect(no.info.join('\n')).toMatch(/would refuse this workflow/)
    const none = dryRunReport({ ctx: CTX, claims: CLAIMS })
    expect(none.info[1]).toMatch(/reads the policy from the default branch of `acme\/widgets`/)
  })

  it('says in one line where servers released before 2026-09 would decide otherwise', () => {
    // Issue 17: today's server refuses branch main-x for main|develop, older ones admitted it.
    const either = 'repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:ref:refs/heads/develop'
    const claims = {
      ...CLAIMS,
      sub: 'repo:acme/widgets:ref:refs/heads/main-x',
      ref: 'refs/heads/main-x'
    }
    const e = explainPolicy(
      `issuer: ${CLAIMS.iss}\nsubject_pattern: ${either}\npermissions:\n  contents: read\n`,
      JSON.stringify(claims),
      CTX.domain
    )
    const check: LocalCheck = {
      status: 'checked',
      path: PATH,
      verdict: e.verdict,
      findings: e.findings,
      warnings: e.warnings,
      ...(e.legacy ? { legacy: e.legacy } : {}),
      claimNames: [],
      permissions: {}
    }
    const r = dryRunReport({ ctx: CTX, claims, check, checkout: CHECKOUT })
    expect(r.info).toContain(`Trust policy check: 1 field of ${PATH} refuses this workflow`)
    expect(r.info.filter(l => l.includes('before 2026-09'))).toEqual([
      'On servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older), which compile `^pattern$` instead of `^(?:pattern)$`, the verdict differs: they would admit this token (there `subject_pattern` matches).'
    ])
    expect(r.summary).toContain('`subject_pattern` matches')
    // The same file on a branch it admits everywhere: no such line.
    const same = dryRunReport({ ctx: CTX, claims, check: { ...check, legacy: undefined } })
    expect(same.info.join('\n')).not.toContain('before 2026-09')
  })
})

describe('writeReport / reportFailure / reportDryRun', () => {
  it('writes plain lines, then collapsed groups, then the summary', () => {
    const rec = recordingRunner()
    writeReport(rec.runner, { info: ['a'], groups: [{ title: 't', lines: ['l'] }], summary: 's' })
    expect(rec.events).toEqual([
      { type: 'info', message: 'a' },
      { type: 'group', title: 't', lines: ['l'] },
      { type: 'appendSummary', markdown: 's' }
    ])
  })

  it('checks the workspace policy only for failures it can explain', async () => {
    const sandbox = spySandbox()
    const ws = mkdtempSync(join(tmpdir(), 'report-'))
    mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
    writeFileSync(join(ws, PATH), 'issuer: x\nsubject: y\n')
    const env = { GITHUB_REPOSITORY: 'acme/widgets', GITHUB_WORKSPACE: ws }
    const rec = recordingRunner()
    const notInstalled = exchangeError(404, 'no installation found for "acme"', CTX)
    await reportFailure(rec.runner, env, notInstalled, CTX, idToken(CLAIMS), { sandbox })
    expect(sandbox.calls).toEqual([])
    expect(rec.of('appendSummary')[0]?.markdown).toContain('the Octo STS App is not installed')

    const rec2 = recordingRunner()
    await reportFailure(rec2.runner, env, mismatch(), CTX, idToken(CLAIMS))
    expect(infos(rec2)[0]).toBe(`Trust policy check: 2 fields of ${PATH} refuse this workflow`)

    const rec3 = recordingRunner()
    const report = await reportDryRun(rec3.runner, env, CTX, idToken(CLAIMS))
    expect(report.info[1]).toBe(`Trust policy check: 2 fields of ${PATH} refuse this workflow`)
    expect(rec3.of('group')).toHaveLength(2)
  })

  it('a dry run without decodable claims still reports, without checking', async () => {
    const rec = recordingRunner()
    const report = await reportDryRun(rec.runner, {}, CTX, undefined)
    expect(report.info).toEqual([
      'Dry run: no exchange was made, and no `token` output is set.',
      'The server reads the policy from the default branch of `acme/widgets`, not from the branch this job runs on.',
      'The OIDC token could not be decoded: no claims to show.'
    ])
  })

  it('without claims it says so instead of showing any', async () => {
    const rec = recordingRunner()
    await reportFailure(rec.runner, {}, mismatch(), CTX, undefined)
    expect(infos(rec)).toEqual(['The OIDC token could not be decoded: no claims to show.'])
    expect(rec.of('group')).toEqual([])
  })
})

describe('the time limit in the report', () => {
  it('says in one line that the local check was skipped, and nothing else about the file', () => {
    const r = failureReport({
      error: mismatch(),
      ctx: CTX,
      claims: CLAIMS,
      check: { status: 'skipped', path: PATH },
      checkout: CHECKOUT
    })
    expect(r.info[0]).toBe(TIME_LIMIT_SKIPPED)
    expect(r.info.filter(l => /policy check/.test(l))).toEqual([TIME_LIMIT_SKIPPED])
    expect(r.summary).toContain('local policy check was skipped')
  })

  it('a file too costly to check here: said once, and the failure is still what the report is about', () => {
    const refused = exchangeError(403, 'token exchange failure (StatusUnprocessableEntity)', CTX)
    const r = failureReport({
      error: refused,
      ctx: CTX,
      claims: CLAIMS,
      check: { status: 'costly', path: PATH, costly: 'memory' },
      checkout: CHECKOUT
    })
    expect(r.info[0]).toBe('Trust policy check: too costly to check here')
    expect(r.info[1]).toMatch(
      /^The workspace copy of `\.github\/chainguard\/deploy\.sts\.yaml` is too costly to check here: checking it needs more than the 256 MB of memory the check is given\. That does not make it invalid/
    )
    expect(r.info.join('\n')).not.toMatch(/is invalid|asks for/)
    expect(r.summary).toContain('too costly to check here')
    expect(r.summary).toContain('GitHub refused the permissions')
  })

  it('passes the deadline down: a spent budget skips the check, the failure is still reported', async () => {
    const sandbox = spySandbox()
    const ws = mkdtempSync(join(tmpdir(), 'report-'))
    mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
    writeFileSync(join(ws, PATH), 'issuer: x\nsubject: y\n')
    const rec = recordingRunner()
    await reportFailure(
      rec.runner,
      { GITHUB_REPOSITORY: 'acme/widgets', GITHUB_WORKSPACE: ws },
      mismatch(),
      CTX,
      idToken(CLAIMS),
      { sandbox, deadline: 10, now: () => 11 }
    )
    expect(sandbox.calls).toEqual([])
    expect(infos(rec)[0]).toBe(TIME_LIMIT_SKIPPED)
    expect(rec.of('appendSummary')[0]?.markdown).toContain('does not admit this workflow')
  })
})

describe('a hostile policy with endless problems', () => {
  it('lists at most 50 findings and 50 warnings, and says how many more', () => {
    const many: LocalCheck = {
      ...denied,
      findings: Array.from({ length: 70 }, (_, i) => ({
        field: `f${i}`,
        reason: 'bad',
        line: i + 1
      })),
      warnings: Array.from({ length: 300_000 }, () => ({
        severity: 'warning' as const,
        message: 'w'
      }))
    }
    const r = failureReport({ error: mismatch(), ctx: CTX, claims: CLAIMS, check: many })
    expect(r.info.filter(l => l.startsWith('  ✗ '))).toHaveLength(50)
    expect(r.info).toContain('  … and 20 more findings, not listed.')
    expect(r.info).toContain('  … and 299950 more warnings, not listed.')
    expect(r.info.length).toBeLessThan(200)
    expect(r.summary).toContain('… and 299950 more warnings, not listed.')
  })
})
