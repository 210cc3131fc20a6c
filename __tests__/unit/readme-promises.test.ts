// What the README and its docs/ pages promise a newcomer, held against the code: the length of
// the page, the install of the command line (pinned, never the unpublished npm name), the
// recipes (each minted token revoked), the retried statuses, the terraform query keys, the
// quick start's pin, and one piece of advice for "every branch".
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RETRYABLE_STATUS } from '../../src/net/retry.js'
import { everyRefPattern } from '../../src/diagnosis/suggested-policy.js'
import { TERRAFORM_QUERY_KEYS } from '../../src/cli/terraform.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const readme = read('README.md')
const cli = read('docs/cli.md')
const PAGES = readdirSync(join(ROOT, 'docs')).filter(f => f.endsWith('.md'))

describe('README', () => {
  it('is at most 700 lines, and links every docs/ page', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(700)
    expect(PAGES.sort()).toEqual(
      [
        'allowlist.md',
        'cli.md',
        'preflight.md',
        'runners.md',
        'troubleshooting.md',
        'trust-policies.md'
      ].sort()
    )
    for (const page of PAGES) expect(readme).toContain(`](docs/${page}`)
  })

  it('says, where the quick start uses @v0, that the tag comes with the first release', () => {
    const quick = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? ''
    expect(quick).toContain('octo-sts-token/action@v0')
    expect(quick).toMatch(/`v0` tag comes with the first release/)
    expect(quick).toContain('octo-sts-token/action@<40-character SHA>')
  })
})

describe('the command line', () => {
  const INSTALL =
    /npm install --global --no-audit --no-fund https:\/\/codeload\.github\.com\/octo-sts-token\/action\/tar\.gz\/<40-character SHA>/

  it('is installed from a pinned commit; the unpublished npm name is never run', () => {
    expect(readme).toMatch(INSTALL)
    expect(readme).toMatch(/npm name `octo-sts-token` is \*\*not published yet\*\*/)
    const docs = [readme, ...PAGES.map(p => read(`docs/${p}`))].join('\n')
    // Only the warning names it, in a code span.
    expect([...docs.matchAll(/npx (?:--yes )?octo-sts-token/g)]).toHaveLength(1)
    expect(docs).toContain('do not run\n`npx octo-sts-token`')
  })

  it('recipes install it pinned, and revoke every token they mint (or say why not)', () => {
    const blocks = [...cli.matchAll(/```(?:yaml|sh)\n([\s\S]*?)```/g)].map(m => m[1] ?? '')
    const minting = blocks.filter(b => /octo-sts-token exchange/.test(b))
    expect(minting.length).toBe(4)
    for (const b of minting) {
      expect(b).toMatch(INSTALL)
      expect(b).toMatch(/octo-sts-token revoke --token-env GH_TOKEN/)
    }
    expect(cli).toMatch(/It is not revoked: the provider uses it for the whole run/)
  })

  it('documents every key of the terraform query, timeout_seconds as a string', () => {
    const keys = [...TERRAFORM_QUERY_KEYS]
    expect(keys).toEqual(expect.arrayContaining(['scope', 'timeout_seconds']))
    for (const text of [readme, cli]) for (const k of keys) expect(text).toContain(`\`${k}\``)
    expect(readme).toMatch(/`timeout_seconds` \(a string/)
  })
})

describe('one piece of advice', () => {
  it('the retried statuses, in action.yml and the README, are the ones the code retries', () => {
    const named = (text: string): number[] =>
      [
        ...text
          .replace(/\s+/g, ' ')
          .matchAll(/HTTP 408, 429, ([\d, and]+)\)? (?:are retried|\(not)/g)
      ].flatMap(m => [408, 429, ...[...(m[1] ?? '').matchAll(/\d{3}/g)].map(d => Number(d[0]))])
    for (const text of [read('action.yml'), readme]) {
      expect(text).not.toMatch(/\b5xx\b/)
      expect(new Set(named(text))).toEqual(RETRYABLE_STATUS)
    }
  })

  it('the guide recommends for "every branch" the pattern a dry run suggests', () => {
    const { pattern } = everyRefPattern('repo:acme/widgets:ref:refs/heads/main') ?? {}
    expect(pattern).toBe('repo:acme/widgets:ref:refs/heads/.*')
    expect(readme).toContain(`\`${pattern}\` is every branch`)
  })
})
