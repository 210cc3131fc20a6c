// A CliIo for unit tests: both streams recorded, stdin given, HTTP scripted, time fake, and
// the token helpers (getIDToken, commands, files) replaced by fakes.
import type { CliIo } from '../../../src/cli/io.js'
import type { CommandResult, RunOptions } from '../../../src/cli/run-command.js'
import { fakeClock } from '../helpers/clock.js'
import type { FakeClock } from '../helpers/clock.js'
import { scriptedHttp } from '../helpers/http.js'
import type { ScriptedHttp, Step } from '../helpers/http.js'

export interface FakeIo extends CliIo {
  out: string
  err: string
  clock: FakeClock
  script: ScriptedHttp
  runs: { argv: string[]; opts: RunOptions }[]
}

export function fakeIo(
  opts: {
    env?: Record<string, string | undefined>
    stdin?: string
    http?: Step[]
    files?: Record<string, string>
    run?: (argv: string[]) => CommandResult
    getIDToken?: (audience: string) => Promise<string>
  } = {}
): FakeIo {
  const script = scriptedHttp(opts.http ?? [])
  const io: FakeIo = {
    out: '',
    err: '',
    runs: [],
    script,
    stdout: text => void (io.out += text),
    stderr: text => void (io.err += text),
    readStdin: async () => opts.stdin ?? '',
    env: opts.env ?? {},
    cwd: '/work',
    http: script.http,
    clock: fakeClock(),
    getIDToken:
      opts.getIDToken ?? (async () => Promise.reject(new Error('no getIDToken in this test'))),
    run: async (argv, runOpts) => {
      io.runs.push({ argv, opts: runOpts })
      return (opts.run ?? (() => ({ code: 127, stdout: '', stderr: '', startError: 'ENOENT' })))(
        argv
      )
    },
    readFile: path => {
      const files = opts.files ?? {}
      if (path === '/dir') throw new Error('it is a directory')
      return Object.hasOwn(files, path) ? files[path] : undefined
    }
  }
  return io
}
