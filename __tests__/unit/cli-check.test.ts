// `octo-sts-token check` on the fixture policies: the verdict field by field on stdout, the
// exit status (0 admits, 1 refuses, 2 invalid or usage), and never the token itself.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { check } from '../../src/cli/check.js'
import { fakeIo } from './helpers/cli-io.js'
import { fakeJwt } from './helpers/tokens.js'

const REPOS = fileURLToPath(new URL('../fixtures/repos/', import.meta.url))
const widgets = (id: string): string => `acme/widgets/.github/chainguard/${id}.sts.yaml`
const org = (id: string): string => `acme/.github/.github/chainguard/${id}.sts.yaml`

/** The local stack's default workflow: acme/widgets, a push to main, workflow deploy. */
const CLAIMS = {
  iss: 'https://127.0.0.1:8443',
  sub: 'repo:acme/widgets:ref:refs/heads/main',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  repository_owner: 'acme',
  ref: 'refs/heads/main',
  event_name: 'push',
  workflow: 'deploy'
}

function claimsFile(claims: unknown, raw?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-check-'))
  const path = join(dir, 'claims.json')
  writeFileSync(path, raw ?? JSON.stringify(claims))
  return path
}

async function run(args: string[], env: Record<string, string> = {}) {
  const io = fakeIo(REPOS, env)
  const code = await check(args, io)
  return { code, out: io.out(), err: io.err() }
}

