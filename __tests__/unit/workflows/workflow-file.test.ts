// One workflow file as a tree with positions, and every way a hostile file is refused in
// bounded time: one notice at the line of the problem, never a throw.
import { describe, expect, it } from '@jest/globals'
import {
  MAX_ALIASES,
  MAX_DEPTH,
  MAX_NODES,
  entry,
  hasControl,
  readWorkflowFile,
  scalar
} from '../../../src/workflows/workflow-file.js'
import type { TreeNode } from '../../../src/workflows/workflow-file.js'

const tree = (text: string): TreeNode => {
  const r = readWorkflowFile(text, 'w.yml')
  if (!r.ok) throw new Error(r.notice.message)
  return r.root
}
const failure = (text: string): { message: string; line?: number } => {
  const r = readWorkflowFile(text, '.github/workflows/w.yml')
  if (r.ok) throw new Error('read')
  return { message: r.notice.message, line: r.notice.at?.line }
}

describe('readWorkflowFile', () => {
  it('keeps where each key and value is written (1-based line and column)', () => {
    const root = tree('name: x\non:\n  push:\njobs:\n  build:\n    steps:\n      - uses: a/b@v1\n')
    const steps = entry(entry(entry(root, 'jobs'), 'build'), 'steps')
    expect(steps?.kind).toBe('seq')
    const step = steps?.kind === 'seq' ? steps.items[0] : undefined
    expect(step?.kind === 'map' ? step.entries[0] : undefined).toMatchObject({
      key: 'uses',
      at: { line: 7, column: 9 },
      value: { kind: 'scalar', value: 'a/b@v1', at: { line: 7, column: 15 } }
    })
  })

  it('reads every scalar as text, `on` included (not YAML 1.1 booleans or numbers)', () => {
    const root = tree('on: yes\nx: 1.0\ny: null\nz: ~\nt: true\nq: "a\\tb"\n')
    expect(root.kind === 'map' ? root.entries.map(e => [e.key, scalar(e.value)]) : []).toEqual([
      ['on', 'yes'],
      ['x', '1.0'],
      ['y', 'null'],
      ['z', '~'],
      ['t', 'true'],
      ['q', 'a\tb']
    ])
  })

  it('reads an empty value as empty text, and skips keys that are not text', () => {
    const root = tree('a:\nb:\n  - x\n  -\n? [k]\n: v\n? c\n')
    expect(scalar(entry(root, 'a'))).toBe('')
    const b = entry(root, 'b')
    expect(b?.kind === 'seq' ? b.items.map(scalar) : []).toEqual(['x', ''])
    expect(root.kind === 'map' ? root.entries.map(e => e.key) : []).toEqual(['a', 'b', 'c'])
    expect(entry(root, 'c')).toEqual({ kind: 'scalar', at: { line: 7, column: 3 }, value: '' })
  })

  it('expands aliases within the bounds', () => {
    const root = tree('base: &w { scope: acme/widgets }\nstep: *w\n')
    expect(scalar(entry(entry(root, 'step'), 'scope'))).toBe('acme/widgets')
  })

  it('refuses an alias bomb at the first alias past the bound', () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n'
    for (let i = 1; i < 10; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]\n`
    const f = failure(text)
    expect(f.message).toMatch(new RegExp(`more than ${MAX_ALIASES} aliases`))
    expect(f.line).toBe(4)
  })

  it('refuses a file that expands to more values than the bound, with few aliases', () => {
    // Fewer aliases than their bound, each a large subtree.
    const wide = `a: &a [${Array(1000).fill('1').join(',')}]\nb: [${Array(200).fill('*a').join(',')}]\n`
    expect(failure(wide)).toEqual({
      message: expect.stringContaining(`more than ${MAX_NODES} values`),
      line: 2
    })
  })

  it('refuses nesting deeper than the bound before composing (the composer recurses)', () => {
    const deep = (n: number): string => `x: ${'['.repeat(n)}${']'.repeat(n)}\n`
    expect(failure(deep(20_000)).message).toMatch(new RegExp(`nesting deeper than ${MAX_DEPTH}`))
    expect(readWorkflowFile(deep(MAX_DEPTH - 2), 'w.yml').ok).toBe(true)
    // Through aliases, too.
    const viaAlias = `a: &a ${'['.repeat(40)}${']'.repeat(40)}\nb: ${'['.repeat(40)}*a${']'.repeat(40)}\n`
    expect(failure(viaAlias).message).toMatch(/nesting deeper than 64/)
  })

  it('says where a YAML error is, and that the steps were not checked', () => {
    const f = failure('on: push\njobs:\n  build: {\n')
    expect(f.line).toBe(4)
    expect(f.message).toMatch(
      /^\.github\/workflows\/w\.yml could not be read as a workflow: YAML: /
    )
    expect(f.message).toMatch(/Its steps were not checked/)
    expect(failure('on: push\non: pull_request\n')).toMatchObject({ line: 2 })
    expect(failure('on: push\n---\non: x\n')).toMatchObject({
      message: expect.stringMatching(/more than one YAML document/),
      line: 2
    })
    expect(failure('# nothing\n').message).toMatch(/it is empty/)
    expect(failure('').message).toMatch(/it is empty/)
    expect(failure('a: *nothing\n')).toMatchObject({
      message: expect.stringMatching(/an alias to no anchor/),
      line: 1
    })
  })

  it('makes every message inert: no control character from the file reaches it', () => {
    const f = readWorkflowFile(
      'a: "\u001b[31m"\n  b: [\n',
      '.github/workflows/\u001b]8;;x\u0007.yml'
    )
    expect(f.ok).toBe(false)
    if (!f.ok) expect(hasControl(f.notice.message)).toBe(false)
  })
})
