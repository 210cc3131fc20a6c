// What a user sees, kept as plain files a reviewer reads (see snapshots/README.md): for every
// failure class the main step can end in, for the dry run and a success, and for the post
// step's revocation outcomes, the log as the job page shows it and the job summary. Each
// scenario runs the committed bundle against a stack of its own, so all run side by side and
// every one can use the same identity, faults and signing without disturbing another.
import { afterAll, describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { FailureKind } from '../../src/errors.js'
import { KIND_TITLE } from '../../src/diagnosis/report.js'
import { auditHash } from '../../src/sts/token.js'
import { escapeMarkdown } from '../../src/log/markdown.js'
import { SERVER_ANSWERS } from '../fixtures/server-answers.js'
import { checkoutEnv, checkouts, fixturePolicy } from '../stack/checkout.js'
import { startStack } from '../stack/index.js'
import type { Stack, StepResult } from '../stack/index.js'
import { assertNoLeaks, renderLog, REPO_ROOT, runStep } from '../stack/run-step.js'
import { expectSnapshot } from '../stack/snapshot.js'

const SNAPSHOTS = join(REPO_ROOT, '__tests__/e2e/snapshots')
const fixture = fixturePolicy
const workspaces = checkouts('users-see-ws-')
afterAll(() => workspaces.removeAll())

const BASE = { scope: 'acme/widgets', identity: 'deploy' }

/**
 * The only things that differ between runs, each replaced by a named placeholder: the stack's
 * random ports, the retry timings (jittered backoff), times (expiry), and the audit hash of
 * the random token. Everything else is kept byte for byte.
 */
function normalize(text: string, stack: Stack, tokens: string[]): string {
  let s = text
  const hosts: [string, string][] = [
    ['sts', stack.sts.host],
    ['oidc', new URL(stack.oidc.issuer).host],
    ['api', new URL(stack.api.url).host]
  ]
  for (const [name, host] of hosts) {
    // In prose the summary escapes the host as Markdown: `127\.0\.0\.1\:port`.
    for (const [form, placeholder] of [
      [host, `127.0.0.1:<${name}-port>`],
      [escapeMarkdown(host), escapeMarkdown(`127.0.0.1:`) + `<${name}-port>`]
    ]) {
      s = s.split(form!).join(placeholder!)
    }
  }
  for (const token of tokens) s = s.split(auditHash(token)).join('<audit-hash>')
  return (
    s
      .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z\b/g, '<time>')
      .replace(/^(attempt \d+\/\d+ in )\d+\.\ds:/gm, '$1<n>s:')
      .replace(/(\d+ attempts over )\d+\\?\.\ds\b/g, '$1<n>s')
      // The time left for the last attempt: the step's limit less what came before it.
      .replace(/( did not answer within )\d+\\?\.\ds\b/g, '$1<n>s')
  )
}

/** Runs a step on `stack` in a checkout of acme/widgets, leak-checked. */
async function step(
  stack: Stack,
  entry: 'main' | 'post',
  opts: {
    inputs?: Record<string, string>
    policies?: Record<string, string>
    env?: Record<string, string | undefined>
    state?: Record<string, string>
    timeoutMs?: number
  } = {}
): Promise<StepResult> {
  const ws = workspaces.make({ policies: opts.policies ?? {} })
  const result = await runStep(entry, {
    inputs: { ...BASE, ...opts.inputs },
    cwd: ws,
    ...(opts.state ? { state: opts.state } : {}),
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    env: stack.env({ ...checkoutEnv(ws), ...opts.env })
  })
  assertNoLeaks(result, stack.secrets())
  expect(result.stderr).toBe('')
  return result
}

/** The log as the job page shows it, and the summary, each compared with its file. */
function expectSeen(name: string, r: StepResult, stack: Stack, withSummary = true): void {
  const tokens = stack.sts.minted.map(m => m.token)
  expectSnapshot(
    SNAPSHOTS,
    `${name}.log.txt`,
    normalize(renderLog(r.stdout).join('\n'), stack, tokens)
  )
  if (withSummary) {
    expectSnapshot(SNAPSHOTS, `${name}.summary.md`, normalize(r.summary, stack, tokens))
  }
}

