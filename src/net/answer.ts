// Reading a server's answer for an error message: its JSON message, or what kind of body it was.
import { sanitize } from '../log/neutralize.js'
import type { HttpResponse } from './http.js'

/** True when a body is an HTML page (a proxy's or load balancer's error page, not the STS). */
export function isHtml(body: string, contentType = ''): boolean {
  return /text\/html/i.test(contentType) || /^\s*<(!doctype|html|head|body|\?xml)/i.test(body)
}

/** A short, safe description of a response body for an error message. */
export function describeBody(body: string, contentType = ''): string {
  if (!body.trim()) return 'an empty body'
  if (isHtml(body, contentType)) return 'an HTML page (likely from a proxy or load balancer)'
  return `"${sanitize(body, 200)}"`
}

/** The JSON error fields both the STS (`{code, message}`) and GitHub (`{message}`) send. */
export function parseErrorBody(body: string): { message?: string; code?: number } {
  try {
    const v: unknown = JSON.parse(body)
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const { message, code } = v as Record<string, unknown>
      return {
        ...(typeof message === 'string' ? { message: sanitize(message) } : {}),
        ...(typeof code === 'number' && Number.isInteger(code) ? { code } : {})
      }
    }
  } catch {
    // not JSON: the caller describes the body instead
  }
  return {}
}

/** What the server said, safe to print: its JSON `message`, or a description of the body. */
export function serverSays(body: string, contentType = ''): string {
  const { message } = parseErrorBody(body)
  return message ? `"${message}"` : describeBody(body, contentType)
}

/** The answer's Content-Type header, or '' when it has none. */
export const contentTypeOf = (res: Pick<HttpResponse, 'headers'>): string =>
  String(res.headers['content-type'] ?? '')

/** What the server said in `res`, safe to print (see serverSays). */
export const responseSays = (res: Pick<HttpResponse, 'body' | 'headers'>): string =>
  serverSays(res.body, contentTypeOf(res))
