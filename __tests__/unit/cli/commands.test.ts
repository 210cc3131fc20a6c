// The commands through the dispatcher, with a fake io: what reaches stdout and stderr, the
// exit status, and which requests were made.
import { describe, expect, it } from '@jest/globals'
import { cli } from '../../../src/cli/main.js'
import { renderFailure } from '../../../src/cli/render.js'
import { ActionError } from '../../../src/errors.js'
import { fakeIo } from './helpers.js'
import type { FakeIo } from './helpers.js'
import { json, response } from '../helpers/http.js'
import { fakeJwt, ghsToken, GITHUB_CLAIMS } from '../helpers/tokens.js'

const JWT = fakeJwt(GITHUB_CLAIMS)
const TOKEN = ghsToken('cli')
const ARGS = [
  'exchange',
  '--scope',
  'acme/widgets',
  '--identity',
  'deploy',
  '--oidc-token-env',
  'T'
]
const run = (args: string[], io: FakeIo) => cli(args, io, '1.2.3')

function noLeaks(io: FakeIo, minted?: string): void {
  for (const s of [JWT, JWT.split('.')[2]!]) {
    expect(io.out).not.toContain(s)
    expect(io.err).not.toContain(s)
  }
  expect(io.err).not.toContain(TOKEN)
  if (!minted) expect(io.out).not.toContain(TOKEN)
}

describe('the dispatcher', () => {
  it('--version, --help, no command, an unknown command', async () => {
    const io = fakeIo()
    expect(await run(['--version'], io)).toBe(0)
    expect(io.out).toBe('1.2.3\n')
    expect(await run(['-h'], io)).toBe(0)
    expect(io.out).toMatch(/Usage: octo-sts-token <command>/)
    expect(await run([], io)).toBe(2)
    expect(await run(['nope\u001b'], io)).toBe(2)
    expect(io.err).toMatch(/unknown command "nope"/)
  })

  it.each(['exchange', 'revoke', 'terraform', 'check', 'validate'])('%s --help', async name => {
    const io = fakeIo()
    expect(await run([name, '--help'], io)).toBe(0)
    expect(io.out).toMatch(new RegExp(`^Usage: octo-sts-token ${name}`))
    expect(io.err).toBe('')
  })

  it('strict parsing: an unknown flag, a stray word, a flag without its value', async () => {
    for (const args of [
      [...ARGS, '--bogus'],
      [...ARGS, 'extra'],
      ['exchange', '--scope']
    ]) {
      const io = fakeIo()
      expect(await run(args, io)).toBe(2)
      expect(io.err).toMatch(/^octo-sts-token exchange: .*\nRun `octo-sts-token exchange --help`/)
      expect(io.script.requests).toHaveLength(0)
    }
  })
})

