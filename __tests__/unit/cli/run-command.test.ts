import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { findExecutable, runCommand } from '../../../src/cli/run-command.js'
import { gone } from '../../stack/process.js'

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

describe('a helper that starts a background child (its own process group)', () => {
  const pidFile = (): string => join(mkdtempSync(join(tmpdir(), 'run-command-')), 'pid')
  it('at the time limit: the whole group is killed and its pipes are not waited on', async () => {
    const file = pidFile()
    const started = Date.now()
    const r = await runCommand(['/bin/sh', '-c', `sleep 30 & echo $! > '${file}'; exec sleep 30`], {
      ...opts,
      timeoutMs: 500
    })
    expect(Date.now() - started).toBeLessThan(3000)
    expect(r).toMatchObject({ code: null, timedOut: true })
    expect(await gone(Number(readFileSync(file, 'utf8')))).toBe(true)
  })

  it('when it exits: what it left behind is killed, and its output is kept', async () => {
    const file = pidFile()
    const started = Date.now()
    const r = await runCommand(
      ['/bin/sh', '-c', `sleep 30 & echo $! > '${file}'; printf token`],
      opts
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(r).toEqual({ code: 0, stdout: 'token', stderr: '' })
    expect(await gone(Number(readFileSync(file, 'utf8')))).toBe(true)
  })
})

describe('findExecutable: PATH, absolute directories only', () => {
  const bin = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'run-command-bin-'))
    const helper = join(dir, 'helper')
    writeFileSync(helper, '#!/bin/sh\necho hi\n')
    chmodSync(helper, 0o755)
    return dir
  }

  it('finds a helper in an absolute directory, and a path as it is given', () => {
    const dir = bin()
    expect(findExecutable('helper', `/nonexistent:${dir}`)).toBe(join(dir, 'helper'))
    expect(findExecutable('./helper', '')).toBe('./helper')
  })

  it('never looks in the current directory: an empty entry, `.` and relative entries are skipped', async () => {
    const dir = bin()
    const cwd = process.cwd()
    process.chdir(dir)
    try {
      for (const path of ['', ':', '.', `.:/nonexistent`, `/nonexistent::`, 'sub/..']) {
        expect(findExecutable('helper', path)).toBeUndefined()
      }
      expect(
        await runCommand(['helper'], { ...opts, env: { PATH: `:.:/nonexistent` } })
      ).toMatchObject({
        code: null,
        startError: 'ENOENT'
      })
    } finally {
      process.chdir(cwd)
    }
  })

  it('skips a directory entry that is not an executable file', () => {
    const dir = bin()
    chmodSync(join(dir, 'helper'), 0o644)
    expect(findExecutable('helper', dir)).toBeUndefined()
  })
})
