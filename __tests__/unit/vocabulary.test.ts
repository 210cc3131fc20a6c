// One diagnosis, two vocabularies: the texts the action and the command line share are written
// once with terms (src/vocabulary.ts). The action speaks of inputs, the log and job summary and
// the runner; the command line of its flags (or Terraform's query keys), this machine and
// `--policy`. Every server answer and every network failure is checked in both.
import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { failureReport } from '../../src/diagnosis/report.js'
import type { LocalCheck } from '../../src/diagnosis/local-check.js'
import { suggestPolicy } from '../../src/diagnosis/suggested-policy.js'
import { sanitize } from '../../src/log/neutralize.js'
import { HttpError } from '../../src/net/http.js'
import { attemptRequest, Transient, withRetry } from '../../src/net/retry.js'
import { diagnoseExchange } from '../../src/sts/server-messages.js'
import { unauthorizedMessage } from '../../src/sts/revoke.js'
import { ACTION, capital, commandLine, FLAGS, MARKS, speak, W } from '../../src/vocabulary.js'
import type { Vocabulary } from '../../src/vocabulary.js'

const TERM_MARKS = new RegExp(MARKS.source)
import { SERVER_ANSWERS } from '../fixtures/server-answers.js'
import { GITLAB } from '../fixtures/issuer-claims.js'

const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}

/** Words only a GitHub Actions user can act on. */
const ACTION_ONLY =
  /re-run the job|the runner|job summary|the log\b|validate action|actions\/checkout|this action|the `[a-z-]+` input|`(?:scope|identity|domain|audience|timeout-seconds|github-api-url)`|the step's/i

const TERRAFORM = commandLine({
  name: s => s.replace(/-/g, '_'),
  settings: 'the query keys',
  explain: 'run `octo-sts-token check --policy FILE` with the same token'
})

describe('speak', () => {
  it('renders each term in the vocabulary given, and leaves text without terms as it is', () => {
    const text = `Check ${W.setting('identity')}; ${capital(W.rerun)} from ${W.runner}.`
    expect(speak(text, ACTION)).toBe('Check `identity`; Re-run the job from the runner.')
    expect(speak(text, FLAGS)).toBe('Check `--identity`; Run the command again from this machine.')
    expect(speak(text, TERRAFORM)).toBe(
      'Check `identity`; Run the command again from this machine.'
    )
    expect(speak(`${W.input('timeout-seconds')}`, TERRAFORM)).toBe('`timeout_seconds`')
    expect(speak('no terms: \u0003 stays', FLAGS)).toBe('no terms: \u0003 stays')
  })

  it('every term of the vocabulary has both renderings, and they differ', () => {
    const keys = Object.keys(ACTION) as (keyof Vocabulary)[]
    expect(Object.keys(FLAGS).sort()).toEqual([...keys].sort())
    for (const k of keys) {
      const term = W[k]
      const text =
        typeof term === 'function'
          ? (term as (...a: string[]) => string)('`r`', '`f`', '`w`')
          : (term as string)
      const action = speak(text, ACTION)
      const cli = speak(text, FLAGS)
      expect(action).not.toBe('')
      expect(cli).not.toBe('')
      expect([k, cli]).not.toEqual([k, action])
      expect(cli).not.toMatch(ACTION_ONLY)
    }
  })

  it('untrusted text cannot hold a term: the neutralizer drops its control characters', () => {
    const forged = `a${W.rerun}b`
    expect(sanitize(forged)).toBe('a rerun b')
    expect(speak(sanitize(forged), FLAGS)).not.toContain('run the command again')
    // An unknown term renders as nothing rather than as its name.
    expect(speak('a\u0001nosuch\u0002b', FLAGS)).toBe('ab')
  })

  it('ActionError.message is the action’s words (the runner shows it as the step’s error)', () => {
    const e = new ActionError('timeout', 'slow', `${capital(W.rerun)}.`)
    expect(e.message).toBe('slow\nRe-run the job.')
    expect(speak(e.fix, FLAGS)).toBe('Run the command again.')
  })
})

