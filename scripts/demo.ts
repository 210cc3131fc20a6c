// `npm run demo` — the whole exchange on a local stack, as a user would see it in the job log:
// the committed dist/main and dist/post run as the Actions runner runs them, against a local
// OIDC issuer, an Octo-STS-compatible server and a GitHub API (HTTPS, 127.0.0.1, test CA).
// `npm run demo -- --deny` also shows a denied exchange (trust policy mismatch); `--help` lists
// the options (scripts/demo-args.ts).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { stackRequest } from '../__tests__/stack/client.js'
import { FIXTURE_REPOS, startStack } from '../__tests__/stack/index.js'
import type { Stack } from '../__tests__/stack/index.js'
import {
  assertNoLeaks,
  bundlePath,
  renderLog,
  REPO_ROOT,
  runStep
} from '../__tests__/stack/run-step.js'
import type { StepResult } from '../__tests__/stack/run-step.js'
import { DEMO_HELP, parseDemoArgs } from './demo-args.js'

const options = parseDemoArgs(process.argv.slice(2))
if ('error' in options) {
  process.stderr.write(`demo: ${options.error}\n\n${DEMO_HELP}`)
  process.exit(2)
}
if (options.help) {
  process.stdout.write(DEMO_HELP)
  process.exit(0)
}
const { deny } = options
const tty = process.stdout.isTTY === true
const style = (code: string) => (s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s)
const bold = style('1')
const dim = style('2')
const green = style('32')
const red = style('31')

const out = (line = ''): void => void process.stdout.write(line + '\n')
const section = (title: string): void => out(`\n${bold(`== ${title}`)}`)
const ms = (n: number): string => `${Math.round(n)} ms`

/** The step's log as the job page shows it (masked, commands rendered), indented. */
function showLog(title: string, result: StepResult): void {
  out(dim(`  ┌ ${title} (exit ${result.exitCode}, ${ms(result.durationMs)})`))
  for (const line of renderLog(result.stdout)) out(`${dim('  │')} ${line}`)
  if (result.stderr.trim())
    for (const line of result.stderr.trim().split('\n')) out(`${dim('  │')} ${red(line)}`)
  out(dim('  └'))
}

/** What each `::add-mask::` line of a step registered, by name (never the value). */
function masksOf(stdout: string, stack: Stack, token: string): string[] {
  return stdout
    .split('\n')
    .filter(l => l.startsWith('::add-mask::'))
    .map(l => l.slice('::add-mask::'.length).trim())
    .map(v =>
      v === token
        ? 'the GitHub token'
        : v === stack.oidc.requestToken
          ? 'the runner request token'
          : stack.oidc.issued.includes(v)
            ? 'the OIDC JWT'
            : 'another value'
    )
}

async function tokenCheck(stack: Stack, token: string): Promise<number> {
  const res = await stackRequest(`${stack.api.url}/installation/repositories`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' }
  })
  return res.status
}

const policyFile = (ownerRepo: string, identity: string): string =>
  join(FIXTURE_REPOS, ownerRepo, '.github', 'chainguard', `${identity}.sts.yaml`)

function showPolicy(ownerRepo: string, identity: string): void {
  const text = readFileSync(policyFile(ownerRepo, identity), 'utf8')
  out(dim(`  ${ownerRepo}: .github/chainguard/${identity}.sts.yaml`))
  for (const line of text.trimEnd().split('\n')) {
    if (!line.startsWith('#')) out(`    ${line}`)
  }
}