/** Tells the fake STS to answer `deploy` with the server's own message for `kind`. */
const serverSays =
  (kind: FailureKind) =>
  (stack: Stack): void => {
    const a =
      SERVER_ANSWERS.find(x => x.kind === kind && !x.variant) ??
      SERVER_ANSWERS.find(x => x.kind === kind)
    if (!a) throw new Error(`no server answer of kind ${kind}`)
    stack.sts.answer('deploy', {
      code: a.code,
      message: a.message({ owner: 'acme', identity: 'deploy' }),
      // Retry-After: 0 keeps the retried answers quick; they are still retried.
      ...(a.retried ? { headers: { 'retry-after': '0' } } : {})
    })
  }

interface Scenario {
  inputs?: Record<string, string>
  policies?: Record<string, string>
  env?: (stack: Stack) => Record<string, string | undefined>
  setup?: (stack: Stack) => void
}

/** How a user meets each failure class: the stack's real behaviour where it has one. */
const FAILURES: Partial<Record<FailureKind, Scenario>> = {
  input: { inputs: { scope: 'acme/widgets/extra', 'timeout-seconds': 'soon' } },
  'oidc-permission': {
    env: () => ({
      ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
    })
  },
  oidc: {
    setup: s =>
      s.oidc.fault({
        status: 403,
        body: JSON.stringify({ message: "Can't issue ID_TOKEN for job in 'Completed' state" }),
        match: '/token'
      })
  },
  'request-rejected': { setup: serverSays('request-rejected') },
  // The action refuses such an identity itself: met when the server's rule is stricter.
  'identity-refused': { setup: serverSays('identity-refused') },
  'token-claims-invalid': { setup: serverSays('token-claims-invalid') },
  'org-not-configured': { setup: serverSays('org-not-configured') },
  'app-not-installed': { inputs: { scope: 'nope-org/widgets' } },
  'issuer-not-allowed': { setup: serverSays('issuer-not-allowed') },
  'issuer-allowlist-invalid': { setup: serverSays('issuer-allowlist-invalid') },
  'issuer-allowlist-unavailable': { setup: serverSays('issuer-allowlist-unavailable') },
  'policy-not-found': { inputs: { identity: 'missing' } },
  'policy-read-denied': { setup: serverSays('policy-read-denied') },
  'policy-rate-limited': { setup: serverSays('policy-rate-limited') },
  'policy-invalid': {
    inputs: { identity: 'unknown-key' },
    policies: { 'unknown-key': fixture('unknown-key') }
  },
  'policy-mismatch': {
    inputs: { identity: 'mismatch' },
    policies: { mismatch: fixture('mismatch') }
  },
  'permissions-refused': {
    inputs: { identity: 'too-much' },
    policies: { 'too-much': fixture('too-much') }
  },
  'token-rejected': { setup: s => s.oidc.setSigning({ unknownKey: true }) },
  'rate-limited': { setup: serverSays('rate-limited') },
  unavailable: { setup: serverSays('unavailable') },
  'server-error': { setup: serverSays('server-error') },
  // Nothing listens on port 1: every attempt is refused.
  network: { inputs: { domain: '127.0.0.1:1' } },
  timeout: { inputs: { 'timeout-seconds': '2' }, setup: s => s.sts.fault({ hang: true }, 5) },
  protocol: { setup: s => s.sts.fault({ status: 200, body: '{"refreshToken":""}' }, 5) },
  unexpected: { setup: serverSays('unexpected') }
}

/**
 * Classes a user cannot meet through the main step end to end, each with the reason (then it
 * has no snapshot). None today: every FailureKind has a scenario in FAILURES.
 */
const NOT_END_TO_END: Partial<Record<FailureKind, string>> = {}

