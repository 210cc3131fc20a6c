// `npm run bench`: how long the committed bundles take to run, measured the way a runner runs
// them, against the local stack (__tests__/stack). Builds nothing.
//
// Each round runs, in this order: an empty script (the floor: what any Node action costs), the
// main step, the post step with the state main saved, and a denied exchange (policy mismatch),
// each as a fresh `node dist/<entry>/index.js` with INPUT_*/STATE_* and fresh GITHUB_OUTPUT/
// GITHUB_STATE/GITHUB_STEP_SUMMARY files, exactly like __tests__/stack/run-step.ts. Rounds are
// interleaved so that machine noise hits every row alike; warm-up rounds are discarded.
//
//   npm run bench                        20 rounds after 2 warm-up rounds
//   npm run bench -- --runs 50 --warmup 5
//   npm run bench -- --node /path/to/node24/bin/node   (the runtime action.yml names)
//   npm run bench -- --dist /tmp/other-dist            (compare an experimental build)
//   npm run bench -- --profile           also write .cpuprofile files and say where time goes
//   npm run bench -- --save              also write bench/results.md and bench/results.json
//
// Output: a table on stdout, and .bench/latest.json (schema below, stable for comparing runs).
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { startStack } from '../__tests__/stack/index.js'
import type { Stack } from '../__tests__/stack/index.js'
import { actionDefaults, inputEnvName, parseFileCommands } from '../__tests__/stack/run-step.js'
import { summarizeProfile } from './bench/profile.js'
import type { ProfileSummary } from './bench/profile.js'
import { defaultRssMethod, runTimed } from './bench/spawn.js'
import type { RssMethod, TimedRun } from './bench/spawn.js'
import { distribution, round } from './bench/stats.js'
import type { Distribution } from './bench/stats.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SCHEMA = 'octo-sts-token-action/bench@1'

/** The issue's targets (medians, relative to the floor of the same run). */
export const TARGETS = {
  mainOverFloorMs: 40,
  postOverFloorMs: 30,
  denialOverFloorMs: 40,
  peakRssMb: 60
} as const

type Row = 'floor' | 'main' | 'post' | 'denial' | 'floorNoExtraCa'
const ROWS: Row[] = ['floor', 'main', 'post', 'denial', 'floorNoExtraCa']

interface Options {
  runs: number
  warmup: number
  node: string
  dist: string
  json: string
  profile: boolean
  save: boolean
  rss: RssMethod
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    runs: 20,
    warmup: 2,
    node: process.execPath,
    dist: join(ROOT, 'dist'),
    json: join(ROOT, '.bench', 'latest.json'),
    profile: false,
    save: false,
    rss: defaultRssMethod()
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new Error(`${a} needs a value`)
      return v
    }
    const count = (min: number): number => {
      const n = Number(value())
      if (!Number.isInteger(n) || n < min) throw new Error(`${a} needs an integer ≥ ${min}`)
      return n
    }
    if (a === '--runs') o.runs = count(1)
    else if (a === '--warmup') o.warmup = count(0)
    else if (a === '--node') o.node = resolve(value())
    else if (a === '--dist') o.dist = resolve(value())
    else if (a === '--json') o.json = resolve(value())
    else if (a === '--profile') o.profile = true
    else if (a === '--save') o.save = true
    else if (a === '--rss') {
      const m = value()
      if (m !== 'time' && m !== 'probe' && m !== 'none') throw new Error('--rss: time|probe|none')
      o.rss = m
    } else if (a === '--help' || a === '-h') {
      console.log(
        readFileSync(fileURLToPath(import.meta.url), 'utf8')
          .split('\n')
          .slice(0, 17)
          .join('\n')
      )
      process.exit(0)
    } else throw new Error(`unknown argument ${a} (try --help)`)
  }
  return o
}

// ---------------------------------------------------------------------------------------------
// One step, as the runner runs it

interface StepSpec {
  script: string
  inputs?: Record<string, string>
  state?: Record<string, string>
  /** Entry whose action.yml defaults apply (post sees the same inputs as main). */
  defaultsFor?: 'main' | 'post'
  /** Variables removed from the stack's environment. */
  without?: string[]
  nodeArgs?: string[]
}

interface StepRun extends TimedRun {
  outputs: Record<string, string>
  state: Record<string, string>
}

const SUCCESS_IDENTITY = 'bench'
const DENIED_IDENTITY = 'bench-denied'
const SCOPE = 'acme/widgets'

function installPolicies(stack: Stack): void {
  const subject = 'repo:acme/widgets:ref:refs/heads/main'
  stack.sts.setPolicy(
    SCOPE,
    SUCCESS_IDENTITY,
    `issuer: ${stack.oidc.issuer}\nsubject: ${subject}\npermissions:\n  contents: read\n`
  )
  // Same issuer, a subject this workflow does not have: the STS answers 403 `trust policy: …`.
  stack.sts.setPolicy(
    SCOPE,
    DENIED_IDENTITY,
    `issuer: ${stack.oidc.issuer}\nsubject: repo:acme/widgets:ref:refs/heads/release\npermissions:\n  contents: read\n`
  )
}

