// Builds the committed bundles in dist/ with ncc, one folder per entry. Reproducible: same
// sources and lockfile, same bytes (CI rebuilds and diffs).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = ['main', 'post', 'validate']
rmSync('dist', { recursive: true, force: true })
for (const entry of entries) {
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      `src/entries/${entry}.ts`,
      '-o',
      `dist/${entry}`,
      '--license',
      'licenses.txt',
      '--quiet',
      '--target',
      'es2022'
    ],
    { stdio: 'inherit' }
  )
}
