// `npm run bench`: how long the committed bundles take to run, measured the way a runner runs
// them, against the local stack (__tests__/stack). Builds nothing.
//
// Each round runs, in this order: the floor (an empty ES module: what any Node action costs),
// the main step, the post step with the state main saved, a denied exchange (policy mismatch),
// the same denial explained against the policy checked out in the workspace, the same main and
// post requests made by a bare node:https client (scripts/bench/plain-client.mjs: the limit),
// and two more floors: without NODE_EXTRA_CA_CERTS (Node 20 then builds its root CA store in
// the step's first TLS connection instead of at start-up) and an empty CommonJS script (what
// the ES module loader costs; the bundles, the floor and the reference are ES modules). Each
// is a fresh `node <file>` with the runner's environment (scripts/bench/steps.ts). Rounds are
// interleaved so machine noise hits every row alike; warm-up rounds are discarded. A step that
// does not do its job stops the benchmark. Then each step runs once more under a module tracer
// (which files of dist/ it loads; undici is flagged).
//
//   npm run bench                          20 rounds after 2 warm-up rounds (~15 s)
//   npm run bench -- --runs 50 --warmup 5
//   npm run bench -- --node PATH           another Node binary (action.yml says node24)
//   npm run bench -- --dist DIR            another build (e.g. an experiment), same layout
//   npm run bench -- --hosts test          servers named oidc.test/sts.test/api.test, not IPs
//   npm run bench -- --profile             timelines from both ends and CPU profiles
//   npm run bench -- --save                also write bench/results.md and .json (with --node:
//                                          bench/results-node<major>.md and .json)
//   npm run bench -- --json FILE           where the JSON goes (default .bench/latest.json)
import { execFileSync } from 'node:child_process'
import {
  existsSync,
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
import { aggregateProfiles, summarizeProfile } from './bench/profile.js'
import type { AggregateProfile, ProfileSummary } from './bench/profile.js'
import { defaultRssMethod } from './bench/spawn.js'
import type { RssMethod } from './bench/spawn.js'
import { checkStep, installPolicies, runStepTimed, stepSpec } from './bench/steps.js'
import type { StepContext, StepName, StepRun, StepSpec } from './bench/steps.js'
import { distribution, round } from './bench/stats.js'
import type { Distribution } from './bench/stats.js'
import { medianPhases, phasesOf, recordServerEvents } from './bench/timeline.js'
import type { ClientTrace, Phases, ServerEvent } from './bench/timeline.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const SCHEMA = 'octo-sts-token-action/bench@1'
const HERE = (file: string): string => fileURLToPath(new URL(`./bench/${file}`, import.meta.url))

/** The issue's targets (medians, relative to the floor of the same run). */
export const TARGETS = {
  mainOverFloorMs: 40,
  postOverFloorMs: 30,
  denialOverFloorMs: 40,
  peakRssMb: 60
} as const

type Row = StepName | 'floorNoExtraCa' | 'floorCjs'
const ROWS: Row[] = [
  'floor',
  'main',
  'post',
  'denial',
  'denialExplained',
  'plainMain',
  'plainPost',
  'floorNoExtraCa',
  'floorCjs'
]
const STEPS: StepName[] = [
  'floor',
  'main',
  'post',
  'denial',
  'denialExplained',
  'plainMain',
  'plainPost'
]
/** Which step's saved state a step reads. */
const STATE_FROM: Partial<Record<StepName, StepName>> = { post: 'main', plainPost: 'plainMain' }

interface Options {
  runs: number
  warmup: number
  node: string
  dist: string
  json: string
  hosts: 'loopback' | 'test'
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
    hosts: 'loopback',
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
    const oneOf = <T extends string>(...allowed: T[]): T => {
      const v = value()
      if (!(allowed as string[]).includes(v)) throw new Error(`${a}: one of ${allowed.join('|')}`)
      return v as T
    }
    if (a === '--runs') o.runs = count(1)
    else if (a === '--warmup') o.warmup = count(0)
    else if (a === '--node') o.node = resolve(value())
    else if (a === '--dist') o.dist = resolve(value())
    else if (a === '--json') o.json = resolve(value())
    else if (a === '--hosts') o.hosts = oneOf('loopback', 'test')
    else if (a === '--rss') o.rss = oneOf('time', 'probe', 'none')
    else if (a === '--profile') o.profile = true
    else if (a === '--save') o.save = true
    else if (a === '--help' || a === '-h') {
      const lines = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n')
      const head = lines.slice(
        0,
        lines.findIndex(l => !l.startsWith('//'))
      )
      console.log(head.map(l => l.replace(/^\/\/ ?/, '')).join('\n'))
      process.exit(0)
    } else throw new Error(`unknown argument ${a} (try --help)`)
  }
  return o
}

