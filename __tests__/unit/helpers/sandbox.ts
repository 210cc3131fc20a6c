// A Sandbox for unit tests: the engine in this thread, every job recorded, and any job's
// outcome replaced when a test says so (a costly file, a broken engine).
import { inThreadSandbox } from '../../../src/policy/sandbox.js'
import type { JobName, JobOutcome, Sandbox } from '../../../src/policy/sandbox.js'

export interface SpySandbox extends Sandbox {
  calls: { name: JobName; deadline?: number }[]
}

export function spySandbox(
  outcome?: (name: JobName) => JobOutcome<never> | Error | undefined
): SpySandbox {
  const calls: SpySandbox['calls'] = []
  const sandbox: SpySandbox = {
    calls,
    run: async (name, args, deadline) => {
      calls.push(deadline === undefined ? { name } : { name, deadline })
      const o = outcome?.(name)
      if (o instanceof Error) throw o
      return o ?? inThreadSandbox.run(name, args, deadline)
    }
  }
  return sandbox
}
