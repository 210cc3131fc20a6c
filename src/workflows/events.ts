// What ref a run of each event checks out, as GitHub documents it ("Events that trigger
// workflows": GITHUB_REF for each event), which decides the subject of a job without an
// environment. One table, read by runs.ts.

export type EventRef =
  /** The default branch (`schedule`, `issue_comment`…); `note` says what else can happen. */
  | { kind: 'default-branch'; note?: string }
  /** `push`: the branches and tags its filters admit. */
  | { kind: 'push' }
  /** `pull_request`: `refs/pull/N/merge`, subject context `pull_request`. */
  | { kind: 'pull-request' }
  /** `pull_request_target`: the base branch, subject context `pull_request`. */
  | { kind: 'pull-request-target' }
  /** `release`: the release's tag. */
  | { kind: 'tag' }
  /** `workflow_call`: the caller's run. */
  | { kind: 'call' }
  /** A ref the files cannot tell; `why` says which. */
  | { kind: 'unknown'; why: string }

const DEFAULT_BRANCH: readonly string[] = [
  'branch_protection_rule',
  'check_run',
  'check_suite',
  'delete',
  'discussion',
  'discussion_comment',
  'fork',
  'gollum',
  'issue_comment',
  'issues',
  'label',
  'milestone',
  'page_build',
  'project',
  'project_card',
  'project_column',
  'public',
  'repository_dispatch',
  'schedule',
  'status',
  'watch',
  'workflow_run'
]

const TABLE: Readonly<Record<string, EventRef>> = {
  ...Object.fromEntries(DEFAULT_BRANCH.map(e => [e, { kind: 'default-branch' }])),
  workflow_dispatch: {
    kind: 'default-branch',
    note: 'it can also be dispatched on another branch or tag, which presents that ref'
  },
  push: { kind: 'push' },
  pull_request: { kind: 'pull-request' },
  pull_request_target: { kind: 'pull-request-target' },
  release: { kind: 'tag' },
  workflow_call: { kind: 'call' },
  create: { kind: 'unknown', why: 'it runs on the branch or tag that was created' },
  deployment: { kind: 'unknown', why: 'it runs on the branch, tag or commit deployed' },
  deployment_status: { kind: 'unknown', why: 'it runs on the branch, tag or commit deployed' },
  merge_group: {
    kind: 'unknown',
    why: 'it runs on a temporary merge queue branch (refs/heads/gh-readonly-queue/…)'
  },
  registry_package: { kind: 'unknown', why: "it runs on the published package's ref" },
  pull_request_review: {
    kind: 'unknown',
    why: 'GitHub does not document the subject of a pull request review run'
  },
  pull_request_review_comment: {
    kind: 'unknown',
    why: 'GitHub does not document the subject of a pull request review comment run'
  }
}

/** The event's ref rule; undefined for a name that is not one of GitHub's events. */
export const eventRef = (event: string): EventRef | undefined =>
  Object.hasOwn(TABLE, event) ? TABLE[event] : undefined