async function runStepTimed(stack: Stack, o: Options, spec: StepSpec): Promise<StepRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-step-'))
  try {
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_ENV: join(dir, 'env')
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const runnerTemp = join(dir, 'runner-temp')
    const workspace = join(dir, 'workspace')
    mkdirSync(runnerTemp)
    mkdirSync(workspace)
    const stackEnv = stack.env()
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      ...files,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace,
      ...stackEnv
    }
    const inputs = {
      ...actionDefaults(spec.defaultsFor ?? 'main', { GITHUB_API_URL: stackEnv.GITHUB_API_URL }),
      ...(stackEnv.INPUT_DOMAIN ? { domain: stackEnv.INPUT_DOMAIN } : {}),
      ...spec.inputs
    }
    for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v
    for (const [k, v] of Object.entries(spec.state ?? {})) env[`STATE_${k}`] = v
    for (const k of spec.without ?? []) delete env[k]
    const clean = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
    )
    const run = await runTimed({
      node: o.node,
      script: spec.script,
      nodeArgs: spec.nodeArgs ?? [],
      env: clean,
      cwd: workspace,
      rss: o.rss,
      scratchFile: join(dir, 'rss')
    })
    return {
      ...run,
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Fails the benchmark when a step did not do its job: a fast wrong answer is no result. */
function check(row: Row, run: StepRun, stack: Stack, mintedBefore: number): void {
  const fail = (why: string): never => {
    const log = (run.stdout + run.stderr).replace(/ghs_\w+|eyJ[\w.-]+/g, '***').slice(-2000)
    throw new Error(`bench: the ${row} step ${why} (exit ${run.exitCode}).\n${log}`)
  }
  if (row === 'floor' || row === 'floorNoExtraCa') {
    if (run.exitCode !== 0) fail('failed')
  } else if (row === 'main') {
    const minted = stack.sts.minted.slice(mintedBefore)
    if (run.exitCode !== 0) fail('failed')
    if (minted.length !== 1 || run.outputs.token !== minted[0]?.token)
      fail('did not output the token the STS minted')
  } else if (row === 'post') {
    if (run.exitCode !== 0 || /::warning/.test(run.stdout)) fail('did not revoke cleanly')
  } else if (row === 'denial') {
    if (run.exitCode !== 1 || !/^::error/m.test(run.stdout)) fail('did not fail with an error')
    if (stack.sts.minted.length !== mintedBefore) fail('minted a token')
  }
}

// ---------------------------------------------------------------------------------------------
// Rounds

interface Sample {
  wallMs: number
  peakRssKb?: number
  childCpuMs?: number
  hostCpuMs: number
}

async function round1(
  stack: Stack,
  o: Options,
  empty: string,
  samples: Record<Row, Sample[]> | undefined
): Promise<void> {
  const bundle = (entry: string): string => join(o.dist, entry, 'index.js')
  const record = (row: Row, run: StepRun, mintedBefore: number): StepRun => {
    check(row, run, stack, mintedBefore)
    samples?.[row].push({
      wallMs: run.wallMs,
      ...(run.peakRssKb !== undefined ? { peakRssKb: run.peakRssKb } : {}),
      ...(run.childCpuMs !== undefined ? { childCpuMs: run.childCpuMs } : {}),
      hostCpuMs: run.hostCpuMs
    })
    return run
  }
  const at = (): number => stack.sts.minted.length
  let n = at()
  record('floor', await runStepTimed(stack, o, { script: empty }), n)
  n = at()
  const main = record(
    'main',
    await runStepTimed(stack, o, {
      script: bundle('main'),
      inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY }
    }),
    n
  )
  n = at()
  record(
    'post',
    await runStepTimed(stack, o, {
      script: bundle('post'),
      inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY },
      state: main.state
    }),
    n
  )
  n = at()
  record(
    'denial',
    await runStepTimed(stack, o, {
      script: bundle('main'),
      inputs: { scope: SCOPE, identity: DENIED_IDENTITY }
    }),
    n
  )
  n = at()
  record(
    'floorNoExtraCa',
    await runStepTimed(stack, o, { script: empty, without: ['NODE_EXTRA_CA_CERTS'] }),
    n
  )
}

// ---------------------------------------------------------------------------------------------
// Results

interface RowResult {
  runs: number
  wallMs: Distribution
  /** This row's median/p90 minus the floor's median/p90 (same run, same environment). */
  overFloorMs: { median: number; p90: number }
  peakRssKb: { median: number; max: number } | null
  /** CPU the local servers (this process) spent during the step, minus the floor's. */
  stackCpuMs: { median: number; overFloor: number }
  /** The step's own CPU (time(1), 10 ms resolution, so a mean). */
  childCpuMs: { mean: number } | null
}

