// The facts beyond the workflow files that decide what a job's OIDC token will say (SubjectFacts):
// the repository, its default branch and IDs, the form of its subjects, its subject template
// and the issuer. Two front ends gather them: the validate action from the runner's environment,
// the event payload and GitHub's API (`actionFacts`); the command line from its flags, the
// environment and the git checkout (`cliFacts`). Each fact says how it was known, or what was
// assumed, in `said`; a value the user gave that is not valid is a usage problem naming it.
// Every value shown comes from the environment, a file or a server: it is sanitized.
import { sanitize } from '../log/neutralize.js'
import { idsFromEnv } from '../policy/subject-form.js'
import type { RepositoryIds, SubjectForm } from '../policy/subject-form.js'
import { DEFAULT_API_URL, validateApiUrl } from '../sts/names.js'
import { ACTION, FLAGS, W, speak } from '../vocabulary.js'
import type { Vocabulary } from '../vocabulary.js'
import type { Env } from '../env.js'
import { readSmallFile } from '../workspace.js'
import { CLAIM_KEY, MAX_CLAIM_KEYS, fetchCustomization } from './customization.js'
import type { Customization, GetJson } from './customization.js'
import { isBranchName, readGitFacts, repositoryName } from './git-remote.js'
import type { GitFacts } from './git-remote.js'
import { GITHUB_SERVER_URL, gitHubServer, hasImmutableSubjects } from './issuer.js'
import type { GitHubServer } from './issuer.js'
import type { RepositoryContext, SubjectFacts } from './model.js'

export interface FactsResult {
  /** Undefined when the repository itself is unknown (`problems` says why). */
  facts?: SubjectFacts
  /** Values given that are not valid, or a repository that cannot be known: one sentence each. */
  problems: string[]
}

/** The event payload can be large (a push lists its commits); the facts are near its top. */
export const MAX_EVENT_BYTES = 4 * 1024 * 1024

const show = (value: string): string => sanitize(value, 100)
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
function splitRepository(value: string | undefined): RepositoryContext | undefined {
  const [owner = '', repo = '', extra] = (value ?? '').split('/')
  return extra === undefined && repositoryName(owner, repo) ? { owner, repo } : undefined
}

const sameRepository = (a: RepositoryContext, b: RepositoryContext): boolean =>
  a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase()

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

/** The lines about the form and the template, once the facts are gathered. */
function formLines(
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

function templateLine(
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

const idsLine = (ids: RepositoryIds, source: string): string =>
  `Repository IDs: owner ${ids.ownerId}, repository ${ids.repoId} (${source}).`

const serverLine = (server: GitHubServer, source: string): string =>
  `Issuer: ${server.issuer} (${server.kind === 'ghes' ? `GitHub Enterprise Server at ${server.host}` : server.host}, ${source}).`

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
  if (settings.known && settings.form) {
    form = settings.form
    formSource = fromSettings
  } else if (!hasImmutableSubjects(server)) {
    form = 'name-only'
    formSource = 'GitHub Enterprise Server has no immutable subjects'
  }
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
    facts: {
      repository,
      ...(ids ? { ids } : {}),
      ...(form ? { form } : {}),
      issuer: server.issuer,
      ...(claimKeys ? { claimKeys } : {}),
      said
    },
    problems
  }
}

/** The command line's flags these facts read, as given (unparsed strings). */
export interface FactFlags {
  repository?: string
  'default-branch'?: string
  'owner-id'?: string
  'repository-id'?: string
  'subject-form'?: string
  'server-url'?: string
  'subject-claim-keys'?: string
}

/** The flags, for a command's parseArgs options and its usage text. */
export const FACT_FLAGS = [
  'repository',
  'default-branch',
  'owner-id',
  'repository-id',
  'subject-form',
  'server-url',
  'subject-claim-keys'
] as const

export const FACT_FLAGS_USAGE = `  --repository OWNER/REPO         the repository the workflows belong to (default
                                  $GITHUB_REPOSITORY, else the origin remote)
  --default-branch B              its default branch (default: origin/HEAD)
  --owner-id N --repository-id N  its owner's and its own numeric IDs (immutable subjects)
  --subject-form immutable|name-only|auto
                                  the form of its subjects (auto: both are checked when
                                  unknown; GitHub Enterprise Server has only name-only)
  --server-url URL                its GitHub (default $GITHUB_SERVER_URL, else the origin
                                  remote's host, else https://github.com): the issuer
  --subject-claim-keys K,K…       its customized subject template (include_claim_keys),
                                  or default
`

const ID = /^[1-9][0-9]{0,19}$/

/**
 * The facts for `octo-sts-token validate` run at `cwd`: the flags first, then the environment
 * (GITHUB_REPOSITORY, its IDs, GITHUB_SERVER_URL), then the git checkout (`origin`).
 */
