// The runner's side of the contract: inputs, masks, outputs, state, log lines and the job
// summary, spoken in the workflow-command and file-command formats the Actions runner reads.
//
// Why not @actions/core: importing it loads @actions/http-client and undici at start-up
// (+50 ms and +13 MB per step, measured), for the handful of lines below. The formats are
// the documented ones: `::cmd k=v::data` on stdout, `name<<delimiter` blocks in GITHUB_OUTPUT
// and GITHUB_STATE, plain Markdown appended to GITHUB_STEP_SUMMARY.
import { randomUUID } from 'node:crypto'
import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
}

export interface Runner {
  getInput(name: string): string
  /** Tells the runner to mask `value` in every later log line. Call before anything prints it. */
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  saveState(name: string, value: string): void
  getState(name: string): string
  isDebug(): boolean
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  group(title: string, lines: readonly string[]): void
  /** Appends Markdown to the job summary; a no-op outside a runner. */
  appendSummary(markdown: string): void
  setFailed(message: string): void
}

export type Env = Readonly<Record<string, string | undefined>>

// `%`, CR and LF would end or alter a command; `:` and `,` also split properties.
export const escapeData = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string): string =>
  escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

const PROPERTY_NAMES: Record<keyof AnnotationProperties, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col'
}

export function formatCommand(
  command: string,
  message: string,
  properties: AnnotationProperties = {}
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(
      ([k, v]) => `${PROPERTY_NAMES[k as keyof AnnotationProperties]}=${escapeProperty(String(v))}`
    )
  return `::${command}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}`
}

/**
 * Plain log text must not be read as a command: a line starting with `::` is broken up, and so
 * is the legacy `##[command]` form, which the runner recognizes anywhere in a line.
 */
const neutralize = (s: string): string =>
  s.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b')

export function createRunner(
  env: Env = process.env,
  write: (text: string) => void = t => void process.stdout.write(t)
): Runner {
  const line = (text: string): void => write(text + EOL)
  const fileCommand = (kind: 'OUTPUT' | 'STATE', name: string, value: string): void => {
    const path = env[`GITHUB_${kind}`]
    if (!path) {
      throw new Error(
        `GITHUB_${kind} is not set: run this action in a GitHub Actions job (runner 2.297 or later).`
      )
    }
    const delimiter = `ghadelimiter_${randomUUID()}`
    if (name.includes(delimiter) || value.includes(delimiter)) {
      throw new Error(
        `refusing to write ${kind.toLowerCase()} "${name}": it contains the delimiter`
      )
    }
    appendFileSync(path, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
  }
  const runner: Runner = {
    getInput: name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setSecret: value => {
      if (value) line(formatCommand('add-mask', value))
    },
    setOutput: (name, value) => fileCommand('OUTPUT', name, value),
    saveState: (name, value) => fileCommand('STATE', name, value),
    getState: name => env[`STATE_${name}`] ?? '',
    isDebug: () => env.RUNNER_DEBUG === '1',
    debug: message => line(formatCommand('debug', message)),
    info: message => line(neutralize(message)),
    notice: (message, props) => line(formatCommand('notice', message, props)),
    warning: (message, props) => line(formatCommand('warning', message, props)),
    error: (message, props) => line(formatCommand('error', message, props)),
    group: (title, lines) => {
      line(formatCommand('group', title))
      for (const l of lines) line(neutralize(l))
      line('::endgroup::')
    },
    appendSummary: markdown => {
      const path = env.GITHUB_STEP_SUMMARY
      if (path) appendFileSync(path, markdown + EOL, 'utf8')
    },
    setFailed: message => {
      process.exitCode = 1
      runner.error(message)
    }
  }
  return runner
}
