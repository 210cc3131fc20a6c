// Builds the committed bundles in dist/ with ncc, one folder per entry. Reproducible: same
// sources and lockfile, same bytes (CI rebuilds and diffs).
//
// licenses.txt is written here from webpack's stats, not by ncc's --license: with more than one
// chunk (main loads the policy engine on demand) ncc writes the licenses of one chunk only, and
// dist/main/licenses.txt lacked every package of the main chunk (@actions/*, tunnel, undici).
//
// Toolkit modules no path reaches are not bundled: scripts/build/not-bundled.mjs stands in for
// them (scripts/build/substitutes.mjs says which and how), and node:assert, which tunnel
// requires and never calls, is not loaded (the same file, leaveOutUnusedBuiltins).
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkSubstituted,
  leaveOutUnusedBuiltins,
  substitutesTsconfig
} from './build/substitutes.mjs'

const entries = ['main', 'post', 'validate', 'cli']

/**
 * The command-line tool's bundle: its version from package.json (`--version` must say what was
 * published), a `#!/usr/bin/env node` line first, and executable, so the `bin` npm links runs.
 */
function finishCli(file) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
  const placeholder = "'__OCTO_STS_TOKEN_VERSION__'"
  let code = readFileSync(file, 'utf8')
  if (!code.includes(placeholder)) throw new Error(`${file} has no version placeholder`)
  code = code.replace(placeholder, JSON.stringify(version)).replace(/^#![^\n]*\n/, '')
  writeFileSync(file, `#!/usr/bin/env node\n${code}`)
  chmodSync(file, 0o755)
}

/** The package directories (`node_modules/…/<name>`) of every module in webpack's stats. */
function bundledPackages(stats) {
  const dirs = new Map()
  const visit = module => {
    const name = module.name ?? module.identifier ?? ''
    const m = /^(?:.*!)?\.?\/?(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(name)
    if (m) dirs.set(m[2], m[1])
    for (const inner of module.modules ?? []) visit(inner)
  }
  for (const module of stats.modules ?? []) visit(module)
  for (const chunk of stats.chunks ?? []) for (const module of chunk.modules ?? []) visit(module)
  return [...dirs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** ncc's format: name, license, license text, a blank line between packages. */
function licenseText(packages) {
  return packages
    .map(([name, dir]) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
      const file = readdirSync(dir).find(f => /^licen[cs]e(\.|$)/i.test(f))
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : ''
      return [name, pkg.license ?? 'UNKNOWN', text].filter(Boolean).join('\n')
    })
    .join('\n\n')
    .concat('\n')
}

rmSync('dist', { recursive: true, force: true })
const work = mkdtempSync(join(tmpdir(), 'build-stats-'))
try {
  const tsconfig = substitutesTsconfig(work)
  for (const entry of entries) {
    const statsFile = join(work, `${entry}.json`)
    execFileSync(
      process.execPath,
      [
        'node_modules/@vercel/ncc/dist/ncc/cli.js',
        'build',
        `src/entries/${entry}.ts`,
        '-o',
        `dist/${entry}`,
        '--stats-out',
        statsFile,
        '--quiet',
        '--target',
        'es2022'
      ],
      { stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: tsconfig } }
    )
    if (!existsSync(statsFile)) throw new Error(`ncc wrote no stats for ${entry}`)
    const stats = JSON.parse(readFileSync(statsFile, 'utf8'))
    const packages = bundledPackages(stats)
    checkSubstituted(entry, packages)
    leaveOutUnusedBuiltins(entry, join('dist', entry), stats)
    writeFileSync(join('dist', entry, 'licenses.txt'), licenseText(packages))
    if (entry === 'cli') finishCli(join('dist', entry, 'index.js'))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