describe('exchange', () => {
  const ok = () => json(200, { token: TOKEN })

  it('the token alone on stdout; the source, the request and the audit hash on stderr', async () => {
    const io = fakeIo({ env: { T: JWT }, http: [ok()] })
    expect(await run(ARGS, io)).toBe(0)
    expect(io.out).toBe(`${TOKEN}\n`)
    expect(io.err).toMatch(
      /^OIDC token: from the variable T\.\nExchanging identity "deploy" for scope "acme\/widgets" at https:\/\/octo-sts\.dev\n/
    )
    expect(io.err).toMatch(/audit hash .*; it expires at 2026-01-01T01:00:00\.000Z\./)
    const [req] = io.script.requests
    expect(req!.url.href).toBe(
      'https://octo-sts.dev/sts/exchange?scope=acme%2Fwidgets&scopes=acme%2Fwidgets&identity=deploy'
    )
    expect(req!.headers?.authorization).toBe(`Bearer ${JWT}`)
    expect(req!.headers?.['user-agent']).toBe('octo-sts-token')
    noLeaks(io, TOKEN)
  })

  it('json and env formats; domain and audience', async () => {
    const io = fakeIo({ env: { T: JWT }, http: [ok(), ok()] })
    expect(await run([...ARGS, '--format', 'json', '--domain', 'STS.example.com:8443'], io)).toBe(0)
    expect(JSON.parse(io.out)).toEqual({ token: TOKEN, expires_at: '2026-01-01T01:00:00.000Z' })
    expect(io.script.requests[0]!.url.host).toBe('sts.example.com:8443')
    io.out = ''
    expect(await run([...ARGS, '--format', 'env'], io)).toBe(0)
    expect(io.out).toBe(`GH_TOKEN=${TOKEN}\n`)
  })

  it('the audience defaults to the domain and is what the token helper is asked for', async () => {
    const io = fakeIo({
      env: { BUILDKITE: 'true' },
      http: [ok()],
      run: () => ({ code: 0, stdout: JWT, stderr: '' })
    })
    expect(
      await run(
        ['exchange', '--scope', 'acme', '--identity', 'x', '--domain', 'sts.example.com'],
        io
      )
    ).toBe(0)
    expect(io.runs[0]!.argv.at(-1)).toBe('sts.example.com')
    const given = fakeIo({
      env: { BUILDKITE: 'true' },
      http: [ok()],
      run: () => ({ code: 0, stdout: JWT, stderr: '' })
    })
    expect(
      await run(['exchange', '--scope', 'acme', '--identity', 'x', '--audience', 'aud'], given)
    ).toBe(0)
    expect(given.runs[0]!.argv.at(-1)).toBe('aud')
  })

  it('every problem at once, with the flag names, before any request', async () => {
    const io = fakeIo({ env: { T: JWT } })
    const code = await run(
      [
        'exchange',
        '--scope',
        'a/b/c',
        '--domain',
        'http://x',
        '--timeout-seconds',
        '0',
        '--oidc-token-env',
        'T',
        '--oidc-token-file',
        'f'
      ],
      io
    )
    expect(code).toBe(2)
    expect(io.err).toMatch(
      /invalid arguments:\n- --scope is "a\/b\/c".*\n- --identity is required.*\n- --domain is "http:\/\/x".*\n- --timeout-seconds is "0".*\n- give one OIDC token source/
    )
    expect(io.script.requests).toHaveLength(0)
    const fmt = fakeIo({ env: { T: JWT } })
    expect(await run([...ARGS, '--format', 'xml'], fmt)).toBe(2)
    expect(fmt.err).toMatch(/--format is "xml": expected one of token, json, env\./)
    const aud = fakeIo({ env: { T: JWT } })
    expect(await run([...ARGS, '--audience', 'a b'], aud)).toBe(2)
    expect(aud.err).toMatch(/--audience is "a b"/)
  })

  it('an unusable proxy setting is an input error before any request', async () => {
    const io = fakeIo({ env: { T: JWT, HTTPS_PROXY: 'not a url' } })
    expect(await run(ARGS, io)).toBe(2)
    expect(io.err).toMatch(/no token \(invalid input\)\.\nHTTPS_PROXY is set but cannot be used/)
    expect(io.script.requests).toHaveLength(0)
  })

  it('a denial: exit 1, stdout empty, the classification, claims and suggested policy on stderr', async () => {
    const io = fakeIo({
      env: { T: JWT },
      http: [json(403, { code: 7, message: 'trust policy: subject "x" did not match "y"' })]
    })
    expect(await run(ARGS, io)).toBe(1)
    expect(io.out).toBe('')
    expect(io.err).toMatch(
      /^octo-sts-token: no token \(the trust policy does not admit this workflow\)\.$/m
    )
    expect(io.err).toMatch(/^What to do: /m)
    expect(io.err).toMatch(/^── Claims that decide a match/m)
    expect(io.err).toMatch(/^ {2}sub +repo:acme\/widgets:ref:refs\/heads\/main$/m)
    expect(io.err).toMatch(/^── A trust policy that admits exactly this workflow/m)
    noLeaks(io)
  })

  it('--org-policy-repository: an org scope is explained in the server’s org policy repository', async () => {
    const denial = json(403, { code: 7, message: 'issuer not permitted by organization policy' })
    const args = ['exchange', '--scope', 'acme', '--identity', 'deploy', '--oidc-token-env', 'T']
    const io = fakeIo({ env: { T: JWT }, http: [denial] })
    expect(await run([...args, '--org-policy-repository', 'policies'], io)).toBe(1)
    expect(io.err).toContain('trusted-token-issuers.yaml in acme/policies')
    expect(io.err).not.toContain('acme/.github')
    const dflt = fakeIo({ env: { T: JWT }, http: [denial] })
    expect(await run(args, dflt)).toBe(1)
    expect(dflt.err).toContain('trusted-token-issuers.yaml in acme/.github')
    const bad = fakeIo({ env: { T: JWT } })
    expect(await run([...args, '--org-policy-repository', 'a/b'], bad)).toBe(2)
    expect(bad.err).toMatch(/--org-policy-repository is "a\/b": expected a repository name/)
    expect(bad.script.requests).toHaveLength(0)
  })

  it('--policy: the local explanation reads that file', async () => {
    const policy =
      'issuer: https://token.actions.githubusercontent.com\nsubject: repo:acme/widgets:ref:refs/heads/release\npermissions:\n  contents: read\n'
    const io = fakeIo({
      env: { T: JWT },
      files: { 'p.yaml': policy },
      http: [json(403, { code: 7, message: 'trust policy: subject did not match' })]
    })
    expect(await run([...ARGS, '--policy', 'p.yaml'], io)).toBe(1)
    expect(io.err).toMatch(/Trust policy check: 1 field of .* refuses this workflow/)
    expect(io.err).toMatch(/token value: +repo:acme\/widgets:ref:refs\/heads\/main/)
    const missing = fakeIo({ env: { T: JWT } })
    expect(await run([...ARGS, '--policy', 'none.yaml'], missing)).toBe(2)
    expect(missing.err).toMatch(/Cannot use the policy file none\.yaml: there is no such file\./)
    const dir = fakeIo({ env: { T: JWT } })
    expect(await run([...ARGS, '--policy', '/dir'], dir)).toBe(2)
    expect(dir.err).toMatch(/Cannot use the policy file \/dir: it is a directory\./)
  })

  it('a failing token helper: exit 1, and no exchange', async () => {
    const io = fakeIo({ env: { BUILDKITE: 'true' } })
    expect(await run(['exchange', '--scope', 'acme', '--identity', 'x'], io)).toBe(1)
    expect(io.err).toMatch(
      /no token \(the OIDC token request failed\)\.\n`buildkite-agent oidc request-token` could not be started \(ENOENT\)\./
    )
    expect(io.script.requests).toHaveLength(0)
  })

  it('a token that cannot be decoded is still exchanged; the diagnosis says it has no claims', async () => {
    const io = fakeIo({
      env: { T: 'abc.def.ghi' },
      http: [json(404, { code: 5, message: 'unable to find trust policy for "deploy"' })]
    })
    expect(await run(ARGS, io)).toBe(1)
    expect(io.err).toMatch(/The OIDC token could not be decoded: no claims to show\./)
  })

  it('an error that is not an ActionError is reported as a bug: one inert line, exit 1', async () => {
    const io = fakeIo({ env: { T: JWT }, http: [new TypeError('boom\n::error::forged')] })
    expect(await run(ARGS, io)).toBe(1)
    expect(io.out).toBe('')
    expect(io.err).toMatch(/octo-sts-token: unexpected error: boom.*Please report it\.\n$/)
    expect(io.err).not.toMatch(/^::error::/m)
  })
})

