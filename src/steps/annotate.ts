// One finding as an annotation the runner places at file:line:column, every part inert: the
// validator's policy problems and its workflow findings both go through here.
import { neutralize, sanitize } from '../log/neutralize.js'
import type { Runner } from './runner.js'

export interface Annotation {
  severity: 'error' | 'warning' | 'note'
  title: string
  /** The real path, so the annotation lands on the file. */
  file: string
  line?: number
  column?: number
  message: string
}

/** Writes `a` as an error, warning or notice; its message cut at `maxMessage` characters. */
export function annotate(runner: Runner, a: Annotation, maxMessage: number): void {
  const props = {
    title: sanitize(a.title, 200),
    file: neutralize(a.file),
    ...(a.line !== undefined ? { startLine: a.line } : {}),
    ...(a.column !== undefined ? { startColumn: a.column } : {})
  }
  const message = sanitize(a.message, maxMessage)
  if (a.severity === 'error') runner.error(message, props)
  else if (a.severity === 'warning') runner.warning(message, props)
  else runner.notice(message, props)
}
