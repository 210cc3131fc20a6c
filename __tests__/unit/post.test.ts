import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { HttpError } from '../../src/net/http.js'
import { post } from '../../src/steps/post.js'
import { STATE, USER_AGENT } from '../../src/steps/state.js'
import { fakeClock } from './helpers/clock.js'
import { json, response, scriptedHttp } from './helpers/http.js'
import type { Step } from './helpers/http.js'
import { leaks, recordingRunner } from './helpers/runner.js'
import { ghsToken } from './helpers/tokens.js'

const T0 = Date.UTC(2026, 0, 1, 12)
const TOKEN = ghsToken('post')
const MINUTE = 60_000

const saved = (over: Record<string, string> = {}): Record<string, string> => ({
  [STATE.token]: TOKEN,
  [STATE.mintedAt]: String(T0 - 10 * MINUTE),
  [STATE.apiUrl]: 'https://ghe.example.com/api/v3',
  ...over
})

let exitCode: typeof process.exitCode
beforeEach(() => {
  exitCode = process.exitCode
})
afterEach(() => {
  // The post step never fails the job: nothing may have set an exit code.
  expect(process.exitCode).toBe(exitCode)
})

async function run(
  savedState: Record<string, string>,
  steps: Step[],
  env: Record<string, string> = {}
) {
  const rec = recordingRunner({ savedState })
  const h = scriptedHttp(steps)
  const clock = fakeClock(T0, 0)
  await post({ runner: rec.runner, env, http: h.http, clock })
  expect(rec.failed()).toBeUndefined()
  expect(leaks(rec.events, TOKEN)).toEqual([])
  return { rec, h, clock }
}