interface Results {
  schema: typeof SCHEMA
  startedAt: string
  machine: { cpus: number; cpuModel: string; memMb: number; loadavg: number[] }
  node: { path: string; version: string }
  git: { commit: string; distChanged: boolean }
  config: { runs: number; warmup: number; rss: RssMethod; dist: string }
  targets: typeof TARGETS
  bundles: { file: string; bytes: number; gzipBytes: number }[]
  rows: Record<Row, RowResult>
  meetsTargets: Record<'main' | 'post' | 'denial' | 'peakRss', boolean>
  profile?: Record<string, ProfileSummary>
}

function summarize(samples: Record<Row, Sample[]>): Record<Row, RowResult> {
  const floorWall = distribution(samples.floor.map(s => s.wallMs))
  const floorHost = distribution(samples.floor.map(s => s.hostCpuMs))
  const out = {} as Record<Row, RowResult>
  for (const row of ROWS) {
    const s = samples[row]
    const wall = distribution(s.map(x => x.wallMs))
    const rss = s.map(x => x.peakRssKb).filter((x): x is number => x !== undefined)
    const child = s.map(x => x.childCpuMs).filter((x): x is number => x !== undefined)
    const host = distribution(s.map(x => x.hostCpuMs))
    out[row] = {
      runs: s.length,
      wallMs: wall,
      overFloorMs: {
        median: round(wall.median - floorWall.median),
        p90: round(wall.p90 - floorWall.p90)
      },
      peakRssKb: rss.length ? { median: distribution(rss).median, max: Math.max(...rss) } : null,
      stackCpuMs: { median: host.median, overFloor: round(host.median - floorHost.median) },
      childCpuMs: child.length ? { mean: distribution(child).mean } : null
    }
  }
  return out
}

function bundleSizes(dist: string): Results['bundles'] {
  const files: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else files.push(p)
    }
  }
  walk(dist)
  return files.sort().map(f => {
    const bytes = statSync(f).size
    return { file: relative(ROOT, f) || f, bytes, gzipBytes: gzipSync(readFileSync(f)).length }
  })
}

function gitInfo(): Results['git'] {
  const git = (...args: string[]): string => {
    try {
      return execFileSync('git', args, {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      }).trim()
    } catch {
      return ''
    }
  }
  return {
    commit: git('rev-parse', 'HEAD'),
    distChanged: git('status', '--porcelain', '--', 'dist') !== ''
  }
}

const LABEL: Record<Row, string> = {
  floor: 'floor (empty script)',
  main: 'main (exchange)',
  post: 'post (revoke)',
  denial: 'denial (403 mismatch)',
  floorNoExtraCa: 'floor w/o NODE_EXTRA_CA_CERTS'
}

const mb = (kb: number): string => (kb / 1024).toFixed(1)

export function renderMarkdown(r: Results): string {
  const target: Partial<Record<Row, string>> = {
    main: `≤ +${r.targets.mainOverFloorMs}`,
    post: `≤ +${r.targets.postOverFloorMs}`,
    denial: `≤ +${r.targets.denialOverFloorMs}`
  }
  const lines = [
    `Node ${r.node.version}, ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.config.runs} rounds after ${r.config.warmup} warm-up, ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, commit ${r.git.commit.slice(0, 7)}${r.git.distChanged ? ' (dist/ modified)' : ''}, load ${r.machine.loadavg.map(x => x.toFixed(2)).join(' ')}`,
    '',
    '| step | median ms | p90 ms | median − floor | p90 − floor | target (median) | peak RSS MB (median / max) | stack CPU ms − floor |',
    '|---|---:|---:|---:|---:|---|---:|---:|'
  ]
  for (const row of ROWS) {
    const x = r.rows[row]
    const isFloor = row === 'floor'
    lines.push(
      `| ${LABEL[row]} | ${x.wallMs.median.toFixed(1)} | ${x.wallMs.p90.toFixed(1)} | ${isFloor ? '—' : signed(x.overFloorMs.median)} | ${isFloor ? '—' : signed(x.overFloorMs.p90)} | ${target[row] ?? ''} | ${x.peakRssKb ? `${mb(x.peakRssKb.median)} / ${mb(x.peakRssKb.max)}` : 'n/a'} | ${isFloor ? '—' : signed(x.stackCpuMs.overFloor)} |`
    )
  }
  const ok = (b: boolean): string => (b ? 'met' : 'MISSED')
  lines.push(
    '',
    `Targets: main ${ok(r.meetsTargets.main)}, post ${ok(r.meetsTargets.post)}, denial ${ok(r.meetsTargets.denial)}, peak RSS ≤ ${r.targets.peakRssMb} MB ${ok(r.meetsTargets.peakRss)}.`,
    '',
    '| bundle file | bytes | gzip |',
    '|---|---:|---:|',
    ...r.bundles.map(b => `| ${b.file} | ${b.bytes} | ${b.gzipBytes} |`)
  )
  return lines.join('\n')
}

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`

function renderProfile(p: Record<string, ProfileSummary>): string {
  const lines: string[] = []
  for (const [name, s] of Object.entries(p)) {
    lines.push(
      `\n${name}: ${s.totalMs} ms profiled; bundle starts running at ${s.untilBundleMs} ms; ${s.underBundleMs} ms under the bundle's frames`,
      '  ' +
        Object.entries(s.byCategory)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · '),
      ...s.top
        .slice(0, 8)
        .map(t => `    ${t.selfMs.toFixed(1).padStart(5)} ms  ${t.name} [${t.category}]`)
    )
  }
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------

