// What the bundles hold: @actions/core and @actions/http-client, but neither undici nor
// @actions/exec/@actions/io, which they import at their top level for paths this action never
// takes. scripts/build.mjs substitutes scripts/build/not-bundled.mjs for them; runStep and
// runCli fail every e2e test whose output names that file (a path reached it), as shown here.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { REPO_ROOT, runStep } from '../stack/run-step.js'

const NOT_BUNDLED = ['undici', '@actions/exec', '@actions/io']
const ENTRIES = ['main', 'post', 'validate', 'cli']

const chunks = (entry: string): [string, string][] =>
  readdirSync(join(REPO_ROOT, 'dist', entry))
    .filter(f => f.endsWith('.js'))
    .map(f => [f, readFileSync(join(REPO_ROOT, 'dist', entry, f), 'utf8')])

describe.each(ENTRIES)('dist/%s', entry => {
  it('holds no module of undici, @actions/exec or @actions/io', () => {
    for (const [file, text] of chunks(entry)) {
      for (const name of NOT_BUNDLED) {
        expect({ file, bundled: text.includes(`/node_modules/${name}/`) }).toEqual({
          file,
          bundled: false
        })
      }
    }
  })

  it('names undici only as webpack’s binding of the substitute', () => {
    for (const [file, text] of chunks(entry)) {
      const other = [...text.matchAll(/\w*undici\w*/gi)]
        .map(m => m[0])
        .filter(w => !/^undici__WEBPACK_IMPORTED_MODULE_\d+__$/.test(w))
      expect({ file, other }).toEqual({ file, other: [] })
    }
  })

  it('lists none of them in licenses.txt', () => {
    const licenses = readFileSync(join(REPO_ROOT, 'dist', entry, 'licenses.txt'), 'utf8')
    for (const name of NOT_BUNDLED) expect(licenses).not.toMatch(new RegExp(`(^|\\n)${name}\\n`))
    expect(licenses).toMatch(/(^|\n)@actions\/http-client\n/)
    expect(licenses).toMatch(/(^|\n)@actions\/core\n/)
  })

  it('requires node:assert nowhere: tunnel, its one requirer, gets a stand-in that throws', () => {
    const all = chunks(entry)
      .map(([, text]) => text)
      .join('\n')
    expect(all).not.toMatch(/\(["'](?:node:)?assert["']\)/)
    expect(all).toContain('octo-sts-token: node:assert is not loaded')
  })

  it('carries the substitute in place of what http-client and core import', () => {
    const all = chunks(entry)
      .map(([, text]) => text)
      .join('\n')
    expect(all).toContain('MODULE: ./scripts/build/not-bundled.mjs')
    expect(all).toContain('MODULE: ./node_modules/@actions/http-client/')
  })
})

describe('a step that reaches the substitute', () => {
  it('fails the e2e run that ran it, whatever the test expected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-bundled-'))
    try {
      const script = join(dir, 'reach.mjs')
      const substitute = pathToFileURL(join(REPO_ROOT, 'scripts/build/not-bundled.mjs')).href
      writeFileSync(
        script,
        `import { ProxyAgent } from ${JSON.stringify(substitute)}\n` +
          'try { new ProxyAgent({}) } catch (e) { console.log(`::error::${e.message}`); process.exitCode = 1 }\n'
      )
      await expect(runStep('main', { script })).rejects.toThrow(
        /^The main step reached scripts\/build\/not-bundled\.mjs, .*ProxyAgent is not bundled/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
