// The runner's side of the contract (inputs, masks, outputs, state, log lines, the job summary)
// is @actions/core's: this adapter only adds what the action needs on top of it. Plain log text
// passes the one neutralizer first (core.info writes it raw); outputs and state refuse to fall
// back to stdout commands outside a runner; a summary that cannot be written is a warning.
import * as actionsCore from '@actions/core'
import type { AnnotationProperties } from '@actions/core'
import type { Env } from '../env.js'
import { neutralize, sanitize } from '../log/neutralize.js'

export type { AnnotationProperties }

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
  /** Appends Markdown to the job summary; a no-op outside a runner. Await it where you can. */
  appendSummary(markdown: string): void | Promise<void>
  setFailed(message: string): void
}

/** The part of @actions/core the adapter speaks through: tests pass a recording fake. */
export type Core = Pick<
  typeof actionsCore,
  | 'getInput'
  | 'setSecret'
  | 'setOutput'
  | 'saveState'
  | 'getState'
  | 'isDebug'
  | 'debug'
  | 'info'
  | 'notice'
  | 'warning'
  | 'error'
  | 'startGroup'
  | 'endGroup'
  | 'setFailed'
> & { summary: Pick<typeof actionsCore.summary, 'addRaw' | 'write' | 'emptyBuffer'> }

export function createRunner(core: Core = actionsCore, env: Env = process.env): Runner {
  // Without the file, core would print `::set-output`/`::save-state` on stdout: a token too.
  const requireFile = (kind: 'OUTPUT' | 'STATE'): void => {
    if (!env[`GITHUB_${kind}`]) {
      throw new Error(
        `GITHUB_${kind} is not set: run this action in a GitHub Actions job (runner 2.297 or later).`
      )
    }
  }
  return {
    // Trimmed as core does by default; said explicitly for local-action's core, which does not.
    getInput: name => core.getInput(name, { trimWhitespace: true }),
    setSecret: value => {
      if (value) core.setSecret(value)
    },
    setOutput: (name, value) => {
      requireFile('OUTPUT')
      core.setOutput(name, value)
    },
    saveState: (name, value) => {
      requireFile('STATE')
      core.saveState(name, value)
    },
    getState: name => core.getState(name),
    isDebug: () => core.isDebug(),
    debug: message => core.debug(message),
    info: message => core.info(neutralize(message)),
    notice: (message, properties) => core.notice(message, properties),
    warning: (message, properties) => core.warning(message, properties),
    error: (message, properties) => core.error(message, properties),
    group: (title, lines) => {
      core.startGroup(title)
      try {
        for (const line of lines) core.info(neutralize(line))
      } finally {
        core.endGroup()
      }
    },
    appendSummary: async markdown => {
      if (!env.GITHUB_STEP_SUMMARY) return
      try {
        await core.summary.addRaw(markdown, true).write()
      } catch (e) {
        // The summary only repeats the log; losing it must not fail the step (or crash the
        // validator, which does not wait for it). Unwritten text must not reach a later write.
        core.summary.emptyBuffer()
        core.warning(
          `Could not write the job summary: ${sanitize(String((e as Error)?.message ?? e))}`
        )
      }
    },
    setFailed: message => core.setFailed(message)
  }
}
