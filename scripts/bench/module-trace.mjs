// Preload (`node --import`) for the benchmark's lazy-loading check: records the URL of every ES
// module the process loads (the bundle and any chunk it imports on demand) into
// $BENCH_MODULES_FILE, one per line. Prints nothing. The hooks run on Node's loader thread.
import { register } from 'node:module'

const file = process.env.BENCH_MODULES_FILE
if (file) register('./module-trace-hooks.mjs', import.meta.url, { data: { file } })
