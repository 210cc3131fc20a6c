// src/http.ts against real local servers: an HTTPS server with the test CA's certificate and a
// small CONNECT proxy. src/http.ts trusts the default store only (the action gets the test CA
// through NODE_EXTRA_CA_CERTS, which Node reads at start-up), so for these in-process tests
// tls.connect is wrapped to add the test CA when a connection names none — the one way to
// reach both the agent's connections and the proxy tunnel's (`tls.connect(0, options)`),
// without changing src.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import type { AddressInfo, Socket } from 'node:net'
import tls from 'node:tls'
import {
  checkProxyEnv,
  DEFAULT_MAX_BYTES,
  formatSeconds,
  HttpError,
  proxyName,
  request
} from '../../src/net/http.js'
import type { HttpRequest } from '../../src/net/http.js'
import { ActionError } from '../../src/errors.js'
import { getProxyUrl } from '@actions/http-client/lib/proxy'

const tlsFile = (name: string): Buffer =>
  readFileSync(new URL(`../stack/tls/${name}`, import.meta.url))
const ca = tlsFile('ca.pem')

const withCa = (arg: unknown): unknown =>
  arg && typeof arg === 'object' && (arg as tls.ConnectionOptions).ca === undefined
    ? { ...arg, ca }
    : arg
const realConnect = tls.connect
beforeAll(() => {
  tls.connect = ((...args: unknown[]) =>
    (realConnect as (...a: unknown[]) => tls.TLSSocket)(
      ...(typeof args[0] === 'number'
        ? [args[0], withCa(args[1]), ...args.slice(2)]
        : [withCa(args[0]), ...args.slice(1)])
    )) as typeof tls.connect
})
afterAll(() => {
  tls.connect = realConnect
})

// Proxy settings are read from the environment per request; each test sets its own.
const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const
const savedProxyEnv = Object.fromEntries(PROXY_VARS.map(k => [k, process.env[k]]))
const setProxyEnv = (vars: Partial<Record<(typeof PROXY_VARS)[number], string>>): void => {
  for (const k of PROXY_VARS) delete process.env[k]
  Object.assign(process.env, vars)
}
afterEach(() => {
  for (const k of PROXY_VARS) {
    if (savedProxyEnv[k] === undefined) delete process.env[k]
    else process.env[k] = savedProxyEnv[k]
  }
})
beforeAll(() => setProxyEnv({}))

interface Seen {
  method: string
  url: string
  headers: http.IncomingHttpHeaders
  body: string
}
const seen: Seen[] = []

const server = https.createServer(
  { cert: tlsFile('server.pem'), key: tlsFile('server.key') },
  (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8')
      })
      const route = ROUTES[new URL(req.url ?? '/', 'https://x').pathname]
      if (route) route(req, res)
      else res.writeHead(404).end('no route')
    })
  }
)

const ROUTES: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
  '/ok': (req, res) =>
    res
      .writeHead(200, 'Fine', { 'content-type': 'application/json', 'x-multi': ['a', 'b'] })
      .end(JSON.stringify({ token: 'ghs_x', host: req.headers.host })),
  '/unauthorized': (_req, res) =>
    res.writeHead(401, { 'www-authenticate': 'Bearer' }).end('{"message":"Bad credentials"}'),
  '/utf8': (_req, res) => res.writeHead(200).end(Buffer.from('Zürich ✓', 'utf8')),
  '/hang': () => {
    /* never answers */
  },
  '/hang-body': (_req, res) => {
    res.writeHead(200, { 'content-length': '100' })
    res.write('partial')
  },
  '/big-declared': (_req, res) => {
    res.writeHead(200, { 'content-length': String(DEFAULT_MAX_BYTES + 1) })
    res.write('x'.repeat(100))
  },
  '/big-stream': (_req, res) => {
    res.writeHead(200) // chunked: no content-length to go by
    const chunk = 'y'.repeat(4096)
    let sent = 0
    const pump = (): void => {
      while (sent < 40) {
        sent++
        if (!res.write(chunk)) return void res.once('drain', pump)
      }
      res.end()
    }
    pump()
  },
  '/exact': (_req, res) => res.writeHead(200).end('z'.repeat(1024)),
  '/redirect': (_req, res) =>
    res.writeHead(302, { location: 'https://127.0.0.1:1/stolen' }).end('moved'),
  '/cut': (req, res) => {
    res.writeHead(200, { 'content-length': '1000' })
    res.write('part of it', () => req.socket.destroy())
  }
}

