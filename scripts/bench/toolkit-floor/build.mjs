// Builds the benchmark's toolkit floor into .bench/toolkit-floor/: main.mjs and post.mjs bundled
// by ncc with the action's substitutes and without node:assert (scripts/build/substitutes.mjs), and an action.yml, so
// that `npm run bench -- --peer .bench/toolkit-floor` runs it as a peer. What it measures:
// bench/README.md, "The toolkit floor".
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { URL, fileURLToPath } from 'node:url'
import { leaveOutUnusedBuiltins, substitutesTsconfig } from '../../build/substitutes.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const root = fileURLToPath(new URL('../../../', import.meta.url))
const out = join(root, '.bench', 'toolkit-floor')
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'toolkit-floor-'))
try {
  const tsconfig = substitutesTsconfig(work)
  for (const step of ['main', 'post']) {
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'),
        'build',
        join(here, `${step}.mjs`),
        '-o',
        join(work, step),
        '--quiet',
        '--target',
        'es2022'
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, TS_NODE_PROJECT: tsconfig } }
    )
    leaveOutUnusedBuiltins(`toolkit-floor/${step}`, join(work, step))
    copyFileSync(join(work, step, 'index.mjs'), join(out, `${step}.mjs`))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
writeFileSync(
  join(out, 'action.yml'),
  'name: toolkit floor\nruns:\n  using: node24\n  main: main.mjs\n  post: post.mjs\n'
)
console.log(`Built ${out} (npm run bench -- --peer ${out})`)
