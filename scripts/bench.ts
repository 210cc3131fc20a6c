// `npm run bench`: how long the committed bundles take, and how much memory, run the way the
// runner runs them (__tests__/stack/run-step.ts: a fresh `node <bundle>` per step with INPUT_*,
// STATE_*, the file-command files) against the local stack. Builds nothing.
//
// Each round runs the floor (an empty ES module: what any Node action costs), main, post with
// the state main saved (one job: the two share its RUNNER_TEMP), a denial (403 policy mismatch)
// and the same denial explained against the policy checked out in the workspace. Rounds
// interleave the rows (and the builds, when several are given) so machine noise hits each
// alike; warm-up rounds are discarded; a step that does not do its job stops the run.
//
//   npm run bench                      20 rounds after 2 warm-up rounds
//   npm run bench -- --runs 40 --warmup 3
//   npm run bench -- --node PATH       another Node binary (action.yml says node24)
//   npm run bench -- --dist A --dist B A/B builds with the same layout, interleaved (a lever)
//   npm run bench -- --save            also write bench/results[-node<major>].md and .json
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { startStack } from '../__tests__/stack/index.js'
import type { StepResult } from '../__tests__/stack/index.js'
import { REPO_ROOT, runStep } from '../__tests__/stack/run-step.js'
import type { RunStepOptions } from '../__tests__/stack/run-step.js'
import { distribution, round } from './bench/stats.js'
import type { Distribution } from './bench/stats.js'

/** The targets: medians above the floor of the same run, and peak RSS per step. */
export const TARGETS = { main: 75, post: 65, denial: 75, peakRssMb: 60 } as const

const ROWS = ['main', 'post', 'denial', 'denialExplained'] as const
type Row = (typeof ROWS)[number]
const LABEL: Record<Row, string> = {
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
    dist: { type: 'string', multiple: true, default: [join(REPO_ROOT, 'dist')] },
    save: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  }
})

/** Throws when a step did not do its job: a fast wrong answer is no result. */
function check(row: Row | 'floor', run: StepResult, minted: { token: string }[]): void {
  const ok =
    row === 'floor'
      ? run.exitCode === 0
      : row === 'main'
        ? run.exitCode === 0 && minted.length === 1 && run.outputs.token === minted[0]?.token
        : row === 'post'
          ? run.exitCode === 0 && !/^::warning/m.test(run.stdout)
          : run.exitCode === 1 &&
            /^::error/m.test(run.stdout) &&
            minted.length === 0 &&
            (row === 'denial' || /^Trust policy check: 1 field of /m.test(run.stdout))
  if (!ok) {
    const log = (run.stdout + run.stderr).replace(/ghs_\w+|eyJ[\w.-]+/g, '***').slice(-2000)
    throw new Error(`bench: the ${row} step did not do its job (exit ${run.exitCode}).\n${log}`)
  }
}

interface RowResult {
  wallMs: Distribution
  overFloorMs: { median: number; p90: number }
  peakRssMb: { median: number; max: number }
}

function summarize(runs: StepResult[], floor: Distribution): RowResult {
  const wall = distribution(runs.map(r => r.durationMs))
  const rss = distribution(runs.map(r => (r.peakRssKb ?? NaN) / 1024))
  return {
    wallMs: wall,
    overFloorMs: { median: round(wall.median - floor.median), p90: round(wall.p90 - floor.p90) },
    peakRssMb: { median: rss.median, max: rss.max }
  }
}