describe('octo-sts-token check', () => {
  it('exits 0 when the policy admits the claims, and shows the deciding claims', async () => {
    const r = await run(['--policy', widgets('deploy'), '--claims', claimsFile(CLAIMS)])
    expect(r.code).toBe(0)
    expect(r.out).toContain(`✓ ${widgets('deploy')} (a repository policy) admits these claims.`)
    // claim_pattern's claims are shown with the usual ones
    expect(r.out).toMatch(/^ {2}workflow +deploy$/m)
    expect(r.out).toMatch(/^ {2}sub +repo:acme\/widgets:ref:refs\/heads\/main$/m)
    expect(r.err).toBe('')
  })

  it('exits 1 and lists every refusing field, with a suggestion when the scope is given', async () => {
    const claims = { ...CLAIMS, iss: 'https://token.actions.githubusercontent.com' }
    const r = await run([
      '--policy',
      widgets('mismatch'),
      '--claims',
      claimsFile(claims),
      '--scope',
      'acme/widgets'
    ])
    expect(r.code).toBe(1)
    expect(r.out).toContain('✗ 2 fields of')
    expect(r.out).toContain('✗ issuer_pattern (line 2)')
    expect(r.out).toContain('✗ subject (line 3)')
    expect(r.out).toContain('policy value:   repo:acme/widgets:ref:refs/heads/release')
    expect(r.out).toContain('token value:    repo:acme/widgets:ref:refs/heads/main')
    expect(r.out).toContain(
      'A trust policy that admits exactly these claims: .github/chainguard/mismatch.sts.yaml in acme/widgets'
    )
    expect(r.out).toContain('  subject: repo:acme/widgets:ref:refs/heads/main')
  })

  it('without --scope, suggests nothing (it would not know where the policy lives)', async () => {
    const r = await run(['--policy', widgets('claim-mismatch'), '--claims', claimsFile(CLAIMS)])
    expect(r.code).toBe(1)
    expect(r.out).toContain('claim_pattern')
    expect(r.out).not.toContain('A trust policy that admits')
  })

  it('exits 2 for a policy the server cannot parse or compile, listing its problems', async () => {
    const parse = await run(['--policy', widgets('unknown-key'), '--claims', claimsFile(CLAIMS)])
    expect(parse.code).toBe(2)
    expect(parse.out).toContain('is invalid')
    expect(parse.out).toContain('unable to parse trust policy')
    const compile = await run(['--policy', widgets('bad-regex'), '--claims', claimsFile(CLAIMS)])
    expect(compile.code).toBe(2)
    expect(compile.out).toContain('unable to compile trust policy')
    expect(compile.out).toContain('subject_pattern (line 3)')
  })

  it('judges org policies by the scope, or by a checkout named .github', async () => {
    // `repositories` is an unknown key in a repository's policy, allowed in an org policy
    const asRepo = await run([
      '--policy',
      widgets('repositories'),
      '--claims',
      claimsFile(CLAIMS),
      '--scope',
      'acme/widgets'
    ])
    expect(asRepo.code).toBe(2)
    const asOrg = await run([
      '--policy',
      widgets('repositories'),
      '--claims',
      claimsFile(CLAIMS),
      '--scope',
      'acme'
    ])
    expect(asOrg.code).toBe(0)
    expect(asOrg.out).toContain('(an org policy)')
    const byPath = await run(['--policy', org('deploy'), '--claims', claimsFile(CLAIMS)])
    expect(byPath.code).toBe(0)
    expect(byPath.out).toContain('(an org policy)')
  })

  it('compares the scope’s repository with .github byte for byte, as the server does', async () => {
    const scoped = (scope: string, ...more: string[]) =>
      run([
        '--policy',
        widgets('repositories'),
        '--claims',
        claimsFile(CLAIMS),
        '--scope',
        scope,
        ...more
      ])
    const exact = await scoped('acme/.github')
    expect(exact.code).toBe(0)
    expect(exact.out).toContain('(an org policy)')
    // GitHub finds the same repository, but the server reads its policy as a repository's,
    // where `repositories` is an unknown key: the whole file is refused.
    const cased = await scoped('acme/.GitHub')
    expect(cased.code).toBe(2)
    expect(cased.out).toContain('(a repository policy) is invalid')
  })

  it('follows a self-hosted server’s ORG_POLICY_REPO (--org-policy-repository)', async () => {
    const scoped = (scope: string, ...more: string[]) =>
      run([
        '--policy',
        widgets('repositories'),
        '--claims',
        claimsFile(CLAIMS),
        '--scope',
        scope,
        ...more
      ])
    const repo = ['--org-policy-repository', 'policies']
    expect((await scoped('acme/policies', ...repo)).out).toContain('(an org policy)')
    expect((await scoped('acme', ...repo)).code).toBe(0)
    // `.github` is then an ordinary repository.
    expect((await scoped('acme/.github', ...repo)).code).toBe(2)
    // A checkout named .github no longer holds org policies either.
    const byPath = await run(['--policy', org('deploy'), '--claims', claimsFile(CLAIMS), ...repo])
    expect(byPath.out).toContain('(a repository policy)')
    const bad = await scoped('acme', '--org-policy-repository', 'acme/policies')
    expect(bad.code).toBe(2)
    expect(bad.err).toContain(
      '--org-policy-repository is "acme/policies": expected a repository name'
    )
  })

  it('suggests a policy for the configured org policy repository', async () => {
    const claims = { ...CLAIMS, iss: 'https://token.actions.githubusercontent.com' }
    const r = await run([
      '--policy',
      widgets('mismatch'),
      '--claims',
      claimsFile(claims),
      '--scope',
      'acme',
      '--org-policy-repository',
      'policies'
    ])
    expect(r.code).toBe(1)
    expect(r.out).toContain('.github/chainguard/mismatch.sts.yaml in acme/policies')
  })

  it('reads the token from a file or an environment variable, and never prints it', async () => {
    const jwt = fakeJwt(CLAIMS)
    const dir = mkdtempSync(join(tmpdir(), 'cli-check-'))
    writeFileSync(join(dir, 'token'), `${jwt}\n`)
    const byFile = await run([
      '--policy',
      widgets('deploy'),
      '--oidc-token-file',
      join(dir, 'token')
    ])
    expect(byFile.code).toBe(0)
    const byEnv = await run(['--policy', widgets('deploy'), '--oidc-token-env', 'MY_TOKEN'], {
      MY_TOKEN: jwt
    })
    expect(byEnv.code).toBe(0)
    for (const r of [byFile, byEnv]) {
      expect(r.out + r.err).not.toContain(jwt.split('.')[1])
      expect(r.out + r.err).not.toContain(jwt.split('.')[2])
    }
  })

  it('decodes claims as the server does: the last of duplicate keys wins', async () => {
    const raw = `{"iss":"https://127.0.0.1:8443","sub":"repo:acme/widgets:ref:refs/heads/main","sub":"repo:acme/widgets:ref:refs/heads/evil","aud":"octo-sts.dev","workflow":"deploy"}`
    const r = await run(['--policy', widgets('deploy'), '--claims', claimsFile(null, raw)])
    expect(r.code).toBe(1)
    expect(r.out).toContain('token value:    repo:acme/widgets:ref:refs/heads/evil')
  })

  it('checks the audience against --domain', async () => {
    const claims = { ...CLAIMS, aud: 'sts.example.com' }
    const other = await run(['--policy', widgets('deploy'), '--claims', claimsFile(claims)])
    expect(other.code).toBe(1)
    expect(other.out).toContain('aud')
    const ok = await run([
      '--policy',
      widgets('deploy'),
      '--claims',
      claimsFile(claims),
      '--domain',
      'sts.example.com'
    ])
    expect(ok.code).toBe(0)
  })

  it('makes hostile claim values inert', async () => {
    const claims = { ...CLAIMS, sub: 'repo:x\n::error::pwned\u001b[31m', workflow: 'deploy' }
    const r = await run(['--policy', widgets('deploy'), '--claims', claimsFile(claims)])
    expect(r.code).toBe(1)
    expect(r.out).not.toMatch(/^::error::/m)
    expect(r.out).not.toContain('\u001b')
  })

  it.each([
    [['--claims', 'x.json'], '--policy FILE is required'],
    [['--policy', widgets('deploy')], 'No OIDC token source was given'],
    [['--policy', widgets('deploy'), '--claims', 'a', '--oidc-token-env', 'T'], 'not both'],
    [['--policy', 'missing.sts.yaml', '--claims', 'a'], 'no such file'],
    [['--policy', widgets('deploy'), '--oidc-token-env', 'UNSET'], 'The variable UNSET is not set'],
    [
      ['--policy', widgets('deploy'), '--scope', 'a/b/c', '--claims', 'a'],
      '--scope is "a/b/c": expected `org/repo` or `org`'
    ],
    [['--policy', widgets('deploy'), '--domain', 'https://x', '--claims', 'a'], '--domain is'],
    [
      ['--policy', widgets('deploy'), '--timeout-seconds', '0', '--claims', 'a'],
      '--timeout-seconds is "0"'
    ],
    [['--bogus'], 'Unknown option']
  ])('usage error %j: exit 2, on stderr', async (args, message) => {
    const r = await run(args)
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toContain(message)
  })

  it('refuses claims that are not a JSON object, and a token that is not a JWT', async () => {
    const notJson = await run(['--policy', widgets('deploy'), '--claims', claimsFile(null, '{')])
    expect(notJson.code).toBe(2)
    expect(notJson.err).toContain('is not JSON')
    const array = await run(['--policy', widgets('deploy'), '--claims', claimsFile([1])])
    expect(array.code).toBe(2)
    const notJwt = await run(['--policy', widgets('deploy'), '--oidc-token-env', 'T'], {
      T: 'secret-not-a-jwt'
    })
    expect(notJwt.code).toBe(2)
    expect(notJwt.err).toContain('not a JWT')
    expect(notJwt.err).not.toContain('secret-not-a-jwt')
  })

  it('explains a GitLab token with GitLab’s claims and subject, not GitHub’s', async () => {
    const gitlab = {
      iss: 'https://gitlab.example.com',
      sub: 'project_path:acme/widgets:ref_type:branch:ref:main',
      aud: 'octo-sts.dev',
      project_path: 'acme/widgets',
      namespace_path: 'acme',
      ref: 'main',
      ref_type: 'branch',
      ref_protected: 'true',
      pipeline_source: 'push'
    }
    const r = await run([
      '--policy',
      widgets('deploy'),
      '--claims',
      claimsFile(gitlab),
      '--scope',
      'acme/widgets'
    ])
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/^ {2}project_path +acme\/widgets$/m)
    expect(r.out).toMatch(/^ {2}pipeline_source +push$/m)
    expect(r.out).not.toMatch(/^ {2}repository /m)
    expect(r.out).toContain('  issuer: https://gitlab.example.com')
    expect(r.out).toContain('  subject: project_path:acme/widgets:ref_type:branch:ref:main')
    expect(r.out).toContain('  # subject_pattern: project_path:acme/widgets:ref_type:branch:ref:.+')
  })

  it('prints its usage on --help, exit 0', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('Usage: octo-sts-token check --policy FILE')
  })
})