describe('every server answer, in both vocabularies', () => {
  it.each(SERVER_ANSWERS.map(a => [a.name, a] as const))('%s', (_name, answer) => {
    const d = diagnoseExchange(
      answer.status,
      answer.message({ owner: 'acme', identity: 'deploy' }),
      CTX
    )
    const cli = speak(`${d.what}\n${d.fix}`, FLAGS)
    // The request's own parameters are named as the server reads them, not as settings.
    expect(cli.replace('`Authorization`, `scope`, `scopes` and `identity`', '')).not.toMatch(
      ACTION_ONLY
    )
    expect(cli).not.toMatch(TERM_MARKS)
    expect(speak(`${d.what}\n${d.fix}`, ACTION)).not.toMatch(TERM_MARKS)
  })

  it('the phrases of issue 19, as each front end says them', () => {
    const say = (status: number, message: string): [string, string] => {
      const d = diagnoseExchange(status, message, CTX)
      return [speak(d.fix, ACTION), speak(d.fix, FLAGS)]
    }
    const [aMismatch, cMismatch] = say(403, 'trust policy: subject did not match')
    expect(aMismatch).toContain("Compare the token's claims (in the log and the job summary)")
    expect(cMismatch).toContain("Compare the token's claims (listed below)")
    const [aMissing, cMissing] = say(404, 'unable to find trust policy for "deploy"')
    expect(aMissing).toContain('that `identity` is spelled exactly')
    expect(cMissing).toContain('that `--identity` is spelled exactly')
    const [aInvalid, cInvalid] = say(400, 'unable to parse trust policy found for "deploy"')
    expect(aInvalid).toContain('The validate action checks policies in pull requests.')
    expect(cInvalid).toContain(
      '`octo-sts-token validate` checks policy files before you merge them.'
    )
    const [aDown, cDown] = say(503, 'failed to get token')
    expect(aDown).toMatch(/^Re-run the job;/)
    expect(cDown).toMatch(/^Run the command again;/)
    const revoked = unauthorizedMessage('https://ghe.example/api/v3')
    expect(speak(revoked, ACTION)).toContain('Check `github-api-url` if')
    expect(speak(revoked, FLAGS)).toContain('Check `--github-api-url` if')
  })
})

describe('network failures and the deadline, in both vocabularies', () => {
  const ctx = { attempt: 1, timeoutMs: 1000 }
  const req = { method: 'POST' as const, url: new URL('https://sts.example/sts/exchange') }
  it.each([
    [
      'network',
      new HttpError('network', 'could not reach sts.example: ECONNREFUSED', 'ECONNREFUSED')
    ],
    ['timeout', new HttpError('timeout', 'sts.example did not answer within 1.0s')],
    ['proxy', new HttpError('proxy', 'proxy p:1 is unreachable (ECONNREFUSED)', 'ECONNREFUSED')]
  ])('%s', async (_name, failure) => {
    const http = async (): Promise<never> => Promise.reject(failure)
    const e = await attemptRequest(http, 'Octo STS', req, ctx).catch((x: unknown) => x)
    const final = e instanceof Transient ? e.final : (e as ActionError)
    expect(speak(final.fix, ACTION)).toMatch(/the runner|re-run the job/)
    const cli = speak(final.fix, FLAGS)
    expect(cli).not.toMatch(ACTION_ONLY)
    expect(cli).toMatch(/this machine|run the command again/)
  })

  it('the deadline names the setting as the front end spells it', async () => {
    const clock = { now: () => 10, sleep: async () => undefined, random: () => 0 }
    const policy = { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, attemptTimeoutMs: 1, deadline: 0 }
    const e = (await withRetry(
      'Octo STS',
      policy,
      async () => 'x',
      () => {},
      clock
    ).catch((x: unknown) => x)) as ActionError
    expect(speak(e.fix, ACTION)).toContain('raise the `timeout-seconds` input')
    expect(speak(e.fix, FLAGS)).toContain('raise `--timeout-seconds`')
    expect(speak(e.fix, TERRAFORM)).toContain('raise `timeout_seconds`')
  })
})

