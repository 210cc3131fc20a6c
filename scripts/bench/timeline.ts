// Where a step's wall time goes, from both ends of each request: the step's own timeline
// (written by trace-probe.mjs inside the step) and the local servers' timeline (recorded here,
// in the process that hosts the stack, through Node's diagnostics channels).
import dc from 'node:diagnostics_channel'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { median, round } from './stats.js'

export interface ClientTrace {
  bootMs: number
  exitMs: number
  requests: {
    host: string
    method: string
    startMs: number
    socketMs?: number
    connectMs?: number
    tlsMs?: number
    responseMs?: number
    endMs?: number
  }[]
}

export interface ServerEvent {
  port: number
  /** performance.now() of this process. */
  acceptMs: number
  requestMs?: number
  finishMs?: number
}

/** Records, per local server port, when each connection was accepted, its request parsed and
 * its response finished. Call the returned function to stop. */
export function recordServerEvents(events: ServerEvent[]): () => void {
  const open = new Map<number, ServerEvent[]>()
  const onSocket = ({ socket }: { socket: Socket }): void => {
    const e: ServerEvent = { port: socket.localPort ?? 0, acceptMs: performance.now() }
    events.push(e)
    open.set(e.port, [...(open.get(e.port) ?? []), e])
  }
  const onRequest = ({ socket }: { request: IncomingMessage; socket: Socket }): void => {
    const e = open.get(socket.localPort ?? 0)?.find(x => x.requestMs === undefined)
    if (e) e.requestMs = performance.now()
  }
  const onFinish = ({ response }: { response: ServerResponse }): void => {
    const port = response.socket?.localPort ?? 0
    const e = open.get(port)?.find(x => x.requestMs !== undefined && x.finishMs === undefined)
    if (e) e.finishMs = performance.now()
  }
  const subs: [string, (m: never) => void][] = [
    ['net.server.socket', onSocket],
    ['http.server.request.start', onRequest],
    ['http.server.response.finish', onFinish]
  ]
  for (const [name, fn] of subs) dc.subscribe(name, fn as (m: unknown) => void)
  return () => {
    for (const [name, fn] of subs) dc.unsubscribe(name, fn as (m: unknown) => void)
  }
}

/** One step run's phases in ms. Request phases are numbered in request order (r1, r2…). */
export type Phases = Record<string, number>

export function phasesOf(
  wallMs: number,
  client: ClientTrace,
  server: ServerEvent[],
  portName: (port: number) => string
): Phases {
  const p: Phases = { 'node boot (until preload)': client.bootMs }
  let cursor = client.bootMs
  client.requests.forEach((r, i) => {
    const n = `r${i + 1}`
    const s = server[i]
    const who = s ? portName(s.port) : r.host
    p[`${n} ${who}: before request (load, JS)`] = r.startMs - cursor
    if (r.connectMs !== undefined && r.tlsMs !== undefined) {
      p[`${n} ${who}: TCP connect`] = r.connectMs - r.startMs
      p[`${n} ${who}: TLS handshake`] = r.tlsMs - r.connectMs
    }
    if (s?.requestMs !== undefined) {
      p[`${n} ${who}:   server: accept → request parsed (TLS + read)`] = s.requestMs - s.acceptMs
    }
    if (r.responseMs !== undefined) {
      p[`${n} ${who}: request → response headers`] = r.responseMs - (r.tlsMs ?? r.startMs)
      if (s?.requestMs !== undefined && s.finishMs !== undefined) {
        p[`${n} ${who}:   of which server handler`] = s.finishMs - s.requestMs
      }
    }
    if (r.endMs !== undefined) p[`${n} ${who}: body`] = r.endMs - (r.responseMs ?? r.startMs)
    cursor = r.endMs ?? r.responseMs ?? r.startMs
  })
  p['after last response → exit (JS, files, exit)'] = client.exitMs - cursor
  p['spawn + teardown (outside the child clock)'] = wallMs - client.exitMs
  p['total wall'] = wallMs
  return p
}

/** Median of each phase over several runs (phases missing in a run are left out of it). */
export function medianPhases(runs: Phases[]): Phases {
  const keys: string[] = []
  for (const r of runs) for (const k of Object.keys(r)) if (!keys.includes(k)) keys.push(k)
  return Object.fromEntries(
    keys.map(k => [
      k,
      round(median(runs.map(r => r[k]).filter((x): x is number => x !== undefined)))
    ])
  )
}
