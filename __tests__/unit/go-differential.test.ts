// The engine against real Go: a Go program (go/differential) decides every case with the
// libraries the server uses (sigs.k8s.io/yaml over yaml.v2, regexp, encoding/json) and the
// test compares its answers with the engine's, case by case. Cases: the property tests'
// generators with a fixed seed, and a catalog of byte-level corner cases
// (__tests__/differential/catalog.ts). The only differences allowed are those that come from
// Debian's older Go (__tests__/differential/known-differences.ts) and, until their branches
// land, the ones listed in PENDING below. Needs Debian's packages (`.ci/run` installs them):
// without Go it says it skipped, and under CI it fails.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { writeFileSync } from 'node:fs'
import { INSTALLATION_PERMISSIONS } from '../../src/policy/index.js'
import { COMMON_INPUTS, PATTERN_CASES, TOKEN_CASES, YAML_CASES } from '../differential/catalog.js'
import {
  compareJwt,
  compareRe,
  compareYaml,
  engineJwt,
  engineRe,
  engineYaml,
  PATTERN_ENTRIES,
  wellFormed
} from '../differential/engine.js'
import type { Shape } from '../differential/engine.js'
import {
  DEBIAN_PACKAGES,
  buildOracle,
  findToolchain,
  runOracle
} from '../differential/go-oracle.js'
import type { GoCase, GoJwtAnswer, GoReAnswer, GoYamlAnswer } from '../differential/go-oracle.js'
import { deliberateDifference, versionDifference } from '../differential/known-differences.js'
import type { Difference } from '../differential/known-differences.js'
import { claims, hostileText, patternText, policyYaml, yamlText } from './helpers/generators.js'

/**
 * Differences fixed on a branch that has not reached main yet. Each names its branch; an
 * entry that no longer matches any difference fails the test, so it is removed as soon as the
 * branch lands. Never list a difference here that no branch fixes.
 */
const PENDING: Array<{ branch: string; what: string; applies: (d: Difference) => boolean }> = []

const SEED = 20261207
const SHAPES: Shape[] = ['policy', 'org', 'allowlist']
const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number): T[] =>
  fc.sample(arb, { seed: SEED, numRuns })

interface Case {
  name: string
  go: GoCase
  /** Compares the Go program's answer with the engine's; one entry per engine entry point. */
  compare: (answer: unknown) => Array<{ what: string; detail?: string; engine: unknown }>
}

function yamlCase(name: string, shape: Shape, raw: string): Case {
  const text = wellFormed(raw)
  const ts = engineYaml(shape, text)
  // Outcomes picked at random by Go: decode often enough to see every one of them.
  const go: GoCase = { k: 'yaml', shape, text, ...(ts.random ? { runs: 64 } : {}) }
  return {
    name,
    go,
    compare: a => [
      { what: `yaml:${shape}`, detail: compareYaml(a as GoYamlAnswer, ts), engine: ts.outcome }
    ]
  }
}

function patternCase(name: string, raw: string, inputs: readonly string[]): Case {
  const p = wellFormed(raw)
  const ins = [...new Set([...inputs, p, p + p].map(wellFormed))]
  return {
    name,
    go: { k: 're', p, in: ins },
    compare: a =>
      PATTERN_ENTRIES.map(([what, compile]) => {
        const ts = engineRe(compile, p, ins)
        return { what, detail: compareRe(a as GoReAnswer, ts), engine: ts }
      })
  }
}

function tokenCase(name: string, payload: string | Uint8Array): Case {
  const bytes = typeof payload === 'string' ? new Uint8Array(Buffer.from(payload)) : payload
  return {
    name,
    go: { k: 'jwt', b64: Buffer.from(bytes).toString('base64') },
    compare: a => {
      const ts = engineJwt(bytes)
      return [{ what: 'jwt', detail: compareJwt(a as GoJwtAnswer, ts), engine: ts }]
    }
  }
}

