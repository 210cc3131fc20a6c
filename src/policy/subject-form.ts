// GitHub's two forms of an Actions subject. The name-only form `repo:OWNER/REPO:…` is what
// GHES and older github.com repositories present; the immutable form
// `repo:OWNER@OWNER_ID/REPO@REPO_ID:…` is the default for repositories created or renamed on
// github.com since mid-2026 (older ones can opt in). The IDs are also the `repository_owner_id`
// and `repository_id` claims, and GITHUB_REPOSITORY_OWNER_ID / GITHUB_REPOSITORY_ID on the
// runner. A policy written in one form never matches a token of the other, so every part that
// reads, writes or explains a subject asks this module. A leaf: no engine, no RE2; a caller that
// compares patterns passes the engine's matcher in.
import { quoteMeta } from './goformat.js'

export type SubjectForm = 'immutable' | 'name-only'

/** The numeric IDs GitHub gives an owner and a repository; never reused, unlike names. */
export interface RepositoryIds {
  ownerId: string
  repoId: string
}

/** A GitHub Actions subject, split. */
export interface GitHubSubject {
  owner: string
  repo: string
  /** Present exactly in the immutable form. */
  ids?: RepositoryIds
  /** What follows `repo:OWNER/REPO:`, e.g. `ref:refs/heads/main`, `environment:prod`. */
  rest: string
}

// GitHub's owner and repository names: letters, digits, `-`, `_` (managed users) and `.` (repos).
// Nothing else, so a command built from them (idsCommand) is safe to copy into a shell.
const NAME = '[A-Za-z0-9._-]+'
const SUBJECT = new RegExp(`^repo:(${NAME})(?:@([0-9]+))?/(${NAME})(?:@([0-9]+))?:(.*)$`, 's')
const ID = /^[0-9]+$/

/** `sub` split into owner, repository, IDs and the rest; `undefined` when not GitHub's shape. */
export function parseSubject(sub: string): GitHubSubject | undefined {
  const m = SUBJECT.exec(sub)
  if (!m) return undefined
  const [, owner = '', ownerId, repo = '', repoId, rest = ''] = m
  // GitHub appends both IDs or neither.
  if ((ownerId === undefined) !== (repoId === undefined)) return undefined
  return { owner, repo, rest, ...(ownerId && repoId ? { ids: { ownerId, repoId } } : {}) }
}

export const formOf = (s: Pick<GitHubSubject, 'ids'>): SubjectForm =>
  s.ids ? 'immutable' : 'name-only'

/** The form of `sub`; `undefined` when it is not a GitHub repository subject. */
export function subjectForm(sub: string): SubjectForm | undefined {
  const s = parseSubject(sub)
  return s && formOf(s)
}

/** `repo:OWNER/REPO:REST`, or with `ids` the immutable `repo:OWNER@ID/REPO@ID:REST`. */
export function formatSubject(s: Omit<GitHubSubject, 'ids'>, ids?: RepositoryIds): string {
  return `repo:${repositorySegment(s.owner, s.repo, ids)}:${s.rest}`
}

/** `OWNER/REPO` or `OWNER@ID/REPO@ID`, as a subject writes it. */
export const repositorySegment = (owner: string, repo: string, ids?: RepositoryIds): string =>
  ids ? `${owner}@${ids.ownerId}/${repo}@${ids.repoId}` : `${owner}/${repo}`

/**
 * `sub` written in `form`: the immutable form needs `ids` unless `sub` already has them.
 * `undefined` when `sub` is not a GitHub subject or the IDs are unknown.
 */
export function inForm(sub: string, form: SubjectForm, ids?: RepositoryIds): string | undefined {
  const s = parseSubject(sub)
  if (!s) return undefined
  if (form === 'name-only') return formatSubject(s)
  const use = s.ids ?? ids
  return use ? formatSubject(s, use) : undefined
}

const idOf = (v: unknown): string | undefined =>
  typeof v === 'string' && ID.test(v) ? v : undefined

