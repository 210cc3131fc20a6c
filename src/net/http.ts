// The one HTTP client the exchange and the revocation go through: @actions/http-client's
// HttpClient (its agent does HTTPS_PROXY and NO_PROXY), held to what a token needs:
// - https only, and never a redirect followed (a token must not be sent elsewhere);
// - no retries of its own (src/retry.ts decides);
// - each attempt bounded in time, from connect to the last body byte, by aborting the request;
// - a body read as a stream and cut off past a size cap, never buffered whole.
import type http from 'node:http'
import { HttpClient as ToolkitClient } from '@actions/http-client'
import type { RequestHandler } from '@actions/http-client/lib/interfaces'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { ActionError } from '../errors.js'
import { W } from '../vocabulary.js'
import type { Env } from '../env.js'

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE'
  url: URL
  headers?: Record<string, string>
  body?: string
  /** Time for the whole attempt: connect, TLS, request, every body byte. */
  timeoutMs: number
  /** Bodies larger than this are cut off and reported. */
  maxBytes?: number
}

export interface HttpResponse {
  status: number
  statusText: string
  headers: Readonly<Record<string, string | string[] | undefined>>
  body: string
}

export type HttpClient = (request: HttpRequest) => Promise<HttpResponse>

export type HttpErrorCode = 'timeout' | 'too-large' | 'network' | 'proxy' | 'insecure'

/** A request that got no usable answer. `message` is safe to print: no credentials, no body. */
export class HttpError extends Error {
  override readonly name = 'HttpError'
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    /** The system error code (ECONNREFUSED, EAI_AGAIN…) when there is one. */
    readonly cause_code?: string
  ) {
    super(message)
  }
}

export const DEFAULT_MAX_BYTES = 64 * 1024

/** `host[:port]` of a proxy URL, never its credentials. */
export const proxyName = (proxy: URL): string => proxy.host

/**
 * Fails when HTTPS_PROXY (or https_proxy, which http-client reads first) is set but
 * http-client cannot use it: it would then silently send every request directly. Called before
 * any request, so that the OIDC request (made by @actions/core's own client) is covered too.
 * The error names the variable and the problem, never the value (it may hold credentials).
 */
export function checkProxyEnv(env: Env): void {
  const bad = proxyEnvProblem(env)
  if (!bad) return
  throw new ActionError(
    'input',
    `${bad.name} is set but cannot be used: ${bad.problem}; no request was sent (it would have gone out directly, not through the proxy).`,
    `Fix ${bad.name} in ${W.runnerEnv} (a URL such as http://host:port, special characters in credentials percent-encoded, e.g. %25 for %), or unset it.`
  )
}

/** The proxy variable http-client reads for https, and why it cannot use it (if it cannot). */
function proxyEnvProblem(env: Env): { name: string; problem: string } | undefined {
  const name = env.https_proxy ? 'https_proxy' : env.HTTPS_PROXY ? 'HTTPS_PROXY' : undefined
  const problem = name && proxyProblem(env[name]!)
  return name && problem ? { name, problem } : undefined
}

/** Why http-client (lib/proxy.js, HttpClient's agent) cannot use `value` as a proxy URL. */
function proxyProblem(value: string): string | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    // Like http-client: a value without a scheme is taken as http://value.
    if (/^https?:\/\//.test(value)) return 'it is not a valid URL'
    try {
      url = new URL(`http://${value}`)
    } catch {
      return 'it is not a valid URL'
    }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // Never echo the "scheme": in `user:password@host` it is the user name. (An http(s) URL
    // always has a host: the parser refuses an empty one.)
    return 'it does not start with http:// or https:// (the only proxies supported)'
  }
  for (const [part, encoded] of [
    ['user name', url.username],
    ['password', url.password]
  ] as const) {
    try {
      decodeURIComponent(encoded)
    } catch {
      return `its ${part} is not validly percent-encoded (a % must start an escape such as %25 or %40)`
    }
  }
  return undefined
}

/**
 * Puts the attempt's abort signal into the options http-client hands to `https.request`, and,
 * through a proxy, into those of the tunnel agent's CONNECT request (`tunnel` merges its
 * `proxyOptions` into them): a proxy that never answers must not hold the step open. Without
 * it, aborting the request would not even fail it until the agent produced a socket.
 */
const forAttempt = (signal: AbortSignal): RequestHandler => ({
  prepareRequest: options => {
    options.signal = signal
    const tunnel = (options.agent as { proxyOptions?: TunnelProxyOptions } | undefined)
      ?.proxyOptions
    if (tunnel) {
      tunnel.signal = signal
      tunnel.host = unbracket(tunnel.host)
    } else {
      options.host = unbracket(options.host)
    }
  },
  canHandleAuthentication: () => false,
  handleAuthentication: () => Promise.reject(new Error('no authentication handler'))
})

/** What the tunnel agent merges into the options of its CONNECT request. */
interface TunnelProxyOptions {
  host?: string
  signal?: AbortSignal
}

// http-client passes URL.hostname, brackets and all, which a connection would look up in DNS.
// (The target's stay for a tunnel: they belong in the CONNECT authority.)
const unbracket = <T extends string | null | undefined>(host: T): T =>
  (host?.startsWith('[') ? host.slice(1, -1) : host) as T