describe('revoke', () => {
  const API = ['revoke', '--github-api-url', 'https://ghe.example/api/v3/']

  it('revoked: the token from stdin, DELETE to the API', async () => {
    const io = fakeIo({ stdin: `${TOKEN}\n`, http: [response(204)] })
    expect(await run(API, io)).toBe(0)
    expect(io.err).toBe('Token revoked.\n')
    expect(io.out).toBe('')
    const [req] = io.script.requests
    expect(req).toMatchObject({
      method: 'DELETE',
      url: new URL('https://ghe.example/api/v3/installation/token')
    })
    expect(req!.headers?.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('already invalid (401): exit 0, saying so; GITHUB_API_URL and --token-env', async () => {
    const io = fakeIo({
      env: { GITHUB_API_URL: 'https://api.example', GH: TOKEN },
      http: [json(401, { message: 'Bad credentials' })]
    })
    expect(await run(['revoke', '--token-env', 'GH'], io)).toBe(0)
    expect(io.err).toMatch(/^Not revoked: the token is no longer valid .*Bad credentials/)
    expect(io.script.requests[0]!.url.href).toBe('https://api.example/installation/token')
  })

  it('a failure: exit 1', async () => {
    const io = fakeIo({ stdin: TOKEN, http: [json(403, { message: 'nope' })] })
    expect(await run(['revoke'], io)).toBe(1)
    expect(io.err).toMatch(/^Could not revoke the token: the GitHub API answered HTTP 403/)
    expect(io.script.requests[0]!.url.href).toBe('https://api.github.com/installation/token')
  })

  it.each<[string[], Parameters<typeof fakeIo>[0], RegExp]>([
    [
      ['revoke', '--github-api-url', 'http://x'],
      { stdin: TOKEN },
      /--github-api-url is "http:\/\/x": only https/
    ],
    [['revoke'], { stdin: '\n' }, /no token on stdin/],
    [['revoke', '--token-env', 'NONE'], {}, /the variable NONE \(--token-env\) is not set/],
    [['revoke', '--token-env', 'E'], { env: { E: '' } }, /no token on the variable E/],
    [['revoke'], { stdin: 'two tokens' }, /spaces, control or non-ASCII/],
    [
      ['revoke'],
      { stdin: TOKEN, env: { HTTPS_PROXY: 'not a url' } },
      /HTTPS_PROXY is set but cannot be used/
    ]
  ])('usage errors: %j', async (args, opts, message) => {
    const io = fakeIo(opts)
    expect(await run(args, io)).toBe(2)
    expect(io.err).toMatch(message)
    expect(io.script.requests).toHaveLength(0)
  })
})

describe('terraform', () => {
  const query = {
    scope: 'acme/widgets',
    identity: 'deploy',
    oidc_token_env: 'T',
    timeout_seconds: '30'
  }

  it('{"token": …} on stdout', async () => {
    const io = fakeIo({
      env: { T: JWT },
      stdin: JSON.stringify(query),
      http: [json(200, { token: TOKEN })]
    })
    expect(await run(['terraform'], io)).toBe(0)
    expect(JSON.parse(io.out)).toEqual({ token: TOKEN })
    noLeaks(io, TOKEN)
  })

  it('org_policy_repository names where the server reads org policies', async () => {
    const io = fakeIo({
      env: { T: JWT },
      stdin: JSON.stringify({ ...query, scope: 'acme', org_policy_repository: 'policies' }),
      http: [json(404, { code: 5, message: 'unable to find trust policy for "deploy"' })]
    })
    expect(await run(['terraform'], io)).toBe(1)
    expect(io.err).toContain('found no trust policy "deploy" in acme/policies')
  })

  it('a denial: exit 1, the diagnosis on stderr', async () => {
    const io = fakeIo({
      env: { T: JWT },
      stdin: JSON.stringify(query),
      http: [json(404, { code: 5, message: 'no installation found for "acme"' })]
    })
    expect(await run(['terraform'], io)).toBe(1)
    expect(io.out).toBe('')
    expect(io.err).toMatch(/no token \(the Octo STS App is not installed\)/)
  })

  it.each([
    ['', /not JSON/],
    ['[]', /must be a JSON object/],
    ['null', /must be a JSON object/],
    [JSON.stringify({ ...query, extra: 'x' }), /unknown query key "extra"/],
    [JSON.stringify({ ...query, timeout_seconds: 30 }), /"timeout_seconds" must be a string/],
    [JSON.stringify({ ...query, scope: '' }), /"scope" is required/],
    [JSON.stringify({ ...query, timeout_seconds: '9999' }), /"timeout_seconds" is "9999"/],
    [
      JSON.stringify({ ...query, org_policy_repository: 'a/b' }),
      /"org_policy_repository" is "a\/b"/
    ],
    [' '.repeat(70_000), /too large/]
  ])('an invalid query: exit 2 (%#)', async (stdin, message) => {
    const io = fakeIo({ env: { T: JWT }, stdin })
    expect(await run(['terraform'], io)).toBe(2)
    expect(io.err).toMatch(message)
    expect(io.script.requests).toHaveLength(0)
  })
})

describe('renderFailure', () => {
  it('neutralizes what it prints and leaves out an empty fix', () => {
    const text = renderFailure(new ActionError('network', 'a\u001b[2Jb\n::error::x', ''), {
      info: ['i'],
      groups: [{ title: 'T', lines: ['l'] }],
      summary: '# md'
    })
    expect(text).toBe(
      'octo-sts-token: no token (network error).\na[2Jb\n:\u200b:error::x\n\ni\n\n── T\n  l\n'
    )
  })
})
