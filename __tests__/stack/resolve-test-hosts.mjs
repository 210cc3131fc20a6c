// Preload for a child process (NODE_OPTIONS=--import=<this file's URL>): DNS lookups of
// `*.test` names resolve to 127.0.0.1, so a test can reach the local stack under a name that is
// not a loopback name (@actions/http-client always bypasses the proxy for loopback names, so a
// NO_PROXY test needs a real-looking host). Everything else resolves as usual. Prints nothing.
import dns from 'node:dns'

const original = dns.lookup
const TEST_HOST = /\.test\.?$/i

dns.lookup = function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options
    options = {}
  } else if (typeof options === 'number') {
    options = { family: options }
  }
  if (typeof hostname === 'string' && TEST_HOST.test(hostname)) {
    if (options?.all) {
      process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }])
    } else {
      process.nextTick(callback, null, '127.0.0.1', 4)
    }
    return {}
  }
  return original.call(this, hostname, options, callback)
}