async function bench(): Promise<void> {
  const runs = Number(args.runs)
  const warmup = Number(args.warmup)
  const dists = args.dist.map(d => resolve(d))
  const node = resolve(args.node)
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  const work = mkdtempSync(join(tmpdir(), 'bench-'))
  const floorScript = join(work, 'empty.mjs')
  writeFileSync(floorScript, '')
  // The explained denial's workspace: the denied policy checked out, as after actions/checkout.
  const workspace = join(work, 'workspace')
  const stack = await startStack()
  const denied = policy(stack.oidc.issuer, 'repo:acme/widgets:ref:refs/heads/release')
  mkdirSync(join(workspace, '.github', 'chainguard'), { recursive: true })
  writeFileSync(join(workspace, '.github', 'chainguard', 'bench-denied.sts.yaml'), denied)

  const floorRuns: StepResult[] = []
  const samples = dists.map(
    () => ({ main: [], post: [], denial: [], denialExplained: [] }) as Record<Row, StepResult[]>
  )
  const step = async (
    row: Row | 'floor',
    dist: string,
    opts: RunStepOptions
  ): Promise<StepResult> => {
    const before = stack.sts.minted.length
    const entry = row === 'post' ? 'post' : 'main'
    const run = await runStep(entry, {
      env: stack.env({ GITHUB_REPOSITORY: SCOPE, GITHUB_REF: 'refs/heads/main' }),
      node,
      measureRss: true,
      script: row === 'floor' ? floorScript : join(dist, entry, 'index.js'),
      ...opts
    })
    check(row, run, stack.sts.minted.slice(before))
    return run
  }
  try {
    for (let i = 0; i < warmup + runs; i++) {
      stack.reset()
      stack.sts.setPolicy(SCOPE, 'bench', policy(stack.oidc.issuer, SUBJECT))
      stack.sts.setPolicy(SCOPE, 'bench-denied', denied)
      const keep = i >= warmup
      const inputs = (identity: string): Record<string, string> => ({ scope: SCOPE, identity })
      const floor = await step('floor', '', {})
      if (keep) floorRuns.push(floor)
      for (const [d, dist] of dists.entries()) {
        // main and post are two steps of one job: they share its RUNNER_TEMP, as on a runner.
        const job = stack.env({
          GITHUB_REPOSITORY: SCOPE,
          RUNNER_TEMP: mkdtempSync(join(work, 'job-'))
        })
        const main = await step('main', dist, { inputs: inputs('bench'), env: job })
        const post = await step('post', dist, { state: main.state, env: job })
        const denial = await step('denial', dist, { inputs: inputs('bench-denied') })
        const explained = await step('denialExplained', dist, {
          inputs: inputs('bench-denied'),
          cwd: workspace
        })
        if (keep) {
          const s = samples[d] as Record<Row, StepResult[]>
          s.main.push(main)
          s.post.push(post)
          s.denial.push(denial)
          s.denialExplained.push(explained)
        }
      }
    }
  } finally {
    await stack.close()
    rmSync(work, { recursive: true, force: true })
  }

  const floor = distribution(floorRuns.map(r => r.durationMs))
  const floorRss = distribution(floorRuns.map(r => (r.peakRssKb ?? NaN) / 1024))
  const builds = dists.map((dist, d) => ({
    dist: dist.startsWith(REPO_ROOT) ? relative(REPO_ROOT, dist) : dist,
    rows: Object.fromEntries(
      ROWS.map(row => [row, summarize(samples[d]?.[row] ?? [], floor)])
    ) as Record<Row, RowResult>
  }))
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
    runs,
    targets: TARGETS,
    floor: { wallMs: floor, peakRssMb: { median: floorRss.median, max: floorRss.max } },
    builds
  }
  const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`
  const md = [
    `Node ${nodeVersion}, ${results.machine}, ${runs} rounds after ${warmup} warm-up, commit ${results.commit}.`,
    '',
    '| build | step | median ms | p90 ms | median − floor | target | peak RSS MB (median / max) |',
    '|---|---|---:|---:|---:|---|---:|',
    `| | floor (empty ES module) | ${floor.median.toFixed(1)} | ${floor.p90.toFixed(1)} | — | | ${floorRss.median.toFixed(1)} / ${floorRss.max.toFixed(1)} |`,
    ...builds.flatMap(b =>
      ROWS.map(row => {
        const r = b.rows[row]
        const t = target[row]
        const verdict =
          t === undefined ? '' : `≤ +${t} ${r.overFloorMs.median <= t ? 'met' : '**missed**'}`
        const over = r.peakRssMb.max > TARGETS.peakRssMb ? ` **over ${TARGETS.peakRssMb}**` : ''
        return `| ${b.dist} | ${LABEL[row]} | ${r.wallMs.median.toFixed(1)} | ${r.wallMs.p90.toFixed(1)} | ${signed(r.overFloorMs.median)} | ${verdict} | ${r.peakRssMb.median.toFixed(1)} / ${r.peakRssMb.max.toFixed(1)}${over} |`
      })
    )
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
    const head = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n')
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
