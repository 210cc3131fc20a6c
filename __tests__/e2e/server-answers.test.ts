// Every error answer of the Octo STS server, sent exactly (HTTP status, gRPC code, message) by the
// fake STS to the bundled main step: the job fails with our explanation and the server's own
// words, in the annotation and in the job summary. One bundle run per message, side by side
// (each on its own identity, so each gets its own answer).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ALLOWLIST_PATH } from '../../src/sts/request.js'
import { KIND_TITLE } from '../../src/diagnosis/report.js'
import { sanitize } from '../../src/log/neutralize.js'
import { fill, SERVER_ANSWERS } from '../fixtures/server-answers.js'
import type { ServerAnswer } from '../fixtures/server-answers.js'
import { checkoutEnv, checkouts as makeCheckouts } from '../stack/checkout.js'
import { startStack } from '../stack/index.js'
import type { Stack, StepResult } from '../stack/index.js'
import { assertNoLeaks, errorAnnotation, renderLog, runStep } from '../stack/run-step.js'

let stack: Stack
const checkouts = makeCheckouts('answers-ws-')

beforeAll(async () => {
  stack = await startStack()
})
afterAll(async () => {
  await stack?.close()
  checkouts.removeAll()
})

const OWNER = 'acme'
const SCOPE = 'acme/widgets'

/** The summary as a reader sees it: Markdown escapes and hard breaks removed. */
const unescapeMarkdown = (md: string): string =>
  md.replace(/ {2}\n/g, '\n').replace(/\\([!-/:-@[-`{-~])/g, '$1')

/** Runs main for `identity` after the fake STS was told how to answer it. */
async function exchange(identity: string): Promise<StepResult & { annotation: string }> {
  const ws = checkouts.make({ repo: SCOPE })
  const result = await runStep('main', {
    inputs: { scope: SCOPE, identity },
    cwd: ws,
    env: stack.env(checkoutEnv(ws, SCOPE))
  })
  assertNoLeaks(result, stack.secrets())
  return { ...result, annotation: errorAnnotation(result) }
}

const exchangesFor = (identity: string): number =>
  stack.sts.requests.filter(r => r.path === '/sts/exchange' && r.query.identity?.[0] === identity)
    .length

/** Only the commands the action means to send, and exactly one error annotation. */
function expectCleanLog(stdout: string): void {
  const commands = stdout
    .split('\n')
    .filter(l => /^\s*::/.test(l))
    .map(l => /^::([a-z-]+)/.exec(l)?.[1])
  for (const c of commands) expect(['add-mask', 'debug', 'group', 'endgroup', 'error']).toContain(c)
  expect(commands.filter(c => c === 'error')).toHaveLength(1)
  expect(stdout).not.toMatch(/##\[/)
}

const cases = SERVER_ANSWERS.map((a, i): [string, number, ServerAnswer, number] => [
  a.name,
  a.status,
  a,
  i
])

describe('each message of the server, answered exactly by the fake STS', () => {
  it.concurrent.each(cases)(
    '%s (HTTP %i): our explanation and the server’s words, in the log and the summary',
    async (_name, status, answer, i) => {
      const identity = `answer-${i}`
      const message = answer.message({ owner: OWNER, identity })
      // Retry-After: 0 keeps the retried answers quick; they are still retried.
      stack.sts.answer(identity, {
        code: answer.code,
        message,
        ...(answer.retried ? { headers: { 'retry-after': '0' } } : {})
      })
      const r = await exchange(identity)
      const c = { owner: OWNER, repo: SCOPE, identity }
      const words = `Octo STS said (HTTP ${status}): "${sanitize(message)}"`

      expect(r.exitCode).toBe(1)
      expect(r.stderr).toBe('')
      expect(r.outputs).toEqual({})
      expect(exchangesFor(identity)).toBe(answer.retried ? 4 : 1)
      expectCleanLog(r.stdout)

      // The failure message (the annotation the log shows): what, the server's words, the fix.
      for (const phrase of answer.what) expect(r.annotation).toContain(fill(phrase, c))
      for (const phrase of answer.fix) expect(r.annotation).toContain(fill(phrase, c))
      expect(r.annotation).toContain(words)
      expect(r.annotation.indexOf(fill(answer.what[0] ?? '', c))).toBeLessThan(
        r.annotation.indexOf(words)
      )
      if (answer.retried) expect(r.annotation).toMatch(/\(4 attempts over [0-9.]+s\)\.\n/)

      // The job summary: the class, our explanation, the server's words.
      const summary = unescapeMarkdown(r.summary)
      expect(summary).toContain(`(${KIND_TITLE[answer.kind]})`)
      for (const phrase of answer.what) expect(summary).toContain(fill(phrase, c))
      expect(summary).toContain(words)

      if (answer.kind === 'issuer-not-allowed') {
        for (const text of [r.annotation, summary]) {
          expect(text).toContain(`this token's issuer ("${stack.oidc.issuer}") is not listed`)
          expect(text).toContain(`${ALLOWLIST_PATH} in acme/.github`)
          expect(text).toContain('every repository of "acme"')
        }
        // The claims show the issuer; no trust policy would help, so none is suggested.
        expect(r.summary).toContain(`- \`iss\`: \`${stack.oidc.issuer}\``)
        expect(r.summary).not.toContain('A trust policy that admits exactly this workflow')
      }
    }
  )
})

describe('a server reading org policies from another repository (org-policy-repository)', () => {
  it('names that repository for the allowlist and an org policy', async () => {
    const ws = checkouts.make({ repo: SCOPE })
    stack.sts.answer('org-repo', {
      code: 7,
      message: 'issuer not permitted by organization policy'
    })
    const r = await runStep('main', {
      inputs: { scope: OWNER, identity: 'org-repo', 'org-policy-repository': 'policies' },
      cwd: ws,
      env: stack.env(checkoutEnv(ws, SCOPE))
    })
    assertNoLeaks(r, stack.secrets())
    expect(r.exitCode).toBe(1)
    const annotation = errorAnnotation(r)
    expect(annotation).toContain(`${ALLOWLIST_PATH} in acme/policies`)
    expect(annotation).not.toContain('acme/.github')
    expect(exchangesFor('org-repo')).toBe(1)

    const bad = await runStep('main', {
      inputs: { scope: OWNER, identity: 'org-repo', 'org-policy-repository': 'acme/policies' },
      cwd: ws,
      env: stack.env(checkoutEnv(ws, SCOPE))
    })
    expect(bad.exitCode).toBe(1)
    expect(errorAnnotation(bad)).toContain('`org-policy-repository` is "acme/policies"')
    // Refused before any request.
    expect(exchangesFor('org-repo')).toBe(1)
  })
})

describe('hostile server text', () => {
  it('reaches the log and the summary inert, and is still classified', async () => {
    const token = `ghs_${'Z'.repeat(40)}`
    const message = `unable to find trust policy for "hostile"\n::warning::pwned\u0085::error::x ##[group]y ${token}`
    stack.sts.answer('hostile', { code: 5, message })
    const r = await exchange('hostile')
    expect(r.exitCode).toBe(1)
    expectCleanLog(r.stdout)
    expect(r.stdout).not.toContain('::warning')
    expect(r.stdout).not.toContain(token)
    expect(r.summary).not.toContain(token)
    expect(r.annotation).toMatch(/^Octo STS found no trust policy "hostile" in acme\/widgets\./)
    expect(r.annotation).toContain(`Octo STS said (HTTP 404): "${sanitize(message)}"`)
    expect(renderLog(r.stdout).join('\n')).not.toMatch(/^::/m)
  })
})
