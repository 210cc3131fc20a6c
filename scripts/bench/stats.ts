// Order statistics for benchmark samples. Nearest-rank percentiles: every reported figure is a
// time that was actually measured, never an interpolation between two runs.

export interface Distribution {
  n: number
  median: number
  p90: number
  min: number
  max: number
  mean: number
}

/** The p-th percentile (0 < p ≤ 100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

export function distribution(values: readonly number[]): Distribution {
  const n = values.length
  return {
    n,
    median: round(median(values)),
    p90: round(percentile(values, 90)),
    min: round(n ? Math.min(...values) : NaN),
    max: round(n ? Math.max(...values) : NaN),
    mean: round(n ? values.reduce((a, b) => a + b, 0) / n : NaN)
  }
}

/** Rounded to 0.1 (ms) so results files stay readable and diffs stay small. */
export const round = (x: number, digits = 1): number =>
  Number.isFinite(x) ? Number(x.toFixed(digits)) : NaN
