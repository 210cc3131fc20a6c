// Turns an Octo STS error answer into a diagnosis: the class of failure and what to do about
// it, from the HTTP status and the server's message (the table in PROTOCOL.md).
import { ActionError } from './errors.js'
import type { FailureKind } from './errors.js'
import { DEFAULT_DOMAIN } from './inputs.js'

export interface ExchangeContext {
  scope: string
  identity: string
  domain: string
  audience: string
}

/** The repository the STS reads the policy from: the repo itself, or the org's `.github`. */
export function policyLocation(scope: string, identity: string): { repo: string; path: string } {
  const [owner, repo] = scope.split('/')
  return {
    repo: repo ? scope : `${owner}/.github`,
    path: `.github/chainguard/${identity}.sts.yaml`
  }
}

interface Diagnosis {
  kind: FailureKind
  what: string
  fix: string
}

/** Which field of the policy a `trust policy: …` denial names. */
export function mismatchField(message: string): string | undefined {
  const m = /^trust policy: (?:(issuer|subject|audience)\b|(?:expected )?claim "([^"]*)")/.exec(
    message
  )
  return m?.[1] ?? (m?.[2] !== undefined ? `claim_pattern["${m[2]}"]` : undefined)
}

export function diagnoseExchange(status: number, message: string, ctx: ExchangeContext): Diagnosis {
  const owner = ctx.scope.split('/')[0] ?? ctx.scope
  const { repo, path } = policyLocation(ctx.scope, ctx.identity)
  const said = message ? `: "${message}"` : ''
  const hosted = ctx.domain === DEFAULT_DOMAIN
  if (/^no installation found/.test(message)) {
    return {
      kind: 'app-not-installed',
      what: `The Octo STS GitHub App is not installed on "${owner}" (HTTP ${status}).`,
      fix: hosted
        ? `Install it on the account "${owner}" (https://github.com/apps/octo-sts), giving it access to ${repo}.`
        : `Install the GitHub App of your Octo STS server (${ctx.domain}) on "${owner}", giving it access to ${repo}.`
    }
  }
  if (/^unable to find trust policy/.test(message)) {
    return {
      kind: 'policy-not-found',
      what: `No trust policy "${ctx.identity}" was found in ${repo} (HTTP ${status}).`,
      fix: `Create ${path} in ${repo} on its default branch (a policy on another branch is not read). The server caches a miss for up to 5 minutes.`
    }
  }
  if (/^unable to (parse|compile) trust policy/.test(message)) {
    return {
      kind: 'policy-invalid',
      what: `The trust policy ${repo}/${path} is invalid (HTTP ${status})${said}.`,
      fix: 'Fix the file on the default branch: the server rejects unknown keys and Go RE2 patterns that do not compile. The validate action checks policies in pull requests.'
    }
  }
  if (/^issuer not permitted by organization policy/.test(message)) {
    return {
      kind: 'issuer-not-allowed',
      what: `The organization "${owner}" does not permit this token's issuer (HTTP ${status})${said}.`,
      fix: `Its issuer allowlist, .github/chainguard/trusted-token-issuers.yaml on the default branch of ${owner}/.github, must permit the token's iss (shown below); ask the org's owners.`
    }
  }
  if (/^trust policy:/.test(message)) {
    const field = mismatchField(message)
    return {
      kind: 'policy-mismatch',
      what: `The trust policy ${repo}/${path} does not admit this workflow${field ? ` (${field} did not match)` : ''} (HTTP ${status})${said}.`,
      fix: `Compare the token's claims (in the log and the job summary) with the policy's ${field ?? 'fields'}; edits apply from the default branch, after up to 5 minutes of server cache.`
    }
  }
  if (/^token exchange failure/.test(message)) {
    return {
      kind: 'permissions-refused',
      what: `GitHub refused the permissions or repositories the trust policy asks for (HTTP ${status})${said}.`,
      fix: `Ask only for permissions the Octo STS App has on "${owner}" (snake_case names such as \`pull_requests\`), and list only repositories the installation can access.`
    }
  }
  if (
    /^(unable to verify bearer token|invalid bearer token|invalid issuer format|unable to fetch or create the provider)/.test(
      message
    )
  ) {
    return {
      kind: 'token-rejected',
      what: `Octo STS could not verify the job's OIDC token (HTTP ${status})${said}.`,
      fix: hosted
        ? `The token's audience must be "${DEFAULT_DOMAIN}": leave \`audience\` empty unless the policy sets one.`
        : `The token's audience ("${ctx.audience}") must be the domain the server was started with, or match the policy's \`audience\`: set the \`audience\` input to it.`
    }
  }
  if (status === 429) {
    return {
      kind: 'rate-limited',
      what: `Octo STS is rate limiting (HTTP 429)${said}.`,
      fix: 'Re-run the job in a few minutes.'
    }
  }
  if (status >= 500) {
    return {
      kind: 'unavailable',
      what: `Octo STS failed (HTTP ${status})${said}.`,
      fix: 'Re-run the job; if it persists, check the status of the STS.'
    }
  }
  return {
    kind: 'unexpected',
    what: `Octo STS refused the exchange (HTTP ${status})${said}.`,
    fix: `Check the inputs \`scope\` ("${ctx.scope}") and \`identity\` ("${ctx.identity}"); if they are right, report this answer.`
  }
}

export const exchangeError = (
  status: number,
  message: string,
  ctx: ExchangeContext
): ActionError => {
  const d = diagnoseExchange(status, message, ctx)
  return new ActionError(d.kind, d.what, d.fix, {
    status,
    serverMessage: message,
    service: 'Octo STS'
  })
}