function allCases(): Case[] {
  const cases: Case[] = []
  for (const c of YAML_CASES) {
    for (const shape of c.shapes ?? ['policy'])
      cases.push(yamlCase(`catalog: ${c.name}`, shape, c.text))
  }
  sample(yamlText, 500).forEach((t, i) =>
    cases.push(yamlCase(`generated yamlText #${i}`, SHAPES[i % 3] as Shape, t))
  )
  sample(policyYaml, 500).forEach((t, i) =>
    cases.push(yamlCase(`generated policyYaml #${i}`, SHAPES[i % 3] as Shape, t))
  )
  for (const c of PATTERN_CASES) {
    cases.push(
      patternCase(`catalog: ${c.name}`, c.pattern, [...COMMON_INPUTS, ...(c.inputs ?? [])])
    )
  }
  const alphabet = fc.constantFrom('a', '/', '.', 'K', 's', ':', '\n', '-', '0')
  const inputs = sample(
    fc.array(alphabet, { maxLength: 5 }).map(a => a.join('')),
    6
  )
  sample(patternText, 600).forEach((p, i) =>
    cases.push(
      patternCase(`generated patternText #${i}`, p, [...COMMON_INPUTS.slice(0, 12), ...inputs])
    )
  )
  for (const c of TOKEN_CASES) cases.push(tokenCase(`catalog: ${c.name}`, c.payload))
  sample(claims, 400).forEach((c, i) =>
    cases.push(tokenCase(`generated claims #${i}`, JSON.stringify(c)))
  )
  sample(hostileText, 100).forEach((t, i) => cases.push(tokenCase(`generated payload #${i}`, t)))
  return cases
}

const toolchain = findToolchain()
const CI = process.env.CI === 'true'

describe('the engine agrees with real Go (sigs.k8s.io/yaml, yaml.v2, regexp, encoding/json)', () => {
  if ('missing' in toolchain) {
    if (CI) {
      it('runs under CI', () => {
        throw new Error(
          `The Go differential test cannot run: ${toolchain.missing}. CI must install Debian's packages (.ci/run does): apt-get install ${DEBIAN_PACKAGES}`
        )
      })
    } else {
      console.warn(
        `SKIPPED the Go differential test: ${toolchain.missing}. Install Debian's packages to run it: apt-get install ${DEBIAN_PACKAGES}`
      )
      it.skip(`(skipped: ${toolchain.missing})`, () => undefined)
    }
    return
  }

  it('decides every case as Go does, but for the listed version differences', () => {
    const started = performance.now()
    const bin = buildOracle(toolchain)
    const built = performance.now()
    const cases = allCases()
    const answers = runOracle(
      bin,
      [...INSTALLATION_PERMISSIONS],
      cases.map(c => c.go)
    )
    const differences: Difference[] = []
    cases.forEach((c, i) => {
      const answer = answers[i]
      if (answer && typeof answer === 'object' && 'fail' in answer) {
        throw new Error(`the Go program could not run ${c.name}: ${JSON.stringify(answer)}`)
      }
      const results = c.compare(answer)
      const others = Object.fromEntries(results.map(r => [r.what, r.engine]))
      for (const r of results) {
        if (r.detail === undefined) continue
        differences.push({
          what: r.what,
          name: c.name,
          input: c.go,
          detail: r.detail,
          go: answer,
          engine: r.engine,
          others
        })
      }
    })
    const version = differences.filter(d => versionDifference(d))
    const deliberate = differences.filter(d => !versionDifference(d) && deliberateDifference(d))
    const known = (d: Difference): boolean =>
      versionDifference(d) !== undefined || deliberateDifference(d) !== undefined
    const pending = differences.filter(d => !known(d) && PENDING.some(p => p.applies(d)))
    const unexplained = differences.filter(d => !known(d) && !PENDING.some(p => p.applies(d)))
    if (process.env.GODIFF_REPORT) {
      writeFileSync(
        process.env.GODIFF_REPORT,
        JSON.stringify({ version, deliberate, pending, unexplained }, null, 1)
      )
    }
    console.log(
      `Go differential (${toolchain.version}): ${cases.length} cases, build ${Math.round(built - started)} ms, ` +
        `compared in ${Math.round(performance.now() - built)} ms; ${version.length} version differences, ` +
        `${deliberate.length} deliberate, ` +
        `${pending.length} pending on ${[...new Set(PENDING.map(p => p.branch))].join(', ') || 'no branch'}, ` +
        `${unexplained.length} unexplained`
    )
    const stale = PENDING.filter(p => !differences.some(d => !known(d) && p.applies(d)))
    expect(
      stale.map(p => `${p.branch}: ${p.what} (no longer differs: remove it from PENDING)`)
    ).toEqual([])
    const shown = unexplained
      .slice(0, 25)
      .map(d => `${d.what} ${d.name}: ${JSON.stringify(d.input)}\n  ${d.detail}`)
    expect(shown).toEqual([])
  }, 120_000) // a few seconds alone; generous for a loaded 2-core machine with coverage
})
