// Fault injection (issue 3): what can succeed later is retried within the deadline; what
// cannot fails on the first answer; nothing a server sends reaches the log raw. Each case's
// time-to-success or time-to-failure is written to .bench/fault-matrix.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { assertNoLeaks, errorAnnotation, runStep, startStack } from '../stack/index.js'
import type { Fault, Stack, StepResult } from '../stack/index.js'
import { unescapeData } from '../stack/run-step.js'

let stack: Stack
const matrix: { fault: string; outcome: string; requests: number; ms: number }[] = []

beforeAll(async () => {
  stack = await startStack()
})
afterEach(() => stack.reset())
afterAll(async () => {
  await stack.close()
  mkdirSync('.bench', { recursive: true })
  writeFileSync('.bench/fault-matrix.json', JSON.stringify(matrix, null, 2) + '\n')
})

const BASE = { scope: 'acme/widgets', identity: 'deploy' }
const exchanges = (): number => stack.sts.requests.filter(r => r.path === '/sts/exchange').length
const tokenRequests = (): number => stack.oidc.requests.filter(r => r.path === '/token').length
const retryLines = (r: StepResult): string[] =>
  r.stdout.split('\n').filter(l => /^attempt \d\/4 in \d+\.\ds: /.test(l))

async function main(
  fault: string,
  inputs: Record<string, string> = BASE,
  count: () => number = exchanges
): Promise<StepResult> {
  const r = await runStep('main', { inputs, env: stack.env() })
  assertNoLeaks(r, stack.secrets())
  // Nothing a server sent may act as a workflow command or carry markup into the log.
  for (const line of r.stdout.split('\n')) {
    expect(line).not.toMatch(/^::(?!add-mask::|error::|debug::|group::|endgroup::|warning::)/)
    expect(line).not.toMatch(/<html|<body|##\[/i)
  }
  matrix.push({
    fault,
    outcome: r.exitCode === 0 ? 'token' : errorAnnotation(r).split('\n')[0]!,
    requests: count(),
    ms: Math.round(r.durationMs)
  })
  return r
}

describe('transient STS failures are retried', () => {
  it('503 twice, then a token', async () => {
    stack.sts.fault({ status: 503, body: '{"code":14,"message":"unavailable","details":[]}' }, 2)
    const r = await main('STS 503 ×2')
    expect(r.exitCode).toBe(0)
    expect(exchanges()).toBe(3)
    const lines = retryLines(r)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^attempt 2\/4 in .*: Octo STS answered 503/)
    expect(lines[1]).toMatch(/^attempt 3\/4 in /)
    expect(r.outputs.token).toBe(stack.sts.minted.at(-1)?.token)
  })

  it('429 with Retry-After: 1 waits at least a second', async () => {
    stack.sts.fault({
      status: 429,
      headers: { 'retry-after': '1' },
      body: '{"code":8,"message":"slow down","details":[]}'
    })
    const r = await main('STS 429 Retry-After: 1')
    expect(r.exitCode).toBe(0)
    expect(exchanges()).toBe(2)
    expect(retryLines(r)[0]).toMatch(/^attempt 2\/4 in 1\.0s: Octo STS answered 429/)
    const [first, second] = stack.sts.requests.filter(q => q.path === '/sts/exchange')
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(1000)
  })

  it('a connection reset, then a token', async () => {
    stack.sts.fault({ reset: true })
    const r = await main('STS connection reset')
    expect(r.exitCode).toBe(0)
    expect(exchanges()).toBe(2)
    expect(retryLines(r)[0]).toMatch(/ECONNRESET|socket hang up|closed/)
  })

  it('the OIDC endpoint failing once (500), then a token', async () => {
    stack.oidc.fault({ status: 500, body: 'oops', match: '/token' })
    const r = await main('OIDC 500 ×1', BASE, tokenRequests)
    expect(r.exitCode).toBe(0)
    expect(tokenRequests()).toBe(2)
    expect(retryLines(r)[0]).toMatch(/GitHub OIDC token endpoint answered 500/)
  })
})

