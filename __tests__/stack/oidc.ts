// The GitHub Actions side of OIDC: an issuer (discovery + JWKS) and the runner's token endpoint
// (`ACTIONS_ID_TOKEN_REQUEST_URL`), signing real RS256 JWTs with GitHub's claims for a
// configurable workflow.
import { randomBytes, randomUUID } from 'node:crypto'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import type { JSONWebKeySet, JWK, JWTPayload } from 'jose'
import { extend, sendJson, startServer } from './server.js'
import type { LoggedRequest, TestServer } from './server.js'

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey']
interface KeyPair {
  kid: string
  privateKey: SigningKey
  jwk: JWK
}

// RSA key generation costs ~100 ms: one key per process (and one spare, for forged tokens).
let keys: Promise<[KeyPair, KeyPair]> | undefined
const makeKey = async (): Promise<KeyPair> => {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true })
  const kid = randomBytes(8).toString('hex')
  return {
    kid,
    privateKey,
    jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }
  }
}
const signingKeys = (): Promise<[KeyPair, KeyPair]> =>
  (keys ??= Promise.all([makeKey(), makeKey()]))

/** The workflow whose job asks for tokens. Unknown keys are claim overrides (`undefined` removes). */
export interface Workflow {
  repository?: string
  /**
   * GitHub's immutable subject, `repo:OWNER@OWNER_ID/REPO@REPO_ID:…` (repositories created or
   * renamed on github.com since mid-2026, or opted in), with the IDs of the
   * `repository_owner_id` and `repository_id` claims. Default: the name-only `repo:OWNER/REPO:…`.
   */
  immutable_subject?: boolean
  ref?: string
  event_name?: string
  environment?: string
  workflow?: string
  job_workflow_ref?: string
  [claim: string]: unknown
}

export const DEFAULT_WORKFLOW = {
  repository: 'acme/widgets',
  repository_owner_id: '1001',
  repository_id: '2002',
  ref: 'refs/heads/main',
  event_name: 'push',
  workflow: 'deploy',
  actor: 'octocat',
  sha: 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3'
} as const

export interface SigningOptions {
  /** Sign with a key the JWKS does not publish (same `kid`): the signature cannot verify. */
  unknownKey?: boolean
  /** Token lifetime (default 300 s). Negative: already expired. */
  lifetimeSeconds?: number
}

export interface OidcServer extends TestServer {
  /** The issuer URL, the `iss` of every token: https://127.0.0.1:port (or https://oidc.test:port). */
  readonly issuer: string
  /** Value for ACTIONS_ID_TOKEN_REQUEST_URL (includes `?api-version=2.0`). */
  readonly requestUrl: string
  /** Value for ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer the token endpoint requires. */
  readonly requestToken: string
  /** Every JWT handed out (endpoint or `mint`), for leak checks. */
  readonly issued: string[]
  /** The public keys (what /.well-known/jwks serves). */
  readonly jwks: JSONWebKeySet
  /** Sets the workflow (merged over DEFAULT_WORKFLOW); no argument resets it. */
  setWorkflow(workflow?: Workflow): void
  setSigning(options?: SigningOptions): void
  /** The claims a token for `audience` would carry now. */
  claims(audience: string): JWTPayload
  /** Signs a token directly (recorded in `issued`): for tests that talk to the STS themselves. */
  mint(audience: string, overrides?: Record<string, unknown>): Promise<string>
}

export const oidcRequests = (s: OidcServer): LoggedRequest[] =>
  s.requests.filter(r => r.path === '/token')

