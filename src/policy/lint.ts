// Everything wrong with one policy file, for policy authors (the validate action): what the
// server would reject (errors), what can never admit a token (errors), what admits more
// than its author likely meant (warnings), and what servers released before 2026-09 read
// otherwise (notes). Risky patterns are found by matching the compiled
// RE2 pattern against probe values a stranger could produce, not by reading the pattern text.
import { compilePartial } from './compile.js'
import type { CompiledPolicy, Rule } from './compile.js'
import { GITHUB_ISSUER } from './github.js'
import { goQuote } from './goformat.js'
import { legacyPatternNote, patternRules } from './legacy.js'
import { parsePolicy } from './parse.js'
import type { ParseResult } from './parse.js'
import { PERMISSION_LEVELS } from './permissions.js'
import { formatSubject, patternRepository, repositorySegment } from './subject-form.js'
import { isValidAudience, isValidIssuer, isValidSubject } from './token-validity.js'
import type { FieldPositions, Problem, TrustPolicy } from './types.js'

export interface LintOptions {
  /** The file is in the org's `.github` repository, where `repositories` is allowed. */
  isOrgPolicy: boolean
}

const PROBE = 'zz-probe'
/** An issuer no one runs: a pattern that matches it admits any host. */
export const PROBE_ISSUER = `https://${PROBE}.example`

const matches = (rule: Rule | undefined, value: string): boolean =>
  rule?.re ? rule.re.test(value) : rule?.literal === value

/** A claim_pattern rule that refuses `value` (so it narrows what the subject admits). */
const claimRefuses = (compiled: CompiledPolicy, claim: string, value: string): boolean =>
  compiled.claims.some(r => r.field === `claim_pattern[${goQuote(claim)}]` && !matches(r, value))

class Linter {
  readonly problems: Problem[] = []
  constructor(
    private readonly positions: FieldPositions,
    private readonly earlier: readonly Problem[]
  ) {}

  /** A field (or one inside it) already has an error. */
  faulty(field: string): boolean {
    return this.earlier.some(p => p.severity === 'error' && p.field?.startsWith(field))
  }

  add(severity: Problem['severity'], field: string, message: string, code?: Problem['code']): void {
    const p: Problem = { severity, field, message, ...(code ? { code } : {}) }
    const pos = this.positions[field]
    if (pos) {
      p.line = pos.line
      p.column = pos.column
    }
    this.problems.push(p)
  }

  permissions(policy: TrustPolicy): void {
    const perms = policy.permissions
    if ((!perms || Object.keys(perms).length === 0) && !this.faulty('permissions')) {
      this.add(
        'warning',
        'permissions',
        'no permissions listed: the token may get every permission the Octo STS App has on the installation. List only what the workflow needs, e.g. `contents: read`.'
      )
      return
    }
    for (const [name, level] of Object.entries(perms ?? {})) {
      if (!PERMISSION_LEVELS.has(level)) {
        this.add(
          'error',
          `permissions[${goQuote(name)}]`,
          `permissions[${goQuote(name)}] is ${goQuote(level)}: GitHub grants only read, write or admin, and refuses the whole token otherwise.`
        )
      }
    }
  }

  repositories(policy: TrustPolicy): void {
    ;(policy.repositories ?? []).forEach((repo, i) => {
      const field = `repositories[${i}]`
      if (repo === '') this.add('error', field, `${field} is empty: GitHub refuses the token.`)
      else if (repo.includes('/')) {
        this.add(
          'error',
          field,
          `${field} is ${goQuote(repo)}: list repository names without the owner (${goQuote(repo.split('/').pop() ?? '')}); GitHub refuses the token otherwise.`
        )
      }
    })
  }

