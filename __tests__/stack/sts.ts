// An Octo-STS-compatible exchange server (after octo-sts/app's exchange): verifies the job's OIDC token against
// the issuer's JWKS, loads the trust policy from the fixture repos, evaluates it with the
// project's policy module, and mints a GitHub installation token the local API then knows.
import { randomInt } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLocalJWKSet, decodeJwt, errors as joseErrors, jwtVerify } from 'jose'
import type { JSONWebKeySet } from 'jose'
import { checkToken, compilePolicy, isValidIssuer, parsePolicy } from '../../src/policy/index.js'
import { jwtPayload } from '../../src/policy/token.js'
import type { ApiServer } from './api.js'
import { extend, parseQuery, sendJson, startServer } from './server.js'
import type { RequestContext, TestServer } from './server.js'

export const FIXTURE_REPOS = fileURLToPath(new URL('../fixtures/repos/', import.meta.url))

/** Owners with a fixture repo on which the fake App is NOT installed. */
export const NOT_INSTALLED = ['nope-org']

export type Level = 'read' | 'write' | 'admin'
export const DEFAULT_APP_PERMISSIONS: Record<string, Level> = {
  contents: 'write',
  issues: 'write',
  pull_requests: 'write',
  metadata: 'read',
  actions: 'write',
  checks: 'write',
  statuses: 'write'
}

/** Installed owners → the repositories the installation can access (`'*'`: any repository). */
export type Installations = Record<string, string[] | '*'>

export interface MintedToken {
  token: string
  scope: string
  identity: string
  owner: string
  /** Repositories the token can access; undefined: every repo of the installation. */
  repositories?: string[]
  permissions: Record<string, string>
  mintedAt: number
}

export interface Issuer {
  issuer: string
  jwks: JSONWebKeySet
}

export interface StsOptions {
  /** The audience the server expects by default (default: its own `host:port`). */
  domain?: string
  /** Issuers whose tokens it accepts (the stack's OIDC issuer). */
  issuers: Issuer[]
  installations?: Installations
  appPermissions?: Record<string, Level>
  api: ApiServer
  hostName?: string
  /** Where fixture repos live (default __tests__/fixtures/repos). */
  reposDir?: string
}

/** An error answer as the server sends it: the gRPC code decides the HTTP status. */
export interface StsAnswer {
  code: number
  message: string
  /** Extra response headers (e.g. `retry-after`). */
  headers?: Record<string, string>
}

export interface StsServer extends TestServer {
  /** The audience the server checks by default (`aud` must contain it unless the policy says). */
  readonly domain: string
  setDomain(domain: string): void
  /** Every token minted, in order. */
  readonly minted: MintedToken[]
  /**
   * Overrides a policy file: `setPolicy('acme/widgets', 'deploy', yaml)`; `null` hides it (404),
   * `undefined` goes back to the fixture file.
   */
  setPolicy(ownerRepo: string, identity: string, yamlText: string | null | undefined): void
  /** Installs the App on `owner` (repos it can access, `'*'` for all), or uninstalls (`null`). */
  setInstallation(owner: string, repositories: string[] | '*' | null): void
  setAppPermissions(permissions: Record<string, Level>): void
  trustIssuer(issuer: Issuer): void
  /**
   * Answers every exchange for `identity` with this error, once the token is verified and the
   * request is complete (where the server's own answers come from); `null` stops. Keyed by
   * identity so that steps running side by side each get their own answer.
   */
  answer(identity: string, answer: StsAnswer | null): void
  /** Forgets requests and faults, and restores the starting domain, policies, installations and permissions. */
  reset(): void
}

const GRPC_HTTP: Record<number, number> = {
  3: 400,
  5: 404,
  7: 403,
  9: 400,
  8: 429,
  12: 405,
  13: 500,
  14: 503,
  16: 401
}

class StsError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly headers: Record<string, string> = {}
  ) {
    super(message)
  }
}
const fail = (code: number, message: string, headers?: Record<string, string>): never => {
  throw new StsError(code, message, headers)
}

const LEVELS: Record<string, number> = { read: 1, write: 2, admin: 3 }

/** Owners that have a fixture directory. */
export function fixtureOwners(dir = FIXTURE_REPOS): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter(d => d.isDirectory())
        .map(d => d.name)
    : []
}

/** By default the App is installed on every fixture owner but NOT_INSTALLED, for its fixture repos. */
function defaultInstallations(dir: string): Installations {
  const out: Installations = {}
  for (const owner of fixtureOwners(dir)) {
    if (NOT_INSTALLED.includes(owner)) continue
    out[owner] = readdirSync(join(dir, owner), { withFileTypes: true })
      .filter(d => d.isDirectory())
      .map(d => d.name)
  }
  return out
}

