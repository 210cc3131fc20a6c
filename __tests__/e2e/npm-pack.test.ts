// The package as npm would publish it: `npm pack` of this repository, installed offline into a
// temporary prefix, runs its bin. The README's install (a pinned commit of the repository,
// which npm packs the same way) depends on this: the tarball holds the bundles and needs
// nothing else, so installing it downloads no other package.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../stack/run-step.js'

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  bin: Record<string, string>
  dependencies?: Record<string, string>
}

const tmp = mkdtempSync(join(tmpdir(), 'octo-sts-pack-'))
const prefix = join(tmp, 'prefix')
const npm = (args: string[]): string =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--offline', '--loglevel=error'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    // Nothing reaches the network: a dependency the tarball needed would fail the install.
    env: { ...process.env, npm_config_registry: 'http://127.0.0.1:9/' },
    timeout: 120_000
  })
let files: string[] = []
let tarball = ''

beforeAll(() => {
  const [packed] = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp])
  ) as { filename: string; files: { path: string }[] }[]
  tarball = join(tmp, packed?.filename ?? '')
  files = (packed?.files ?? []).map(f => f.path)
  npm(['install', '--global', '--prefix', prefix, '--ignore-scripts', tarball])
}, 180_000)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('the npm package', () => {
  it('declares no run-time dependency: the bundles are all it runs', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
  })

  it('holds the bundles and the action files, and no sources or tests', () => {
    for (const bin of Object.values(pkg.bin)) expect(files).toContain(bin)
    expect(files).toEqual(expect.arrayContaining(['action.yml', 'dist/main/index.js']))
    expect(files.filter(f => /^(src|__tests__|scripts|examples)\//.test(f))).toEqual([])
  })

  it('installs offline from the tarball, and its bin says the package version', () => {
    const bin = join(prefix, 'bin', Object.keys(pkg.bin)[0] ?? '')
    const version = execFileSync(bin, ['--version'], { encoding: 'utf8', cwd: tmp })
    expect(version).toBe(`${pkg.version}\n`)
    const help = execFileSync(bin, ['exchange', '--help'], { encoding: 'utf8', cwd: tmp })
    expect(help).toMatch(/^Usage: octo-sts-token exchange/)
  })
})
