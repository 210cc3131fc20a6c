// Another JavaScript action to compare with (`npm run bench -- --peer DIR`), e.g. a checkout of
// octo-sts/action: its action.yml gives the scripts of its main and post steps and its input
// defaults; it runs with the same inputs, environment and local stack as our bundles. Requests
// its fetch sends to api.github.com go to the stack's API (github-api-redirect.mjs, preloaded).
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse as parseYaml } from 'yaml'
import { inputEnvName } from '../../__tests__/stack/run-step.js'

export interface Peer {
  dir: string
  /** `runs.using`, e.g. node24. */
  using: string
  main: string
  post?: string
  /** INPUT_* for the defaults its action.yml declares (expressions left out). */
  defaults: Record<string, string>
  /** NODE_OPTIONS for its steps, and for the floor it is compared with. */
  nodeOptions: string
}

const REDIRECT = fileURLToPath(new URL('./github-api-redirect.mjs', import.meta.url))

export function readPeer(path: string): Peer {
  const dir = resolve(path)
  const file = ['action.yml', 'action.yaml'].map(f => join(dir, f)).find(f => existsSync(f))
  if (!file) throw new Error(`bench: --peer ${path} has no action.yml`)
  const doc = parseYaml(readFileSync(file, 'utf8')) as {
    runs?: { using?: string; main?: string; post?: string }
    inputs?: Record<string, { default?: unknown } | null>
  }
  const { using = '', main, post } = doc.runs ?? {}
  if (!/^node\d+$/.test(using) || !main) {
    throw new Error(`bench: --peer ${path} is not a JavaScript action (runs.using: ${using})`)
  }
  const defaults: Record<string, string> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    const value = spec?.default
    if (value !== undefined && value !== null && !String(value).includes('${{')) {
      defaults[inputEnvName(name)] = String(value)
    }
  }
  return {
    dir,
    using,
    main: join(dir, main),
    ...(post ? { post: join(dir, post) } : {}),
    defaults,
    nodeOptions: `--import=${pathToFileURL(REDIRECT).href}`
  }
}
