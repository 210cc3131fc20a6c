// Whether the repository's policies admit the Octo STS steps of its workflows, before any of
// them runs: for each step (src/workflows reads them), where its policy lives, that policy's
// file among the checked ones, and every way the step can run decided by the engine through
// the sandbox (one job per step), as the server will decide it. An error when the policy
// refuses every way the step runs, a warning when it refuses some, nothing when it admits it;
// notes for what the files cannot tell. The validate action and `octo-sts-token validate`
// print these findings; neither decides anything itself.
import { hostsOrgPolicies, isOrgPolicyRepo, orgRepo, policyLocation } from '../sts/request.js'
import { DEFAULT_DOMAIN, POLICY_DIR } from '../sts/request.js'
import {
  parseBoolean,
  validateAudience,
  validateDomain,
  validateIdentity,
  validateScope
} from '../sts/names.js'
import { tooCostly } from '../policy/sandbox.js'
import { MAX_TOKENS_PER_JOB } from '../policy/jobs.js'
import type { PolicyExplained } from '../policy/jobs.js'
import type {
  ActionStep,
  InputValue,
  Presentation,
  PredictedToken,
  StepPlan,
  SubjectFacts,
  WorkflowsReport
} from '../workflows/model.js'
import { codeValue as v } from '../diagnosis/claims.js'
import type { EngineRun, FileReport } from './policy-files.js'
import { TIME_LIMIT_REACHED, pastDeadline, runEngine, shown } from './policy-files.js'
import {
  decideToken,
  isRefused,
  refusalMessage,
  subjectOf,
  unknownClaimsMessage
} from './workflow-verdict.js'
import type { TokenDecision } from './workflow-verdict.js'

export interface WorkflowFinding {
  severity: 'error' | 'warning' | 'note'
  /** The workflow file, relative to the repository root (annotation `file=`). */
  file: string
  line?: number
  column?: number
  title: string
  /** One line; values in code spans, already display-safe. */
  message: string
}

/**
 * What became of a step: admitted every way it runs; refused every way (`refused`) or some
 * (`partly`); not decided (`undecided`: no policy file, an invalid or too costly one, the time
 * limit); its policy lives in another repository (`elsewhere`); the files cannot tell its
 * scope, identity or audience, or any way it runs (`skipped`); the action refuses its inputs
 * before any request (`invalid`); or it is a dry run, which never exchanges (`dry-run`).
 */
export type StepOutcome = (typeof OUTCOMES)[number]

/** Every outcome, in the order the count line names them. */
const OUTCOMES = [
  'admitted',
  'refused',
  'partly',
  'undecided',
  'elsewhere',
  'skipped',
  'invalid',
  'dry-run'
] as const

export interface WorkflowCheck {
  findings: WorkflowFinding[]
  /** Lines to print once: how the facts were known, what was assumed. */
  said: string[]
  steps: { step: ActionStep; outcome: StepOutcome }[]
  /** Workflow files read. */
  files: number
}

/**
 * Predicts the tokens of one way a step runs, and says why a form (or every form) has none
 * (src/workflows/predicted-token.ts `predictPresentation`).
 */
export type Predict = (
  presentation: Presentation,
  facts: SubjectFacts,
  audience: string
) => { tokens: PredictedToken[]; unpredictable: string[] }

export interface WorkflowCheckInput {
  workflows: WorkflowsReport
  facts: SubjectFacts
  /** The policy folder as checked (checkPolicyFolder), paths relative to the repository root. */
  policies: readonly FileReport[]
  /** A checked policy's text, by its `file`. */
  read: (file: string) => string
  /**
   * Whether a file is in the repository (by its `file`): a policy that is there but was not
   * among the validated files is not decided, rather than called missing. Default: never.
   */
  exists?: (file: string) => boolean
  /** The server's ORG_POLICY_REPO (default `.github`). */
  orgPolicyRepo?: string
  engine: EngineRun
  predict: Predict
}

/**
 * The ways one step runs that are decided, at most: a step with more is cut, and says so.
 * Each way is predicted in at most both forms, so one job takes them all.
 */
export const MAX_WAYS = MAX_TOKENS_PER_JOB / 2

/** The step, as a finding's title names it. */
const titleOf = (step: ActionStep, what: string): string =>
  `Octo STS step ${shown(step.label)} (job ${shown(step.job)}): ${what}`

