// A Clock whose sleep advances time at once and is recorded: retry timing is asserted exactly
// and the tests do not wait.
import type { Clock } from '../../../src/net/retry.js'

export interface FakeClock extends Clock {
  /** Every sleep requested, in ms, in order. */
  sleeps: number[]
  /** Moves time forward without a sleep (time spent inside an attempt). */
  advance(ms: number): void
  /** Values random() returns next; when empty it returns `defaultRandom`. */
  randoms: number[]
}

export function fakeClock(start = Date.UTC(2026, 0, 1), defaultRandom = 0.5): FakeClock {
  let t = start
  const clock: FakeClock = {
    sleeps: [],
    randoms: [],
    now: () => t,
    sleep: async ms => {
      clock.sleeps.push(ms)
      t += ms
    },
    random: () => clock.randoms.shift() ?? defaultRandom,
    advance: ms => {
      t += ms
    }
  }
  return clock
}