describe('what keeps failing is reported within the deadline', () => {
  it('an STS that never answers: fails at timeout-seconds, naming the service', async () => {
    stack.sts.fault({ hang: true }, 5)
    const r = await main('STS hangs (timeout-seconds 2)', { ...BASE, 'timeout-seconds': '2' })
    expect(r.exitCode).toBe(1)
    // What is left of the 2 s after the OIDC request: 2.0s on a quiet machine, less on a busy one.
    expect(errorAnnotation(r)).toMatch(/Octo STS: .* did not answer within (1\.\d|2\.0)s/)
    expect(r.durationMs).toBeGreaterThanOrEqual(2000)
    expect(r.durationMs).toBeLessThan(8000)
  })

  it('an HTML 502 page from a load balancer: summarized, never dumped', async () => {
    stack.sts.fault(
      {
        status: 502,
        contentType: 'text/html',
        body: '<html><body><h1>502 Bad Gateway</h1>::error::x</body></html>'
      },
      10
    )
    const r = await main('STS HTML 502 always (timeout-seconds 3)', {
      ...BASE,
      'timeout-seconds': '3'
    })
    expect(r.exitCode).toBe(1)
    expect(errorAnnotation(r)).toContain('an HTML page (likely from a proxy or load balancer)')
    expect(exchanges()).toBeGreaterThanOrEqual(2)
    expect(r.durationMs).toBeLessThan(8000)
  })

  it('Retry-After past the deadline: gives up at once and says why', async () => {
    stack.sts.fault({ status: 503, headers: { 'retry-after': '120' }, body: '{}' })
    const r = await main('STS 503 Retry-After: 120 (timeout-seconds 5)', {
      ...BASE,
      'timeout-seconds': '5'
    })
    expect(r.exitCode).toBe(1)
    expect(exchanges()).toBe(1)
    expect(errorAnnotation(r)).toContain('asked to retry after 120s, past the step')
    expect(r.durationMs).toBeLessThan(3000)
  })
})

describe('answers that cannot be used fail on the first one', () => {
  const cases: [string, Fault, RegExp][] = [
    [
      'truncated JSON',
      { status: 200, body: '{"token":"ghs_abc', contentType: 'application/json' },
      /answered 200 without a token \(a body that is not JSON\)/
    ],
    [
      '200 without a token',
      { status: 200, body: '{"refreshToken":""}' },
      /answered 200 without a token/
    ],
    ['a body over 64 KiB', { oversizeBytes: 1024 * 1024 }, /larger than 64 KiB/],
    [
      'a 302 redirect',
      { redirect: 'https://127.0.0.1:1/elsewhere' },
      /a redirect; it was not followed/
    ],
    ['a 400 with a non-STS body', { status: 400, body: 'nope' }, /HTTP 400 .*not an Octo STS error/]
  ]
  it.each(cases)('%s', async (name, fault, message) => {
    stack.sts.fault(fault, 5)
    const r = await main(`STS ${name}`)
    expect(r.exitCode).toBe(1)
    expect(exchanges()).toBe(1)
    expect(errorAnnotation(r)).toMatch(message)
    expect(r.outputs.token).toBeUndefined()
    expect(r.stdout).not.toContain('ghs_')
    expect(r.durationMs).toBeLessThan(3000)
  })

  it('a denial (403) is not retried and fails fast', async () => {
    const r = await main('STS 403 policy mismatch', { scope: 'acme/widgets', identity: 'mismatch' })
    expect(r.exitCode).toBe(1)
    expect(exchanges()).toBe(1)
    expect(retryLines(r)).toHaveLength(0)
    expect(r.durationMs).toBeLessThan(3000)
  })

  it('a server message is sanitized: no newlines, commands or secrets', async () => {
    stack.sts.fault({
      status: 403,
      body: JSON.stringify({
        code: 7,
        message:
          'trust policy: subject\n::add-mask::x\r\n##[stop-commands]y ghs_' +
          'A'.repeat(40) +
          ' ' +
          'z'.repeat(2000)
      })
    })
    const r = await main('STS 403 hostile message')
    expect(r.exitCode).toBe(1)
    const error = errorAnnotation(r)
    expect(error).not.toContain('::add-mask::')
    expect(error).not.toContain('##[')
    expect(error).not.toContain('ghs_AAAA')
    expect(error.length).toBeLessThan(1200)
  })
})

