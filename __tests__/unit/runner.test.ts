import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fc from 'fast-check'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'

// The delimiter of file commands is random (randomUUID). To reach the refusal for a value that
// contains it, randomUUID is wrapped before src/runner.js binds it; it calls through unless a
// test sets `forcedUuid`.
const nodeCrypto = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')
const realRandomUUID = nodeCrypto.randomUUID.bind(nodeCrypto)
let forcedUuid: `${string}-${string}-${string}-${string}-${string}` | undefined
const uuidSpy = jest
  .spyOn(nodeCrypto, 'randomUUID')
  .mockImplementation(() => forcedUuid ?? realRandomUUID())
const { createRunner, escapeData, formatCommand } = await import('../../src/runner.js')

afterAll(() => uuidSpy.mockRestore())

/** Parses GITHUB_OUTPUT/GITHUB_STATE: `name<<delimiter` EOL value EOL delimiter EOL, repeated. */
function parseFileCommands(text: string): { name: string; value: string; delimiter: string }[] {
  const lines = text.split(EOL)
  const out: { name: string; value: string; delimiter: string }[] = []
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (!m) continue
    const [, name = '', delimiter = ''] = m
    const end = lines.indexOf(delimiter, i + 1)
    if (end === -1) throw new Error(`unterminated ${name}`)
    out.push({ name, value: lines.slice(i + 1, end).join(EOL), delimiter })
    i = end
  }
  return out
}

let dir: string
let written: string[]
const write = (t: string): void => void written.push(t)
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-test-'))
  written = []
})
afterEach(() => {
  rmSync(dir, { recursive: true, force: true })
  forcedUuid = undefined
})

describe('escapeData and formatCommand', () => {
  it('escapes %, CR and LF in data, % first so escapes are not re-read', () => {
    expect(escapeData('50% a\rb\nc')).toBe('50%25 a%0Db%0Ac')
    expect(escapeData('%0A')).toBe('%250A')
  })

  it('escapes : and , in properties too, and maps property names', () => {
    expect(
      formatCommand('warning', 'a:b,c', {
        title: 'T: x, y%',
        file: 'src/a,b.ts',
        startLine: 3,
        endLine: 4,
        startColumn: 5
      })
    ).toBe('::warning title=T%3A x%2C y%25,file=src/a%2Cb.ts,line=3,endLine=4,col=5::a:b,c')
  })

  it('omits empty and undefined properties, and the space when none is left', () => {
    expect(formatCommand('error', 'm', { title: '', file: undefined })).toBe('::error::m')
    expect(formatCommand('debug', 'line1\nline2')).toBe('::debug::line1%0Aline2')
  })

  it('property: a command is always one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (msg, title) => {
        const line = formatCommand('error', msg, { title })
        expect(line).not.toMatch(/[\r\n]/)
        expect(line.startsWith('::error')).toBe(true)
      })
    )
  })
})