let port: number
let base: string
beforeAll(async () => {
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  base = `https://127.0.0.1:${port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

const get = (path: string, over: Partial<HttpRequest> = {}): ReturnType<typeof request> =>
  request({ method: 'GET', url: new URL(path, over.url ?? base), timeoutMs: 5000, ...over })

/** The HttpError a request fails with (or a test failure when it succeeds). */
async function failure(p: Promise<unknown>): Promise<HttpError> {
  const e = await p.then(
    r => {
      throw new Error(`expected a failure, got ${JSON.stringify(r)}`)
    },
    (err: unknown) => err
  )
  expect(e).toBeInstanceOf(HttpError)
  return e as HttpError
}

/** Resolves once `cond()` holds; fails the test after `ms`. */
async function eventually(cond: () => Promise<boolean> | boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms
  while (!(await cond())) {
    if (Date.now() > until) throw new Error('condition not met in time')
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

const openConnections = (): Promise<number> =>
  new Promise((resolve, reject) =>
    server.getConnections((err, n) => (err ? reject(err) : resolve(n)))
  )

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = net.createServer()
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  const p = (s.address() as AddressInfo).port
  await new Promise(resolve => s.close(resolve))
  return p
}

describe('request (direct)', () => {
  it('returns status, reason, headers and the UTF-8 body, sending method, headers and body', async () => {
    seen.length = 0
    const res = await request({
      method: 'POST',
      url: new URL(`${base}/ok?scope=acme%2Fw&identity=a%2Bb`),
      headers: { authorization: 'Bearer jwt', 'user-agent': 'test-agent' },
      body: 'a=1&b=ü',
      timeoutMs: 5000
    })
    expect(res.status).toBe(200)
    expect(res.statusText).toBe('Fine')
    expect(res.headers['content-type']).toBe('application/json')
    expect(res.headers['x-multi']).toBe('a, b')
    expect(JSON.parse(res.body)).toEqual({ token: 'ghs_x', host: `127.0.0.1:${port}` })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({
      method: 'POST',
      url: '/ok?scope=acme%2Fw&identity=a%2Bb',
      body: 'a=1&b=ü',
      headers: expect.objectContaining({
        authorization: 'Bearer jwt',
        'user-agent': 'test-agent',
        'content-length': String(Buffer.byteLength('a=1&b=ü'))
      })
    })
    expect((await get('/utf8')).body).toBe('Zürich ✓')
  })

  it('refuses anything but https before connecting', async () => {
    seen.length = 0
    for (const url of [`http://127.0.0.1:${port}/ok`, 'ftp://example.com/x']) {
      const e = await failure(get(url))
      expect(e.code).toBe('insecure')
      expect(e.message).toMatch(
        /^refusing to send a request over (http|ftp): only https is allowed$/
      )
    }
    expect(seen).toHaveLength(0)
  })

  it('returns a 401 as is (no authentication handler steps in)', async () => {
    const res = await get('/unauthorized')
    expect(res.status).toBe(401)
    expect(res.body).toBe('{"message":"Bad credentials"}')
  })

  it('returns a redirect as is, without following it', async () => {
    seen.length = 0
    const res = await get('/redirect')
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe('https://127.0.0.1:1/stolen')
    expect(res.body).toBe('moved')
    expect(seen.map(s => s.url)).toEqual(['/redirect'])
  })

  it('times out a server that never answers, within the attempt time', async () => {
    const started = Date.now()
    const e = await failure(get('/hang', { timeoutMs: 300 }))
    expect(e.code).toBe('timeout')
    expect(e.message).toBe(`127.0.0.1:${port} did not answer within 0.3s`)
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('times out a body that stops mid-way (the bound covers every byte)', async () => {
    const e = await failure(get('/hang-body', { timeoutMs: 300 }))
    expect(e.code).toBe('timeout')
  })

  it.each(['/hang', '/hang-body'])(
    'closes the connection of an attempt timed out on %s',
    async path => {
      await eventually(async () => (await openConnections()) === 0)
      const connected = new Promise<void>(resolve =>
        server.once('secureConnection', () => resolve())
      )
      const attempt = failure(get(path, { timeoutMs: 300 }))
      await connected
      expect(await openConnections()).toBe(1)
      expect((await attempt).code).toBe('timeout')
      // The request was aborted, not abandoned: the server sees the socket close.
      await eventually(async () => (await openConnections()) === 0)
    }
  )

  it('sends no body and no Content-Length for a DELETE, and a given User-Agent as is', async () => {
    seen.length = 0
    await request({
      method: 'DELETE',
      url: new URL('/ok', base),
      headers: { Authorization: 'Bearer t', 'User-Agent': 'octo-sts-token-action' },
      timeoutMs: 5000
    })
    expect(seen[0]?.method).toBe('DELETE')
    expect(seen[0]?.body).toBe('')
    expect(seen[0]?.headers['content-length']).toBeUndefined()
    expect(seen[0]?.headers['user-agent']).toBe('octo-sts-token-action')
    expect(seen[0]?.headers.authorization).toBe('Bearer t')
  })

  it('connects to an IPv6 literal directly', async () => {
    const v6 = https.createServer(
      { cert: tlsFile('server.pem'), key: tlsFile('server.key') },
      (req, res) => res.end(`host ${req.headers.host}`)
    )
    await new Promise<void>(resolve => v6.listen(0, '::1', resolve))
    try {
      const p = (v6.address() as AddressInfo).port
      const res = await get(`https://[::1]:${p}/`)
      expect(res.body).toBe(`host [::1]:${p}`)
    } finally {
      v6.closeAllConnections()
      await new Promise(resolve => v6.close(resolve))
    }
  })

  it('cuts off a body announced larger than the cap', async () => {
    const e = await failure(get('/big-declared'))
    expect(e.code).toBe('too-large')
    expect(e.message).toBe(`127.0.0.1:${port} sent a response larger than 64 KiB; it was cut off`)
  })

  it('cuts off a streamed body once it passes the cap', async () => {
    const e = await failure(get('/big-stream', { maxBytes: 10 * 1024 }))
    expect(e.code).toBe('too-large')
    expect(e.message).toContain('larger than 10 KiB')
    const all = await get('/big-stream', { maxBytes: 40 * 4096 })
    expect(all.body).toHaveLength(40 * 4096)
  })

  it('accepts a body of exactly the cap', async () => {
    expect((await get('/exact', { maxBytes: 1024 })).body).toHaveLength(1024)
    expect((await failure(get('/exact', { maxBytes: 1023 }))).code).toBe('too-large')
  })

  it('reports a connection cut mid-answer as a network error', async () => {
    const e = await failure(get('/cut'))
    expect(e.code).toBe('network')
    expect(e.message).toMatch(
      new RegExp(
        `^(127\\.0\\.0\\.1:${port} closed the connection mid-answer|could not reach 127\\.0\\.0\\.1:${port}: \\w+)$`
      )
    )
  })

  it('reports a refused connection as a network error with its code', async () => {
    const closed = await closedPort()
    const e = await failure(get(`https://127.0.0.1:${closed}/x`))
    expect(e.code).toBe('network')
    expect(e.cause_code).toBe('ECONNREFUSED')
    expect(e.message).toBe(`could not reach 127.0.0.1:${closed}: ECONNREFUSED`)
  })

  it('formats seconds with one decimal under 10 s, whole seconds above', () => {
    expect(formatSeconds(0)).toBe('0.0s')
    expect(formatSeconds(1250)).toBe('1.3s')
    expect(formatSeconds(9949)).toBe('9.9s')
    expect(formatSeconds(10_000)).toBe('10s')
    expect(formatSeconds(61_600)).toBe('62s')
  })

  it('names a proxy by host and port only', () => {
    expect(proxyName(new URL('http://user:secret@proxy.corp:3128'))).toBe('proxy.corp:3128')
  })
})

