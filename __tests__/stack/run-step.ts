// Runs a committed bundle (dist/<entry>/index.js) the way the GitHub Actions runner runs a
// JavaScript action step: a fresh process with a clean environment, inputs as INPUT_* (with the
// defaults action.yml declares), saved state as STATE_*, and fresh file-command files
// (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY, GITHUB_ENV) that are parsed afterwards.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { SUBSTITUTE_FILE } from '../../scripts/build/not-bundled.mjs'

export interface StepResult {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
  envFile: string
  durationMs: number
  peakRssKb?: number
  /** CPU time (user + system) of the process, in ms (10 ms resolution), with `measureRss`. */
  cpuMs?: number
  /** Set when the step was killed for running past `timeoutMs` (exitCode is then -1). */
  timedOut?: boolean
}

export interface RunStepOptions {
  inputs?: Record<string, string>
  /** Overrides of the step's environment (after input defaults, before `inputs`); `undefined` removes a variable. */
  env?: Record<string, string | undefined>
  /** State saved by the main step, passed to the post step as STATE_<name>. */
  state?: Record<string, string>
  /** GITHUB_WORKSPACE and the process's working directory (default: a fresh temp dir). */
  cwd?: string
  /** Kill the step after this long (default 20 s). */
  timeoutMs?: number
  /** Apply the defaults action.yml declares for inputs not given, as the runner does (default true). */
  inputDefaults?: boolean
  /** Measure the step's peak RSS and CPU time with /usr/bin/time (adds one exec); sets `peakRssKb`, `cpuMs`. */
  measureRss?: boolean
  /** The Node binary (default: this process's). */
  node?: string
  /** A script to run instead of the entry's bundle (the benchmark's floor, another build). */
  script?: string
}

export type StepEntry = 'main' | 'post' | 'validate'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const bundlePath = (entry: StepEntry): string => join(REPO_ROOT, 'dist', entry, 'index.js')

const DEFAULT_TIMEOUT_MS = 20_000

