// The OIDC request is @actions/core's getIDToken, run by the bundle against the stack's token
// endpoint: a job still 'Pending' is waited for, a 'Completed' one is not, a hung endpoint ends
// at the deadline and the process exits although core's socket is still open, and no hostile
// text (from a server or in a claim) reaches the log as a command.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { foreignCommands } from '../stack/commands.js'
import { assertNoLeaks, errorAnnotation, runStep, startStack } from '../stack/index.js'
import type { Stack, StepResult } from '../stack/index.js'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterEach(() => stack.reset())
afterAll(() => stack.close())

const BASE = { scope: 'acme/widgets', identity: 'deploy' }
const PENDING = "Can't issue ID_TOKEN for job in 'Pending' state"
const COMPLETED = "Can't issue ID_TOKEN for job in 'Completed' state"
const tokenRequests = (): number => stack.oidc.requests.filter(r => r.path === '/token').length

// Commands the action never issues, behind every kind of white space the runner trims, the
// legacy form, and an escape sequence.
const HOSTILE = [
  'x\u0085::stop-commands::PWN',
  '\u2003::set-env name=PWN::1',
  '\u3000::add-path::/PWN',
  '\u00a0\u2028::save-state name=PWN::1',
  '##[set-output name=PWN;]1',
  '\u001b[31m::add-mask::PWN'
].join('\n')

async function main(
  inputs: Record<string, string> = BASE,
  env: Record<string, string | undefined> = {},
  timeoutMs?: number
): Promise<StepResult> {
  const r = await runStep('main', {
    inputs,
    env: stack.env(env),
    ...(timeoutMs ? { timeoutMs } : {})
  })
  assertNoLeaks(r, stack.secrets())
  expect(foreignCommands(r.stdout)).toEqual([])
  return r
}

describe('the OIDC endpoint through core.getIDToken', () => {
  it('core sends the request token and appends the audience to the URL’s query', async () => {
    const r = await main()
    expect(r.exitCode).toBe(0)
    const [req] = stack.oidc.requests
    expect(req?.query).toEqual({ 'api-version': ['2.0'], audience: [stack.sts.host] })
    expect(req?.headers.authorization).toEqual([`Bearer ${stack.oidc.requestToken}`])
    // core masked the JWT itself before returning it.
    const jwt = stack.oidc.issued.at(-1)!
    expect(r.stdout.split('\n')).toContain(`::add-mask::${jwt}`)
  })

  it('a job still Pending is asked again until its token is issued', async () => {
    stack.oidc.fault(
      { status: 403, body: JSON.stringify({ message: PENDING }), match: '/token' },
      2
    )
    const r = await main()
    expect(r.exitCode).toBe(0)
    expect(tokenRequests()).toBe(3)
    expect(r.stdout).toMatch(
      /^attempt 2\/4 in \d+\.\ds: the GitHub OIDC token endpoint answered 403: the job is still starting \('Pending' state\)$/m
    )
    expect(r.outputs.token).toBe(stack.sts.minted.at(-1)?.token)
  })

  it('a Completed job fails at once, with the server’s words', async () => {
    stack.oidc.fault({ status: 403, body: JSON.stringify({ message: COMPLETED }), match: '/token' })
    const r = await main()
    expect(r.exitCode).toBe(1)
    expect(tokenRequests()).toBe(1)
    expect(errorAnnotation(r)).toContain(
      `the GitHub OIDC token endpoint refused the request: HTTP 403 Forbidden ("${COMPLETED}").`
    )
    expect(r.stdout).not.toMatch(/^attempt /m)
  })

  it('an endpoint that never answers ends at timeout-seconds, and the process exits', async () => {
    stack.oidc.fault({ hang: true, match: '/token' }, 5)
    const r = await main({ ...BASE, 'timeout-seconds': '2' }, {}, 15_000)
    expect(r.timedOut).toBeUndefined()
    expect(r.exitCode).toBe(1)
    const error = errorAnnotation(r)
    expect(error).toMatch(/^the GitHub OIDC token endpoint did not answer within 2\.0s/)
    expect(error).toContain('`timeout-seconds`')
    expect(r.durationMs).toBeGreaterThanOrEqual(2000)
    // core's socket is still open: without the exit it would hold the step for minutes.
    expect(r.durationMs).toBeLessThan(8000)
    expect(stack.sts.requests).toHaveLength(0)
  })
})

describe('hostile text never reaches the log as a command', () => {
  it('in a server message, shown in the error and the diagnosis (RUNNER_DEBUG=1)', async () => {
    stack.sts.fault({
      status: 403,
      body: JSON.stringify({ code: 7, message: `trust policy: ${HOSTILE}` })
    })
    const r = await main(BASE, { RUNNER_DEBUG: '1' })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toContain('PWN') // the text is shown, inert
  })

  it('in the OIDC endpoint’s refusal', async () => {
    stack.oidc.fault({ status: 401, body: JSON.stringify({ message: HOSTILE }), match: '/token' })
    const r = await main()
    expect(r.exitCode).toBe(1)
    expect(errorAnnotation(r)).toContain('PWN')
  })

  it('in a claim, shown by the dry run and the debug log', async () => {
    stack.oidc.setWorkflow({ environment: HOSTILE, workflow: HOSTILE })
    const r = await main({ ...BASE, 'dry-run': 'true' }, { RUNNER_DEBUG: '1' })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('PWN')
  })
})
