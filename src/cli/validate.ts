// `octo-sts-token validate [PATH…]`: the validate action's checks, one finding a line in the
// form editors and pre-commit hooks read (`file:line:column: error|warning: message`).
import { lstatSync } from 'node:fs'
import { basename, dirname, relative, resolve } from 'node:path'
import { sanitize } from '../log/neutralize.js'
import {
  ALLOWLIST_FILE,
  DEFAULT_POLICY_PATH,
  checkAllowlistFile,
  checkPolicyFile,
  checkPolicyFolder,
  isOrgPolicyPath,
  nodeFiles,
  shown,
  toPosix
} from '../validation/policy-files.js'
import type { EngineRun, FileReport } from '../validation/policy-files.js'
import {
  DEFAULT_TIMEOUT_SECONDS,
  MAX_TIMEOUT_SECONDS,
  parseTimeout,
  validateOrgPolicyRepo
} from '../sts/names.js'
import { OutsideWorkspaceError, isWithin } from '../workspace.js'
import { str, UsageError, withArgs } from './args.js'
import type { Options } from './args.js'
import { EXIT } from './io.js'
import type { CliIo, Command, ExitCode } from './io.js'
import { FACT_FLAGS, FACT_FLAGS_USAGE, cliFacts } from '../workflows/facts.js'
import type { FactFlags, FactsResult } from '../workflows/facts.js'
import type { SubjectFacts } from '../workflows/model.js'
import { DEFAULT_WORKFLOWS_PATH, validateWorkflowFolder } from './validate-workflows.js'
import type { WorkflowsRun } from './validate-workflows.js'

const MAX_MESSAGE = 1000

export const VALIDATE_USAGE = `Usage: octo-sts-token validate [--org-policies auto|true|false] [--org-policy-repository R] [--timeout-seconds N] [--workflows DIR] [workflow options] [PATH…]

Checks trust policies (*.sts.yaml) and the org issuer allowlist (trusted-token-issuers.yaml)
the way the Octo STS server reads them, and the workflows' Octo STS steps against the policies
they name. A PATH is a policy file or a folder of them; with none, ${DEFAULT_POLICY_PATH} and
${DEFAULT_WORKFLOWS_PATH} under the current directory (the repository's root), each when there.

Prints one finding a line, as file:line:column: error|warning|note: message. A workflow step
is an error when its policy refuses every way its job runs, a warning when it refuses some.

Options:
  --org-policies auto|true|false  whether the policies are org policies (read from the org's
                                  .github repository, where \`repositories\` is allowed);
                                  auto: when the path is in a checkout named .github
  --org-policy-repository R       the name \`auto\` looks for instead of .github: the
                                  server's ORG_POLICY_REPO (compared exactly)
  --timeout-seconds N             the time limit for the whole run, 1 to ${MAX_TIMEOUT_SECONDS} (default ${DEFAULT_TIMEOUT_SECONDS});
                                  a file not reached by then is an error
  --workflows DIR                 check the workflows in DIR (relative to the current
                                  directory, the repository's root); empty: no workflow check
  -h, --help                      show this help

Workflow options (what the files do not say; each is said on stderr, known or assumed):
${FACT_FLAGS_USAGE}
Exit status: 0 no errors (warnings allowed), 1 any error, 2 a usage error.
`

