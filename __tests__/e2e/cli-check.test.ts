// `octo-sts-token check` and `validate` from the bundle (dist/cli/index.js), as child processes:
// check's verdict and exit status on the fixture policies with every token source (a token
// signed by the stack's issuer, a hand-made unsigned one, the job's endpoint when detected),
// validate's `file:line:column:` lines; usage errors in the shared format; no token printed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { assertCliNoLeaks, FIXTURE_REPOS, runCli, startStack } from '../stack/index.js'
import type { CliResult, RunCliOptions, Stack } from '../stack/index.js'

const VALIDATE = fileURLToPath(new URL('../fixtures/validate/', import.meta.url))
const widgets = (id: string): string => `acme/widgets/.github/chainguard/${id}.sts.yaml`
const USAGE = (name: string): RegExp =>
  new RegExp(
    `^octo-sts-token ${name}: .+\\nRun \`octo-sts-token ${name} --help\` for its options\\.\\n$`
  )

let stack: Stack
let dir: string

beforeAll(async () => {
  stack = await startStack()
  dir = mkdtempSync(join(tmpdir(), 'cli-check-e2e-'))
})
afterEach(() => stack.reset())
afterAll(async () => {
  await stack.close()
  rmSync(dir, { recursive: true, force: true })
})

/** The CLI in the fixture repositories, no CI system in its environment; leak-checked. */
async function cli(args: string[], opts: RunCliOptions = {}): Promise<CliResult> {
  const r = await runCli(args, { cwd: FIXTURE_REPOS, ...opts })
  assertCliNoLeaks(r, { oidc: [stack.oidc.requestToken, ...stack.oidc.issued], minted: [] })
  return r
}

const file = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
/** A token of the stack's default workflow (acme/widgets, push to main, deploy), signed. */
const signed = (): Promise<string> => stack.oidc.mint('octo-sts.dev')
const b64url = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')
/** An unsigned JWT: check reads the claims and never the signature. */
const unsigned = (claims: Record<string, unknown>): string =>
  `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.${'x'.repeat(43)}`