/** What an input's value is, or why it is not known; `undefined` when absent. */
const known = (i: InputValue): string | undefined => (i.kind === 'known' ? i.value : undefined)

/**
 * Why a step cannot be checked from the files: an input the files cannot tell (the reader has
 * said so in its notices: `undefined` here), or a required one missing (said here).
 */
function unknownInput(step: ActionStep): { say?: string } | undefined {
  const inputs = ['scope', 'identity', 'domain', 'audience'] as const
  if (inputs.some(name => step[name].kind === 'unknown')) return {}
  for (const name of ['scope', 'identity'] as const) {
    if (step[name].kind === 'absent') {
      return {
        say: `it has no ${v(name)} input, which the action requires: it fails before any exchange.`
      }
    }
  }
  return undefined
}

/**
 * What this action does with the step's literal inputs before any request, as its input check
 * (src/steps/inputs.ts) does it: refuses them (the step fails whatever the policy says), or
 * makes a dry run (it never exchanges). octo-sts/action checks its inputs its own way.
 */
function beforeAnyRequest(
  step: ActionStep
): { outcome: 'invalid' | 'dry-run'; say?: string } | undefined {
  if (step.client !== 'octo-sts-token') return undefined
  const domain = domainOf(step)
  const problems = [
    ['scope', validateScope(known(step.scope) as string)],
    ['identity', validateIdentity(known(step.identity) as string)],
    ['domain', validateDomain(domain)],
    ['audience', step.audience.kind === 'known' ? validateAudience(step.audience.value) : undefined]
  ].flatMap(([name, problem]) => (problem ? [`\`${name}\` ${problem}`] : []))
  if (problems.length > 0) {
    return {
      outcome: 'invalid',
      say: `The action refuses this step's inputs before any exchange, whatever the policy says: ${problems.join(' ')}`
    }
  }
  const dryRun = step.dryRun?.kind === 'known' ? parseBoolean(step.dryRun.value, false) : false
  return dryRun ? { outcome: 'dry-run' } : undefined
}

/** Where a step's policy lives, and whether it is read here. */
type Location =
  { here: true; path: string; isOrgPolicy: boolean } | { here: false; repo: string; path: string }

export function locatePolicy(
  scope: string,
  identity: string,
  facts: Pick<SubjectFacts, 'repository'>,
  orgPolicyRepo?: string
): Location {
  const { owner, repo } = facts.repository
  const self = `${owner}/${repo}`
  const { repo: where, path } = policyLocation(scope, identity, orgPolicyRepo)
  // GitHub resolves names case-insensitively; the server compares ORG_POLICY_REPO exactly.
  if (scope.includes('/')) {
    return scope.toLowerCase() === self.toLowerCase()
      ? { here: true, path, isOrgPolicy: isOrgPolicyRepo(scope, orgPolicyRepo) }
      : { here: false, repo: where, path }
  }
  if (scope.toLowerCase() === owner.toLowerCase() && hostsOrgPolicies(self, orgPolicyRepo)) {
    return { here: true, path, isOrgPolicy: true }
  }
  return { here: false, repo: orgRepo(scope, orgPolicyRepo), path }
}

/** Checks every step of `workflows` against the policies; never throws for a step. */
export async function checkWorkflows(input: WorkflowCheckInput): Promise<WorkflowCheck> {
  const { workflows, facts } = input
  const out: WorkflowCheck = {
    findings: [],
    said: [...facts.said],
    steps: [],
    files: workflows.files
  }
  for (const n of workflows.notices) {
    out.findings.push({
      severity: 'note',
      file: n.file,
      ...(n.at ? { line: n.at.line, column: n.at.column } : {}),
      title: 'Octo STS workflow check',
      message: n.message
    })
  }
  for (const plan of workflows.plans) {
    const outcome = await checkStep(plan, input, out.findings)
    out.steps.push({ step: plan.step, outcome })
  }
  return out
}

/** The count line: `N steps in M workflows checked: …`. */
export function countLine(check: WorkflowCheck): string {
  const n = (outcome: StepOutcome): number => check.steps.filter(s => s.outcome === outcome).length
  const words: Record<StepOutcome, string> = {
    admitted: 'admitted',
    refused: 'refused every way they run',
    partly: 'refused some ways they run',
    undecided: 'not decided',
    elsewhere: 'with their policy in another repository',
    skipped: 'not checkable from the files',
    invalid: 'failing on their inputs before any exchange',
    'dry-run': n('dry-run') === 1 ? 'dry run (no exchange)' : 'dry runs (no exchange)'
  }
  const parts = OUTCOMES.filter(o => o === 'admitted' || n(o) > 0).map(o => `${n(o)} ${words[o]}`)
  const steps = check.steps.length === 1 ? '1 step' : `${check.steps.length} steps`
  const files = check.files === 1 ? '1 workflow' : `${check.files} workflows`
  return `${steps} in ${files} checked: ${parts.join(', ')}.`
}

