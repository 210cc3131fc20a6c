// One workflow file read as a tree that keeps where each value is written. Its bytes are
// untrusted (whoever opens a pull request writes them), so reading is bounded before the `yaml`
// package composes anything: nesting depth (its composer recurses), aliases (a "billion laughs"
// file expands exponentially) and the number of nodes. A file that cannot be read is one Notice
// at the line of its first problem, never a throw.
import { Composer, LineCounter, Parser, isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Document, Node, Scalar } from 'yaml'
import { tooDeep } from '../policy/yamlv2.js'
import { sanitize } from '../log/neutralize.js'
import type { Notice, Position } from './model.js'

/** No workflow needs more: GitHub's own schema is a few levels deep below `jobs:`. */
export const MAX_DEPTH = 64
/** Aliases followed in one file; each may stand for a whole subtree. */
export const MAX_ALIASES = 1000
/** Values in one file once aliases are expanded (a large real workflow has a few thousand). */
export const MAX_NODES = 100_000

export interface TreeMap {
  kind: 'map'
  at: Position
  entries: TreeEntry[]
}
export interface TreeSeq {
  kind: 'seq'
  at: Position
  items: TreeNode[]
}
/** Every scalar as text: the failsafe schema, as GitHub's workflow reader keeps `on`/`yes` keys. */
export interface TreeScalar {
  kind: 'scalar'
  at: Position
  value: string
}
export type TreeNode = TreeMap | TreeSeq | TreeScalar
export interface TreeEntry {
  key: string
  at: Position
  value: TreeNode
}

export type WorkflowRead = { ok: true; root: TreeNode } | { ok: false; notice: Notice }

class TooBig extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

/** The text of a value at `key` of a mapping, when it is a scalar. */
export const entry = (node: TreeNode | undefined, key: string): TreeNode | undefined =>
  node?.kind === 'map' ? node.entries.find(e => e.key === key)?.value : undefined

export const scalar = (node: TreeNode | undefined): string | undefined =>
  node?.kind === 'scalar' ? node.value : undefined

/** A one-line, inert rendering of untrusted text for messages. */
export const shownText = (text: string, max = 120): string => sanitize(text, max)

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/

/** A value with a control character (C0, DEL, C1) is no name GitHub or git accepts. */
export const hasControl = (text: string): boolean => CONTROL.test(text)

/** Reads `text` (the file `file`, repository-relative) as a tree, bounded; see the top. */
export function readWorkflowFile(text: string, file: string): WorkflowRead {
  const lines = new LineCounter()
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text))
  const pos = (offset: number): Position => {
    const p = lines.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const fail = (why: string, offset: number | undefined): WorkflowRead => ({
    ok: false,
    notice: {
      file,
      ...(offset === undefined ? {} : { at: pos(offset) }),
      message: `${shownText(file, 300)} could not be read as a workflow: ${why}. Its steps were not checked; GitHub will refuse the file too, so fix it first.`
    }
  })
  const docs = tokens.filter(t => t.type === 'document')
  if (docs.length > 1) return fail('it holds more than one YAML document', docs[1]?.offset)
  for (const t of docs) {
    const deep = tooDeep(t, MAX_DEPTH)
    if (deep !== undefined) return fail(`nesting deeper than ${MAX_DEPTH} levels`, deep)
  }
  const composer = new Composer({ schema: 'failsafe', prettyErrors: false, uniqueKeys: true })
  const doc = Array.from(composer.compose(tokens, true, text.length))[0] as
    Document.Parsed | undefined
  if (!doc || doc.contents === null) return fail('it is empty', undefined)
  const error = doc.errors[0]
  if (error) {
    return fail(`YAML: ${shownText(error.message.split('\n')[0] as string, 200)}`, error.pos[0])
  }
  try {
    return { ok: true, root: toTree(doc, doc.contents as Node, pos) }
  } catch (e) {
    // A bound (TooBig, with its place); anything else is still a notice, never a crash.
    const failure = e as Partial<TooBig> & Error
    return fail(shownText(failure.message, 200), failure.offset)
  }
}

/** The composed document as a tree, aliases expanded within the bounds. */
function toTree(doc: Document.Parsed, root: Node, pos: (offset: number) => Position): TreeNode {
  let aliases = 0
  let nodes = 0
  // Every composed node has its range.
  const start = (n: Node): number => (n.range as [number, number, number])[0]
  const at = (n: Node): Position => pos(start(n))
  // A bound passed inside an alias is reported at the outermost alias being expanded: that is
  // the line the author wrote.
  const walk = (n: Node, depth: number, via?: number): TreeNode => {
    const offset = via ?? start(n)
    if (++nodes > MAX_NODES) {
      throw new TooBig(`more than ${MAX_NODES} values (aliases included)`, offset)
    }
    if (depth > MAX_DEPTH) throw new TooBig(`nesting deeper than ${MAX_DEPTH} levels`, offset)
    if (isAlias(n)) {
      if (++aliases > MAX_ALIASES) throw new TooBig(`more than ${MAX_ALIASES} aliases`, offset)
      const target = n.resolve(doc)
      if (!target) throw new TooBig('an alias to no anchor', offset)
      return walk(target as Node, depth + 1, offset)
    }
    // A missing value (`? key` alone) reads as empty text, placed where its key is.
    const child = (v: unknown, where: Position): TreeNode =>
      v ? walk(v as Node, depth + 1, via) : { kind: 'scalar', at: where, value: '' }
    if (isMap(n)) {
      const entries: TreeEntry[] = []
      for (const pair of n.items) {
        const key = pair.key as Node | null
        // A key that is not text names nothing a workflow reads.
        if (!isScalar(key)) continue
        entries.push({ key: String(key.value), at: at(key), value: child(pair.value, at(key)) })
      }
      return { kind: 'map', at: at(n), entries }
    }
    if (isSeq(n)) {
      return { kind: 'seq', at: at(n), items: n.items.map(item => child(item, at(n))) }
    }
    // What is left is a scalar; failsafe keeps its text, and an empty one is null.
    const value = (n as Scalar).value
    return { kind: 'scalar', at: at(n), value: value === null ? '' : String(value) }
  }
  return walk(root, 0)
}