describe('octo-sts-token check', () => {
  it('admits (exit 0) a token signed by the stack’s issuer, from --oidc-token-file', async () => {
    const token = file('token.jwt', `${await signed()}\n`)
    const r = await cli(['check', '--policy', widgets('deploy'), '--oidc-token-file', token])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain(`✓ ${widgets('deploy')} (a repository policy) admits these claims.`)
    expect(r.stdout).toMatch(/^ {2}workflow +deploy$/m)
    expect(r.stderr).toMatch(/^OIDC token: from the file .*token\.jwt\.$/m)
  })

  it('anchors a top-level | as today: branch main-x is refused (exit 1) by subject_pattern', async () => {
    // Issue 17's example, with GitHub's issuer and a claims file.
    const pattern = 'repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:ref:refs/heads/develop'
    const policy = file(
      'either.sts.yaml',
      [
        'issuer: https://token.actions.githubusercontent.com',
        `subject_pattern: ${pattern}`,
        'permissions:',
        '  contents: read',
        ''
      ].join('\n')
    )
    const claims = (ref: string): string =>
      file(
        'claims.json',
        JSON.stringify({
          iss: 'https://token.actions.githubusercontent.com',
          sub: `repo:acme/widgets:ref:${ref}`,
          aud: 'octo-sts.dev',
          ref
        })
      )
    const r = await cli(['check', '--policy', policy, '--claims', claims('refs/heads/main-x')])
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/^✗ 1 field of .*either\.sts\.yaml \(a repository policy\) refuses/m)
    expect(r.stdout).toContain(
      `  ✗ subject_pattern (line 2): subject "repo:acme/widgets:ref:refs/heads/main-x" did not match pattern "${pattern}"`
    )
    expect(r.stdout).toContain(`      policy pattern: ^(?:${pattern})$ (Go RE2)`)
    expect(r.stdout).toContain(
      'On servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older), which compile `^pattern$` instead of `^(?:pattern)$`, the verdict differs: they would admit this token (there "subject_pattern" matches).\n'
    )
    // Both alternatives are still admitted, and then every server agrees: no such line.
    for (const ref of ['refs/heads/main', 'refs/heads/develop']) {
      const ok = await cli(['check', '--policy', policy, '--claims', claims(ref)])
      expect(ok.exitCode).toBe(0)
      expect(ok.stdout).not.toContain('before 2026-09')
    }
  })

  it('denies (exit 1), listing every refusing field on stdout, with a hand-made unsigned JWT', async () => {
    const claims = {
      iss: stack.oidc.issuer,
      sub: 'repo:acme/widgets:ref:refs/heads/main',
      aud: 'octo-sts.dev',
      workflow: 'deploy',
      event_name: 'push'
    }
    const r = await cli(['check', '--policy', widgets('mismatch'), '--oidc-token-env', 'JWT'], {
      env: { JWT: unsigned(claims) }
    })
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toMatch(/^✗ 1 field of .*mismatch\.sts\.yaml \(a repository policy\) refuses/m)
    expect(r.stdout).toContain('✗ subject (line 3)')
    expect(r.stdout).toContain('token value:    repo:acme/widgets:ref:refs/heads/main')
    expect(r.stderr).toContain('OIDC token: from the variable JWT.')
    expect(r.stdout + r.stderr).not.toContain(unsigned(claims).split('.')[1])
  })

  it('a name-only policy and an immutable-subject token: exit 1, the line to write', async () => {
    stack.oidc.setWorkflow({ immutable_subject: true })
    const token = file('immutable.jwt', await signed())
    const r = await cli(['check', '--policy', widgets('deploy'), '--oidc-token-file', token])
    expect(r.exitCode).toBe(1)
    expect(r.stdout).toContain(
      '✗ subject (line 3): subject "repo:acme@1001/widgets@2002:ref:refs/heads/main" did not match "repo:acme/widgets:ref:refs/heads/main"'
    )
    expect(r.stdout).toContain(
      `Write this line in \`${widgets('deploy')}\`: \`subject: repo:acme@1001/widgets@2002:ref:refs/heads/main\``
    )
    expect(r.stdout).toContain("`gh api repos/acme/widgets --jq '.owner.id, .id'` prints them.")
  })

  it('an invalid policy: exit 2, its problems on stdout', async () => {
    const claims = file(
      'claims.json',
      JSON.stringify({ iss: stack.oidc.issuer, aud: 'octo-sts.dev' })
    )
    const r = await cli(['check', '--policy', widgets('unknown-key'), '--claims', claims])
    expect(r.exitCode).toBe(2)
    expect(r.stdout).toContain('is invalid')
    expect(r.stdout).toContain('unable to parse trust policy')
  })

  it('a policy with a line break only the server sees: never exit 0, though the server admits', async () => {
    const claims = file(
      'claims-cr.json',
      JSON.stringify({
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'octo-sts.dev',
        sub: 'repo:acme/widgets:ref:refs/heads/main'
      })
    )
    // The server reads `subject_pattern: '.*'` (any workflow); an editor shows a comment.
    const policy = file(
      'hidden.sts.yaml',
      "issuer: https://token.actions.githubusercontent.com\n# subject_pattern: repo:acme/widgets:.*\rsubject_pattern: '.*'\npermissions:\n  contents: read\n"
    )
    const r = await cli(['check', '--policy', policy, '--claims', claims])
    expect(r.exitCode).toBe(2)
    expect(r.stdout).toContain('has line breaks only the server sees')
    expect(r.stdout).toContain('As the server reads it, it admits these claims.')
    expect(r.stdout).toContain('"subject_pattern"')
  })

  it('--oidc-token-command, and GitHub Actions detected when no source is given', async () => {
    const path = file('cmd.jwt', await signed())
    const byCommand = await cli([
      'check',
      '--policy',
      widgets('deploy'),
      '--oidc-token-command',
      JSON.stringify(['cat', path])
    ])
    expect(byCommand.exitCode).toBe(0)
    expect(byCommand.stderr).toContain('OIDC token: from the command cat.')
    const detected = await cli(['check', '--policy', widgets('deploy')], {
      env: stack.env({ GITHUB_ACTIONS: 'true' })
    })
    expect(detected.exitCode).toBe(0)
    expect(detected.stderr).toMatch(/^OIDC token: from GitHub Actions/m)
    const [req] = stack.oidc.requests.filter(q => q.path === '/token')
    expect(req!.query.audience).toEqual(['octo-sts.dev'])
  })

  it('no token: exit 2 with what to do, and a value that is not a JWT is not shown', async () => {
    const none = await cli(['check', '--policy', widgets('deploy')])
    expect(none.exitCode).toBe(2)
    expect(none.stdout).toBe('')
    expect(none.stderr).toContain('No OIDC token source was given')
    expect(none.stderr).toContain('What to do: Give one of --oidc-token-file PATH')
    const notJwt = await cli(['check', '--policy', widgets('deploy'), '--oidc-token-env', 'T'], {
      env: { T: 'secret-not-a-jwt' }
    })
    expect(notJwt.exitCode).toBe(2)
    expect(notJwt.stderr).toContain('is not a JWT')
    expect(notJwt.stderr).not.toContain('secret-not-a-jwt')
  })

  it('usage errors: exit 2 on stderr, in the shared format', async () => {
    for (const args of [
      ['check', '--bogus'],
      ['check', '--policy', widgets('deploy'), 'stray'],
      ['check', '--policy', widgets('deploy'), '--oidc-token-env', 'A', '--oidc-token-file', 'b'],
      ['check', '--policy', widgets('deploy'), '--claims', 'c.json', '--oidc-token-env', 'A']
    ]) {
      const r = await cli(args)
      expect(r.exitCode).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(USAGE('check'))
    }
  })
})

