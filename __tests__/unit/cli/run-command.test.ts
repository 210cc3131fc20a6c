import { describe, expect, it } from '@jest/globals'
import { runCommand } from '../../../src/cli/run-command.js'

const node = process.execPath
const opts = { timeoutMs: 10_000, maxBytes: 1024, env: { PATH: process.env.PATH, X: 'from-env' } }

describe('runCommand', () => {
  it('runs without a shell, with the given environment, and collects both streams', async () => {
    const r = await runCommand(
      [node, '-e', 'process.stdout.write(process.env.X + " $HOME"); console.error("e")'],
      opts
    )
    expect(r).toEqual({ code: 0, stdout: 'from-env $HOME', stderr: 'e\n' })
  })

  it('reports the exit status', async () => {
    expect((await runCommand([node, '-e', 'process.exit(4)'], opts)).code).toBe(4)
  })

  it('a command that cannot start', async () => {
    expect(await runCommand(['/nonexistent/helper'], opts)).toMatchObject({
      code: null,
      startError: 'ENOENT'
    })
  })

  it('stops a command at its time limit', async () => {
    const r = await runCommand([node, '-e', 'setTimeout(() => {}, 60000)'], {
      ...opts,
      timeoutMs: 200
    })
    expect(r).toMatchObject({ code: null, timedOut: true })
  })

  it('stops a command that writes too much, and keeps 4 KiB of stderr', async () => {
    const r = await runCommand(
      [
        node,
        '-e',
        'console.error("e".repeat(10000)); setInterval(() => process.stdout.write("x".repeat(512)), 1)'
      ],
      opts
    )
    expect(r.tooLarge).toBe(true)
    expect(r.stdout.length).toBeLessThanOrEqual(1024)
    expect(r.stderr.length).toBeLessThanOrEqual(4096)
  })
})

it('passes no variable that is unset', async () => {
  const r = await runCommand([node, '-e', 'process.stdout.write(String("GONE" in process.env))'], {
    ...opts,
    env: { ...opts.env, GONE: undefined }
  })
  expect(r.stdout).toBe('false')
})
