import { afterEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRunner } from '../../src/steps/runner.js'
import { runnerSeesCommand } from '../stack/commands.js'
import { fakeCore } from './helpers/core.js'

const FILES = { GITHUB_OUTPUT: '/tmp/out', GITHUB_STATE: '/tmp/state' }

describe('createRunner over a core-shaped object', () => {
  it('reads inputs, state and debug through core', () => {
    const { core } = fakeCore({
      inputs: { 'github-api-url': ' https://ghe.example.com/api/v3 ' },
      state: { 'minted-at': '42' },
      debug: true
    })
    const r = createRunner(core, {})
    expect(r.getInput('github-api-url')).toBe('https://ghe.example.com/api/v3')
    expect(r.getInput('missing')).toBe('')
    expect(r.getState('minted-at')).toBe('42')
    expect(r.isDebug()).toBe(true)
  })

  it('masks through core, and ignores an empty secret', () => {
    const { core, calls } = fakeCore()
    const r = createRunner(core, {})
    r.setSecret('')
    r.setSecret('p%ss\nword')
    expect(calls).toEqual([{ fn: 'setSecret', args: ['p%ss\nword'] }])
  })

  it('writes outputs and state through core', () => {
    const { core, calls } = fakeCore()
    const r = createRunner(core, FILES)
    r.setOutput('token', 'ghs_abc')
    r.saveState('minted-at', '1')
    expect(calls).toEqual([
      { fn: 'setOutput', args: ['token', 'ghs_abc'] },
      { fn: 'saveState', args: ['minted-at', '1'] }
    ])
  })

  it('refuses outputs and state outside a runner instead of printing them on stdout', () => {
    const { core, calls } = fakeCore()
    const r = createRunner(core, { GITHUB_OUTPUT: '' })
    expect(() => r.setOutput('token', 'x')).toThrow(
      'GITHUB_OUTPUT is not set: run this action in a GitHub Actions job (runner 2.297 or later).'
    )
    expect(() => r.saveState('token', 'x')).toThrow('GITHUB_STATE is not set')
    expect(calls).toEqual([])
  })

  it('passes debug lines and annotations (with their properties) to core', () => {
    const { core, calls } = fakeCore()
    const r = createRunner(core, {})
    r.debug('d\n1')
    r.notice('n', { title: 'Octo STS' })
    r.warning('w: x')
    r.error('e', { file: 'a.yml', startLine: 1 })
    r.setFailed('Invalid input\nFix it.')
    expect(calls).toEqual([
      { fn: 'debug', args: ['d\n1'] },
      { fn: 'notice', args: ['n', { title: 'Octo STS' }] },
      { fn: 'warning', args: ['w: x', undefined] },
      { fn: 'error', args: ['e', { file: 'a.yml', startLine: 1 }] },
      { fn: 'setFailed', args: ['Invalid input\nFix it.'] }
    ])
  })

  it('neutralizes plain lines before core prints them raw', () => {
    const { core, calls } = fakeCore()
    const r = createRunner(core, {})
    r.info('plain text: with :: inside stays as is')
    r.info('\u0085::error::forged')
    r.info('first\n\u3000::set-output name=a::b\r::warning::c')
    r.info('status ##[stop-commands]tok')
    expect(calls.map(c => c.args[0])).toEqual([
      'plain text: with :: inside stays as is',
      ':\u200b:error::forged',
      'first\n\u3000:\u200b:set-output name=a::b\n:\u200b:warning::c',
      'status #\u200b#[stop-commands]tok'
    ])
  })

  it('property: no info line reaches core as a command', () => {
    const unit = fc.constantFrom(':', '#', '[', ' ', '\n', '\r', '\u0085', '\u2003', '\u001b', 'a')
    fc.assert(
      fc.property(fc.string({ unit }), s => {
        const { core, calls } = fakeCore()
        createRunner(core, {}).info(s)
        expect(runnerSeesCommand(String(calls[0]?.args[0]))).toBe(false)
      })
    )
  })

  it('wraps a group in core’s start and end, neutralizing its lines', () => {
    const { core, calls } = fakeCore()
    createRunner(core, {}).group('Claims: a,b', ['sub: repo:acme/x', '::endgroup::'])
    expect(calls).toEqual([
      { fn: 'startGroup', args: ['Claims: a,b'] },
      { fn: 'info', args: ['sub: repo:acme/x'] },
      { fn: 'info', args: [':\u200b:endgroup::'] },
      { fn: 'endGroup', args: [] }
    ])
  })

  it('ends the group even when a line cannot be written', () => {
    const { core, calls } = fakeCore()
    core.info = () => {
      throw new Error('EPIPE')
    }
    expect(() => createRunner(core, {}).group('t', ['x'])).toThrow('EPIPE')
    expect(calls.map(c => c.fn)).toEqual(['startGroup', 'endGroup'])
  })

  it('appends to the job summary through core.summary, a no-op outside a runner', async () => {
    const { core, summaryWrites, calls } = fakeCore()
    await createRunner(core, { GITHUB_STEP_SUMMARY: '/tmp/summary' }).appendSummary('### A')
    await createRunner(core, {}).appendSummary('### B')
    expect(summaryWrites).toEqual(['### A\n'])
    expect(calls).toEqual([])
  })

  it('a summary that cannot be written is a warning, and is not written later', async () => {
    const { core, calls } = fakeCore({ summaryError: new Error('EACCES: /tmp/s\n::error::x') })
    await createRunner(core, { GITHUB_STEP_SUMMARY: '/tmp/s' }).appendSummary('### A')
    expect(calls).toEqual([
      { fn: 'summary.emptyBuffer', args: [] },
      { fn: 'warning', args: ['Could not write the job summary: EACCES: /tmp/s : :error: :x'] }
    ])
  })
})

// The adapter over the real @actions/core: what the runner reads on stdout and in its files.
describe('createRunner over @actions/core', () => {
  let dir = ''
  const saved = { ...process.env }
  afterEach(() => {
    process.env = { ...saved }
    jest.restoreAllMocks()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('speaks the runner protocol: masks, annotations, groups, files, summary', async () => {
    dir = mkdtempSync(join(tmpdir(), 'runner-test-'))
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary')
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    Object.assign(process.env, files, { INPUT_SCOPE: ' acme/widgets ' })
    const written: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    const r = createRunner()
    expect(r.getInput('scope')).toBe('acme/widgets')
    r.setSecret('s3cret')
    r.error('a\nb', { title: 'T: x' })
    r.group('G', ['\u0085::warning::x'])
    r.setOutput('token', 'ghs_abc')
    r.saveState('minted-at', '1')
    await r.appendSummary('### Done')
    jest.restoreAllMocks()
    expect(written.join('')).toBe(
      [
        '::add-mask::s3cret',
        '::error title=T%3A x::a%0Ab',
        '::group::G',
        ':\u200b:warning::x',
        '::endgroup::',
        ''
      ].join(EOL)
    )
    expect(readFileSync(files.GITHUB_OUTPUT, 'utf8')).toMatch(
      /^token<<(ghadelimiter_[0-9a-f-]{36})\r?\nghs_abc\r?\n\1\r?\n$/
    )
    expect(readFileSync(files.GITHUB_STATE, 'utf8')).toMatch(/^minted-at<<(\S+)\r?\n1\r?\n\1/)
    expect(readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')).toBe(`### Done${EOL}`)
  })
})
