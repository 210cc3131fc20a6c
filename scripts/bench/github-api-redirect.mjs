// Preload (NODE_OPTIONS=--import) for a peer action in `npm run bench -- --peer DIR`: a request
// its `fetch` sends to https://api.github.com goes to GITHUB_API_URL (the local stack's API)
// instead, so an action that hard-codes GitHub's address (octo-sts/action's post step does) runs
// against the same stack. Nothing is loaded until the peer calls fetch; the benchmark measures
// this preload on an empty step too and compares the peer with that floor.
const GITHUB = 'https://api.github.com'
const api = process.env.GITHUB_API_URL?.replace(/\/$/, '')
const builtin = Object.getOwnPropertyDescriptor(globalThis, 'fetch')

if (api && builtin) {
  const original = () => (builtin.get ? builtin.get.call(globalThis) : builtin.value)
  Object.defineProperty(globalThis, 'fetch', {
    configurable: true,
    enumerable: builtin.enumerable,
    writable: true,
    value: function fetch(input, init) {
      const url =
        typeof input === 'string' ? input : input instanceof globalThis.URL ? input.href : undefined
      const redirected =
        url && (url === GITHUB || url.startsWith(`${GITHUB}/`))
          ? api + url.slice(GITHUB.length)
          : input
      return original()(redirected, init)
    }
  })
}
