// What the files of a repository say about the Octo STS steps in its workflows, before any of
// them runs: which steps exchange a token (and for which scope and identity), and every way
// each one can come to run (the trigger, and the subject and claims the job's token will
// carry). The validator (src/validation/workflow-check.ts) decides each of those with the
// policy engine. Plain data: no engine, no I/O.
import type { RepositoryIds, SubjectForm } from '../policy/subject-form.js'

/** A place in a workflow file, 1-based, as annotations take it. */
export interface Position {
  line: number
  column: number
}

/** A step input as the workflow writes it. */
export type InputValue =
  /** A literal, or an expression this tool resolves (`${{ github.repository }}`). */
  | { kind: 'known'; value: string; text: string }
  /** An expression whose value the files cannot tell (matrix, inputs, env, outputs…). */
  | { kind: 'unknown'; text: string; why: string }
  | { kind: 'absent' }

/** A step that uses this action or octo-sts/action. */
export interface ActionStep {
  /** The workflow file, relative to the repository root, `/`-separated (annotation `file=`). */
  file: string
  /** The job's id under `jobs:`. */
  job: string
  /** The step's `name:`, or `uses:` when it has none; for messages. */
  label: string
  /** The `uses:` value as written, and where it is (the annotation's place). */
  uses: string
  at: Position
  /** Which client: both take the same inputs. */
  client: 'octo-sts-token' | 'octo-sts/action'
  scope: InputValue
  identity: InputValue
  /** The `domain` input (default `octo-sts.dev`): the audience the server expects. */
  domain: InputValue
  /** The `audience` input (default: the domain): what the OIDC token is minted for. */
  audience: InputValue
  /** This action's `dry-run` input, when the step sets it: a dry run never exchanges. */
  dryRun?: InputValue
}

/** How a job comes to run, and what GitHub will put in its OIDC token then. */
export interface Presentation {
  /** The trigger in words, e.g. `push to main`, `pull_request`, `schedule (default branch main)`. */
  trigger: string
  /** Where in the file the trigger is written (for messages, not annotations). */
  triggerAt?: Position
  /**
   * The part of the default subject after `repo:OWNER/REPO:` (or `repo:OWNER@ID/REPO@ID:`):
   * `ref:refs/heads/main`, `pull_request`, `environment:production`, `ref:refs/tags/v1`.
   */
  context: string
  /**
   * The claims the job's token will carry that the files tell: `event_name`, `ref` and
   * `ref_type` (when known; a pull_request's ref is `refs/pull/N/merge`, not known),
   * `environment` (when the job names one), `job_workflow_ref` (`OWNER/REPO/PATH@REF`).
   * `repository`, `repository_owner`, the IDs, `iss`, `aud` and `sub` are added by the checker.
   */
  claims: Record<string, string>
  /** Claims a policy may name that the files cannot tell for this presentation (e.g. `ref` of a pull request). */
  unknownClaims?: string[]
  /** What was assumed, said in the output: `release/x stands for the filter release/*`. */
  assumed?: string
}

/** One step, and every way it can run. */
export interface StepPlan {
  step: ActionStep
  /** Empty when the files tell no way it runs (then `notices` says why). */
  presentations: Presentation[]
}

/** Something the reader could not decide, said once (never guessed). */
export interface Notice {
  file: string
  at?: Position
  message: string
}

/** What the workflow files of a repository say. */
export interface WorkflowsReport {
  plans: StepPlan[]
  notices: Notice[]
  /** Files read, for the summary line. */
  files: number
}

/** What is known of the repository the workflows belong to (src/workflows/context.ts). */
export interface RepositoryContext {
  owner: string
  repo: string
  /** The default branch's name, or undefined when it cannot be known (then say so). */
  defaultBranch?: string
}

/**
 * What decides the subject and claims beyond the files (src/workflows/facts.ts gathers it: the
 * runner's environment and event payload, the OIDC customization endpoint, git, flags).
 */
export interface SubjectFacts {
  repository: RepositoryContext
  /** GITHUB_REPOSITORY_OWNER_ID / GITHUB_REPOSITORY_ID (or flags). */
  ids?: RepositoryIds
  /** The form the repository's subjects use; undefined: unknown, so check both and say which failed. */
  form?: SubjectForm
  /** The token's issuer: github.com's, or `https://HOST/_services/token` on GHES. */
  issuer: string
  /** A customized subject template's claim keys (`include_claim_keys`); undefined: the default. */
  claimKeys?: string[]
  /** Lines to print once: how each fact was known, or what was assumed (the default template…). */
  said: string[]
}

/** The token a presentation predicts, as the policy engine takes it (src/workflows/predicted-token.ts). */
export interface PredictedToken {
  /** The payload: iss, sub, aud, and the claims. */
  payload: Record<string, string | string[]>
  /** The form its subject is written in. */
  form: SubjectForm
  /** Claims a policy may name whose value cannot be predicted (never refuse on them). */
  unknownClaims: string[]
}
