// `npm run bench`: how long the committed bundles take, and how much memory, run the way the
// runner runs them (__tests__/stack/run-step.ts: a fresh `node <bundle>` per step with INPUT_*,
// STATE_*, the file-command files) against the local stack. Builds nothing.
//
// Each round runs the floor (an empty ES module: what any Node action costs), main, post with
// the state main saved (one job: the two share its RUNNER_TEMP), a denial (403 policy mismatch)
// and the same denial explained against the policy checked out in the workspace. Rounds interleave the rows so machine noise hits
// each alike; warm-up rounds are discarded; a step that does not do its job stops the run.
//
//   npm run bench                      20 rounds after 2 warm-up rounds
//   npm run bench -- --runs 40 --warmup 3
//   npm run bench -- --node PATH       another Node binary (action.yml says node24)
//   npm run bench -- --dist DIR        another build with the same layout (A/B a lever)
//   npm run bench -- --save            also write bench/results[-node<major>].md and .json
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { startStack } from '../__tests__/stack/index.js'
import type { Stack, StepResult } from '../__tests__/stack/index.js'
import { REPO_ROOT, runStep } from '../__tests__/stack/run-step.js'
import type { RunStepOptions } from '../__tests__/stack/run-step.js'
import { distribution, round } from './bench/stats.js'

/** The targets: medians above the floor of the same run, and peak RSS per step. */
export const TARGETS = { main: 75, post: 65, denial: 75, peakRssMb: 60 } as const

const ROWS = ['floor', 'main', 'post', 'denial', 'denialExplained'] as const
type Row = (typeof ROWS)[number]
const LABEL: Record<Row, string> = {
  floor: 'floor (empty ES module)',
  main: 'main (exchange)',
  post: 'post (revoke)',
  denial: 'denial (403)',
  denialExplained: 'denial, explained vs local policy'
}

const SCOPE = 'acme/widgets'
const SUBJECT = 'repo:acme/widgets:ref:refs/heads/main'
const policy = (issuer: string, subject: string): string =>
  `issuer: ${issuer}\nsubject: ${subject}\npermissions:\n  contents: read\n`

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '2' },
    node: { type: 'string', default: process.execPath },
    dist: { type: 'string', default: join(REPO_ROOT, 'dist') },
    save: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  }
})

/** Throws when a step did not do its job: a fast wrong answer is no result. */
function check(row: Row, run: StepResult, stack: Stack, mintedBefore: number): void {
  const minted = stack.sts.minted.slice(mintedBefore)
  const ok =
    row === 'floor'
      ? run.exitCode === 0
      : row === 'main'
        ? run.exitCode === 0 && minted.length === 1 && run.outputs.token === minted[0]?.token
        : row === 'post'
          ? run.exitCode === 0 && !/^::warning/m.test(run.stdout)
          : run.exitCode === 1 && /^::error/m.test(run.stdout) && minted.length === 0
  if (!ok) {
    const log = (run.stdout + run.stderr).replace(/ghs_\w+|eyJ[\w.-]+/g, '***').slice(-2000)
    throw new Error(`bench: the ${row} step did not do its job (exit ${run.exitCode}).\n${log}`)
  }
}

