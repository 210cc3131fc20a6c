// Turns an Octo STS error answer into a diagnosis: the class of failure, what it means and what
// to do about it, from the HTTP status and the server's message (as octo-sts/app words them).
// The server's own words always follow our reading of them, so a wrong reading shows the truth.
import { ActionError } from '../errors.js'
import type { FailureKind } from '../errors.js'
import { ALLOWLIST_PATH, DEFAULT_DOMAIN, orgRepo, policyLocation, scopeOwner } from './request.js'
import type { ExchangeContext } from './request.js'
import { sanitize } from '../log/neutralize.js'

export interface Diagnosis {
  kind: FailureKind
  /** Our reading of the answer, then what the server said, verbatim (sanitized, quoted). */
  what: string
  fix: string
}

/** Which field of the policy a `trust policy: …` denial names. */
export function mismatchField(message: string): string | undefined {
  const m =
    /^trust policy: (?:(issuer|subject|audience)(?:_pattern)?\b|(?:expected )?claim "([^"]*)")/.exec(
      message
    )
  return m?.[1] ?? (m?.[2] !== undefined ? `claim_pattern["${m[2]}"]` : undefined)
}

const MAX_SAID = 300

/** The one place a server's message joins our explanation: bounded, inert, quoted. */
export function withServerWords(
  explanation: string,
  service: string,
  status: number,
  message: string
): string {
  const said = sanitize(message, MAX_SAID)
  return `${explanation} ${service} said (HTTP ${status}): ${said ? `"${said}"` : 'nothing (an empty message)'}.`
}

interface Facts {
  status: number
  message: string
  /** The rule's regular expression match on the message. */
  m: RegExpExecArray
  ctx: ExchangeContext
  owner: string
  repo: string
  path: string
  /** The org's policy repository, `owner/.github` unless the server reads another. */
  orgRepo: string
  hosted: boolean
}

interface Rule {
  kind: FailureKind
  /** Matched against the start of the message (the server's messages are fixed prefixes). */
  message: RegExp
  /** Only for these statuses (default: any). */
  status?: (status: number) => boolean
  explain(f: Facts): { what: string; fix: string }
}

const REPO_ACCESS =
  "the owner's Settings → GitHub Apps (Applications for a user account) → Configure next to the App → Repository access"