interface Proxy {
  url: (auth?: string, protocol?: 'http' | 'https') => string
  connects: { target: string; auth: string | undefined; host: string | undefined }[]
  /** Answer CONNECT with this status instead of tunnelling (200 = tunnel). */
  status: number
  /** Never answer CONNECT. */
  hang: boolean
  /** Send bytes right after the 200, before any tunnelled byte. */
  junk: boolean
  /** Whether the client has closed the connection of the latest CONNECT. */
  lastClosed(): boolean
  close(): Promise<void>
}

/** A CONNECT proxy that sends every tunnel to the test server, whatever host was asked for. */
async function startProxy(kind: 'http' | 'https' = 'http', host = '127.0.0.1'): Promise<Proxy> {
  const srv =
    kind === 'https'
      ? https.createServer({ cert: tlsFile('server.pem'), key: tlsFile('server.key') })
      : http.createServer()
  const sockets = new Set<Socket>()
  let lastClosed = false
  const proxy: Proxy = {
    connects: [],
    status: 200,
    hang: false,
    junk: false,
    lastClosed: () => lastClosed,
    url: (auth = '', protocol = kind) =>
      `${protocol}://${auth ? auth + '@' : ''}${host.includes(':') ? `[${host}]` : host}:${(srv.address() as AddressInfo).port}`,
    close: async () => {
      for (const s of sockets) s.destroy()
      srv.closeAllConnections()
      await new Promise(resolve => srv.close(resolve))
    }
  }
  srv.on('connect', (req: http.IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client)
    lastClosed = false
    // The proxy's side stays half-open after the client's FIN (http.Server allows it).
    const closed = (): void => void (lastClosed = true)
    client.once('end', closed).once('close', closed)
    proxy.connects.push({
      target: req.url ?? '',
      auth: req.headers['proxy-authorization'],
      host: req.headers.host
    })
    if (proxy.hang) return
    if (proxy.junk) {
      client.end('HTTP/1.1 200 Connection Established\r\n\r\nnot TLS')
      return
    }
    if (proxy.status !== 200) {
      client.end(`HTTP/1.1 ${proxy.status} Nope\r\ncontent-length: 0\r\n\r\n`)
      return
    }
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => srv.listen(0, host, resolve))
  return proxy
}

