// Every byte a server sends is untrusted. Before any of it reaches the job log it goes
// through here: one line, printable, bounded, no workflow commands, no secrets.

const MAX_DEFAULT = 300

// C0/C1 controls, DEL, and Unicode line/paragraph separators and bidi overrides, which can
// break a log line or make it read differently from what it is.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g

// Things that look like credentials: GitHub tokens of every prefix and JWTs.
const SECRET_LIKE =
  /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/g

/** One printable, bounded line; `::` and `##[` broken up so nothing in it acts as a command. */
export function sanitize(text: string, max = MAX_DEFAULT): string {
  let s = text
    .replace(SECRET_LIKE, '***')
    .replace(UNPRINTABLE, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    // Every `:` followed by `:` (so `:::` cannot leave a `::`), and the runner's legacy
    // `##[command]`, which it recognizes anywhere in a line.
    .replace(/:(?=:)/g, ': ')
    .replace(/#(?=#\[)/g, '# ')
  if (s.length > max) s = s.slice(0, Math.max(0, max - 1)).trimEnd() + '…'
  return s
}

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
