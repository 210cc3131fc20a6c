// The validator's checks, without a runner: every trust policy (`*.sts.yaml`) and the org
// issuer allowlist in a folder, each file's problems located at file:line. The validate action
// (src/steps/validate.ts) and the command line (src/cli/validate.ts) both report these. The
// engine runs in the sandbox (src/policy/sandbox.ts), one file at a time, to the deadline.
import { readdirSync, statSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
import { ALLOWLIST_PATH, hostsOrgPolicies } from '../sts/request.js'
import { inThreadSandbox, tooCostly } from '../policy/sandbox.js'
import type { JobName, JobOutcome, Sandbox } from '../policy/sandbox.js'
import type { Jobs } from '../policy/jobs.js'
import type { Problem } from '../policy/types.js'
import { sanitize } from '../log/neutralize.js'
import type { SubjectFacts } from '../workflows/model.js'
import { pullRequestContext } from '../workflows/predicted-token.js'
import {
  MAX_POLICY_BYTES,
  OutsideWorkspaceError,
  readSmallFile,
  realPathWithin
} from '../workspace.js'

export const DEFAULT_POLICY_PATH = '.github/chainguard'
export const POLICY_SUFFIX = '.sts.yaml'
/** File names and paths as shown in the log and the summary. */
const MAX_NAME = 300

export interface PolicyFiles {
  /**
   * Names of the entries of a directory; throws ENOENT/ENOTDIR when there is none, and
   * `OutsideWorkspaceError` when it is (through links) outside the workspace.
   */
  list(dir: string): string[]
  /** What is there, links inside the workspace followed; `outside` for a link that leaves it. */
  kind(path: string): 'file' | 'dir' | 'other' | 'outside'
  /** The file's text; throws when it cannot be read, is too big, or leaves the workspace. */
  read(path: string): string
}

/** The workspace's files, through the one link-refusing, size-capped reader. */
export function nodeFiles(workspace: string): PolicyFiles {
  return {
    list: dir => readdirSync(realPathWithin(workspace, dir)).sort(),
    kind: path => {
      let real: string
      try {
        real = realPathWithin(workspace, path)
      } catch (e) {
        if (e instanceof OutsideWorkspaceError) return 'outside'
        return 'other' // a broken link or a link loop
      }
      const st = statSync(real)
      return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other'
    },
    read: path => {
      const text = readSmallFile(path, MAX_POLICY_BYTES, workspace)
      if (text === undefined) throw new Error('it is gone')
      return text
    }
  }
}

export interface FileReport {
  /** Path relative to the workspace, with `/` separators (what annotations need). */
  file: string
  identity: string
  problems: Problem[]
  /** The org issuer allowlist (trusted-token-issuers.yaml), not a trust policy. */
  allowlist?: boolean
}

export const toPosix = (p: string): string => p.split(sep).join('/')

/** A name or path from the repository, as one inert line. */
export const shown = (path: string): string => sanitize(path, MAX_NAME)

/** Why a file could not be read or checked, as one inert line. */
const why = (e: unknown): string => sanitize(e instanceof Error ? e.message : String(e), 200)

/** A file that is a link leaving the workspace: never read. */
const outsideWorkspace = (file: string): string =>
  `${shown(file)} is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`

export const ALLOWLIST_FILE = ALLOWLIST_PATH.split('/').pop() as string

/** How the engine runs for the validator: where (default: this thread) and until when. */
export interface EngineRun {
  sandbox?: Sandbox
  /** When the validator's time limit runs out (Date.now's clock): no file starts after it. */
  deadline?: number
  now?: () => number
}

/** Why something was not checked when the time limit ran out, and what to do. */
export const TIME_LIMIT_REACHED =
  'the time limit (timeout-seconds) was reached first. Raise it, or validate fewer files at a time.'

/** A file the time limit left unchecked: not a pass. */
export const notChecked = (file: string): string =>
  `${shown(file)} was not checked: ${TIME_LIMIT_REACHED}`

/** The validator's time limit has run out: no engine job starts after it. */
export const pastDeadline = (engine: EngineRun): boolean =>
  engine.deadline !== undefined && (engine.now ?? Date.now)() >= engine.deadline

/** Runs an engine job where `engine` says, until its deadline. */
export const runEngine = <N extends JobName>(
  engine: EngineRun,
  name: N,
  args: Parameters<Jobs[N]>
): Promise<JobOutcome<ReturnType<Jobs[N]>>> =>
  (engine.sandbox ?? inThreadSandbox).run(name, args, engine.deadline)

/** A lint job on `file`'s text: its problems, or the one problem saying why there are none. */
async function lint<
  N extends Extract<JobName, 'lintPolicy' | 'lintPolicyInRepository' | 'lintAllowlist'>
>(engine: EngineRun, file: string, name: N, args: Parameters<Jobs[N]>): Promise<Problem[]> {
  const one = (severity: Problem['severity'], message: string): Problem[] => [
    { severity, message, line: 1 }
  ]
  if (pastDeadline(engine)) return one('error', notChecked(file))
  const outcome = await runEngine(engine, name, args)
  if (outcome.ok) return outcome.value
  if (outcome.costly !== undefined) {
    return [
      {
        severity: 'warning',
        message: tooCostly(shown(file), outcome.costly),
        line: 1,
        code: 'too-costly'
      }
    ]
  }
  throw new Error(outcome.why)
}

/**
 * One trust policy file at `path` (shown as `file`, relative to the workspace). With the facts
 * of the repository it is in (`repository`), a write token for its pull requests is warned of.
 */
export async function checkPolicyFile(
  fs: PolicyFiles,
  path: string,
  file: string,
  isOrgPolicy: boolean,
  engine: EngineRun = {},
  repository?: SubjectFacts
): Promise<FileReport> {
  const name = basename(path)
  const identity = name.endsWith(POLICY_SUFFIX) ? name.slice(0, -POLICY_SUFFIX.length) : name
  const kind = fs.kind(path)
  if (kind !== 'file') {
    return {
      file,
      identity,
      problems: [
        {
          severity: 'error',
          message:
            kind === 'outside'
              ? outsideWorkspace(file)
              : `${shown(file)} is not a regular file (${kind === 'dir' ? 'a directory' : 'a broken link or special file'}); the server reads a file's contents from the repository.`,
          line: 1
        }
      ]
    }
  }
  let problems: Problem[]
  let text: string | undefined
  try {
    text = fs.read(path)
    problems =
      repository && !isOrgPolicy
        ? await lint(engine, file, 'lintPolicyInRepository', [
            text,
            { isOrgPolicy },
            pullRequestContext(repository)
          ])
        : await lint(engine, file, 'lintPolicy', [text, { isOrgPolicy }])
  } catch (e) {
    problems = [
      {
        severity: 'error',
        message:
          text === undefined
            ? `cannot read ${shown(file)}: ${why(e)}`
            : `${shown(file)} could not be checked (${why(e)}); the server may not be able to read it either. Please report it.`,
        line: 1
      }
    ]
  }
  return { file, identity, problems }
}

/** The org issuer allowlist at `path` (shown as `file`). */
export async function checkAllowlistFile(
  fs: PolicyFiles,
  path: string,
  file: string,
  engine: EngineRun = {}
): Promise<FileReport> {
  const report = (problems: Problem[]): FileReport => ({
    file,
    identity: '',
    problems,
    allowlist: true
  })
  const error = (message: string): FileReport => report([{ severity: 'error', message, line: 1 }])
  const kind = fs.kind(path)
  if (kind === 'outside') {
    return error(outsideWorkspace(file))
  }
  if (kind !== 'file') {
    return error(
      `${shown(file)} is not a regular file: the server reads the allowlist as a file from the repository (a directory there is an invalid configuration).`
    )
  }
  let text: string | undefined
  try {
    text = fs.read(path)
    return report(await lint(engine, file, 'lintAllowlist', [text]))
  } catch (e) {
    return error(
      text === undefined
        ? `cannot read ${shown(file)}: ${why(e)}`
        : `${shown(file)} could not be checked (${why(e)}); please report it.`
    )
  }
}

export interface FolderReport {
  files: FileReport[]
  /** Whether the folder holds the org issuer allowlist. */
  allowlist: boolean
}

/**
 * Every policy in `dir`, whose entries are `names` (as `fs.list` gave them): the policies in
 * order, then the allowlist, then files the server never reads because of their names.
 */
export async function checkPolicyFolder(
  fs: PolicyFiles,
  dir: string,
  workspace: string,
  names: readonly string[],
  isOrgPolicy: boolean,
  engine: EngineRun = {},
  repository?: SubjectFacts
): Promise<FolderReport> {
  const files: FileReport[] = []
  const misnamed: string[] = []
  for (const name of names) {
    const path = join(dir, name)
    const file = toPosix(relative(workspace, path))
    if (!name.endsWith(POLICY_SUFFIX)) {
      if (/\.sts(\.ya?ml|\.json)?$/i.test(name)) misnamed.push(file)
      continue
    }
    files.push(await checkPolicyFile(fs, path, file, isOrgPolicy, engine, repository))
  }
  const allowlist = names.includes(ALLOWLIST_FILE)
  if (allowlist) {
    const path = join(dir, ALLOWLIST_FILE)
    files.push(await checkAllowlistFile(fs, path, toPosix(relative(workspace, path)), engine))
  }
  for (const file of misnamed) {
    files.push({
      file,
      identity: '',
      problems: [
        {
          severity: 'warning',
          message: `${shown(file)} is never read: the server reads exactly .github/chainguard/{identity}.sts.yaml (lower-case, .yaml). Rename it.`,
          line: 1
        }
      ]
    })
  }
  return { files, allowlist }
}

/**
 * Whether the policies at `path` are org policies, judged from where they are: a checkout of
 * the org's policy repository (`.github`, or the server's ORG_POLICY_REPO) is a folder of that
 * name holding `.github/chainguard`.
 */
export function isOrgPolicyPath(path: string, orgPolicyRepo?: string): boolean {
  const parts = toPosix(path).split('/')
  const at = parts.lastIndexOf('chainguard')
  if (at < 2 || parts[at - 1] !== '.github') return false
  return hostsOrgPolicies(`owner/${parts[at - 2] ?? ''}`, orgPolicyRepo)
}