async function profileSteps(
  stack: Stack,
  o: Options,
  empty: string
): Promise<Record<string, ProfileSummary>> {
  const dir = join(ROOT, '.bench', 'profile')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const out: Record<string, ProfileSummary> = {}
  const prof = (name: string): string[] => [
    '--cpu-prof',
    '--cpu-prof-interval',
    '100',
    '--cpu-prof-dir',
    dir,
    '--cpu-prof-name',
    `${name}.cpuprofile`
  ]
  const take = async (name: string, spec: StepSpec): Promise<StepRun> => {
    const run = await runStepTimed(stack, { ...o, rss: 'none' }, { ...spec, nodeArgs: prof(name) })
    out[name] = summarizeProfile(join(dir, `${name}.cpuprofile`), spec.script)
    return run
  }
  await take('floor', { script: empty })
  const main = await take('main', {
    script: join(o.dist, 'main', 'index.js'),
    inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY }
  })
  await take('post', {
    script: join(o.dist, 'post', 'index.js'),
    inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY },
    state: main.state
  })
  await take('denial', {
    script: join(o.dist, 'main', 'index.js'),
    inputs: { scope: SCOPE, identity: DENIED_IDENTITY }
  })
  return out
}

async function run(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  for (const entry of ['main', 'post']) statSync(join(o.dist, entry, 'index.js'))
  const work = mkdtempSync(join(tmpdir(), 'bench-'))
  const empty = join(work, 'empty.mjs')
  writeFileSync(empty, '')
  const nodeVersion = execFileSync(o.node, ['--version'], { encoding: 'utf8' }).trim()
  const stack = await startStack()
  try {
    installPolicies(stack)
    const started = new Date()
    for (let i = 0; i < o.warmup; i++) await round1(stack, o, empty, undefined)
    const samples = Object.fromEntries(ROWS.map(r => [r, [] as Sample[]])) as Record<Row, Sample[]>
    for (let i = 0; i < o.runs; i++) {
      await round1(stack, o, empty, samples)
      stack.reset()
    }
    const rows = summarize(samples)
    const maxRss = Math.max(
      ...(['main', 'post', 'denial'] as const).map(r => rows[r].peakRssKb?.max ?? 0)
    )
    const results: Results = {
      schema: SCHEMA,
      startedAt: started.toISOString(),
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memMb: Math.round(totalmem() / 2 ** 20),
        loadavg: loadavg().map(x => round(x, 2))
      },
      node: { path: o.node, version: nodeVersion },
      git: gitInfo(),
      config: {
        runs: o.runs,
        warmup: o.warmup,
        rss: o.rss,
        dist: relative(ROOT, o.dist) || o.dist
      },
      targets: TARGETS,
      bundles: bundleSizes(o.dist),
      rows,
      meetsTargets: {
        main: rows.main.overFloorMs.median <= TARGETS.mainOverFloorMs,
        post: rows.post.overFloorMs.median <= TARGETS.postOverFloorMs,
        denial: rows.denial.overFloorMs.median <= TARGETS.denialOverFloorMs,
        peakRss: maxRss > 0 && maxRss <= TARGETS.peakRssMb * 1024
      }
    }
    if (o.profile) results.profile = await profileSteps(stack, o, empty)
    const md = renderMarkdown(results)
    console.log(md)
    if (results.profile) console.log(renderProfile(results.profile))
    mkdirSync(join(o.json, '..'), { recursive: true })
    writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n')
    console.log(`\nWrote ${relative(process.cwd(), o.json)}`)
    if (o.save) {
      mkdirSync(join(ROOT, 'bench'), { recursive: true })
      writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n')
      writeFileSync(join(ROOT, 'bench', 'results.md'), `# Benchmark results\n\n${md}\n`)
      console.log('Wrote bench/results.md and bench/results.json')
    }
  } finally {
    await stack.close()
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
