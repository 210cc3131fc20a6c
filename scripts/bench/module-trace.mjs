// Preload (`node --import`) for the benchmark's lazy-loading check: records the URL of every ES
// module the process loads (the bundle and any chunk it imports on demand), and whether Node's
// undici was loaded, into $BENCH_MODULES_FILE, one per line. Prints nothing. The hooks run on
// Node's loader thread.
import { appendFileSync } from 'node:fs'
import { register } from 'node:module'

const file = process.env.BENCH_MODULES_FILE
if (file) {
  register('./module-trace-hooks.mjs', import.meta.url, { data: { file } })
  // Node's own modules that are expensive and that nothing in a step should need: undici
  // (fetch: 10-40 ms, ~10 MB) is pulled in by @actions/core, by fetch, and on Node 24 by an
  // ES `import` of node:http. Written as node:internal/... lines.
  process.on('exit', () => {
    const heavy = process.moduleLoadList.filter(m => /undici/.test(m))
    if (heavy.length) appendFileSync(file, heavy.map(m => `node:${m.split(' ').pop()}\n`).join(''))
  })
}
