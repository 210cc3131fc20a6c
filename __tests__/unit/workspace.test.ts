// src/workspace.ts: the one reader for files of the checkout, on real trees with links.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  isWithin,
  MAX_POLICY_BYTES,
  OUTSIDE_WORKSPACE,
  OutsideWorkspaceError,
  readSmallFile,
  realPathWithin,
  resolveInWorkspace,
  workspaceRoot
} from '../../src/workspace.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'workspace-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

describe('readSmallFile', () => {
  it('reads small regular files, refuses big ones, and returns undefined for none', () => {
    const ws = tree({ a: 'hello', big: 'x'.repeat(MAX_POLICY_BYTES + 1) })
    expect(readSmallFile(join(ws, 'a'), 100)).toBe('hello')
    expect(readSmallFile(join(ws, 'a'), 100, ws)).toBe('hello')
    expect(readSmallFile(join(ws, 'missing'), 100, ws)).toBeUndefined()
    expect(readSmallFile(join(ws, 'a', 'below-a-file'), 100, ws)).toBeUndefined()
    expect(() => readSmallFile(join(ws, 'big'), MAX_POLICY_BYTES)).toThrow(/larger than 256 KiB/)
    expect(() => readSmallFile(join(ws, 'a'), 4)).toThrow(/larger than/)
  })

  it('refuses directories and special files without waiting on them', () => {
    const ws = tree({ 'd/x': '' })
    expect(() => readSmallFile(join(ws, 'd'), 100, ws)).toThrow('it is a directory')
    execFileSync('mkfifo', [join(ws, 'fifo')])
    // A FIFO with no writer would block a plain open forever.
    expect(() => readSmallFile(join(ws, 'fifo'), 100, ws)).toThrow('not a regular file')
  })

  it('follows links that stay in the workspace, and refuses those that leave it', () => {
    const outside = tree({ 'secret.txt': 'top secret' })
    const ws = tree({ 'real.yaml': 'inside', '.git/config': 'credentials' })
    symlinkSync(join(ws, 'real.yaml'), join(ws, 'in.yaml'))
    symlinkSync(join(outside, 'secret.txt'), join(ws, 'out.yaml'))
    symlinkSync('../../../../../../../../../etc/passwd', join(ws, 'relative-out.yaml'))
    symlinkSync(outside, join(ws, 'dir-out'))
    symlinkSync('.git/config', join(ws, 'git.yaml'))
    symlinkSync('loop-b', join(ws, 'loop-a'))
    symlinkSync('loop-a', join(ws, 'loop-b'))
    symlinkSync('nowhere', join(ws, 'dangling'))
    expect(readSmallFile(join(ws, 'in.yaml'), 100, ws)).toBe('inside')
    for (const link of ['out.yaml', 'relative-out.yaml', 'dir-out/secret.txt', 'git.yaml']) {
      expect(() => readSmallFile(join(ws, link), 100, ws)).toThrow(OutsideWorkspaceError)
      expect(() => readSmallFile(join(ws, link), 100, ws)).toThrow(OUTSIDE_WORKSPACE)
    }
    expect(() => readSmallFile(join(ws, 'loop-a'), 100, ws)).toThrow('symbolic link loop')
    expect(readSmallFile(join(ws, 'dangling'), 100, ws)).toBeUndefined()
    // Without a workspace (the runner's own files), links are followed.
    expect(readSmallFile(join(ws, 'out.yaml'), 100)).toBe('top secret')
  })

  it('accepts a workspace that is itself reached through a link', () => {
    const ws = tree({ 'p.yaml': 'ok' })
    const alias = join(tree(), 'alias')
    symlinkSync(ws, alias)
    expect(readSmallFile(join(alias, 'p.yaml'), 100, alias)).toBe('ok')
    expect(realPathWithin(alias, join(alias, 'p.yaml'))).toBe(join(ws, 'p.yaml'))
  })
})

describe('resolveInWorkspace and isWithin', () => {
  it.each([
    ['.github/chainguard', '/ws/.github/chainguard'],
    ['.', '/ws'],
    ['a/../b', '/ws/b'],
    ['/ws/p', '/ws/p'],
    ['..x', '/ws/..x']
  ])('%j is inside', (input, path) => expect(resolveInWorkspace('/ws', input)).toBe(path))

  it.each(['..', '../..', '../ws2', 'a/../../b', '/etc', '/ws2/p'])('%j is outside', input =>
    expect(resolveInWorkspace('/ws', input)).toBeUndefined()
  )

  it('keeps .git out, by name', () => {
    expect(isWithin('/ws', '/ws/.git/config')).toBe(false)
    expect(isWithin('/ws', '/ws/.github/x')).toBe(true)
    expect(isWithin('/ws', '/ws')).toBe(true)
    expect(isWithin('/ws', '/other')).toBe(false)
  })
})

describe('workspaceRoot', () => {
  it('is GITHUB_WORKSPACE, a relative one resolved against the working directory', () => {
    expect(workspaceRoot({ GITHUB_WORKSPACE: '/home/runner/work/w/w' }, '/x')).toBe(
      '/home/runner/work/w/w'
    )
    expect(workspaceRoot({ GITHUB_WORKSPACE: '.' }, '/repo')).toBe('/repo')
    expect(workspaceRoot({ GITHUB_WORKSPACE: 'sub/dir' }, '/repo')).toBe('/repo/sub/dir')
    expect(workspaceRoot({}, '/repo')).toBeUndefined()
    expect(workspaceRoot({ GITHUB_WORKSPACE: '' }, '/repo')).toBeUndefined()
  })
})
