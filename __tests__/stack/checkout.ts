// A job's checkout, as the e2e tests give it to a step: a temp directory holding the repository's
// trust policies (and any other files), plus the event payload the runner writes, and the
// environment that says which repository and ref the job runs for.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { FIXTURE_REPOS } from './sts.js'

export interface CheckoutOptions {
  /** The workflow's repository (default `acme/widgets`). */
  repo?: string
  /** Trust policies: identity → YAML, written to .github/chainguard/{identity}.sts.yaml. */
  policies?: Record<string, string>
  /** Any other files: path relative to the checkout → content. */
  files?: Record<string, string>
}

/** Temp checkouts, removed together by `removeAll()` (in afterAll). */
export function checkouts(prefix = 'ws-'): {
  make(opts?: CheckoutOptions): string
  removeAll(): void
} {
  const dirs: string[] = []
  return {
    make({ repo = 'acme/widgets', policies = {}, files = {} } = {}) {
      const dir = mkdtempSync(join(tmpdir(), prefix))
      dirs.push(dir)
      mkdirSync(join(dir, '.github/chainguard'), { recursive: true })
      const all: Record<string, string> = { ...files }
      for (const [identity, yaml] of Object.entries(policies)) {
        all[`.github/chainguard/${identity}.sts.yaml`] = yaml
      }
      for (const [path, text] of Object.entries(all)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
      writeFileSync(
        join(dir, 'event.json'),
        JSON.stringify({ repository: { full_name: repo, default_branch: 'main' } })
      )
      return dir
    },
    removeAll() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
    }
  }
}

/** The job's repository, ref and event payload, for a step run in `dir` (see `checkouts`). */
export const checkoutEnv = (
  dir: string,
  repo = 'acme/widgets'
): Record<string, string | undefined> => ({
  GITHUB_REPOSITORY: repo,
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_PATH: join(dir, 'event.json')
})

/** A trust policy of the fixture repo acme/widgets (what the fake STS serves for it). */
export const fixturePolicy = (identity: string): string =>
  readFileSync(
    join(FIXTURE_REPOS, 'acme/widgets/.github/chainguard', `${identity}.sts.yaml`),
    'utf8'
  )
