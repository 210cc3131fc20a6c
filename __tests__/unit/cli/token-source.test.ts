import { describe, expect, it } from '@jest/globals'
import { isActionError } from '../../../src/errors.js'
import type { ActionError } from '../../../src/errors.js'
import { retryPolicy } from '../../../src/net/retry.js'
import { MAX_TOKEN_BYTES, readOidcToken } from '../../../src/cli/token-source.js'
import type { TokenSourceDeps, TokenSourceFlags } from '../../../src/cli/token-source.js'
import type { CommandResult } from '../../../src/cli/run-command.js'
import { fakeClock } from '../helpers/clock.js'
import { fakeJwt } from '../helpers/tokens.js'

const JWT = fakeJwt({
  iss: 'https://gitlab.example',
  sub: 'project_path:g/p:ref_type:branch:ref:main'
})

function deps(over: Partial<TokenSourceDeps> & { result?: CommandResult } = {}) {
  const clock = fakeClock()
  const runs: { argv: string[]; timeoutMs: number; maxBytes: number }[] = []
  const d: TokenSourceDeps = {
    env: {},
    readFile: path =>
      path === 'tok'
        ? `${JWT}\n`
        : path === 'bad'
          ? 'not a jwt'
          : path === 'dir'
            ? (() => {
                throw new Error('it is a directory')
              })()
            : undefined,
    run: async (argv, o) => {
      runs.push({ argv, timeoutMs: o.timeoutMs, maxBytes: o.maxBytes })
      return over.result ?? { code: 0, stdout: `${JWT}\n`, stderr: '' }
    },
    getIDToken: async () => JWT,
    policy: retryPolicy(clock.now() + 60_000),
    clock,
    log: () => undefined,
    mask: () => undefined,
    ...over
  }
  return { d, runs }
}

async function failure(flags: TokenSourceFlags, d: TokenSourceDeps): Promise<ActionError> {
  try {
    await readOidcToken(flags, 'aud', d)
  } catch (e) {
    if (isActionError(e)) return e
    throw e
  }
  throw new Error('expected a failure')
}

describe('flags', () => {
  it('a file, trimmed', async () => {
    expect(await readOidcToken({ file: 'tok' }, 'aud', deps().d)).toEqual({
      token: JWT,
      source: 'the file tok'
    })
  })

  it('a missing, unreadable or non-JWT file is an input error that never shows the content', async () => {
    const { d } = deps()
    expect(await failure({ file: 'none' }, d)).toMatchObject({
      kind: 'input',
      what: 'The file none does not exist.'
    })
    expect((await failure({ file: 'dir' }, d)).what).toBe(
      'Cannot read the file dir: it is a directory.'
    )
    const bad = await failure({ file: 'bad' }, d)
    expect(bad.kind).toBe('input')
    expect(bad.what).toMatch(/is not a JWT/)
    expect(bad.message).not.toContain('not a jwt')
  })

  it('a variable', async () => {
    const { d } = deps({ env: { T: ` ${JWT} ` } })
    expect(await readOidcToken({ env: 'T' }, 'aud', d)).toEqual({
      token: JWT,
      source: 'the variable T'
    })
    expect((await failure({ env: 'NONE' }, d)).what).toBe('The variable NONE is not set.')
    expect((await failure({ env: 'E' }, deps({ env: { E: '' } }).d)).what).toMatch(/is empty/)
  })

  it('a command: split, bounded, its stdout the token', async () => {
    const { d, runs } = deps()
    expect(await readOidcToken({ command: `helper --aud 'a b'` }, 'aud', d)).toEqual({
      token: JWT,
      source: 'the command helper'
    })
    expect(runs).toEqual([
      { argv: ['helper', '--aud', 'a b'], timeoutMs: 30_000, maxBytes: MAX_TOKEN_BYTES }
    ])
    expect((await failure({ command: "helper 'x" }, d)).what).toMatch(
      /cannot be split.*quote is not closed/
    )
  })

  it.each<[CommandResult, RegExp]>([
    [
      { code: 2, stdout: '', stderr: `denied\u001b[0m ${JWT}` },
      /^`helper` failed \(exit status 2\): denied \[0m \*\*\*\.$/
    ],
    [{ code: null, stdout: '', stderr: '' }, /killed by a signal\)\.$/],
    [
      { code: null, stdout: '', stderr: '', startError: 'ENOENT' },
      /could not be started \(ENOENT\)/
    ],
    [
      { code: null, stdout: '', stderr: '', startError: 'EACCES' },
      /could not be started \(EACCES\)/
    ],
    [{ code: null, stdout: '', stderr: '', timedOut: true }, /did not finish within 30s/],
    [{ code: null, stdout: '', stderr: '', tooLarge: true }, /more than 64 KiB/]
  ])('a failing command: %j', async (result, what) => {
    const e = await failure({ command: 'helper' }, deps({ result }).d)
    expect(e.kind).toBe('oidc')
    expect(e.what).toMatch(what)
    expect(e.message).not.toContain(JWT)
    expect(e.message).not.toContain('\u001b')
  })
})

describe('detection', () => {
  it('GitHub Actions: the job’s endpoint, asked for the audience', async () => {
    const asked: string[] = []
    const { d } = deps({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://r.example/t?x=1',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt',
        TFC_WORKLOAD_IDENTITY_TOKEN: 'x'
      },
      getIDToken: async a => (asked.push(a), JWT)
    })
    expect((await readOidcToken({}, 'aud', d)).source).toMatch(/^GitHub Actions/)
    expect(asked).toEqual(['aud'])
  })

  it('GitHub Actions over http is refused: the request token would go in clear text', async () => {
    const { d } = deps({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: 'http://r.example/t',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt'
      }
    })
    expect((await failure({}, d)).what).toMatch(/not an https URL/)
  })

  it('HCP Terraform, then CircleCI', async () => {
    expect(
      (
        await readOidcToken(
          {},
          'a',
          deps({ env: { TFC_WORKLOAD_IDENTITY_TOKEN: JWT, CIRCLE_OIDC_TOKEN_V2: 'x' } }).d
        )
      ).source
    ).toMatch(/^HCP Terraform/)
    expect(
      (await readOidcToken({}, 'a', deps({ env: { CIRCLE_OIDC_TOKEN_V2: JWT } }).d)).source
    ).toMatch(/^CircleCI/)
  })

  it.each([{ BUILDKITE: 'true' }, { BUILDKITE_AGENT_ACCESS_TOKEN: 'bk' }])(
    'Buildkite (%j): buildkite-agent for the audience',
    async env => {
      const { d, runs } = deps({ env })
      expect((await readOidcToken({}, 'aud', d)).source).toMatch(/^Buildkite/)
      expect(runs[0]?.argv).toEqual([
        'buildkite-agent',
        'oidc',
        'request-token',
        '--audience',
        'aud'
      ])
    }
  )

  it('a helper gets only the time left before the deadline', async () => {
    const { d, runs } = deps({ env: { BUILDKITE: 'true' } })
    d.clock.now = () => d.policy.deadline - 1500
    await readOidcToken({}, 'aud', d)
    expect(runs[0]?.timeoutMs).toBe(1500)
  })

  it('nothing found: the flags are listed; in GitHub Actions the missing permission is named', async () => {
    const none = await failure({}, deps().d)
    expect(none.kind).toBe('input')
    expect(none.fix).toMatch(
      /--oidc-token-file PATH, --oidc-token-env NAME, --oidc-token-command CMD/
    )
    const gha = await failure({}, deps({ env: { GITHUB_ACTIONS: 'true' } }).d)
    expect(gha.what).toMatch(/id-token: write/)
  })
})