describe('a 200 whose token cannot be one is refused, never masked or echoed', () => {
  it.each([
    [
      'too short',
      // `~` occurs in no JWT, hex or UUID the stack hands out, so the text check cannot misfire.
      'q~Z',
      /answered 200 with a token of 3 characters, too short to be a GitHub token/
    ],
    ['whitespace', 'ghs_abcdefgh ijklmnopqrstuvwxyz', /answered 200 with a malformed token/],
    ['a newline', 'ghs_abcdefghijklmnop\nqrstuvwxyz', /answered 200 with a malformed token/],
    [
      'a control character',
      'ghs_abcdefghijklmnop\u001bqrstuvwxyz',
      /answered 200 with a malformed token/
    ]
  ])('a token with %s', async (name, token, message) => {
    stack.sts.fault({ status: 200, body: JSON.stringify({ token }) })
    const r = await main(`STS 200 token ${name}`)
    expect(r.exitCode).toBe(1)
    expect(exchanges()).toBe(1)
    expect(errorAnnotation(r)).toMatch(message)
    // A mask of `q~Z` would blank every "q~Z" in the rest of the log: none is registered.
    const masks = r.stdout
      .split('\n')
      .filter(l => l.startsWith('::add-mask::'))
      .map(l => unescapeData(l.slice('::add-mask::'.length)))
    expect(masks.length).toBeGreaterThan(0) // the OIDC token's
    expect(masks.filter(m => token.includes(m))).toEqual([])
    for (const part of token.split(/[\s\p{Cc}]/u)) {
      if (part.length >= 3) expect(r.stdout + r.summary).not.toContain(part)
    }
    expect(r.outputs.token).toBeUndefined()
    expect(r.state.token).toBeUndefined()
  })
})

describe('TLS is verified', () => {
  it('a server whose certificate the runner does not trust gets no request', async () => {
    // Without the test CA the stack's certificates are untrusted, as a forged one would be.
    const r = await runStep('main', {
      inputs: BASE,
      env: stack.env({ NODE_EXTRA_CA_CERTS: undefined })
    })
    assertNoLeaks(r, stack.secrets())
    expect(r.exitCode).toBe(1)
    expect(errorAnnotation(r)).toMatch(/UNABLE_TO_VERIFY|certificate/i)
    expect(stack.oidc.requests.filter(q => q.path === '/token')).toHaveLength(0)
    expect(exchanges()).toBe(0)
  })
})

describe('revocation faults', () => {
  it('revoke answered 500 once, then revoked', async () => {
    const m = await runStep('main', { inputs: BASE, env: stack.env() })
    expect(m.exitCode).toBe(0)
    stack.api.fault({ status: 500, body: '{"message":"boom"}' })
    const p = await runStep('post', { inputs: BASE, state: m.state, env: stack.env() })
    assertNoLeaks(p, stack.secrets())
    expect(p.exitCode).toBe(0)
    expect(p.stdout).toContain('Token revoked.')
    expect(stack.api.requests.filter(q => q.method === 'DELETE')).toHaveLength(2)
    expect(stack.api.isLive(m.outputs.token!)).toBe(false)
    matrix.push({
      fault: 'API DELETE 500 ×1',
      outcome: 'revoked',
      requests: 2,
      ms: Math.round(p.durationMs)
    })
  })
})
