// Every package bundled into an entry has its license in that entry's licenses.txt, and nothing
// else is listed. The bundles name the ES modules they hold in webpack's comments
// (`// CONCATENATED MODULE: ./node_modules/<pkg>/…`, `// EXTERNAL MODULE: …`), in every chunk;
// CommonJS modules a bundled package requires appear by number only, so what such a package
// brings in is bounded by its dependencies in package.json.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { REPO_ROOT } from '../stack/run-step.js'

const packagesIn = (text: string): Set<string> =>
  new Set(
    [...text.matchAll(/MODULE: \.\/(?:[^\s]*\/)?node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g)].map(
      m => m[1] as string
    )
  )

/** `names` and every package they depend on (production dependencies, transitively). */
function withDependencies(names: Iterable<string>): Set<string> {
  const seen = new Set<string>()
  const visit = (name: string): void => {
    if (seen.has(name)) return
    seen.add(name)
    const pkg = JSON.parse(
      readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')
    ) as { dependencies?: Record<string, string> }
    for (const dep of Object.keys(pkg.dependencies ?? {})) visit(dep)
  }
  for (const name of names) visit(name)
  return seen
}

/**
 * The packages our sources import (the bundles' run-time libraries). package.json lists them
 * as devDependencies: the published package is its bundles and installs nothing else.
 */
function importedPackages(dir: string): Set<string> {
  const found = new Set<string>()
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) for (const p of importedPackages(path)) found.add(p)
    else if (entry.name.endsWith('.ts')) {
      const text = readFileSync(path, 'utf8')
      for (const m of text.matchAll(/(?:from|import\()\s*'((?:@[\w.-]+\/)?\w[\w.-]*)[^']*'/g)) {
        if (m[1] !== 'node') found.add(m[1] as string)
      }
    }
  }
  return found
}
const OWN_DEPENDENCIES = [...importedPackages(join(REPO_ROOT, 'src'))]

it('finds the run-time libraries our sources import', () => {
  expect(OWN_DEPENDENCIES.sort()).toEqual([
    '@actions/core',
    '@actions/http-client',
    're2js',
    'yaml'
  ])
})

describe.each(['main', 'post', 'validate', 'cli'])('dist/%s/licenses.txt', entry => {
  const dir = join(REPO_ROOT, 'dist', entry)
  const bundled = new Set<string>()
  for (const file of readdirSync(dir).filter(f => f.endsWith('.js'))) {
    for (const p of packagesIn(readFileSync(join(dir, file), 'utf8'))) bundled.add(p)
  }
  const licenses = readFileSync(join(dir, 'licenses.txt'), 'utf8')
  // Each package starts a block: its name, then its license, after a blank line (or first).
  const listed = [...licenses.matchAll(/(?:^|\n\n)((?:@[\w.-]+\/)?[\w.-]+)\n([^\n]+)\n/g)]

  it('lists every package bundled into the entry, and only those, each with a license', () => {
    expect(bundled.size).toBeGreaterThan(0)
    const names = listed.map(m => m[1] as string)
    for (const name of bundled) expect(names).toContain(name)
    // Our own dependencies can be bundled as CommonJS too (the CLI's single chunk holds yaml so),
    // by number only: what may be listed is bounded by them and what the bundle names.
    const possible = withDependencies([...bundled, ...OWN_DEPENDENCIES])
    for (const name of names) expect(possible).toContain(name)
    expect(new Set(names).size).toBe(names.length)
    for (const m of listed) expect(m[2]).toMatch(/^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause)$/)
  })

  it('carries each package’s license text', () => {
    for (const name of listed.map(m => m[1] as string)) {
      const pkgDir = join(REPO_ROOT, 'node_modules', name)
      const file = readdirSync(pkgDir).find(f => /^licen[cs]e(\.|$)/i.test(f))
      if (file) expect(licenses).toContain(readFileSync(join(pkgDir, file), 'utf8').trim())
    }
  })
})
