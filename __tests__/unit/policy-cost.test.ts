// Patterns the server (Go) builds but that cost re2js too much: too costly to check here, at
// once, and never called invalid; patterns Go refuses stay invalid, as the server says.
import { describe, expect, it } from '@jest/globals'
import { checkCost, goProgramSize, TooCostly } from '../../src/policy/cost.js'
import { compilePolicy } from '../../src/policy/compile.js'
import { runJob } from '../../src/policy/jobs.js'
import { lintPolicy } from '../../src/policy/lint.js'
import { parsePolicy } from '../../src/policy/parse.js'
import { GO_MAX_SIZE, MAX_CHECKED_SIZE, tooCostly } from '../../src/policy/sandbox.js'
import { manyCostlyClaims, repeatedSubject } from '../fixtures/expensive-policies.js'

const UNIT = '[\\p{L}\\p{N}]{0,1000}'
const anchored = (p: string): string => '^' + p + '$'

describe("goProgramSize: Go's calcSize over the pattern", () => {
  it.each([
    ['abc', 3],
    ['(a)', 3],
    ['(?:a)', 1],
    ['(?P<n>a)', 3],
    ['a*', 3],
    ['a+?', 2],
    ['a|b|c', 5],
    ['a{2,5}', 8],
    ['a{3}', 3],
    ['a{2,}', 3],
    ['a{0}', 1],
    ['[a-z]{0,10}', 20],
    ['\\pL{0,10}', 20],
    ['\\p{Greek}+', 2],
    ['\\x41{2}', 2],
    ['\\x{263a}?', 2],
    ['\\Qa.b\\E', 3],
    ['(?i)ab', 2],
    ['(a{2}){3}', 12]
  ])('%s → %d', (pattern, size) => {
    expect(goProgramSize(pattern)).toBe(size)
  })

  it('finds the bound Go 1.19+ has (measured with Go: 1,677 repetitions build, 1,678 are "expression too large")', () => {
    expect(goProgramSize(anchored(UNIT.repeat(1677)))).toBeLessThanOrEqual(GO_MAX_SIZE)
    expect(goProgramSize(anchored(UNIT.repeat(1678)))).toBeGreaterThan(GO_MAX_SIZE)
  })

  it('gives up on what it cannot follow', () => {
    expect(goProgramSize('(a')).toBeUndefined()
    expect(goProgramSize('a)')).toBeUndefined()
  })
})

describe('checkCost', () => {
  it('lets hand-written patterns through and stops the expensive ones before re2js builds them', () => {
    for (const p of [
      'repo:acme/.*:ref:refs/heads/main',
      '[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63})*',
      '\\d{1,1000}'
    ])
      expect(() => checkCost(anchored(p))).not.toThrow()
    expect(() => checkCost(anchored(UNIT.repeat(11)))).toThrow(TooCostly)
    expect(goProgramSize(anchored(UNIT.repeat(11)))).toBeGreaterThan(MAX_CHECKED_SIZE)
    // Past Go's own bound it is not ours to stop: re2js refuses it as the server does.
    expect(() => checkCost(anchored(UNIT.repeat(2000)))).not.toThrow()
  })
})

describe('a policy with an expensive pattern', () => {
  it.each([200, 550, 700])(
    '%d repetitions: too costly to check here (not invalid), in well under a second',
    times => {
      const text = repeatedSubject(times)
      const started = Date.now()
      const parsed = parsePolicy(text)
      expect(() => compilePolicy(parsed.policy!, parsed.positions)).toThrow(TooCostly)
      expect(runJob('lintPolicy', [text, { isOrgPolicy: false }])).toEqual({
        ok: false,
        costly: 'size'
      })
      expect(
        runJob('explainPolicy', [text, '{"iss":"x","sub":"y","aud":"z"}', 'octo-sts.dev', {}])
      ).toEqual({ ok: false, costly: 'size' })
      expect(Date.now() - started).toBeLessThan(1500)
    }
  )

  it('past what Go builds (2,000 repetitions): invalid, "expression too large", as the server says', () => {
    const problems = lintPolicy(repeatedSubject(2000), { isOrgPolicy: false })
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        field: 'subject_pattern',
        message: expect.stringMatching(
          /subject_pattern: error parsing regexp: expression too large/
        )
      })
    )
  })

  it('many patterns each below the bound: built here (only a sandbox bounds their sum)', () => {
    const text = manyCostlyClaims(2)
    expect(runJob('lintPolicy', [text, { isOrgPolicy: false }])).toMatchObject({ ok: true })
  })

  it('says so in words every consumer shares, never "invalid"', () => {
    expect(tooCostly('`p.sts.yaml`', 'size')).toBe(
      '`p.sts.yaml` is too costly to check here: a pattern compiles to more than the 20,000 instructions checked here (the server builds up to 3,355,443). That does not make it invalid (the server may accept it), but nothing here can say what it admits. Counted repetitions such as {0,1000}, many times over, cost the most: simplify the patterns to have them checked.'
    )
    expect(tooCostly('x', 'time')).toMatch(
      /^x is too costly to check here: it could not be checked within the time limit\./
    )
    expect(tooCostly('x', 'memory')).toMatch(/more than the 256 MB of memory/)
  })
})

describe('isEngineWorker: how an entry tells the engine’s worker apart', () => {
  it('is false on the main thread, even when the command line names the worker’s mark', async () => {
    const { isEngineWorker } = await import('../../src/policy/sandbox.js')
    expect(await isEngineWorker()).toBe(false)
    const argv = process.argv
    process.argv = [...argv, '--octo-sts-token-policy-engine']
    try {
      // The mark only makes it look; node:worker_threads says this is the main thread.
      expect(await isEngineWorker()).toBe(false)
    } finally {
      process.argv = argv
    }
  })
})