// ---------------------------------------------------------------------------------------------
// Rounds

interface Sample {
  wallMs: number
  peakRssKb?: number
  childCpuMs?: number
  hostCpuMs: number
}

interface Bench {
  o: Options
  stack: Stack
  ctx: StepContext
  /** The floor: an empty ES module, the module system the bundles use. */
  empty: string
  emptyCjs: string
}

/** Runs one step and checks it did its job. */
async function step(b: Bench, name: Row, spec: StepSpec, ctx = b.ctx): Promise<StepRun> {
  const before = b.stack.sts.minted.length
  const run = await runStepTimed(ctx, spec)
  checkStep(name, run, b.stack, before)
  return run
}

async function oneRound(b: Bench, samples?: Record<Row, Sample[]>): Promise<void> {
  const record = (row: Row, run: StepRun): void => {
    samples?.[row].push({
      wallMs: run.wallMs,
      ...(run.peakRssKb !== undefined ? { peakRssKb: run.peakRssKb } : {}),
      ...(run.childCpuMs !== undefined ? { childCpuMs: run.childCpuMs } : {}),
      hostCpuMs: run.hostCpuMs
    })
  }
  const spec = (name: StepName, mainState?: Record<string, string>): StepSpec =>
    stepSpec(name, {
      dist: b.o.dist,
      empty: b.empty,
      stack: b.stack,
      ...(mainState ? { mainState } : {})
    })
  record('floor', await step(b, 'floor', spec('floor')))
  const main = await step(b, 'main', spec('main'))
  record('main', main)
  record('post', await step(b, 'post', spec('post', main.state)))
  record('denial', await step(b, 'denial', spec('denial')))
  record('denialExplained', await step(b, 'denialExplained', spec('denialExplained')))
  const plain = await step(b, 'plainMain', spec('plainMain'))
  record('plainMain', plain)
  record('plainPost', await step(b, 'plainPost', spec('plainPost', plain.state)))
  record(
    'floorNoExtraCa',
    await step(b, 'floorNoExtraCa', { ...spec('floor'), without: ['NODE_EXTRA_CA_CERTS'] })
  )
  record('floorCjs', await step(b, 'floorCjs', { ...spec('floor'), script: b.emptyCjs }))
  // Keeps the request logs short; reset() also forgets policy overrides.
  b.stack.reset()
  installPolicies(b.stack)
}