/** The server's messages, in the order it checks them; the first rule that matches decides. */
const RULES: Rule[] = [
  {
    kind: 'request-rejected',
    message:
      /^(?:expected exactly one authorization header|no metadata found|multiple scopes not supported|too many values for field|invalid semicolon separator|scope must be provided|identity must be provided)/,
    explain: () => ({
      what: 'Octo STS refused the request itself, before it looked at any policy: a header or parameter it needs was missing, repeated or malformed.',
      fix: 'This action sends `Authorization`, `scope`, `scopes` and `identity` exactly once each, so something between the runner and the server changed the request (a proxy that adds an `Authorization` header or rewrites the query). Check the proxy settings (HTTPS_PROXY); if there is no proxy, report this answer.'
    })
  },
  {
    kind: 'identity-refused',
    // octo-sts/app#1683 (2026-09): an identity that is not one path segment (a `/`, `.` or `..`,
    // control characters) is refused with InvalidArgument before any policy is read. Its exact
    // wording was not in the source we could read: any other 400 that names the identity is it
    // ("identity must be provided" and "too many values for field" are matched above).
    message: /\bidentity\b/i,
    status: s => s === 400,
    explain: f => ({
      what: `Octo STS refused the policy name \`identity\` ("${sanitize(f.ctx.identity, 80)}") before reading any policy: the server takes exactly one file name in .github/chainguard, with no \`/\`, not \`.\` or \`..\`, and no control characters.`,
      fix: `Set \`identity\` to the name of a policy file directly in .github/chainguard of ${f.repo}, without the \`.sts.yaml\` suffix (\`deploy\` for .github/chainguard/deploy.sts.yaml); a policy in a subfolder is never read. If it already is one, the server's rule is stricter than this action's check: report this answer.`
    })
  },
  {
    kind: 'token-rejected',
    message: /^invalid bearer token/,
    explain: () => ({
      what: "Octo STS could not read the job's OIDC token: the `Authorization` header did not hold a JWT when it reached the server.",
      fix: 'Check that no proxy between the runner and the server replaces the `Authorization` header; re-run the job.'
    })
  },
  {
    kind: 'token-rejected',
    message: /^(?:invalid issuer format|unable to fetch or create the provider)/,
    explain: f => ({
      what: `Octo STS does not accept the OIDC token's issuer${f.ctx.issuer ? ` ("${f.ctx.issuer}")` : ''}: it is not a valid issuer URL, or the server could not fetch its OpenID configuration and signing keys.`,
      fix: 'The server must reach the issuer over https (`/.well-known/openid-configuration`): a GitHub Enterprise Server issuer is often not reachable from a hosted STS, so run your own Octo STS inside the network. Re-run the job if the issuer had an outage.'
    })
  },
  {
    kind: 'token-rejected',
    message: /^unable to verify bearer token/,
    explain: () => ({
      what: "Octo STS could not verify the job's OIDC token: its signature does not check against the issuer's published keys, or it has expired.",
      fix: 'Tokens live minutes: a job that waited long between requesting the token and the exchange must re-run. The audience is not the cause (the server checks it against the trust policy later). If it persists, the issuer may have rotated its keys while the server cached the old ones: re-run later.'
    })
  },
  {
    kind: 'token-claims-invalid',
    message: /^invalid (issuer|subject|audience) in token/,
    explain: f => {
      const field = f.m[1] as 'issuer' | 'subject' | 'audience'
      const claim = { issuer: 'iss', subject: 'sub', audience: 'aud' }[field]
      const fixes = {
        issuer:
          'The server takes only an https URL of at most 255 characters, with no query, fragment or user info and a path of letters, digits and `-._~/`. GitHub Actions issuers always are; a custom or self-hosted issuer may not be.',
        subject:
          'The server refuses a subject with white space, quotes, or any of `\\ < > ; & $ ( ) { } [ ]`, or over 255 characters. GitHub puts the branch, tag or environment name into `sub`: one with such a character (an environment named `Production EU`, a branch `fix(ci)`) is refused. Rename it, or use a custom subject template without it.',
        audience: `The server refuses an audience with white space, quotes, \`@\`, \`|\` or other shell characters, or over 255 characters. Set the \`audience\` input (now "${f.ctx.audience}") to a plain host name, normally the domain the server was started with${f.hosted ? ` ("${DEFAULT_DOMAIN}"; leaving it empty uses that)` : ''}.`
      }
      return {
        what: `Octo STS refuses the OIDC token's ${field} (\`${claim}\`) as malformed, before it compares anything with the trust policy.`,
        fix: fixes[field]
      }
    }
  },
  {
    kind: 'org-not-configured',
    message: /^no GitHub App configured for org /,
    explain: f => ({
      what: `This Octo STS server (${f.ctx.domain}) serves only the organizations it is configured for, and "${f.owner}" is not one of them.`,
      fix: `Check the owner in \`scope\` ("${f.ctx.scope}"). If it is right, ask the operator of ${f.ctx.domain} to configure a GitHub App for "${f.owner}", or set \`domain\` to the Octo STS server that serves it.`
    })
  },
  {
    kind: 'app-not-installed',
    message: /^no installation found for /,
    explain: f => ({
      what: `The Octo STS GitHub App is not installed on "${f.owner}".`,
      fix: f.hosted
        ? `Install it on the account "${f.owner}" (https://github.com/apps/octo-sts), giving it access to ${f.repo}.`
        : `Install the GitHub App of your Octo STS server (${f.ctx.domain}) on "${f.owner}", giving it access to ${f.repo}.`
    })
  },
  {
    kind: 'app-not-installed',
    // A server that remembered an installation (its cache, a sticky assignment) and asked
    // GitHub for it: the App was uninstalled, or reinstalled under a new installation ID.
    message: /^installation (\d+) not found for /,
    explain: f => ({
      what: `Octo STS had an installation of its GitHub App on "${f.owner}" on record (ID ${f.m[1]}), and GitHub no longer has it: the App was uninstalled from "${f.owner}", or reinstalled (a reinstall gets a new ID).`,
      fix: `Check that the ${f.hosted ? 'Octo STS App (https://github.com/apps/octo-sts)' : `GitHub App of your Octo STS server (${f.ctx.domain})`} is installed on "${f.owner}" with access to ${f.repo}. After a reinstall, re-run the job in a few minutes, once the server's cache of installations has expired.`
    })
  },
  {
    kind: 'app-not-installed',
    message: /^no installation for .* matches the trust policy app pin/,
    explain: f => ({
      what: `The trust policy pins the GitHub Apps it may use, and none of them is installed on "${f.owner}".`,
      fix: `Install the pinned App on "${f.owner}", or change the policy's app pin in ${f.repo}.`
    })
  },
  {
    kind: 'issuer-not-allowed',
    message: /^issuer not permitted by organization policy/,
    explain: f => ({
      what: `The organization "${f.owner}" allows only listed OIDC issuers to federate into any of its repositories, and this token's issuer${f.ctx.issuer ? ` ("${f.ctx.issuer}")` : ''} is not listed. The list is ${ALLOWLIST_PATH} in ${f.orgRepo}, and it applies to every repository of "${f.owner}" whatever the trust policy says.`,
      fix: `An admin of "${f.owner}" adds the issuer to \`issuers\` (exact, byte for byte) or to an \`issuer_patterns\` entry in ${ALLOWLIST_PATH} on the default branch of ${f.orgRepo}; the server caches the list for up to 5 minutes. Otherwise run the job where its token comes from a listed issuer.`
    })
  },
  {
    kind: 'issuer-allowlist-invalid',
    message: /^organization trusted-issuer configuration is invalid/,
    explain: f => ({
      what: `The organization "${f.owner}" has an OIDC issuer allowlist (${ALLOWLIST_PATH} in ${f.orgRepo}) that the server cannot use, and it has no earlier valid copy: every exchange into "${f.owner}" is refused until the file is fixed.`,
      fix: `An admin of "${f.owner}" fixes the file on the default branch of ${f.orgRepo}: only the keys \`mode\`, \`issuers\` and \`issuer_patterns\`, at least one entry, at most 64 issuers and 16 patterns, issuers as https URLs with a lower-case host. The validate action checks it in pull requests.`
    })
  },
  {
    kind: 'issuer-allowlist-unavailable',
    message: /^organization trusted-issuer lookup (rate limited|unavailable)/,
    explain: f => ({
      what: `Octo STS could not read the OIDC issuer allowlist of "${f.owner}" (${ALLOWLIST_PATH} in ${f.orgRepo}): the lookup was ${f.m[1] === 'rate limited' ? 'rate limited by GitHub' : 'unavailable'}. The server refuses the exchange rather than guess, before it reads the trust policy.`,
      fix:
        f.m[1] === 'rate limited'
          ? `Re-run the job in a few minutes: the App's GitHub API quota for "${f.owner}" is spent.`
          : `Re-run the job later. If it persists, GitHub refuses the App the read: an admin of "${f.owner}" checks that the Octo STS App can read ${f.orgRepo} (repository access, an IP allow list or SAML single sign-on can block it).`
    })
  },
  {
    kind: 'policy-not-found',
    message: /^unable to find trust policy for /,
    explain: f => ({
      what: `Octo STS found no trust policy "${f.ctx.identity}" in ${f.repo}. Either ${f.path} is not on the default branch of ${f.repo}, or the Octo STS App cannot read ${f.repo}: it is installed on "${f.owner}" but not given access to that repository, and GitHub answers "not found" for both.`,
      fix: `First check that ${f.path} is on the default branch of ${f.repo} (a policy on another branch is not read) and that \`identity\` is spelled exactly. Then check the App's repository access on GitHub (${REPO_ACCESS}): it must include ${f.repo}. The server caches a miss for up to 5 minutes.`
    })
  },
  {
    kind: 'policy-invalid',
    message: /^unable to (?:parse|compile) trust policy/,
    explain: f => ({
      what: `The trust policy ${f.repo}/${f.path} is invalid.`,
      fix: 'Fix the file on the default branch: the server rejects unknown keys and Go RE2 patterns that do not compile. The validate action checks policies in pull requests.'
    })
  },
  {
    kind: 'policy-invalid',
    message: /^(?:unable to read trust policy found for |trust policy path is not a file for )/,
    explain: f => ({
      what: `Octo STS found ${f.path} in ${f.repo} but could not read it as a policy file (a directory, a symbolic link or submodule, or a file too large for GitHub's contents API).`,
      fix: `Make ${f.path} a regular, small YAML file on the default branch of ${f.repo}.`
    })
  },
  {
    kind: 'policy-rate-limited',
    // Today `GitHub API rate limit exceeded for "<identity>"`; 2026-02 to 2026-08 the server put
    // GitHub's status in it: `… exceeded (403) for "…"` or `(429) for "…"`.
    message: /^GitHub API rate limit exceeded(?: \((\d{3})\))?/,
    explain: f => ({
      what: `Octo STS hit GitHub's API rate limit while reading the trust policy "${f.ctx.identity}" from ${f.repo}: the App's installation on "${f.owner}" has spent its quota.`,
      fix: `Re-run the job later: the quota resets within the hour. If it happens often, fewer jobs should share the installation, or run your own Octo STS with its own App.${
        f.m[1] === '403'
          ? ` This server is older than 2026-09 and also reports GitHub refusing the App access to the policy this way (octo-sts/app#1684): if it lasts over an hour, an admin of "${f.owner}" checks the App's access to ${f.repo} (${REPO_ACCESS}).`
          : ''
      }`
    })
  },
  {
    kind: 'policy-read-denied',
    // A 403 about reading the policy that is not a policy decision: newer servers answer
    // PermissionDenied when GitHub refuses the read (before, it passed as a rate limit).
    // Its exact wording was not in the source we could read: it is matched by what is stable,
    // a 403 that is none of the server's policy decisions and speaks of a policy or of access.
    message:
      /^(?!trust policy:|token exchange failure|issuer not permitted)[^]*\b(?:polic(?:y|ies)|permission|access|accessible)\b/i,
    status: s => s === 403,
    explain: f => ({
      what: `GitHub refused Octo STS access to ${f.path} in ${f.repo}. This is not a mismatch: the policy was never evaluated, and the server does not fall back to a copy it read before.`,
      fix: `An admin of "${f.owner}" checks the Octo STS App's installation (${REPO_ACCESS}: access to ${f.repo}, and \`Contents: read\` approved) and the organization's IP allow list and SAML single sign-on settings, which can block the App.`
    })
  },
  {
    kind: 'policy-mismatch',
    message: /^trust policy:/,
    status: s => s < 500,
    explain: f => {
      const field = mismatchField(f.message)
      return {
        what: `The trust policy ${f.repo}/${f.path} does not admit this workflow${field ? ` (${field} did not match)` : ''}.`,
        fix: `Compare the token's claims (in the log and the job summary) with the policy's ${field ?? 'fields'}; edits apply from the default branch, after up to 5 minutes of server cache.`
      }
    }
  },
  {
    kind: 'permissions-refused',
    message: /^token exchange failure/,
    explain: f => ({
      what: 'GitHub refused the permissions or repositories the trust policy asks for.',
      fix: `Ask only for permissions the Octo STS App has on "${f.owner}" (snake_case names such as \`pull_requests\`), and list only repositories the installation can access.`
    })
  },
  {
    kind: 'unavailable',
    message: /^failed to get token/,
    explain: () => ({
      what: 'The trust policy admitted this workflow, but GitHub failed to create the installation token (an error other than a refusal).',
      fix: 'Re-run the job; if it persists, check https://www.githubstatus.com and the status of the STS.'
    })
  },
  {
    kind: 'unavailable',
    message: /^transient error fetching trust policy for /,
    explain: f => ({
      what: `Octo STS could not read the trust policy from ${f.repo}: GitHub kept failing through the server's own retries.`,
      fix: 'Re-run the job later; check https://www.githubstatus.com.'
    })
  },
  {
    kind: 'unavailable',
    // A server with several Apps (octo-sts.dev has a pool) asks GitHub for each App's
    // installations on the owner; one failed, so it cannot tell which App may answer.
    message: /^enumerating installations for /,
    explain: f => ({
      what: `Octo STS could not list the installations of its GitHub Apps on "${f.owner}": GitHub failed for at least one of them, a temporary failure.`,
      fix: 'Re-run the job in a few minutes; this action already retried it. If it persists, check https://www.githubstatus.com and the status of the STS.'
    })
  },
  {
    kind: 'server-error',
    message: /^listing installations for app (\d+)/,
    explain: f => ({
      what: `Octo STS could not list where its own GitHub App (ID ${f.m[1]}) is installed: GitHub refused or failed the App's request. This is on the server's side, not in this workflow or its policy.`,
      fix: f.hosted
        ? "Re-run the job later and check https://www.githubstatus.com; if it persists, report it to the Octo STS operators (https://github.com/octo-sts/app/issues) with the server's words below."
        : `Re-run the job later. If it persists, the operator of ${f.ctx.domain} checks the server's GitHub App ID and private key (its signing key), and GitHub's status.`
    })
  },
  {
    kind: 'server-error',
    message: /^creating GitHub client/,
    explain: f => ({
      what: "Octo STS could not set up its connection to GitHub's API: a problem with the server's own configuration (such as its GitHub Enterprise URL), not with this workflow or its policy.",
      fix: f.hosted
        ? "Report it to the Octo STS operators (https://github.com/octo-sts/app/issues) with the server's words below; re-run the job later."
        : `The operator of ${f.ctx.domain} checks the server's GitHub settings (the GitHub Enterprise URL, the App's credentials) and its log.`
    })
  }
]

/** What is left: classified by status alone. */
function byStatus(f: Omit<Facts, 'm'>): { kind: FailureKind; what: string; fix: string } {
  if (f.status === 429) {
    return {
      kind: 'rate-limited',
      what: 'Octo STS is rate limiting.',
      fix: 'Re-run the job in a few minutes.'
    }
  }
  if (f.status >= 500) {
    return {
      kind: 'unavailable',
      what: 'Octo STS failed.',
      fix: 'Re-run the job; if it persists, check the status of the STS.'
    }
  }
  return {
    kind: 'unexpected',
    what: 'Octo STS refused the exchange with an answer this action does not know.',
    fix: `Check the inputs \`scope\` ("${f.ctx.scope}") and \`identity\` ("${f.ctx.identity}"); if they are right, report this answer.`
  }
}

export function diagnoseExchange(status: number, message: string, ctx: ExchangeContext): Diagnosis {
  const owner = scopeOwner(ctx.scope)
  const { repo, path } = policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo)
  const hosted = ctx.domain === DEFAULT_DOMAIN
  const base = {
    status,
    message,
    ctx,
    owner,
    repo,
    path,
    orgRepo: orgRepo(owner, ctx.orgPolicyRepo),
    hosted
  }
  let found: { kind: FailureKind; what: string; fix: string } | undefined
  for (const rule of RULES) {
    const m = rule.message.exec(message)
    if (m && (rule.status?.(status) ?? true)) {
      found = { kind: rule.kind, ...rule.explain({ ...base, m }) }
      break
    }
  }
  const d = found ?? byStatus(base)
  return { ...d, what: withServerWords(d.what, 'Octo STS', status, message) }
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
