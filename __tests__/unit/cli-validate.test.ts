// `octo-sts-token validate` on the fixture folders: one `file:line:column: severity: message`
// line per finding on stdout, exit 1 on any error, 0 with warnings only, 2 on usage errors.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { validate } from '../../src/cli/validate.js'
import { fakeIo } from './helpers/cli-io.js'

const FIXTURES = fileURLToPath(new URL('../fixtures/validate/', import.meta.url))
const LINE = /^[^:\n]+:\d+:\d+: (error|warning): .+$/

async function run(cwd: string, args: string[] = []) {
  const io = fakeIo(cwd)
  const code = await validate(args, io)
  return { code, out: io.out(), err: io.err(), lines: io.out().split('\n').filter(Boolean) }
}

describe('octo-sts-token validate', () => {
  it('checks .github/chainguard under the current directory by default', async () => {
    const r = await run(join(FIXTURES, 'repo'))
    expect(r.code).toBe(1)
    for (const line of r.lines) expect(line).toMatch(LINE)
    expect(r.lines).toContain(
      '.github/chainguard/broken-yaml.sts.yaml:2:10: error: YAML error: Missing closing "quote: the quoted scalar runs to the end of the file (yaml.v2: found unexpected end of stream); the server cannot read this policy.'
    )
    expect(r.out).toMatch(/^\.github\/chainguard\/both-subjects\.sts\.yaml:3:1: error: /m)
    expect(r.out).toMatch(
      /^\.github\/chainguard\/unknown-key\.sts\.yaml:6:3: error: .*pull_requests/m
    )
    // `repositories` is for org policies only, and this is not an org's .github checkout
    expect(r.out).toMatch(/^\.github\/chainguard\/repositories\.sts\.yaml:5:1: error: /m)
    expect(r.out).toMatch(/^\.github\/chainguard\/misnamed\.sts\.yml:1:1: warning: .*never read/m)
    expect(r.out).not.toContain('good.sts.yaml')
    expect(r.err).toBe('Checked 5 files: 7 errors, 1 warning.\n')
  })

  it('exits 0 with warnings only', async () => {
    const r = await run(join(FIXTURES, 'warnings-only'), ['policies'])
    expect(r.code).toBe(0)
    expect(r.lines.length).toBeGreaterThan(0)
    for (const line of r.lines)
      expect(line).toMatch(/^policies\/[a-z]+\.sts\.yaml:\d+:\d+: (warning|note): /)
    // A top-level | is anchored today: a note about older servers, not counted as a warning.
    expect(r.lines.filter(l => / note: /.test(l))).toHaveLength(1)
    expect(r.err).toMatch(/: 0 errors, 2 warnings\.\n$/)
  })

  it('takes files and folders, with paths relative to the current directory', async () => {
    const r = await run(FIXTURES, [
      'repo/.github/chainguard/good.sts.yaml',
      'repo/.github/chainguard/unknown-key.sts.yaml',
      'org-allowlist/.github/chainguard'
    ])
    expect(r.code).toBe(1)
    expect(r.lines.every(l => l.startsWith('repo/.github/chainguard/unknown-key.sts.yaml:'))).toBe(
      true
    )
    expect(r.err).toBe('Checked 4 files: 3 errors, 0 warnings.\n')
  })

  it('checks the org issuer allowlist, as a file or in its folder', async () => {
    const folder = await run(join(FIXTURES, 'org-allowlist-bad'))
    expect(folder.code).toBe(1)
    expect(folder.out).toMatch(
      /^\.github\/chainguard\/trusted-token-issuers\.yaml:2:1: error: mode "Audit"/m
    )
    const file = await run(FIXTURES, [
      'org-allowlist-bad/.github/chainguard/trusted-token-issuers.yaml'
    ])
    expect(file.lines).toEqual(folder.lines.map(l => `org-allowlist-bad/${l}`))
    const good = await run(join(FIXTURES, 'org-allowlist'))
    expect(good.code).toBe(0)
    expect(good.out).toBe('')
  })

  it('--org-policies decides whether `repositories` is allowed; auto reads a .github checkout', async () => {
    const path = ['.github/chainguard/repositories.sts.yaml']
    const asRepo = await run(join(FIXTURES, 'repo'), path)
    expect(asRepo.out).toMatch(/:5:1: error: .*only allowed in an org policy/)
    const asOrg = await run(join(FIXTURES, 'repo'), ['--org-policies', 'true', ...path])
    expect(asOrg.lines).toEqual([
      '.github/chainguard/repositories.sts.yaml:7:5: error: repositories[1] is "org/lib": list repository names without the owner ("lib"); GitHub refuses the token otherwise.'
    ])
    const ws = mkdtempSync(join(tmpdir(), 'cli-validate-'))
    const dir = join(ws, '.github', '.github', 'chainguard')
    mkdirSync(dir, { recursive: true })
    writeFileSync(
      join(dir, 'org.sts.yaml'),
      'issuer: https://token.actions.githubusercontent.com\nsubject: repo:org/app:ref:refs/heads/main\npermissions:\n  contents: read\nrepositories:\n  - app\n'
    )
    expect((await run(join(ws, '.github'))).code).toBe(0)
    expect((await run(join(ws, '.github'), ['--org-policies', 'false'])).code).toBe(1)
  })

  it('--org-policy-repository: auto looks for a checkout of that name (the server’s ORG_POLICY_REPO)', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cli-validate-'))
    const policy =
      'issuer: https://token.actions.githubusercontent.com\nsubject: repo:org/app:ref:refs/heads/main\npermissions:\n  contents: read\nrepositories:\n  - app\n'
    for (const name of ['policies', '.github']) {
      mkdirSync(join(ws, name, '.github', 'chainguard'), { recursive: true })
      writeFileSync(join(ws, name, '.github', 'chainguard', 'org.sts.yaml'), policy)
    }
    const own = ['--org-policy-repository', 'policies']
    expect((await run(join(ws, 'policies'), own)).code).toBe(0)
    expect((await run(join(ws, 'policies'))).code).toBe(1)
    expect((await run(join(ws, '.github'), own)).code).toBe(1)
    const bad = await run(ws, ['--org-policy-repository', '..'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--org-policy-repository is "..": expected a repository name')
  })

  it('fails on a path that is not there: nothing checked is not a pass', async () => {
    const r = await run(FIXTURES)
    expect(r.code).toBe(1)
    expect(r.lines).toEqual([
      '.github/chainguard:1:1: error: No such policy file or folder .github/chainguard: nothing was validated (policies live in .github/chainguard).'
    ])
  })

  it('refuses a link that leaves the current directory, and makes file names inert', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'cli-validate-'))
    const outside = mkdtempSync(join(tmpdir(), 'cli-validate-outside-'))
    writeFileSync(join(outside, 'secret.sts.yaml'), 'issuer: x\n')
    const dir = join(ws, '.github', 'chainguard')
    mkdirSync(dir, { recursive: true })
    symlinkSync(join(outside, 'secret.sts.yaml'), join(dir, 'link.sts.yaml'))
    writeFileSync(join(dir, 'evil\n::error::x.sts.yaml'), 'issuer: x\n')
    const r = await run(ws)
    expect(r.code).toBe(1)
    expect(r.out).toMatch(/link\.sts\.yaml:1:1: error: .*link to outside the workspace/)
    expect(r.out).not.toMatch(/^::error::/m)
  })

  it('usage: --help on stdout (0), a bad option or value on stderr (2)', async () => {
    const help = await run(FIXTURES, ['--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('Usage: octo-sts-token validate')
    const bad = await run(FIXTURES, ['--org-policies', 'maybe'])
    expect(bad.code).toBe(2)
    expect(bad.out).toBe('')
    expect(bad.err).toContain('--org-policies must be auto, true or false')
    expect((await run(FIXTURES, ['--nope'])).code).toBe(2)
  })
})
