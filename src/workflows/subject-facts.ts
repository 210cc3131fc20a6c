// What both front ends of the facts share (action-facts.ts, cli-facts.ts): the result's shape,
// the subject template as a user states it, repository names, and the lines that say how each
// fact was known. Every value shown comes from the environment, a file or a server: sanitized.
import { sanitize } from '../log/neutralize.js'
import type { RepositoryIds, SubjectForm } from '../policy/subject-form.js'
import { W, speak } from '../vocabulary.js'
import type { Vocabulary } from '../vocabulary.js'
import { CLAIM_KEY, MAX_CLAIM_KEYS } from './customization.js'
import { repositoryName } from './git-remote.js'
import type { GitHubServer } from './issuer.js'
import type { RepositoryContext, SubjectFacts } from './model.js'

export interface FactsResult {
  /** Undefined when the repository itself is unknown (`problems` says why). */
  facts?: SubjectFacts
  /** Values given that are not valid, or a repository that cannot be known: one sentence each. */
  problems: string[]
}

export const show = (value: string): string => sanitize(value, 100)
const list = (keys: readonly string[]): string => keys.join(', ')

/** `subject-claim-keys` as given: the keys, `default`, or nothing; the problem when invalid. */
export function parseClaimKeys(raw: string): {
  keys?: string[] | 'default'
  problem?: string
} {
  const text = raw.trim()
  if (text === '') return {}
  if (text.toLowerCase() === 'default') return { keys: 'default' }
  const keys = text.split(/[\s,]+/).filter(k => k !== '')
  const bad = keys.find(k => !CLAIM_KEY.test(k))
  const why =
    bad !== undefined
      ? `holds ${JSON.stringify(show(bad))}: a claim key is letters, digits and \`_\``
      : keys.length > MAX_CLAIM_KEYS
        ? `lists ${keys.length} keys (at most ${MAX_CLAIM_KEYS})`
        : new Set(keys).size !== keys.length
          ? 'names a key twice'
          : undefined
  return why === undefined
    ? { keys }
    : {
        problem: `${why}. Give the repository's \`include_claim_keys\` in order, e.g. \`repo,context,job_workflow_ref\`, or \`default\`.`
      }
}

/** `OWNER/REPO` split, when it is a GitHub repository name. */
export function splitRepository(value: string | undefined): RepositoryContext | undefined {
  const [owner = '', repo = '', extra] = (value ?? '').split('/')
  return extra === undefined && repositoryName(owner, repo) ? { owner, repo } : undefined
}

export const sameRepository = (a: RepositoryContext, b: RepositoryContext): boolean =>
  a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase()

/** The lines about the form and the template, once the facts are gathered. */
export function formLines(
  form: SubjectForm | undefined,
  formSource: string,
  formUnknown: string,
  ids: RepositoryIds | undefined
): string[] {
  if (form !== undefined) {
    const line = `Subject form: ${form} (${formSource}).`
    return form === 'immutable' && !ids
      ? [
          `${line} The repository's IDs are unknown, so its subjects cannot be predicted: no subject is checked.`
        ]
      : [line]
  }
  return ids
    ? [`Subject form unknown (${formUnknown}): both forms are checked.`]
    : [
        `Subject form unknown (${formUnknown}) and the repository's IDs are unknown: only the name-only form is checked.`
      ]
}

export function templateLine(
  keys: string[] | undefined,
  source: string | undefined,
  orgTemplate: boolean,
  words: Vocabulary
): string {
  if (keys !== undefined) return `Subject template: ${list(keys)} (${source}).`
  if (source !== undefined) return `Subject template: GitHub's default (${source}).`
  const set = speak(W.setting('subject-claim-keys'), words)
  return orgTemplate
    ? `Assumed GitHub's default subject template: the repository follows its organization's template, which was not read (set ${set} if it customizes the subject).`
    : `Assumed GitHub's default subject template (set ${set} if the repository customizes it).`
}

export const idsLine = (ids: RepositoryIds, source: string): string =>
  `Repository IDs: owner ${ids.ownerId}, repository ${ids.repoId} (${source}).`

export const serverLine = (server: GitHubServer, source: string): string =>
  `Issuer: ${server.issuer} (${server.kind === 'ghes' ? `GitHub Enterprise Server at ${server.host}` : server.host}, ${source}).`

/** SubjectFacts from what was gathered, the facts not known left out. */
export const factsOf = ({
  ids,
  form,
  claimKeys,
  ...known
}: Omit<SubjectFacts, 'ids' | 'form' | 'claimKeys'> & {
  ids: RepositoryIds | undefined
  form: SubjectForm | undefined
  claimKeys: string[] | undefined
}): SubjectFacts => ({
  ...known,
  ...(ids ? { ids } : {}),
  ...(form ? { form } : {}),
  ...(claimKeys ? { claimKeys } : {})
})