export function cliFacts(flags: FactFlags, cwd: string, env: Env): FactsResult {
  const problems: string[] = []
  const said: string[] = []
  const flag = (name: keyof FactFlags): string => flags[name]?.trim() ?? ''
  let git: GitFacts | undefined
  const gitFacts = (): GitFacts => (git ??= readGitFacts(cwd))

  // The repository.
  let repository: RepositoryContext | undefined
  let fromRemote = false
  const envRepo = splitRepository(env.GITHUB_REPOSITORY)
  if (flag('repository')) {
    repository = splitRepository(flag('repository'))
    if (!repository)
      return {
        problems: [
          `--repository is "${show(flag('repository'))}": expected OWNER/REPO, e.g. acme/widgets.`
        ]
      }
    said.push(`Repository: ${repository.owner}/${repository.repo} (--repository).`)
  } else if (envRepo) {
    repository = envRepo
    said.push(`Repository: ${repository.owner}/${repository.repo} (GITHUB_REPOSITORY).`)
  } else {
    const remote = gitFacts().remote
    if (!remote)
      return {
        problems: [
          `The repository is unknown: ${gitFacts().remoteUnknown}. Pass --repository OWNER/REPO.`
        ]
      }
    repository = { owner: remote.owner, repo: remote.repo }
    fromRemote = true
    said.push(`Repository: ${repository.owner}/${repository.repo} (the origin remote).`)
  }

  // The server, and so the issuer.
  let server: GitHubServer
  if (flag('server-url')) {
    const s = gitHubServer(flag('server-url'))
    if (!s)
      problems.push(
        `--server-url is "${show(flag('server-url'))}": expected a URL such as https://github.example.com.`
      )
    server = s ?? gitHubServer(GITHUB_SERVER_URL)!
    said.push(serverLine(server, s ? '--server-url' : 'assumed'))
  } else if (env.GITHUB_SERVER_URL && gitHubServer(env.GITHUB_SERVER_URL)) {
    server = gitHubServer(env.GITHUB_SERVER_URL)!
    said.push(serverLine(server, 'GITHUB_SERVER_URL'))
  } else if (fromRemote) {
    const host = gitFacts().remote!.host
    server = gitHubServer(`https://${host === 'ssh.github.com' ? 'github.com' : host}`)!
    said.push(
      serverLine(
        server,
        server.kind === 'ghes'
          ? "the origin remote's host; pass --server-url if it is not a GitHub Enterprise Server"
          : "the origin remote's host"
      )
    )
  } else {
    server = gitHubServer(GITHUB_SERVER_URL)!
    said.push(serverLine(server, 'assumed; pass --server-url for another GitHub'))
  }

  // The IDs: both flags, or the runner's when they are this repository's.
  let ids: RepositoryIds | undefined
  const ownerId = flag('owner-id')
  const repoId = flag('repository-id')
  if (ownerId || repoId) {
    const bad = [
      ...(ownerId && !ID.test(ownerId) ? [`--owner-id is "${show(ownerId)}"`] : []),
      ...(repoId && !ID.test(repoId) ? [`--repository-id is "${show(repoId)}"`] : [])
    ]
    if (bad.length)
      problems.push(
        `${bad.join(' and ')}: an ID is a number, e.g. 1000001 (\`gh api repos/OWNER/REPO --jq '.owner.id, .id'\`).`
      )
    else if (!ownerId || !repoId)
      problems.push(
        `--owner-id and --repository-id go together: give both (\`gh api repos/${repository.owner}/${repository.repo} --jq '.owner.id, .id'\`).`
      )
    else {
      ids = { ownerId, repoId }
      said.push(idsLine(ids, '--owner-id, --repository-id'))
    }
  } else if (envRepo && sameRepository(envRepo, repository) && idsFromEnv(env)) {
    ids = idsFromEnv(env)!
    said.push(idsLine(ids, 'GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID'))
  }

  // The form.
  const formFlag = flag('subject-form').toLowerCase()
  let form: SubjectForm | undefined
  let formSource = ''
  if (formFlag === 'immutable' || formFlag === 'name-only') {
    form = formFlag
    formSource = '--subject-form'
    if (form === 'immutable' && !ids && !problems.some(p => p.includes('--owner-id')))
      problems.push(
        `--subject-form immutable needs the repository's IDs: pass --owner-id and --repository-id (\`gh api repos/${repository.owner}/${repository.repo} --jq '.owner.id, .id'\`).`
      )
  } else if (formFlag !== '' && formFlag !== 'auto') {
    problems.push(
      `--subject-form is "${show(flag('subject-form'))}": expected immutable, name-only or auto.`
    )
  }
  if (form === undefined && !hasImmutableSubjects(server)) {
    form = 'name-only'
    formSource = 'GitHub Enterprise Server has no immutable subjects'
  }
  said.push(
    ...formLines(
      form,
      formSource,
      ids
        ? 'pass --subject-form to say which'
        : 'pass --subject-form, and --owner-id and --repository-id to check the immutable form',
      ids
    )
  )

  // The default branch: the flag, else origin/HEAD when origin is this repository.
  const branchFlag = flag('default-branch')
  if (branchFlag) {
    if (isBranchName(branchFlag)) {
      repository.defaultBranch = branchFlag
      said.push(`Default branch: ${show(branchFlag)} (--default-branch).`)
    } else problems.push(`--default-branch is "${show(branchFlag)}": not a branch name.`)
  } else {
    const remote = gitFacts().remote
    const other = remote !== undefined && !sameRepository(remote, repository)
    const branch = gitFacts().defaultBranch
    if (!other && branch !== undefined) {
      repository.defaultBranch = branch
      said.push(`Default branch: ${show(branch)} (origin/HEAD).`)
    } else {
      const why = other
        ? `origin is ${remote.owner}/${remote.repo}, another repository`
        : gitFacts().defaultBranchUnknown
      said.push(`Default branch unknown (${why}): pass --default-branch.`)
    }
  }

  // The template.
  const given = parseClaimKeys(flag('subject-claim-keys'))
  if (given.problem)
    problems.push(`${speak(W.setting('subject-claim-keys'), FLAGS)} ${given.problem}`)
  const claimKeys = Array.isArray(given.keys) ? given.keys : undefined
  said.push(
    templateLine(
      claimKeys,
      given.keys !== undefined ? '--subject-claim-keys' : undefined,
      false,
      FLAGS
    )
  )

  return {
    facts: {
      repository,
      ...(ids ? { ids } : {}),
      ...(form ? { form } : {}),
      issuer: server.issuer,
      ...(claimKeys ? { claimKeys } : {}),
      said
    },
    problems
  }
}
