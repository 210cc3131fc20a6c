import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { neutralize } from '../../src/log/neutralize.js'
import { DOTNET_WHITESPACE, runnerSeesCommand } from '../stack/commands.js'

const spaces = [...DOTNET_WHITESPACE, '\ufeff', '\u200b', '\u180e']

describe('neutralize', () => {
  it.each([
    ['\u0085::error::forged'],
    ['\u2003\u00a0::add-mask::x'],
    ['\u3000::stop-commands::t'],
    ['ok\n\u0085::warning file=a::x'],
    ['ok\r::error::x'],
    ['a ##[error]b']
  ])('leaves no command the runner would run in %j', text => {
    expect(runnerSeesCommand(text)).toBe(true)
    expect(runnerSeesCommand(neutralize(text))).toBe(false)
  })

  it.each([['\u001b::error::x'], ['\u0085\u001b::set-output name=a::b'], ['\u0000\u0085::x::']])(
    'stays inert when dropping a control brings a command to the start of a line: %j',
    text => expect(runnerSeesCommand(neutralize(text))).toBe(false)
  )

  it('drops C0/C1 controls and ESC, keeps line breaks and printable text', () => {
    expect(neutralize('a\u001b[1mb\u0085c\u009bd\u007fe\tf')).toBe('a[1mbcdef')
    expect(neutralize('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour')
    expect(neutralize('plain: text :: mid-line')).toBe('plain: text :: mid-line')
  })

  it('property: nothing it returns is a command, whatever the spaces and controls', () => {
    const unit = fc.constantFrom(...spaces, ':', '#', '[', '\n', '\r', '\u001b', 'x', ' ')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.string({ maxLength: 40 }), (a, b) => {
        expect(runnerSeesCommand(neutralize(a + b))).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })
})
