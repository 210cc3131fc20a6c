// A trust policy that admits exactly the workflow that is running: the real issuer, the exact
// subject (exact match is the safer default), and commented, broader or stricter alternatives.
// Written by hand, not with the yaml package: this module must stay light, and the output is
// checked against the yaml parser in the tests.
import { safeText } from './claims.js'
import type { ExchangeContext } from '../sts/request.js'
import { isOrgPolicyRepo, policyLocation } from '../sts/request.js'
import { GITHUB_ISSUER } from '../policy/github.js'
import { quoteMeta } from '../policy/goformat.js'
import { subjectForm } from '../policy/subject-form.js'
import { isValidSubject } from '../policy/token-validity.js'
import { issuerProfile } from './issuers.js'
import type { IssuerKind } from './issuers.js'

export interface Suggestion {
  /** Repository the policy belongs in (`owner/repo` or `org/.github`). */
  repo: string
  /** Path of the policy file in that repository. */
  path: string
  /** The policy, YAML, every line display-safe. */
  yaml: string
  /** Things to know before committing it, one sentence each. */
  warnings: string[]
}

export { quoteMeta }

const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i

/** `s` as a YAML scalar: plain when unambiguous, otherwise single-quoted. */
export function yamlScalar(s: string): string {
  const plain =
    /^[A-Za-z0-9][A-Za-z0-9_./@:+-]*$/.test(s) &&
    !s.endsWith(':') &&
    !YAML_SPECIAL.test(s) &&
    !/^[-+.]?[0-9]/.test(s)
  return plain ? s : `'${s.replace(/'/g, "''")}'`
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined)

/** The value to put in the policy; `undefined` when it cannot be shown as it is. */
function exact(v: string | undefined): string | undefined {
  return v !== undefined && safeText(v, 1000) === v ? v : undefined
}

/** A pattern for every branch (or tag) of the subject's repository, when `sub` names a ref. */
export function everyRefPattern(sub: string): { pattern: string; what: string } | undefined {
  const m = /^(.*?):ref:refs\/(heads|tags)\/([^:]+)(:.*)?$/.exec(sub)
  if (!m) return undefined
  const [, prefix = '', kind, , rest] = m
  const what = kind === 'heads' ? 'every branch' : 'every tag'
  const any = rest === undefined ? '.*' : '[^:]+'
  return {
    pattern: `${quoteMeta(prefix)}:ref:refs/${kind}/${any}${rest === undefined ? '' : quoteMeta(rest)}`,
    what
  }
}

/** `job_workflow_ref` as a pattern; a pull request's merge ref becomes any pull request's. */
export function workflowPattern(ref: string): string {
  const m = /^(.*)@refs\/pull\/\d+\/merge$/.exec(ref)
  return m ? `${quoteMeta(m[1] ?? '')}@refs/pull/[0-9]+/merge` : quoteMeta(ref)
}

/** Whether `sub` is the subject GitHub gives `pull_request` and `pull_request_target` runs. */
export const isPullRequestSubject = (sub: string): boolean => /:pull_request$/.test(sub)

/** `subject` (or `subject_pattern`) lines for a token of an issuer other than GitHub. */
export function otherIssuerSubject(kind: IssuerKind, sub: string): string[] {
  const exactly = `subject: ${yamlScalar(sub)}`
  const instead = (what: string, pattern: string): string[] => [
    `# Or, instead of subject, ${what}:`,
    `# subject_pattern: ${yamlScalar(pattern)}`
  ]
  switch (kind) {
    case 'gitlab': {
      // The default subject; a project can configure another one, which stays exact.
      const m = /^(project_path:[^:]+:ref_type:(branch|tag):ref:).+$/.exec(sub)
      if (!m) return [exactly]
      const what = m[2] === 'branch' ? 'every branch' : 'every tag'
      return [
        exactly,
        ...instead(
          `${what} of the project (broader: anyone who can push one gets the token)`,
          `${quoteMeta(m[1] ?? '')}.+`
        )
      ]
    }
    case 'buildkite': {
      const m = /^(organization:[^:]+:pipeline:[^:]+:ref:[^:]*):commit:[^:]*:step:(.*)$/.exec(sub)
      if (!m) return [exactly]
      const head = quoteMeta(m[1] ?? '')
      const lines = [
        '# The subject names the commit, which changes with every build: any commit matches.',
        `subject_pattern: ${yamlScalar(`${head}:commit:[^:]+:step:${quoteMeta(m[2] ?? '')}`)}`
      ]
      if (m[2]) {
        lines.push(
          '# Or any step of these builds (broader):',
          `# subject_pattern: ${yamlScalar(`${head}:commit:[^:]+:step:.*`)}`
        )
      }
      return lines
    }
    case 'circleci': {
      const m = /^(org\/[^/]+\/project\/[^/]+\/user\/)[^/]+(\/.*)?$/.exec(sub)
      if (!m) return [exactly]
      return [
        exactly,
        ...instead(
          'the same for whoever starts the pipeline (broader: any user who can run it)',
          `${quoteMeta(m[1] ?? '')}[^/]+${quoteMeta(m[2] ?? '')}`
        )
      ]
    }
    case 'terraform': {
      const m =
        /^(organization:[^:]+:project:[^:]+:workspace:[^:]+:run_phase:)(?:plan|apply)$/.exec(sub)
      if (!m) return [exactly]
      return [
        exactly,
        ...instead(
          'both run phases (plans run for speculative plans too: give them read access only)',
          `${quoteMeta(m[1] ?? '')}(plan|apply)`
        )
      ]
    }
    case 'kubernetes':
      return [exactly]
  }
}

