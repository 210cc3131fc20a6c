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
//   npm run bench -- --peer DIR        also another JavaScript action (its main and post), e.g.
//                                      a checkout of octo-sts/action, in the same rounds; repeat
//                                      for more (the issue's targets are for the first)
//   npm run bench -- --save            also write bench/results[-node<major>].md and .json
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
import { cpus, tmpdir } from 'node:os'
import { basename, dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { startStack } from '../__tests__/stack/index.js'
import type { StepResult } from '../__tests__/stack/index.js'
import { REPO_ROOT, runStep } from '../__tests__/stack/run-step.js'
import type { RunStepOptions } from '../__tests__/stack/run-step.js'
import { readPeer } from './bench/peer.js'
import type { Peer } from './bench/peer.js'
import { distribution, round } from './bench/stats.js'
import type { Distribution } from './bench/stats.js'

/** The issue's targets: medians above the floor of the same run, and peak RSS per step. */
export const TARGETS = { main: 75, post: 65, denial: 75, peakRssMb: 60 } as const

/**
 * Issue 21's targets, against a peer (octo-sts/action v1.1.1) in the same run: how many times
 * cheaper (cost above the floor) main and post must be, per Node major; and peak RSS above the
 * floor's, in MB.
 */
export const PEER_TARGETS: Record<string, { main: number; post: number }> = {
  '20': { main: 2.5, post: 3 },
  '24': { main: 2.5, post: 1.5 }
}
export const RSS_OVER_FLOOR_MB = 8

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
    peer: { type: 'string', multiple: true, default: [] },
    save: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false }
  }
})

/** Throws when a step did not do its job: a fast wrong answer is no result. */
function check(
  row: Row | 'floor',
  run: StepResult,
  minted: { token: string }[],
  revoked: string[],
  state?: Record<string, string>
): void {
  const ok =
    row === 'floor'
      ? run.exitCode === 0
      : row === 'main'
        ? run.exitCode === 0 && minted.length === 1 && run.outputs.token === minted[0]?.token
        : row === 'post'
          ? run.exitCode === 0 &&
            !/^::(?:warning|error)/m.test(run.stdout) &&
            revoked.length === 1 &&
            revoked[0] === state?.token
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
  /** CPU time (user + system, 10 ms resolution): less moved by other load than wall time. */
  cpuMs: { median: number; overFloor: number }
}

interface Floor {
  wall: Distribution
  cpu: Distribution
}

const floorOf = (runs: StepResult[]): Floor => ({
  wall: distribution(runs.map(r => r.durationMs)),
  cpu: distribution(runs.map(r => r.cpuMs ?? NaN))
})

/** Kilobytes of each bundle: the file node starts (`index.js`) and all the entry's chunks. */
function bundleKb(dist: string): Record<string, { indexKb: number; allKb: number }> {
  const kb = (path: string): number => round(statSync(path).size / 1024)
  return Object.fromEntries(
    ['main', 'post', 'validate', 'cli'].map(entry => {
      const dir = join(dist, entry)
      const files = readdirSync(dir).filter(f => f.endsWith('.js'))
      const all = files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0)
      return [entry, { indexKb: kb(join(dir, 'index.js')), allKb: round(all / 1024) }]
    })
  )
}

function summarize(runs: StepResult[], { wall: floor, cpu: floorCpu }: Floor): RowResult {
  const wall = distribution(runs.map(r => r.durationMs))
  const rss = distribution(runs.map(r => (r.peakRssKb ?? NaN) / 1024))
  const cpu = distribution(runs.map(r => r.cpuMs ?? NaN))
  return {
    wallMs: wall,
    overFloorMs: { median: round(wall.median - floor.median), p90: round(wall.p90 - floor.p90) },
    peakRssMb: { median: rss.median, max: rss.max },
    cpuMs: { median: cpu.median, overFloor: round(cpu.median - floorCpu.median) }
  }
}

type Signed = (x: number) => string

const STEP_TABLE_HEAD = [
  '| build | step | median ms | p90 ms | median − floor | target | CPU ms (median − floor) | peak RSS MB (median / max) | RSS − floor |',
  '|---|---|---:|---:|---:|---|---:|---:|---:|'
]

/** How many times cheaper a build is than a peer (its cost above its floor / ours above ours). */
interface VsPeer {
  main: number
  post?: number
}

