// The facts for the validate action: GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER_ID/_ID, the
// event payload (GITHUB_EVENT_PATH: the default branch, the IDs), GITHUB_SERVER_URL (the
// issuer), and the repository's OIDC subject settings, read with the `github-token` input.
import { idsFromEnv } from '../policy/subject-form.js'
import type { RepositoryIds, SubjectForm } from '../policy/subject-form.js'
import { DEFAULT_API_URL, validateApiUrl } from '../sts/names.js'
import { ACTION, W, speak } from '../vocabulary.js'
import type { Env } from '../env.js'
import { readSmallFile } from '../workspace.js'
import { fetchCustomization } from './customization.js'
import type { Customization, GetJson } from './customization.js'
import { isBranchName } from './git-remote.js'
import { GITHUB_SERVER_URL, gitHubServer, serverForm } from './issuer.js'
import {
  formLines,
  idsLine,
  parseClaimKeys,
  serverLine,
  show,
  splitRepository,
  templateLine,
  factsOf
} from './subject-facts.js'
import type { FactsResult } from './subject-facts.js'

/** The event payload can be large (a push lists its commits); the facts are near its top. */
export const MAX_EVENT_BYTES = 4 * 1024 * 1024

/** What an event payload tells: the default branch and the IDs (the `repository` object). */
export function readEventPayload(path: string | undefined): {
  defaultBranch?: string
  ids?: RepositoryIds
  why?: string
} {
  if (!path) return { why: 'GITHUB_EVENT_PATH is not set' }
  let value: unknown
  try {
    const text = readSmallFile(path, MAX_EVENT_BYTES)
    if (text === undefined) return { why: 'the event payload file is missing' }
    value = JSON.parse(text)
  } catch (e) {
    return {
      why: `the event payload cannot be read (${e instanceof SyntaxError ? 'not JSON' : show(String((e as Error)?.message ?? e))})`
    }
  }
  const repo = (value as { repository?: unknown } | null)?.repository
  if (typeof repo !== 'object' || repo === null)
    return { why: 'the event payload has no `repository`' }
  const r = repo as { default_branch?: unknown; id?: unknown; owner?: { id?: unknown } | null }
  const id = (v: unknown): string | undefined =>
    typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? String(v) : undefined
  const ownerId = id(r.owner?.id)
  const repoId = id(r.id)
  const branch = typeof r.default_branch === 'string' ? r.default_branch : undefined
  return {
    ...(branch !== undefined && isBranchName(branch) ? { defaultBranch: branch } : {}),
    ...(ownerId && repoId ? { ids: { ownerId, repoId } } : {}),
    ...(branch === undefined || !isBranchName(branch)
      ? {
          why:
            branch === undefined
              ? 'the event payload does not name it'
              : 'the event payload names no valid branch'
        }
      : {})
  }
}

/** The input names of the validate action these facts read. */
export const FACT_INPUTS = { claimKeys: 'subject-claim-keys', token: 'github-token' } as const

/**
 * The facts for the validate action: GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER_ID/_ID, the
 * event payload, GITHUB_SERVER_URL, and the repository's OIDC settings read with the
 * `github-token` input (when given) through `http`.
 */
export async function actionFacts(
  getInput: (name: string) => string,
  env: Env,
  http: GetJson,
  timeoutMs?: number
): Promise<FactsResult> {
  const problems: string[] = []
  const repository = splitRepository(env.GITHUB_REPOSITORY)
  if (!repository) {
    return {
      problems: [
        env.GITHUB_REPOSITORY
          ? `GITHUB_REPOSITORY is "${show(env.GITHUB_REPOSITORY)}", not OWNER/REPO: the workflows cannot be checked.`
          : 'GITHUB_REPOSITORY is not set: the workflows cannot be checked (the validate action runs in GitHub Actions).'
      ]
    }
  }
  const said = [`Repository: ${repository.owner}/${repository.repo} (GITHUB_REPOSITORY).`]
  const payload = readEventPayload(env.GITHUB_EVENT_PATH)
  if (payload.defaultBranch !== undefined) {
    repository.defaultBranch = payload.defaultBranch
    said.push(`Default branch: ${show(payload.defaultBranch)} (the event payload).`)
  } else {
    const ref = env.GITHUB_REF ?? ''
    const scheduled = env.GITHUB_EVENT_NAME === 'schedule' && ref.startsWith('refs/heads/')
    const branch = ref.slice('refs/heads/'.length)
    if (scheduled && isBranchName(branch)) {
      repository.defaultBranch = branch
      said.push(`Default branch: ${show(branch)} (GITHUB_REF: a schedule runs on it).`)
    } else said.push(`Default branch unknown (${payload.why}).`)
  }
  const envIds = idsFromEnv(env)
  const ids = envIds ?? payload.ids
  if (ids)
    said.push(
      idsLine(
        ids,
        envIds ? 'GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID' : 'the event payload'
      )
    )

  let server = gitHubServer(env.GITHUB_SERVER_URL || GITHUB_SERVER_URL)
  if (server) {
    said.push(serverLine(server, env.GITHUB_SERVER_URL ? 'GITHUB_SERVER_URL' : 'assumed'))
  } else {
    server = gitHubServer(GITHUB_SERVER_URL)!
    said.push(
      serverLine(
        server,
        `assumed: GITHUB_SERVER_URL "${show(env.GITHUB_SERVER_URL ?? '')}" is not a server URL`
      )
    )
  }

  const given = parseClaimKeys(getInput(FACT_INPUTS.claimKeys))
  if (given.problem)
    problems.push(`${speak(W.setting('subject-claim-keys'), ACTION)} ${given.problem}`)
  const token = getInput(FACT_INPUTS.token)
  let settings: Customization
  const apiUrl = env.GITHUB_API_URL || DEFAULT_API_URL
  if (!token) settings = { known: false, why: 'no `github-token` to read its OIDC settings with' }
  else if (validateApiUrl(apiUrl) !== undefined)
    settings = { known: false, why: 'GITHUB_API_URL is not an https URL' }
  else
    settings = await fetchCustomization(
      http,
      apiUrl,
      repository.owner,
      repository.repo,
      token,
      timeoutMs
    )

  const fromSettings = "the repository's OIDC settings"
  let form: SubjectForm | undefined
  let formSource = ''
  const fixed = serverForm(server)
  if (settings.known && settings.form) {
    form = settings.form
    formSource = fromSettings
  } else if (fixed) ({ form, source: formSource } = fixed)
  said.push(
    ...formLines(
      form,
      formSource,
      settings.known ? 'the OIDC settings do not say' : settings.why,
      ids
    )
  )

  let claimKeys: string[] | undefined
  let keysSource: string | undefined
  if (given.keys !== undefined) {
    claimKeys = given.keys === 'default' ? undefined : given.keys
    keysSource = `the ${FACT_INPUTS.claimKeys} input`
  } else if (settings.known && !settings.orgTemplate) {
    claimKeys = settings.claimKeys
    keysSource = fromSettings
  }
  said.push(templateLine(claimKeys, keysSource, settings.known && !!settings.orgTemplate, ACTION))

  return {
    facts: factsOf({ repository, ids, form, issuer: server.issuer, claimKeys, said }),
    problems
  }
}
