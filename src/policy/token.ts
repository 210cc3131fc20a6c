// A token's claims as the server decodes them, with Go's encoding/json (v1 semantics; Go 1.26
// as octo-sts/app builds), before it matches any policy:
// 1. chainguard.dev/sdk auth.ExtractIssuerAndSubject reads {iss, sub string}: failing that,
//    "invalid bearer token";
// 2. go-oidc v3 (IDTokenVerifier.Verify) reads its idToken struct: iss, sub, nonce, at_hash
//    strings; aud one string or a list of strings (null is [""]); exp, iat (and nbf unless
//    null) numbers or numeric strings; _claim_names a map of strings whose sources exist in
//    _claim_sources. Failing that, "unable to verify bearer token";
// 3. CheckToken reads every claim into map[string]interface{} (only when the policy has a
//    claim_pattern): numbers past float64 fail it.
// Struct fields match JSON keys case-insensitively (the last key wins: `"Sub"` is sub); map
// keys are exact (the last duplicate wins). Invalid UTF-8 and lone surrogate escapes
// (`"\ud800"`) become U+FFFD. A claim named `__proto__` or `constructor` is a plain name.
import { goField } from './gojson.js'

/** A JSON value as Go's decoder sees it; objects keep every key in order, duplicates included. */
export type JsonValue =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'num'; raw: string }
  | { t: 'str'; v: string }
  | { t: 'arr'; items: JsonValue[] }
  | { t: 'obj'; entries: Array<[string, JsonValue]> }

/** The token as the server holds it after decoding. */
export interface DecodedToken {
  iss: string
  sub: string
  aud: string[]
  /** Every claim, as map[string]interface{} holds it: strings, booleans, numbers, null, … */
  claims: ReadonlyMap<string, unknown>
  /** Why Claims() into map[string]interface{} fails (CheckToken returns it as is). */
  claimsError?: string
}

export type TokenDecoding =
  | { ok: true; token: DecodedToken }
  /** `reason` is the server's answer; `why` says what in the payload it could not decode. */
  | { ok: false; reason: string; why: string }

/** Lone surrogates (from `\\ud800` escapes) as Go decodes them: U+FFFD. */
const wellFormed = (s: string): string =>
  s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')

/** Go's encoding/json nesting limit. */
const MAX_DEPTH = 10000

class JsonSyntaxError extends Error {}

/** Go's UTF-8 decoding: every byte of an invalid sequence is one U+FFFD. */
export function goUtf8(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0
    let cp = -1
    let n = 1
    if (b < 0x80) cp = b
    else {
      const need =
        b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1
      if (need > 0 && i + need < bytes.length + 0) {
        let v = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
        let ok = true
        for (let k = 1; k <= need; k++) {
          const c = bytes[i + k]
          if (c === undefined || (c & 0xc0) !== 0x80) {
            ok = false
            break
          }
          v = (v << 6) | (c & 0x3f)
        }
        const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000
        if (ok && v >= min && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff)) {
          cp = v
          n = need + 1
        }
      }
    }
    out += cp < 0 ? '\ufffd' : String.fromCodePoint(cp)
    i += n
  }
  return out
}