describe('createRunner', () => {
  it('maps input names as the runner does: spaces → _, upper-case, hyphens kept, trimmed', () => {
    const r = createRunner(
      {
        'INPUT_GITHUB-API-URL': '  https://ghe.example.com/api/v3 \n',
        INPUT_MY_INPUT: 'x',
        INPUT_SCOPE: 'acme/widgets'
      },
      write
    )
    expect(r.getInput('github-api-url')).toBe('https://ghe.example.com/api/v3')
    expect(r.getInput('my input')).toBe('x')
    expect(r.getInput('Scope')).toBe('acme/widgets')
    expect(r.getInput('missing')).toBe('')
  })

  it('reads state from STATE_<name> and debug from RUNNER_DEBUG=1 only', () => {
    const r = createRunner({ 'STATE_minted-at': '42', RUNNER_DEBUG: '1' }, write)
    expect(r.getState('minted-at')).toBe('42')
    expect(r.getState('token')).toBe('')
    expect(r.isDebug()).toBe(true)
    expect(createRunner({ RUNNER_DEBUG: 'true' }, write).isDebug()).toBe(false)
    expect(createRunner({}, write).isDebug()).toBe(false)
  })

  it('masks with ::add-mask::, escaped, and ignores an empty secret', () => {
    const r = createRunner({}, write)
    r.setSecret('')
    r.setSecret('p%ss\nword')
    expect(written).toEqual([`::add-mask::p%25ss%0Aword${EOL}`])
  })

  it('writes outputs and state in the name<<delimiter form with a fresh random delimiter', () => {
    const output = join(dir, 'output')
    const state = join(dir, 'state')
    writeFileSync(output, '')
    writeFileSync(state, '')
    const r = createRunner({ GITHUB_OUTPUT: output, GITHUB_STATE: state }, write)
    r.setOutput('token', 'ghs_abc')
    r.setOutput('multi', `line 1${EOL}line 2`)
    r.saveState('minted-at', '1700000000000')
    const outputs = parseFileCommands(readFileSync(output, 'utf8'))
    expect(outputs.map(({ name, value }) => ({ name, value }))).toEqual([
      { name: 'token', value: 'ghs_abc' },
      { name: 'multi', value: `line 1${EOL}line 2` }
    ])
    for (const { delimiter } of outputs) expect(delimiter).toMatch(/^ghadelimiter_[0-9a-f-]{36}$/)
    expect(outputs[0]?.delimiter).not.toBe(outputs[1]?.delimiter)
    const d = outputs[0]?.delimiter
    expect(
      readFileSync(output, 'utf8').startsWith(`token<<${d}${EOL}ghs_abc${EOL}${d}${EOL}`)
    ).toBe(true)
    expect(parseFileCommands(readFileSync(state, 'utf8'))).toEqual([
      expect.objectContaining({ name: 'minted-at', value: '1700000000000' })
    ])
    expect(written).toEqual([]) // nothing on stdout
  })

  it('refuses a name or value that contains the delimiter, writing nothing', () => {
    const output = join(dir, 'output')
    writeFileSync(output, '')
    forcedUuid = '00000000-0000-4000-8000-000000000000'
    const r = createRunner({ GITHUB_OUTPUT: output, GITHUB_STATE: output }, write)
    const delimiter = `ghadelimiter_${forcedUuid}`
    expect(() => r.setOutput('token', `x\n${delimiter}\ninjected<<EOF`)).toThrow(
      'refusing to write output "token": it contains the delimiter'
    )
    expect(() => r.saveState(`a${delimiter}`, 'v')).toThrow(
      `refusing to write state "a${delimiter}": it contains the delimiter`
    )
    expect(readFileSync(output, 'utf8')).toBe('')
  })

  it('fails with the fix when GITHUB_OUTPUT or GITHUB_STATE is not set', () => {
    const r = createRunner({ GITHUB_OUTPUT: '' }, write)
    expect(() => r.setOutput('token', 'x')).toThrow(
      'GITHUB_OUTPUT is not set: run this action in a GitHub Actions job (runner 2.297 or later).'
    )
    expect(() => r.saveState('token', 'x')).toThrow('GITHUB_STATE is not set')
    expect(written).toEqual([])
  })

  it('writes debug and annotations as commands', () => {
    const r = createRunner({}, write)
    r.debug('d\n1')
    r.notice('n', { title: 'Octo STS' })
    r.warning('w: x')
    r.error('e', { file: 'a.yml', startLine: 1 })
    expect(written).toEqual(
      [
        '::debug::d%0A1',
        '::notice title=Octo STS::n',
        '::warning::w: x',
        '::error file=a.yml,line=1::e'
      ].map(l => l + EOL)
    )
  })

  it('neutralizes plain lines that would be read as commands', () => {
    const r = createRunner({}, write)
    r.info('plain text: with :: inside stays as is')
    r.info('::error::forged')
    r.info('  ::add-mask::x')
    r.info('first\n::set-output name=a::b\r::warning::c')
    r.info('status ##[stop-commands]tok and ###[x]')
    expect(written).toEqual(
      [
        'plain text: with :: inside stays as is',
        ':\u200b:error::forged',
        '  :\u200b:add-mask::x',
        'first\n:\u200b:set-output name=a::b\r:\u200b:warning::c',
        'status #\u200b#[stop-commands]tok and ##\u200b#[x]'
      ].map(l => l + EOL)
    )
  })

  it('property: no info line can start a command or hold a legacy one', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(':', '#', '[', ' ', '\n', '\r', 'a') }), s => {
        written = []
        createRunner({}, write).info(s)
        for (const line of written.join('').split(/\r?\n|\r/)) {
          expect(line.trimStart().startsWith('::')).toBe(false)
          expect(line).not.toContain('##[')
        }
      })
    )
  })

  it('wraps a group, neutralizing its lines', () => {
    const r = createRunner({}, write)
    r.group('Claims: a,b', ['sub: repo:acme/x', '::endgroup::'])
    expect(written).toEqual(
      ['::group::Claims: a,b', 'sub: repo:acme/x', ':\u200b:endgroup::', '::endgroup::'].map(
        l => l + EOL
      )
    )
  })

  it('appends to the job summary, and does nothing without GITHUB_STEP_SUMMARY', () => {
    const summary = join(dir, 'summary')
    writeFileSync(summary, 'before\n')
    const r = createRunner({ GITHUB_STEP_SUMMARY: summary }, write)
    r.appendSummary('### A')
    r.appendSummary('| x |')
    expect(readFileSync(summary, 'utf8')).toBe(`before\n### A${EOL}| x |${EOL}`)
    expect(() => createRunner({}, write).appendSummary('### B')).not.toThrow()
    expect(written).toEqual([])
  })

  it('setFailed sets exit code 1 and writes an error annotation', () => {
    const saved = process.exitCode
    try {
      process.exitCode = 0
      createRunner({}, write).setFailed('Invalid input\nFix it.')
      expect(process.exitCode).toBe(1)
      expect(written).toEqual([`::error::Invalid input%0AFix it.${EOL}`])
    } finally {
      process.exitCode = saved
    }
  })

  it('defaults to process.env and process.stdout', () => {
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(() => true)
    process.env.INPUT_RUNNER_TEST_DEFAULT = 'yes'
    try {
      const r = createRunner()
      expect(r.getInput('runner test default')).toBe('yes')
      r.info('hello')
      expect(spy).toHaveBeenCalledWith(`hello${EOL}`)
    } finally {
      spy.mockRestore()
      delete process.env.INPUT_RUNNER_TEST_DEFAULT
    }
  })
})
