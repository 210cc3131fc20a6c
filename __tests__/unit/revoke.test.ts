import { describe, expect, it } from '@jest/globals'
import { ACTION, speak } from '../../src/vocabulary.js'
import { HttpError } from '../../src/net/http.js'
import { API_SERVICE, revokeToken, unauthorizedMessage } from '../../src/sts/revoke.js'
import type { RevokeDeps } from '../../src/sts/revoke.js'
import { fakeClock } from './helpers/clock.js'
import { json, response, scriptedHttp } from './helpers/http.js'
import type { Step } from './helpers/http.js'
import { ghsToken } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1)
const TOKEN = ghsToken('revoke')

function setup(steps: Step[]) {
  const clock = fakeClock(T0, 0)
  const h = scriptedHttp(steps)
  const log: string[] = []
  const deps: RevokeDeps = {
    http: h.http,
    clock,
    policy: {
      attempts: 3,
      baseDelayMs: 500,
      maxDelayMs: 2000,
      attemptTimeoutMs: 4000,
      deadline: T0 + 5000
    },
    log: l => void log.push(l),
    userAgent: 'test-agent'
  }
  return { deps, h, clock, log }
}

describe('revokeToken', () => {
  it('sends DELETE {api}/installation/token with the token and GitHub headers; 204 → revoked', async () => {
    const { deps, h, log } = setup([response(204)])
    await expect(revokeToken('https://ghe.example.com/api/v3', TOKEN, deps)).resolves.toEqual({
      result: 'revoked'
    })
    expect(h.requests).toEqual([
      {
        method: 'DELETE',
        url: new URL('https://ghe.example.com/api/v3/installation/token'),
        headers: {
          authorization: `Bearer ${TOKEN}`,
          accept: 'application/vnd.github+json',
          'x-github-api-version': '2022-11-28',
          'user-agent': 'test-agent'
        },
        timeoutMs: 4000
      }
    ])
    expect(log).toEqual([])
  })

  it('401 → unauthorized, after one request, saying both causes', async () => {
    const { deps, h } = setup([json(401, { message: 'Bad credentials' })])
    const outcome = await revokeToken('https://api.github.com', TOKEN, deps)
    expect(outcome).toEqual({
      result: 'unauthorized',
      message: `${unauthorizedMessage('https://api.github.com')} The GitHub API said: "Bad credentials".`
    })
    expect(h.requests).toHaveLength(1)
    const message = speak(unauthorizedMessage('https://api.github.com'), ACTION)
    expect(message).toMatch(
      /^The GitHub API at https:\/\/api\.github\.com refused the revocation \(HTTP 401\)/
    )
    expect(message).toContain('already revoked or had expired')
    expect(message).toContain(
      '`github-api-url` points at a different GitHub than the one that minted it'
    )
    expect(message).toContain('stays valid until it expires')
  })

  it('shows the API URL inert', () => {
    expect(unauthorizedMessage('https://x.example/\n::error::y')).not.toMatch(/\n|::error::/)
  })

  it('retries a 500 once, then revokes', async () => {
    const { deps, h, log, clock } = setup([response(500), response(204)])
    await expect(revokeToken('https://api.github.com', TOKEN, deps)).resolves.toEqual({
      result: 'revoked'
    })
    expect(h.requests).toHaveLength(2)
    expect(clock.sleeps).toEqual([0])
    expect(log).toEqual([`attempt 2/3 in 0.0s: ${API_SERVICE} answered 500 Internal Server Error`])
  })

  it.each([
    [
      403,
      '{"message":"Resource not accessible by integration"}',
      '"Resource not accessible by integration"'
    ],
    [404, '<html>Not found</html>', 'an HTML page (likely from a proxy or load balancer)'],
    [422, '', 'an empty body']
  ])('reports %i as failed, after one request, quoting the server', async (status, body, said) => {
    const { deps, h } = setup([response(status, body)])
    const outcome = await revokeToken('https://api.github.com', TOKEN, deps)
    expect(h.requests).toHaveLength(1)
    expect(outcome).toEqual({
      result: 'failed',
      message: expect.stringMatching(
        new RegExp(
          `^${API_SERVICE} answered HTTP ${status} [A-Za-z ]+ \\(${said.replace(/[()]/g, '\\$&')}\\)\\.$`
        )
      )
    })
  })

  it('gives up after three 503s and reports what happened, without the token', async () => {
    const { deps, h } = setup([response(503), response(503), response(503)])
    const outcome = await revokeToken('https://api.github.com', TOKEN, deps)
    expect(h.requests).toHaveLength(3)
    expect(outcome).toEqual({
      result: 'failed',
      message: `${API_SERVICE} answered 503 Service Unavailable (an empty body), a temporary failure (3 attempts over 0.0s).`
    })
    expect(JSON.stringify(outcome)).not.toContain(TOKEN)
  })

  it('reports a transport failure as failed', async () => {
    const { deps } = setup([
      new HttpError(
        'too-large',
        'api.github.com sent a response larger than 64 KiB; it was cut off'
      )
    ])
    await expect(revokeToken('https://api.github.com', TOKEN, deps)).resolves.toEqual({
      result: 'failed',
      message: `${API_SERVICE}: api.github.com sent a response larger than 64 KiB; it was cut off.`
    })
  })

  it('lets an unexpected error through', async () => {
    const bug = new TypeError('bug')
    const { deps } = setup([bug])
    await expect(revokeToken('https://api.github.com', TOKEN, deps)).rejects.toBe(bug)
  })

  it('uses the system clock when none is given', async () => {
    const { deps } = setup([response(204)])
    delete deps.clock
    deps.policy = { ...deps.policy, deadline: Date.now() + 5000 }
    await expect(revokeToken('https://api.github.com', TOKEN, deps)).resolves.toEqual({
      result: 'revoked'
    })
  })
})
