// The diagnosis a user reads when there is no token (or in a dry run): the local policy's
// verdict field by field, the claims that decide a match, and a policy that would admit this
// workflow, written to the log (plain lines and collapsed groups) and to the job summary.
// Bundled with main (imported statically) but run only on the failure and dry-run paths; the
// policy engine it needs is loaded on demand through explain.ts. It never sees the minted
// token, and of the OIDC token only its claims and payload (no signature).
import { claimLines, claimsMarkdown, decidingClaims, safeText } from './claims.js'
import { policyLocation } from '../sts/request.js'
import type { ExchangeContext } from '../sts/request.js'
import type { ActionError, FailureKind } from '../errors.js'
import { checkLocalAllowlist, checkLocalPolicy, readCheckout } from './local-check.js'
import type {
  AllowlistCheck,
  CheckDeps,
  Checkout,
  Finding,
  LocalCheck,
  Problem
} from './local-check.js'
import type { Env } from '../env.js'
import { suggestPolicy } from './suggested-policy.js'
import { MAX_LISTED, codeBlock, codeSpan, markdownProse, markdownTable } from '../log/markdown.js'

export interface Report {
  /** Plain log lines: the verdict, visible without opening anything. */
  info: string[]
  /** Collapsed log groups: claims, suggested policy. */
  groups: { title: string; lines: string[] }[]
  /** Markdown for the job summary. */
  summary: string
}

export const KIND_TITLE: Record<FailureKind, string> = {
  input: 'invalid input',
  'oidc-permission': 'the job cannot request an OIDC token',
  oidc: 'the OIDC token request failed',
  'request-rejected': 'the request was refused',
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
const LOCAL_KINDS = new Set<FailureKind>([
  'policy-not-found',
  'policy-invalid',
  'policy-mismatch',
  'permissions-refused',
  'token-rejected'
])

/** Failures no trust policy could fix: a suggested policy would send the reader the wrong way. */
const POLICY_NOT_AT_ISSUE = new Set<FailureKind | 'dry-run'>([
  'request-rejected',
  'token-claims-invalid',
  'org-not-configured',
  'issuer-not-allowed',
  'issuer-allowlist-invalid',
  'issuer-allowlist-unavailable',
  'policy-read-denied',
  'policy-rate-limited'
])

/** A value inside prose: display-safe and in a code span (literal in the summary). */
const v = (s: string, max = 300): string => `\`${safeText(s, max).replace(/`/g, "'")}\``

/** Prose written with code spans, for the log: the backticks read fine as they are. */
const logLine = (prose: string): string => safeText(prose, 2000)

/**
 * A line we built (YAML, aligned details), kept as it is when making it safe would only
 * collapse its spaces; otherwise made safe.
 */
const aligned = (line: string): string => {
  const safe = safeText(line, 1200)
  return safe === line.replace(/\s+/g, ' ').trim() ? line.replace(/\s/g, ' ') : safe
}

const pluralFields = (n: number): string => (n === 1 ? '1 field' : `${n} fields`)

export function problemLine(p: Problem): string {
  const at = p.line ? ` at line ${p.line}${p.column ? `, column ${p.column}` : ''}` : ''
  return `${p.severity === 'warning' ? 'warning' : 'error'}${at}: ${p.message}`
}

/** A finding about the token (not about the file itself). */
export const isMismatch = (f: Finding): boolean =>
  f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined

export function findingLines(f: Finding): string[] {
  const lines = [`✗ ${f.field}${f.line ? ` (line ${f.line})` : ''}: ${f.reason}`]
  if (f.pattern !== undefined) lines.push(`    policy pattern: ^${f.pattern}$ (Go RE2)`)
  else if (f.expected !== undefined) lines.push(`    policy value:   ${f.expected}`)
  if (isMismatch(f)) lines.push(`    token value:    ${f.actual ?? '(no such claim)'}`)
  return lines.map(aligned)
}

const findingRow = (
  f: Finding
): [{ md: string }, string, { md: string }, { md: string }, string] => [
  { md: codeSpan(safeText(f.field, 200)) },
  f.line ? String(f.line) : '',
  {
    md:
      f.pattern !== undefined
        ? codeSpan(`^${safeText(f.pattern)}$`)
        : f.expected !== undefined
          ? codeSpan(safeText(f.expected))
          : ''
  },
  {
    md:
      f.actual !== undefined ? codeSpan(safeText(f.actual)) : isMismatch(f) ? '(no such claim)' : ''
  },
  safeText(f.reason, 600)
]

/** Where the server reads the policy, and how that relates to what was checked here. */
function defaultBranchNote(repo: string, checkout: Checkout, checked: boolean): string {
  const branch = checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''
  const ref = checkout.ref ? ` (${v(checkout.ref)})` : ''
  return checked
    ? `The server reads the policy from the default branch of ${v(repo)}${branch}; this check used the copy checked out in the workspace${ref}, which may differ.`
    : `The server reads the policy from the default branch of ${v(repo)}${branch}, not from the branch this job runs on.`
}

