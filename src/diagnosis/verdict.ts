// What a failure (or a dry run) means, as data: its title, where the server looks for the
// policy, what the workspace copy of the policy (or of the org's issuer allowlist) says, the
// claims that decide a match and a policy that would admit this workflow. Deciding only:
// verdict-log.ts and verdict-markdown.ts render it, report.ts puts the two together.
// Prose here is written with code spans around every value (see `codeValue`), which the log
// shows as they are and the job summary keeps literal.
import { codeValue, decidingClaims } from './claims.js'
import type { ClaimRow } from './claims.js'

export { codeValue }
import { policyLocation } from '../sts/request.js'
import type { ExchangeContext } from '../sts/request.js'
import type { ActionError, FailureKind } from '../errors.js'
import type { AllowlistCheck, Checkout, Finding, LocalCheck, Problem } from './local-check.js'
import { suggestPolicy } from './suggested-policy.js'
import { legacyVerdictLine } from '../policy/anchoring.js'
import { formNote, otherFormProse } from './subject-note.js'
import { idsFromClaims } from '../policy/subject-form.js'
import type { OtherForm } from '../policy/subject-form.js'
import type { Suggestion } from './suggested-policy.js'

export const KIND_TITLE: Record<FailureKind, string> = {
  input: 'invalid input',
  'oidc-permission': 'the job cannot request an OIDC token',
  oidc: 'the OIDC token request failed',
  'request-rejected': 'the request was refused',
  'identity-refused': 'the server refused the policy name',
  'token-claims-invalid': "the OIDC token's claims are malformed",
  'org-not-configured': 'the server has no App for this owner',
  'app-not-installed': 'the Octo STS App is not installed',
  'issuer-not-allowed': "the organization does not allow this token's issuer",
  'issuer-allowlist-invalid': "the organization's issuer allowlist is invalid",
  'issuer-allowlist-unavailable': "the organization's issuer allowlist could not be read",
  'policy-not-found': 'trust policy not found',
  'policy-read-denied': 'GitHub refused to let the server read the policy',
  'policy-rate-limited': 'rate limited reading the policy',
  'policy-invalid': 'trust policy invalid',
  'policy-mismatch': 'the trust policy does not admit this workflow',
  'permissions-refused': 'GitHub refused the permissions',
  'token-rejected': 'the OIDC token was rejected',
  'rate-limited': 'rate limited',
  unavailable: 'Octo STS is unavailable',
  'server-error': 'Octo STS failed on its side',
  network: 'network error',
  timeout: 'timed out',
  protocol: 'unexpected answer',
  unexpected: 'the exchange was refused'
}

/** What the report says when the step's time limit cut the local check short. */
export const TIME_LIMIT_SKIPPED =
  "The local policy check was skipped: the step's time limit (`timeout-seconds`) was reached."
export const TIME_LIMIT_CUT_SHORT =
  "The local policy check was cut short: the step's time limit (`timeout-seconds`) was reached before the claims and permissions the policy names were read."

/** Failures a workspace copy of the policy can say something about. */
export const LOCAL_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'policy-not-found',
  'policy-invalid',
  'policy-mismatch',
  'permissions-refused',
  'token-rejected'
])

/** Failures the workspace copy of the org's issuer allowlist can say something about. */
export const ALLOWLIST_KINDS: ReadonlySet<FailureKind> = new Set<FailureKind>([
  'issuer-not-allowed',
  'issuer-allowlist-invalid'
])

/** Failures no trust policy could fix: a suggested policy would send the reader the wrong way. */
const POLICY_NOT_AT_ISSUE = new Set<FailureKind | 'dry-run'>([
  'request-rejected',
  'identity-refused',
  'server-error',
  'token-claims-invalid',
  'org-not-configured',
  'issuer-not-allowed',
  'issuer-allowlist-invalid',
  'issuer-allowlist-unavailable',
  'policy-read-denied',
  'policy-rate-limited'
])

/** Failures with the policy's location worth naming: the server looked for it and read it. */
const POLICY_READ = new Set<FailureKind>(['policy-not-found', 'policy-invalid', 'policy-mismatch'])

/** Failures before there is an OIDC token: no claims are missing, there are none yet. */
const NO_TOKEN_YET = new Set<FailureKind>(['input', 'oidc-permission', 'oidc'])