/** The runner's name for an input's environment variable: upper-case, spaces → `_`. */
export const inputEnvName = (name: string): string =>
  `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

const actionYmlFor = (entry: StepEntry): string | undefined =>
  [
    ...(entry === 'validate' ? ['validate/action.yml', 'validate/action.yaml'] : []),
    ...(entry !== 'validate' ? ['action.yml', 'action.yaml'] : [])
  ]
    .map(p => join(REPO_ROOT, p))
    .find(p => existsSync(p))

/** Input defaults from action.yml; `${{ github.api_url }}` expands from the step's env. */
export function actionDefaults(
  entry: StepEntry,
  env: Record<string, string | undefined> = {}
): Record<string, string> {
  const file = actionYmlFor(entry)
  if (!file) return {}
  const doc = parseYaml(readFileSync(file, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined || spec.default === null) continue
    out[name] = String(spec.default).replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_, key: string) =>
      key === 'api_url'
        ? (env.GITHUB_API_URL ?? 'https://api.github.com')
        : key === 'server_url'
          ? (env.GITHUB_SERVER_URL ?? 'https://github.com')
          : ''
    )
  }
  return out
}

/**
 * Parses a file-command file (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV): `name<<DELIM` blocks
 * (value = the lines up to the line that is exactly DELIM) and single `name=value` lines.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (!line) continue
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    const eq = line.indexOf('=')
    if (heredoc && (eq === -1 || eq > line.indexOf('<<'))) {
      const [, name = '', delimiter] = heredoc
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i] ?? '')
      }
      if (!closed) throw new Error(`file command "${name}" has no closing delimiter`)
      out[name] = value.join('\n')
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1)
    } else {
      throw new Error(`unparseable file-command line: ${JSON.stringify(line.slice(0, 80))}`)
    }
  }
  return out
}

const readIfExists = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '')

/**
 * Throws when a run's output names the build's stand-in for the toolkit modules no path may
 * reach (scripts/build/not-bundled.mjs): every e2e test then fails, whatever it expected.
 */
export function assertSubstituteNotReached(what: string, ...outputs: string[]): void {
  const hit = outputs.find(o => o.includes(SUBSTITUTE_FILE))
  if (hit === undefined) return
  const line = hit.split('\n').find(l => l.includes(SUBSTITUTE_FILE)) ?? ''
  throw new Error(
    `${what} reached ${SUBSTITUTE_FILE}, which stands in for a module not bundled: ${line.slice(0, 400)}`
  )
}

/** Runs dist/<entry>/index.js as the runner would and collects everything it produced. */
export async function runStep(entry: StepEntry, opts: RunStepOptions = {}): Promise<StepResult> {
  const bundle = opts.script ?? bundlePath(entry)
  if (!existsSync(bundle)) {
    throw new Error(`${bundle} does not exist: run \`npm run build\` first.`)
  }
  const dir = mkdtempSync(join(tmpdir(), `step-${entry}-`))
  try {
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_ENV: join(dir, 'env')
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const runnerTemp = join(dir, 'runner-temp')
    mkdirSync(runnerTemp)
    const workspace = opts.cwd ?? join(dir, 'workspace')
    if (!opts.cwd) mkdirSync(workspace)

    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      ...files,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace
    }
    for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value
    // Order: action.yml defaults < `env` < `inputs` (an explicit input always wins). Defaults
    // see the final GITHUB_API_URL, as `${{ github.api_url }}` would.
    if (opts.inputDefaults !== false) {
      const apiUrl =
        opts.env && 'GITHUB_API_URL' in opts.env ? opts.env.GITHUB_API_URL : env.GITHUB_API_URL
      for (const [name, value] of Object.entries(
        actionDefaults(entry, { GITHUB_API_URL: apiUrl })
      )) {
        env[inputEnvName(name)] = value
      }
    }
    for (const [name, value] of Object.entries(opts.env ?? {})) {
      if (value === undefined) delete env[name]
      else env[name] = value
    }
    for (const [name, value] of Object.entries(opts.inputs ?? {})) env[inputEnvName(name)] = value
    const cleanEnv = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
    )

    const rssFile = join(dir, 'rss')
    const measure = opts.measureRss === true && existsSync('/usr/bin/time')
    const node = opts.node ?? process.execPath
    const [cmd, args] = measure
      ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', rssFile, node, bundle]]
      : [node, [bundle]]

    const started = performance.now()
    const child = spawn(cmd, args, {
      env: cleanEnv,
      cwd: workspace,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: measure // own process group, so a timeout kills time(1) and node together
    })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => stdout.push(c))
    child.stderr.on('data', (c: Buffer) => stderr.push(c))
    let timedOut = false
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS
    const timer = setTimeout(() => {
      timedOut = true
      try {
        if (measure && child.pid) process.kill(-child.pid, 'SIGKILL')
        else child.kill('SIGKILL')
      } catch {
        // already gone
      }
    }, timeoutMs)
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', code => resolve(code ?? -1))
    }).finally(() => clearTimeout(timer))
    const durationMs = performance.now() - started

    const [rss = NaN, user = NaN, system = NaN] = measure
      ? (readIfExists(rssFile).trim().split('\n').pop() ?? '').split(' ').map(Number)
      : []
    const stderrText =
      Buffer.concat(stderr).toString('utf8') +
      (timedOut ? `\n[runStep] ${entry} was killed after ${timeoutMs} ms\n` : '')
    const stdoutText = Buffer.concat(stdout).toString('utf8')
    const summary = readIfExists(files.GITHUB_STEP_SUMMARY)
    assertSubstituteNotReached(`The ${entry} step`, stdoutText, stderrText, summary)
    return {
      exitCode: timedOut ? -1 : exitCode,
      stdout: stdoutText,
      stderr: stderrText,
      outputs: parseFileCommands(readIfExists(files.GITHUB_OUTPUT)),
      state: parseFileCommands(readIfExists(files.GITHUB_STATE)),
      summary,
      envFile: readIfExists(files.GITHUB_ENV),
      durationMs,
      ...(Number.isFinite(rss) ? { peakRssKb: rss } : {}),
      ...(Number.isFinite(user + system) ? { cpuMs: Math.round((user + system) * 1000) } : {}),
      ...(timedOut ? { timedOut } : {})
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------
// Leak checks and masking

/** Unescapes workflow-command data (`%25`, `%0D`, `%0A`), as the runner does. */
export const unescapeData = (s: string): string =>
  s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%')

const MASK_LINE = /^::add-mask::(.*)$/

/** A description of a secret that does not reveal it. */
const describeSecret = (secret: string, index: number): string => {
  const kind = /^gh[a-z]_/.test(secret)
    ? `GitHub token ${secret.slice(0, 4)}…`
    : /^eyJ/.test(secret)
      ? 'JWT eyJ…'
      : 'secret'
  return `secrets[${index}] (${kind}, ${secret.length} chars)`
}

/** A line with every secret replaced, safe to put in an assertion message. */
const redact = (line: string, secrets: string[]): string => {
  let s = line
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    s = s.split(secret).join('<SECRET>')
  }
  return JSON.stringify(s.length > 200 ? s.slice(0, 200) + '…' : s)
}

/** The forms of a secret that must not appear: the whole value, and a JWT's signature. */
const needles = (secret: string): string[] => {
  const parts = secret.split('.')
  const sig = parts.length === 3 && parts[2] && parts[2].length >= 16 ? [parts[2]] : []
  return [secret, ...sig]
}

/**
 * Throws when a secret shows up where a user or a later step could read it:
 * - stdout: only inside its own `::add-mask::` line (which must precede any other mention);
 * - never in stderr, the job summary, GITHUB_ENV, or any output but `token`;
 * - in the state file only as the state `token`.
 * A secret returned in the `token` output or state must have been masked on stdout.
 */
