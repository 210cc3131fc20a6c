// The validate action: checks every trust policy (`*.sts.yaml`) under a folder of the workspace
// before it reaches the default branch, where the server reads it. The server itself only
// finds out at exchange time (and then only says "unable to parse"); this annotates every
// problem at file:line in the pull request, writes a job summary, and fails on errors.
import { lstatSync, readFileSync, readdirSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { ALLOWLIST_PATH } from './diagnose.js'
import { lintAllowlist } from './policy/allowlist.js'
import { lintPolicy } from './policy/lint.js'
import type { Problem } from './policy/types.js'
import type { Env, Runner } from './runner.js'
import { sanitize } from './sanitize.js'
import { codeSpan, markdownTable } from './summary.js'

export const DEFAULT_POLICY_PATH = '.github/chainguard'
const POLICY_SUFFIX = '.sts.yaml'
const MAX_POLICY_BYTES = 256 * 1024
const MAX_MESSAGE = 1000

export interface PolicyFiles {
  /** Names of the entries of a directory; throws ENOENT/ENOTDIR when there is none. */
  list(dir: string): string[]
  /** `file`, `dir` or `other` (symlinks are not followed: a policy is a plain file). */
  kind(path: string): 'file' | 'dir' | 'other'
  /** The file's text; throws when it cannot be read or is too big. */
  read(path: string): string
}

export const nodeFiles: PolicyFiles = {
  list: dir => readdirSync(dir).sort(),
  kind: path => {
    const st = lstatSync(path)
    return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other'
  },
  read: path => {
    if (lstatSync(path).size > MAX_POLICY_BYTES) {
      throw new Error(`larger than ${MAX_POLICY_BYTES / 1024} KiB: not a trust policy`)
    }
    return readFileSync(path, 'utf8')
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

const TRUE = ['true', 'True', 'TRUE']
const FALSE = ['false', 'False', 'FALSE']

function booleanInput(runner: Runner, name: string, fallback: boolean): boolean {
  const raw = runner.getInput(name)
  if (raw === '') return fallback
  if (TRUE.includes(raw)) return true
  if (FALSE.includes(raw)) return false
  throw new Error(`Input \`${name}\` must be true or false, not "${sanitize(raw, 40)}".`)
}

function orgPoliciesInput(runner: Runner, env: Env): boolean {
  const raw = runner.getInput('org-policies') || 'auto'
  if (raw.toLowerCase() === 'auto') {
    // The server treats the org's `.github` repository as the org policy repository.
    const repo = (env.GITHUB_REPOSITORY ?? '').split('/')[1] ?? ''
    return repo.toLowerCase() === '.github'
  }
  if (TRUE.includes(raw)) return true
  if (FALSE.includes(raw)) return false
  throw new Error(`Input \`org-policies\` must be auto, true or false, not "${sanitize(raw, 40)}".`)
}

const toPosix = (p: string): string => p.split(sep).join('/')

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/** Checks the policies and reports through the runner; never throws. */
export function validate({ runner, env, files = nodeFiles }: ValidateDeps): ValidateReport {
  const report: ValidateReport = { files: [], errors: 0, warnings: 0, failed: false }
  const fail = (message: string): ValidateReport => {
    runner.setFailed(message)
    return { ...report, failed: true }
  }
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd()
    const input = runner.getInput('path') || DEFAULT_POLICY_PATH
    const isOrgPolicy = orgPoliciesInput(runner, env)
    const failOnWarnings = booleanInput(runner, 'fail-on-warnings', false)
    const dir = isAbsolute(input) ? input : resolve(workspace, input)
    const shownDir = toPosix(relative(workspace, dir)) || '.'

    let names: string[]
    try {
      names = files.list(dir)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw e
      runner.warning(
        `No policy folder ${shownDir} in the workspace: nothing to validate. Check out the repository first (actions/checkout), or set \`path\`.`
      )
      writeSummary(runner, shownDir, isOrgPolicy, report)
      return failOnWarnings ? fail('Warnings found and fail-on-warnings is true.') : report
    }

    const misnamed: string[] = []
    for (const name of names) {
      const path = join(dir, name)
      const file = toPosix(relative(workspace, path))
      if (!name.endsWith(POLICY_SUFFIX)) {
        if (/\.sts(\.ya?ml|\.json)?$/i.test(name)) misnamed.push(file)
        continue
      }
      const kind = files.kind(path)
      if (kind !== 'file') {
        report.files.push({
          file,
          identity: name.slice(0, -POLICY_SUFFIX.length),
          problems: [
            {
              severity: 'error',
              message: `${file} is not a regular file (${kind === 'dir' ? 'a directory' : 'a symlink or special file'}); the server reads a file's contents from the repository.`
            }
          ]
        })
        continue
      }
      let problems: Problem[]
      try {
        problems = lintPolicy(files.read(path), { isOrgPolicy })
      } catch (e) {
        problems = [
          {
            severity: 'error',
            message: `cannot read ${file}: ${sanitize(e instanceof Error ? e.message : String(e), 200)}`
          }
        ]
      }
      report.files.push({ file, identity: name.slice(0, -POLICY_SUFFIX.length), problems })
    }
    const allowlist = checkAllowlist(files, dir, workspace, names)
    if (allowlist) report.files.push(allowlist)
    for (const file of misnamed) {
      report.files.push({
        file,
        identity: '',
        problems: [
          {
            severity: 'warning',
            message: `${file} is never read: the server reads exactly .github/chainguard/{identity}.sts.yaml (lower-case, .yaml). Rename it.`
          }
        ]
      })
    }

    for (const { file, problems, allowlist: isAllowlist } of report.files) {
      for (const p of problems) {
        const props = {
          title: `${isAllowlist ? 'Issuer allowlist' : 'Trust policy'} ${p.severity}${p.field ? `: ${p.field}` : ''}`,
          file,
          ...(p.line !== undefined ? { startLine: p.line } : {}),
          ...(p.column !== undefined ? { startColumn: p.column } : {})
        }
        const message = sanitize(p.message, MAX_MESSAGE)
        if (p.severity === 'error') {
          report.errors++
          runner.error(message, props)
        } else {
          report.warnings++
          runner.warning(message, props)
        }
      }
      if (problems.length === 0) runner.info(`✓ ${file}`)
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
  files: PolicyFiles,
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
  if (files.kind(path) !== 'file') {
    return error(
      `${file} is not a regular file: the server reads the allowlist as a file from the repository (a directory there is an invalid configuration).`
    )
  }
  try {
    return report(lintAllowlist(files.read(path)))
  } catch (e) {
    return error(
      `cannot read ${file}: ${sanitize(e instanceof Error ? e.message : String(e), 200)}`
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
    return [{ md: codeSpan(f.file) }, result, String(errors), String(warnings)]
  })
  const details = report.files.flatMap(f =>
    f.problems.map(p => [
      { md: codeSpan(p.line !== undefined ? `${f.file}:${p.line}` : f.file) },
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