describe('what a user sees when there is no token', () => {
  it.concurrent.each(Object.entries(FAILURES))('%s', async (kind, scenario) => {
    const stack = await startStack()
    try {
      scenario.setup?.(stack)
      const r = await step(stack, 'main', {
        ...(scenario.inputs ? { inputs: scenario.inputs } : {}),
        ...(scenario.policies ? { policies: scenario.policies } : {}),
        ...(scenario.env ? { env: scenario.env(stack) } : {})
      })
      expect(r.exitCode).toBe(1)
      expect(r.outputs).toEqual({})
      // The summary names the class the scenario is meant to produce.
      expect(r.summary).toContain(`(${KIND_TITLE[kind as FailureKind]})`)
      expectSeen(kind, r, stack)
    } finally {
      await stack.close()
    }
  })
})

describe('what a user sees with a token, or in a dry run', () => {
  it.concurrent('dry-run', async () => {
    const stack = await startStack()
    try {
      const r = await step(stack, 'main', {
        inputs: { 'dry-run': 'true' },
        policies: { deploy: fixture('deploy') }
      })
      expect(r.exitCode).toBe(0)
      expectSeen('dry-run', r, stack)
    } finally {
      await stack.close()
    }
  })

  // A repository with GitHub's immutable subjects and a policy naming it by name only: the
  // explanation says so, with the line to write and where the IDs come from.
  it.concurrent('immutable-subject', async () => {
    const stack = await startStack({ workflow: { immutable_subject: true } })
    try {
      const r = await step(stack, 'main', { policies: { deploy: fixture('deploy') } })
      expect(r.exitCode).toBe(1)
      expect(r.summary).toContain(`(${KIND_TITLE['policy-mismatch']})`)
      expectSeen('immutable-subject', r, stack)
    } finally {
      await stack.close()
    }
  })

  it.concurrent('success, then the post step revokes the token', async () => {
    const stack = await startStack()
    try {
      const m = await step(stack, 'main')
      expect(m.exitCode).toBe(0)
      expectSeen('success', m, stack)
      const p = await step(stack, 'post', { state: m.state })
      expect(p.exitCode).toBe(0)
      expect(p.summary).toBe('')
      expectSeen('post-revoked', p, stack, false)
      // Once more: the token is dead, and the API's 401 is explained.
      const again = await step(stack, 'post', { state: m.state })
      expectSeen('post-unauthorized', again, stack, false)
    } finally {
      await stack.close()
    }
  })

  it.concurrent('post step: revocation off, nothing minted, revocation failing', async () => {
    const stack = await startStack()
    try {
      const off = await step(stack, 'main', { inputs: { revoke: 'false' } })
      expect(off.exitCode).toBe(0)
      expectSeen('post-revoke-off', await step(stack, 'post', { state: off.state }), stack, false)
      expectSeen('post-nothing-minted', await step(stack, 'post'), stack, false)
      const m = await step(stack, 'main')
      stack.api.fault({ status: 500, body: '{"message":"boom"}' }, 3)
      const failed = await step(stack, 'post', { state: m.state })
      expect(failed.exitCode).toBe(0)
      expectSeen('post-revoke-failed', failed, stack, false)
    } finally {
      await stack.close()
    }
  })
})

describe('the snapshot files', () => {
  // Every FailureKind, from the type's own definition: a kind added there must be added here.
  const ALL_KINDS = Object.keys(KIND_TITLE) as FailureKind[]

  it('every failure class the main step can end in has a log and a summary', () => {
    for (const kind of ALL_KINDS) {
      expect([kind, kind in FAILURES || kind in NOT_END_TO_END]).toEqual([kind, true])
    }
    const files = new Set(readdirSync(SNAPSHOTS))
    const missing = Object.keys(FAILURES).flatMap(kind =>
      [`${kind}.log.txt`, `${kind}.summary.md`].filter(f => !files.has(f))
    )
    expect(missing).toEqual([])
  })

  it('no file is left over from a class that is gone', () => {
    const known = new Set([
      ...Object.keys(FAILURES),
      'dry-run',
      'immutable-subject',
      'success',
      'post-revoked',
      'post-unauthorized',
      'post-revoke-off',
      'post-nothing-minted',
      'post-revoke-failed'
    ])
    const stale = readdirSync(SNAPSHOTS).filter(
      f => f !== 'README.md' && !known.has(f.replace(/\.(log\.txt|summary\.md)$/, ''))
    )
    expect(stale).toEqual([])
  })
})