function workflowClaims(
  w: Workflow,
  issuer: string,
  audience: string,
  lifetime: number
): JWTPayload {
  const {
    repository = DEFAULT_WORKFLOW.repository,
    ref = DEFAULT_WORKFLOW.ref,
    event_name = DEFAULT_WORKFLOW.event_name,
    environment,
    workflow = DEFAULT_WORKFLOW.workflow,
    job_workflow_ref,
    immutable_subject = false,
    ...overrides
  } = w
  const [owner = repository, name = ''] = repository.split('/')
  const ownerId = String(overrides.repository_owner_id ?? DEFAULT_WORKFLOW.repository_owner_id)
  const repoId = String(overrides.repository_id ?? DEFAULT_WORKFLOW.repository_id)
  // GitHub appends each ID to its name with `@` in the immutable form.
  const subjectRepo = immutable_subject ? `${owner}@${ownerId}/${name}@${repoId}` : repository
  const file = workflow.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')
  const workflowRef = `${repository}/.github/workflows/${file}.yml@${ref}`
  const sub = environment
    ? `repo:${subjectRepo}:environment:${environment}`
    : event_name === 'pull_request' || event_name === 'pull_request_target'
      ? `repo:${subjectRepo}:pull_request`
      : `repo:${subjectRepo}:ref:${ref}`
  const now = Math.floor(Date.now() / 1000)
  const claims: Record<string, unknown> = {
    jti: randomUUID(),
    sub,
    aud: audience,
    ref,
    sha: DEFAULT_WORKFLOW.sha,
    repository,
    repository_owner: owner,
    repository_owner_id: ownerId,
    repository_id: repoId,
    repository_visibility: 'private',
    run_id: '9876543210',
    run_number: '42',
    run_attempt: '1',
    actor: DEFAULT_WORKFLOW.actor,
    actor_id: '3003',
    workflow,
    workflow_ref: workflowRef,
    workflow_sha: DEFAULT_WORKFLOW.sha,
    head_ref: '',
    base_ref: '',
    event_name,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: ref === 'refs/heads/main',
    job_workflow_ref: job_workflow_ref ?? workflowRef,
    job_workflow_sha: DEFAULT_WORKFLOW.sha,
    runner_environment: 'github-hosted',
    ...(environment ? { environment } : {}),
    iss: issuer,
    nbf: now - 5,
    iat: now,
    exp: now + lifetime
  }
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete claims[k]
    else claims[k] = v
  }
  return claims as JWTPayload
}

export async function startOidc(
  opts: { hostName?: string; workflow?: Workflow } = {}
): Promise<OidcServer> {
  const [key, spare] = await signingKeys()
  const requestToken = randomBytes(24).toString('hex')
  const issued: string[] = []
  const initialWorkflow: Workflow = { ...opts.workflow }
  let workflow: Workflow = { ...initialWorkflow }
  let signing: SigningOptions = {}
  let issuer = ''

  const claimsFor = (audience: string): JWTPayload =>
    workflowClaims(workflow, issuer, audience, signing.lifetimeSeconds ?? 300)
  const sign = async (claims: JWTPayload): Promise<string> => {
    const k = signing.unknownKey ? spare : key
    const jwt = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
      .sign(k.privateKey)
    issued.push(jwt)
    return jwt
  }

  const server = await startServer(
    'oidc',
    async ({ req, res, url }) => {
      if (req.method === 'GET' && url.pathname === '/.well-known/openid-configuration') {
        return sendJson(res, 200, {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks`,
          subject_types_supported: ['public', 'pairwise'],
          response_types_supported: ['id_token'],
          claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository'],
          id_token_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid']
        })
      }
      if (req.method === 'GET' && url.pathname === '/.well-known/jwks') {
        return sendJson(res, 200, { keys: [key.jwk] })
      }
      if (url.pathname === '/token') {
        if (req.method !== 'GET') return sendJson(res, 405, { message: 'Method not allowed' })
        const auth = req.headers.authorization
        if (auth !== `Bearer ${requestToken}`) {
          return sendJson(res, 401, { message: 'Unauthorized: invalid request token' })
        }
        if (url.searchParams.get('api-version') !== '2.0') {
          return sendJson(res, 400, { message: 'api-version 2.0 is required' })
        }
        const owner = String(workflow.repository ?? DEFAULT_WORKFLOW.repository).split('/')[0]
        const audience = url.searchParams.get('audience') || `https://github.com/${owner}`
        return sendJson(res, 200, { value: await sign(claimsFor(audience)) })
      }
      sendJson(res, 404, { message: 'Not Found' })
    },
    opts.hostName ? { hostName: opts.hostName } : {}
  )
  issuer = `https://${server.host}`

  const resetLog = server.reset.bind(server)
  return extend(server, {
    /** Forgets requests and faults; restores the starting workflow and signing (keeps `issued`). */
    reset() {
      resetLog()
      workflow = { ...initialWorkflow }
      signing = {}
    },
    issuer,
    requestUrl: `${issuer}/token?api-version=2.0`,
    requestToken,
    issued,
    jwks: { keys: [key.jwk] },
    setWorkflow(w: Workflow = {}) {
      workflow = { ...w }
    },
    setSigning(s: SigningOptions = {}) {
      signing = { ...s }
    },
    claims: claimsFor,
    async mint(audience: string, overrides: Record<string, unknown> = {}) {
      const claims: Record<string, unknown> = { ...claimsFor(audience) }
      for (const [k, v] of Object.entries(overrides)) {
        if (v === undefined) delete claims[k]
        else claims[k] = v
      }
      return sign(claims as JWTPayload)
    }
  })
}
