// The shapes shared by the trust-policy engine: what a policy file says, where it says it,
// and what is wrong with it.

/** A trust policy as the Octo STS server reads it (`.github/chainguard/{identity}.sts.yaml`). */
export interface TrustPolicy {
  issuer?: string
  issuer_pattern?: string
  subject?: string
  subject_pattern?: string
  audience?: string
  audience_pattern?: string
  claim_pattern?: Record<string, string>
  permissions?: Record<string, string>
  /** Org policies only (read from the org's `.github` repository). */
  repositories?: string[]
}

/**
 * One thing wrong with a policy file, located when the file says where. A `note` is not wrong
 * today: it says where servers released before 2026-09 read the file otherwise.
 */
export interface Problem {
  severity: 'error' | 'warning' | 'note'
  message: string
  /** `issuer`, `claim_pattern["email"]`, `permissions["contents"]`, `repositories[0]`, … */
  field?: string
  line?: number
  column?: number
  /**
   * `hidden-line-break`: a lone CR, NEL, LS or PS, a line break to the server's yaml.v2 and not
   * to an editor. The server reads the file (in another way than a reviewer does).
   * `too-costly`: the file could not be checked here (src/policy/sandbox.ts `tooCostly`).
   */
  code?: 'hidden-line-break' | 'too-costly' | PullRequestCode
}

/**
 * `pull-request`: the lint's warning that a subject admits pull request subjects;
 * `pull-request-write`: this repository's pull request subject with a write permission
 * (pull-request-write.ts), which says more and replaces the other on the same field.
 */
export type PullRequestCode = 'pull-request' | 'pull-request-write'

export interface Position {
  line: number
  column: number
}

/** Where each field of a parsed policy was written (1-based), by field name as in `Problem`. */
export type FieldPositions = Record<string, Position>

/** Why one field of a policy does not admit a token. */
export interface Finding {
  field: string
  /** The policy's pattern as written (without the implicit `^(?:…)$`). */
  pattern?: string
  /** The policy's exact value, for literal fields. */
  expected?: string
  /** The token's value, as the server sees it. */
  actual?: string
  /** What the server says (without its `trust policy: ` prefix), or what is wrong. */
  reason: string
  line?: number
}