/** A finding about the token (not about the file itself). */
export const isMismatch = (f: Finding): boolean =>
  f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined

/** What a workspace check says about this failure. */
export interface CheckVerdict {
  /** Short heading for the check, e.g. `Trust policy check: 2 fields refuse this workflow`. */
  title: string
  /** What the check means for this failure, prose with code spans. */
  prose: string[]
  /** File problems and mismatching fields, as the engine lists them. */
  findings: Finding[]
  warnings: Problem[]
}

const pluralFields = (n: number): string => (n === 1 ? '1 field' : `${n} fields`)

/** Where the server reads the policy, and how that relates to what was checked here. */
export function defaultBranchNote(repo: string, checkout: Checkout, checked: boolean): string {
  const v = codeValue
  const branch = checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''
  const ref = checkout.ref ? ` (${v(checkout.ref)})` : ''
  return checked
    ? `The server reads the policy from the default branch of ${v(repo)}${branch}; this check used the copy checked out in the workspace${ref}, which may differ.`
    : `The server reads the policy from the default branch of ${v(repo)}${branch}, not from the branch this job runs on.`
}

/** What the local check of the trust policy says, given why the exchange failed (or `dry-run`). */
export function policyVerdict(
  kind: FailureKind | 'dry-run',
  check: LocalCheck,
  ctx: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo'>,
  checkout: Checkout
): CheckVerdict {
  const v = codeValue
  const { repo, path } = policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo)
  const file = v(path)
  switch (check.status) {
    case 'elsewhere':
      return {
        title: 'Trust policy check: not possible here',
        prose: [
          `The policy is read from ${v(repo)}, not from this workflow's repository${check.workflowRepo ? ` (${v(check.workflowRepo)})` : ''}: it cannot be checked from this workspace. Compare it with the claims that decide a match.`,
          defaultBranchNote(repo, checkout, false)
        ],
        findings: [],
        warnings: []
      }
    case 'absent':
      return {
        title: `Trust policy check: no ${path} in the workspace`,
        prose: [
          kind === 'policy-not-found' || kind === 'dry-run'
            ? `There is no ${file} in the workspace either: create it on the default branch of ${v(repo)} (a suggested policy is below). If the file does exist, check out the repository (\`actions/checkout\`) before this step to have it checked here.`
            : `The workspace has no ${file} to check (check out the repository with \`actions/checkout\` before this step to have the policy explained here).`
        ],
        findings: [],
        warnings: []
      }
    case 'skipped':
      return { title: TIME_LIMIT_SKIPPED, prose: [], findings: [], warnings: [] }
    case 'unreadable':
    case 'failed':
      return {
        title: 'Trust policy check: not possible',
        prose: [`The workspace copy of ${file} could not be checked: ${v(check.why, 200)}.`],
        findings: [],
        warnings: []
      }
    case 'checked':
      break
  }
  const mismatches = check.findings.filter(isMismatch)
  const fileProblems = check.findings.length - mismatches.length
  const prose: string[] = []
  let title: string
  if (check.verdict === 'misread') {
    title = `Trust policy check: ${path} in the workspace has line breaks only the server sees`
    prose.push(
      `The workspace copy of ${file} has line breaks that the server (yaml.v2) reads and editors, GitHub's diff and reviewers do not: a lone CR, NEL, U+2028 or U+2029, listed below. The server reads another policy than the one reviewed; as it reads it, ${mismatches.length ? `${pluralFields(mismatches.length)} refuse${mismatches.length === 1 ? 's' : ''} this workflow` : 'it admits this workflow'}. Remove them.`
    )
  } else if (check.verdict === 'unparseable' || check.verdict === 'uncompilable') {
    title = `Trust policy check: ${path} in the workspace is invalid`
    prose.push(
      `The workspace copy of ${file} is invalid (${fileProblems === 1 ? '1 problem' : `${fileProblems} problems`}): the server refuses the whole file${mismatches.length ? `. Once it is fixed, ${pluralFields(mismatches.length)} would still refuse this workflow` : ''}. Everything is listed, not just the first.`
    )
    if (kind === 'policy-not-found') {
      prose.push(
        `The server did not find the file at all: is it on the default branch of ${v(repo)} yet? Fix it before you merge it.`
      )
    }
  } else if (check.verdict === 'allow') {
    title = `Trust policy check: ${path} in the workspace admits this workflow`
    const admitted: Record<string, string> = {
      'policy-not-found': `The workspace has ${file}, and it admits this workflow, but the server found no such file: is it merged to the default branch of ${v(repo)}${checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''} yet? The server caches a miss for up to 5 minutes: if it was merged just now, re-run the job in a few minutes.`,
      'policy-invalid': `The workspace copy of ${file} is valid and admits this workflow: the copy on the default branch must differ. Merge the fix; the server caches policies for up to 5 minutes.`,
      'policy-mismatch': `The workspace copy of ${file} admits this workflow, so the copy on the default branch differs (or the server still caches an older one, for up to 5 minutes).`,
      'dry-run': `The workspace copy of ${file} would admit this workflow, if it is the copy on the default branch of ${v(repo)}.`
    }
    prose.push(admitted[kind] ?? `The workspace copy of ${file} is valid and admits this workflow.`)
  } else {
    const n = mismatches.length
    title = `Trust policy check: ${pluralFields(n)} of ${path} refuse${n === 1 ? 's' : ''} this workflow`
    prose.push(
      kind === 'dry-run'
        ? `The workspace copy of ${file} would refuse this workflow. Every field that does not match is listed (the server reports only the first).`
        : kind === 'policy-not-found'
          ? `The server did not find ${file}; the workspace copy would refuse this workflow anyway. Every field that does not match is listed.`
          : `The workspace copy of ${file} refuses this workflow. Every field that does not match is listed (the server reports only the first).`
    )
  }
  if (check.legacy) prose.push(legacyVerdictLine(check.legacy, v))
  if (check.cutShort) prose.push(TIME_LIMIT_CUT_SHORT)
  if (kind === 'permissions-refused' && !check.cutShort) {
    const asked = Object.entries(check.permissions)
      .filter(([, level]) => typeof level === 'string')
      .map(([name, level]) => `${name}: ${level}`)
    prose.push(
      asked.length
        ? `The workspace copy asks for ${asked.map(a => v(a)).join(', ')}: the Octo STS App must have each of these on the owner, with these exact snake_case names.`
        : 'The workspace copy asks for no permissions.'
    )
  }
  prose.push(defaultBranchNote(repo, checkout, true))
  return { title, prose, findings: check.findings, warnings: check.warnings }
}

