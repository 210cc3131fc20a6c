// What a user sees when there is no token, and in a dry run: the bundle runs as the runner runs
// it against the local stack, and the log (annotation, plain lines, groups) and the job summary
// are asserted for every failure class, with the local policy explained field by field.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkoutEnv, checkouts as makeCheckouts, fixturePolicy } from '../stack/checkout.js'
import { startStack } from '../stack/index.js'
import type { Stack } from '../stack/index.js'
import { assertNoLeaks, renderLog, REPO_ROOT, runStep } from '../stack/run-step.js'
import { manyCostlyClaims, repeatedSubject } from '../fixtures/expensive-policies.js'
import type { StepResult } from '../stack/run-step.js'

let stack: Stack
const checkouts = makeCheckouts('diag-ws-')

beforeAll(async () => {
  stack = await startStack()
})
afterAll(async () => {
  await stack?.close()
  checkouts.removeAll()
})
beforeEach(() => stack.reset())

/** A checkout of acme/widgets: `policies` (identity → YAML) under .github/chainguard. */
const workspace = (policies: Record<string, string> = {}): string => checkouts.make({ policies })

const fixture = fixturePolicy

interface Run {
  result: StepResult
  /** The log as the job page shows it (debug lines hidden, groups as `▸ title`). */
  log: string[]
  /** The log text, groups expanded, without workflow-command syntax. */
  text: string
  /** The annotation text (`::error::`), unescaped. */
  annotation: string
}

