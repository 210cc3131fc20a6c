// A scripted HttpClient: answers (or failures) are played in order, every request is recorded,
// and a request past the end of the script fails the test loudly.
import { HttpError } from '../../../src/net/http.js'
import type { HttpClient, HttpErrorCode, HttpRequest, HttpResponse } from '../../../src/net/http.js'

export type Step =
  HttpResponse | HttpError | Error | ((req: HttpRequest) => HttpResponse | Promise<HttpResponse>)

export interface ScriptedHttp {
  http: HttpClient
  requests: HttpRequest[]
  /** Steps not played yet. */
  remaining(): number
}

export function scriptedHttp(
  steps: readonly Step[],
  onRequest?: (req: HttpRequest) => void
): ScriptedHttp {
  const queue = [...steps]
  const requests: HttpRequest[] = []
  const http: HttpClient = async req => {
    requests.push(req)
    onRequest?.(req)
    const step = queue.shift()
    if (step === undefined)
      throw new Error(`unscripted request #${requests.length}: ${req.method} ${req.url}`)
    if (step instanceof Error) throw step
    return typeof step === 'function' ? step(req) : step
  }
  return { http, requests, remaining: () => queue.length }
}

const REASONS: Record<number, string> = {
  200: 'OK',
  204: 'No Content',
  302: 'Found',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout'
}

export function response(
  status: number,
  body = '',
  headers: Record<string, string | string[]> = {}
): HttpResponse {
  return { status, statusText: REASONS[status] ?? '', headers, body }
}

export const json = (
  status: number,
  value: unknown,
  headers: Record<string, string | string[]> = {}
): HttpResponse =>
  response(status, JSON.stringify(value), { 'content-type': 'application/json', ...headers })

export const httpError = (code: HttpErrorCode, message: string, cause?: string): HttpError =>
  new HttpError(code, message, cause)