/** The IDs from a GitHub token's `repository_owner_id` and `repository_id` claims. */
export function idsFromClaims(
  claims: Readonly<Record<string, unknown>>
): RepositoryIds | undefined {
  const ownerId = idOf(claims.repository_owner_id)
  const repoId = idOf(claims.repository_id)
  return ownerId && repoId ? { ownerId, repoId } : undefined
}

/** The IDs from the runner's GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID. */
export function idsFromEnv(
  env: Readonly<Record<string, string | undefined>>
): RepositoryIds | undefined {
  const ownerId = idOf(env.GITHUB_REPOSITORY_OWNER_ID)
  const repoId = idOf(env.GITHUB_REPOSITORY_ID)
  return ownerId && repoId ? { ownerId, repoId } : undefined
}

/** The command that prints a repository's owner ID and repository ID, one a line. */
export const idsCommand = (owner: string, repo: string): string =>
  `gh api repos/${owner}/${repo} --jq '.owner.id, .id'`

/**
 * Whether `pattern` admits `value`, compiled as the server compiles a policy pattern (false
 * when it does not compile). The engine's, passed in: this module loads no RE2.
 */
export type PatternTest = (pattern: string, value: string) => boolean

/** A policy's subject that names the other form of the token's subject. */
export interface OtherForm {
  /** The policy field that names it. */
  field: 'subject' | 'subject_pattern'
  /** The token's form; the policy names the other one. */
  token: SubjectForm
  owner: string
  repo: string
  /** The repository's IDs (from the token's subject or claims), when known. */
  ids?: RepositoryIds
  /** The line to write instead, in the token's form: `subject` or `subject_pattern` and its value. */
  write: { field: 'subject' | 'subject_pattern'; value: string }
  /** Whether `write` admits the token (false: the policy also differs in something else). */
  admits: boolean
  /**
   * What `write` admits: what the policy meant, in the token's form (`same`); both forms, for a
   * pattern naming every repository of the owner, whose older ones keep the name-only form
   * (`both`); or only this subject, for a pattern this module cannot rewrite (`exact`).
   */
  covers: 'same' | 'both' | 'exact'
}

/** `text` as it may be spelled in a pattern: each punctuation character optionally escaped. */
const spelled = (text: string): string =>
  [...text]
    .map(c => (/[A-Za-z0-9]/.test(c) ? c : `\\\\?${c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}`))
    .join('')

/**
 * `pattern` with every literal `repo:OWNER/REPO:` of the repository in the other form than
 * `toIds` says replaced by the one in that form: from the immutable form (with `fromIds`, or
 * any IDs when unknown) to the name-only one, or the other way round. `undefined` when the
 * pattern spells none.
 */
function rewritePattern(
  pattern: string,
  s: Pick<GitHubSubject, 'owner' | 'repo'>,
  fromIds: RepositoryIds | undefined,
  toIds: RepositoryIds | undefined
): string | undefined {
  const id = (v: string | undefined): string => `${spelled('@')}${v ?? '[0-9]+'}`
  const named = toIds
    ? `${spelled(s.owner)}${spelled('/')}${spelled(s.repo)}`
    : `${spelled(s.owner)}${id(fromIds?.ownerId)}${spelled('/')}${spelled(s.repo)}${id(fromIds?.repoId)}`
  const segment = new RegExp(`repo${spelled(':')}${named}${spelled(':')}`, 'g')
  const to = quoteMeta(`repo:${repositorySegment(s.owner, s.repo, toIds)}:`)
  const out = pattern.replace(segment, () => to)
  return out === pattern ? undefined : out
}

/**
 * `pattern` with every literal `repo:OWNER/` (or `repo:OWNER@ID/`) made `repo:OWNER(?:@ID)?/`:
 * an owner-wide pattern then admits both forms. `undefined` when it spells none, or only
 * another owner ID.
 */
function rewriteOwner(
  pattern: string,
  owner: string,
  ownerId: string | undefined
): string | undefined {
  const re = new RegExp(
    `repo${spelled(':')}${spelled(owner)}(?:${spelled('@')}([0-9]+))?${spelled('/')}`,
    'g'
  )
  const out = pattern.replace(re, (all, id: string | undefined) => {
    const use = ownerId ?? id
    if (!use || (id !== undefined && id !== use)) return all
    return `${quoteMeta(`repo:${owner}`)}(?:@${use})?/`
  })
  return out === pattern ? undefined : out
}

