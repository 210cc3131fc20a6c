// The server's sanity checks on a token's `iss`, `sub` and `aud` before it compares them with
// a policy (octo-sts/app pkg/oidcvalidate). A token that fails them is refused whatever the
// policy says. The issuer check leans on Go's url.Parse; the parts of it that matter here are
// reproduced below.

const CONTROL_OR_SPACE = /[\u0000-\u001f ]/ // eslint-disable-line no-control-regex
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u // Go's unicode.IsPrint
const runeCount = (s: string): number => [...s].length
const allPrintable = (s: string): boolean => [...s].every(c => PRINTABLE.test(c))
const containsAny = (s: string, chars: string): boolean => [...chars].some(c => s.includes(c))

interface GoURL {
  scheme: string
  userinfo: boolean
  host: string
  path: string
  rawQuery: string
  fragment: string
}

const validOptionalPort = (port: string): boolean => port === '' || /^:[0-9]*$/.test(port)

// Characters Go's url.unescape refuses in a host (shouldEscape in encodeHost mode).
const HOST_OK = /^[A-Za-z0-9!$&'()*+,;=:[\]<>"\-_.~\u0080-\u{10ffff}]*$/u

function unescapePath(s: string): string | undefined {
  if (/%(?![0-9A-Fa-f]{2})/.test(s)) return undefined
  try {
    return decodeURIComponent(s)
  } catch {
    // Go unescapes byte by byte and accepts invalid UTF-8; such a path fails the character check
    return '\u0000'
  }
}

/** Go's url.Parse, as far as IsValidIssuer depends on it; undefined where Go returns an error. */
function parseGoURL(raw: string): GoURL | undefined {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return undefined // eslint-disable-line no-control-regex
  let rest = raw
  let fragment = ''
  const hash = rest.indexOf('#')
  if (hash >= 0) {
    fragment = rest.slice(hash + 1)
    rest = rest.slice(0, hash)
  }
  let scheme = ''
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest)
  if (m?.[1]) {
    scheme = m[1].toLowerCase()
    rest = rest.slice(m[0].length)
  } else if (rest.startsWith(':')) return undefined // missing protocol scheme
  let rawQuery = ''
  const q = rest.indexOf('?')
  if (q >= 0) {
    rawQuery = rest.slice(q + 1)
    rest = rest.slice(0, q)
  }
  const url: GoURL = { scheme, userinfo: false, host: '', path: '', rawQuery, fragment }
  if (!rest.startsWith('/')) return url // opaque (`https:host`) or relative: no host
  if (rest.startsWith('//') && (scheme !== '' || !rest.startsWith('///'))) {
    const slash = rest.indexOf('/', 2)
    const authority = slash >= 0 ? rest.slice(2, slash) : rest.slice(2)
    rest = slash >= 0 ? rest.slice(slash) : ''
    const at = authority.lastIndexOf('@')
    let host = authority
    if (at >= 0) {
      url.userinfo = true
      host = authority.slice(at + 1)
    }
    if (host.startsWith('[')) {
      const close = host.lastIndexOf(']')
      if (close < 0 || !validOptionalPort(host.slice(close + 1))) return undefined
    } else {
      const colon = host.lastIndexOf(':')
      if (colon >= 0 && !validOptionalPort(host.slice(colon))) return undefined
    }
    if (!HOST_OK.test(host)) return undefined
    url.host = host
  }
  const path = unescapePath(rest)
  if (path === undefined) return undefined
  url.path = path
  return url
}

/** Go's URL.Hostname(): the host without port or IPv6 brackets. */
function hostname(host: string): string {
  let h = host
  const colon = h.lastIndexOf(':')
  if (colon >= 0 && validOptionalPort(h.slice(colon))) h = h.slice(0, colon)
  if (h.startsWith('[') && h.endsWith(']')) h = h.slice(1, -1)
  return h
}

/** oidcvalidate.IsValidIssuer: https (http only for localhost), a host, a plain path. */
export function isValidIssuer(iss: string): boolean {
  if (iss.length === 0 || runeCount(iss) > 255) return false
  const u = parseGoURL(iss)
  if (!u) return false
  const host = hostname(u.host)
  if (u.scheme !== 'https') {
    if (u.scheme !== 'http') return false
    if (host !== 'localhost' && host !== '127.0.0.1' && host !== '::1') return false
  }
  if (u.rawQuery !== '' || u.fragment !== '' || containsAny(iss, '?#')) return false
  if (u.host === '' || u.userinfo) return false
  if (host === '' || CONTROL_OR_SPACE.test(host) || /[^\u0000-\u007f]/.test(host)) return false // eslint-disable-line no-control-regex
  if (u.path !== '') {
    const p = u.path
    if (p.includes('..') || !p.startsWith('/') || p.includes('//') || p.includes('~~')) return false
    if (p.endsWith('~') || !/^[a-zA-Z0-9\-._~/]+$/.test(p)) return false
    for (const segment of p.split('/')) {
      if (segment === '.' || segment === '..' || segment === '~' || segment.length > 150)
        return false
    }
  }
  return true
}

/** What oidcvalidate asks of a subject and an audience: 1 to 255 printable runes, no space or
 * control, none of `forbidden`. */
const validValue = (value: string, forbidden: string): boolean =>
  value !== '' &&
  runeCount(value) <= 255 &&
  !CONTROL_OR_SPACE.test(value) &&
  !containsAny(value, forbidden) &&
  allPrintable(value)

/** oidcvalidate.IsValidSubject. */
export const isValidSubject = (sub: string): boolean => validValue(sub, '"\'`\\<>;&$(){}[]')

/** oidcvalidate.IsValidAudience. */
export const isValidAudience = (aud: string): boolean => validValue(aud, '"\'`\\<>;|&$(){}[]@')
