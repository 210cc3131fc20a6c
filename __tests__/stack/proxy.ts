// A tiny HTTP CONNECT proxy (plain http on 127.0.0.1), as a self-hosted runner's egress proxy:
// it tunnels `CONNECT host:port` to 127.0.0.1:port for `*.test` names and loopback, and logs
// every tunnel it was asked for.
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import net from 'node:net'

export interface ProxyConnect {
  /** What the client asked for: `host:port`. */
  target: string
  /** The Proxy-Authorization header, if any. */
  proxyAuthorization?: string
  /** 200 when tunnelled, else the refusal status. */
  status: number
  at: number
}

export interface ProxyServer {
  readonly port: number
  /** http://127.0.0.1:port (with `user:pass@` when credentials are required). */
  readonly url: string
  /** Targets of every CONNECT, in order (`sts.test:1234`). */
  readonly connects: string[]
  /** Details of every CONNECT. */
  readonly log: ProxyConnect[]
  /** Plain (non-CONNECT) requests it received: `METHOD url`. */
  readonly plainRequests: string[]
  reset(): void
  close(): Promise<void>
}

/**
 * Local ports of the proxy's upstream connections: a server seeing a request from one of them
 * knows it came through the proxy (see LoggedRequest.viaProxy).
 */
export const proxiedPorts = new Set<number>()

const TUNNELABLE = /^(?:.+\.test|127\.0\.0\.1|localhost|\[::1\])$/i

export async function startProxy(
  opts: { auth?: { username: string; password: string } } = {}
): Promise<ProxyServer> {
  const connects: string[] = []
  const log: ProxyConnect[] = []
  const plainRequests: string[] = []
  const sockets = new Set<Socket>()
  const expected = opts.auth
    ? `Basic ${Buffer.from(`${opts.auth.username}:${opts.auth.password}`).toString('base64')}`
    : undefined

  const server = http.createServer((req, res) => {
    plainRequests.push(`${req.method} ${req.url}`)
    res.writeHead(405, { 'content-type': 'text/plain' })
    res.end('this test proxy only tunnels (CONNECT)\n')
  })
  server.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    const target = req.url ?? ''
    const proxyAuthorization = req.headers['proxy-authorization']
    const entry: ProxyConnect = {
      target,
      ...(proxyAuthorization ? { proxyAuthorization } : {}),
      status: 200,
      at: Date.now()
    }
    connects.push(target)
    log.push(entry)
    client.on('error', () => undefined)
    const refuse = (status: number, reason: string, extra = ''): void => {
      entry.status = status
      client.end(`HTTP/1.1 ${status} ${reason}\r\n${extra}Content-Length: 0\r\n\r\n`)
    }
    if (expected && proxyAuthorization !== expected) {
      return refuse(
        407,
        'Proxy Authentication Required',
        'Proxy-Authenticate: Basic realm="test"\r\n'
      )
    }
    const m = /^(.+):(\d{1,5})$/.exec(target)
    if (!m || !TUNNELABLE.test(m[1] ?? '')) return refuse(403, 'Forbidden')
    let established = false
    const upstream = net.connect(Number(m[2]), '127.0.0.1', () => {
      established = true
      const local = upstream.localPort
      if (local) {
        proxiedPorts.add(local)
        upstream.once('close', () => proxiedPorts.delete(local))
      }
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => {
      // After the 200 the bytes belong to the tunnel: an error just ends it.
      if (established) client.destroy()
      else if (!client.destroyed) refuse(502, 'Bad Gateway')
    })
  })
  server.on('connection', (s: Socket) => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const creds = opts.auth
    ? `${encodeURIComponent(opts.auth.username)}:${encodeURIComponent(opts.auth.password)}@`
    : ''
  return {
    port,
    url: `http://${creds}127.0.0.1:${port}`,
    connects,
    log,
    plainRequests,
    reset() {
      connects.length = 0
      log.length = 0
      plainRequests.length = 0
    },
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve())
        for (const s of sockets) s.destroy()
        server.closeAllConnections()
      })
  }
}