  /** Literal values no valid token can carry. */
  impossible(compiled: CompiledPolicy): void {
    const { issuer, subject, audience } = compiled
    if (issuer?.literal !== undefined) {
      if (!isValidIssuer(issuer.literal)) {
        this.add(
          'error',
          'issuer',
          `issuer ${goQuote(issuer.literal)} is not a valid OIDC issuer (an https URL without query, fragment or user): the server refuses every token with such an iss, so this policy admits nothing. For GitHub Actions: ${GITHUB_ISSUER}`
        )
      } else if (
        issuer.literal.replace(/\/+$/, '') === GITHUB_ISSUER &&
        issuer.literal !== GITHUB_ISSUER
      ) {
        this.add(
          'error',
          'issuer',
          `issuer ${goQuote(issuer.literal)} has a trailing slash; GitHub's tokens say ${goQuote(GITHUB_ISSUER)} and the match is exact.`
        )
      }
    }
    if (subject?.literal !== undefined && !isValidSubject(subject.literal)) {
      this.add(
        'error',
        'subject',
        `subject ${goQuote(subject.literal)} contains characters (spaces, quotes, brackets, …) the server refuses in a token's sub: this policy admits nothing.`
      )
    }
    if (audience?.literal !== undefined && !isValidAudience(audience.literal)) {
      this.add(
        'error',
        'audience',
        `audience ${goQuote(audience.literal)} contains characters the server refuses in a token's aud: this policy admits nothing.`
      )
    }
  }

  /** Patterns servers released before 2026-09 read otherwise: a note, not a warning. */
  legacy(compiled: CompiledPolicy): void {
    for (const rule of patternRules(compiled)) {
      const note = legacyPatternNote(rule.field, rule.pattern ?? '')
      if (note) this.add('note', rule.field, note)
    }
  }

  issuerPattern(compiled: CompiledPolicy): void {
    const rule = compiled.issuer
    if (!rule?.re || !rule.pattern) return
    if (rule.re.test(PROBE_ISSUER)) {
      this.add(
        'warning',
        rule.field,
        `issuer_pattern ${goQuote(rule.pattern)} admits any issuer (it matches "${PROBE_ISSUER}"): anyone who runs an OIDC provider can present a token. Use issuer: ${GITHUB_ISSUER}, or a pattern naming your issuers.`
      )
      return
    }
    const host = /^https:\/\/((?:[A-Za-z0-9-]|\\\.|\.)+)/.exec(rule.pattern)?.[1]
    if (!host) return
    const plain = host.replace(/\\\./g, '.')
    if (rule.re.test(`https://${plain}.${PROBE}.example`)) {
      this.add(
        'warning',
        rule.field,
        `issuer_pattern ${goQuote(rule.pattern)} admits other hosts (it matches "https://${plain}.${PROBE}.example"): end the host part explicitly.`
      )
    } else if (/(^|[^\\])\./.test(host) && rule.re.test(`https://${plain.replace(/\./g, 'x')}`)) {
      this.add(
        'warning',
        rule.field,
        `issuer_pattern ${goQuote(rule.pattern)} has an unescaped "." in its host, which matches any character: write \\. instead.`
      )
    }
  }

  audiencePattern(compiled: CompiledPolicy): void {
    const rule = compiled.audience
    if (rule?.re && rule.pattern && rule.re.test(`${PROBE}-audience`)) {
      this.add(
        'warning',
        rule.field,
        `audience_pattern ${goQuote(rule.pattern)} admits any audience: a token the workflow requested for another service can be replayed here. Name the audience.`
      )
    }
  }

