import { describe, expect, it } from '@jest/globals'
import { sanitize } from '../../src/sanitize.js'

describe('sanitize', () => {
  it('breaks workflow commands and removes newlines', () => {
    expect(sanitize('a\n::error::x')).toBe('a : :error: :x')
  })
})