async function happyPath(stack: Stack): Promise<boolean> {
  const inputs = { scope: 'acme/widgets', identity: 'deploy' }
  section('Trust policy')
  showPolicy('acme/widgets', 'deploy')
  out(dim(`  The job: ${stack.oidc.claims('').sub} (workflow "deploy", push)`))

  // As in a job of acme/widgets that checked out its repository.
  const job = {
    env: stack.env({ GITHUB_REPOSITORY: 'acme/widgets' }),
    cwd: join(FIXTURE_REPOS, 'acme', 'widgets')
  }
  const main = await runStep('main', { inputs, ...job })
  const token = main.outputs.token ?? ''
  section(
    'Job log: main step (uses: octo-sts-token-action, with: scope acme/widgets, identity deploy)'
  )
  showLog('main', main)

  const sent = stack.sts.requests[0]
  if (sent) {
    const query = Object.entries(sent.query)
      .map(([k, v]) => `${k}=${v.join(',')}`)
      .join(' ')
    out(
      dim(
        `  The STS received: ${sent.method} ${sent.path} ${query}, Authorization: Bearer <OIDC JWT>`
      )
    )
  }

  section('Outputs')
  out(
    `  token = *** ${dim(`(masked in the log; ${token.length} characters, starts with ghs_: ${token.startsWith('ghs_')})`)}`
  )
  section('Job summary')
  for (const line of main.summary.trimEnd().split('\n')) out(`  ${line}`)

  const before = token ? await tokenCheck(stack, token) : 0
  const post = await runStep('post', { inputs, ...job, state: main.state })
  section('Job log: post step')
  showLog('post', post)
  const after = token ? await tokenCheck(stack, token) : 0

  section('Proof')
  const ok = (cond: boolean, text: string): boolean => {
    out(`  ${cond ? green('✓') : red('✗')} ${text}`)
    return cond
  }
  const masked = masksOf(main.stdout, stack, token)
  let leaks = ''
  try {
    assertNoLeaks(main, stack.secrets())
    assertNoLeaks(post, stack.secrets())
  } catch (e) {
    leaks = (e as Error).message
  }
  const checks = [
    ok(main.exitCode === 0 && token !== '', 'main exchanged the OIDC token for a GitHub token'),
    ok(before === 200, `before post, GET /installation/repositories with the token → ${before}`),
    ok(
      post.exitCode === 0 && stack.api.revoked.includes(token),
      'post revoked it (DELETE /installation/token → 204)'
    ),
    ok(after === 401, `after post, the same check → ${after} (Bad credentials)`),
    ok(masked.length === 3, `main registered ${masked.length} masks: ${masked.join(', ')}`),
    ok(
      !leaks,
      'no token, OIDC JWT or request token in the log, summary or files (masked everywhere)'
    )
  ]
  if (leaks) out(red(`    ${leaks}`))
  section('Wall times')
  out(
    `  main ${ms(main.durationMs)}, post ${ms(post.durationMs)} (Node ${process.versions.node}, whole process each)`
  )
  return checks.every(Boolean)
}

async function deniedPath(stack: Stack): Promise<boolean> {
  stack.reset()
  const inputs = { scope: 'acme/widgets', identity: 'mismatch' }
  section('Denied: a trust policy that does not admit this workflow')
  showPolicy('acme/widgets', 'mismatch')
  // As in a job of acme/widgets that checked out its repository.
  const main = await runStep('main', {
    inputs,
    env: stack.env({ GITHUB_REPOSITORY: 'acme/widgets' }),
    cwd: join(FIXTURE_REPOS, 'acme', 'widgets')
  })
  showLog('main', main)
  const post = await runStep('post', { inputs, env: stack.env(), state: main.state })
  showLog('post', post)
  const calls = stack.sts.requests.length
  let leaks = ''
  try {
    assertNoLeaks(main, stack.secrets())
  } catch (e) {
    leaks = (e as Error).message
  }
  const fine = main.exitCode === 1 && calls === 1 && !main.outputs.token && !leaks
  out(
    `  ${fine ? green('✓') : red('✗')} the step failed after ${calls} STS call (403, not retried) in ${ms(main.durationMs)}; no token output${leaks ? red(`; ${leaks}`) : ''}`
  )
  return fine
}

async function run(): Promise<number> {
  if (!existsSync(bundlePath('main')) || !existsSync(bundlePath('post'))) {
    out(dim('dist/ is missing: building it (npm run build)…'))
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' })
  }
  const stack = await startStack()
  try {
    out(bold('Octo STS token action — local demo'))
    out(
      dim(
        `  OIDC issuer ${stack.oidc.issuer} · Octo STS https://${stack.sts.host} · GitHub API ${stack.api.url}`
      )
    )
    let ok = await happyPath(stack)
    if (deny) ok = (await deniedPath(stack)) && ok
    else out(dim('\n  (run `npm run demo -- --deny` to also see a denied exchange)'))
    out()
    return ok ? 0 : 1
  } finally {
    await stack.close()
  }
}

run().then(
  code => process.exit(code),
  (e: unknown) => {
    console.error(`demo failed: ${(e as Error)?.message ?? String(e)}`)
    process.exit(1)
  }
)
