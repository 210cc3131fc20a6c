// What the engine's explanation of one predicted token means for a workflow step: which fields
// of the policy refuse it (and what each wants), which only name claims the files cannot tell
// (never a refusal), and the prose of a finding: the trigger, the subject and deciding claims
// the job will present, the refusing fields, and the smallest fix (workflow-fix.ts).
import type { PolicyExplained } from '../policy/jobs.js'
import type { Finding } from '../policy/types.js'
import type { SubjectForm } from '../policy/subject-form.js'
import type { ActionStep, Presentation, PredictedToken } from '../workflows/model.js'
import { codeValue as v } from '../diagnosis/claims.js'
import { smallestFix } from './workflow-fix.js'

/** How the engine decided one predicted token. */
export interface TokenDecision {
  token: PredictedToken
  /** The fields that refuse it, on claims the files tell. */
  refusing: Finding[]
  /** The claims a field names that the files cannot tell: not decided here, never refused. */
  unknown: string[]
  /** The policy's subject names the other form (from the engine). */
  otherForm?: PolicyExplained['otherForm']
  /** The file itself is invalid or misread as the engine read it: nothing is decided. */
  invalid: boolean
}

/** The claim a policy field decides on: `subject_pattern` → `sub`, `claim_pattern["ref"]` → `ref`. */
export function claimOf(field: string): string | undefined {
  const m = /^claim_pattern\["(.*)"\]$/.exec(field)
  if (m) return m[1]
  if (field.startsWith('issuer')) return 'iss'
  if (field.startsWith('subject')) return 'sub'
  if (field.startsWith('audience')) return 'aud'
  return undefined
}

/** A finding about the token, not the file (as the diagnosis tells them apart). */
const isMismatch = (f: Finding): boolean =>
  f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined

/** The engine's explanation of `token`, split into what refuses and what cannot be known. */
export function decideToken(token: PredictedToken, explained: PolicyExplained): TokenDecision {
  const { verdict, findings } = explained.explained
  const unknownClaims = new Set(token.unknownClaims)
  const invalid = verdict === 'unparseable' || verdict === 'uncompilable' || verdict === 'misread'
  const refusing: Finding[] = []
  const unknown = new Set<string>()
  for (const f of findings) {
    const claim = claimOf(f.field)
    if (claim !== undefined && unknownClaims.has(claim)) {
      unknown.add(claim)
      continue
    }
    if (isMismatch(f) || f.reason.startsWith('expected claim')) refusing.push(f)
  }
  return {
    token,
    refusing: invalid ? [] : refusing,
    unknown: [...unknown],
    invalid,
    ...(explained.otherForm ? { otherForm: explained.otherForm } : {})
  }
}

export const isRefused = (d: TokenDecision): boolean => !d.invalid && d.refusing.length > 0

const FORM_WORDS: Record<SubjectForm, string> = {
  'name-only': 'in the name-only subject form (`repo:OWNER/REPO:…`)',
  immutable: "in GitHub's immutable subject form (`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`)"
}

/** The subject of a predicted token, as a string; empty when the files cannot tell it. */
export const subjectOf = (token: PredictedToken): string => String(token.payload.sub ?? '')

/** The value of a claim of `token` in words. */
const claimValue = (token: PredictedToken, claim: string): string | undefined => {
  const value = token.payload[claim]
  if (value === undefined) return undefined
  return Array.isArray(value) ? value.join(', ') : value
}

/** What one refusing field wants, and what the job presents instead. */
export function fieldWants(f: Finding, token: PredictedToken): string {
  const line = f.line !== undefined ? ` (line ${f.line})` : ''
  const field = v(f.field)
  const claim = claimOf(f.field)
  const has = claim !== undefined ? claimValue(token, claim) : undefined
  const wants =
    f.expected !== undefined
      ? `wants ${v(f.expected, 500)}`
      : `wants a match of ${v(String(f.pattern), 500)}`
  if (claim === undefined) return `the server refuses the token itself (${v(f.reason, 300)})`
  // `invalid subject in token` and the like: refused before any field of the policy is read.
  if (f.expected === undefined && f.pattern === undefined) {
    return `the server refuses the token's ${v(claim)} before it reads the policy (${v(f.reason, 300)})`
  }
  if (claim === 'sub') return `its ${field}${line} ${wants}`
  if (has === undefined)
    return `its ${field}${line} ${wants}, and the job's token has no ${v(claim)} claim`
  return `its ${field}${line} ${wants}, and the job's ${v(claim)} is ${v(has, 500)}`
}

export interface FindingContext {
  step: ActionStep
  presentation: Presentation
  /** The policy file, relative to the repository root. */
  file: string
  /** Whether the form the repository uses is known (else: say which form failed). */
  formKnown: boolean
}

/**
 * The text of a refusal: trigger, job, subject, the refusing fields, then the smallest fix.
 * `forms`: how many forms this way was checked in (`all`: every one refuses it).
 */
export function refusalMessage(
  d: TokenDecision,
  ctx: FindingContext,
  forms: { checked: number; all: boolean }
): string {
  const { step, presentation: p, file } = ctx
  const sub = subjectOf(d.token)
  const form = ctx.formKnown
    ? ''
    : forms.checked === 1
      ? ` (in the ${d.token.form} form, the only one checked: the form in use could not be known)`
      : forms.all
        ? ' (in either subject form: the one this repository uses could not be known)'
        : ` ${FORM_WORDS[d.token.form]}, if this repository uses it (the form in use could not be known)`
  const assumed = p.assumed ? ` (${p.assumed})` : ''
  const subject = sub ? `the subject ${v(sub, 500)}` : 'a subject the workflow files cannot tell'
  const head = `On ${v(p.trigger)}${assumed}, job ${v(step.job)} presents ${subject}${form}: ${v(file)} refuses it.`
  const why = d.refusing.map(f => fieldWants(f, d.token)).join('; ')
  const fix = smallestFix(d, ctx)
  return `${head} ${capital(why)}.${fix ? ` ${fix}` : ''}`
}

/** The note for claims a policy names that the files cannot tell for one presentation. */
export function unknownClaimsMessage(
  claims: readonly string[],
  ctx: Omit<FindingContext, 'formKnown'>
): string {
  const names = claims.map(c => v(c)).join(', ')
  const plural = claims.length === 1 ? 'claim' : 'claims'
  return `On ${v(ctx.presentation.trigger)}, ${v(ctx.file)} decides on the ${plural} ${names}, which the workflow files cannot tell: not decided here (never counted as a refusal). The server decides it when the job runs.`
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)