/** Runs each step once more under a module tracer: which files of dist/ each one loads. */
async function modulesLoaded(b: Bench): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  const file = join(b.empty, '..', 'modules.txt')
  let mainState: Record<string, string> = {}
  for (const name of ['main', 'post', 'denial', 'denialExplained'] as const) {
    rmSync(file, { force: true })
    const run = await step(
      b,
      name,
      {
        ...stepSpec(name, { dist: b.o.dist, empty: b.empty, stack: b.stack, mainState }),
        nodeArgs: ['--import', pathToFileURL(HERE('module-trace.mjs')).href],
        extraEnv: { BENCH_MODULES_FILE: file }
      },
      { ...b.ctx, rss: 'none' }
    )
    if (name === 'main') mainState = run.state
    const urls = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
    out[name] = urls.map(u => (u.startsWith('file:') ? relative(ROOT, fileURLToPath(u)) : u))
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Profile

const TRACE_RUNS = 7
const CPU_PROFILE_RUNS = 5

interface ProfileResults {
  /** Median phases per step over TRACE_RUNS traced runs. */
  timeline: Record<string, Phases>
  /** CPU_PROFILE_RUNS --cpu-prof runs per step, aggregated. */
  cpu: Record<string, AggregateProfile>
}

async function profileSteps(b: Bench): Promise<ProfileResults> {
  const dir = join(ROOT, '.bench', 'profile')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const names = new Map<number, string>([
    [b.stack.oidc.port, 'OIDC'],
    [b.stack.sts.port, 'STS'],
    [b.stack.api.port, 'API']
  ])
  const portName = (port: number): string => names.get(port) ?? String(port)
  const ctx = { ...b.ctx, rss: 'none' as const }
  const traceFile = join(dir, 'trace.json')

  const phases: Record<string, Phases[]> = {}
  const profiles: Record<string, ProfileSummary[]> = {}
  for (let i = 0; i < TRACE_RUNS + CPU_PROFILE_RUNS; i++) {
    const tracing = i < TRACE_RUNS
    const states: Partial<Record<StepName, Record<string, string>>> = {}
    for (const name of STEPS) {
      const from = STATE_FROM[name]
      const mainState = from ? states[from] : undefined
      const spec = stepSpec(name, {
        dist: b.o.dist,
        empty: b.empty,
        stack: b.stack,
        ...(mainState ? { mainState } : {})
      })
      const profileName = `${name}-${i - TRACE_RUNS + 1}.cpuprofile`
      const events: ServerEvent[] = []
      const stop = tracing ? recordServerEvents(events) : () => undefined
      const run = await step(
        b,
        name,
        tracing
          ? {
              ...spec,
              nodeArgs: ['--import', pathToFileURL(HERE('trace-probe.mjs')).href],
              extraEnv: { BENCH_TRACE_FILE: traceFile }
            }
          : {
              ...spec,
              nodeArgs: [
                '--cpu-prof',
                '--cpu-prof-interval',
                '100',
                '--cpu-prof-dir',
                dir,
                '--cpu-prof-name',
                profileName
              ]
            },
        ctx
      )
      stop()
      states[name] = run.state
      if (tracing) {
        const client = JSON.parse(readFileSync(traceFile, 'utf8')) as ClientTrace
        ;(phases[name] ??= []).push(phasesOf(run.wallMs, client, events, portName))
      } else {
        ;(profiles[name] ??= []).push(summarizeProfile(join(dir, profileName), spec.script))
      }
    }
    b.stack.reset()
    installPolicies(b.stack)
  }
  rmSync(traceFile, { force: true })
  return {
    timeline: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, medianPhases(v)])),
    cpu: Object.fromEntries(Object.entries(profiles).map(([k, v]) => [k, aggregateProfiles(v)]))
  }
}

// ---------------------------------------------------------------------------------------------
// Results

interface RowResult {
  runs: number
  wallMs: Distribution
  /** This row's median/p90 minus the floor's median/p90 (same run, same environment). */
  overFloorMs: { median: number; p90: number }
  peakRssKb: { median: number; max: number } | null
  /** CPU this process (the local servers) spent during the step, and that minus the floor's. */
  stackCpuMs: { median: number; overFloor: number }
  /** The step's own CPU from time(1) (10 ms resolution, hence a mean). */
  childCpuMs: { mean: number } | null
}

export interface Results {
  schema: typeof SCHEMA
  startedAt: string
  machine: { cpus: number; cpuModel: string; memMb: number; loadavg: number[] }
  node: { path: string; version: string }
  git: { commit: string; distChanged: boolean }
  config: { runs: number; warmup: number; rss: RssMethod; dist: string; hosts: string }
  targets: typeof TARGETS
  bundles: { file: string; bytes: number; gzipBytes: number }[]
  rows: Record<Row, RowResult>
  /** Files of dist/ each step loaded (one traced run each). */
  modules: Record<string, string[]>
  meetsTargets: Record<
    'main' | 'post' | 'denial' | 'denialExplained' | 'peakRss' | 'lazyLoading',
    boolean
  >
  profile?: ProfileResults
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
  return files.sort().map(f => ({
    file: relative(ROOT, f),
    bytes: statSync(f).size,
    gzipBytes: gzipSync(readFileSync(f)).length
  }))
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
  floor: 'floor (empty ES module)',
  main: 'main (exchange)',
  post: 'post (revoke)',
  denial: 'denial (403)',
  denialExplained: 'denial, explained vs local policy',
  plainMain: 'reference: plain node:https main',
  plainPost: 'reference: plain node:https post',
  floorNoExtraCa: 'floor w/o NODE_EXTRA_CA_CERTS',
  floorCjs: 'floor, empty CommonJS script'
}

