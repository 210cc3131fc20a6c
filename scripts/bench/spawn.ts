// Runs one process and measures it from the outside: wall time from spawn to exit as the parent
// sees it (what a runner waits for), the child's peak RSS, and how much CPU the benchmark's own
// process spent meanwhile — that process hosts the local stack, so its CPU during a step is the
// servers' share of the step (TLS handshakes, JWT signing and verification, policy evaluation).
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** How the child's peak RSS is measured. `time`: GNU time(1), which reads the child's rusage
 * (one extra exec, the same for every row); `probe`: a preload in the child writes
 * `process.resourceUsage().maxRSS` at exit; `none`: not measured. */
export type RssMethod = 'time' | 'probe' | 'none'

export const GNU_TIME = '/usr/bin/time'
export const defaultRssMethod = (): RssMethod => (existsSync(GNU_TIME) ? 'time' : 'probe')

const PROBE = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url))

export interface TimedRunOptions {
  node: string
  script: string
  nodeArgs?: string[]
  env: Record<string, string>
  cwd: string
  rss: RssMethod
  /** Where time(1) or the probe writes its figures; removed afterwards. */
  scratchFile: string
  timeoutMs?: number
}

export interface TimedRun {
  exitCode: number
  wallMs: number
  peakRssKb?: number
  /** Child user+system CPU from time(1) (10 ms resolution: use means, not medians). */
  childCpuMs?: number
  /** CPU time (user+system, all threads) of this process while the child ran. */
  hostCpuMs: number
  /** Time this process's event loop was busy while the child ran. */
  hostActiveMs: number
  stdout: string
  stderr: string
}

export async function runTimed(o: TimedRunOptions): Promise<TimedRun> {
  const nodeArgs = [...(o.nodeArgs ?? [])]
  let cmd = o.node
  let args = [...nodeArgs, o.script]
  const env = { ...o.env }
  if (o.rss === 'time') {
    cmd = GNU_TIME
    args = ['-f', '%M %U %S', '-o', o.scratchFile, o.node, ...args]
  } else if (o.rss === 'probe') {
    args = ['--import', new URL(`file://${PROBE}`).href, ...args]
    env.BENCH_RSS_FILE = o.scratchFile
  }
  const cpu0 = process.cpuUsage()
  const elu0 = performance.eventLoopUtilization()
  const t0 = performance.now()
  const child = spawn(cmd, args, { env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  const out: Buffer[] = []
  const err: Buffer[] = []
  child.stdout.on('data', (c: Buffer) => out.push(c))
  child.stderr.on('data', (c: Buffer) => err.push(c))
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 20_000)
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', reject)
    child.once('close', code => resolve(code ?? -1))
  }).finally(() => clearTimeout(timer))
  const wallMs = performance.now() - t0
  const elu = performance.eventLoopUtilization(elu0)
  const cpu = process.cpuUsage(cpu0)

  let peakRssKb: number | undefined
  let childCpuMs: number | undefined
  if (o.rss !== 'none' && existsSync(o.scratchFile)) {
    // time(1) may print "Command exited with non-zero status 1" first: the figures are last.
    const last = readFileSync(o.scratchFile, 'utf8').trim().split('\n').pop() ?? ''
    const [rss, user, sys] = last.split(' ').map(Number)
    if (Number.isFinite(rss)) peakRssKb = rss
    if (o.rss === 'time' && Number.isFinite(user) && Number.isFinite(sys)) {
      childCpuMs = ((user as number) + (sys as number)) * 1000
    }
    rmSync(o.scratchFile, { force: true })
  }
  return {
    exitCode,
    wallMs,
    ...(peakRssKb !== undefined ? { peakRssKb } : {}),
    ...(childCpuMs !== undefined ? { childCpuMs } : {}),
    hostCpuMs: (cpu.user + cpu.system) / 1000,
    hostActiveMs: elu.active,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8')
  }
}