async function checkStep(
  plan: StepPlan,
  input: WorkflowCheckInput,
  findings: WorkflowFinding[]
): Promise<StepOutcome> {
  const { step } = plan
  const at = { file: step.file, line: step.at.line, column: step.at.column }
  const add = (severity: WorkflowFinding['severity'], what: string, message: string): void => {
    findings.push({ severity, ...at, title: titleOf(step, what), message })
  }
  const cannot = unknownInput(step)
  if (cannot !== undefined) {
    if (cannot.say) add('note', 'not checked', `This Octo STS step is not checked: ${cannot.say}`)
    return 'skipped'
  }
  const early = beforeAnyRequest(step)
  if (early !== undefined) {
    if (early.say) add('warning', 'inputs refused', early.say)
    return early.outcome
  }
  if (plan.presentations.length === 0) return 'skipped'
  const scope = known(step.scope) as string
  const identity = known(step.identity) as string
  const where = locatePolicy(scope, identity, input.facts, input.orgPolicyRepo)
  if (!where.here) {
    add(
      'note',
      'policy in another repository',
      `Its policy ${v(identity)} (scope ${v(scope)}) lives in ${v(where.repo)} at ${v(where.path)}, not in this repository: not checked here. Check it there, with the workflows that use it in mind.`
    )
    return 'elsewhere'
  }
  const policy = input.policies.find(f => f.file === where.path)
  if (policy === undefined && input.exists?.(where.path)) {
    add(
      'note',
      'not decided',
      `Not decided: its policy ${v(where.path)} was not among the files validated. Validate it too (the folder ${v(POLICY_DIR)}) to have this step checked.`
    )
    return 'undecided'
  }
  if (policy === undefined) {
    add(
      'error',
      'no trust policy',
      `No ${v(where.path)} in this repository: the server will answer "not found" (${v(`unable to find trust policy for ${identity}`)}) every time this step runs. Create ${v(where.path)} on the default branch, admitting the subjects this step presents, or fix the step's ${v('identity')}.${subjectsHint(plan, input)}`
    )
    return 'refused'
  }
  const costly = policy.problems.find(p => p.code === 'too-costly')
  if (policy.problems.some(p => p.severity === 'error')) {
    add(
      'warning',
      'policy invalid',
      `Not decided: ${v(where.path)} has errors (see its findings), and the server refuses an invalid policy every time ("unable to parse trust policy" or "unable to compile trust policy"). Fix the policy first; this step is checked against it then.`
    )
    return 'undecided'
  }
  if (costly) {
    add('warning', 'not decided', `Not decided: ${costly.message}`)
    return 'undecided'
  }
  return decideStep(plan, where, input, add)
}

/** The subjects a step will present, for the "create it" hint (name-only form when unknown). */
function subjectsHint(plan: StepPlan, input: WorkflowCheckInput): string {
  const subjects = new Set<string>()
  for (const p of plan.presentations.slice(0, MAX_WAYS)) {
    for (const token of input.predict(p, input.facts, audienceOf(plan.step)).tokens.slice(0, 1)) {
      subjects.add(subjectOf(token))
    }
  }
  const list = [...subjects].slice(0, 8).map(s => v(s, 500))
  return list.length ? ` The job presents ${list.join(', ')}.` : ''
}

/** The server the step asks, as the action reads `domain`: lower-cased, the hosted one by default. */
const domainOf = (step: ActionStep): string => (known(step.domain) || DEFAULT_DOMAIN).toLowerCase()

/** The audience the step asks for: `audience`, else its domain. */
const audienceOf = (step: ActionStep): string => known(step.audience) || domainOf(step)

