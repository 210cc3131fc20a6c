// The one HTTP client every request goes through. node:https directly, because Node's
// fetch (undici) costs more to load than this whole action takes to run. It:
// - speaks https only, and never follows a redirect (a token must not be sent elsewhere);
// - bounds each attempt in time, from connect to the last body byte;
// - stops reading a body past a size cap instead of buffering it;
// - tunnels through HTTPS_PROXY with CONNECT, honoring NO_PROXY (rules of @actions/http-client).
import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import type { Socket } from 'node:net'
import tls from 'node:tls'
import { getProxyUrl } from '@actions/http-client/lib/proxy'

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

const hostPort = (url: URL): { host: string; port: number } => ({
  host: url.hostname.replace(/^\[|\]$/g, ''),
  port: Number(url.port) || 443
})

function tunnel(proxy: URL, target: URL, signal: AbortSignal): Promise<Socket> {
  const { host, port } = hostPort(target)
  // CONNECT's authority form: an IPv6 address stays in brackets.
  const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`
  const headers: Record<string, string> = { host: authority }
  if (proxy.username || proxy.password) {
    // getProxyUrl's URL already decodes them; decoding again would corrupt a `%` in a password.
    const credentials = `${proxy.username}:${proxy.password}`
    headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`
  }
  const client = proxy.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = client.request({
      host: proxy.hostname.replace(/^\[|\]$/g, ''),
      port: Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80),
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
      signal
    })
    req.once('connect', (res, socket) => {
      if (res.statusCode === 200) return resolve(socket)
      socket.destroy()
      reject(
        new HttpError(
          'proxy',
          `proxy ${proxyName(proxy)} refused to connect to ${authority} (HTTP ${res.statusCode})`
        )
      )
    })
    req.once('error', err => {
      const code = (err as NodeJS.ErrnoException).code
      reject(
        signal.aborted
          ? err
          : new HttpError(
              'proxy',
              `proxy ${proxyName(proxy)} is unreachable (${code ?? err.message})`,
              code
            )
      )
    })
    req.end()
  })
}

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

// TLS connections opened ahead of a request (see `preconnect`), by `host:port`.
const warm = new Map<string, tls.TLSSocket>()

const tlsOptions = (host: string): tls.ConnectionOptions => ({
  host,
  ...(isIP(host) ? {} : { servername: host })
})

/**
 * Starts the TCP and TLS handshakes with a host a later request will go to, so they overlap
 * other work (the STS while the OIDC token is requested). Sends nothing but the handshake; not
 * used through a proxy. A socket that fails or closes first is dropped and the request dials.
 */
export function preconnect(url: URL): void {
  if (url.protocol !== 'https:' || getProxyUrl(url)) return
  const { host, port } = hostPort(url)
  const key = `${host}:${port}`
  if (warm.has(key)) return
  const socket = tls.connect({ ...tlsOptions(host), port })
  const drop = (): void => {
    if (warm.get(key) === socket) warm.delete(key)
  }
  socket.on('error', drop).once('close', drop)
  socket.unref() // an unused handshake must not keep the step alive
  warm.set(key, socket)
}

function takeWarm(host: string, port: number): tls.TLSSocket | undefined {
  const key = `${host}:${port}`
  const socket = warm.get(key)
  warm.delete(key)
  if (!socket || socket.destroyed) return undefined
  socket.ref()
  return socket
}

export const request: HttpClient = async req => {
  const { url } = req
  if (url.protocol !== 'https:') {
    throw new HttpError(
      'insecure',
      `refusing to send a request over ${url.protocol.replace(':', '')}: only https is allowed`
    )
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), req.timeoutMs)
  const proxy = getProxyUrl(url)
  try {
    const { host, port } = hostPort(url)
    const tunnelled = proxy ? await tunnel(proxy, url, controller.signal) : undefined
    const ready = tunnelled ? undefined : takeWarm(host, port)
    const connection = tunnelled
      ? () => tls.connect({ ...tlsOptions(host), socket: tunnelled })
      : ready && (() => ready)
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8')
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const r = https.request(
        {
          host,
          port,
          method: req.method,
          path: url.pathname + url.search,
          headers: {
            ...req.headers,
            ...(body ? { 'content-length': String(body.length) } : {})
          },
          signal: controller.signal,
          // No `agent` here: with one (even `agent: false`) Node ignores `createConnection`
          // and dials the target directly, bypassing the tunnel. Through a tunnel, `host`
          // makes TLS check the certificate against the target, not the proxy.
          ...(connection ? { createConnection: connection } : {})
        },
        resolve
      )
      r.once('error', reject)
      r.end(body)
    })
    const text = await readBody(res, req.maxBytes ?? DEFAULT_MAX_BYTES, url)
    return {
      status: res.statusCode ?? 0,
      statusText: res.statusMessage ?? '',
      headers: res.headers,
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
