// A repository policy that admits the repository's pull request subject and grants a write (or
// admin) permission: every pull request presents `repo:OWNER/REPO:pull_request`, and GitHub
// gives the same subject to `pull_request_target` runs, which run with the base repository's
// token for pull requests from forks, and check out a fork's code when the workflow says so.
// The lint's pull_request warning (lint.ts) knows no repository; this one is for a known one,
// in the subject form(s) its tokens use, and it replaces that warning on the same field.
import { compilePartial } from './compile.js'
import type { CompiledPolicy, Rule } from './compile.js'
import { goQuote } from './goformat.js'
import { byLine, lintPolicyParts } from './lint.js'
import type { LintOptions } from './lint.js'
import { parsePolicy } from './parse.js'
import type { ParseOptions, ParseResult } from './parse.js'
import { formatSubject, repositorySegment } from './subject-form.js'
import type { RepositoryIds, SubjectForm } from './subject-form.js'
import type { Problem } from './types.js'

/** The repository the policy lives in, as its tokens name it. */
export interface PullRequestContext {
  owner: string
  repo: string
  ids?: RepositoryIds
  /** The forms its subjects use: the one known, or both when unknown. */
  forms: SubjectForm[]
  /** Who issues its tokens (github.com's, or its GitHub Enterprise Server's). */
  issuer: string
  /** Its default branch: the `ref` of a pull_request_target run (the base branch, usually). */
  defaultBranch?: string
}

const admits = (rule: Rule | undefined, value: string): boolean =>
  rule?.re ? rule.re.test(value) : rule?.literal === value

/** The claims of a pull_request_target run that the policy can be told apart by. */
function targetClaims(ctx: PullRequestContext): Record<string, string> {
  return {
    event_name: 'pull_request_target',
    repository: `${ctx.owner}/${ctx.repo}`,
    repository_owner: ctx.owner,
    ref_type: 'branch',
    ...(ctx.defaultBranch ? { ref: `refs/heads/${ctx.defaultBranch}` } : {}),
    ...(ctx.ids ? { repository_owner_id: ctx.ids.ownerId, repository_id: ctx.ids.repoId } : {})
  }
}

/**
 * The warning for a policy (`text`) of the repository `ctx` names that hands a write token to
 * pull request subjects; none when it does not. Located at the subject's line.
 */
export function pullRequestWrite(
  text: string,
  ctx: PullRequestContext,
  options: ParseOptions
): Problem[] {
  const parsed = parsePolicy(text, options)
  return writeWarning(
    parsed,
    parsed.partial && compilePartial(parsed.partial, parsed.positions).compiled,
    ctx
  )
}

/** pullRequestWrite for a policy already parsed and compiled (as the lint has it). */
function writeWarning(
  parsed: ParseResult,
  compiled: CompiledPolicy | undefined,
  ctx: PullRequestContext
): Problem[] {
  const policy = parsed.partial
  if (!policy || !compiled) return []
  const writes = Object.entries(policy.permissions ?? {})
    .filter(([, level]) => level === 'write' || level === 'admin')
    .map(([name, level]) => `${name}: ${level}`)
  if (writes.length === 0) return []
  const rule = compiled.subject
  if (!rule || (compiled.issuer && !admits(compiled.issuer, ctx.issuer))) return []
  const admitted = ctx.forms
    .map(form => (form === 'immutable' ? ctx.ids : undefined))
    .filter((ids, i) => ctx.forms[i] === 'name-only' || ids)
    .map(ids => ({
      ids,
      sub: formatSubject({ owner: ctx.owner, repo: ctx.repo, rest: 'pull_request' }, ids)
    }))
    .filter(s => admits(rule, s.sub))
  if (admitted.length === 0) return []
  const subjects = admitted.map(s => s.sub)
  // A claim_pattern that refuses pull_request_target runs keeps forks' code away from it.
  const claims = targetClaims(ctx)
  if (
    compiled.claims.some(
      r => r.claim !== undefined && r.claim in claims && !r.re.test(claims[r.claim]!)
    )
  )
    return []
  const full = `${ctx.owner}/${ctx.repo}`
  // The fixes in the form the admitted subject is written in.
  const segment = repositorySegment(ctx.owner, ctx.repo, admitted[0]!.ids)
  const written = goQuote(rule.re ? rule.pattern : rule.literal)
  const pos = parsed.positions[rule.field]
  return [
    {
      severity: 'warning',
      field: rule.field,
      code: 'pull-request-write',
      message: `${rule.field} ${written} admits ${subjects.map(s => goQuote(s)).join(' and ')}, and this policy grants ${writes.join(', ')}: every pull request of ${full} presents that subject, including pull_request_target runs that check out a fork's code, which could then write with this token. Admit an environment with required reviewers (repo:${segment}:environment:NAME) or a protected branch (repo:${segment}:ref:refs/heads/main) instead, add claim_pattern: {event_name: pull_request}, or grant only read.`,
      ...(pos ? { line: pos.line, column: pos.column } : {})
    }
  ]
}

/**
 * Every problem of a policy of the repository `ctx` names: the lint's, with the pull request
 * write warning in place of the lint's pull_request warning on the same field.
 */
export function lintInRepository(
  text: string,
  options: LintOptions,
  ctx: PullRequestContext
): Problem[] {
  const { problems, parsed, compiled } = lintPolicyParts(text, options)
  const warnings = options.isOrgPolicy ? [] : writeWarning(parsed, compiled, ctx)
  if (warnings.length === 0) return problems
  const fields = new Set(warnings.map(p => p.field))
  const kept = problems.filter(p => !(p.code === 'pull-request' && fields.has(p.field)))
  return byLine([...kept, ...warnings])
}
