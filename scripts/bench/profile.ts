// Reads a V8 .cpuprofile (node --cpu-prof) and says where a step's milliseconds went: start-up
// and module loading, evaluating the bundle, TLS, crypto, HTTP, waiting for the servers (idle),
// garbage collection. Sample-based: figures are accurate to about the sampling interval times
// the square root of the sample count.
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { pathToFileURL } from 'node:url'

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
interface ProfileNode {
  id: number
  callFrame: CallFrame
  children?: number[]
}
interface CpuProfile {
  nodes: ProfileNode[]
  startTime: number
  endTime: number
  samples: number[]
  timeDeltas: number[]
}

export type Category =
  | 'idle (waiting on I/O)'
  | 'bundle code'
  | 'module loading'
  | 'tls'
  | 'crypto'
  | 'http'
  | 'net & streams'
  | 'other node internals'
  | 'gc'
  | 'program (native, untracked)'

/** Frames of the bundle and of the chunks it loads on demand (same folder). */
const inBundle = (url: string, bundleDir: string): boolean =>
  bundleDir !== '' && url.startsWith(bundleDir)

function categorize(frame: CallFrame, bundleDir: string): Category {
  const { url, functionName } = frame
  if (functionName === '(idle)') return 'idle (waiting on I/O)'
  if (functionName === '(garbage collector)') return 'gc'
  if (functionName === '(program)' || functionName === '(root)')
    return 'program (native, untracked)'
  if (inBundle(url, bundleDir)) return 'bundle code'
  if (
    /node:internal\/(modules|bootstrap)|node:internal\/process\/(pre_execution|execution)/.test(url)
  )
    return 'module loading'
  if (/node:(_tls|tls|internal\/tls)/.test(url)) return 'tls'
  if (/node:(crypto|internal\/crypto)/.test(url)) return 'crypto'
  if (/node:(_http|https?$|http|internal\/http)/.test(url)) return 'http'
  if (
    /node:(net|internal\/net|stream|internal\/stream|internal\/streams|dns|internal\/dns)/.test(url)
  )
    return 'net & streams'
  return 'other node internals'
}

export interface ProfileSummary {
  file: string
  /** Profile duration: from V8 start of profiling to process exit (boot before it is not seen). */
  totalMs: number
  byCategory: Record<string, number>
  /** Time until the bundle's first sampled frame: Node start-up and loading the bundle's source. */
  untilBundleMs: number
  /** Samples with a bundle frame anywhere on the stack (the bundle's code and what it calls). */
  underBundleMs: number
  /** Functions by self time, top ones. */
  top: { name: string; category: Category; selfMs: number }[]
}

export function summarizeProfile(file: string, bundlePath: string, topN = 40): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const bundleDir = bundlePath ? pathToFileURL(dirname(bundlePath)).href + '/' : ''
  const byId = new Map(profile.nodes.map(n => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const underBundle = new Map<number, boolean>()
  const isUnderBundle = (id: number): boolean => {
    const known = underBundle.get(id)
    if (known !== undefined) return known
    const node = byId.get(id)
    const p = parent.get(id)
    const v =
      inBundle(node?.callFrame.url ?? '', bundleDir) || (p !== undefined && isUnderBundle(p))
    underBundle.set(id, v)
    return v
  }

  const byCategory: Record<string, number> = {}
  const self = new Map<number, number>()
  let elapsed = 0
  let untilBundle: number | undefined
  let under = 0
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; attribute the next delta to this sample.
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const node = byId.get(id)
    if (!node) return
    const cat = categorize(node.callFrame, bundleDir)
    byCategory[cat] = (byCategory[cat] ?? 0) + dt
    self.set(id, (self.get(id) ?? 0) + dt)
    if (isUnderBundle(id)) {
      under += dt
      untilBundle ??= elapsed
    }
    elapsed += dt
  })
  const bySelf = new Map<string, { name: string; category: Category; selfMs: number }>()
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame
    const where = f.url ? `${f.url.replace(/^file:\/\/.*\//, '')}:${f.lineNumber + 1}` : ''
    const name = `${f.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`
    const entry = bySelf.get(name) ?? { name, category: categorize(f, bundleDir), selfMs: 0 }
    entry.selfMs += ms
    bySelf.set(name, entry)
  }
  const r = (x: number): number => Number(x.toFixed(1))
  return {
    file,
    totalMs: r((profile.endTime - profile.startTime) / 1000),
    byCategory: Object.fromEntries(
      Object.entries(byCategory)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => [k, r(v)])
    ),
    untilBundleMs: r(untilBundle ?? elapsed),
    underBundleMs: r(under),
    top: [...bySelf.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, topN)
      .map(e => ({ ...e, selfMs: r(e.selfMs) }))
  }
}

export interface AggregateProfile {
  runs: number
  totalMs: number
  untilBundleMs: number
  underBundleMs: number
  /** Median over the runs, per category. */
  byCategory: Record<string, number>
  /** Mean self time over the runs, top functions. */
  top: { name: string; category: Category; selfMs: number }[]
}

export function aggregateProfiles(list: ProfileSummary[], topN = 10): AggregateProfile {
  const med = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b)
    const m = s.length >> 1
    return s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2
  }
  const r = (x: number): number => Number(x.toFixed(1))
  const cats = new Set(list.flatMap(s => Object.keys(s.byCategory)))
  const byCategory = Object.fromEntries(
    [...cats]
      .map(c => [c, r(med(list.map(s => s.byCategory[c] ?? 0)))] as const)
      .sort((a, b) => b[1] - a[1])
  )
  const fns = new Map<string, { name: string; category: Category; selfMs: number }>()
  for (const s of list) {
    for (const t of s.top) {
      const e = fns.get(t.name) ?? { ...t, selfMs: 0 }
      e.selfMs += t.selfMs / list.length
      fns.set(t.name, e)
    }
  }
  return {
    runs: list.length,
    totalMs: r(med(list.map(s => s.totalMs))),
    untilBundleMs: r(med(list.map(s => s.untilBundleMs))),
    underBundleMs: r(med(list.map(s => s.underBundleMs))),
    byCategory,
    top: [...fns.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, topN)
      .map(e => ({ ...e, selfMs: r(e.selfMs) }))
  }
}
