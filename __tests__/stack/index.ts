// The local stack the e2e tests, the demo and the benchmark run the action against: the
// runner's OIDC token endpoint + issuer, an Octo-STS-compatible exchange server and the GitHub
// API, all HTTPS on 127.0.0.1 with the test CA, plus a CONNECT proxy. Random ports throughout.
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startApi } from './api.js'
import type { ApiServer } from './api.js'
import { startOidc } from './oidc.js'
import type { OidcServer, Workflow } from './oidc.js'
import { startProxy } from './proxy.js'
import type { ProxyServer } from './proxy.js'
import { TLS } from './server.js'
import { startSts } from './sts.js'
import type { Installations, Level, StsServer } from './sts.js'

export type { ApiServer } from './api.js'
export type { OidcServer, SigningOptions, Workflow } from './oidc.js'
export { DEFAULT_WORKFLOW } from './oidc.js'
export type { ProxyConnect, ProxyServer } from './proxy.js'
export type { Fault, LoggedRequest, TestServer } from './server.js'
export { TLS } from './server.js'
export type { Installations, Level, MintedToken, StsAnswer, StsServer } from './sts.js'
export { DEFAULT_APP_PERMISSIONS, FIXTURE_REPOS, NOT_INSTALLED } from './sts.js'

export interface StackOptions {
  /**
   * `loopback` (default): every URL uses 127.0.0.1. `test`: the servers are named oidc.test,
   * sts.test and api.test (resolved to 127.0.0.1 in the step by a preload, see `env()`), so the
   * action does not treat them as loopback and HTTPS_PROXY/NO_PROXY apply.
   */
  hostNames?: 'loopback' | 'test'
  /** GitHub API path prefix, e.g. `/api/v3` for a GHES-shaped URL. */
  apiPrefix?: string
  /** The audience the STS expects by default (default: its own `host:port`). */
  stsDomain?: string
  /** Owners the fake App is installed on (default: every fixture owner but `nope-org`). */
  installations?: Installations
  /** Permissions the fake App has (default: DEFAULT_APP_PERMISSIONS). */
  appPermissions?: Record<string, Level>
  /** Credentials the proxy requires (Proxy-Authorization: Basic). */
  proxyAuth?: { username: string; password: string }
  /** The initial workflow (see `oidc.setWorkflow`). */
  workflow?: Workflow
  /** Fixture repos directory (default __tests__/fixtures/repos). */
  reposDir?: string
}

export interface Stack {
  oidc: OidcServer
  sts: StsServer
  api: ApiServer
  proxy: ProxyServer
  /** Path of the test CA (NODE_EXTRA_CA_CERTS). */
  caPath: string
  /**
   * The environment of a step that runs against this stack: the OIDC request URL and token,
   * GITHUB_API_URL, NODE_EXTRA_CA_CERTS, INPUT_DOMAIN (the STS host) and, with test host
   * names, NODE_OPTIONS loading the `*.test` resolver. `extra` overrides (undefined removes).
   */
  env(extra?: Record<string, string | undefined>): Record<string, string | undefined>
  /** Every secret the stack handed out so far: request token, issued JWTs, minted tokens. */
  secrets(): string[]
  /**
   * Back to the starting state between tests: request logs, queued faults, the workflow, signing,
   * policy overrides, installations, App permissions, the STS domain. Issued JWTs, minted tokens
   * and revocations are kept (they feed `secrets()`).
   */
  reset(): void
  close(): Promise<void>
}

export const RESOLVE_TEST_HOSTS = fileURLToPath(
  new URL('./resolve-test-hosts.mjs', import.meta.url)
)

/** NODE_OPTIONS for a child process in which `*.test` names resolve to 127.0.0.1. */
export const testHostsNodeOptions = (): string =>
  `--import=${pathToFileURL(RESOLVE_TEST_HOSTS).href}`

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const named = options.hostNames === 'test'
  const started: { close(): Promise<void> }[] = []
  try {
    const [oidc, api, proxy] = await Promise.all([
      startOidc({
        ...(named ? { hostName: 'oidc.test' } : {}),
        ...(options.workflow ? { workflow: options.workflow } : {})
      }),
      startApi({
        ...(options.apiPrefix ? { prefix: options.apiPrefix } : {}),
        ...(named ? { hostName: 'api.test' } : {})
      }),
      startProxy(options.proxyAuth ? { auth: options.proxyAuth } : {})
    ])
    started.push(oidc, api, proxy)
    const sts = await startSts({
      issuers: [{ issuer: oidc.issuer, jwks: oidc.jwks }],
      api,
      ...(options.stsDomain ? { domain: options.stsDomain } : {}),
      ...(options.installations ? { installations: options.installations } : {}),
      ...(options.appPermissions ? { appPermissions: options.appPermissions } : {}),
      ...(options.reposDir ? { reposDir: options.reposDir } : {}),
      ...(named ? { hostName: 'sts.test' } : {})
    })
    started.push(sts)
    let closed = false
    return {
      oidc,
      sts,
      api,
      proxy,
      caPath: TLS.caPath,
      env(extra = {}) {
        return {
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
          GITHUB_API_URL: api.url,
          NODE_EXTRA_CA_CERTS: TLS.caPath,
          INPUT_DOMAIN: sts.host,
          ...(named ? { NODE_OPTIONS: testHostsNodeOptions() } : {}),
          ...extra
        }
      },
      secrets: () => [oidc.requestToken, ...oidc.issued, ...sts.minted.map(m => m.token)],
      reset() {
        for (const s of [oidc, sts, api]) s.reset()
        proxy.reset()
      },
      async close() {
        if (closed) return
        closed = true
        await Promise.all(started.map(s => s.close()))
      }
    }
  } catch (e) {
    await Promise.all(started.map(s => s.close()))
    throw e
  }
}

export {
  assertNoLeaks,
  errorAnnotation,
  maskLog,
  parseFileCommands,
  renderLog,
  runStep,
  unescapeData
} from './run-step.js'
export type { RunStepOptions, StepEntry, StepResult } from './run-step.js'
export { assertCliNoLeaks, CLI_BUNDLE, runCli } from './run-cli.js'
export type { CliResult, RunCliOptions } from './run-cli.js'
