// The command-line bundle (dist/cli/index.js) against the local stack, as a child process:
// every token source, every format, the Terraform protocol and revocation through stdin, a
// denial, usage errors that make no request, a hung STS ended by --timeout-seconds; and on
// every run, the OIDC token on neither stream and the minted token on stdout only.
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { assertCliNoLeaks, CLI_BUNDLE, FIXTURE_REPOS, runCli, startStack } from '../stack/index.js'
import type { CliResult, RunCliOptions, Stack } from '../stack/index.js'
import { REPO_ROOT } from '../stack/run-step.js'

let stack: Stack
let dir: string

beforeAll(async () => {
  stack = await startStack()
  dir = mkdtempSync(join(tmpdir(), 'cli-e2e-'))
})
afterEach(() => stack.reset())
afterAll(async () => {
  await stack.close()
  rmSync(dir, { recursive: true, force: true })
})

const exchanges = (): number => stack.sts.requests.filter(r => r.path === '/sts/exchange').length
const tokenRequests = (): number => stack.oidc.requests.filter(r => r.path === '/token').length
const lastMinted = (): string | undefined => stack.sts.minted.at(-1)?.token

/** The CLI with no CI system in its environment (unless `env` adds one), leak-checked. */
async function cli(args: string[], opts: RunCliOptions = {}): Promise<CliResult> {
  const before = stack.sts.minted.length
  const r = await runCli(args, opts)
  const minted = stack.sts.minted.slice(before).map(m => m.token)
  assertCliNoLeaks(
    r,
    {
      oidc: [stack.oidc.requestToken, ...stack.oidc.issued],
      minted: stack.sts.minted.map(m => m.token)
    },
    r.exitCode === 0 ? minted.at(-1) : undefined
  )
  return r
}

const base = (): string[] => [
  'exchange',
  '--scope',
  'acme/widgets',
  '--identity',
  'deploy',
  '--domain',
  stack.sts.host
]
const jwt = (): Promise<string> => stack.oidc.mint(stack.sts.host)
const file = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

function expectToken(r: CliResult, source: RegExp): void {
  expect(r.exitCode).toBe(0)
  expect(r.stdout).toBe(`${lastMinted()}\n`)
  expect(r.stderr).toMatch(source)
  expect(r.stderr).toMatch(/Got a token for identity "deploy" on acme\/widgets \(audit hash /)
}

describe('token sources', () => {
  it('--oidc-token-file', async () => {
    const r = await cli([...base(), '--oidc-token-file', file('token.jwt', `${await jwt()}\n`)])
    expectToken(r, /OIDC token: from the file .*token\.jwt\./)
  })

  it('--oidc-token-env', async () => {
    const r = await cli([...base(), '--oidc-token-env', 'MY_JWT'], { env: { MY_JWT: await jwt() } })
    expectToken(r, /OIDC token: from the variable MY_JWT\./)
  })

  it('--oidc-token-command, run without a shell (quoted words, a JSON array)', async () => {
    const path = file('cmd token.jwt', await jwt())
    const r = await cli([...base(), '--oidc-token-command', `cat '${path}'`])
    expectToken(r, /OIDC token: from the command cat\./)
    const j = await cli([...base(), '--oidc-token-command', JSON.stringify(['cat', path])])
    expectToken(j, /OIDC token: from the command cat\./)
  })

  it('a failing --oidc-token-command: exit 1, its stderr shown, no exchange', async () => {
    const r = await cli([
      ...base(),
      '--oidc-token-command',
      JSON.stringify([
        process.execPath,
        '-e',
        'console.error("no creds\\u001b[31m here"); process.exit(3)'
      ])
    ])
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/failed \(exit status 3\): no creds.* here\./)
    expect(r.stderr).not.toContain('\u001b')
    expect(exchanges()).toBe(0)
  })

  it('GitHub Actions: detected, asks the job’s token endpoint for the audience, stdout stays clean', async () => {
    const env = stack.env({ INPUT_DOMAIN: undefined, GITHUB_ACTIONS: 'true' })
    const r = await cli(base(), { env })
    expectToken(r, /OIDC token: from GitHub Actions/)
    expect(tokenRequests()).toBe(1)
    const [req] = stack.oidc.requests.filter(q => q.path === '/token')
    expect(req!.query.audience).toEqual([stack.sts.host])
    expect(r.stdout).not.toMatch(/::/) // core's add-mask and debug lines are not on stdout
  })

  it('HCP Terraform and CircleCI: detected from their variables', async () => {
    const tfc = await cli(base(), { env: { TFC_WORKLOAD_IDENTITY_TOKEN: await jwt() } })
    expectToken(tfc, /OIDC token: from HCP Terraform \(TFC_WORKLOAD_IDENTITY_TOKEN\)\./)
    const circle = await cli(base(), { env: { CIRCLE_OIDC_TOKEN_V2: await jwt() } })
    expectToken(circle, /OIDC token: from CircleCI \(CIRCLE_OIDC_TOKEN_V2\)\./)
  })

  it('Buildkite: runs buildkite-agent oidc request-token --audience A from PATH', async () => {
    const bin = join(dir, 'bk-bin')
    const argsFile = join(dir, 'bk-args')
    const tokenFile = file('bk.jwt', await jwt())
    mkdirSync(bin, { recursive: true })
    const agent = join(bin, 'buildkite-agent')
    writeFileSync(agent, `#!/bin/sh\necho "$@" > '${argsFile}'\ncat '${tokenFile}'\n`)
    chmodSync(agent, 0o755)
    const r = await cli(base(), { env: { BUILDKITE: 'true', PATH: `${bin}:${process.env.PATH}` } })
    expectToken(r, /OIDC token: from Buildkite/)
    expect(readFileSync(argsFile, 'utf8').trim()).toBe(
      `oidc request-token --audience ${stack.sts.host}`
    )
  })
})