function readBody(res: http.IncomingMessage, maxBytes: number, url: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(res.headers['content-length'])
    // Reject before destroying: destroy() emits 'aborted' at once, and the first settle wins.
    if (declared > maxBytes) {
      reject(tooLarge(url, maxBytes))
      return void res.destroy()
    }
    const chunks: Buffer[] = []
    let size = 0
    res.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        reject(tooLarge(url, maxBytes))
        return void res.destroy()
      }
      chunks.push(chunk)
    })
    res.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    res.once('error', reject)
    res.once('aborted', () =>
      reject(new HttpError('network', `${url.host} closed the connection mid-answer`))
    )
  })
}

const tooLarge = (url: URL, maxBytes: number): HttpError =>
  new HttpError(
    'too-large',
    `${url.host} sent a response larger than ${maxBytes / 1024} KiB; it was cut off`
  )

// The tunnel agent http-client uses (the `tunnel` package) reports a failed CONNECT only in the
// text of an ECONNRESET: the proxy's status, or the error of the connection to the proxy.
const TUNNEL_REFUSED = /^tunneling socket could not be established, statusCode=(\d+)/
const TUNNEL_FAILED = /^tunneling socket could not be established, cause=(.*)/s
/** A system error code (ECONNRESET, EAI_AGAIN…) in an error's text. */
export const SYSTEM_CODE = /\b(E[A-Z0-9_]{2,})\b/

/**
 * A failure of the proxy's tunnel to `url`, read from the tunnel agent's text; undefined when
 * it is not one. `proxy` names it (`proxy host:port`, never its credentials).
 */
export function proxyError(err: Error, proxy: string, url: URL): HttpError | undefined {
  const refused = TUNNEL_REFUSED.exec(err.message)
  if (refused) {
    const target = `${url.hostname}:${url.port || 443}`
    return new HttpError('proxy', `${proxy} refused to connect to ${target} (HTTP ${refused[1]})`)
  }
  const failed = TUNNEL_FAILED.exec(err.message)
  if (failed) {
    // Node's own text (an address, a TLS reason), never the proxy URL: kept short and plain.
    const cause = failed[1]!
    const code = SYSTEM_CODE.exec(cause)?.[1]
    const why = code ?? cause.replace(/[^\x20-\x7e]/g, '').slice(0, 100)
    return new HttpError('proxy', `${proxy} is unreachable (${why})`, code)
  }
  if (err.message === 'got illegal response body from proxy') {
    return new HttpError('proxy', `${proxy} sent data before opening the tunnel to ${url.host}`)
  }
  return undefined
}

/** The proxy http-client's agent will use for `url` (none for NO_PROXY hosts and loopback). */
function proxyFor(url: URL): URL | undefined {
  const proxy = getProxyUrl(url)
  return proxy?.hostname ? proxy : undefined
}

export const request: HttpClient = async req => {
  const { url } = req
  if (url.protocol !== 'https:') {
    throw new HttpError(
      'insecure',
      `refusing to send a request over ${url.protocol.replace(':', '')}: only https is allowed`
    )
  }
  // Also checked here, not only by the steps: this client never goes direct past a bad proxy.
  const badProxy = proxyEnvProblem(process.env)
  if (badProxy) {
    throw new HttpError('proxy', `${badProxy.name} is set but cannot be used: ${badProxy.problem}`)
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), req.timeoutMs)
  const proxy = proxyFor(url)
  try {
    // http-client sets the User-Agent itself, from its constructor argument.
    const headers: Record<string, string> = {}
    let userAgent: string | undefined
    for (const [k, v] of Object.entries(req.headers ?? {})) {
      if (k.toLowerCase() === 'user-agent') userAgent = v
      else headers[k] = v
    }
    const client = new ToolkitClient(userAgent, [forAttempt(controller.signal)], {
      allowRedirects: false,
      allowRetries: false,
      keepAlive: false
    })
    // `undefined` data sends no body; a string gets its Content-Length from http-client.
    const res = await client.request(req.method, url.href, req.body as string, headers)
    const text = await readBody(res.message, req.maxBytes ?? DEFAULT_MAX_BYTES, url)
    return {
      status: res.message.statusCode ?? 0,
      statusText: res.message.statusMessage ?? '',
      headers: res.message.headers,
      body: text
    }
  } catch (err) {
    // Past the time limit every failure (an abort, a body cut short) is the timeout.
    if (controller.signal.aborted) {
      throw new HttpError(
        'timeout',
        `${url.host} did not answer within ${formatSeconds(req.timeoutMs)}`
      )
    }
    if (err instanceof HttpError) throw err
    const e = err as NodeJS.ErrnoException
    const viaProxy = proxy && proxyError(e, `proxy ${proxyName(proxy)}`, url)
    if (viaProxy) throw viaProxy
    const via = proxy ? ` through proxy ${proxyName(proxy)}` : ''
    throw new HttpError(
      'network',
      `could not reach ${url.host}${via}: ${e.code ?? e.message}`,
      e.code
    )
  } finally {
    clearTimeout(timer)
  }
}

export const formatSeconds = (ms: number): string =>
  ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`
