// The HTTPS plumbing the stack's servers share: the test certificate, a request log, and
// programmable faults consumed in order before normal handling.
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { proxiedPorts } from './proxy.js'

const tls = (name: string): string => fileURLToPath(new URL(`./tls/${name}`, import.meta.url))

/** The test CA (what NODE_EXTRA_CA_CERTS points at) and the server certificate's files. */
export const TLS = {
  caPath: tls('ca.pem'),
  certPath: tls('server.pem'),
  keyPath: tls('server.key')
}

/** A scripted answer that replaces normal handling for one request. */
export type Fault = (
  | {
      /** Answer with this status (and body/headers) instead of the real answer. */
      status: number
      headers?: Record<string, string>
      body?: string
      /** Default: application/json when the body parses as JSON, else text/plain. */
      contentType?: string
    }
  /** Destroy the connection without answering. */
  | { reset: true }
  /** Never answer (the connection is closed when the stack closes). */
  | { hang: true }
  /** 302 to this URL. */
  | { redirect: string }
  /** 200 with a body of this many bytes, streamed. */
  | { oversizeBytes: number }
  /** Wait, then handle the request normally. */
  | { delayMs: number }
) & {
  /** Only requests whose path contains this string consume the fault; others pass by. */
  match?: string
}

export interface LoggedRequest {
  method: string
  /** Path without the query string. */
  path: string
  /** Query parameters as parsed (each name → every value, in order). */
  query: Record<string, string[]>
  /** Headers of interest, every value kept (duplicates are visible). */
  headers: Record<string, string[]>
  /** The fault that answered this request, when one did. */
  fault?: string
  /** Time the request arrived (Date.now()). */
  at: number
  /** True when the request came through the stack's CONNECT proxy. */
  viaProxy: boolean
}

export interface RequestContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  log: LoggedRequest
  /** The raw request body (read before the handler runs). */
  body: string
}

export type Handler = (ctx: RequestContext) => unknown

const HEADERS_OF_INTEREST = new Set([
  'authorization',
  'accept',
  'content-type',
  'user-agent',
  'x-github-api-version',
  'host',
  'proxy-authorization'
])

/** Query parameters the way Go's url.ParseQuery sees them (`+` is a space). */
export function parseQuery(search: string): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (const [k, v] of new URLSearchParams(search)) (out[k] ??= []).push(v)
  return out
}

function headersOf(req: IncomingMessage): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = (req.rawHeaders[i] ?? '').toLowerCase()
    if (HEADERS_OF_INTEREST.has(name)) (out[name] ??= []).push(req.rawHeaders[i + 1] ?? '')
  }
  return out
}

export const sendJson = (
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {}
): void => {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...headers
  })
  res.end(body)
}

const describeFault = (f: Fault): string =>
  'status' in f
    ? `status ${f.status}`
    : 'reset' in f
      ? 'reset'
      : 'hang' in f
        ? 'hang'
        : 'redirect' in f
          ? 'redirect'
          : 'oversizeBytes' in f
            ? `oversize ${f.oversizeBytes}`
            : `delay ${f.delayMs}ms`

function streamOversize(res: ServerResponse, bytes: number): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(16 * 1024, 'a')
  let left = bytes
  res.write('{"token":"')
  const pump = (): void => {
    while (left > 0) {
      const n = Math.min(left, chunk.length)
      left -= n
      if (!res.write(chunk.subarray(0, n))) {
        res.once('drain', pump)
        return
      }
    }
    res.end('"}')
  }
  res.on('error', () => undefined)
  res.socket?.on('error', () => undefined)
  pump()
}

export interface TestServer {
  readonly name: string
  readonly port: number
  /** `127.0.0.1:port`, or `<name>.test:port` when started with test host names. */
  readonly host: string
  /** Every request, in arrival order (faulted ones included). */
  readonly requests: LoggedRequest[]
  /** Queues `fault` for the next `times` requests (after any already queued). */
  fault(fault: Fault, times?: number): void
  /** Faults still queued. */
  readonly pendingFaults: number
  /** Forgets the request log and any queued faults. */
  reset(): void
  close(): Promise<void>
}

export async function startServer(
  name: string,
  handler: Handler,
  opts: { hostName?: string } = {}
): Promise<TestServer> {
  const queue: Fault[] = []
  const requests: LoggedRequest[] = []
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()

  const server = https.createServer(
    { key: readFileSync(TLS.keyPath), cert: readFileSync(TLS.certPath) },
    (req, res) => {
      const url = new URL(req.url ?? '/', 'https://stack.invalid')
      const log: LoggedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: parseQuery(url.search),
        headers: headersOf(req),
        at: Date.now(),
        viaProxy: proxiedPorts.has(req.socket.remotePort ?? 0)
      }
      requests.push(log)
      const index = queue.findIndex(f => f.match === undefined || url.pathname.includes(f.match))
      const fault = index === -1 ? undefined : queue.splice(index, 1)[0]
      if (fault) log.fault = describeFault(fault)
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => {
        if (chunks.reduce((n, b) => n + b.length, 0) < 1024 * 1024) chunks.push(c)
      })
      req.on('error', () => undefined)
      req.on('end', () => {
        const ctx = { req, res, url, log, body: Buffer.concat(chunks).toString('utf8') }
        const run = (): void => {
          Promise.resolve(handler(ctx)).catch((e: unknown) => {
            if (!res.headersSent) sendJson(res, 500, { message: `stack ${name}: ${String(e)}` })
            else res.destroy()
          })
        }
        if (!fault) return run()
        if ('delayMs' in fault) {
          const t = setTimeout(() => {
            timers.delete(t)
            run()
          }, fault.delayMs)
          timers.add(t)
        } else if ('reset' in fault) {
          req.socket.destroy()
        } else if ('hang' in fault) {
          // Never answer; close() destroys the connection.
        } else if ('redirect' in fault) {
          res.writeHead(302, { location: fault.redirect, 'content-length': 0 })
          res.end()
        } else if ('oversizeBytes' in fault) {
          streamOversize(res, fault.oversizeBytes)
        } else {
          const body = fault.body ?? ''
          let json: boolean
          try {
            JSON.parse(body)
            json = body !== ''
          } catch {
            json = false
          }
          res.writeHead(fault.status, {
            'content-type': fault.contentType ?? (json ? 'application/json' : 'text/plain'),
            'content-length': Buffer.byteLength(body),
            ...fault.headers
          })
          res.end(body)
        }
      })
    }
  )
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    name,
    port,
    host: `${opts.hostName ?? '127.0.0.1'}:${port}`,
    requests,
    fault(fault, times = 1) {
      for (let i = 0; i < times; i++) queue.push(fault)
    },
    get pendingFaults() {
      return queue.length
    },
    reset() {
      requests.length = 0
      queue.length = 0
    },
    close: () =>
      new Promise<void>(resolve => {
        for (const t of timers) clearTimeout(t)
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
        server.closeAllConnections()
      })
  }
}

/** Adds `props` to `target` keeping getters live (Object.assign would copy their values). */
export function extend<T extends object, U extends object>(target: T, props: U): T & U {
  return Object.defineProperties(target, Object.getOwnPropertyDescriptors(props)) as T & U
}
