// What a git checkout says about the repository it is a clone of, for the command line: the
// `origin` remote's owner and name (from the config) and its default branch (`origin/HEAD`).
// Every file is read size-capped through the workspace reader; a `.git` *file* (a worktree or a
// submodule: `gitdir: PATH`) is followed. Nothing here throws: a missing or malformed file is
// an unknown fact with the reason. The remote's URL is never shown (it may hold credentials).
import { isAbsolute, join, resolve } from 'node:path'
import { sanitize } from '../log/neutralize.js'
import { validateScope } from '../sts/names.js'
import { readSmallFile } from '../workspace.js'

/** Git's own small files (config, HEAD refs, `.git` pointer files); a larger one is not git's. */
export const MAX_GIT_FILE_BYTES = 64 * 1024

/** A GitHub repository a remote URL names, and the host it is on. */
export interface RemoteRepository {
  host: string
  owner: string
  repo: string
}

/** What the checkout tells, each fact with how it was known or why it is not. */
export interface GitFacts {
  remote?: RemoteRepository
  /** Why the remote is not known (no checkout, no origin, a URL that names no repository). */
  remoteUnknown?: string
  defaultBranch?: string
  defaultBranchUnknown?: string
}

/** `owner/repo` when both are GitHub names (the rule the scope input follows); else undefined. */
export function repositoryName(owner: string, repo: string): string | undefined {
  const name = `${owner}/${repo}`
  return validateScope(name) === undefined && owner !== '' && repo !== '' ? name : undefined
}

/**
 * The host, owner and repository of a remote URL: `git@HOST:O/R.git` (scp form),
 * `ssh://[user@]HOST[:port]/O/R.git`, `https://[user@]HOST/O/R(.git)`; undefined otherwise.
 */
export function parseRemoteUrl(url: string): RemoteRepository | undefined {
  let host: string
  let path: string
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)
  if (scheme) {
    if (!/^(?:ssh|git\+ssh|ssh\+git|https?|git)$/i.test(scheme[1]!)) return undefined
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return undefined
    }
    host = parsed.hostname
    path = decodeURIComponentSafe(parsed.pathname)
  } else {
    // scp-like syntax: no scheme, `[user@]host:path`, and no `/` before the first `:`.
    const m = /^(?:[^@/:]+@)?([^@/:]+):(?!\/\/)(.+)$/.exec(url)
    if (!m) return undefined
    host = m[1]!
    path = m[2]!
  }
  const parts = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '')
    .split('/')
  if (parts.length !== 2) return undefined
  const [owner, repo] = parts as [string, string]
  if (!repositoryName(owner, repo) || !/^[A-Za-z0-9.-]+$/.test(host)) return undefined
  return { host: host.toLowerCase(), owner, repo }
}

const decodeURIComponentSafe = (s: string): string => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** A git config value: quotes removed, escapes read, a comment after it dropped. */
function configValue(raw: string): string {
  let out = ''
  let quoted = false
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!
    if (c === '"') quoted = !quoted
    else if (c === '\\' && i + 1 < raw.length) {
      const n = raw[++i]!
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n
    } else if (!quoted && (c === '#' || c === ';')) break
    else out += c
  }
  return out.trim()
}

/**
 * The first `url` of `[remote "origin"]` (or the old `[remote.origin]`) in a git config's
 * text; undefined when there is none. Section and key names are case-insensitive, the remote's
 * name is not, as git reads them.
 */
export function originUrl(config: string): string | undefined {
  let inOrigin = false
  for (const line of config.split(/\r?\n/)) {
    const section = /^\s*\[([^\]]*)\]\s*(.*)$/.exec(line)
    if (section) {
      const head = section[1]!.trim()
      // `[remote "origin"]`: the subsection is case-sensitive; the old `[remote.origin]` is not.
      const sub = /^([A-Za-z.-]+)\s+"(.*)"$/.exec(head)
      inOrigin = sub
        ? sub[1]!.toLowerCase() === 'remote' && sub[2] === 'origin'
        : head.toLowerCase() === 'remote.origin'
      // A key may follow the header on the same line.
      if (!inOrigin || !section[2]) continue
      const url = urlOf(section[2])
      if (url !== undefined) return url
      continue
    }
    if (!inOrigin) continue
    const url = urlOf(line)
    if (url !== undefined) return url
  }
  return undefined
}

