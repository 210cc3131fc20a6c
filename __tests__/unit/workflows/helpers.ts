// Shared by the workflow reader's tests: the fixture repositories read as the validator will
// read them (through the workspace's reader), and an in-memory repository for the cases that
// are easier to write inline.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { nodeFiles } from '../../../src/validation/policy-files.js'
import type { RepositoryContext, WorkflowsReport } from '../../../src/workflows/model.js'
import { readWorkflows } from '../../../src/workflows/read-workflows.js'
import type { WorkflowFiles } from '../../../src/workflows/read-workflows.js'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/workflows/', import.meta.url))

export const ACME: RepositoryContext = { owner: 'acme', repo: 'widgets', defaultBranch: 'main' }

/** The report for the fixture repository `name` (a folder of __tests__/fixtures/workflows). */
export function fixture(name: string, repo: RepositoryContext = ACME): WorkflowsReport {
  const root = resolve(FIXTURES, name)
  return readWorkflows(nodeFiles(root), '.github/workflows', repo, root)
}

/** A repository held in memory: repository-relative path → text. */
export function memFiles(files: Record<string, string>): WorkflowFiles {
  const dirs = new Set<string>()
  for (const path of Object.keys(files)) {
    const parts = path.split('/')
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'))
  }
  return {
    list: dir => {
      if (!dirs.has(dir)) throw Object.assign(new Error(`ENOENT: ${dir}`), { code: 'ENOENT' })
      const prefix = `${dir}/`
      return [
        ...new Set(
          Object.keys(files)
            .filter(p => p.startsWith(prefix))
            .map(p => p.slice(prefix.length).split('/')[0] as string)
        )
      ]
    },
    kind: path => (path in files ? 'file' : dirs.has(path) ? 'dir' : 'other'),
    read: path => {
      const text = files[path]
      if (text === undefined) throw new Error('it is gone')
      return text
    }
  }
}

/** The report for workflows given inline (file name under .github/workflows → text). */
export function inline(
  workflows: Record<string, string>,
  repo: RepositoryContext = ACME,
  extra: Record<string, string> = {}
): WorkflowsReport {
  const files = Object.fromEntries(
    Object.entries(workflows).map(([name, text]) => [`.github/workflows/${name}`, text])
  )
  return readWorkflows(memFiles({ ...files, ...extra }), '.github/workflows', repo)
}

/** One job with one Octo STS step, under `on`. */
export const oneStep = (on: string, jobExtra = ''): string =>
  `on: ${on}\njobs:\n  build:\n    runs-on: ubuntu-latest\n${jobExtra}    steps:\n      - uses: octo-sts-token/action@v0\n        with: { scope: acme/widgets, identity: ci }\n`

/** What each plan presents, in a form easy to compare: trigger → context. */
export const contexts = (r: WorkflowsReport): string[][] =>
  r.plans.map(p => p.presentations.map(x => `${x.trigger} → ${x.context}`))
