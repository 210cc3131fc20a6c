import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  claimLines,
  claimsMarkdown,
  decidingClaims,
  displayValue,
  safeText
} from '../../src/diagnosis/claims.js'
import {
  escapeMarkdown,
  codeSpan,
  codeBlock,
  markdownList,
  markdownProse
} from '../../src/log/markdown.js'

const GITHUB_CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/widgets:ref:refs/heads/main',
  aud: 'octo-sts.dev',
  repository: 'acme/widgets',
  repository_owner: 'acme',
  ref: 'refs/heads/main',
  event_name: 'push',
  job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
  run_id: '42',
  actor: 'octocat'
}

describe('decidingClaims', () => {
  it('shows the claims that decide a match, in check order, and nothing else', () => {
    const rows = decidingClaims(GITHUB_CLAIMS)
    expect(rows.map(r => r.name)).toEqual([
      'iss',
      'sub',
      'aud',
      'repository',
      'ref',
      'event_name',
      'job_workflow_ref'
    ])
    expect(rows.find(r => r.name === 'sub')).toEqual({
      name: 'sub',
      value: 'repo:acme/widgets:ref:refs/heads/main',
      missing: false,
      altered: false
    })
  })

  it('always lists iss, sub and aud, and the claims a policy names, even when missing', () => {
    const rows = decidingClaims({ sub: 'x' }, ['email'])
    expect(rows.map(r => [r.name, r.missing])).toEqual([
      ['iss', true],
      ['sub', false],
      ['aud', true],
      ['email', true]
    ])
    expect(rows[0]?.value).toBe('(not in the token)')
  })

  it('shows environment when the job has one', () => {
    const rows = decidingClaims({ ...GITHUB_CLAIMS, environment: 'prod' })
    expect(rows.map(r => r.name)).toContain('environment')
  })
})

describe('displayValue', () => {
  it('renders lists, booleans and other types the way the server compares them', () => {
    expect(displayValue(['a', 'b'])).toEqual({ text: 'a, b', altered: false })
    expect(displayValue(true)).toEqual({ text: 'true (boolean)', altered: false })
    expect(displayValue(21)).toEqual({ text: '21 (number, not a string)', altered: true })
    expect(displayValue(null)).toEqual({ text: 'null (null, not a string)', altered: true })
    expect(displayValue({ a: 1 })).toEqual({
      text: '{"a":1} (object, not a string)',
      altered: true
    })
  })

  it('breaks workflow commands, newlines and secrets in untrusted values, and says so', () => {
    const evil = 'main\n::error::pwned ##[set-env name=X]y ghp_abcdefghijklmnopqrstuvwxyz0123'
    const { text, altered } = displayValue(evil)
    expect(altered).toBe(true)
    expect(text).not.toMatch(/\n|::|##\[|ghp_/)
    expect(text).toContain('***')
  })

  it('bounds long values', () => {
    expect(displayValue('x'.repeat(5000)).text.length).toBeLessThanOrEqual(500)
  })
})

describe('claimLines', () => {
  it('aligns names and flags altered values', () => {
    const lines = claimLines(decidingClaims({ iss: 'i', sub: 's\u202eevil', aud: 'a' }))
    expect(lines).toEqual([
      'iss  i',
      'sub  s evil *',
      'aud  a',
      '* shown altered: the value holds characters that cannot be printed safely, or is too long.'
    ])
  })
})

describe('claimsMarkdown', () => {
  it('renders a list with values in code spans, as they are', () => {
    expect(claimsMarkdown(decidingClaims({ iss: 'https://x', sub: 'a|b', aud: ['d'] }))).toBe(
      ['- `iss`: `https://x`', '- `sub`: `a|b`', '- `aud`: `d`'].join('\n')
    )
  })

  it('cannot leave its list item or inject Markdown, whatever the value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), value => {
        const md = claimsMarkdown(decidingClaims({ iss: 'i', sub: value, aud: 'a' }))
        const rows = md.split('\n')
        expect(rows.slice(3)).toEqual(
          rows.length > 3 ? ['', expect.stringMatching(/^\\\* shown altered/)] : []
        )
        // The value is one code span (or escaped text): nothing else on the line is Markdown.
        const item = rows[1] ?? ''
        expect(item.startsWith('- `sub`: ')).toBe(true)
        const rest = item.slice('- `sub`: '.length).replace(/ \\\*$/, '')
        const fence = /^`+/.exec(rest)?.[0]
        if (fence === undefined) expect(rest).not.toMatch(/(?<!\\)[!-/:-@[-`{-~]/)
        else {
          expect(rest.length).toBeGreaterThan(2 * fence.length)
          expect(rest.endsWith(fence)).toBe(true)
          const inner = rest.slice(fence.length, -fence.length)
          expect((inner.match(/`+/g) ?? []).filter(run => run.length === fence.length)).toEqual([])
        }
      })
    )
  })
})

describe('Markdown helpers', () => {
  it('escapeMarkdown leaves no active character', () => {
    expect(escapeMarkdown('[x](http://e) <img src=x> *a* | &amp;')).toBe(
      '\\[x\\]\\(http\\:\\/\\/e\\) \\<img src\\=x\\> \\*a\\* \\| \\&amp\\;'
    )
  })
  it('markdownProse keeps our code spans and escapes the rest', () => {
    expect(markdownProse('Use `pull_requests`, not <b>x</b>\nnext')).toBe(
      'Use `pull_requests`\\, not \\<b\\>x\\<\\/b\\>  \nnext'
    )
  })
  it('codeSpan and codeBlock outlast any backtick run', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`a')).toBe('`` `a ``')
    expect(codeBlock('x\n```\ny', 'yaml')).toBe('````yaml\nx\n```\ny\n````')
  })
  it('codeSpan escapes a pipe only in a table cell; markdownList continues items', () => {
    expect(codeSpan('a|b')).toBe('`a\\|b`')
    expect(codeSpan('a|b', false)).toBe('`a|b`')
    expect(markdownList([['a', 'b'], ['c']])).toBe('- a  \n  b\n- c')
  })
  it('safeText neutralizes the old ##[ command prefix', () => {
    expect(safeText('a ##[error]b')).not.toContain('##[')
  })
})