async function bench(): Promise<void> {
  const runs = Number(args.runs)
  const warmup = Number(args.warmup)
  const dist = resolve(args.dist)
  const node = resolve(args.node)
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  const work = mkdtempSync(join(tmpdir(), 'bench-'))
  const floor = join(work, 'empty.mjs')
  writeFileSync(floor, '')
  // The explained denial's workspace: the denied policy checked out, as after actions/checkout.
  const workspace = join(work, 'workspace')
  const stack = await startStack()
  const denied = policy(stack.oidc.issuer, 'repo:acme/widgets:ref:refs/heads/release')
  mkdirSync(join(workspace, '.github', 'chainguard'), { recursive: true })
  writeFileSync(join(workspace, '.github', 'chainguard', 'bench-denied.sts.yaml'), denied)

  const samples = Object.fromEntries(ROWS.map(r => [r, [] as StepResult[]])) as Record<
    Row,
    StepResult[]
  >
  const envOf = (extra: Record<string, string> = {}): Record<string, string | undefined> =>
    stack.env({ GITHUB_REPOSITORY: SCOPE, GITHUB_REF: 'refs/heads/main', ...extra })
  const step = async (row: Row, opts: RunStepOptions, keep: boolean): Promise<StepResult> => {
    const before = stack.sts.minted.length
    const run = await runStep(row === 'post' ? 'post' : 'main', {
      env: envOf(),
      node,
      measureRss: true,
      ...(row === 'floor'
        ? { script: floor }
        : { script: join(dist, row === 'post' ? 'post' : 'main', 'index.js') }),
      ...opts
    })
    check(row, run, stack, before)
    if (keep) samples[row].push(run)
    return run
  }
  try {
    for (let i = 0; i < warmup + runs; i++) {
      stack.reset()
      stack.sts.setPolicy(SCOPE, 'bench', policy(stack.oidc.issuer, SUBJECT))
      stack.sts.setPolicy(SCOPE, 'bench-denied', denied)
      const keep = i >= warmup
      // main and post are two steps of one job: they share its RUNNER_TEMP, as on a runner.
      const job = { RUNNER_TEMP: mkdtempSync(join(work, 'job-')) }
      const inputs = (identity: string): Record<string, string> => ({ scope: SCOPE, identity })
      await step('floor', {}, keep)
      const main = await step('main', { inputs: inputs('bench'), env: envOf(job) }, keep)
      await step('post', { state: main.state, env: envOf(job) }, keep)
      await step('denial', { inputs: inputs('bench-denied') }, keep)
      await step('denialExplained', { inputs: inputs('bench-denied'), cwd: workspace }, keep)
    }
  } finally {
    await stack.close()
    rmSync(work, { recursive: true, force: true })
  }

  const floorMs = distribution(samples.floor.map(r => r.durationMs))
  const rows = Object.fromEntries(
    ROWS.map(row => {
      const wall = distribution(samples[row].map(r => r.durationMs))
      const rss = distribution(samples[row].map(r => (r.peakRssKb ?? NaN) / 1024))
      return [
        row,
        {
          wallMs: wall,
          overFloorMs: {
            median: round(wall.median - floorMs.median),
            p90: round(wall.p90 - floorMs.p90)
          },
          peakRssMb: { median: rss.median, max: rss.max }
        }
      ]
    })
  ) as Record<
    Row,
    {
      wallMs: typeof floorMs
      overFloorMs: { median: number; p90: number }
      peakRssMb: { median: number; max: number }
    }
  >
  const target: Partial<Record<Row, number>> = {
    main: TARGETS.main,
    post: TARGETS.post,
    denial: TARGETS.denial
  }
  const results = {
    schema: 'octo-sts-token-action/bench@2',
    startedAt: new Date().toISOString(),
    node: nodeVersion,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}`,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8'
    }).trim(),
    dist,
    runs,
    targets: TARGETS,
    rows
  }
  const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`
  const md = [
    `Node ${nodeVersion}, ${results.machine}, ${runs} rounds after ${warmup} warm-up, commit ${results.commit}.`,
    '',
    '| step | median ms | p90 ms | median − floor | target | peak RSS MB (median / max) |',
    '|---|---:|---:|---:|---|---:|',
    ...ROWS.map(row => {
      const r = rows[row]
      const over = row === 'floor' ? '—' : signed(r.overFloorMs.median)
      const t = target[row]
      const verdict =
        t === undefined ? '' : `≤ +${t} ${r.overFloorMs.median <= t ? 'met' : '**missed**'}`
      const rss = `${r.peakRssMb.median.toFixed(1)} / ${r.peakRssMb.max.toFixed(1)}${row !== 'floor' && r.peakRssMb.max > TARGETS.peakRssMb ? ' **over 60**' : ''}`
      return `| ${LABEL[row]} | ${r.wallMs.median.toFixed(1)} | ${r.wallMs.p90.toFixed(1)} | ${over} | ${verdict} | ${rss} |`
    })
  ].join('\n')
  console.log(md)
  const json = join(REPO_ROOT, '.bench', 'latest.json')
  mkdirSync(dirname(json), { recursive: true })
  writeFileSync(json, JSON.stringify(results, null, 2) + '\n')
  if (args.save) {
    const base =
      node === process.execPath
        ? 'results'
        : `results-node${nodeVersion.replace(/^v(\d+).*/, '$1')}`
    const prettier = await import('prettier')
    for (const [file, text] of [
      [`${base}.json`, JSON.stringify(results, null, 2)],
      [
        `${base}.md`,
        `# Benchmark results (Node ${nodeVersion})\n\nWritten by \`npm run bench -- --save\`; what the rows mean: [README.md](README.md).\n\n${md}\n`
      ]
    ] as const) {
      const path = join(REPO_ROOT, 'bench', file)
      writeFileSync(
        path,
        await prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path })
      )
    }
    console.log(`Wrote bench/${base}.md and bench/${base}.json`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (args.help) {
    const head = (await import('node:fs'))
      .readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
    console.log(
      head
        .slice(
          0,
          head.findIndex(l => !l.startsWith('//'))
        )
        .map(l => l.replace(/^\/\/ ?/, ''))
        .join('\n')
    )
  } else {
    await bench().catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    })
  }
}