/** Parses JSON the way Go's decoder does (checkValid, then literals); no recursion. */
export function parseGoJson(text: string): JsonValue {
  let i = 0
  const ws = (): void => {
    while (
      i < text.length &&
      (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')
    )
      i++
  }
  const fail = (): never => {
    throw new JsonSyntaxError(`invalid character at offset ${i}`)
  }
  const string = (): string => {
    i++ // opening quote
    let out = ''
    for (;;) {
      const c = text[i]
      if (c === undefined) return fail()
      if (c === '"') {
        i++
        return wellFormed(out)
      }
      if (c < ' ') return fail()
      if (c !== '\\') {
        const end = text.slice(i).search(/["\\\u0000-\u001f]/) // eslint-disable-line no-control-regex
        const stop = end < 0 ? text.length : i + end
        out += text.slice(i, stop)
        i = stop
        continue
      }
      const e = text[i + 1]
      const simple: Record<string, string> = {
        '"': '"',
        '\\': '\\',
        '/': '/',
        b: '\b',
        f: '\f',
        n: '\n',
        r: '\r',
        t: '\t'
      }
      if (e !== undefined && Object.hasOwn(simple, e)) {
        out += simple[e]
        i += 2
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        // Pairs combine; a lone surrogate becomes U+FFFD (toWellFormed above).
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16))
        i += 6
      } else return fail()
    }
  }
  const number = (): string => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 1100))
    if (!m || m[0] === '' || m[0] === '-') return fail()
    i += m[0].length
    return m[0]
  }
  type Frame = { items: JsonValue[] } | { entries: Array<[string, JsonValue]>; key: string }
  const stack: Frame[] = []
  const key = (): string => {
    ws()
    if (text[i] !== '"') fail()
    const k = string()
    ws()
    if (text[i] !== ':') fail()
    i++
    return k
  }
  let result: JsonValue | undefined
  while (result === undefined) {
    // A value starts here.
    ws()
    const c = text[i]
    let value: JsonValue | undefined
    if (c === '{' || c === '[') {
      if (stack.length >= MAX_DEPTH) throw new JsonSyntaxError('exceeded max depth')
      i++
      ws()
      if (text[i] === (c === '{' ? '}' : ']')) {
        i++
        value = c === '{' ? { t: 'obj', entries: [] } : { t: 'arr', items: [] }
      } else {
        stack.push(c === '{' ? { entries: [], key: key() } : { items: [] })
        continue
      }
    } else if (c === '"') value = { t: 'str', v: string() }
    else if (text.startsWith('true', i)) {
      i += 4
      value = { t: 'bool', v: true }
    } else if (text.startsWith('false', i)) {
      i += 5
      value = { t: 'bool', v: false }
    } else if (text.startsWith('null', i)) {
      i += 4
      value = { t: 'null' }
    } else value = { t: 'num', raw: number() }
    // The value is complete: add it to its container, closing containers as they end.
    for (;;) {
      const top = stack[stack.length - 1]
      if (!top) {
        result = value
        break
      }
      if ('items' in top) top.items.push(value)
      else top.entries.push([top.key, value])
      ws()
      if (text[i] === ',') {
        i++
        if ('entries' in top) top.key = key()
        break
      }
      if (text[i] !== ('items' in top ? ']' : '}')) fail()
      i++
      stack.pop()
      value = 'items' in top ? { t: 'arr', items: top.items } : { t: 'obj', entries: top.entries }
    }
  }
  ws()
  if (i !== text.length) fail()
  return result as JsonValue
}

class TypeError_ extends Error {}

/** A JSON value decoded into a Go string field: null leaves `old`. */
function goString(v: JsonValue, old: string): string {
  if (v.t === 'null') return old
  if (v.t === 'str') return v.v
  throw new TypeError_(`cannot unmarshal ${kind(v)} into a string`)
}

const kind = (v: JsonValue): string =>
  ({ null: 'null', bool: 'bool', num: 'number', str: 'string', arr: 'array', obj: 'object' })[v.t]

/** go-oidc's jsonTime: a number, or a string holding one, that int64 or float64 can hold. */
function jsonTime(v: JsonValue): void {
  let raw: string
  if (v.t === 'num') raw = v.raw
  else if (v.t === 'str' && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(v.v)) raw = v.v
  else throw new TypeError_(`cannot unmarshal ${kind(v)} into a time`)
  if (!Number.isFinite(Number(raw))) throw new TypeError_(`time ${raw} is out of range`)
}

/** go-oidc's audience: one string (null is ""), or a list of strings (null items are ""). */
function audience(v: JsonValue): string[] {
  if (v.t === 'null') return ['']
  if (v.t === 'str') return [v.v]
  if (v.t === 'arr') return v.items.map(i => goString(i, ''))
  throw new TypeError_(`cannot unmarshal ${kind(v)} into the audience`)
}

const ID_TOKEN_FIELDS = [
  'iss',
  'sub',
  'aud',
  'exp',
  'iat',
  'nbf',
  'nonce',
  'at_hash',
  '_claim_names',
  '_claim_sources'
] as const

/** A claim value as map[string]interface{} holds it (shown to the user, never matched on
 * beyond its type); deep containers are cut short. */
function plain(v: JsonValue, depth = 0): unknown {
  switch (v.t) {
    case 'null':
      return null
    case 'bool':
    case 'str':
      return v.v
    case 'num':
      return Number(v.raw)
    case 'arr':
      return depth > 20 ? '…' : v.items.map(i => plain(i, depth + 1))
    case 'obj': {
      if (depth > 20) return '…'
      const o = Object.create(null) as Record<string, unknown>
      for (const [k, x] of v.entries) o[k] = plain(x, depth + 1)
      return o
    }
  }
}