/** The repository a subject pattern names literally at its start, in either form. */
export interface PatternRepository {
  owner: string
  ownerId?: string
  /** Present when the repository name is literal too (`\.` read as `.`). */
  repo?: string
  repoId?: string
}

const PATTERN_HEAD =
  /^repo:([A-Za-z0-9_-]+)(?:@([0-9]+)|\(\?:@([0-9]+)\)\?)?\/(?:((?:[A-Za-z0-9_-]|\\\.)+)(?:@([0-9]+))?:)?/

/**
 * What `repo:OWNER/` or `repo:OWNER@ID/` at the start of `pattern` names, and then `REPO:` or
 * `REPO@ID:` when written literally: the lint's probes are built in the pattern's own form.
 */
export function patternRepository(pattern: string): PatternRepository | undefined {
  // The owner's ID may be optional, as an owner-wide pattern admitting both forms writes it.
  const m = PATTERN_HEAD.exec(pattern)
  if (!m) return undefined
  const [, owner = '', id, optionalId, repo, repoId] = m
  const ownerId = id ?? optionalId
  return {
    owner,
    ...(ownerId ? { ownerId } : {}),
    ...(repo ? { repo: repo.replace(/\\\./g, '.') } : {}),
    ...(repo && repoId ? { repoId } : {})
  }
}

const sameIds = (a: RepositoryIds, b: RepositoryIds): boolean =>
  a.ownerId === b.ownerId && a.repoId === b.repoId

/**
 * Whether the policy's `subject` or `subject_pattern` refuses `sub` because it names the
 * repository in the other form, and the line to write in the token's form. `ids` are the
 * token's `repository_owner_id` / `repository_id` (idsFromClaims): they turn a name-only
 * subject into the immutable one, and tell a re-created repository (other IDs) from the same
 * one. `undefined` when the policy admits `sub`, names another repository, or `sub` is not a
 * GitHub subject.
 */
export function namesOtherForm(
  policy: { subject?: string; subject_pattern?: string },
  sub: string,
  ids: RepositoryIds | undefined,
  test: PatternTest
): OtherForm | undefined {
  const token = parseSubject(sub)
  if (!token) return undefined
  const form = formOf(token)
  const known = token.ids ?? ids
  const base = {
    token: form,
    owner: token.owner,
    repo: token.repo,
    ...(known ? { ids: known } : {})
  }
  if (policy.subject !== undefined && policy.subject_pattern === undefined) {
    const named = parseSubject(policy.subject)
    if (!named || formOf(named) === form) return undefined
    if (named.owner !== token.owner || named.repo !== token.repo) return undefined
    // A policy naming other IDs names another repository that had this name.
    if (named.ids && known && !sameIds(named.ids, known)) return undefined
    const value = formatSubject(named, token.ids)
    const admits = value === sub
    return { field: 'subject', ...base, write: { field: 'subject', value }, admits, covers: 'same' }
  }
  const pattern = policy.subject_pattern
  if (pattern === undefined || test(pattern, sub)) return undefined
  const rewritten = rewritePattern(pattern, token, known, token.ids)
  if (rewritten !== undefined) {
    const admits = test(rewritten, sub)
    return {
      field: 'subject_pattern',
      ...base,
      write: { field: 'subject_pattern', value: rewritten },
      admits,
      covers: 'same'
    }
  }
  // What it admits is the other form of this subject, without naming this repository literally.
  const other = inForm(sub, form === 'immutable' ? 'name-only' : 'immutable', known)
  if (other !== undefined && !test(pattern, other)) return undefined
  const ownerWide = rewriteOwner(pattern, token.owner, known?.ownerId)
  if (ownerWide !== undefined && test(ownerWide, sub)) {
    const write = { field: 'subject_pattern' as const, value: ownerWide }
    return { field: 'subject_pattern', ...base, write, admits: true, covers: 'both' }
  }
  if (other === undefined) return undefined
  const write = { field: 'subject' as const, value: sub }
  return { field: 'subject_pattern', ...base, write, admits: true, covers: 'exact' }
}