const mb = (kb: number): string => (kb / 1024).toFixed(1)
const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`

export function renderMarkdown(r: Results): string {
  const target: Partial<Record<Row, string>> = {
    main: `≤ +${r.targets.mainOverFloorMs}`,
    post: `≤ +${r.targets.postOverFloorMs}`,
    denial: `≤ +${r.targets.denialOverFloorMs}`,
    denialExplained: `≤ +${r.targets.denialOverFloorMs}`
  }
  const when = r.startedAt.slice(0, 16).replace('T', ' ')
  const lines = [
    `Node ${r.node.version}, ${r.machine.cpus} × ${r.machine.cpuModel}, load ${r.machine.loadavg.map(x => x.toFixed(2)).join(' ')}; ` +
      `${r.config.runs} rounds after ${r.config.warmup} warm-up; ${r.config.hosts} hosts; ${when} UTC; ` +
      `commit ${r.git.commit.slice(0, 7)}${r.git.distChanged ? ' (dist/ modified)' : ''}; ${r.config.dist}/`,
    '',
    "| step | median ms | p90 ms | median − floor | p90 − floor | target | peak RSS MB (median / max) | servers' CPU ms − floor |",
    '|---|---:|---:|---:|---:|---|---:|---:|'
  ]
  for (const row of ROWS) {
    const x = r.rows[row]
    const f = row === 'floor'
    lines.push(
      `| ${LABEL[row]} | ${x.wallMs.median.toFixed(1)} | ${x.wallMs.p90.toFixed(1)} | ${f ? '—' : signed(x.overFloorMs.median)} | ${f ? '—' : signed(x.overFloorMs.p90)} | ${target[row] ?? ''} | ${x.peakRssKb ? `${mb(x.peakRssKb.median)} / ${mb(x.peakRssKb.max)}` : 'n/a'} | ${f ? '—' : signed(x.stackCpuMs.overFloor)} |`
    )
  }
  const ok = (b: boolean): string => (b ? 'met' : '**missed**')
  const m = r.meetsTargets
  lines.push(
    '',
    `Targets: main ${ok(m.main)}, post ${ok(m.post)}, denial ${ok(m.denial)}, explained denial ${ok(m.denialExplained)}, ` +
      `peak RSS ≤ ${r.targets.peakRssMb} MB ${ok(m.peakRss)}, success path loads only its entry file (no chunk, no undici) ${ok(m.lazyLoading)}.`,
    '',
    `Files loaded: ${Object.entries(r.modules)
      .map(
        ([k, v]) => `${k}: ${v.map(p => p.replace(/^.*\/dist\//, 'dist/')).join(', ') || 'none'}`
      )
      .join('; ')}.`,
    '',
    '| bundle file | bytes | gzip |',
    '|---|---:|---:|',
    ...r.bundles.map(b => `| ${b.file} | ${b.bytes} | ${b.gzipBytes} |`)
  )
  return lines.join('\n')
}

function renderProfile(p: ProfileResults): string {
  const lines: string[] = [
    '',
    `Timelines (median of ${TRACE_RUNS} traced runs; the trace preload adds a little to boot):`
  ]
  for (const [name, phases] of Object.entries(p.timeline)) {
    lines.push(`\n${name}`)
    for (const [k, v] of Object.entries(phases))
      lines.push(`  ${v.toFixed(1).padStart(6)} ms  ${k}`)
  }
  lines.push(
    '',
    `CPU profiles (${CPU_PROFILE_RUNS} runs per step, 100 µs sampling, medians; files in .bench/profile/):`
  )
  for (const [name, s] of Object.entries(p.cpu)) {
    lines.push(
      `\n${name}: ${s.totalMs} ms profiled; bundle's first frame at ${s.untilBundleMs} ms; ${s.underBundleMs} ms under bundle frames`,
      '  ' +
        Object.entries(s.byCategory)
          .map(([k, v]) => `${k} ${v}`)
          .join(' · '),
      ...s.top.map(t => `    ${t.selfMs.toFixed(1).padStart(5)} ms  ${t.name} [${t.category}]`)
    )
  }
  return lines.join('\n')
}

