// The benchmark's arithmetic (scripts/bench/stats.ts): no timing is asserted here.
import { describe, expect, test } from '@jest/globals'
import { distribution, median, percentile } from '../../scripts/bench/stats.js'

describe('stats', () => {
  test('nearest-rank percentiles are measured values', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6]
    expect(percentile(xs, 90)).toBe(9)
    expect(percentile(xs, 100)).toBe(10)
    expect(percentile(xs, 1)).toBe(1)
    expect(percentile([42], 90)).toBe(42)
    expect(percentile([], 90)).toBeNaN()
  })

  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  test('distribution rounds to 0.1', () => {
    expect(distribution([1.04, 2.06, 3.01])).toEqual({
      n: 3,
      median: 2.1,
      p90: 3,
      min: 1,
      max: 3,
      mean: 2
    })
  })
})
