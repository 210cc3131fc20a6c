// A CliIo that records both streams, for calling the command-line tool's commands directly.
import type { CliIo } from '../../../src/cli/io.js'

export interface RecordedIo extends CliIo {
  out: () => string
  err: () => string
}

export function fakeIo(cwd: string, env: Record<string, string> = {}, stdin = ''): RecordedIo {
  let out = ''
  let err = ''
  return {
    stdout: t => void (out += t),
    stderr: t => void (err += t),
    readStdin: async () => stdin,
    env,
    cwd,
    http: (() => {
      throw new Error('no network in these tests')
    }) as unknown as CliIo['http'],
    clock: { now: () => 0, sleep: async () => {} } as unknown as CliIo['clock'],
    out: () => out,
    err: () => err
  }
}
