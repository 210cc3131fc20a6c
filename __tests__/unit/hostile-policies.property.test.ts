// Whatever a repository holds — any YAML text, any file names — and whatever a token claims,
// the policy engine, the denial's explanation and the validate action return without throwing,
// in bounded time, and no line they print is one the runner reads as a command.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { exchangeError } from '../../src/sts/server-messages.js'
import { checkLocalPolicy } from '../../src/diagnosis/local-check.js'
import { explainPolicy, lintPolicy, parsePolicy } from '../../src/policy/index.js'
import { failureReport } from '../../src/diagnosis/report.js'
import { ACTION } from '../../src/vocabulary.js'
import { validate } from '../../src/steps/validate.js'
import type { PolicyFiles } from '../../src/steps/validate.js'
import { commandLines } from '../stack/commands.js'
import { claims, hostileText, yamlText } from './helpers/generators.js'
import { recordingRunner } from './helpers/runner.js'

const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}
/** Generous: each example is a few hundred bytes; a hang or blow-up is what this catches. */
const BOUND_MS = 5000

// A file name: anything but `/` and NUL, often ending as a policy does.
const fileName = fc
  .tuple(hostileText, fc.constantFrom('.sts.yaml', '.sts.yaml', '.sts.yml', '.STS.YAML', ''))
  .map(([stem, suffix]) => (stem.split('/').join('').split('\u0000').join('') || 'x') + suffix)
  .filter(n => n !== '.' && n !== '..')

/** Every line in `texts` is inert by the runner's definition. */
const expectInert = (texts: readonly string[]): void => {
  for (const t of texts) expect(commandLines(t)).toEqual([])
}

const timed = async <T>(f: () => T | Promise<T>): Promise<T> => {
  const started = performance.now()
  const out = await f()
  expect(performance.now() - started).toBeLessThan(BOUND_MS)
  return out
}

describe('hostile policies, names and claims (property)', () => {
  it('parse, lint and explain never throw, and every problem has a line', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, claims, fc.boolean(), async (text, c, isOrgPolicy) => {
        await timed(() => {
          const parsed = parsePolicy(text, { isOrgPolicy })
          expect(Array.isArray(parsed.errors)).toBe(true)
          for (const p of lintPolicy(text, { isOrgPolicy }))
            expect(p.line).toBeGreaterThanOrEqual(1)
          const explained = explainPolicy(text, c, CTX.domain, { isOrgPolicy })
          expect(['unparseable', 'uncompilable', 'deny', 'allow']).toContain(explained.verdict)
        })
      }),
      { numRuns: 300 }
    )
  })

  it('the explanation of a denial prints only inert lines, whatever the policy, claims and server say', async () => {
    await fc.assert(
      fc.asyncProperty(yamlText, claims, hostileText, async (text, c, said) => {
        const check = await timed(() =>
          checkLocalPolicy(
            { GITHUB_REPOSITORY: 'acme/widgets', GITHUB_WORKSPACE: '/ws' },
            CTX,
            JSON.stringify(c),
            {
              readFile: () => text
            }
          )
        )
        expect(check.status).not.toBe('failed') // the engine threw: a bug
        const error = exchangeError(403, `trust policy: ${said}`, CTX)
        const report = failureReport({ error, ctx: CTX, claims: c, check }, ACTION)
        expectInert(report.info)
        for (const g of report.groups) expectInert([g.title, ...g.lines])
        for (const line of [...report.info, ...report.groups.flatMap(g => g.lines)]) {
          expect(line).not.toMatch(/[\r\n\u0085\u2028]/)
        }
      }),
      { numRuns: 300 }
    )
  })

  it('validate reports every tree without throwing, and prints only inert text', async () => {
    const tree = fc.uniqueArray(fc.tuple(fileName, yamlText), {
      maxLength: 6,
      selector: ([name]) => name
    })
    await fc.assert(
      fc.asyncProperty(tree, async entries => {
        const files: PolicyFiles = {
          list: () => entries.map(([name]) => name).sort(),
          kind: () => 'file',
          read: path =>
            entries.find(([name]) => path === `/ws/.github/chainguard/${name}`)?.[1] ?? ''
        }
        const rec = recordingRunner()
        const report = await timed(() =>
          validate({ runner: rec.runner, env: { GITHUB_WORKSPACE: '/ws' }, files })
        )
        expect(report.failed).toBe(report.errors > 0 || rec.failed() !== undefined)
        for (const e of rec.events) {
          if (e.type === 'info' || e.type === 'setFailed') expectInert([e.message])
          if (e.type === 'error' || e.type === 'warning') {
            expectInert([e.message, ...Object.values(e.properties ?? {}).map(String)])
            expect(e.message).not.toMatch(/[\r\n]/)
            if (e.properties?.file) expect(e.properties.startLine).toBeGreaterThanOrEqual(1)
          }
        }
      }),
      { numRuns: 200 }
    )
  })
})
