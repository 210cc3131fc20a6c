// The validate action: checks every trust policy (`*.sts.yaml`) under a folder of the workspace
// before it reaches the default branch, where the server reads it. The server itself only
// finds out at exchange time (and then only says "unable to parse"); this annotates every
// problem at file:line in the pull request, writes a job summary, and fails on errors.
import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { ALLOWLIST_PATH, isOrgPolicyRepo } from '../sts/request.js'
import { parseBoolean } from './inputs.js'
import { lintAllowlist } from '../policy/allowlist.js'
import { lintPolicy } from '../policy/lint.js'
import type { Problem } from '../policy/types.js'
import type { Runner } from './runner.js'
import type { Env } from '../env.js'
import { neutralize, sanitize } from '../log/neutralize.js'
import { MAX_LISTED, codeSpan, markdownTable } from '../log/markdown.js'
import {
  MAX_POLICY_BYTES,
  OutsideWorkspaceError,
  readSmallFile,
  realPathWithin,
  workspaceRoot,
  resolveInWorkspace
} from '../workspace.js'

export const DEFAULT_POLICY_PATH = '.github/chainguard'
const POLICY_SUFFIX = '.sts.yaml'
const MAX_MESSAGE = 1000
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

export interface ValidateDeps {
  runner: Runner
  env: Env
  files?: PolicyFiles
}

export interface FileReport {
  /** Path relative to the workspace, with `/` separators (what annotations need). */
  file: string
  identity: string
  problems: Problem[]
  /** The org issuer allowlist (trusted-token-issuers.yaml), not a trust policy. */
  allowlist?: boolean
}

export interface ValidateReport {
  files: FileReport[]
  errors: number
  warnings: number
  failed: boolean
}

function booleanInput(runner: Runner, name: string, fallback: boolean): boolean {
  const raw = runner.getInput(name)
  const b = parseBoolean(raw, fallback)
  if (b !== undefined) return b
  throw new Error(`Input \`${name}\` must be true or false, not "${sanitize(raw, 40)}".`)
}

function orgPoliciesInput(runner: Runner, env: Env): boolean {
  const raw = runner.getInput('org-policies') || 'auto'
  if (raw.toLowerCase() === 'auto') return isOrgPolicyRepo(env.GITHUB_REPOSITORY ?? '')
  const b = parseBoolean(raw, false)
  if (b !== undefined) return b
  throw new Error(`Input \`org-policies\` must be auto, true or false, not "${sanitize(raw, 40)}".`)
}

const toPosix = (p: string): string => p.split(sep).join('/')

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/** A name or path from the repository, as one inert line. */
const shown = (path: string): string => sanitize(path, MAX_NAME)

/** Why a file could not be read or checked, as one inert line. */
const why = (e: unknown): string => sanitize(e instanceof Error ? e.message : String(e), 200)

/** A file that is a link leaving the workspace: never read. */
const outsideWorkspace = (file: string): string =>
  `${shown(file)} is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`

