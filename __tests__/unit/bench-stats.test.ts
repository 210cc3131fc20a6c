// The benchmark's arithmetic and profile reading (scripts/bench): no timing is asserted here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, test } from '@jest/globals'
import { aggregateProfiles, summarizeProfile } from '../../scripts/bench/profile.js'
import { distribution, median, percentile } from '../../scripts/bench/stats.js'
import { medianPhases, phasesOf } from '../../scripts/bench/timeline.js'

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

describe('timeline', () => {
  test('phases add up to the wall time', () => {
    const p = phasesOf(
      100,
      {
        bootMs: 40,
        exitMs: 90,
        requests: [
          {
            host: '127.0.0.1',
            method: 'GET',
            startMs: 50,
            connectMs: 51,
            tlsMs: 53,
            responseMs: 60,
            endMs: 61
          },
          {
            host: '127.0.0.1',
            method: 'GET',
            startMs: 65,
            connectMs: 66,
            tlsMs: 67,
            responseMs: 70,
            endMs: 71
          }
        ]
      },
      [
        { port: 1, acceptMs: 0, requestMs: 4, finishMs: 6 },
        { port: 2, acceptMs: 0, requestMs: 2, finishMs: 3 }
      ],
      port => (port === 1 ? 'OIDC' : 'STS')
    )
    expect(p['r1 OIDC: TLS handshake']).toBe(2)
    expect(p['r1 OIDC:   of which server handler']).toBe(2)
    expect(p['r2 STS: before request (load, JS)']).toBe(4)
    expect(p['after last response → exit (JS, files, exit)']).toBe(19)
    // Client-side phases tile the wall time; server figures are shown inside them.
    const sum = Object.entries(p)
      .filter(([k]) => !k.includes('of which') && !k.includes('server:') && k !== 'total wall')
      .reduce((a, [, v]) => a + v, 0)
    expect(sum).toBeCloseTo(100)
    expect(medianPhases([{ a: 1 }, { a: 3 }, { a: 2, b: 5 }])).toEqual({ a: 2, b: 5 })
  })
})

describe('profile', () => {
  test('self time by category, bundle frames and start of the bundle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'))
    try {
      const bundle = join(dir, 'dist', 'main', 'index.js')
      const url = pathToFileURL(bundle).href
      const chunk = pathToFileURL(join(dir, 'dist', 'main', '1.index.js')).href
      const frame = (functionName: string, u = '') => ({
        functionName,
        url: u,
        lineNumber: 0,
        columnNumber: 0,
        scriptId: '0'
      })
      const profile = {
        nodes: [
          { id: 1, callFrame: frame('(root)'), children: [2, 3, 6] },
          { id: 2, callFrame: frame('compileForInternalLoader', 'node:internal/bootstrap/realm') },
          { id: 3, callFrame: frame('main', url), children: [4, 5] },
          { id: 4, callFrame: frame('connect', 'node:_tls_wrap') },
          { id: 5, callFrame: frame('parse', chunk) },
          { id: 6, callFrame: frame('(idle)') }
        ],
        startTime: 0,
        endTime: 10_000,
        // Sample i lasts timeDeltas[i + 1] µs.
        samples: [2, 3, 4, 5, 6],
        timeDeltas: [0, 1000, 2000, 3000, 1000, 3000]
      }
      const file = join(dir, 'p.cpuprofile')
      writeFileSync(file, JSON.stringify(profile))
      const s = summarizeProfile(file, bundle)
      expect(s.totalMs).toBe(10)
      expect(s.byCategory).toEqual({
        'module loading': 1,
        'bundle code': 3,
        tls: 3,
        'idle (waiting on I/O)': 3
      })
      expect(s.untilBundleMs).toBe(1)
      expect(s.underBundleMs).toBe(6)
      const agg = aggregateProfiles([s, s])
      expect(agg.byCategory.tls).toBe(3)
      expect(agg.top[0]?.selfMs).toBe(3)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
