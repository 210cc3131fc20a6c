// Stand-ins for @actions/core: a recording fake of the calls the runner adapter makes, and
// core.getIDToken over a scripted HttpClient, failing in core's exact words (which src/oidc.ts
// reads back). A contract test in oidc.test.ts runs the real core.getIDToken against a local
// server, so these words are checked against the real ones.
import type { HttpClient } from '../../../src/net/http.js'
import type { GetIdToken } from '../../../src/sts/oidc.js'
import type { Core } from '../../../src/steps/runner.js'

export interface CoreCall {
  fn: string
  args: unknown[]
}

export interface FakeCore {
  core: Core
  calls: CoreCall[]
  /** What summary.write() appended, in order. */
  summaryWrites: string[]
}

export function fakeCore(
  options: {
    inputs?: Record<string, string>
    state?: Record<string, string>
    debug?: boolean
    /** Make summary.write() reject with this. */
    summaryError?: Error
  } = {}
): FakeCore {
  const calls: CoreCall[] = []
  const summaryWrites: string[] = []
  let buffer = ''
  const record =
    (fn: string) =>
    (...args: unknown[]): void =>
      void calls.push({ fn, args })
  const summary = {
    addRaw(text: string, addEOL = false) {
      buffer += text + (addEOL ? '\n' : '')
      return summary
    },
    async write() {
      if (options.summaryError) throw options.summaryError
      summaryWrites.push(buffer)
      buffer = ''
      return summary
    },
    emptyBuffer() {
      buffer = ''
      calls.push({ fn: 'summary.emptyBuffer', args: [] })
      return summary
    }
  }
  const core = {
    getInput: (name: string) => (options.inputs?.[name] ?? '').trim(),
    getState: (name: string) => options.state?.[name] ?? '',
    isDebug: () => options.debug === true,
    setSecret: record('setSecret'),
    setOutput: record('setOutput'),
    saveState: record('saveState'),
    debug: record('debug'),
    info: record('info'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    startGroup: record('startGroup'),
    endGroup: record('endGroup'),
    setFailed: record('setFailed'),
    summary
  } as unknown as Core
  return { core, calls, summaryWrites }
}

const failedToGet = (code: number | undefined, message: string): string =>
  `Failed to get ID Token. \n \n        Error Code : ${code}\n \n        Error Message: ${message}`

/** core's getIDToken failure (oidc-utils.js) for an HTTP status, or none (no answer). */
export const coreIdTokenError = (code: number | undefined, message: string): Error =>
  new Error(`Error message: ${failedToGet(code, message)}`)

/**
 * core.getIDToken as @actions/core 3 does it, over `http`: GET `<URL>&audience=<aud>` with the
 * request token as Bearer; a 404 or an answer without `value` is "no ID Token field"; other
 * answers over 299 fail with the body's `message`, the body, or `Failed request: (<status>)`;
 * the token is masked (`setSecret`) before it is returned. Redirects and core's own retries
 * of 502/503/504 are left out.
 */
export function coreGetIdToken(
  http: HttpClient,
  env: Readonly<Record<string, string | undefined>>,
  setSecret: (value: string) => void
): GetIdToken {
  return async audience => {
    try {
      const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
      if (!token) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable')
      const base = env.ACTIONS_ID_TOKEN_REQUEST_URL
      if (!base) throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable')
      const url = new URL(`${base}&audience=${encodeURIComponent(audience)}`)
      let res
      try {
        res = await http({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          timeoutMs: 180_000
        })
      } catch (e) {
        throw new Error(failedToGet(undefined, (e as Error).message), { cause: e })
      }
      type Body = { value?: unknown; message?: unknown } | null
      let result: Body = null
      try {
        result = res.body ? (JSON.parse(res.body) as Body) : null
      } catch {
        // not JSON: core leaves the result null
      }
      if (res.status > 299 && res.status !== 404) {
        const message = result?.message
          ? String(result.message)
          : res.body || `Failed request: (${res.status})`
        throw new Error(failedToGet(res.status, message))
      }
      const value = res.status === 404 ? undefined : result?.value
      if (!value) throw new Error('Response json body do not have ID Token field')
      setSecret(value as string)
      return value as string
    } catch (e) {
      throw new Error(`Error message: ${(e as Error).message}`, { cause: e })
    }
  }
}
