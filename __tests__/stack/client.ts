// A small HTTPS client for tests that talk to the stack directly (it trusts the test CA).
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { TLS } from './server.js'

export interface StackResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The body parsed as JSON, when it is JSON. */
  json?: unknown
}

let ca: Buffer | undefined

/** One request, no agent reuse, no redirects. A header given as an array is sent once per value. */
export function stackRequest(
  url: string | URL,
  opts: {
    method?: string
    headers?: Record<string, string | string[]>
    body?: string
    timeoutMs?: number
  } = {}
): Promise<StackResponse> {
  ca ??= readFileSync(TLS.caPath)
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      {
        method: opts.method ?? 'GET',
        headers: {
          ...opts.headers,
          ...(opts.body !== undefined
            ? { 'content-length': String(Buffer.byteLength(opts.body)) }
            : {})
        },
        ca,
        agent: false,
        timeout: opts.timeoutMs ?? 5000
      },
      res => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', reject)
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8')
          let json: unknown
          try {
            json = JSON.parse(body)
          } catch {
            json = undefined
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            ...(json !== undefined ? { json } : {})
          })
        })
      }
    )
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', reject)
    req.end(opts.body)
  })
}
