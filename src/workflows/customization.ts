// The repository's OIDC subject settings, from GitHub's REST API:
// `GET /repos/{owner}/{repo}/actions/oidc/customization/sub` answers
// `{ "use_default": bool, "include_claim_keys": [..], "use_immutable_subject": bool }`.
// The job's token may not be allowed to read it; then nothing is known and both forms are
// checked. HTTP is passed in (the entries create the client); every byte of the answer is
// untrusted, and the token is only ever placed in the Authorization header.
import { sanitize } from '../log/neutralize.js'
import type { SubjectForm } from '../policy/subject-form.js'

/**
 * The part of src/net/http.ts's HttpClient this module uses (workflows/ does not import net):
 * that client is one of these.
 */
export type GetJson = (request: {
  method: 'GET'
  url: URL
  headers: Record<string, string>
  timeoutMs: number
  maxBytes: number
}) => Promise<{ status: number; body: string }>

export const CUSTOMIZATION_TIMEOUT_MS = 10_000
const MAX_BYTES = 16 * 1024
/** GitHub's rule for a claim key of the template: letters, digits and underscores. */
export const CLAIM_KEY = /^[A-Za-z0-9_]{1,64}$/
export const MAX_CLAIM_KEYS = 32

export type Customization =
  | {
      known: true
      /** undefined: the answer does not say (an API before immutable subjects). */
      form?: SubjectForm
      /** undefined: the default template (or the organization's, see `orgTemplate`). */
      claimKeys?: string[]
      /** `use_default: false` without keys: the organization's template applies, if it has one. */
      orgTemplate?: boolean
    }
  | { known: false; why: string }

const unknown = (why: string): Customization => ({ known: false, why })

/** What GitHub says about a failed request, as one short inert line (its `message`). */
function said(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown } | null)?.message
    return typeof message === 'string' && message ? `: "${sanitize(message, 120)}"` : ''
  } catch {
    return ''
  }
}

/** Reads the answer's JSON; undefined when it is not the template's shape. */
export function parseCustomization(body: string): Customization | undefined {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const v = value as Record<string, unknown>
  if (typeof v.use_default !== 'boolean') return undefined
  const immutable = v.use_immutable_subject
  if (immutable !== undefined && typeof immutable !== 'boolean') return undefined
  const form: SubjectForm | undefined =
    immutable === undefined ? undefined : immutable ? 'immutable' : 'name-only'
  const base = { known: true as const, ...(form ? { form } : {}) }
  if (v.use_default) return base
  const keys = v.include_claim_keys
  if (keys === undefined || (Array.isArray(keys) && keys.length === 0))
    return { ...base, orgTemplate: true }
  if (
    !Array.isArray(keys) ||
    keys.length > MAX_CLAIM_KEYS ||
    !keys.every(k => typeof k === 'string' && CLAIM_KEY.test(k))
  )
    return undefined
  return { ...base, claimKeys: keys as string[] }
}

/**
 * The repository's subject settings; never throws. `apiUrl` is GITHUB_API_URL (no trailing
 * slash), `token` the job's token (never shown).
 */
export async function fetchCustomization(
  http: GetJson,
  apiUrl: string,
  owner: string,
  repo: string,
  token: string,
  timeoutMs: number = CUSTOMIZATION_TIMEOUT_MS
): Promise<Customization> {
  let url: URL
  try {
    url = new URL(
      `${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions/oidc/customization/sub`
    )
  } catch {
    return unknown('GITHUB_API_URL is not a URL')
  }
  let answer: { status: number; body: string }
  try {
    answer = await http({
      method: 'GET',
      url,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${token}`,
        'X-GitHub-Api-Version': '2022-11-28'
      },
      timeoutMs,
      maxBytes: MAX_BYTES
    })
  } catch (e) {
    return unknown(
      `the request failed (${sanitize(e instanceof Error ? e.message : String(e), 160)})`
    )
  }
  const { status, body } = answer
  if (status === 200) {
    return (
      parseCustomization(body) ??
      unknown('GitHub answered 200 with something that is not the template')
    )
  }
  if (status === 401 || status === 403)
    return unknown(
      `GitHub answered ${status}${said(body)}: the token may not read this repository's OIDC settings`
    )
  if (status === 404)
    return unknown(
      `GitHub answered 404${said(body)}: this GitHub has no such endpoint, or the token cannot see the repository`
    )
  return unknown(`GitHub answered ${status}${said(body)}`)
}