describe('formats', () => {
  it('json: token and expires_at, an hour from now', async () => {
    const r = await cli([...base(), '--format', 'json', '--oidc-token-env', 'T'], {
      env: { T: await jwt() }
    })
    expect(r.exitCode).toBe(0)
    const out = JSON.parse(r.stdout) as { token: string; expires_at: string }
    expect(Object.keys(out)).toEqual(['token', 'expires_at'])
    expect(out.token).toBe(lastMinted())
    const expires = Date.parse(out.expires_at)
    expect(out.expires_at).toBe(new Date(expires).toISOString())
    expect(Math.abs(expires - (Date.now() + 3600_000))).toBeLessThan(60_000)
  })

  it('env: GH_TOKEN=…', async () => {
    const r = await cli([...base(), '--format', 'env', '--oidc-token-env', 'T'], {
      env: { T: await jwt() }
    })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toBe(`GH_TOKEN=${lastMinted()}\n`)
  })
})

describe('terraform', () => {
  it('reads the query on stdin and writes {"token": …}', async () => {
    const query = {
      scope: 'acme/widgets',
      identity: 'deploy',
      domain: stack.sts.host,
      oidc_token_env: 'TF_JWT'
    }
    const r = await cli(['terraform'], {
      stdin: JSON.stringify(query),
      env: { TF_JWT: await jwt() }
    })
    expect(r.exitCode).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ token: lastMinted() })
  })

  it('oidc_token_file works too; an unknown key or malformed JSON is refused before any request', async () => {
    const q = {
      scope: 'acme/widgets',
      identity: 'deploy',
      domain: stack.sts.host,
      oidc_token_file: file('tf.jwt', await jwt())
    }
    expect((await cli(['terraform'], { stdin: JSON.stringify(q) })).exitCode).toBe(0)
    const before = exchanges()
    const unknown = await cli(['terraform'], { stdin: JSON.stringify({ ...q, scopes: 'x' }) })
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toMatch(/unknown query key "scopes"/)
    const bad = await cli(['terraform'], { stdin: '{"scope": ' })
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toMatch(/not JSON/)
    const huge = await cli(['terraform'], { stdin: ' '.repeat(2 << 20) })
    expect(huge.exitCode).toBe(2)
    expect(huge.stderr).toMatch(/stdin is larger than 1 MiB/)
    const nonString = await cli(['terraform'], { stdin: JSON.stringify({ ...q, domain: 443 }) })
    expect(nonString.exitCode).toBe(2)
    expect(exchanges()).toBe(before)
  })
})