/** Checks the policies and reports through the runner; never throws. */
export function validate({ runner, env, files }: ValidateDeps): ValidateReport {
  const report: ValidateReport = { files: [], errors: 0, warnings: 0, failed: false }
  const fail = (message: string): ValidateReport => {
    runner.setFailed(message)
    return { ...report, failed: true }
  }
  try {
    const workspace = workspaceRoot(env) ?? process.cwd()
    const input = runner.getInput('path') || DEFAULT_POLICY_PATH
    const isOrgPolicy = orgPoliciesInput(runner, env)
    const failOnWarnings = booleanInput(runner, 'fail-on-warnings', false)
    const dir = resolveInWorkspace(workspace, input)
    if (dir === undefined) {
      return fail(
        `Input \`path\` is "${shown(input)}", which is outside the workspace (${shown(workspace)}): the validator reads only the checked-out repository. Set \`path\` to a folder inside it, e.g. \`${DEFAULT_POLICY_PATH}\`.`
      )
    }
    const shownDir = shown(toPosix(relative(workspace, dir)) || '.')
    const fs = files ?? nodeFiles(workspace)

    let names: string[]
    try {
      names = fs.list(dir)
    } catch (e) {
      if (e instanceof OutsideWorkspaceError) {
        return fail(
          `The policy folder ${shownDir} is a link to outside the workspace: refused, nothing in it was read. The server reads policies only from the repository; make ${shownDir} a real folder.`
        )
      }
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e
      // Nothing checked is not a pass: a mistyped path must not let a pull request through.
      writeSummary(runner, shownDir, isOrgPolicy, report)
      return fail(
        `No policy folder ${shownDir} in the workspace (${shown(workspace)}): nothing was validated. Check out the repository first (actions/checkout), or fix \`path\`.`
      )
    }

    const misnamed: string[] = []
    for (const name of names) {
      const path = join(dir, name)
      const file = toPosix(relative(workspace, path))
      if (!name.endsWith(POLICY_SUFFIX)) {
        if (/\.sts(\.ya?ml|\.json)?$/i.test(name)) misnamed.push(file)
        continue
      }
      const kind = fs.kind(path)
      if (kind !== 'file') {
        report.files.push({
          file,
          identity: name.slice(0, -POLICY_SUFFIX.length),
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
        })
        continue
      }
      let problems: Problem[]
      let text: string | undefined
      try {
        text = fs.read(path)
        problems = lintPolicy(text, { isOrgPolicy })
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
      report.files.push({ file, identity: name.slice(0, -POLICY_SUFFIX.length), problems })
    }
    const allowlist = checkAllowlist(fs, dir, workspace, names)
    if (allowlist) report.files.push(allowlist)
    for (const file of misnamed) {
      report.files.push({
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

    for (const { file, problems, allowlist: isAllowlist } of report.files) {
      problems.forEach((p, i) => {
        if (p.severity === 'error') report.errors++
        else report.warnings++
        // A hostile file can hold any number of problems: the log gets a bounded share.
        if (i >= MAX_LISTED) return
        const props = {
          title: sanitize(
            `${isAllowlist ? 'Issuer allowlist' : 'Trust policy'} ${p.severity}${p.field ? `: ${p.field}` : ''}`,
            200
          ),
          // The real path, so the annotation lands on the file; inert like every printed name.
          file: neutralize(file),
          ...(p.line !== undefined ? { startLine: p.line } : {}),
          ...(p.column !== undefined ? { startColumn: p.column } : {})
        }
        const message = sanitize(p.message, MAX_MESSAGE)
        if (p.severity === 'error') runner.error(message, props)
        else runner.warning(message, props)
      })
      if (problems.length > MAX_LISTED) {
        runner.info(`${shown(file)}: ${problems.length - MAX_LISTED} more problems, not annotated.`)
      }
      if (problems.length === 0) runner.info(`✓ ${shown(file)}`)
    }
    const policies = report.files.filter(f => f.identity !== '').length
    if (policies === 0 && !allowlist) {
      runner.warning(
        `No *${POLICY_SUFFIX} files in ${shownDir}: nothing to validate. Policies are named {identity}${POLICY_SUFFIX}.`
      )
      report.warnings++
    }
    runner.info(
      `Checked ${policies === 1 ? '1 policy' : `${policies} policies`}${allowlist ? ' and the org issuer allowlist' : ''} in ${shownDir} (${isOrgPolicy ? 'org policies: repositories allowed' : 'repository policies'}): ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}.`
    )
    writeSummary(runner, shownDir, isOrgPolicy, report)
    if (report.errors > 0) {
      return fail(
        `${count(report.errors, 'error')} in trust policies: the server would reject them or they can never admit a token. See the annotations.`
      )
    }
    if (failOnWarnings && report.warnings > 0) {
      return fail(
        `${count(report.warnings, 'warning')} in trust policies, and fail-on-warnings is true.`
      )
    }
    return report
  } catch (e) {
    return fail(sanitize(e instanceof Error ? e.message : String(e), MAX_MESSAGE))
  }
}

const ALLOWLIST_FILE = ALLOWLIST_PATH.split('/').pop() as string

/** The org issuer allowlist, when the checked folder has one (the org's `.github` repository). */
function checkAllowlist(
  fs: PolicyFiles,
  dir: string,
  workspace: string,
  names: readonly string[]
): FileReport | undefined {
  if (!names.includes(ALLOWLIST_FILE)) return undefined
  const path = join(dir, ALLOWLIST_FILE)
  const file = toPosix(relative(workspace, path))
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
    return report(lintAllowlist(text))
  } catch (e) {
    return error(
      text === undefined
        ? `cannot read ${shown(file)}: ${why(e)}`
        : `${shown(file)} could not be checked (${why(e)}); please report it.`
    )
  }
}

function writeSummary(
  runner: Runner,
  dir: string,
  isOrgPolicy: boolean,
  report: ValidateReport
): void {
  const rows = report.files.map(f => {
    const errors = f.problems.filter(p => p.severity === 'error').length
    const warnings = f.problems.length - errors
    const result = errors ? '❌ errors' : warnings ? '⚠️ warnings' : '✅ ok'
    return [{ md: codeSpan(shown(f.file)) }, result, String(errors), String(warnings)]
  })
  const details = report.files.flatMap(f =>
    f.problems
      .slice(0, MAX_LISTED)
      .map(p => [
        { md: codeSpan(shown(p.line !== undefined ? `${f.file}:${p.line}` : f.file)) },
        p.severity,
        sanitize(p.message, MAX_MESSAGE)
      ])
  )
  const parts = [
    '## Trust policy validation',
    '',
    `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} in ${codeSpan(dir)} (${isOrgPolicy ? 'org policies' : 'repository policies'}).`,
    ''
  ]
  if (rows.length) parts.push(markdownTable(['Policy', 'Result', 'Errors', 'Warnings'], rows), '')
  if (details.length) parts.push(markdownTable(['Where', 'Severity', 'Problem'], details), '')
  parts.push(
    'The server reads policies from the default branch and caches them for up to 5 minutes.'
  )
  runner.appendSummary(parts.join('\n'))
}