describe('request (through HTTPS_PROXY)', () => {
  let proxy: Proxy
  beforeAll(async () => {
    proxy = await startProxy()
  })
  afterAll(() => proxy.close())
  afterEach(() => {
    proxy.connects.length = 0
    proxy.status = 200
    proxy.hang = false
    proxy.junk = false
  })

  it('tunnels with CONNECT to the named host and verifies TLS for that name', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url() })
    seen.length = 0
    const res = await get(`https://sts.test:${port}/ok`)
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body).host).toBe(`sts.test:${port}`)
    expect(proxy.connects).toEqual([
      { target: `sts.test:${port}`, auth: undefined, host: `sts.test:${port}` }
    ])
    expect(seen.map(s => s.url)).toEqual(['/ok'])
  })

  it('reads https_proxy too, and asks for port 443 when the URL has none', async () => {
    setProxyEnv({ https_proxy: proxy.url() })
    const res = await get('https://api.test/ok')
    expect(res.status).toBe(200)
    expect(proxy.connects.map(c => c.target)).toEqual(['api.test:443'])
  })

  it('sends proxy credentials once decoded, as Basic auth', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url('us%40er:p%25ss%3Aw') })
    await get(`https://sts.test:${port}/ok`)
    expect(proxy.connects[0]?.auth).toBe(`Basic ${Buffer.from('us@er:p%ss:w').toString('base64')}`)
  })

  it('keeps an IPv6 target in brackets and checks the certificate against it', async () => {
    // ::ffff:127.0.0.1 is not on the loopback bypass list, so it goes through the proxy; the
    // test certificate names 127.0.0.1 and ::1 only, so TLS must refuse it (checking the
    // proxy's address instead would wrongly accept).
    setProxyEnv({ HTTPS_PROXY: proxy.url() })
    const e = await failure(get(`https://[::ffff:127.0.0.1]:${port}/ok`))
    expect(proxy.connects.map(c => c.target)).toEqual([`[::ffff:7f00:1]:${port}`])
    expect(e.code).toBe('network')
    expect(e.cause_code).toBe('ERR_TLS_CERT_ALTNAME_INVALID')
    expect(e.message).toBe(
      `could not reach [::ffff:7f00:1]:${port} through proxy 127.0.0.1:${new URL(proxy.url()).port}: ERR_TLS_CERT_ALTNAME_INVALID`
    )
  })

  it('bypasses the proxy per NO_PROXY', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url(), NO_PROXY: 'example.org, .test' })
    // Direct: sts.test normally resolves nowhere, so the attempt fails without the proxy
    // (where a resolver maps *.test to 127.0.0.1 it succeeds, still without the proxy).
    const outcome = await get(`https://sts.test:${port}/ok`, { timeoutMs: 3000 }).then(
      res => res.status,
      (e: HttpError) => e
    )
    expect(proxy.connects).toEqual([])
    if (outcome instanceof HttpError) {
      expect(['network', 'timeout']).toContain(outcome.code)
      expect(outcome.message).not.toContain('proxy')
    } else {
      expect(outcome).toBe(200)
    }
  })

  it('never proxies loopback addresses', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url() })
    expect((await get('/ok')).status).toBe(200)
    expect(proxy.connects).toEqual([])
  })

  it('reports a proxy that refuses the tunnel, without its credentials', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url('user:hunter2') })
    proxy.status = 407
    const e = await failure(get(`https://sts.test:${port}/ok`))
    expect(e.code).toBe('proxy')
    expect(e.message).toBe(
      `proxy 127.0.0.1:${new URL(proxy.url()).port} refused to connect to sts.test:${port} (HTTP 407)`
    )
    expect(e.message).not.toContain('hunter2')
  })

  it('reports an unreachable proxy by host:port, without its credentials', async () => {
    const closed = await closedPort()
    setProxyEnv({ HTTPS_PROXY: `http://user:hunter2@127.0.0.1:${closed}` })
    const e = await failure(get(`https://sts.test:${port}/ok`))
    expect(e.code).toBe('proxy')
    expect(e.cause_code).toBe('ECONNREFUSED')
    expect(e.message).toBe(`proxy 127.0.0.1:${closed} is unreachable (ECONNREFUSED)`)
  })

  it.each(['http', 'https'])('takes the default port for an %s proxy URL without one', async p => {
    // Nothing listens on 127.0.0.1:80/443 here; the error names the proxy without a port.
    setProxyEnv({ HTTPS_PROXY: `${p}://127.0.0.1` })
    const e = await failure(get(`https://sts.test:${port}/ok`, { timeoutMs: 3000 }))
    expect(e.code).toBe('proxy')
    expect(e.message).toMatch(/^proxy 127\.0\.0\.1 is unreachable \(\w+\)$/)
  })

  it('reports a proxy that sends data before the tunnel is open', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url() })
    proxy.junk = true
    const e = await failure(get(`https://sts.test:${port}/ok`))
    expect(e.code).toBe('proxy')
    expect(e.message).toBe(
      `proxy 127.0.0.1:${new URL(proxy.url()).port} sent data before opening the tunnel to sts.test:${port}`
    )
  })

  it('reports a proxy that does not speak TLS when HTTPS_PROXY says https://', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url('user:hunter2', 'https') })
    const e = await failure(get(`https://sts.test:${port}/ok`))
    expect(e.code).toBe('proxy')
    expect(e.message).toMatch(/^proxy 127\.0\.0\.1:\d+ is unreachable \(.+\)$/)
    expect(e.message).not.toContain('hunter2')
    expect(proxy.connects).toEqual([])
  })

  it('times out a proxy that never answers CONNECT', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url() })
    proxy.hang = true
    const e = await failure(get(`https://sts.test:${port}/ok`, { timeoutMs: 300 }))
    expect(e.code).toBe('timeout')
    expect(e.message).toBe(`sts.test:${port} did not answer within 0.3s`)
    expect(proxy.connects).toHaveLength(1)
    // The CONNECT request was aborted too: nothing keeps the step alive after its failure.
    await eventually(() => proxy.lastClosed())
  })

  it('times out a body that stops mid-way through the tunnel, and closes the tunnel', async () => {
    setProxyEnv({ HTTPS_PROXY: proxy.url() })
    const e = await failure(get(`https://sts.test:${port}/hang-body`, { timeoutMs: 300 }))
    expect(e.code).toBe('timeout')
    expect(proxy.connects).toHaveLength(1)
    await eventually(() => proxy.lastClosed())
  })

  it('bypasses the proxy for a NO_PROXY entry with the port, and for *', async () => {
    for (const noProxy of [`sts.test:${port}`, '*']) {
      setProxyEnv({ HTTPS_PROXY: proxy.url(), no_proxy: noProxy })
      await get(`https://sts.test:${port}/ok`, { timeoutMs: 3000 }).catch(() => undefined)
      expect(proxy.connects).toEqual([])
    }
    // Another port is not bypassed.
    setProxyEnv({ HTTPS_PROXY: proxy.url(), NO_PROXY: 'sts.test:1' })
    expect((await get(`https://sts.test:${port}/ok`)).status).toBe(200)
    expect(proxy.connects.map(c => c.target)).toEqual([`sts.test:${port}`])
  })

  it('sends nothing when HTTPS_PROXY is set but unusable (never directly instead)', async () => {
    seen.length = 0
    setProxyEnv({ HTTPS_PROXY: `http://user:p%zzss@127.0.0.1:${new URL(proxy.url()).port}` })
    for (const target of [`https://sts.test:${port}/ok`, `${base}/ok`]) {
      const e = await failure(get(target))
      expect(e.code).toBe('proxy')
      expect(e.message).toBe(
        'HTTPS_PROXY is set but cannot be used: its password is not validly percent-encoded (a % must start an escape such as %25 or %40)'
      )
    }
    expect(proxy.connects).toEqual([])
    expect(seen).toEqual([])
  })

  it('reaches a proxy at an IPv6 literal', async () => {
    const v6 = await startProxy('http', '::1')
    try {
      setProxyEnv({ HTTPS_PROXY: v6.url() })
      expect((await get(`https://sts.test:${port}/ok`)).status).toBe(200)
      expect(v6.connects.map(c => c.target)).toEqual([`sts.test:${port}`])
    } finally {
      await v6.close()
    }
  })

  it('speaks TLS to an https:// proxy', async () => {
    const tlsProxy = await startProxy('https')
    try {
      setProxyEnv({ HTTPS_PROXY: tlsProxy.url() })
      expect((await get(`https://sts.test:${port}/ok`)).status).toBe(200)
      expect(tlsProxy.connects.map(c => c.target)).toEqual([`sts.test:${port}`])
    } finally {
      await tlsProxy.close()
    }
  })
})