interface Verdict {
  /** Short heading for the check, e.g. `Trust policy check: 2 fields refuse this workflow`. */
  title: string
  /** What the check means for this failure, prose with code spans. */
  prose: string[]
  /** File problems and mismatching fields, as the engine lists them. */
  findings: Finding[]
  warnings: Problem[]
}

/** What the local check says, given why the exchange failed (or `dry-run`). */
function verdict(
  kind: FailureKind | 'dry-run',
  check: LocalCheck,
  ctx: Pick<ExchangeContext, 'scope' | 'identity'>,
  checkout: Checkout
): Verdict | undefined {
  const { repo, path } = policyLocation(ctx.scope, ctx.identity)
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
  if (check.verdict === 'unparseable' || check.verdict === 'uncompilable') {
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

/** Failures the workspace copy of the org's issuer allowlist can say something about. */
const ALLOWLIST_KINDS = new Set<FailureKind>(['issuer-not-allowed', 'issuer-allowlist-invalid'])

/** What the workspace copy of the org's issuer allowlist says about a refusal by it. */
function allowlistVerdict(kind: FailureKind, check: AllowlistCheck, checkout: Checkout): Verdict {
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
  if (check.verdict === 'invalid') {
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

const notListed = (items: readonly unknown[], what: string): string[] =>
  items.length > MAX_LISTED ? [`… and ${items.length - MAX_LISTED} more ${what}, not listed.`] : []

function verdictLog(vd: Verdict): string[] {
  return [
    logLine(vd.title),
    ...vd.findings.slice(0, MAX_LISTED).flatMap(f => findingLines(f).map(l => '  ' + l)),
    ...notListed(vd.findings, 'findings').map(l => '  ' + l),
    ...vd.warnings.slice(0, MAX_LISTED).map(p => '  ' + safeText(problemLine(p), 1000)),
    ...notListed(vd.warnings, 'warnings').map(l => '  ' + l),
    ...vd.prose.map(logLine)
  ]
}

function verdictMarkdown(vd: Verdict): string[] {
  const out = [`#### ${markdownProse(vd.title)}`, '']
  out.push(vd.prose.map(markdownProse).join('\n\n'), '')
  if (vd.findings.length) {
    out.push(
      markdownTable(
        ['Field', 'Line', 'Policy', 'Token', 'Why'],
        vd.findings.slice(0, MAX_LISTED).map(findingRow)
      ),
      ...notListed(vd.findings, 'findings'),
      ''
    )
  }
  if (vd.warnings.length) {
    out.push(
      markdownTable(
        ['Warning', 'Line'],
        vd.warnings
          .slice(0, MAX_LISTED)
          .map(p => [safeText(p.message, 600), p.line ? String(p.line) : ''])
      ),
      ...notListed(vd.warnings, 'warnings'),
      ''
    )
  }
  return out
}

/** The OIDC token, never shown: its claims for display, its payload text for the policy check. */
export interface IdToken {
  claims: Record<string, unknown>
  /** The payload as the server decodes it (duplicate keys, case variants, invalid UTF-8). */
  payload: string
}

interface Parts {
  ctx?: Pick<ExchangeContext, 'scope' | 'identity' | 'domain' | 'audience'>
  claims?: Record<string, unknown>
  check?: LocalCheck
  /** The org issuer allowlist's verdict, for an `issuer-not-allowed` denial. */
  allowlist?: AllowlistCheck
  checkout?: Checkout
}

/** The claims and suggested-policy blocks both reports share. */
function claimsAndSuggestion(
  parts: Parts,
  kind: FailureKind | 'dry-run'
): { info: string[]; groups: Report['groups']; markdown: string[] } {
  const info: string[] = []
  const groups: Report['groups'] = []
  const markdown: string[] = []
  const { ctx, claims, check } = parts
  if (claims && ctx) {
    const extra = check?.status === 'checked' ? check.claimNames : []
    const rows = decidingClaims(claims, extra)
    groups.push({
      title: "Claims that decide a match (from the job's OIDC token, which is not shown)",
      lines: claimLines(rows)
    })
    markdown.push('#### Claims that decide a match', '', claimsMarkdown(rows), '')
  }
  if (claims && ctx && !POLICY_NOT_AT_ISSUE.has(kind)) {
    const s = suggestPolicy(claims, ctx)
    const suggestTitle = `A trust policy that admits exactly this workflow: ${s.path} in ${s.repo}`
    groups.push({
      title: suggestTitle,
      lines: [...s.yaml.split('\n'), ...s.warnings.map(w => `Warning: ${w}`)].map(aligned)
    })
    markdown.push(
      `#### A trust policy that admits exactly this workflow`,
      '',
      markdownProse(`Commit it as ${v(s.path)} to the default branch of ${v(s.repo)}:`),
      '',
      codeBlock(s.yaml, 'yaml'),
      ''
    )
    for (const w of s.warnings) markdown.push(`> [!WARNING]\n> ${markdownProse(w)}`, '')
    for (const w of s.warnings) info.push(logLine(`Warning: ${w}`))
  }
  if (!(claims && ctx) && kind !== 'input' && kind !== 'oidc-permission' && kind !== 'oidc') {
    info.push('The OIDC token could not be decoded: no claims to show.')
  }
  return { info, groups, markdown }
}

export interface FailureReportInput extends Parts {
  error: ActionError
}

export function failureReport(input: FailureReportInput): Report {
  const { error, ctx, check, checkout = {} } = input
  const info: string[] = []
  const markdown: string[] = [
    `### ❌ Octo STS: no token${ctx ? ` for ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}` : ''} (${KIND_TITLE[error.kind]})`,
    '',
    markdownProse(error.what),
    '',
    `**What to do:** ${markdownProse(error.fix)}`,
    ''
  ]
  if (error.kind === 'oidc-permission') {
    markdown.push(codeBlock('permissions:\n  id-token: write\n  contents: read', 'yaml'), '')
  }
  if (ctx && ['policy-not-found', 'policy-invalid', 'policy-mismatch'].includes(error.kind)) {
    const { repo, path } = policyLocation(ctx.scope, ctx.identity)
    const branch = checkout.defaultBranch
      ? `its default branch, ${v(checkout.defaultBranch)}`
      : 'its default branch'
    const where = `Where the server looks: ${v(path)} in ${v(repo)}, on ${branch} (a miss or a policy is cached for up to 5 minutes).`
    markdown.push(markdownProse(where), '')
  }
  const vd = input.allowlist
    ? allowlistVerdict(error.kind, input.allowlist, checkout)
    : ctx && check
      ? verdict(error.kind, check, ctx, checkout)
      : undefined
  if (vd) {
    info.push(...verdictLog(vd))
    markdown.push(...verdictMarkdown(vd))
  }
  const shared = claimsAndSuggestion(input, error.kind)
  info.push(...shared.info)
  markdown.push(...shared.markdown)
  return { info, groups: shared.groups, summary: markdown.join('\n') }
}

export function dryRunReport(input: Parts & { ctx: NonNullable<Parts['ctx']> }): Report {
  const { ctx, check, checkout = {} } = input
  const { repo } = policyLocation(ctx.scope, ctx.identity)
  const info = ['Dry run: no exchange was made, and no `token` output is set.']
  const markdown = [
    `### Octo STS dry run: ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}`,
    '',
    markdownProse(
      `No exchange was made and no \`token\` output is set. The exchange would ask ${v(`https://${ctx.domain}`)} for identity ${v(ctx.identity, 100)} with scope ${v(ctx.scope, 100)}.`
    ),
    ''
  ]
  const vd = check ? verdict('dry-run', check, ctx, checkout) : undefined
  if (vd) {
    info.push(...verdictLog(vd))
    markdown.push(...verdictMarkdown(vd))
  } else {
    const note = defaultBranchNote(repo, checkout, false)
    info.push(logLine(note))
    markdown.push(markdownProse(note), '')
  }
  const shared = claimsAndSuggestion(input, 'dry-run')
  info.push(...shared.info)
  markdown.push(...shared.markdown)
  return { info, groups: shared.groups, summary: markdown.join('\n') }
}

/** The failure's report, with the local policy checked when it can help: no runner needed. */
export async function diagnoseFailure(
  env: Env,
  error: ActionError,
  ctx?: Parts['ctx'],
  token?: IdToken,
  deps: CheckDeps = {}
): Promise<Report> {
  const claims = token?.claims
  const check =
    ctx && token && LOCAL_KINDS.has(error.kind)
      ? await checkLocalPolicy(env, ctx, token.payload, deps)
      : undefined
  const allowlist =
    ctx && token && ALLOWLIST_KINDS.has(error.kind)
      ? await checkLocalAllowlist(env, ctx.scope, token.payload, deps)
      : undefined
  const checkout = readCheckout(env, deps.readFile)
  return failureReport({ error, ctx, claims, check, checkout, ...(allowlist ? { allowlist } : {}) })
}

/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
export async function diagnoseDryRun(
  env: Env,
  ctx: NonNullable<Parts['ctx']>,
  token: IdToken | undefined,
  deps: CheckDeps = {}
): Promise<Report> {
  const claims = token?.claims
  const check = token ? await checkLocalPolicy(env, ctx, token.payload, deps) : undefined
  return dryRunReport({ ctx, claims, check, checkout: readCheckout(env, deps.readFile) })
}