describe('the diagnosis, in both vocabularies', () => {
  const mismatch = (): ActionError =>
    new ActionError(
      'policy-mismatch',
      'The trust policy acme/widgets/.github/chainguard/deploy.sts.yaml does not admit this workflow.',
      `Compare the token's claims (${W.shown}) with the policy's subject.`
    )
  const CLAIMS = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:acme/widgets:ref:refs/heads/main',
    aud: 'octo-sts.dev'
  }
  const elsewhere = (workflowRepo?: string): LocalCheck => ({
    status: 'elsewhere',
    policyRepo: 'acme/widgets',
    ...(workflowRepo ? { workflowRepo } : {})
  })

  it('without a copy of the policy: the action compares, the command line asks for --policy FILE', () => {
    const input = { error: mismatch(), ctx: CTX, claims: CLAIMS, check: elsewhere() }
    const action = failureReport(input, ACTION)
    const cli = failureReport(input, FLAGS)
    expect(action.info).toContain('Trust policy check: not possible here')
    expect(action.info.join('\n')).toContain("not from this workflow's repository")
    expect(cli.info).toEqual([
      'Trust policy check: not made (no copy of the policy given)',
      'To explain the refusal field by field, pass `--policy FILE`: a copy of `.github/chainguard/deploy.sts.yaml` from the default branch of `acme/widgets`.',
      'The server reads the policy from the default branch of `acme/widgets`, not from any other branch.'
    ])
    expect(cli.groups.map(g => g.title)).toEqual([
      'Claims that decide a match (from the OIDC token, which is not shown)',
      'A trust policy that admits exactly this workflow: .github/chainguard/deploy.sts.yaml in acme/widgets'
    ])
    expect(action.groups[0]!.title).toBe(
      "Claims that decide a match (from the job's OIDC token, which is not shown)"
    )
    // In a workflow of another repository, the command line says so, and still how to check it.
    const there = failureReport({ ...input, check: elsewhere('acme/other') }, FLAGS)
    expect(there.info[1]).toBe(
      "The policy is read from `acme/widgets`, not from this workflow's repository (`acme/other`). To explain the refusal field by field, pass `--policy FILE`: a copy of `.github/chainguard/deploy.sts.yaml` from the default branch of `acme/widgets`."
    )
    // Terraform has no --policy: `check` explains it.
    expect(failureReport(input, TERRAFORM).info[1]).toContain(
      'To explain the refusal field by field, run `octo-sts-token check --policy FILE` with the same token'
    )
  })

  it('the job summary speaks the action’s words, never a term', () => {
    const r = failureReport(
      { error: mismatch(), ctx: CTX, claims: CLAIMS, check: elsewhere() },
      ACTION
    )
    expect(r.summary).toContain('in the log and the job summary')
    expect(r.summary).not.toMatch(TERM_MARKS)
  })

  it('a network failure shows the network advice only: no claims, no suggested policy', () => {
    const error = new ActionError('network', 'Octo STS: could not reach h: ECONNREFUSED.', 'x')
    for (const words of [ACTION, FLAGS]) {
      const r = failureReport({ error, ctx: CTX, claims: CLAIMS }, words)
      expect(r.groups).toEqual([])
      expect(r.info).toEqual([])
      expect(r.summary).not.toMatch(/Claims that decide|trust policy that admits/)
    }
    // A time-out before any answer is one too; a 504 answer is not.
    const silent = new ActionError('timeout', 'no answer.', 'x')
    expect(failureReport({ error: silent, ctx: CTX, claims: CLAIMS }, FLAGS).groups).toEqual([])
    const answered = new ActionError('timeout', '504.', 'x', { status: 504 })
    expect(failureReport({ error: answered, ctx: CTX, claims: CLAIMS }, FLAGS).groups).toHaveLength(
      2
    )
  })

  it('a policy suggested for another issuer’s token does not call it a workflow', () => {
    const gitlab = suggestPolicy(GITLAB, CTX)
    expect(gitlab.yaml.split('\n')[1]).toBe(
      "# Admits exactly this GitLab CI token's issuer and subject: review it before you commit it."
    )
    expect(suggestPolicy(CLAIMS, CTX).yaml.split('\n')[1]).toBe(
      '# Admits exactly this workflow: review it before you commit it.'
    )
  })
})