async function decideStep(
  plan: StepPlan,
  where: Extract<Location, { here: true }>,
  input: WorkflowCheckInput,
  add: (severity: WorkflowFinding['severity'], what: string, message: string) => void
): Promise<StepOutcome> {
  const { step } = plan
  const { engine, facts } = input
  const audience = audienceOf(step)
  const domain = domainOf(step)
  // Every way the step runs, each in the forms to check, bounded as one job.
  const ways: { presentation: Presentation; tokens: PredictedToken[] }[] = []
  // Ways whose token cannot be predicted (an unknown template key, unknown IDs): not decided.
  let unpredicted = 0
  for (const presentation of plan.presentations.slice(0, MAX_WAYS)) {
    const predicted = input.predict(presentation, facts, audience)
    for (const why of predicted.unpredictable) {
      add(
        'note',
        `not decided on ${shown(presentation.trigger)}`,
        `On ${v(presentation.trigger)}: ${why}`
      )
    }
    if (predicted.tokens.length === 0) unpredicted++
    else ways.push({ presentation, tokens: predicted.tokens.slice(0, 2) })
  }
  if (plan.presentations.length > MAX_WAYS) {
    add(
      'note',
      'not every way checked',
      `This step can run in more ways than are checked here: the first ${MAX_WAYS} are decided, the others are not.`
    )
  }
  if (ways.length === 0) return 'undecided'
  if (pastDeadline(engine)) {
    add('error', 'not checked', `Not checked: ${TIME_LIMIT_REACHED}`)
    return 'undecided'
  }
  let text: string
  try {
    text = input.read(where.path)
  } catch (e) {
    add(
      'warning',
      'not decided',
      `Not decided: ${v(where.path)} could not be read (${shown(e instanceof Error ? e.message : String(e))}).`
    )
    return 'undecided'
  }
  const payloads = ways.flatMap(w => w.tokens.map(t => t.payload))
  const outcome = await runEngine(engine, 'explainTokens', [
    text,
    payloads,
    domain,
    { isOrgPolicy: where.isOrgPolicy }
  ])
  if (!outcome.ok) {
    add(
      'warning',
      'not decided',
      outcome.costly !== undefined
        ? `Not decided: ${tooCostly(v(where.path), outcome.costly)}`
        : `Not decided: the policy engine failed on ${v(where.path)} (${shown(outcome.why)}). Please report it.`
    )
    return 'undecided'
  }
  const explained: PolicyExplained[] = outcome.value
  let k = 0
  const decided = ways.map(w => ({
    presentation: w.presentation,
    decisions: w.tokens.map(t => decideToken(t, explained[k++] as PolicyExplained))
  }))
  if (decided.some(w => w.decisions.some(d => d.invalid))) {
    add(
      'warning',
      'policy invalid',
      `Not decided: the server reads ${v(where.path)} as invalid. Fix the policy first.`
    )
    return 'undecided'
  }
  return report(decided, where.path, input.facts.form !== undefined, step, add, unpredicted > 0)
}

/** The findings of a decided step, and its outcome. */
function report(
  decided: { presentation: Presentation; decisions: TokenDecision[] }[],
  file: string,
  formKnown: boolean,
  step: ActionStep,
  add: (severity: WorkflowFinding['severity'], what: string, message: string) => void,
  someUndecided: boolean
): StepOutcome {
  // A way is refused when every form refuses it; a form-dependent refusal is only a warning,
  // and so is a refusal when some way could not be decided.
  const refusedAll = (ds: TokenDecision[]): boolean => ds.every(isRefused)
  const everyWay = !someUndecided && decided.every(w => refusedAll(w.decisions))
  const severity = everyWay ? 'error' : 'warning'
  let any = false
  for (const { presentation, decisions } of decided) {
    const ctx = { step, presentation, file, formKnown }
    const refused = decisions.filter(isRefused)
    if (refused.length > 0) {
      any = true
      const what = `refused on ${shown(presentation.trigger)}`
      if (refused.length === decisions.length) {
        add(
          severity,
          what,
          refusalMessage(refused[0] as TokenDecision, ctx, { checked: decisions.length, all: true })
        )
      } else {
        for (const d of refused) {
          add('warning', what, refusalMessage(d, ctx, { checked: decisions.length, all: false }))
        }
      }
    }
    const unknown = [...new Set(decisions.filter(d => !isRefused(d)).flatMap(d => d.unknown))]
    if (unknown.length > 0) {
      add(
        'note',
        `not decided on ${shown(presentation.trigger)}`,
        unknownClaimsMessage(unknown, ctx)
      )
    }
  }
  return everyWay ? 'refused' : any ? 'partly' : someUndecided ? 'undecided' : 'admitted'
}