describe('checkProxyEnv', () => {
  // What http-client itself makes of the variable: the proxy its agent would use, if any.
  const toolkitProxy = (value: string): URL | undefined => {
    setProxyEnv({ HTTPS_PROXY: value })
    try {
      const url = getProxyUrl(new URL('https://sts.example'))
      return url?.hostname && /^https?:$/.test(url.protocol) ? url : undefined
    } catch {
      return undefined
    }
  }

  it.each([
    'http://proxy.corp:3128',
    'https://proxy.corp',
    'http://us%40er:p%25ss%3Aw@proxy.corp:3128',
    'http://user:p@ss@proxy.corp:3128', // the last @ ends the credentials
    '10.0.0.1:3128', // http-client prepends http://
    'proxy.corp'
  ])('accepts %s, which http-client uses', value => {
    expect(toolkitProxy(value)).toBeDefined()
    expect(() => checkProxyEnv({ HTTPS_PROXY: value })).not.toThrow()
  })

  it('accepts no proxy at all', () => {
    expect(() => checkProxyEnv({})).not.toThrow()
    expect(() => checkProxyEnv({ HTTPS_PROXY: '', https_proxy: '' })).not.toThrow()
  })

  it.each([
    ['http://jdoe:p%zzss@proxy.test:3128', 'its password is not validly percent-encoded'],
    ['http://jdoe:p%ffss@proxy.test:3128', 'its password is not validly percent-encoded'],
    ['https://jd%zoe:secretpw@proxy.test', 'its user name is not validly percent-encoded'],
    ['proxy.test:3128', 'it does not start with http:// or https://'],
    ['jdoe:secretpw@proxy.test:3128', 'it does not start with http:// or https://'],
    ['socks5://jdoe:secretpw@proxy.test:1080', 'it does not start with http:// or https://'],
    ['http://:3128', 'it is not a valid URL'],
    ['proxy corp:3128', 'it is not a valid URL'],
    ['http://jdoe:secretpw@proxy.test:99999', 'it is not a valid URL'],
    ['http://jdoe:secretpw@[bad', 'it is not a valid URL']
  ])('refuses %s, which http-client cannot use, without echoing it', (value, problem) => {
    expect(toolkitProxy(value)).toBeUndefined()
    let error: unknown
    try {
      checkProxyEnv({ HTTPS_PROXY: value })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ActionError)
    const e = error as ActionError
    expect(e.kind).toBe('input')
    expect(e.what.startsWith(`HTTPS_PROXY is set but cannot be used: ${problem}`)).toBe(true)
    expect(e.fix).toContain('unset it')
    for (const secret of ['jdoe', 'jd%zoe', 'secretpw', 'zzss', 'ffss', 'proxy.test', value]) {
      expect(e.message).not.toContain(secret)
    }
  })

  it('checks the variable http-client reads: https_proxy first, then HTTPS_PROXY', () => {
    const bad = 'http://u:%zz@proxy.test'
    expect(() => checkProxyEnv({ https_proxy: 'http://ok.test', HTTPS_PROXY: bad })).not.toThrow()
    expect(() => checkProxyEnv({ https_proxy: bad, HTTPS_PROXY: 'http://ok.test' })).toThrow(
      /^https_proxy is set but cannot be used/
    )
    expect(() => checkProxyEnv({ https_proxy: '', HTTPS_PROXY: bad })).toThrow(
      /^HTTPS_PROXY is set but cannot be used/
    )
  })
})