describe('revoke', () => {
  it('revokes the token read from stdin, then says it is already invalid', async () => {
    const got = await cli([...base(), '--oidc-token-env', 'T'], { env: { T: await jwt() } })
    const token = got.stdout.trim()
    expect(stack.api.isLive(token)).toBe(true)
    const r = await cli(['revoke', '--github-api-url', stack.api.url], { stdin: got.stdout })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^Token revoked\./m)
    expect(stack.api.revoked).toContain(token)
    const again = await cli(['revoke'], { stdin: token, env: { GITHUB_API_URL: stack.api.url } })
    expect(again.exitCode).toBe(0)
    expect(again.stderr).toMatch(/Not revoked: the token is no longer valid/)
  })

  it('--token-env; a failing API: exit 1', async () => {
    stack.api.fault({ status: 500, body: 'down' }, 5)
    const r = await cli(['revoke', '--github-api-url', stack.api.url, '--token-env', 'GH_TOKEN'], {
      env: { GH_TOKEN: 'ghs_0123456789abcdefghij0123456789abcdef' }
    })
    expect(r.exitCode).toBe(1)
    expect(r.stderr).toMatch(/Could not revoke the token: .*500/)
  })
})

describe('a denial', () => {
  it('exit 1, nothing on stdout, the diagnosis on stderr (with --policy explained)', async () => {
    const policy = join(FIXTURE_REPOS, 'acme/widgets/.github/chainguard/mismatch.sts.yaml')
    const r = await cli(
      [
        'exchange',
        '--scope',
        'acme/widgets',
        '--identity',
        'mismatch',
        '--domain',
        stack.sts.host,
        '--oidc-token-env',
        'T',
        '--policy',
        policy
      ],
      { env: { T: await jwt() } }
    )
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(
      /^octo-sts-token: no token \(the trust policy does not admit this workflow\)\./m
    )
    expect(r.stderr).toMatch(/Trust policy check: 1 field of .* refuses this workflow/)
    expect(r.stderr).toMatch(/✗ subject/)
    expect(r.stderr).toMatch(/^── Claims that decide a match/m)
    expect(r.stderr).toMatch(/^── A trust policy that admits exactly this workflow/m)
    expect(r.stderr).not.toMatch(/^#|\| Field/m) // not the Markdown summary
  })
})

describe('a repository with GitHub’s immutable subjects', () => {
  it('a name-only policy: the server’s words alone explain it, with the line to write', async () => {
    stack.oidc.setWorkflow({ immutable_subject: true })
    const r = await cli([...base(), '--oidc-token-env', 'T'], { env: { T: await jwt() } })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(
      'trust policy: subject "repo:acme@1001/widgets@2002:ref:refs/heads/main" did not match'
    )
    expect(r.stderr).toContain("This repository uses GitHub's immutable subjects")
    expect(r.stderr).toContain(
      'Write this line in `.github/chainguard/deploy.sts.yaml`: `subject: repo:acme@1001/widgets@2002:ref:refs/heads/main`'
    )
    expect(r.stderr).toContain("`gh api repos/acme/widgets --jq '.owner.id, .id'` prints them.")
    expect(r.stderr).toMatch(/^ {2}subject: repo:acme@1001\/widgets@2002:ref:refs\/heads\/main$/m)
  })
})

describe('usage and input errors: exit 2, no request made', () => {
  const cases: [string, () => Promise<string[]>, Record<string, string>, RegExp][] = [
    ['an unknown flag', async () => [...base(), '--scopes', 'x'], {}, /Unknown option '--scopes'/],
    [
      'a bad scope',
      async () => ['exchange', '--scope', 'acme/widgets/x', '--identity', 'deploy'],
      {},
      /--scope is "acme\/widgets\/x"/
    ],
    [
      'no identity',
      async () => ['exchange', '--scope', 'acme/widgets'],
      {},
      /--identity is required/
    ],
    [
      'a URL as domain',
      async () => [...base(), '--domain', 'https://sts.example'],
      {},
      /--domain is .*without `https:\/\/`/
    ],
    [
      'a timeout too long',
      async () => [...base(), '--timeout-seconds', '301'],
      {},
      /--timeout-seconds is "301"/
    ],
    ['a bad format', async () => [...base(), '--format', 'yaml'], {}, /--format is "yaml"/],
    [
      'two token sources',
      async () => [...base(), '--oidc-token-env', 'A', '--oidc-token-file', 'b'],
      {},
      /one OIDC token source/
    ],
    [
      'no token source',
      async () => base(),
      {},
      /No OIDC token source.*--oidc-token-file PATH, --oidc-token-env NAME, --oidc-token-command CMD/s
    ],
    [
      'a token that is not a JWT',
      async () => [...base(), '--oidc-token-env', 'T'],
      { T: 'Bearer nope' },
      /is not a JWT/
    ],
    [
      'an unset variable',
      async () => [...base(), '--oidc-token-env', 'NOPE'],
      {},
      /The variable NOPE is not set/
    ],
    [
      'a missing policy file',
      async () => [...base(), '--oidc-token-env', 'T', '--policy', '/nonexistent.yaml'],
      { T: 'x.y.z' },
      /Cannot use the policy file \/nonexistent\.yaml: there is no such file/
    ],
    ['an unknown command', async () => ['exchnage'], {}, /unknown command "exchnage"/]
  ]
  it.each(cases)('%s', async (_name, args, env, message) => {
    const r = await cli(await args(), { env })
    expect(r.exitCode).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(message)
    expect(stack.sts.requests).toHaveLength(0)
    expect(stack.oidc.requests).toHaveLength(0)
  })
})

it('a hung STS is ended by --timeout-seconds', async () => {
  stack.sts.fault({ hang: true }, 5)
  const r = await cli([...base(), '--timeout-seconds', '2', '--oidc-token-env', 'T'], {
    env: { T: await jwt() }
  })
  expect(r.exitCode).toBe(1)
  expect(r.stdout).toBe('')
  expect(r.stderr).toMatch(/no token \(timed out\)/)
  expect(r.stderr).toMatch(/Octo STS: .* did not answer within 2\.0s/)
  expect(r.durationMs).toBeGreaterThanOrEqual(2000)
  expect(r.durationMs).toBeLessThan(8000)
})

describe('--help and --version', () => {
  it('runs as the `octo-sts-token` npm links to dist/cli/index.js (shebang, executable)', async () => {
    const bin = join(dir, 'npm-bin')
    mkdirSync(bin, { recursive: true })
    const link = join(bin, 'octo-sts-token')
    rmSync(link, { force: true })
    symlinkSync(CLI_BUNDLE, link)
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    expect(execFileSync(link, ['--version'], { encoding: 'utf8' })).toBe(`${version}\n`)
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>
      private?: boolean
      files: string[]
    }
    expect(pkg.bin).toEqual({ 'octo-sts-token': 'dist/cli/index.js' })
    expect(pkg.private).not.toBe(true)
    expect(pkg.files).toEqual(
      expect.arrayContaining(['dist/', 'action.yml', 'validate/action.yml'])
    )
  })

  it('--version is package.json’s', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      version: string
    }
    const r = await cli(['--version'])
    expect(r).toMatchObject({ exitCode: 0, stdout: `${version}\n`, stderr: '' })
  })

  it.each(['exchange', 'revoke', 'terraform', 'check', 'validate'])('%s --help', async name => {
    const r = await cli([name, '--help'])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(new RegExp(`^Usage: octo-sts-token ${name}`))
  })

  it('no command: the usage on stderr, exit 2; --help: on stdout, exit 0', async () => {
    const none = await cli([])
    expect(none.exitCode).toBe(2)
    expect(none.stderr).toMatch(/^Usage: octo-sts-token <command>/)
    const help = await cli(['--help'])
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toMatch(/exchange +exchange an OIDC token/)
  })
})
