// The OIDC token a job will present, predicted from how it runs (a Presentation) and the facts
// beyond the files (SubjectFacts): one token per subject form to check. The subject follows
// GitHub's default template `repo:OWNER/REPO:CONTEXT` (subject-form.ts writes it in either
// form), or a customized one: GitHub writes the template's `include_claim_keys` in order as
// `key:value` pairs joined by `:`, except `repo`, written `repo:OWNER/REPO` (here in the form
// checked), and `context`, written as the context itself (`environment:prod`), e.g.
// `repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/…/oidc.yml@refs/heads/main`.
// A key whose value the files cannot tell leaves no subject to check: said, never guessed.
import { formatSubject, repositorySegment } from '../policy/subject-form.js'
import type { SubjectForm } from '../policy/subject-form.js'
import type { PullRequestContext } from '../policy/pull-request-write.js'
import type { PredictedToken, Presentation, SubjectFacts } from './model.js'

/** The tokens to decide, and why a form (or every form) has none. */
export interface Prediction {
  tokens: PredictedToken[]
  /** One sentence each: a form not checked, or a subject that cannot be predicted. */
  unpredictable: string[]
}

/** The forms to check: the one in use, or both when unknown (the immutable one needs the IDs). */
export function formsToCheck(facts: SubjectFacts): SubjectForm[] {
  if (facts.form) return [facts.form]
  return facts.ids ? ['name-only', 'immutable'] : ['name-only']
}

/**
 * What the policy folder check needs of the facts (the pull request write warning): the
 * repository, its IDs, the forms to check, the issuer.
 */
export function pullRequestContext(facts: SubjectFacts): PullRequestContext {
  const { owner, repo, defaultBranch } = facts.repository
  return {
    owner,
    repo,
    ...(facts.ids ? { ids: facts.ids } : {}),
    forms: formsToCheck(facts),
    issuer: facts.issuer,
    ...(defaultBranch ? { defaultBranch } : {})
  }
}

/** The claims every token of this repository carries, as far as they are known. */
function repositoryClaims(facts: SubjectFacts): Record<string, string> {
  const { owner, repo } = facts.repository
  return {
    repository: `${owner}/${repo}`,
    repository_owner: owner,
    ...(facts.ids
      ? { repository_owner_id: facts.ids.ownerId, repository_id: facts.ids.repoId }
      : {})
  }
}

/** The subject under a customized template; the key it cannot tell when there is one. */
function customSubject(
  keys: readonly string[],
  segment: string,
  presentation: Presentation,
  claims: Readonly<Record<string, string>>
): { sub: string } | { unknown: string } {
  const parts: string[] = []
  for (const key of keys) {
    if (key === 'repo') parts.push(`repo:${segment}`)
    else if (key === 'context') parts.push(presentation.context)
    else if (Object.hasOwn(claims, key)) parts.push(`${key}:${claims[key]}`)
    else return { unknown: key }
  }
  return { sub: parts.join(':') }
}

/**
 * Every token `presentation` will present, one per form to check, with `audience` as `aud`
 * (the step's `audience` input, else its domain), and why any form has none.
 */
export function predictPresentation(
  presentation: Presentation,
  facts: SubjectFacts,
  audience: string
): Prediction {
  const { owner, repo } = facts.repository
  const known = repositoryClaims(facts)
  const claims: Record<string, string> = { ...presentation.claims, ...known }
  const unknownClaims = [
    ...(presentation.unknownClaims ?? []),
    ...(facts.ids ? [] : ['repository_owner_id', 'repository_id'])
  ].filter(c => !Object.hasOwn(claims, c))
  const tokens: PredictedToken[] = []
  const unpredictable: string[] = []
  for (const form of formsToCheck(facts)) {
    const ids = form === 'immutable' ? facts.ids : undefined
    if (form === 'immutable' && !ids) {
      unpredictable.push(
        'The repository uses immutable subjects, but its IDs are unknown: its subject cannot be predicted, so it is not checked.'
      )
      continue
    }
    let sub: string
    if (facts.claimKeys) {
      const custom = customSubject(
        facts.claimKeys,
        repositorySegment(owner, repo, ids),
        presentation,
        claims
      )
      if ('unknown' in custom) {
        const forTrigger = presentation.unknownClaims?.includes(custom.unknown)
        unpredictable.push(
          `The subject template names \`${custom.unknown}\`, whose value ${forTrigger ? `is not known for ${presentation.trigger}` : 'the workflow files do not tell'}: the subject cannot be predicted, so it is not checked.`
        )
        // The same key is missing in every form.
        break
      }
      sub = custom.sub
    } else {
      sub = formatSubject({ owner, repo, rest: presentation.context }, ids)
    }
    tokens.push({
      payload: { ...claims, iss: facts.issuer, aud: audience, sub },
      form,
      unknownClaims: [...unknownClaims]
    })
  }
  return { tokens, unpredictable }
}

/** The tokens alone (see predictPresentation for why a form has none). */
export const predictTokens = (
  presentation: Presentation,
  facts: SubjectFacts,
  audience: string
): PredictedToken[] => predictPresentation(presentation, facts, audience).tokens