async function run(
  inputs: Record<string, string>,
  opts: { ws?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}
): Promise<Run> {
  const ws = opts.ws ?? workspace()
  const result = await runStep('main', {
    inputs,
    cwd: ws,
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    env: stack.env({ ...checkoutEnv(ws), ...opts.env })
  })
  assertNoLeaks(result, stack.secrets())
  expect(result.stderr).toBe('')
  const log = renderLog(result.stdout)
  const errors = result.stdout.split('\n').filter(l => l.startsWith('::error'))
  const annotation = errors
    .map(l => l.replace(/^::error[^:]*::/, ''))
    .map(l => l.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
    .join('\n')
  return { result, log, text: log.join('\n'), annotation }
}

/** Lines of the log group whose title starts with `title`. */
function group(stdout: string, title: string): string[] {
  const lines = stdout.split('\n')
  const start = lines.findIndex(l => l.startsWith(`::group::${title}`))
  if (start === -1) return []
  const end = lines.indexOf('::endgroup::', start)
  return lines.slice(start + 1, end)
}

/** No plain log line may be a workflow command, and only one error annotation is made. */
function expectCleanLog(r: Run): void {
  const commands = r.result.stdout
    .split('\n')
    .filter(l => /^\s*::/.test(l))
    .map(l => /^::([a-z-]+)/.exec(l)?.[1])
  for (const c of commands) expect(['add-mask', 'debug', 'group', 'endgroup', 'error']).toContain(c)
  expect(commands.filter(c => c === 'error')).toHaveLength(1)
  expect(r.result.stdout).not.toMatch(/##\[/)
}

const CLAIMS_GROUP = 'Claims that decide a match'
const POLICY_GROUP = 'A trust policy that admits exactly this workflow'

describe('failed exchanges: diagnosis in the log, the annotation and the job summary', () => {
  it('App not installed', async () => {
    const r = await run({ scope: 'nope-org/widgets', identity: 'deploy' })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toBe(
      'The Octo STS GitHub App is not installed on "nope-org". Octo STS said (HTTP 404): "no installation found for "nope-org"".\n' +
        `Install the GitHub App of your Octo STS server (${stack.sts.host}) on "nope-org", giving it access to nope-org/widgets.`
    )
    expect(group(r.result.stdout, CLAIMS_GROUP)).toContain(
      'sub               repo:acme/widgets:ref:refs/heads/main'
    )
    expect(group(r.result.stdout, POLICY_GROUP)).toContain(
      'subject: repo:acme/widgets:ref:refs/heads/main'
    )
    // The policy repo is not this repository: nothing local is checked.
    expect(r.text).not.toMatch(/Trust policy check/)
    expect(r.result.summary).toContain(
      '### ❌ Octo STS: no token for `deploy` on `nope-org/widgets` (the Octo STS App is not installed)'
    )
    expect(r.result.summary).toContain('- `sub`: `repo:acme/widgets:ref:refs/heads/main`')
    expect(r.result.summary).toContain(
      '```yaml\n# .github/chainguard/deploy.sts.yaml on the default branch of nope-org/widgets'
    )
  })

  it('policy not found: the exact file, repo, default branch and cache, in the annotation and the summary', async () => {
    const r = await run({ scope: 'acme/widgets', identity: 'missing' })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toBe(
      'Octo STS found no trust policy "missing" in acme/widgets. Either .github/chainguard/missing.sts.yaml is not on the default branch of acme/widgets, or the Octo STS App cannot read acme/widgets: it is installed on "acme" but not given access to that repository, and GitHub answers "not found" for both. Octo STS said (HTTP 404): "unable to find trust policy for "missing"".\n' +
        "First check that .github/chainguard/missing.sts.yaml is on the default branch of acme/widgets (a policy on another branch is not read) and that `identity` is spelled exactly. Then check the App's repository access on GitHub (the owner's Settings → GitHub Apps (Applications for a user account) → Configure next to the App → Repository access): it must include acme/widgets. The server caches a miss for up to 5 minutes."
    )
    expect(r.log).toContain(
      'Trust policy check: no .github/chainguard/missing.sts.yaml in the workspace'
    )
    expect(r.text).toMatch(
      /There is no `\.github\/chainguard\/missing\.sts\.yaml` in the workspace either: create it on the default branch of `acme\/widgets`/
    )
    const s = r.result.summary
    expect(s).toContain('(trust policy not found)')
    expect(s).toContain(
      '**What to do:** First check that \\.github\\/chainguard\\/missing\\.sts\\.yaml is on the default branch of acme\\/widgets'
    )
    expect(s).toContain('The server caches a miss for up to 5 minutes\\.')
    expect(s).toContain(
      'Where the server looks\\: `.github/chainguard/missing.sts.yaml` in `acme/widgets`\\, on its default branch\\, `main`'
    )
    expect(s).toContain('#### A trust policy that admits exactly this workflow')
  })

  it('policy not found although the workspace has it: not on the default branch yet?', async () => {
    const ws = workspace({ missing: fixture('deploy') })
    const r = await run({ scope: 'acme/widgets', identity: 'missing' }, { ws })
    expect(r.result.exitCode).toBe(1)
    expect(r.text).toMatch(
      /The workspace has `\.github\/chainguard\/missing\.sts\.yaml`, and it admits this workflow, but the server found no such file: is it merged to the default branch of `acme\/widgets` \(`main`\) yet\? The server caches a miss for up to 5 minutes/
    )
  })

  it('policy invalid: the workspace copy is parsed and every problem shown with its line', async () => {
    const ws = workspace({ 'unknown-key': fixture('unknown-key') })
    const r = await run({ scope: 'acme/widgets', identity: 'unknown-key' }, { ws })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toMatch(
      /^The trust policy acme\/widgets\/\.github\/chainguard\/unknown-key\.sts\.yaml is invalid\. Octo STS said \(HTTP 404\): "unable to parse trust policy found for "unknown-key""\.\nFix the file on the default branch/
    )
    expect(r.log).toContain(
      'Trust policy check: .github/chainguard/unknown-key.sts.yaml in the workspace is invalid'
    )
    expect(r.text).toMatch(/✗ \S*subjet\S* \(line 3\): .*subjet/)
    expect(r.result.summary).toContain('(trust policy invalid)')
    expect(r.result.summary).toMatch(/^- `[^`]*subjet[^`]*`, line 3/m)
  })

  it('policy mismatch on one field, explained against the workspace copy', async () => {
    const ws = workspace({ mismatch: fixture('mismatch') })
    const r = await run({ scope: 'acme/widgets', identity: 'mismatch' }, { ws })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toBe(
      'The trust policy acme/widgets/.github/chainguard/mismatch.sts.yaml does not admit this workflow (subject did not match). Octo STS said (HTTP 403): "trust policy: subject "repo:acme/widgets:ref:refs/heads/main" did not match "repo:acme/widgets:ref:refs/heads/release"".\n' +
        "Compare the token's claims (in the log and the job summary) with the policy's subject; edits apply from the default branch, after up to 5 minutes of server cache."
    )
    const start = r.log.indexOf(
      'Trust policy check: 1 field of .github/chainguard/mismatch.sts.yaml refuses this workflow'
    )
    expect(start).toBeGreaterThanOrEqual(0)
    expect(r.log.slice(start + 1, start + 4)).toEqual([
      '  ✗ subject (line 3): subject "repo:acme/widgets:ref:refs/heads/main" did not match "repo:acme/widgets:ref:refs/heads/release"',
      '      policy value:   repo:acme/widgets:ref:refs/heads/release',
      '      token value:    repo:acme/widgets:ref:refs/heads/main'
    ])
    expect(r.text).toContain(
      'The server reads the policy from the default branch of `acme/widgets` (`main`); this check used the copy checked out in the workspace (`refs/heads/main`), which may differ.'
    )
    expect(r.result.summary).toContain(
      '- `subject`, line 3  \n  Policy: `repo:acme/widgets:ref:refs/heads/release`  \n  Token: `repo:acme/widgets:ref:refs/heads/main`'
    )
  })

  it('policy mismatch on several fields: every one is listed, not just the server first', async () => {
    const yaml = [
      '# Wrong on purpose in three places.',
      'issuer_pattern: https://(127\\.0\\.0\\.1|oidc\\.test):[0-9]+',
      'subject: repo:acme/widgets:ref:refs/heads/release',
      'claim_pattern:',
      '  event_name: workflow_dispatch',
      '  environment: production',
      'permissions:',
      '  contents: read',
      ''
    ].join('\n')
    stack.sts.setPolicy('acme/widgets', 'several', yaml)
    const ws = workspace({ several: yaml })
    const r = await run({ scope: 'acme/widgets', identity: 'several' }, { ws })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toMatch(/\(subject did not match\)/)
    expect(r.log).toContain(
      'Trust policy check: 3 fields of .github/chainguard/several.sts.yaml refuse this workflow'
    )
    const crosses = r.log.filter(l => l.startsWith('  ✗ '))
    expect(crosses).toEqual(
      expect.arrayContaining([
        '  ✗ subject (line 3): subject "repo:acme/widgets:ref:refs/heads/main" did not match "repo:acme/widgets:ref:refs/heads/release"',
        '  ✗ claim_pattern["event_name"] (line 5): claim "event_name" did not match "^(?:workflow_dispatch)$"',
        '  ✗ claim_pattern["environment"] (line 6): expected claim "environment" not found in token'
      ])
    )
    expect(crosses).toHaveLength(3)
    // The claims the policy names are shown, present or not.
    const claims = group(r.result.stdout, CLAIMS_GROUP)
    expect(claims).toContain('event_name        push')
    expect(claims).toContain('environment       (not in the token)')
    const s = r.result.summary
    expect(s).toContain(
      '- `claim_pattern["event_name"]`, line 5  \n  Policy: `^(?:workflow_dispatch)$`  \n  Token: `push`'
    )
    expect(s).toContain(
      '- `claim_pattern["environment"]`, line 6  \n  Policy: `^(?:production)$`  \n  expected claim \\"environment\\" not found in token'
    )
  })

  it('a top-level | is anchored as today: branch main-x is refused by subject_pattern, not by the default branch', async () => {
    // Issue 17's example: `^a|b$` admitted `…main-x` on servers before 2026-09; today's
    // `^(?:a|b)$` does not, and the explanation must name the subject, not a branch problem.
    const yaml = [
      'issuer_pattern: https://(127\\.0\\.0\\.1|oidc\\.test):[0-9]+',
      'subject_pattern: repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:ref:refs/heads/develop',
      'permissions:',
      '  contents: read',
      ''
    ].join('\n')
    const pattern = 'repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:ref:refs/heads/develop'
    stack.sts.setPolicy('acme/widgets', 'either', yaml)
    // The hosted server's answer, whatever the stack's own engine would decide.
    stack.sts.answer('either', {
      code: 7,
      message: `trust policy: subject "repo:acme/widgets:ref:refs/heads/main-x" did not match pattern "${pattern}"`
    })
    stack.oidc.setWorkflow({ ref: 'refs/heads/main-x' })
    const ws = workspace({ either: yaml })
    const r = await run({ scope: 'acme/widgets', identity: 'either' }, { ws })
    expect(r.result.exitCode).toBe(1)
    expect(r.annotation).toMatch(/\(subject did not match\)/)
    expect(r.log).toContain(
      'Trust policy check: 1 field of .github/chainguard/either.sts.yaml refuses this workflow'
    )
    expect(r.log).toContain(
      `  ✗ subject_pattern (line 2): subject "repo:acme/widgets:ref:refs/heads/main-x" did not match pattern "${pattern}"`
    )
    expect(r.log).toContain(`      policy pattern: ^(?:${pattern})$ (Go RE2)`)
    expect(r.text).not.toContain('the copy on the default branch differs')
    expect(r.text).not.toContain('admits this workflow')
    // One line for self-hosted servers that still compile ^pattern$.
    expect(
      r.log.filter(l => l.includes('servers released before 2026-09 (before octo-sts/app#1643'))
    ).toEqual([
      'On servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older), which compile `^pattern$` instead of `^(?:pattern)$`, the verdict differs: they would admit this token (there `subject_pattern` matches).'
    ])
    // In the table a | is escaped, inside the code span too.
    expect(r.result.summary).toContain(
      `- \`subject_pattern\`, line 2  \n  Policy: \`^(?:${pattern})$\``
    )
  })

  it('permissions refused by GitHub: what the policy asks for', async () => {
    const ws = workspace({ 'too-much': fixture('too-much') })
    const r = await run({ scope: 'acme/widgets', identity: 'too-much' }, { ws })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toMatch(
      /^GitHub refused the permissions or repositories the trust policy asks for\. Octo STS said \(HTTP 403\): "token exchange failure \(StatusUnprocessableEntity\)"\./
    )
    expect(r.text).toContain(
      'The workspace copy asks for `administration: write`: the Octo STS App must have each of these on the owner, with these exact snake_case names.'
    )
    expect(r.result.summary).toContain('(GitHub refused the permissions)')
  })

  it('token rejected: a signature the STS cannot verify', async () => {
    stack.oidc.setSigning({ unknownKey: true })
    const r = await run({ scope: 'acme/widgets', identity: 'deploy' })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toMatch(
      /^Octo STS could not verify the job's OIDC token: .* Octo STS said \(HTTP 401\): "unable to verify bearer token"\./
    )
    expect(r.result.summary).toContain('(the OIDC token was rejected)')
    expect(group(r.result.stdout, CLAIMS_GROUP)[0]).toMatch(/^iss {15}https:\/\/127\.0\.0\.1:\d+$/)
  })

  it('audience: the token was asked for another audience than the policy allows', async () => {
    const ws = workspace({ deploy: fixture('deploy') })
    const r = await run(
      { scope: 'acme/widgets', identity: 'deploy', audience: 'not-the-sts' },
      { ws }
    )
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(r.annotation).toMatch(/\(audience did not match\)/)
    expect(r.text).toContain(
      `  ✗ audience: audience "${stack.sts.domain}" did not match any of ["not-the-sts"]`
    )
    expect(group(r.result.stdout, CLAIMS_GROUP)).toContain('aud               not-the-sts')
    // The suggestion names the audience the job asks for.
    expect(group(r.result.stdout, POLICY_GROUP)).toContain('audience: not-the-sts')
  })

  it('rate limited after retries', async () => {
    stack.sts.fault(
      { status: 429, body: '{"code":8,"message":"slow down"}', headers: { 'retry-after': '0' } },
      4
    )
    const r = await run({ scope: 'acme/widgets', identity: 'deploy' })
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(stack.sts.requests).toHaveLength(4)
    expect(r.annotation).toMatch(
      /^Octo STS is rate limiting\. Octo STS said \(HTTP 429\): "slow down" \(4 attempts over [0-9.]+s\)\./
    )
    expect(r.result.summary).toContain('(rate limited)')
    expect(group(r.result.stdout, CLAIMS_GROUP).length).toBeGreaterThan(0)
  })

  it('missing id-token permission: no request at all, and the permissions block to add', async () => {
    const r = await run(
      { scope: 'acme/widgets', identity: 'deploy' },
      {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
      }
    )
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    expect(stack.oidc.requests).toHaveLength(0)
    expect(stack.sts.requests).toHaveLength(0)
    expect(r.annotation).toMatch(/^This job cannot request an OIDC token/)
    expect(r.annotation).toContain('`permissions: id-token: write`')
    expect(r.result.summary).toContain('(the job cannot request an OIDC token)')
    expect(r.result.summary).toContain(
      '```yaml\npermissions:\n  id-token: write\n  contents: read\n```'
    )
    expect(group(r.result.stdout, CLAIMS_GROUP)).toEqual([])
  })
})

describe('dry run', () => {
  it('shows claims, the suggestion and the local verdict, and never calls the STS', async () => {
    const ws = workspace({ deploy: fixture('deploy') })
    const r = await run({ scope: 'acme/widgets', identity: 'deploy', 'dry-run': 'true' }, { ws })
    expect(r.result.exitCode).toBe(0)
    expect(stack.sts.requests).toHaveLength(0)
    expect(stack.oidc.requests.filter(q => q.path === '/token')).toHaveLength(1)
    expect(r.result.outputs).toEqual({})
    expect(r.result.state).toEqual({})
    expect(r.result.stdout).not.toMatch(/^::error/m)
    expect(r.log).toContain('Dry run: no exchange was made, and no `token` output is set.')
    expect(r.log).toContain(
      'Trust policy check: .github/chainguard/deploy.sts.yaml in the workspace admits this workflow'
    )
    expect(group(r.result.stdout, CLAIMS_GROUP)).toContain(
      'sub               repo:acme/widgets:ref:refs/heads/main'
    )
    expect(group(r.result.stdout, POLICY_GROUP).length).toBeGreaterThan(5)
    expect(r.result.summary).toContain('### Octo STS dry run: `deploy` on `acme/widgets`')
    expect(r.result.summary).toContain('- `sub`: `repo:acme/widgets:ref:refs/heads/main`')
    expect(r.result.summary).toContain('```yaml\n')
  })

  it('says the local policy would refuse the workflow, field by field', async () => {
    const ws = workspace({ 'claim-mismatch': fixture('claim-mismatch') })
    const r = await run(
      { scope: 'acme/widgets', identity: 'claim-mismatch', 'dry-run': 'true' },
      { ws }
    )
    expect(r.result.exitCode).toBe(0)
    expect(stack.sts.requests).toHaveLength(0)
    expect(r.text).toContain(
      '  ✗ claim_pattern["event_name"] (line 5): claim "event_name" did not match "^(?:workflow_dispatch)$"'
    )
    expect(r.text).toMatch(/would refuse this workflow/)
  })

  it('warns that a pull_request subject also admits pull_request_target runs', async () => {
    stack.oidc.setWorkflow({ event_name: 'pull_request', ref: 'refs/pull/7/merge' })
    const r = await run({ scope: 'acme/widgets', identity: 'deploy', 'dry-run': 'true' })
    expect(r.result.exitCode).toBe(0)
    expect(r.text).toMatch(
      /^Warning: The subject `…:pull_request` is shared by `pull_request` and `pull_request_target` runs, including those for pull requests from forks/m
    )
    const policy = group(r.result.stdout, POLICY_GROUP)
    expect(policy).toContain('subject: repo:acme/widgets:pull_request')
    expect(policy).toContain('  event_name: pull_request')
    expect(r.result.summary).toMatch(/> \[!WARNING\]\n> The subject `…:pull_request` is shared/)
  })

  it('without a checkout, says the policy cannot be checked here', async () => {
    const r = await run(
      { scope: 'acme', identity: 'deploy', 'dry-run': 'true' },
      { env: { GITHUB_REPOSITORY: 'acme/widgets' } }
    )
    expect(r.result.exitCode).toBe(0)
    expect(stack.sts.requests).toHaveLength(0)
    expect(r.text).toMatch(
      /The policy is read from `acme\/\.github`, not from this workflow's repository/
    )
    expect(group(r.result.stdout, POLICY_GROUP)).toContain('#   - widgets')
  })
})

describe('timeout-seconds bounds the diagnosis too', () => {
  /**
   * A policy whose merge keys (`<<`) expand exponentially on a parser that applies them
   * eagerly: anchors m0…m10, each merging the one before three times (3^10 entries), then
   * referenced once more. 400 bytes; several seconds per parse on such a parser, which the
   * check parses twice. With the engine's alias/merge bounds it is fast and simply completes.
   */
  const mergeBomb = (): string => {
    const items = ['&m0 {issuer: https://token.actions.githubusercontent.com}']
    for (let i = 1; i <= 10; i++) items.push(`&m${i} {<<: [*m${i - 1}, *m${i - 1}, *m${i - 1}]}`)
    items.push('*m10')
    return [
      `<<: [${items.join(', ')}]`,
      'subject: repo:x/y:ref:refs/heads/z',
      'permissions: {contents: read}',
      ''
    ].join('\n')
  }

  it('a denial explained on a policy slow to evaluate: cut short at the limit, the real error reported', async () => {
    const LIMIT_S = 2
    const ws = workspace({ deploy: mergeBomb() })
    const message =
      'trust policy: subject "repo:acme/widgets:ref:refs/heads/main" did not match "repo:x/y:ref:refs/heads/z"'
    stack.sts.fault({ status: 403, body: JSON.stringify({ code: 7, message }) })
    const r = await run(
      { scope: 'acme/widgets', identity: 'deploy', 'timeout-seconds': String(LIMIT_S) },
      { ws, timeoutMs: 90_000 }
    )
    expect(r.result.exitCode).toBe(1)
    expectCleanLog(r)
    // The real error, whatever the diagnosis had time for.
    expect(r.annotation).toMatch(
      /^The trust policy acme\/widgets\/\.github\/chainguard\/deploy\.sts\.yaml does not admit this workflow \(subject did not match\)\. Octo STS said \(HTTP 403\)/
    )
    const cut = r.log.some(
      l =>
        /^The local policy check was skipped: the step's time limit \(`timeout-seconds`\) was reached/.test(
          l
        ) || l === 'Trust policy check: too costly to check here'
    )
    // A completed check ends in a verdict on the file (it refuses the workflow, or the engine's
    // bounds find the file invalid).
    const verdict = r.log.some(
      l => l.startsWith('Trust policy check: ') && l.includes('deploy.sts.yaml')
    )
    // Either there was time and the check is complete, or it says it was cut short: a step
    // well past its limit (more than startup and the report) must have cut it short.
    expect(cut || verdict).toBe(true)
    if (r.result.durationMs > (LIMIT_S + 2) * 1000) expect(cut).toBe(true)
    // The engine is stopped at the limit (generous: a loaded machine).
    expect(r.result.durationMs).toBeLessThan((LIMIT_S + 5) * 1000)
  }, 120_000)

  const denied = (): void => {
    const message =
      'trust policy: subject "repo:acme/widgets:ref:refs/heads/main" did not match pattern "…"'
    stack.sts.fault({ status: 403, body: JSON.stringify({ code: 7, message }) })
  }
  const LIMIT_S = 5

  it.each([
    [
      '200 × [\\p{L}\\p{N}]{0,1000} in subject_pattern (9 s and 1.7 GB before)',
      repeatedSubject(200)
    ],
    ['200 claim patterns that only the sandbox can stop', manyCostlyClaims()]
  ])(
    'an explained denial with %s and timeout-seconds: 5: too costly to check here, the denial reported, on time',
    async (_, policy) => {
      const ws = workspace({ deploy: policy })
      denied()
      const r = await run(
        { scope: 'acme/widgets', identity: 'deploy', 'timeout-seconds': String(LIMIT_S) },
        { ws, timeoutMs: 60_000 }
      )
      expect(r.result.exitCode).toBe(1)
      expectCleanLog(r)
      expect(r.annotation).toMatch(
        /^The trust policy acme\/widgets\/\.github\/chainguard\/deploy\.sts\.yaml does not admit this workflow \(subject did not match\)\. Octo STS said \(HTTP 403\)/
      )
      expect(r.log).toContain('Trust policy check: too costly to check here')
      expect(r.text).toMatch(
        /The workspace copy of `\.github\/chainguard\/deploy\.sts\.yaml` is too costly to check here: /
      )
      expect(r.text).not.toMatch(/is invalid/)
      expect(r.result.summary).toContain('too costly to check here')
      // The limit and a second, past what loading the bundle takes on this machine right now
      // (the same step failing on its inputs at once).
      const startup = (await runStep('main', { inputs: {}, env: stack.env() })).durationMs
      expect(r.result.durationMs).toBeLessThan((LIMIT_S + 1) * 1000 + startup)
    },
    60_000
  )
})

describe('success', () => {
  it('one short summary table; claims only in the debug log', async () => {
    const r = await run({ scope: 'acme/widgets', identity: 'deploy' })
    expect(r.result.exitCode).toBe(0)
    const token = r.result.outputs.token ?? ''
    expect(token).toMatch(/^ghs_/)
    const summary = r.result.summary
    expect(summary).toMatch(/^### Octo STS token\n/)
    expect(summary).toContain('- Identity: `deploy`')
    expect(summary).toContain('- Scope: `acme/widgets`')
    expect(summary).toMatch(/- Audit hash \(SHA-256\): `[A-Za-z0-9+/]{43}=`/)
    expect(summary).toMatch(/- Expires: `\d{4}-\d\d-\d\dT/)
    expect(summary).toContain('- Revoked at job end: yes')
    expect(summary.split('\n').length).toBeLessThan(15)
    expect(summary).not.toMatch(/sub|repo:acme/)
    expect(r.result.stdout).toMatch(
      /^::debug::OIDC token claims: .*repo:acme\/widgets:ref:refs\/heads\/main/m
    )
    expect(r.result.stdout).not.toContain('::group::')
  })

  // The report is small and bundled (a separate chunk cost a denial ~4 ms to load, measured);
  // the policy engine (yaml + re2js) is a lazy chunk, loaded only to explain a denial.
  it('the success path bundle carries neither the policy engine nor the diagnosis', () => {
    const dir = join(REPO_ROOT, 'dist/main')
    const main = readFileSync(join(dir, 'index.js'), 'utf8')
    expect(main).not.toMatch(/RE2JS|YAMLMap|KIND_TITLE/)
    const chunks = readdirSync(dir).filter(f => /^\d+\.index\.js$/.test(f))
    const text = chunks.map(f => readFileSync(join(dir, f), 'utf8')).join('\n')
    expect(text).toMatch(/RE2JS/)
    expect(text).toMatch(/KIND_TITLE/)
  })
})