const urlOf = (line: string): string | undefined => {
  const m = /^\s*url\s*=(.*)$/i.exec(line)
  return m ? configValue(m[1]!) : undefined
}

/** `ref: refs/remotes/origin/BRANCH` → BRANCH, when BRANCH is a plausible branch name. */
export function originHeadBranch(text: string): string | undefined {
  const m = /^ref: refs\/remotes\/origin\/(.+)$/.exec(text.trim())
  const branch = m?.[1]
  return branch !== undefined && isBranchName(branch) ? branch : undefined
}

/** A name git accepts for a branch (the parts of check-ref-format that matter here). */
export function isBranchName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name) &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !name.includes('//') &&
    !/(^|\/)\./.test(name) &&
    !/(^\/|\/$|\.lock$|\.$)/.test(name)
  )
}

type Read = { text: string } | { missing: true } | { error: string }

function read(path: string): Read {
  try {
    const text = readSmallFile(path, MAX_GIT_FILE_BYTES)
    return text === undefined ? { missing: true } : { text }
  } catch (e) {
    // The workspace reader throws only Errors (its own, or the system's).
    return { error: sanitize((e as Error).message, 120) }
  }
}

/**
 * Where the checkout at `root` keeps git's files: `dir` (its own: HEAD, and for a submodule its
 * config too) and `common` (config and refs, shared by every worktree).
 */
function gitDirs(root: string): { dir: string; common: string } | { why: string } {
  const dotGit = join(root, '.git')
  const pointer = read(dotGit)
  let dir: string
  if ('text' in pointer) {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(pointer.text)
    if (!m) return { why: 'its `.git` file does not say `gitdir: PATH`' }
    dir = isAbsolute(m[1]!) ? m[1]! : resolve(root, m[1]!)
  } else if ('error' in pointer && pointer.error === 'it is a directory') {
    dir = dotGit
  } else if ('missing' in pointer) {
    return { why: 'there is no `.git` here (not the root of a git checkout)' }
  } else {
    return { why: `its \`.git\` cannot be read (${pointer.error})` }
  }
  // A worktree's gitdir names the shared one in `commondir` (relative to itself).
  const common = read(join(dir, 'commondir'))
  if ('text' in common) {
    const to = common.text.trim()
    return { dir, common: isAbsolute(to) ? to : resolve(dir, to) }
  }
  return { dir, common: dir }
}

/** What the git checkout at `root` tells about its `origin`. Never throws. */
export function readGitFacts(root: string): GitFacts {
  const dirs = gitDirs(root)
  if ('why' in dirs) return { remoteUnknown: dirs.why, defaultBranchUnknown: dirs.why }
  const out: GitFacts = {}
  const config = read(join(dirs.common, 'config'))
  if ('text' in config) {
    const url = originUrl(config.text)
    const remote = url === undefined ? undefined : parseRemoteUrl(url)
    if (remote) out.remote = remote
    else
      out.remoteUnknown =
        url === undefined
          ? 'the git config has no `origin` remote'
          : "the `origin` remote's URL names no GitHub repository (OWNER/REPO)"
  } else {
    out.remoteUnknown =
      'error' in config
        ? `the git config cannot be read (${config.error})`
        : 'the git checkout has no config file'
  }
  const head = read(join(dirs.common, 'refs', 'remotes', 'origin', 'HEAD'))
  if ('text' in head) {
    const branch = originHeadBranch(head.text)
    if (branch !== undefined) out.defaultBranch = branch
    else
      out.defaultBranchUnknown =
        '`refs/remotes/origin/HEAD` does not say `ref: refs/remotes/origin/BRANCH`'
  } else {
    out.defaultBranchUnknown =
      'error' in head
        ? `\`refs/remotes/origin/HEAD\` cannot be read (${head.error})`
        : '`origin/HEAD` is not set (`git remote set-head origin --auto` sets it)'
  }
  return out
}