const randomAlnum = (n: number): string => {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
  let s = ''
  for (let i = 0; i < n; i++) s += abc[randomInt(abc.length)]
  return s
}

/** A `ghs_` token of varying length (36–80 characters after the prefix): never assume one. */
export const mintTokenValue = (): string => `ghs_${randomAlnum(randomInt(36, 81))}`

export async function startSts(opts: StsOptions): Promise<StsServer> {
  const reposDir = opts.reposDir ?? FIXTURE_REPOS
  const initialInstallations = opts.installations ?? defaultInstallations(reposDir)
  const initialPermissions = opts.appPermissions ?? DEFAULT_APP_PERMISSIONS
  let installations: Installations = { ...initialInstallations }
  let appPermissions: Record<string, Level> = { ...initialPermissions }
  const issuers = new Map(opts.issuers.map(i => [i.issuer, createLocalJWKSet(i.jwks)]))
  const overrides = new Map<string, string | null>()
  const answers = new Map<string, StsAnswer>()
  const minted: MintedToken[] = []
  let domain = opts.domain ?? ''
  let initialDomain = domain

  const readPolicy = (owner: string, repo: string, identity: string): string | undefined => {
    const key = `${owner}/${repo}/${identity}`
    if (overrides.has(key)) return overrides.get(key) ?? undefined
    const file = join(reposDir, owner, repo, '.github', 'chainguard', `${identity}.sts.yaml`)
    // The identity reaches the path only as a file name, never as a directory.
    if (/[/\\]|^\.\.?$/.test(identity) || !existsSync(file)) return undefined
    return readFileSync(file, 'utf8')
  }

  const exchange = async ({ req, res, url, body }: RequestContext): Promise<void> => {
    if (url.pathname !== '/sts/exchange') fail(5, 'Not Found')
    if (req.method !== 'GET' && req.method !== 'POST') fail(12, 'Method Not Allowed')
    // Go's url.ParseQuery refuses `;`; grpc-gateway answers 400.
    if (url.search.includes(';')) fail(3, 'invalid semicolon separator in query')
    const params = parseQuery(url.search)
    const contentType = String(req.headers['content-type'] ?? '')
    if (req.method === 'POST' && /^application\/x-www-form-urlencoded\b/i.test(contentType)) {
      if (body.includes(';')) fail(3, 'invalid semicolon separator in query')
      for (const [k, v] of Object.entries(parseQuery(body))) (params[k] ??= []).push(...v)
    }
    // grpc-gateway fills the request message: a repeated value of a singular field is an error.
    for (const field of ['scope', 'identity']) {
      const values = params[field] ?? []
      if (values.length > 1) fail(3, `too many values for field "${field}": ${values.join(', ')}`)
    }

    const auth: string[] = []
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if ((req.rawHeaders[i] ?? '').toLowerCase() === 'authorization') {
        auth.push(req.rawHeaders[i + 1] ?? '')
      }
    }
    if (auth.length !== 1) fail(16, 'expected exactly one authorization header')
    const bearer = (auth[0] ?? '').replace(/^Bearer /, '')

    let iss: unknown
    try {
      iss = decodeJwt(bearer).iss
    } catch {
      iss = undefined
    }
    if (typeof iss !== 'string' || !iss) fail(3, 'invalid bearer token')
    const issuer = iss as string
    if (!isValidIssuer(issuer)) fail(3, 'invalid issuer format')
    const keySet = issuers.get(issuer)
    if (!keySet) fail(3, 'unable to fetch or create the provider')
    try {
      await jwtVerify(bearer, keySet!, { issuer, algorithms: ['RS256'] })
    } catch (e) {
      if (!(e instanceof joseErrors.JOSEError)) throw e
      return fail(16, 'unable to verify bearer token')
    }

    const scopes = params.scopes ?? []
    if (scopes.length > 1) fail(3, 'multiple scopes not supported')
    const scope = params.scope?.[0] || scopes[0] || ''
    const identity = params.identity?.[0] ?? ''
    if (!scope) fail(3, 'scope must be provided')
    if (!identity) fail(3, 'identity must be provided')
    const answer = answers.get(identity)
    if (answer) fail(answer.code, answer.message, answer.headers)

    const slash = scope.lastIndexOf('/')
    const [owner, repo, orgPolicy] =
      slash === -1
        ? [scope, '.github', true]
        : [scope.slice(0, slash), scope.slice(slash + 1), false]
    const installed = installations[owner]
    if (installed === undefined) fail(5, `no installation found for "${owner}"`)

    const text = readPolicy(owner, repo, identity)
    if (text === undefined) fail(5, `unable to find trust policy for "${identity}"`)
    // The org's `.github` repository holds org policies (`repositories` allowed).
    const isOrgPolicy = repo === '.github'
    const parsed = parsePolicy(text!, { isOrgPolicy })
    if (!parsed.policy || parsed.errors.length) {
      fail(5, `unable to parse trust policy found for "${identity}"`)
    }
    const policy = parsed.policy!
    const compiled = compilePolicy(policy)
    if (!compiled.compiled || compiled.errors.length) {
      fail(5, `unable to compile trust policy found for "${identity}"`)
    }
    // The payload's bytes as the server decodes them (duplicate keys, case variants…).
    const verdict = checkToken(compiled.compiled!, jwtPayload(bearer) as string, domain)
    if (!verdict.allow) {
      // The token's own sanity checks are InvalidArgument; policy mismatches PermissionDenied.
      if (/^invalid (issuer|subject|audience) in token$/.test(verdict.reason))
        fail(3, verdict.reason)
      fail(7, `trust policy: ${verdict.reason}`)
    }

    // What GitHub would answer when asked for an installation token (422 → the STS's 403).
    const permissions = policy.permissions ?? {}
    for (const [name, level] of Object.entries(permissions)) {
      const granted = appPermissions[name]
      if (!granted || (LEVELS[level] ?? 99) > (LEVELS[granted] ?? 0)) {
        fail(7, 'token exchange failure (StatusUnprocessableEntity)')
      }
    }
    // A repository scope gets that repository; an org policy its list, else (org scope) every
    // repository of the installation, or (scope `org/.github`) that repository alone.
    const asked = orgPolicy
      ? policy.repositories
      : isOrgPolicy
        ? (policy.repositories ?? [repo])
        : [repo]
    if (installed !== '*' && asked?.some(r => !(installed as string[]).includes(r))) {
      fail(7, 'token exchange failure (StatusUnprocessableEntity)')
    }
    // No list: every repository the installation can access.
    const repositories = asked ?? (installed === '*' ? undefined : [...(installed as string[])])
    const token = mintTokenValue()
    const record: MintedToken = {
      token,
      scope,
      identity,
      owner,
      ...(repositories ? { repositories } : {}),
      permissions: { ...permissions },
      mintedAt: Date.now()
    }
    minted.push(record)
    opts.api.register(token, record)
    sendJson(res, 200, { token, refreshToken: '', expiry: null })
  }

  const server = await startServer(
    'sts',
    async ctx => {
      try {
        await exchange(ctx)
      } catch (e) {
        if (!(e instanceof StsError)) throw e
        const status = GRPC_HTTP[e.code] ?? 500
        // grpc-gateway echoes an Unauthenticated status message in WWW-Authenticate.
        sendJson(
          ctx.res,
          status,
          { code: e.code, message: e.message, details: [] },
          { ...(e.code === 16 ? { 'www-authenticate': e.message } : {}), ...e.headers }
        )
      }
    },
    opts.hostName ? { hostName: opts.hostName } : {}
  )
  if (!domain) domain = initialDomain = server.host
  const resetLog = server.reset.bind(server)

  return extend(server, {
    reset() {
      resetLog()
      overrides.clear()
      answers.clear()
      installations = { ...initialInstallations }
      appPermissions = { ...initialPermissions }
      domain = initialDomain
    },
    get domain() {
      return domain
    },
    setDomain(d: string) {
      domain = d
    },
    minted,
    setPolicy(ownerRepo: string, identity: string, yamlText: string | null | undefined) {
      const [owner, repo = '.github'] = ownerRepo.split('/')
      if (yamlText === undefined) overrides.delete(`${owner}/${repo}/${identity}`)
      else overrides.set(`${owner}/${repo}/${identity}`, yamlText)
    },
    setInstallation(owner: string, repositories: string[] | '*' | null) {
      if (repositories === null) delete installations[owner]
      else installations[owner] = repositories
    },
    setAppPermissions(permissions: Record<string, Level>) {
      appPermissions = { ...permissions }
    },
    trustIssuer(i: Issuer) {
      issuers.set(i.issuer, createLocalJWKSet(i.jwks))
    },
    answer(identity: string, a: StsAnswer | null) {
      if (a) answers.set(identity, a)
      else answers.delete(identity)
    }
  })
}
