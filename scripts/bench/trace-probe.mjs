// Preload (`node --import`) for `npm run bench -- --profile`: records when Node finished
// booting, each HTTPS request's phases (socket, TCP connect, TLS handshake, first response byte,
// last byte) and when the process exits, as milliseconds since the process started, into
// $BENCH_TRACE_FILE. Reads no request or response content. Prints nothing.
import dc from 'node:diagnostics_channel'
import { writeFileSync } from 'node:fs'

/* global performance */

const file = process.env.BENCH_TRACE_FILE
if (file) {
  const now = () => Number(performance.now().toFixed(2))
  const trace = { bootMs: now(), requests: [], exitMs: 0 }
  dc.subscribe('http.client.request.start', ({ request }) => {
    const r = { host: String(request.host ?? ''), method: request.method, startMs: now() }
    trace.requests.push(r)
    const watch = socket => {
      r.socketMs = now()
      if (!socket.connecting) return
      socket.once('connect', () => (r.connectMs = now()))
      socket.once('secureConnect', () => (r.tlsMs = now()))
    }
    // Node publishes this channel when the request is written, usually with its socket set.
    if (request.socket) watch(request.socket)
    else request.once('socket', watch)
    request.once('response', res => {
      r.responseMs = now()
      res.once('end', () => (r.endMs = now()))
    })
  })
  process.on('exit', () => {
    trace.exitMs = now()
    writeFileSync(file, JSON.stringify(trace))
  })
}
