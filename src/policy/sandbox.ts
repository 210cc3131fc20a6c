// Where the policy engine runs. A pattern the server (Go) accepts can still cost re2js seconds
// and gigabytes to build (`[\p{L}\p{N}]{0,1000}` repeated 200 times: 9 s and 1.7 GB), and a
// policy file comes from whoever can push a branch. So every consumer (the diagnosis, `check`,
// the validate action and `validate`) runs the engine through a Sandbox: in production a
// worker thread with a memory bound (ENGINE_LIMITS) and the step's deadline, terminated when
// either is reached; the job then reports that the file is too costly to check here, and the
// step goes on to report what it came for. The worker is the same bundle re-entered
// (`isEngineWorker` in each entry, before the entry loads anything of its step), so no other
// file has to ship. Loading this module loads nothing of the engine (it is imported lazily by
// the worker and the in-thread sandbox only), nor node:worker_threads, which only the worker
// and a sandbox that runs a job need.
import type { Worker } from 'node:worker_threads'
import type { Costly, JobName, JobOutcome, Jobs } from './jobs.js'

export type { Costly, JobName, JobOutcome } from './jobs.js'

export interface Sandbox {
  /** Runs a job; `deadline` (epoch ms, on Date.now) ends it with `{ costly: 'time' }`. */
  run<N extends JobName>(
    name: N,
    args: Parameters<Jobs[N]>,
    deadline?: number
  ): Promise<JobOutcome<ReturnType<Jobs[N]>>>
}

/**
 * The worker's bounds: its heap (a program re2js cannot build within it is too costly; Go
 * bounds its own at 128 MB of instructions) and its stack.
 */
export const ENGINE_LIMITS = {
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 16,
  stackSizeMb: 4
} as const

const MARK = 'octo-sts-token:policy-engine'
/** Appended to the worker's `process.argv`: a test the main thread makes without loading anything. */
const ENGINE_ARG = `--${MARK.replace(':', '-')}`

/** Go's regexp/syntax maxSize (1.19+): 128 MB of 40-byte instructions. */
export const GO_MAX_SIZE = Math.floor((128 << 20) / 40)

/**
 * The largest program the engine builds here, in Go's instructions. re2js needs about 5 KB
 * and 25 µs an instruction (20,000: 100 MB, half a second); a hand-written pattern needs a few
 * hundred. Larger ones, up to Go's bound, are too costly to check here (src/policy/cost.ts).
 */
export const MAX_CHECKED_SIZE = 20_000

/**
 * `n` with its digits in groups of three (20,000). Not `toLocaleString`: its first call loads
 * ICU's locale data, 30-40 ms and 7 MB at the start of every step that imports this module.
 */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',')

const COSTLY: Record<Costly, string> = {
  time: 'it could not be checked within the time limit',
  memory: `checking it needs more than the ${ENGINE_LIMITS.maxOldGenerationSizeMb} MB of memory the check is given`,
  size: `a pattern compiles to more than the ${grouped(MAX_CHECKED_SIZE)} instructions checked here (the server builds up to ${grouped(GO_MAX_SIZE)})`
}

/**
 * The words every consumer uses for a file that is too costly to check here; `what` names it
 * and is already inert. It is not called invalid: the server builds what Go can build.
 */
export const tooCostly = (what: string, costly: Costly): string =>
  `${what} is too costly to check here: ${COSTLY[costly]}. That does not make it invalid (the server may accept it), but nothing here can say what it admits. Counted repetitions such as {0,1000}, many times over, cost the most: simplify the patterns to have them checked.`

/**
 * This thread is the engine's worker: the entry serves jobs and does nothing else. Only a
 * thread whose arguments carry the mark loads node:worker_threads to confirm it (a command
 * line that names the mark is still the main thread).
 */
export async function isEngineWorker(): Promise<boolean> {
  if (!process.argv.includes(ENGINE_ARG)) return false
  const { isMainThread, workerData } = await import('node:worker_threads')
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true
}

interface Request {
  name: JobName
  args: unknown[]
}

/** The worker's side: answers each job with its outcome, one at a time. */
export async function serveEngine(): Promise<void> {
  const [{ runJob }, { parentPort: port }] = await Promise.all([
    import('./jobs.js'),
    import('node:worker_threads')
  ])
  if (!port) return
  port.on('message', ({ name, args }: Request) => {
    port.postMessage(runJob(name, args as Parameters<Jobs[typeof name]>))
  })
}

/** The engine in this thread, unbounded: for tests, which pass their own deadlines and data. */
export const inThreadSandbox: Sandbox = {
  run: async (name, args) => (await import('./jobs.js')).runJob(name, args)
}

/**
 * The engine in a worker running `file` (the entry's own bundle, which must call
 * `serveEngine` when `isEngineWorker`). One worker serves the jobs in turn and is started
 * again after a job it had to be stopped for; an idle worker holds no process open.
 */
export function workerSandbox(file: string | URL, now: () => number = Date.now): Sandbox {
  let worker: Worker | undefined
  let queue: Promise<unknown> = Promise.resolve()

  const start = (WorkerThread: typeof import('node:worker_threads').Worker): Worker => {
    const w = new WorkerThread(file, {
      argv: [ENGINE_ARG],
      workerData: { [MARK]: true },
      resourceLimits: ENGINE_LIMITS,
      // Its output is not ours to print: whatever it writes stays unread.
      stdout: true,
      stderr: true
    })
    w.unref()
    return w
  }

  const runOne = async (
    request: Request,
    deadline: number | undefined
  ): Promise<JobOutcome<unknown>> => {
    const { Worker } = await import('node:worker_threads')
    return new Promise(resolve => {
      const w = (worker ??= start(Worker))
      let timer: NodeJS.Timeout | undefined
      const finish = (outcome: JobOutcome<unknown>, stop: boolean): void => {
        clearTimeout(timer)
        w.off('message', onMessage)
        w.off('error', onError)
        w.off('exit', onExit)
        if (stop) {
          if (worker === w) worker = undefined
          void w.terminate()
        }
        w.unref()
        resolve(outcome)
      }
      const onMessage = (outcome: JobOutcome<unknown>): void => finish(outcome, false)
      const onError = (e: Error & { code?: string }): void =>
        finish(
          e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { ok: false, costly: 'memory' }
            : { ok: false, why: `the policy engine stopped: ${e.message}` },
          true
        )
      const onExit = (): void =>
        finish({ ok: false, why: 'the policy engine stopped unexpectedly' }, true)
      w.on('message', onMessage)
      w.on('error', onError)
      w.on('exit', onExit)
      w.ref()
      if (deadline !== undefined) {
        timer = setTimeout(
          () => finish({ ok: false, costly: 'time' }, true),
          Math.max(0, deadline - now())
        )
      }
      w.postMessage(request)
    })
  }

  const run = <N extends JobName>(
    name: N,
    args: Parameters<Jobs[N]>,
    deadline?: number
  ): Promise<JobOutcome<ReturnType<Jobs[N]>>> => {
    const next = queue.then(() => runOne({ name, args }, deadline))
    queue = next.catch(() => undefined)
    return next as Promise<JobOutcome<ReturnType<Jobs[N]>>>
  }
  return { run }
}
