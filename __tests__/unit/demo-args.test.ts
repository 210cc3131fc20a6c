// `npm run demo -- --help` (scripts/demo-args.ts): the options are discoverable, and neither
// `--help` nor a mistyped option starts the local stack.
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEMO_HELP, parseDemoArgs } from '../../scripts/demo-args.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

describe('parseDemoArgs', () => {
  it('reads --deny and --help, in any order', () => {
    expect(parseDemoArgs([])).toEqual({ deny: false, help: false })
    expect(parseDemoArgs(['--deny'])).toEqual({ deny: true, help: false })
    expect(parseDemoArgs(['--deny', '-h'])).toEqual({ deny: true, help: true })
    expect(parseDemoArgs(['--help'])).toEqual({ deny: false, help: true })
  })

  it('refuses an unknown option, naming it', () => {
    expect(parseDemoArgs(['--deny', '--denied'])).toEqual({ error: 'unknown option "--denied"' })
    expect(parseDemoArgs(['deny'])).toEqual({ error: 'unknown option "deny"' })
  })

  it('lists every option it accepts in the help', () => {
    for (const option of ['--deny', '--help', '-h']) expect(DEMO_HELP).toContain(option)
  })
})

describe('tsx scripts/demo.ts', () => {
  const demo = (...args: string[]) =>
    spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/demo.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 20000
    })

  it('--help prints the options and exits 0 without starting the stack', () => {
    const r = demo('--help')
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
    expect(r.stdout).toBe(DEMO_HELP)
  })

  it('an unknown option exits 2 with the error and the help on stderr', () => {
    const r = demo('--nope')
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`demo: unknown option "--nope"\n\n${DEMO_HELP}`)
  })
})
