// The values yaml.v2 decodes a file into, and the failure that stops it. Shared by the parts of
// the reader (../yamlv2.ts).
import type { LineCounter } from 'yaml'
import type { Position } from '../types.js'

/** A decoded YAML value, as yaml.v2 gives it to sigs.k8s.io/yaml (map[interface{}]interface{}…). */
export type GoValue =
  | { kind: 'null'; at: Position; source: string }
  /** `bytes`: the raw bytes, as latin1, when a `!!binary` value is not valid UTF-8. */
  | { kind: 'str'; value: string; at: Position; plain: boolean; bytes?: string }
  | { kind: 'int'; value: bigint; at: Position; source: string }
  /** uint64 above math.MaxInt64 (a key of this type is unsupported by sigs.k8s.io/yaml). */
  | { kind: 'uint'; value: bigint; at: Position; source: string }
  | { kind: 'float'; value: number; at: Position; source: string }
  | { kind: 'bool'; value: boolean; at: Position; source: string }
  | { kind: 'map'; entries: GoEntry[]; at: Position }
  | { kind: 'seq'; items: GoValue[]; at: Position }

export interface GoEntry {
  key: GoValue
  value: GoValue
}

/** What makes yaml.v2 fail, at an offset of the file when it has one. */
export class YamlFailure extends Error {
  constructor(
    message: string,
    readonly offset: number | undefined
  ) {
    super(message)
  }
}

/** Line and column (1-based) of an offset, lines broken at `\n` only, as editors number them. */
export const posOf = (lines: LineCounter, offset: number | undefined): Position => {
  const { line, col } = lines.linePos(offset ?? 0)
  return { line, column: col }
}