/** What the workspace copy of the org's issuer allowlist says about a refusal by it. */
export function allowlistVerdict(
  kind: FailureKind,
  check: AllowlistCheck,
  checkout: Checkout
): CheckVerdict {
  const v = codeValue
  const brokenThere = kind === 'issuer-allowlist-invalid'
  const { policyRepo: repo, path } = check
  const file = v(path)
  const none = { findings: [], warnings: [] }
  switch (check.status) {
    case 'elsewhere':
      return {
        title: 'Issuer allowlist check: not possible here',
        prose: [
          `The org's issuer allowlist is ${file} in ${v(repo)}, not in this workflow's repository${check.workflowRepo ? ` (${v(check.workflowRepo)})` : ''}: it cannot be checked from this workspace. ${brokenThere ? 'Run the validate action in that repository to see its problems.' : `It does not permit this token's issuer, ${v(check.issuer)}: the org's owners decide whether to add it to \`issuers\` (byte for byte) or \`issuer_patterns\` there.`}`,
          defaultBranchNote(repo, checkout, false)
        ],
        ...none
      }
    case 'absent':
      return {
        title: `Issuer allowlist check: no ${path} in the workspace`,
        prose: [
          `The server has ${file} on the default branch of ${v(repo)}, and it ${brokenThere ? 'cannot use it' : `does not permit this token's issuer, ${v(check.issuer)}`}; the workspace has no copy to check (check out the default branch with \`actions/checkout\` to have it explained here).`
        ],
        ...none
      }
    case 'skipped':
      return { title: TIME_LIMIT_SKIPPED, prose: [], ...none }
    case 'unreadable':
    case 'failed':
      return {
        title: 'Issuer allowlist check: not possible',
        prose: [`The workspace copy of ${file} could not be checked: ${v(check.why, 200)}.`],
        ...none
      }
    case 'checked':
      break
  }
  const iss = v(check.issuer)
  const findings: Finding[] = check.errors.map(p => ({
    field: p.field ?? path,
    reason: p.message,
    ...(p.line !== undefined ? { line: p.line } : {})
  }))
  const prose: string[] = []
  let title: string
  const misread = check.errors.length > 0 && check.errors.every(p => p.code === 'hidden-line-break')
  if (check.verdict === 'invalid' && misread) {
    title = `Issuer allowlist check: ${path} in the workspace has line breaks only the server sees`
    prose.push(
      `The workspace copy of ${file} has line breaks that the server (yaml.v2) reads and editors, GitHub's diff and reviewers do not: a lone CR, NEL, U+2028 or U+2029, listed below. The server reads another list than the one reviewed; as it reads it, it ${check.by || check.mode === 'audit' ? 'lets' : 'does not let'} ${iss} through${check.mode === 'audit' ? ' (audit mode)' : ''}. Remove them.`
    )
  } else if (check.verdict === 'invalid') {
    title = `Issuer allowlist check: ${path} in the workspace is invalid`
    prose.push(
      brokenThere
        ? `The workspace copy of ${file} has the problems below (the server says only that the file is invalid). Fix them on the default branch of ${v(repo)}: until then every exchange into the org is refused.`
        : `The workspace copy of ${file} is invalid: the server would refuse it (\`organization trusted-issuer configuration is invalid\`, or it keeps using its last good copy). The copy that denied ${iss} was valid: fix these problems before merging.`
    )
  } else if (brokenThere) {
    title = `Issuer allowlist check: ${path} in the workspace is valid`
    prose.push(
      `The workspace copy of ${file} is valid${check.verdict === 'refuses' ? `, though it does not permit this token's issuer, ${iss}` : ''}: the copy on the default branch of ${v(repo)} must differ. Merge the fix; the server caches the list for up to 5 minutes.`
    )
  } else if (check.verdict === 'admits') {
    title = `Issuer allowlist check: the workspace copy permits this token's issuer`
    prose.push(
      check.by
        ? `The workspace copy of ${file} permits ${iss} (${v(check.by.field)}${check.by.line ? `, line ${check.by.line}` : ''}), so the copy on the default branch of ${v(repo)} differs (or the server still caches an older one, for up to 5 minutes).`
        : `The workspace copy of ${file} is in audit mode, which lets every issuer through; the copy on the default branch of ${v(repo)} enforces its list.`
    )
  } else {
    title = `Issuer allowlist check: no entry of ${path} permits this token's issuer`
    const n = check.nearest
    if (n) {
      findings.push({
        field: n.field,
        expected: n.value,
        actual: check.issuer,
        reason: n.why,
        ...(n.line !== undefined ? { line: n.line } : {})
      })
    } else {
      findings.push({
        field: 'issuers',
        actual: check.issuer,
        reason: `no entry of ${check.issuers} issuers and ${check.patterns} issuer_patterns permits it`
      })
    }
    prose.push(
      `The token's issuer is ${iss}; no entry of the workspace copy of ${file} permits it (\`issuers\` match byte for byte, \`issuer_patterns\` as ^(?:…)$). ${n ? `Change ${v(n.field)}${n.line ? ` (line ${n.line})` : ''} to permit it` : `Add ${iss} to \`issuers\``} on the default branch of ${v(repo)}, if the org means to trust this issuer.`
    )
  }
  prose.push(defaultBranchNote(repo, checkout, true))
  return { title, prose, findings, warnings: [] }
}

/** The OIDC token, never shown: its claims for display, its payload text for the policy check. */
export interface IdToken {
  claims: Record<string, unknown>
  /** The payload as the server decodes it (duplicate keys, case variants, invalid UTF-8). */
  payload: string
}

export interface Parts {
  ctx?: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo' | 'domain' | 'audience'>
  claims?: Record<string, unknown>
  check?: LocalCheck
  /** The org issuer allowlist's verdict, for an `issuer-not-allowed` denial. */
  allowlist?: AllowlistCheck
  checkout?: Checkout
  /** The server's subject mismatch names the other form of the token's subject (report.ts). */
  otherForm?: OtherForm
}

export interface FailureReportInput extends Parts {
  error: ActionError
}

/** What the token says, for both reports: the deciding claims and a policy that admits it. */
export interface Evidence {
  /** The claims that decide a match (`undefined` when there are none to show). */
  claims?: ClaimRow[]
  /** A policy admitting exactly this workflow, when a policy could fix this failure. */
  suggestion?: Suggestion
  /** The token was expected but could not be decoded. */
  undecodable: boolean
}

function evidence(parts: Parts, kind: FailureKind | 'dry-run'): Evidence {
  const { ctx, claims, check } = parts
  if (!(claims && ctx)) {
    const undecodable = kind === 'dry-run' || !NO_TOKEN_YET.has(kind)
    return { undecodable }
  }
  const extra = check?.status === 'checked' ? check.claimNames : []
  return {
    claims: decidingClaims(claims, extra),
    ...(POLICY_NOT_AT_ISSUE.has(kind) ? {} : { suggestion: suggestPolicy(claims, ctx) }),
    undecodable: false
  }
}

/** Why there is no token, and everything known that helps fix it. */
export interface FailureVerdict {
  error: ActionError
  /** KIND_TITLE of the error's kind. */
  title: string
  target?: { identity: string; scope: string }
  /** The job's `permissions:` block to add, YAML, when the job may not request an OIDC token. */
  permissionsYaml?: string
  /** Where the server looked for the policy (it caches a miss or a policy for up to 5 minutes). */
  whereServerLooks?: { repo: string; path: string; defaultBranch?: string }
  check?: CheckVerdict
  /** GitHub's subject forms, when the policy names the other one: prose with code spans. */
  subjectForm?: string[]
  evidence: Evidence
}

/** The policy names the other subject form: from the workspace copy, else the server's words. */
function subjectFormProse(
  parts: Parts,
  ctx: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo'>
): string[] {
  const other =
    (parts.check?.status === 'checked' ? parts.check.otherForm : undefined) ?? parts.otherForm
  return other
    ? otherFormProse(
        other,
        codeValue(policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo).path)
      )
    : []
}

export function failureVerdict(input: FailureReportInput): FailureVerdict {
  const { error, ctx, check, checkout = {} } = input
  const out: FailureVerdict = {
    error,
    title: KIND_TITLE[error.kind],
    evidence: evidence(input, error.kind)
  }
  if (ctx) out.target = { identity: ctx.identity, scope: ctx.scope }
  if (error.kind === 'oidc-permission') {
    out.permissionsYaml = 'permissions:\n  id-token: write\n  contents: read'
  }
  if (ctx && POLICY_READ.has(error.kind)) {
    const { repo, path } = policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo)
    out.whereServerLooks = {
      repo,
      path,
      ...(checkout.defaultBranch ? { defaultBranch: checkout.defaultBranch } : {})
    }
  }
  const vd = input.allowlist
    ? allowlistVerdict(error.kind, input.allowlist, checkout)
    : ctx && check
      ? policyVerdict(error.kind, check, ctx, checkout)
      : undefined
  if (vd) out.check = vd
  const form = ctx ? subjectFormProse(input, ctx) : []
  if (form.length) out.subjectForm = form
  return out
}

/** What a dry run found: the exchange it would make and what the workspace says of it. */
export interface DryRunVerdict {
  ctx: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo' | 'domain'>
  check?: CheckVerdict
  /** Without a check: where the server reads the policy. */
  note?: string
  /** Which subject form the token has, and whether the policy names the other one. */
  subjectForm?: string[]
  evidence: Evidence
}

export function dryRunVerdict(input: Parts & { ctx: NonNullable<Parts['ctx']> }): DryRunVerdict {
  const { ctx, check, checkout = {} } = input
  const out: DryRunVerdict = { ctx, evidence: evidence(input, 'dry-run') }
  if (check) out.check = policyVerdict('dry-run', check, ctx, checkout)
  else
    out.note = defaultBranchNote(
      policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo).repo,
      checkout,
      false
    )
  const form = [
    ...(input.claims ? [formNote(input.claims.sub, idsFromClaims(input.claims))] : []),
    ...subjectFormProse(input, ctx)
  ].filter((l): l is string => l !== undefined)
  if (form.length) out.subjectForm = form
  return out
}
