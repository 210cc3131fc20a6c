// What the steps cost at start-up beyond their work, held where the benchmark found it
// (bench/README.md, "Where the time goes"): a start-up probe (stack/start-up-probe.mjs) makes
// every call that loads ICU's locale data throw and lists the Node built-ins the step loaded.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { assertNoLeaks, runStep, startStack } from '../stack/index.js'
import type { Stack, StepResult } from '../stack/index.js'
import { REPO_ROOT } from '../stack/run-step.js'

const PROBE = pathToFileURL(join(REPO_ROOT, '__tests__/stack/start-up-probe.mjs')).href
const BASE = { scope: 'acme/widgets', identity: 'deploy' }

let stack: Stack
let dir: string
beforeAll(async () => {
  stack = await startStack()
  dir = mkdtempSync(join(tmpdir(), 'start-up-'))
})
afterAll(async () => {
  await stack.close()
  rmSync(dir, { recursive: true, force: true })
})

/** A step run under the probe: its result and the built-ins it loaded. */
async function probed(
  entry: 'main' | 'post',
  opts: { state?: Record<string, string> } = {}
): Promise<{ run: StepResult; builtins: string[] }> {
  const file = join(dir, `${entry}-${Date.now()}.json`)
  const run = await runStep(entry, {
    inputs: BASE,
    ...opts,
    env: stack.env({ NODE_OPTIONS: `--import=${PROBE}`, START_UP_PROBE_FILE: file })
  })
  assertNoLeaks(run, stack.secrets())
  return { run, builtins: JSON.parse(readFileSync(file, 'utf8')) as string[] }
}

describe('the token path (main, then post)', () => {
  let main: { run: StepResult; builtins: string[] }
  let post: { run: StepResult; builtins: string[] }
  beforeAll(async () => {
    main = await probed('main')
    post = await probed('post', { state: main.run.state })
  })

  it('does its job under the probe', () => {
    expect(main.run.stderr).toBe('')
    expect(main.run.exitCode).toBe(0)
    expect(main.run.outputs.token).toBe(stack.sts.minted.at(-1)?.token)
    expect(post.run.stderr).toBe('')
    expect(post.run.exitCode).toBe(0)
    expect(stack.api.revoked).toContain(main.run.outputs.token)
  })

  it('never loads ICU locale data (a number formatted with toLocaleString cost 35 ms and 7 MB)', () => {
    // The probe throws on such a call; a step that made one failed above. Shown here too:
    for (const { run } of [main, post])
      expect(run.stdout + run.stderr).not.toMatch(/start-up probe/)
  })

  it('does not load node:worker_threads (only a policy engine job needs it)', () => {
    for (const { builtins } of [main, post]) expect(builtins).not.toContain('worker_threads')
  })

  it('does not load node:assert (tunnel requires it and never calls it: 1.2 ms on Node 24)', () => {
    for (const { builtins } of [main, post]) {
      expect(builtins).toContain('https')
      expect(builtins).not.toContain('assert')
    }
  })
})

describe('the probe', () => {
  it('fails a step that loads ICU locale data', async () => {
    const script = join(dir, 'locale.mjs')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(script, '(20000).toLocaleString("en-US")\n')
    const file = join(dir, 'locale.json')
    const run = await runStep('main', {
      script,
      env: { NODE_OPTIONS: `--import=${PROBE}`, START_UP_PROBE_FILE: file }
    })
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/start-up probe: Number\.prototype\.toLocaleString was called/)
  })
})