const exists = (path: string): boolean => {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`

/** The root links must not leave: the current directory, or the path itself when outside it. */
const rootFor = (cwd: string, path: string, isDir: boolean): string =>
  isWithin(cwd, path) ? cwd : isDir ? path : dirname(path)

/** Checks one PATH; a path that is not there or cannot be listed is one error finding. */
async function checkPath(
  io: CliIo,
  input: string,
  org: boolean | undefined,
  orgPolicyRepo: string | undefined,
  engine: EngineRun,
  here?: SubjectFacts
): Promise<FileReport[]> {
  const path = resolve(io.cwd, input)
  // The repository at the current directory is that of the policies below it only.
  const facts = isWithin(io.cwd, path) ? here : undefined
  // Named relative to the current directory when inside it; otherwise as typed, not `../../x`.
  const file = isWithin(io.cwd, path) ? toPosix(relative(io.cwd, path)) || '.' : toPosix(input)
  const isOrgPolicy = org ?? isOrgPolicyPath(path, orgPolicyRepo)
  const probe = nodeFiles(rootFor(io.cwd, path, true))
  const kind = probe.kind(path)
  const fail = (message: string): FileReport[] => [
    { file, identity: '', problems: [{ severity: 'error', message, line: 1 }] }
  ]
  if (kind === 'dir') {
    const root = rootFor(io.cwd, path, true)
    const fs = nodeFiles(root)
    let names: string[]
    try {
      names = fs.list(path)
    } catch (e) {
      if (e instanceof OutsideWorkspaceError)
        return fail(`${shown(file)} is a link to outside ${shown(root)}: refused.`)
      return fail(
        `cannot list ${shown(file)}: ${sanitize(String((e as Error)?.message ?? e), 200)}`
      )
    }
    const { files } = await checkPolicyFolder(fs, path, io.cwd, names, isOrgPolicy, engine, facts)
    if (files.length === 0) {
      return [
        {
          file,
          identity: '',
          problems: [
            {
              severity: 'warning',
              message: `No *.sts.yaml files in ${shown(file)}: nothing to validate. Policies are named {identity}.sts.yaml.`
            }
          ]
        }
      ]
    }
    return files
  }
  const fs = nodeFiles(rootFor(io.cwd, path, false))
  if (kind === 'other' && !exists(path)) {
    // Nothing checked is not a pass: a mistyped path must fail a pre-commit hook.
    return fail(
      `No such policy file or folder ${shown(file)}: nothing was validated (policies live in ${DEFAULT_POLICY_PATH}).`
    )
  }
  return [
    basename(path) === ALLOWLIST_FILE
      ? await checkAllowlistFile(fs, path, file, engine)
      : await checkPolicyFile(fs, path, file, isOrgPolicy, engine, facts)
  ]
}

/** `file:line:column: severity: message`, every part inert. */
function findingLine(file: string, p: FileReport['problems'][number]): string {
  const at = `${p.line ?? 1}:${p.column ?? 1}`
  return `${shown(file)}:${at}: ${p.severity}: ${sanitize(p.message, MAX_MESSAGE)}`
}

export const validate: Command = (args, io) =>
  withArgs(
    'validate',
    VALIDATE_USAGE,
    {
      'org-policies': { type: 'string' },
      'org-policy-repository': { type: 'string' },
      'timeout-seconds': { type: 'string' },
      workflows: { type: 'string' },
      ...Object.fromEntries(FACT_FLAGS.map(name => [name, { type: 'string' }] as const))
    } satisfies Options,
    args,
    io,
    async (values, positionals) => {
      const raw = (str(values, 'org-policies') ?? 'auto').toLowerCase()
      if (!['auto', 'true', 'false'].includes(raw)) {
        throw new UsageError(
          `--org-policies must be auto, true or false, not "${sanitize(raw, 40)}".`
        )
      }
      const org = raw === 'auto' ? undefined : raw === 'true'
      const orgPolicyRepo = str(values, 'org-policy-repository')
      const problem = orgPolicyRepo === undefined ? undefined : validateOrgPolicyRepo(orgPolicyRepo)
      if (problem) throw new UsageError(`--org-policy-repository ${problem}`)
      const timeout = parseTimeout(str(values, 'timeout-seconds') ?? '')
      if (timeout.problem) throw new UsageError(`--timeout-seconds ${timeout.problem}`)
      const engine: EngineRun = {
        deadline: io.clock.now() + timeout.seconds * 1000,
        now: io.clock.now,
        ...(io.sandbox ? { sandbox: io.sandbox } : {})
      }
      const flags: FactFlags = {}
      for (const name of FACT_FLAGS) {
        const value = str(values, name)
        if (value !== undefined) flags[name] = value
      }
      const given = str(values, 'workflows')
      // At a repository's root, with no PATH: its policies and its workflows, each when there.
      const root = positionals.length === 0
      const present = (dir: string): boolean => exists(resolve(io.cwd, dir))
      const workflowsDir =
        given !== undefined
          ? given || undefined
          : root && present(DEFAULT_WORKFLOWS_PATH)
            ? DEFAULT_WORKFLOWS_PATH
            : undefined
      const paths = positionals.length
        ? positionals
        : workflowsDir !== undefined && !present(DEFAULT_POLICY_PATH)
          ? []
          : [DEFAULT_POLICY_PATH]
      const workflows =
        workflowsDir === undefined
          ? undefined
          : {
              dir: workflowsDir,
              explicit: given !== undefined,
              ...(orgPolicyRepo !== undefined ? { orgPolicyRepo } : {})
            }
      // The repository's facts: for its workflows, and for its pull request subject's warning.
      const gathered = cliFacts(flags, io.cwd, io.env)
      const problems = gathered.problems.map(p => sanitize(p, MAX_MESSAGE)).join(' ')
      if (gathered.facts ? problems : flags.repository !== undefined && problems) {
        throw new UsageError(problems)
      }
      return validatePaths(io, paths, org, orgPolicyRepo, engine, gathered, workflows)
    },
    { positionals: true }
  )

/** Checks every path, one finding a line on stdout and the totals on stderr. */
async function validatePaths(
  io: CliIo,
  paths: string[],
  org: boolean | undefined,
  orgPolicyRepo: string | undefined,
  engine: EngineRun,
  gathered: FactsResult,
  workflows?: Omit<WorkflowsRun, 'policies' | 'engine' | 'gathered'>
): Promise<ExitCode> {
  let errors = 0
  let warnings = 0
  let checked = 0
  const policies: FileReport[] = []
  for (const input of paths) {
    for (const report of await checkPath(io, input, org, orgPolicyRepo, engine, gathered.facts)) {
      policies.push(report)
      if (report.identity !== '' || report.allowlist) checked++
      for (const p of report.problems) {
        if (p.severity === 'error') errors++
        else if (p.severity === 'warning') warnings++
        io.stdout(findingLine(report.file, p) + '\n')
      }
    }
  }
  if (workflows) {
    const tally = await validateWorkflowFolder(io, { ...workflows, policies, engine, gathered })
    errors += tally.errors
    warnings += tally.warnings
  }
  io.stderr(
    `Checked ${checked === 1 ? '1 file' : `${checked} files`}${workflows ? ` and the workflows in ${shown(workflows.dir)}` : ''}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.\n`
  )
  return errors > 0 ? EXIT.failed : EXIT.ok
}
