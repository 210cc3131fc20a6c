// Stands in, in the bundles, for toolkit modules that @actions/core and @actions/http-client
// import at their top level but that no path of this action calls. scripts/build.mjs wires it
// in at bundle time and says which modules it replaces and why. Evaluating it costs nothing;
// calling anything it exports throws an error naming this file, so a path that ever reaches it
// fails loudly (and the end-to-end tests fail on any output that names it).

/** Named in every error thrown here. */
export const SUBSTITUTE_FILE = 'scripts/build/not-bundled.mjs'

/** A function that throws when called, with or without `new`. */
function notBundled(name) {
  return function () {
    throw new Error(
      `octo-sts-token: ${name} is not bundled (${SUBSTITUTE_FILE} stands in for the module ` +
        'that exports it). This is a bug in octo-sts-token: please report it with this message.'
    )
  }
}

// What the importers use: http-client `new ProxyAgent(…)` (for getProxyFetch and
// getAgentDispatcher); core's platform module `exec.getExecOutput(…)` (for core.platform).
export const ProxyAgent = notBundled('ProxyAgent')
export const exec = notBundled('exec')
export const getExecOutput = notBundled('getExecOutput')
