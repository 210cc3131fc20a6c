// The build's stand-in for toolkit modules no path of the action reaches (undici,
// @actions/exec): everything it exports throws an error that names it, and it exports every
// name the toolkit's modules import from the packages it replaces, so none is silently undefined.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import * as substitute from '../../scripts/build/not-bundled.mjs'
import { SUBSTITUTE_FILE } from '../../scripts/build/not-bundled.mjs'
import { REPO_ROOT } from '../stack/run-step.js'

const toolkit = (path: string): string =>
  readFileSync(join(REPO_ROOT, 'node_modules', '@actions', path), 'utf8')

const stands = Object.entries(substitute).filter(
  (e): e is [string, (...args: unknown[]) => never] => typeof e[1] === 'function'
)

describe('scripts/build/not-bundled.mjs', () => {
  it('is the file its errors name', () => {
    expect(readFileSync(join(REPO_ROOT, SUBSTITUTE_FILE), 'utf8')).toContain('SUBSTITUTE_FILE')
  })

  it.each(stands.map(([name]) => name))('%s throws, named, when called or constructed', name => {
    const fn = (substitute as unknown as Record<string, (...args: unknown[]) => never>)[name]
    const message = new RegExp(
      `^octo-sts-token: ${name} is not bundled \\(scripts/build/not-bundled\\.mjs stands in .*please report it`
    )
    expect(() => fn?.()).toThrow(message)
    expect(() => new (fn as unknown as new () => unknown)()).toThrow(message)
  })

  it('exports what @actions/http-client imports from undici', () => {
    const imports = [
      ...toolkit('http-client/lib/index.js').matchAll(/import \{([^}]*)\} from 'undici'/g)
    ].flatMap(m => (m[1] ?? '').split(',').map(n => n.trim().split(/\s+as\s+/)[0] ?? ''))
    expect(imports).toEqual(['ProxyAgent'])
    for (const name of imports) expect(stands.map(([n]) => n)).toContain(name)
  })

  it('exports what @actions/core uses of @actions/exec', () => {
    const core = toolkit('core/lib/platform.js')
    expect(core).toMatch(/import \* as exec from '@actions\/exec'/)
    const used = new Set([...core.matchAll(/\bexec\.(\w+)/g)].map(m => m[1] as string))
    expect(used.size).toBeGreaterThan(0)
    for (const name of used) expect(stands.map(([n]) => n)).toContain(name)
    // No other module of core or http-client imports the substituted packages.
    for (const path of ['core/lib/core.js', 'core/lib/oidc-utils.js', 'http-client/lib/proxy.js'])
      expect(toolkit(path)).not.toMatch(/from '(?:undici|@actions\/(?:exec|io))/)
  })
})