// ---------------------------------------------------------------------------------------------

/** Committed files go through prettier, so `npm run format:check` stays green. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const prettier = await import('prettier')
  const options = (await prettier.resolveConfig(file)) ?? {}
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }))
}

async function run(): Promise<void> {
  const o = parseArgs(process.argv.slice(2))
  for (const entry of ['main', 'post']) {
    if (!existsSync(join(o.dist, entry, 'index.js'))) {
      throw new Error(`${join(o.dist, entry, 'index.js')} is missing: run \`npm run build\`.`)
    }
  }
  const work = mkdtempSync(join(tmpdir(), 'bench-'))
  const empty = join(work, 'empty.mjs')
  const emptyCjs = join(work, 'empty.cjs')
  writeFileSync(empty, '')
  writeFileSync(emptyCjs, '')
  const nodeVersion = execFileSync(o.node, ['--version'], { encoding: 'utf8' }).trim()
  const stack = await startStack({ hostNames: o.hosts })
  const b: Bench = { o, stack, ctx: { stack, node: o.node, rss: o.rss }, empty, emptyCjs }
  try {
    installPolicies(stack)
    const started = new Date()
    for (let i = 0; i < o.warmup; i++) await oneRound(b)
    const samples = Object.fromEntries(ROWS.map(r => [r, [] as Sample[]])) as Record<Row, Sample[]>
    for (let i = 0; i < o.runs; i++) await oneRound(b, samples)
    const rows = summarize(samples)
    const modules = await modulesLoaded(b)
    const maxRss = Math.max(
      ...(['main', 'post', 'denial', 'denialExplained'] as const).map(
        r => rows[r].peakRssKb?.max ?? Infinity
      )
    )
    const onlyEntry = (files: string[] | undefined, entry: string): boolean =>
      !!files && files.length === 1 && files[0] === relative(ROOT, join(o.dist, entry, 'index.js'))
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
        dist: relative(ROOT, o.dist) || '.',
        hosts: o.hosts
      },
      targets: TARGETS,
      bundles: bundleSizes(o.dist),
      rows,
      modules,
      meetsTargets: {
        main: rows.main.overFloorMs.median <= TARGETS.mainOverFloorMs,
        post: rows.post.overFloorMs.median <= TARGETS.postOverFloorMs,
        denial: rows.denial.overFloorMs.median <= TARGETS.denialOverFloorMs,
        denialExplained: rows.denialExplained.overFloorMs.median <= TARGETS.denialOverFloorMs,
        peakRss: maxRss <= TARGETS.peakRssMb * 1024,
        lazyLoading: onlyEntry(modules.main, 'main') && onlyEntry(modules.post, 'post')
      }
    }
    if (o.profile) results.profile = await profileSteps(b)
    const md = renderMarkdown(results)
    console.log(md)
    if (results.profile) console.log(renderProfile(results.profile))
    mkdirSync(join(o.json, '..'), { recursive: true })
    writeFileSync(o.json, JSON.stringify(results, null, 2) + '\n')
    console.log(`\nWrote ${relative(process.cwd(), o.json)}`)
    if (o.save) {
      // The machine's own Node writes bench/results.*; another --node writes results-node<N>.*.
      const base =
        o.node === process.execPath
          ? 'results'
          : `results-node${nodeVersion.replace(/^v(\d+).*/, '$1')}`
      mkdirSync(join(ROOT, 'bench'), { recursive: true })
      await writeFormatted(join(ROOT, 'bench', `${base}.json`), JSON.stringify(results, null, 2))
      const profile = results.profile
        ? `\n## Profile\n\n\`\`\`text${renderProfile(results.profile)}\n\`\`\`\n`
        : ''
      await writeFormatted(
        join(ROOT, 'bench', `${base}.md`),
        `# Benchmark results (Node ${nodeVersion})\n\nWritten by \`npm run bench -- --save\`; what the rows mean and what was found: [README.md](README.md).\n\n${md}\n${profile}`
      )
      console.log(`Wrote bench/${base}.md and bench/${base}.json`)
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
