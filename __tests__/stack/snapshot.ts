// Plain-file snapshots a reviewer reads on GitHub (not Jest's escaped .snap format): the text is
// compared with the file, and a difference fails with a line diff. A missing file is written,
// except in CI, where it fails: a test must not pass by writing what it was meant to check.
// `UPDATE_SNAPSHOTS=1` (or jest's `-u`) rewrites the files.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { expect } from '@jest/globals'
import { REPO_ROOT } from './run-step.js'

/** Whether snapshots are being rewritten: UPDATE_SNAPSHOTS=1, or jest run with `-u`. */
export function updatingSnapshots(): boolean {
  if (process.env.UPDATE_SNAPSHOTS === '1') return true
  const state = expect.getState() as { snapshotState?: { _updateSnapshot?: string } }
  return state.snapshotState?._updateSnapshot === 'all'
}

/** Compares `text` with the file `dir/name`; writes it when missing (not in CI) or updating. */
export function expectSnapshot(dir: string, name: string, text: string): void {
  const file = join(dir, name)
  const shown = relative(REPO_ROOT, file)
  const body = text.endsWith('\n') ? text : `${text}\n`
  const exists = existsSync(file)
  if (!exists && process.env.CI && !updatingSnapshots()) {
    throw new Error(
      `Snapshot ${shown} is missing. Run \`UPDATE_SNAPSHOTS=1 npm test\` locally, read the file, and commit it.`
    )
  }
  if (!exists || updatingSnapshots()) {
    if (!exists || readFileSync(file, 'utf8') !== body) {
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, body)
    }
    return
  }
  const old = readFileSync(file, 'utf8')
  if (old === body) return
  throw new Error(
    `Snapshot ${shown} differs (- file, + now):\n${lineDiff(old, body)}\n` +
      'If the change is intended, run `UPDATE_SNAPSHOTS=1 npm test` and commit the file.'
  )
}

/** A unified-style diff of two texts by lines (longest common subsequence), with context. */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before.split('\n')
  const b = after.split('\n')
  // lcs[i][j]: length of the LCS of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] =
        a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!)
    }
  }
  const ops: { op: ' ' | '-' | '+'; line: string }[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i++]! })
      j++
    } else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      ops.push({ op: '-', line: a[i++]! })
    } else {
      ops.push({ op: '+', line: b[j++]! })
    }
  }
  // Keep changed lines and `context` lines around them; elide the rest.
  const keep = ops.map((o, k) =>
    ops.slice(Math.max(0, k - context), k + context + 1).some(n => n.op !== ' ')
  )
  const out: string[] = []
  ops.forEach((o, k) => {
    if (keep[k]) out.push(`${o.op} ${o.line}`)
    else if (keep[k - 1] || k === 0) out.push('  …')
  })
  return out.join('\n')
}
