// The smallest change that lets a refused workflow step through: the line to write in the
// policy (a subject or pattern admitting what it admitted and this job too), the environment to
// name, the audience to set. Values are the engine's and the prediction's, shown as code; the
// YAML lines are written with the suggested policy's helpers, so they read back as written.
import { codeValue as v } from '../diagnosis/claims.js'
import {
  everyRefPattern,
  isPullRequestSubject,
  quoteMeta,
  yamlScalar
} from '../diagnosis/suggested-policy.js'
import { subjectLine } from '../diagnosis/subject-note.js'
import { parseSubject } from '../policy/subject-form.js'
import type { Finding } from '../policy/types.js'
import type { FindingContext, TokenDecision } from './workflow-verdict.js'
import { claimOf, subjectOf } from './workflow-verdict.js'

/** A pattern admitting what `current` (a pattern, or a literal when `literal`) did, and `value`. */
const widened = (current: string, literal: boolean, value: string): string =>
  `(?:${literal ? quoteMeta(current) : current}|${quoteMeta(value)})`

const line = (field: string, value: string): string => v(`${field}: ${yamlScalar(value)}`, 1000)

const PULL_REQUEST_CAUTION =
  'Grant a policy admitting `…:pull_request` read access only: every pull request presents that subject, `pull_request_target` runs for pull requests from forks too.'

/** What one refusing field needs: why (said first), the change to make, a caution after. */
interface FieldFix {
  why?: string
  fix?: string
  after?: string
}

function subjectFix(f: Finding, d: TokenDecision, ctx: FindingContext): FieldFix {
  const sub = subjectOf(d.token)
  const file = v(ctx.file)
  const job = v(ctx.step.job)
  const o = d.otherForm
  if (o?.admits) {
    return {
      why: 'The policy names the repository in the other subject form.',
      fix: `write ${v(subjectLine(o), 1000)} in ${file}`
    }
  }
  const literal = f.expected !== undefined
  const current = f.expected ?? String(f.pattern)
  const admitBoth = `write ${line('subject_pattern', widened(current, literal, sub))} in ${file}${literal ? ' instead of `subject`' : ''}`
  const ownIdentity = `give job ${job} its own identity whose policy has ${line('subject', sub)}`
  // A name standing for a filter (`v*`): the line above admits that one name only.
  const every = ctx.presentation.assumed ? everyRefPattern(sub) : undefined
  const after = isPullRequestSubject(sub)
    ? { after: PULL_REQUEST_CAUTION }
    : every
      ? {
          after: `That name stands for a filter: admit the names it matches, not only this one (${every.what}: ${v(every.pattern, 500)}).`
        }
      : {}
  if (ctx.presentation.claims.environment === undefined) {
    return { fix: `${admitBoth}, or ${ownIdentity}`, ...after }
  }
  const wanted = literal ? parseSubject(current) : undefined
  const named = wanted?.rest.startsWith('environment:')
    ? wanted.rest.slice('environment:'.length)
    : undefined
  if (named !== undefined) {
    return {
      fix: `name the environment the policy admits on job ${job} (${v(`environment: ${named}`)}), or admit this one: ${admitBoth}`
    }
  }
  return {
    why: `A job with ${v('environment:')} presents its environment's subject whatever its trigger.`,
    fix: `${admitBoth}, or ${ownIdentity}, or remove ${v('environment:')} from the job if it needs none`
  }
}

function fieldFix(f: Finding, d: TokenDecision, ctx: FindingContext): FieldFix {
  const file = v(ctx.file)
  const claim = claimOf(f.field)
  // The token itself (not a field of the policy): no line of the policy changes that.
  if (claim === undefined) return {}
  if (f.expected === undefined && f.pattern === undefined) {
    return claim === 'sub'
      ? {
          why: 'No policy can admit it: the server refuses a subject with a space, a quote, `;`, `$` or a bracket. Rename what the subject is made of (the environment, the branch or the tag).'
        }
      : {}
  }
  if (claim === 'sub') return subjectFix(f, d, ctx)
  const value = d.token.payload[claim]
  const actual = Array.isArray(value) ? String(value[0]) : value
  // One of the literal and the pattern: writing the literal replaces the pattern.
  const instead = f.field.endsWith('_pattern') ? ` instead of ${v(f.field)}` : ''
  if (claim === 'iss') {
    return {
      fix: `write ${line('issuer', String(actual))} in ${file}${instead} (this job's tokens are issued there)`
    }
  }
  if (claim === 'aud') {
    const set =
      f.expected !== undefined ? `set the step's ${v('audience')} to ${v(f.expected)}, or ` : ''
    return { fix: `${set}write ${line('audience', String(actual))} in ${file}${instead}` }
  }
  if (actual === undefined) {
    return {
      fix:
        claim === 'environment'
          ? `name the environment on job ${v(ctx.step.job)} (${v('environment: NAME')}), or remove ${v(f.field)} from ${file}`
          : `remove ${v(f.field)} from ${file} (this job's token has no ${v(claim)} claim)`
    }
  }
  return {
    fix: `under ${v('claim_pattern')} in ${file}, write ${line(claim, widened(String(f.pattern), false, actual))}`
  }
}

/**
 * The smallest fix: why first (what the reader must know), then one change per refusing field
 * in the engine's order, then any caution.
 */
export function smallestFix(d: TokenDecision, ctx: FindingContext): string {
  const fixes = d.refusing.map(f => fieldFix(f, d, ctx))
  const whys = fixes.flatMap(f => (f.why ? [f.why] : []))
  const changes = fixes.flatMap(f => (f.fix ? [f.fix] : []))
  const afters = fixes.flatMap(f => (f.after ? [f.after] : []))
  return [
    ...whys,
    ...(changes.length ? [`Smallest fix: ${changes.join('; and ')}.`] : []),
    ...afters
  ].join(' ')
}