export function assertNoLeaks(result: StepResult, secrets: string[]): void {
  const list = [...new Set(secrets.filter(s => s !== ''))]
  const problems: string[] = []
  const stdoutLines = result.stdout.split(/\r?\n/)
  list.forEach((secret, i) => {
    const name = describeSecret(secret, i)
    const forms = needles(secret)
    const mentions = (text: string): boolean => forms.some(f => text.includes(f))
    let masked = false
    stdoutLines.forEach((line, n) => {
      if (!mentions(line)) return
      const m = MASK_LINE.exec(line)
      if (m && unescapeData(m[1] ?? '') === secret) {
        masked = true
        return
      }
      problems.push(
        `${name} appears in stdout line ${n + 1}${masked ? '' : ' before (or without) its ::add-mask::'}: ${redact(line, list)}`
      )
    })
    result.stderr.split(/\r?\n/).forEach((line, n) => {
      if (mentions(line))
        problems.push(`${name} appears in stderr line ${n + 1}: ${redact(line, list)}`)
    })
    if (mentions(result.summary)) problems.push(`${name} appears in the job summary`)
    if (mentions(result.envFile)) problems.push(`${name} appears in GITHUB_ENV`)
    for (const [key, value] of Object.entries(result.outputs)) {
      if (key === 'token' && value === secret) continue
      if (mentions(key) || mentions(value)) problems.push(`${name} appears in output "${key}"`)
    }
    for (const [key, value] of Object.entries(result.state)) {
      if (key === 'token' && value === secret) continue
      if (mentions(key) || mentions(value)) problems.push(`${name} appears in state "${key}"`)
    }
    const handedOut = result.outputs.token === secret || result.state.token === secret
    if (handedOut && !masked) {
      problems.push(
        `${name} is in the token output/state but was never registered with ::add-mask::`
      )
    }
  })
  if (problems.length) {
    throw new Error(`Secret leak check failed:\n- ${problems.join('\n- ')}`)
  }
}

/**
 * What the runner shows in the job log: each value registered with `::add-mask::` is replaced by
 * `***` in that line and every line after it (the runner cannot mask what it printed already).
 * Mask lines are kept, with their value masked, so the log shows where masks were registered.
 */
export function maskLog(text: string): string {
  const masks: string[] = []
  return text
    .split('\n')
    .map(line => {
      const m = MASK_LINE.exec(line.replace(/\r$/, ''))
      if (m) {
        const value = unescapeData(m[1] ?? '')
        for (const part of value.split(/\r?\n/)) if (part.trim()) masks.push(part)
        masks.sort((a, b) => b.length - a.length)
      }
      let s = line
      for (const mask of masks) s = s.split(mask).join('***')
      return s
    })
    .join('\n')
}

const COMMAND = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/

/**
 * Renders a step's stdout as a reader of the job log sees it: masked, workflow commands turned
 * into their display form (`Error: …`, `Warning: …`, groups indented under `▸ title`), mask registrations hidden, debug
 * lines shown only when `debug` is true.
 */
export function renderLog(stdout: string, opts: { debug?: boolean } = {}): string[] {
  const out: string[] = []
  let indent = ''
  const push = (...lines: string[]): void => void out.push(...lines.map(l => indent + l))
  for (const raw of maskLog(stdout).split(/\r?\n/)) {
    const m = COMMAND.exec(raw)
    if (!m) {
      if (raw !== '') push(raw)
      continue
    }
    const [, command = '', props = '', data = ''] = m
    const text = unescapeData(data)
    const title = /(?:^|,)title=([^,]*)/.exec(props)?.[1]
    const label = (kind: string): string =>
      `${kind}${title ? ` (${unescapeData(title).replace(/%3A/gi, ':').replace(/%2C/gi, ',')})` : ''}: `
    switch (command) {
      case 'add-mask':
        break
      case 'debug':
        if (opts.debug) push(...text.split('\n').map(l => `##[debug]${l}`))
        break
      case 'error':
        push(...prefixLines(label('Error'), text))
        break
      case 'warning':
        push(...prefixLines(label('Warning'), text))
        break
      case 'notice':
        push(...prefixLines(label('Notice'), text))
        break
      case 'group':
        indent = ''
        push(`▸ ${text}`)
        indent = '  '
        break
      case 'endgroup':
        indent = ''
        break
      default:
        push(raw)
    }
  }
  return out
}

const prefixLines = (prefix: string, text: string): string[] =>
  text.split('\n').map((l, i) => (i === 0 ? prefix + l : ' '.repeat(prefix.length) + l))

/** The text of a step's first `::error::` annotation, unescaped ('' when there is none). */
export const errorAnnotation = (result: Pick<StepResult, 'stdout'>): string =>
  unescapeData(/^::error::(.*)$/m.exec(result.stdout)?.[1] ?? '')