export function suggestPolicy(
  claims: Readonly<Record<string, unknown>>,
  ctx: Pick<ExchangeContext, 'scope' | 'identity' | 'orgPolicyRepo' | 'domain' | 'audience'>
): Suggestion {
  const { repo, path } = policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo)
  // The server reads scope `org/.github` (its org policy repository) as the org's:
  // `repositories` is allowed there too.
  const orgPolicy = isOrgPolicyRepo(repo, ctx.orgPolicyRepo)
  const warnings: string[] = []
  const lines: string[] = [
    `# ${path} on the default branch of ${repo}`,
    '# Admits exactly this workflow: review it before you commit it.'
  ]

  const rawIss = str(claims.iss)
  const iss = exact(rawIss)
  if (iss) lines.push(`issuer: ${yamlScalar(iss)}`)
  else {
    lines.push(`issuer: ${GITHUB_ISSUER}`)
    warnings.push(
      rawIss
        ? 'The token\'s `iss` cannot be shown as it is; the policy above uses GitHub\'s issuer: check the "iss" claim.'
        : "The token has no `iss` claim; the policy above uses GitHub's issuer."
    )
  }

  const rawSub = str(claims.sub)
  const sub = exact(rawSub)
  const profile = issuerProfile(claims)
  if (sub && profile) {
    lines.push(...otherIssuerSubject(profile.kind, sub))
    if (!isValidSubject(sub)) {
      // GitHub's subjects never fail this; a Terraform project name with a space does.
      warnings.push(
        `The token's \`sub\` holds a space or a character such as a quote, \`;\`, \`$\` or a bracket: the server refuses it ("invalid subject in token") before reading any policy, so no policy can admit this ${profile.name} token. Rename what the subject is made of (e.g. the project or workspace).`
      )
    }
  } else if (sub) {
    if (subjectForm(sub) === 'immutable') {
      lines.push(
        "# GitHub's immutable subject: the owner's and the repository's IDs follow their names."
      )
    }
    lines.push(`subject: ${yamlScalar(sub)}`)
    const every = everyRefPattern(sub)
    if (every) {
      lines.push(
        `# Or, instead of subject, ${every.what} of the repository (broader: anyone who can push one gets the token):`,
        `# subject_pattern: ${yamlScalar(every.pattern)}`
      )
    }
  } else {
    lines.push('subject: REPLACE-WITH-THE-SUB-CLAIM')
    warnings.push(
      rawSub
        ? "The token's `sub` holds characters that cannot be shown safely: copy it into `subject` yourself."
        : 'The token has no `sub` claim: set `subject` by hand.'
    )
  }

  if (ctx.audience !== ctx.domain) {
    // The server wants its own domain in `aud` unless the policy names the audience.
    lines.push(`audience: ${yamlScalar(ctx.audience)}`)
  }

  const event = str(claims.event_name)
  const pinEvent = rawSub !== undefined && isPullRequestSubject(rawSub) && event === 'pull_request'
  const workflowRef = exact(str(claims.job_workflow_ref))
  const pinWorkflow = workflowRef
    ? `job_workflow_ref: ${yamlScalar(workflowPattern(workflowRef))}`
    : undefined
  const pinWorkflowWhy =
    'To also pin the workflow file (other workflows with this subject are then refused):'
  if (pinEvent) {
    lines.push(
      'claim_pattern:',
      '  # pull_request_target runs (fork pull requests too) share this subject: pull_request only',
      '  event_name: pull_request'
    )
    if (pinWorkflow) lines.push(`  # ${pinWorkflowWhy}`, `  # ${pinWorkflow}`)
  } else if (pinWorkflow) {
    lines.push(`# ${pinWorkflowWhy}`, '# claim_pattern:', `#   ${pinWorkflow}`)
  }

  lines.push(
    'permissions:',
    '  contents: read # replace with what the job needs, snake_case: pull_requests: write, issues: write…'
  )
  if (orgPolicy) {
    const own = str(claims.repository)?.split('/')[1]
    lines.push(
      '# Org policies only: the repositories the token may access (omitted: all the App can see).',
      `# repositories:`,
      `#   - ${own && exact(own) ? yamlScalar(own) : 'REPOSITORY-NAME'}`
    )
  }

  if (rawSub !== undefined && isPullRequestSubject(rawSub)) {
    warnings.push(
      event === 'pull_request_target'
        ? 'This is a `pull_request_target` run: its subject also admits `pull_request` runs, and `pull_request_target` runs for pull requests from forks, whose authors you may not trust. Prefer a subject for a protected branch or environment.'
        : 'The subject `…:pull_request` is shared by `pull_request` and `pull_request_target` runs, including those for pull requests from forks; the suggestion pins `event_name` to `pull_request`. Grant such a policy read access only.'
    )
  }
  return { repo, path, yaml: lines.join('\n'), warnings }
}