/** A peer's rows, and each build's ratio to it against the issue's targets (if any). */
function peerTable(
  peer: {
    dir: string
    floor: { wallMs: Distribution; cpuMs: Distribution }
    main: RowResult
    post?: RowResult
  },
  builds: {
    dist: string
    timesCheaperThanPeer?: VsPeer
    timesCheaperThanPeerCpu?: VsPeer
  }[],
  targets: { main: number; post: number } | undefined,
  signed: Signed,
  /** The header of the step table, for a peer after the first (whose rows continue it). */
  head: string[] = []
): string[] {
  const row = (label: string, r: RowResult): string =>
    `| ${basename(peer.dir)} | ${label} | ${r.wallMs.median.toFixed(1)} | ${r.wallMs.p90.toFixed(1)} | ${signed(r.overFloorMs.median)} | | ${signed(r.cpuMs.overFloor)} | ${r.peakRssMb.median.toFixed(1)} / ${r.peakRssMb.max.toFixed(1)} | |`
  const verdict = (x: number | undefined, t: number | undefined): string =>
    x === undefined
      ? '—'
      : `${x.toFixed(2)}×${t ? ` (≥ ${t}× ${x >= t ? 'met' : '**missed**'})` : ''}`
  return [
    ...(head.length ? ['', ...head] : []),
    `| ${basename(peer.dir)} | floor with the peer's preload | ${peer.floor.wallMs.median.toFixed(1)} | ${peer.floor.wallMs.p90.toFixed(1)} | — | | ${peer.floor.cpuMs.median} | | |`,
    row('main', peer.main),
    ...(peer.post ? [row('post', peer.post)] : []),
    '',
    `Peer: ${peer.dir}. Times cheaper than the peer (its median − its floor over ours; the targets are for wall time):`,
    '',
    '| build | main (wall) | post (wall) | main (CPU) | post (CPU) |',
    '|---|---:|---:|---:|---:|',
    ...builds.map(
      b =>
        `| ${b.dist} | ${verdict(b.timesCheaperThanPeer?.main, targets?.main)} | ${verdict(b.timesCheaperThanPeer?.post, targets?.post)} | ${verdict(b.timesCheaperThanPeerCpu?.main, undefined)} | ${verdict(b.timesCheaperThanPeerCpu?.post, undefined)} |`
    )
  ]
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

  const peers: Peer[] = args.peer.map(p => readPeer(p))
  const floorRuns: StepResult[] = []
  const peerRuns = peers.map(() => ({
    floor: [] as StepResult[],
    main: [] as StepResult[],
    post: [] as StepResult[]
  }))
  const samples = dists.map(
    () => ({ main: [], post: [], denial: [], denialExplained: [] }) as Record<Row, StepResult[]>
  )
  const step = async (
    row: Row | 'floor',
    script: string,
    opts: RunStepOptions
  ): Promise<StepResult> => {
    const minted = stack.sts.minted.length
    const revoked = stack.api.revoked.length
    const run = await runStep(row === 'post' ? 'post' : 'main', {
      env: stack.env({ GITHUB_REPOSITORY: SCOPE, GITHUB_REF: 'refs/heads/main' }),
      node,
      measureRss: true,
      script,
      ...opts
    })
    check(row, run, stack.sts.minted.slice(minted), stack.api.revoked.slice(revoked), opts.state)
    return run
  }
  const bundle = (dist: string, entry: 'main' | 'post'): string => join(dist, entry, 'index.js')
  /** The peer's environment: its input defaults, then ours (the stack), then its preload. */
  const peerEnv = (p: Peer, env: Record<string, string | undefined>) => ({
    ...p.defaults,
    ...env,
    NODE_OPTIONS: p.nodeOptions
  })
  try {
    for (let i = 0; i < warmup + runs; i++) {
      stack.reset()
      stack.sts.setPolicy(SCOPE, 'bench', policy(stack.oidc.issuer, SUBJECT))
      stack.sts.setPolicy(SCOPE, 'bench-denied', denied)
      const keep = i >= warmup
      const inputs = (identity: string): Record<string, string> => ({ scope: SCOPE, identity })
      const floor = await step('floor', floorScript, {})
      if (keep) floorRuns.push(floor)
      // main and post are two steps of one job: they share its RUNNER_TEMP, as on a runner.
      const job = (): Record<string, string | undefined> =>
        stack.env({ GITHUB_REPOSITORY: SCOPE, RUNNER_TEMP: mkdtempSync(join(work, 'job-')) })
      for (const [p, peer] of peers.entries()) {
        // The peer's floor carries its preload; its action.yml defaults are not ours.
        const env = peerEnv(peer, job())
        const floor = await step('floor', floorScript, { env, inputDefaults: false })
        const main = await step('main', peer.main, {
          inputs: inputs('bench'),
          env,
          inputDefaults: false
        })
        const post = peer.post
          ? await step('post', peer.post, { state: main.state, env, inputDefaults: false })
          : undefined
        const runs = peerRuns[p]
        if (keep && runs) {
          runs.floor.push(floor)
          runs.main.push(main)
          if (post) runs.post.push(post)
        }
      }
      for (const [d, dist] of dists.entries()) {
        const env = job()
        const main = await step('main', bundle(dist, 'main'), { inputs: inputs('bench'), env })
        const post = await step('post', bundle(dist, 'post'), { state: main.state, env })
        const denial = await step('denial', bundle(dist, 'main'), {
          inputs: inputs('bench-denied')
        })
        const explained = await step('denialExplained', bundle(dist, 'main'), {
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

  const floors = floorOf(floorRuns)
  const floor = floors.wall
  const floorRss = distribution(floorRuns.map(r => (r.peakRssKb ?? NaN) / 1024))
  const peerRowsList = peers.map((peer, p) => {
    const runs = peerRuns[p] ?? { floor: [], main: [], post: [] }
    const peerFloors = floorOf(runs.floor)
    return {
      dir: peer.dir,
      using: peer.using,
      floor: { wallMs: peerFloors.wall, cpuMs: peerFloors.cpu },
      main: summarize(runs.main, peerFloors),
      ...(runs.post.length ? { post: summarize(runs.post, peerFloors) } : {}),
      scriptKb: Object.fromEntries(
        [['main', peer.main] as const, ...(peer.post ? [['post', peer.post] as const] : [])].map(
          ([k, f]) => [k, round(statSync(f).size / 1024)]
        )
      )
    }
  })
  const major = nodeVersion.replace(/^v(\d+).*/, '$1')
  const builds = dists.map((dist, d) => {
    const rows = Object.fromEntries(
      ROWS.map(row => [row, summarize(samples[d]?.[row] ?? [], floors)])
    ) as Record<Row, RowResult>
    /** How many times cheaper than each peer, in wall time and in CPU time above the floors. */
    const vsPeers = peerRowsList.map(peer => {
      const ratio = (of: (r: RowResult) => number): VsPeer => ({
        main: round(of(peer.main) / of(rows.main), 2),
        ...(peer.post ? { post: round(of(peer.post) / of(rows.post), 2) } : {})
      })
      return {
        peer: peer.dir,
        wall: ratio(r => r.overFloorMs.median),
        cpu: ratio(r => r.cpuMs.overFloor)
      }
    })
    return {
      dist: dist.startsWith(REPO_ROOT) ? relative(REPO_ROOT, dist) : dist,
      rows,
      timesCheaperThanPeers: vsPeers,
      bundles: bundleKb(dist)
    }
  })
  const target: Partial<Record<Row, number>> = {
    main: TARGETS.main,
    post: TARGETS.post,
    denial: TARGETS.denial
  }
  const results = {
    schema: 'octo-sts-token-action/bench@4',
    startedAt: new Date().toISOString(),
    node: nodeVersion,
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}`,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8'
    }).trim(),
    runs,
    targets: {
      ...TARGETS,
      rssOverFloorMb: RSS_OVER_FLOOR_MB,
      ...(PEER_TARGETS[major] ? { timesCheaperThanPeer: PEER_TARGETS[major] } : {})
    },
    floor: {
      wallMs: floor,
      cpuMs: floors.cpu,
      peakRssMb: { median: floorRss.median, max: floorRss.max }
    },
    builds,
    peers: peerRowsList
  }
  const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`
  const md = [
    `Node ${nodeVersion}, ${results.machine}, ${runs} rounds after ${warmup} warm-up, commit ${results.commit}.`,
    '',
    ...STEP_TABLE_HEAD,
    `| | floor (empty ES module) | ${floor.median.toFixed(1)} | ${floor.p90.toFixed(1)} | — | | ${floors.cpu.median} | ${floorRss.median.toFixed(1)} / ${floorRss.max.toFixed(1)} | — |`,
    ...builds.flatMap(b =>
      ROWS.map(row => {
        const r = b.rows[row]
        const t = target[row]
        const verdict =
          t === undefined ? '' : `≤ +${t} ${r.overFloorMs.median <= t ? 'met' : '**missed**'}`
        const over = r.peakRssMb.max > TARGETS.peakRssMb ? ` **over ${TARGETS.peakRssMb}**` : ''
        const rss = r.peakRssMb.median - floorRss.median
        const rssVerdict = rss > RSS_OVER_FLOOR_MB ? ` **over +${RSS_OVER_FLOOR_MB}**` : ''
        return `| ${b.dist} | ${LABEL[row]} | ${r.wallMs.median.toFixed(1)} | ${r.wallMs.p90.toFixed(1)} | ${signed(r.overFloorMs.median)} | ${verdict} | ${signed(r.cpuMs.overFloor)} | ${r.peakRssMb.median.toFixed(1)} / ${r.peakRssMb.max.toFixed(1)}${over} | ${signed(rss)}${rssVerdict} |`
      })
    ),
    ...peerRowsList.flatMap((peer, p) =>
      peerTable(
        peer,
        builds.map(b => ({
          dist: b.dist,
          timesCheaperThanPeer: b.timesCheaperThanPeers[p]?.wall,
          timesCheaperThanPeerCpu: b.timesCheaperThanPeers[p]?.cpu
        })),
        p === 0 ? PEER_TARGETS[major] : undefined,
        signed,
        p === 0 ? [] : STEP_TABLE_HEAD
      )
    ),
    '',
    'Bundle sizes, KB (index.js / with its chunks):',
    '',
    '| build | main | post | validate | cli |',
    '|---|---:|---:|---:|---:|',
    ...builds.map(
      b =>
        `| ${b.dist} | ${(['main', 'post', 'validate', 'cli'] as const)
          .map(e => {
            const k = b.bundles[e]
            return k ? `${k.indexKb} / ${k.allKb}` : '—'
          })
          .join(' | ')} |`
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
