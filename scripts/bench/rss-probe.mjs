// Preload (`node --import`) used by the benchmark when GNU time(1) is missing: writes this
// process's peak RSS in KiB to $BENCH_RSS_FILE when it exits. Prints nothing.
import { writeFileSync } from 'node:fs'

const file = process.env.BENCH_RSS_FILE
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`))
