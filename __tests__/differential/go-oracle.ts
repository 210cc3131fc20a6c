// Builds and runs go/differential (the Go program that decides cases with the server's
// libraries) on Debian's Go toolchain and library packages, in GOPATH mode and offline.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SOURCE = join(ROOT, 'go', 'differential')

/** Where Debian's golang-*-dev packages put their sources. */
export const DEBIAN_GOPATH = '/usr/share/gocode'
export const DEBIAN_PACKAGES = 'golang-go golang-gopkg-yaml.v2-dev golang-k8s-sigs-yaml-dev'
const LIBRARIES = ['sigs.k8s.io/yaml/yaml.go', 'gopkg.in/yaml.v2/yaml.go']

/** A case for the Go program (see go/differential/main.go for the answers). */
export type GoCase =
  | { k: 'yaml'; shape: 'policy' | 'org' | 'allowlist'; text: string; runs?: number }
  | { k: 're'; p: string; in: string[] }
  | { k: 'jwt'; b64: string }

export type GoYamlAnswer = { outcomes: Array<{ err: string } | { value: unknown }> }
export type GoReAnswer = { err: string } | { m: boolean[] }
export type GoJwtAnswer =
  | { err: string; why: string }
  | {
      iss: string
      sub: string
      aud: string[]
      claims?: Record<string, unknown> | null
      claimsErr?: string
    }

export interface Toolchain {
  go: string
  version: string
  env: NodeJS.ProcessEnv
}

/** Offline GOPATH mode over Debian's packages (and the developer's own GOPATH first, if any). */
function goEnv(): NodeJS.ProcessEnv {
  const gopath = [process.env.GOPATH, DEBIAN_GOPATH].filter(Boolean).join(':')
  return {
    ...process.env,
    GOPATH: gopath,
    GO111MODULE: 'off',
    GOFLAGS: '',
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
    CGO_ENABLED: '0',
    // A stable cache: later runs rebuild nothing.
    GOCACHE: process.env.GOCACHE ?? join(tmpdir(), 'octo-sts-token-go-cache')
  }
}

/** Go and the two libraries, or why they cannot be used. */
export function findToolchain(): Toolchain | { missing: string } {
  const env = goEnv()
  const version = spawnSync('go', ['version'], { env, encoding: 'utf8' })
  if (version.error || version.status !== 0) return { missing: 'the go command is not installed' }
  const roots = (env.GOPATH ?? '').split(':').filter(Boolean)
  for (const lib of LIBRARIES) {
    if (!roots.some(r => existsSync(join(r, 'src', lib)))) {
      return { missing: `the Go library ${lib.split('/').slice(0, -1).join('/')} is not installed` }
    }
  }
  return { go: 'go', version: version.stdout.trim(), env }
}

/** Builds the program into a new temporary directory; returns the binary's path. */
export function buildOracle(tc: Toolchain): string {
  const bin = join(mkdtempSync(join(tmpdir(), 'octo-sts-token-godiff-')), 'differential')
  const r = spawnSync(tc.go, ['build', '-o', bin, '.'], {
    cwd: SOURCE,
    env: tc.env,
    encoding: 'utf8'
  })
  if (r.status !== 0) throw new Error(`go build failed: ${r.stderr || r.error?.message}`)
  return bin
}

/** Runs one batch: one answer per case, in order. */
export function runOracle(bin: string, permissions: readonly string[], cases: GoCase[]): unknown[] {
  const input = [{ permissions }, ...cases].map(c => JSON.stringify(c)).join('\n') + '\n'
  const r = spawnSync(bin, [], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`the Go program failed: ${r.stderr || r.error?.message}`)
  const lines = r.stdout.split('\n').filter(l => l !== '')
  if (lines.length !== cases.length) {
    throw new Error(`the Go program answered ${lines.length} of ${cases.length} cases`)
  }
  return lines.map(l => JSON.parse(l) as unknown)
}