/** Issue 17's example: two permissions a reviewer does not see, behind lone CRs. */
const HIDDEN_CR_POLICY =
  'issuer: https://token.actions.githubusercontent.com\nsubject: repo:acme/widgets:ref:refs/heads/main\npermissions:\n  contents: read # read-only\r  administration: write\r  workflows: write\n'

describe('octo-sts-token validate', () => {
  it('a clean folder: exit 0, nothing on stdout', async () => {
    const r = await cli(['validate'], { cwd: join(VALIDATE, 'org-allowlist') })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe('Checked 2 files: 0 errors, 0 warnings.\n')
  })

  it('a folder with errors: exit 1, one file:line:column: error: line each', async () => {
    const r = await cli(['validate', '.github/chainguard'], { cwd: join(VALIDATE, 'repo') })
    expect(r.exitCode).toBe(1)
    const lines = r.stdout.split('\n').filter(Boolean)
    for (const line of lines) expect(line).toMatch(/^[^:\n]+:\d+:\d+: (error|warning): .+$/)
    expect(lines).toContain(
      '.github/chainguard/broken-yaml.sts.yaml:2:10: error: YAML error: Missing closing "quote: the quoted scalar runs to the end of the file (yaml.v2: found unexpected end of stream); the server cannot read this policy.'
    )
    expect(r.stdout).toMatch(/^\.github\/chainguard\/unknown-key\.sts\.yaml:6:3: error: /m)
    expect(r.stderr).toMatch(/^Checked 5 files: 7 errors, 1 warning\.\n$/)
  })

  it('the issue 17 example (lone CRs): exit 1, an error at line 4 where the first CR is', async () => {
    const ws = mkdtempSync(join(dir, 'cr-'))
    mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
    writeFileSync(join(ws, '.github/chainguard/deploy.sts.yaml'), HIDDEN_CR_POLICY)
    const r = await cli(['validate'], { cwd: ws })
    expect(r.exitCode).toBe(1)
    const lines = r.stdout.split('\n').filter(Boolean)
    expect(lines[0]).toMatch(
      /^\.github\/chainguard\/deploy\.sts\.yaml:4:29: error: a carriage return .*"permissions\.administration"/
    )
    expect(lines[1]).toMatch(
      /^\.github\/chainguard\/deploy\.sts\.yaml:4:53: error: .*"permissions\.workflows"/
    )
    expect(r.stdout).not.toContain('\r')
    expect(r.stderr).toMatch(/^Checked 1 file: 2 errors, 0 warnings\.\n$/)
  })

  it('usage errors: exit 2 on stderr, in the shared format', async () => {
    for (const args of [
      ['validate', '--nope'],
      ['validate', '--org-policies', 'maybe']
    ]) {
      const r = await cli(args, { cwd: VALIDATE })
      expect(r.exitCode).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toMatch(USAGE('validate'))
    }
  })
})
