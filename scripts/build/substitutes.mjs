// The substitutes wired at bundle time (scripts/build.mjs; also the benchmark's toolkit floor,
// scripts/bench/toolkit-floor/build.mjs, which must bundle the toolkit exactly as the action does).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { URL, fileURLToPath } from 'node:url'

// Toolkit packages imported at the top of a module we need, but called on no path of ours:
// - undici: @actions/http-client imports it for `ProxyAgent`, which only getProxyFetch and
//   getAgentDispatcher use; our requests go through HttpClient and the `tunnel` agent. Evaluating
//   it (and the Node modules it loads) was most of a step's start-up cost (bench/README.md).
// - @actions/exec, and the @actions/io it imports: @actions/core imports it for `core.platform`.
// scripts/build/not-bundled.mjs stands in for them: it exports what the importers use, as
// functions that throw an error naming it. ncc has no alias option, but it resolves bare imports
// through tsconfig `paths` (its tsconfig-paths plugin, which reads the file TS_NODE_PROJECT
// names): a tsconfig written for the build alone maps each package to the substitute. Typecheck,
// tests and node_modules are untouched; the stats are checked, so a mapping that did not apply
// fails the build.
const SUBSTITUTED = ['undici', '@actions/exec']
const SUBSTITUTE = fileURLToPath(new URL('./not-bundled.mjs', import.meta.url))
/** Never in a bundle: the substituted packages and what only they import. */
const NOT_BUNDLED = [...SUBSTITUTED, '@actions/io']

/** Writes the build's tsconfig (the mapping) into `dir`; returns its path for TS_NODE_PROJECT. */
export function substitutesTsconfig(dir) {
  const file = join(dir, 'tsconfig.substitutes.json')
  const paths = Object.fromEntries(SUBSTITUTED.map(name => [name, [SUBSTITUTE]]))
  writeFileSync(file, JSON.stringify({ compilerOptions: { paths } }))
  return file
}

/** Throws when a bundle's packages (from webpack's stats) include one that must not be there. */
export function checkSubstituted(entry, packages) {
  const leaked = packages.map(([name]) => name).filter(name => NOT_BUNDLED.includes(name))
  if (leaked.length) {
    throw new Error(`dist/${entry} bundles ${leaked.join(', ')}: the substitute was not wired`)
  }
}
