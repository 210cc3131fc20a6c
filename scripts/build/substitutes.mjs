// The substitutes wired at bundle time (scripts/build.mjs; also the benchmark's toolkit floor,
// scripts/bench/toolkit-floor/build.mjs, which must bundle the toolkit exactly as the action does).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { URL, fileURLToPath } from 'node:url'
import { SUBSTITUTE_FILE } from './not-bundled.mjs'

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

// Node built-ins that a bundled package requires at its top level and never calls, and the one
// package allowed to require each: `tunnel` (http-client's proxy agent) requires `assert` and
// uses it nowhere. Loading it costs Node 24 1.2 to 1.4 ms and 0.14 MB of young heap at every
// start (0.4 ms on Node 20; bench/README.md). ncc makes every built-in an external before any
// resolver, alias or tsconfig `paths` is consulted, so the substitute above cannot reach it: the
// build replaces the body of the one external module webpack emits for it with a stand-in that
// throws, naming not-bundled.mjs, on any use (so the e2e tests fail if a path reaches it). The
// stats are checked first: another requirer fails the build, as does a bundle whose text
// does not hold that module exactly once.
const UNUSED_BUILTINS = { assert: 'tunnel' }

const externalLine = name =>
  `module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)(${JSON.stringify(name)});`

const standIn = name =>
  `module.exports = new Proxy(function () {}, Object.fromEntries(['get', 'apply', 'construct'].map(trap => [trap, () => { throw new Error(${JSON.stringify(
    `octo-sts-token: node:${name} is not loaded (the build leaves it out, as ${SUBSTITUTE_FILE} stands in for modules no path reaches). This is a bug in octo-sts-token: please report it with this message.`
  )}) }])));`

/** Which packages require the external built-in `name`, from webpack's stats. */
function requirersOf(stats, name) {
  const found = []
  const visit = module => {
    if ((module.name ?? '') === `external ${JSON.stringify(name)}`) {
      for (const r of module.reasons ?? []) found.push(r.moduleName ?? '')
    }
    for (const inner of module.modules ?? []) visit(inner)
  }
  for (const module of stats?.modules ?? []) visit(module)
  return found
}

/**
 * Puts the stand-in in place of each unused built-in in the bundle written to `dir` (its .js
 * files). With `stats` (webpack's), fails unless the one allowed package requires it.
 */
export function leaveOutUnusedBuiltins(entry, dir, stats) {
  const files = readdirSync(dir).filter(f => f.endsWith('.js') || f.endsWith('.mjs'))
  for (const [name, owner] of Object.entries(UNUSED_BUILTINS)) {
    if (stats) {
      const others = requirersOf(stats, name).filter(m => !m.includes(`/node_modules/${owner}/`))
      if (others.length) {
        throw new Error(
          `dist/${entry}: ${others.join(', ')} require(s) node:${name}, which the build leaves out (only ${owner} may)`
        )
      }
    }
    const line = externalLine(name)
    const texts = files.map(f => [f, readFileSync(join(dir, f), 'utf8')])
    const holders = texts.filter(([, text]) => text.includes(line))
    const count = holders.reduce((n, [, text]) => n + text.split(line).length - 1, 0)
    if (count !== 1) {
      throw new Error(
        `dist/${entry} holds the external module of node:${name} ${count} times, not once`
      )
    }
    const [file, text] = holders[0]
    writeFileSync(join(dir, file), text.replace(line, standIn(name)))
  }
}
