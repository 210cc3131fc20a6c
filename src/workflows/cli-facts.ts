// The facts for `octo-sts-token validate`: its flags first, then the environment
// (GITHUB_REPOSITORY and its IDs, GITHUB_SERVER_URL), then the git checkout (the `origin`
// remote and `origin/HEAD`).
import { idsFromEnv } from '../policy/subject-form.js'
import type { RepositoryIds, SubjectForm } from '../policy/subject-form.js'
import { FLAGS, W, speak } from '../vocabulary.js'
import type { Env } from '../env.js'
import { isBranchName, readGitFacts } from './git-remote.js'
import type { GitFacts } from './git-remote.js'
import { GITHUB_SERVER_URL, gitHubServer, serverForm } from './issuer.js'
import type { GitHubServer } from './issuer.js'
import type { RepositoryContext } from './model.js'
import {
  formLines,
  idsLine,
  parseClaimKeys,
  sameRepository,
  serverLine,
  show,
  splitRepository,
  templateLine,
  factsOf
} from './subject-facts.js'
import type { FactsResult } from './subject-facts.js'

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
  const fixed = serverForm(server)
  if (form === undefined && fixed) ({ form, source: formSource } = fixed)
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
    facts: factsOf({ repository, ids, form, issuer: server.issuer, claimKeys, said }),
    problems
  }
}
