// Whether a process is still running, for the tests that check nothing outlives its time limit.
import { existsSync, readFileSync } from 'node:fs'

/** True while `pid` runs; a zombie (killed, not yet reaped by init) counts as gone. */
export function alive(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
    } catch {
      return false
    }
  }
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Waits up to `ms` for `pid` to be gone; true when it is. */
export async function gone(pid: number, ms = 1000): Promise<boolean> {
  const until = Date.now() + ms
  while (alive(pid) && Date.now() < until) await new Promise(r => setTimeout(r, 20))
  return !alive(pid)
}
