// Preload for a child process (NODE_OPTIONS=--import=<this file's URL>) that watches what a
// step costs at start-up (__tests__/e2e/start-up.test.ts):
// - every call that loads ICU's locale data (toLocaleString, localeCompare, the Intl formatters)
//   throws, so a step that makes one fails: its first call costs 30-40 ms and 7 MB (bench/README.md);
// - at exit, the Node built-in modules the process loaded are written to START_UP_PROBE_FILE.
import { writeFileSync } from 'node:fs'

const refuse = name =>
  function () {
    throw new Error(`start-up probe: ${name} was called (it loads ICU locale data)`)
  }
for (const [proto, names] of [
  [Number.prototype, ['toLocaleString']],
  [BigInt.prototype, ['toLocaleString']],
  [Array.prototype, ['toLocaleString']],
  [Date.prototype, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
  [String.prototype, ['localeCompare', 'toLocaleLowerCase', 'toLocaleUpperCase']]
]) {
  for (const name of names) proto[name] = refuse(`${proto.constructor.name}.prototype.${name}`)
}
for (const name of Object.getOwnPropertyNames(Intl)) {
  if (typeof Intl[name] === 'function') Intl[name] = refuse(`Intl.${name}`)
}

const file = process.env.START_UP_PROBE_FILE
if (file) {
  process.on('exit', () => {
    const builtins = process.moduleLoadList
      .filter(m => m.startsWith('NativeModule '))
      .map(m => m.slice('NativeModule '.length))
    writeFileSync(file, JSON.stringify(builtins))
  })
}
