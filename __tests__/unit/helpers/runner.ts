// A Runner that records every call in order, for asserting what a step did and in which order
// (masking before use, outputs, state, log lines), without a real runner or files.
import type { AnnotationProperties, Runner } from '../../../src/steps/runner.js'

export type RunnerEvent =
  | { type: 'setSecret'; value: string }
  | { type: 'setOutput'; name: string; value: string }
  | { type: 'saveState'; name: string; value: string }
  | { type: 'debug'; message: string }
  | { type: 'info'; message: string }
  | { type: 'notice'; message: string; properties: AnnotationProperties | undefined }
  | { type: 'warning'; message: string; properties: AnnotationProperties | undefined }
  | { type: 'error'; message: string; properties: AnnotationProperties | undefined }
  | { type: 'group'; title: string; lines: readonly string[] }
  | { type: 'appendSummary'; markdown: string }
  | { type: 'setFailed'; message: string }

export interface RecordingRunner {
  runner: Runner
  events: RunnerEvent[]
  /** Events of one type, in order. */
  of<T extends RunnerEvent['type']>(type: T): Extract<RunnerEvent, { type: T }>[]
  outputs: Record<string, string>
  state: Record<string, string>
  secrets: string[]
  /** Every text a real runner would print or store, one string per event (secrets included). */
  texts(): string[]
  failed(): string | undefined
}

/** The text an event carries, whatever its type. */
export function eventText(e: RunnerEvent): string {
  switch (e.type) {
    case 'setSecret':
      return e.value
    case 'setOutput':
    case 'saveState':
      return `${e.name}=${e.value}`
    case 'group':
      return [e.title, ...e.lines].join('\n')
    case 'appendSummary':
      return e.markdown
    case 'notice':
    case 'warning':
    case 'error':
      return [e.message, ...Object.values(e.properties ?? {}).map(String)].join('\n')
    default:
      return e.message
  }
}

export function recordingRunner(
  options: {
    inputs?: Record<string, string>
    /** STATE_* as the post step sees it. */
    savedState?: Record<string, string>
    debug?: boolean
  } = {}
): RecordingRunner {
  const events: RunnerEvent[] = []
  const outputs: Record<string, string> = {}
  const state: Record<string, string> = {}
  const secrets: string[] = []
  // Arrow functions only: the steps pass methods around unbound (`log: runner.info`).
  const runner: Runner = {
    getInput: name => (options.inputs?.[name] ?? '').trim(),
    setSecret: value => {
      secrets.push(value)
      events.push({ type: 'setSecret', value })
    },
    setOutput: (name, value) => {
      outputs[name] = value
      events.push({ type: 'setOutput', name, value })
    },
    saveState: (name, value) => {
      state[name] = value
      events.push({ type: 'saveState', name, value })
    },
    getState: name => options.savedState?.[name] ?? '',
    isDebug: () => options.debug === true,
    debug: message => void events.push({ type: 'debug', message }),
    info: message => void events.push({ type: 'info', message }),
    notice: (message, properties) => void events.push({ type: 'notice', message, properties }),
    warning: (message, properties) => void events.push({ type: 'warning', message, properties }),
    error: (message, properties) => void events.push({ type: 'error', message, properties }),
    group: (title, lines) => void events.push({ type: 'group', title, lines: [...lines] }),
    appendSummary: markdown => void events.push({ type: 'appendSummary', markdown }),
    setFailed: message => void events.push({ type: 'setFailed', message })
  }
  return {
    runner,
    events,
    of: type => events.filter(e => e.type === type) as never,
    outputs,
    state,
    secrets,
    texts: () => events.map(eventText),
    failed: () => events.find(e => e.type === 'setFailed')?.message as string | undefined
  }
}

/**
 * Where `secret` first appears in the recorded events: it must be a `setSecret` of exactly that
 * value, before anything else mentions it. Returns the index of that first mention (or -1 when
 * nothing mentions it), throwing a descriptive error otherwise.
 */
export function maskedBeforeUse(events: readonly RunnerEvent[], secret: string): number {
  const first = events.findIndex(e => eventText(e).includes(secret))
  if (first === -1) return -1
  const e = events[first]
  if (e?.type !== 'setSecret' || e.value !== secret) {
    throw new Error(
      `secret first appears in a ${e?.type} event (#${first}) before it was masked: ${eventText(e!)}`
    )
  }
  return first
}

/**
 * Lines a user could read (log, annotations, summary, failure) mentioning `secret`. Outputs and
 * state are excluded: they are where a token is meant to go.
 */
export function leaks(events: readonly RunnerEvent[], secret: string): RunnerEvent[] {
  return events.filter(
    e =>
      e.type !== 'setSecret' &&
      e.type !== 'setOutput' &&
      e.type !== 'saveState' &&
      eventText(e).includes(secret)
  )
}