describe('post', () => {
  it('does nothing when the main step minted no token', async () => {
    const { rec, h } = await run({}, [])
    expect(h.requests).toEqual([])
    expect(rec.events).toEqual([
      { type: 'info', message: 'No token was minted by the main step: nothing to revoke.' }
    ])
  })

  it('does nothing with revoke: false', async () => {
    const { rec, h } = await run({ [STATE.revoke]: 'false' }, [])
    expect(h.requests).toEqual([])
    expect(rec.events).toEqual([
      {
        type: 'info',
        message:
          'Token revocation is off (`revoke: false`): the token expires on its own, one hour after it was minted.'
      }
    ])
  })

  it('masks the token, then revokes it: one DELETE, 204 → "Token revoked."', async () => {
    const { rec, h } = await run(saved(), [response(204)])
    expect(h.requests).toHaveLength(1)
    expect(h.requests[0]).toMatchObject({
      method: 'DELETE',
      url: new URL('https://ghe.example.com/api/v3/installation/token'),
      headers: expect.objectContaining({
        authorization: `Bearer ${TOKEN}`,
        'user-agent': USER_AGENT
      }),
      timeoutMs: 4000
    })
    expect(rec.events).toEqual([
      { type: 'setSecret', value: TOKEN },
      { type: 'info', message: 'Token revoked.' }
    ])
  })

  it('defaults the API to api.github.com when none was saved', async () => {
    const { h } = await run(saved({ [STATE.apiUrl]: '' }), [response(204)])
    expect(h.requests[0]?.url.href).toBe('https://api.github.com/installation/token')
  })

  it('skips a token an hour old or more', async () => {
    for (const age of [60 * MINUTE, 61 * MINUTE]) {
      const { rec, h } = await run(saved({ [STATE.mintedAt]: String(T0 - age) }), [])
      expect(h.requests).toEqual([])
      expect(rec.events).toEqual([
        { type: 'setSecret', value: TOKEN },
        {
          type: 'info',
          message: 'The token is more than an hour old and has already expired: nothing to revoke.'
        }
      ])
    }
  })

  it('revokes a token just under an hour old', async () => {
    const { h } = await run(saved({ [STATE.mintedAt]: String(T0 - 60 * MINUTE + 1) }), [
      response(204)
    ])
    expect(h.requests).toHaveLength(1)
  })

  it.each(['', 'garbage'])('revokes when the mint time is unknown (%j)', async mintedAt => {
    const { rec, h } = await run(saved({ [STATE.mintedAt]: mintedAt }), [response(204)])
    expect(h.requests).toHaveLength(1)
    expect(rec.of('info').map(e => e.message)).toEqual(['Token revoked.'])
  })

  it('401 → a warning with both causes: already dead, or another GitHub than the one that minted it', async () => {
    const { rec, h } = await run(saved(), [json(401, { message: 'Bad credentials' })])
    expect(h.requests).toHaveLength(1)
    expect(rec.events.slice(1)).toEqual([
      {
        type: 'warning',
        message:
          'The GitHub API at https://ghe.example.com/api/v3 refused the revocation (HTTP 401). Either the token was already revoked or had expired, or `github-api-url` points at a different GitHub than the one that minted it: a GitHub Enterprise Server token sent to github.com is refused and stays valid until it expires, within the hour. Check `github-api-url` if this job runs against GitHub Enterprise Server. The GitHub API said: "Bad credentials".'
      }
    ])
  })

  it('a persistent 500 → a warning with status and reason, after the brief retries', async () => {
    const { rec, h, clock } = await run(saved(), [
      json(500, { message: 'boom' }),
      json(500, { message: 'boom' }),
      json(500, { message: 'boom' })
    ])
    expect(h.requests).toHaveLength(3)
    expect(clock.sleeps).toEqual([0, 0])
    expect(rec.of('info').map(e => e.message)).toEqual([
      'attempt 2/3 in 0.0s: the GitHub API answered 500 Internal Server Error',
      'attempt 3/3 in 0.0s: the GitHub API answered 500 Internal Server Error'
    ])
    expect(rec.of('warning')).toEqual([
      {
        type: 'warning',
        message:
          'Could not revoke the token: the GitHub API answered 500 Internal Server Error ("boom"), a temporary failure (3 attempts over 0.0s). It expires on its own within the hour.',
        properties: undefined
      }
    ])
  })

  it('500 once, then 204 → revoked', async () => {
    const { rec, h } = await run(saved(), [response(500), response(204)])
    expect(h.requests).toHaveLength(2)
    expect(rec.of('warning')).toEqual([])
    expect(rec.events.at(-1)).toEqual({ type: 'info', message: 'Token revoked.' })
  })

  it('403 → a warning after one request', async () => {
    const { rec, h } = await run(saved(), [json(403, { message: 'Forbidden' })])
    expect(h.requests).toHaveLength(1)
    expect(rec.of('warning').map(e => e.message)).toEqual([
      'Could not revoke the token: the GitHub API answered HTTP 403 Forbidden ("Forbidden"). It expires on its own within the hour.'
    ])
  })

  it('an unreachable API → a warning, within the revoke budget', async () => {
    const refused = (): HttpError =>
      new HttpError('network', 'could not reach ghe.example.com: ECONNREFUSED', 'ECONNREFUSED')
    const { rec, h, clock } = await run(saved(), [refused(), refused(), refused()])
    expect(h.requests).toHaveLength(3)
    expect(clock.now() - T0).toBeLessThanOrEqual(5000)
    expect(rec.of('warning')[0]?.message).toBe(
      'Could not revoke the token: the GitHub API: could not reach ghe.example.com: ECONNREFUSED (3 attempts over 0.0s). It expires on its own within the hour.'
    )
  })

  it('an unexpected error → a sanitized warning, never a failure', async () => {
    const { rec } = await run(saved(), [new TypeError(`bad\n::error::thing ${TOKEN}`)])
    expect(rec.of('warning').map(e => e.message)).toEqual([
      'Could not revoke the token: bad : :error: :thing ***. It expires on its own within the hour.'
    ])
  })

  it('a set but unusable proxy → a warning, and no request (never directly instead)', async () => {
    const { rec, h } = await run(saved(), [], { https_proxy: 'socks5://jdoe:pw1@proxy.example' })
    expect(h.requests).toEqual([])
    const [warning, ...more] = rec.of('warning').map(e => e.message)
    expect(more).toEqual([])
    expect(warning).toMatch(
      /^Could not revoke the token: https_proxy is set but cannot be used: it does not start with http:\/\/ or https:\/\/ .*; no request was sent .* or unset it\. It expires on its own within the hour\.$/
    )
    expect(warning).not.toMatch(/jdoe|pw1|proxy\.example|socks/)
  })

  it('a saved API URL that is not a URL → a warning', async () => {
    const { rec, h } = await run(saved({ [STATE.apiUrl]: 'not a url' }), [])
    expect(h.requests).toEqual([])
    expect(rec.of('warning')[0]?.message).toMatch(
      /^Could not revoke the token: Invalid URL\. It expires on its own within the hour\.$/
    )
  })

  it('a thrown non-Error → a warning', async () => {
    const rec = recordingRunner({ savedState: saved() })
    await post({
      runner: rec.runner,
      env: {},
      http: async () => {
        throw 'plain string'
      },
      clock: fakeClock(T0)
    })
    expect(rec.of('warning')[0]?.message).toBe(
      'Could not revoke the token: plain string. It expires on its own within the hour.'
    )
  })
})
