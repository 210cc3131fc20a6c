import { describe, expect, it } from '@jest/globals'
import { splitCommand } from '../../../src/cli/command-line.js'

describe('splitCommand', () => {
  it.each([
    ['gcloud auth print-identity-token', ['gcloud', 'auth', 'print-identity-token']],
    ['  cat   /tmp/a\tb  ', ['cat', '/tmp/a', 'b']],
    [`cat '/tmp/my token' "x \\"y\\" \\\\ \\n"`, ['cat', '/tmp/my token', 'x "y" \\ \\n']],
    [`a\\ b c\\'d`, ['a b', "c'd"]],
    [`say '' "" x`, ['say', '', '', 'x']],
    [`a'b'"c"d`, ['abcd']],
    ['$HOME *.jwt | tee', ['$HOME', '*.jwt', '|', 'tee']],
    ['["node", "-e", "print(1)"]', ['node', '-e', 'print(1)']]
  ])('%s', (text, argv) => {
    expect(splitCommand(text)).toEqual({ argv })
  })

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['[]', /empty/],
    ['[""]', /empty/],
    ['[1, 2]', /strings only/],
    ['["a",', /not a JSON array/],
    ["cat 'open", /' quote is not closed/],
    ['cat "open', /" quote is not closed/],
    ['cat \\', /lone/]
  ])('refuses %j', (text, problem) => {
    const r = splitCommand(text)
    expect('problem' in r && r.problem).toMatch(problem)
  })
})