  subject(compiled: CompiledPolicy): void {
    const rule = compiled.subject
    if (!rule) return
    const field = rule.field
    const shown = goQuote(rule.pattern ?? rule.literal ?? '')
    const narrowedToWorkflow = (repo: string): boolean =>
      claimRefuses(
        compiled,
        'job_workflow_ref',
        `${repo}/.github/workflows/${PROBE}.yml@refs/heads/main`
      ) || claimRefuses(compiled, 'repository', repo)
    const prWarning = (): void => {
      if (claimRefuses(compiled, 'event_name', 'pull_request_target')) return
      this.add(
        'warning',
        field,
        `${field} ${shown} admits pull_request subjects, which GitHub also gives pull_request_target runs: those run for pull requests from forks, so a workflow that runs a fork's code could hand it this token. Add claim_pattern: {event_name: pull_request}, or use a subject for a branch or environment.`,
        'pull-request'
      )
    }
    if (rule.literal !== undefined) {
      if (rule.literal.endsWith(':pull_request')) prWarning()
      return
    }
    if (!rule.re || !rule.pattern) return
    const pattern = rule.pattern
    if (
      rule.re.test(`repo:${PROBE}-owner/${PROBE}-repo:ref:refs/heads/main`) ||
      rule.re.test(PROBE)
    ) {
      if (!narrowedToWorkflow(`${PROBE}-owner/${PROBE}-repo`)) {
        this.add(
          'warning',
          field,
          `subject_pattern ${shown} admits any repository of any owner (it matches "repo:${PROBE}-owner/${PROBE}-repo:ref:refs/heads/main"): any workflow anywhere can get this token. Name the repository and ref.`
        )
      }
      return
    }
    // Probes in the pattern's own subject form (subject-form.ts): name-only or immutable.
    const named = patternRepository(pattern)
    if (!named) return
    const { owner } = named
    const probe = named.ownerId ? { ownerId: named.ownerId, repoId: '1' } : undefined
    const anyRepo = formatSubject(
      { owner, repo: `${PROBE}-repo`, rest: 'ref:refs/heads/main' },
      probe
    )
    if (rule.re.test(anyRepo)) {
      if (!narrowedToWorkflow(`${owner}/${PROBE}-repo`)) {
        this.add(
          'warning',
          field,
          `subject_pattern ${shown} admits any repository of ${owner} (it matches "${anyRepo}"): every workflow of every repository there, on any branch, can get this token. Name the repository, or pin the workflow with claim_pattern on job_workflow_ref.`
        )
      }
      return
    }
    if (!named.repo) return
    const ids =
      named.ownerId && named.repoId ? { ownerId: named.ownerId, repoId: named.repoId } : undefined
    const full = repositorySegment(owner, named.repo, ids)
    const refs: string[] = []
    if (rule.re.test(`repo:${full}:ref:refs/heads/${PROBE}-branch`)) refs.push('any branch')
    if (rule.re.test(`repo:${full}:ref:refs/tags/${PROBE}-tag`)) refs.push('any tag')
    if (rule.re.test(`repo:${full}:environment:${PROBE}-env`)) refs.push('any environment')
    const refNarrowed =
      claimRefuses(compiled, 'ref', `refs/heads/${PROBE}-branch`) ||
      claimRefuses(compiled, 'ref_protected', 'false')
    if (refs.length && !refNarrowed) {
      this.add(
        'warning',
        field,
        `subject_pattern ${shown} admits ${refs.join(', ')} of ${full}: anyone who can push a branch or tag there can get this token. Name the ref (e.g. repo:${full}:ref:refs/heads/main), or add claim_pattern: {ref_protected: "true"}.`
      )
    }
    if (rule.re.test(`repo:${full}:pull_request`)) prWarning()
  }
}

/**
 * A problem about the whole file, or a field that is not written (`no permissions listed`),
 * still needs a line to be annotated in a pull request: the key it concerns when there is one
 * (`permissions` for `permissions["x"]`), else the first line of the file.
 */
function locate(p: Problem, positions: FieldPositions): Problem {
  if (p.line !== undefined) return p
  const key = p.field?.replace(/\[.*$/, '')
  const at =
    (p.field !== undefined ? positions[p.field] : undefined) ?? (key ? positions[key] : undefined)
  return at ? { ...p, line: at.line, column: at.column } : { ...p, line: 1 }
}

/** Every problem of one policy file, ordered by line; errors are what fails the server or GitHub. */
export function lintPolicy(text: string, options: LintOptions): Problem[] {
  return lintPolicyParts(text, options).problems
}

/** The lint's problems, with the policy as it was parsed and compiled for them. */
export function lintPolicyParts(
  text: string,
  options: LintOptions
): { problems: Problem[]; parsed: ParseResult; compiled?: CompiledPolicy } {
  const parsed = parsePolicy(text, { isOrgPolicy: options.isOrgPolicy })
  const problems: Problem[] = [...parsed.errors, ...parsed.warnings]
  const policy = parsed.partial
  let compiled: CompiledPolicy | undefined
  if (policy) {
    const result = compilePartial(policy, parsed.positions)
    compiled = result.compiled
    problems.push(...result.errors)
    const linter = new Linter(parsed.positions, problems)
    linter.permissions(policy)
    linter.repositories(policy)
    linter.impossible(compiled)
    linter.legacy(compiled)
    linter.issuerPattern(compiled)
    linter.audiencePattern(compiled)
    linter.subject(compiled)
    problems.push(...linter.problems)
  }
  return {
    problems: byLine(problems.map(p => locate(p, parsed.positions))),
    parsed,
    ...(compiled ? { compiled } : {})
  }
}

/** Problems in file order (line, then column), ties in the order they were found. */
export const byLine = (problems: Problem[]): Problem[] =>
  problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i
    )
    .map(({ p }) => p)