/** The first number anywhere in `v` that float64 cannot hold (Claims() fails on it). */
function hugeNumber(v: JsonValue): string | undefined {
  const stack = [v]
  while (stack.length) {
    const x = stack.pop() as JsonValue
    if (x.t === 'num' && !Number.isFinite(Number(x.raw))) return x.raw
    if (x.t === 'arr') stack.push(...x.items)
    if (x.t === 'obj') for (const [, y] of x.entries) stack.push(y)
  }
  return undefined
}

/** A JWT's payload as the server's decoder reads it: base64url bytes as Go's UTF-8 text. */
export function jwtPayload(jwt: string): string | undefined {
  const part = jwt.split('.')[1]
  return part ? goUtf8(Buffer.from(part, 'base64url')) : undefined
}

/** A payload as JSON text: bytes as Go reads them, claims JSON.parse already read as text again. */
function payloadText(payload: string | Uint8Array | Readonly<Record<string, unknown>>): string {
  if (typeof payload === 'string') return payload
  if (payload instanceof Uint8Array) return goUtf8(payload)
  return JSON.stringify(payload) ?? 'null'
}

/**
 * Decodes a token's payload (its JSON text or bytes, or claims JSON.parse already read) the
 * way the server does; see the top of this file. Expiry and signature are not checked.
 */
export function decodeToken(
  payload: string | Uint8Array | Readonly<Record<string, unknown>>
): TokenDecoding {
  let root: JsonValue
  try {
    root = parseGoJson(payloadText(payload))
  } catch (e) {
    return {
      ok: false,
      reason: 'invalid bearer token',
      why: `the payload is not JSON (${(e as Error).message})`
    }
  }
  if (root.t === 'null') root = { t: 'obj', entries: [] }
  if (root.t !== 'obj') {
    return {
      ok: false,
      reason: 'invalid bearer token',
      why: `the payload is a JSON ${kind(root)}, not an object`
    }
  }
  // auth.ExtractIssuerAndSubject, then go-oidc's idToken; both fold keys, the last one wins.
  let iss = ''
  let sub = ''
  try {
    for (const [k, v] of root.entries) {
      const f = goField(k, ['iss', 'sub'])
      if (f === 'iss') iss = goString(v, iss)
      else if (f === 'sub') sub = goString(v, sub)
    }
  } catch (e) {
    return { ok: false, reason: 'invalid bearer token', why: `iss or sub: ${(e as Error).message}` }
  }
  let aud: string[] = []
  const claimNames = new Map<string, string>()
  const claimSources = new Set<string>()
  try {
    for (const [k, v] of root.entries) {
      switch (goField(k, ID_TOKEN_FIELDS)) {
        case 'aud':
          aud = audience(v)
          break
        case 'exp':
        case 'iat':
          jsonTime(v)
          break
        case 'nbf':
          if (v.t !== 'null') jsonTime(v)
          break
        case 'nonce':
        case 'at_hash':
          goString(v, '')
          break
        case '_claim_names':
          if (v.t === 'null') break
          if (v.t !== 'obj') throw new TypeError_(`_claim_names is ${kind(v)}, not an object`)
          for (const [n, src] of v.entries) claimNames.set(n, goString(src, ''))
          break
        case '_claim_sources':
          if (v.t === 'null') break
          if (v.t !== 'obj') throw new TypeError_(`_claim_sources is ${kind(v)}, not an object`)
          for (const [n, src] of v.entries) {
            if (src.t === 'obj') {
              for (const [f, x] of src.entries)
                if (goField(f, ['endpoint', 'access_token'])) goString(x, '')
            } else if (src.t !== 'null')
              throw new TypeError_(`_claim_sources[${JSON.stringify(n)}] is ${kind(src)}`)
            claimSources.add(n)
          }
          break
      }
    }
    for (const src of claimNames.values()) {
      if (src === '' || !claimSources.has(src))
        throw new TypeError_('a _claim_names entry names no _claim_sources entry')
    }
  } catch (e) {
    return { ok: false, reason: 'unable to verify bearer token', why: (e as Error).message }
  }
  const claims = new Map<string, unknown>()
  for (const [k, v] of root.entries) claims.set(k, plain(v))
  const token: DecodedToken = { iss, sub, aud, claims }
  const huge = hugeNumber(root)
  if (huge !== undefined)
    token.claimsError = `json: cannot unmarshal number ${huge} into Go value of type float64`
  return { ok: true, token }
}
