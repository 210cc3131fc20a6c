// Files of the checked-out repository, read as untrusted input: whoever can push a branch or
// open a pull request decides what is there, links included. One reader for every policy file
// (the validate action's and the explanation's): size-capped, regular files only, and never
// through a link that leaves the workspace or reaches into its `.git` folder (which holds the
// checkout's credentials and is never part of the repository's content).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { Env } from './env.js'

/**
 * The checked-out repository: GITHUB_WORKSPACE, resolved against `cwd` when it is relative (the
 * runner always sets an absolute path; a local `.env` may say `.`); `undefined` when unset.
 */
export function workspaceRoot(env: Env, cwd: string = process.cwd()): string | undefined {
  return env.GITHUB_WORKSPACE ? resolve(cwd, env.GITHUB_WORKSPACE) : undefined
}

/** The server's limit is far below this; a bigger file is not a policy. */
export const MAX_POLICY_BYTES = 256 * 1024

export const OUTSIDE_WORKSPACE = 'it is a link to outside the workspace'

/** Thrown when a path leads out of the workspace; its message is `OUTSIDE_WORKSPACE`. */
export class OutsideWorkspaceError extends Error {
  readonly code = 'EOUTSIDE'
  constructor() {
    super(OUTSIDE_WORKSPACE)
  }
}

/** `path` is `root` or below it, by name (no links resolved), and not in its `.git`. */
export function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path)
  if (rel === '') return true
  if (isAbsolute(rel) || rel === '..' || rel.startsWith('..' + sep)) return false
  return rel.split(sep)[0] !== '.git'
}

/**
 * The real path of `path` (every link resolved) when it stays inside `workspace`; throws
 * `OutsideWorkspaceError` when it leaves, and ENOENT-style errors when there is nothing there.
 */
export function realPathWithin(workspace: string, path: string): string {
  const real = realpathSync(path)
  if (!isWithin(realpathSync(workspace), real)) throw new OutsideWorkspaceError()
  return real
}

// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW (for a real path already
// checked): a link there now was swapped in since. Both are 0 where the platform lacks them.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)
const NOFOLLOW = constants.O_NOFOLLOW ?? 0

/**
 * Reads a regular file of at most `maxBytes`; `undefined` when there is none. With `workspace`,
 * the file must resolve (through links) to inside it, or this throws `OutsideWorkspaceError`.
 */
export function readSmallFile(
  path: string,
  maxBytes: number,
  workspace?: string
): string | undefined {
  let fd: number
  try {
    fd =
      workspace === undefined
        ? openSync(path, OPEN_FLAGS)
        : openSync(realPathWithin(workspace, path), OPEN_FLAGS | NOFOLLOW)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    if (code === 'ELOOP') throw new Error('it is a symbolic link loop', { cause: e })
    throw e
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile()) throw new Error(st.isDirectory() ? 'it is a directory' : 'not a regular file')
    if (st.size > maxBytes) throw new Error(`larger than ${maxBytes / 1024} KiB`)
    // One byte more than allowed is read, so a file that grows meanwhile is still refused.
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1)
    let read = 0
    while (read < buf.length) {
      const n = readSync(fd, buf, read, buf.length - read, read)
      if (n === 0) break
      read += n
    }
    if (read > maxBytes) throw new Error(`larger than ${maxBytes / 1024} KiB`)
    return buf.subarray(0, read).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

/**
 * Where the `path` input points, when it names a place inside `workspace` (relative to it, or
 * absolute); `undefined` when it leaves it (`../..`, `/etc`).
 */
export function resolveInWorkspace(workspace: string, input: string): string | undefined {
  const path = resolve(workspace, input)
  const rel = relative(workspace, path)
  return isAbsolute(rel) || rel === '..' || rel.startsWith('..' + sep) ? undefined : path
}
