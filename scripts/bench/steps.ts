// The benchmark's steps, run the way the Actions runner runs a JavaScript action (the same
// environment __tests__/stack/run-step.ts builds): a fresh `node <bundle>` with INPUT_* (the
// action.yml defaults plus the step's inputs), STATE_* for the post step, fresh GITHUB_OUTPUT/
// GITHUB_STATE/GITHUB_STEP_SUMMARY/GITHUB_ENV files, RUNNER_TEMP, GITHUB_WORKSPACE, and the
// stack's variables (OIDC request URL and token, GITHUB_API_URL, NODE_EXTRA_CA_CERTS, domain).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Stack } from '../../__tests__/stack/index.js'
import { actionDefaults, inputEnvName, parseFileCommands } from '../../__tests__/stack/run-step.js'
import { runTimed } from './spawn.js'
import type { RssMethod, TimedRun } from './spawn.js'

export const SCOPE = 'acme/widgets'
export const SUCCESS_IDENTITY = 'bench'
export const DENIED_IDENTITY = 'bench-denied'
const WORKFLOW_SUBJECT = 'repo:acme/widgets:ref:refs/heads/main'

const policyYaml = (issuer: string, subject: string): string =>
  `issuer: ${issuer}\nsubject: ${subject}\npermissions:\n  contents: read\n`

/** The two trust policies the benchmark uses. Call again after `stack.reset()`. */
export function installPolicies(stack: Stack): void {
  stack.sts.setPolicy(SCOPE, SUCCESS_IDENTITY, policyYaml(stack.oidc.issuer, WORKFLOW_SUBJECT))
  stack.sts.setPolicy(SCOPE, DENIED_IDENTITY, deniedPolicy(stack))
}

/** Same issuer, a subject this workflow does not have: the STS answers 403 `trust policy: …`. */
const deniedPolicy = (stack: Stack): string =>
  policyYaml(stack.oidc.issuer, 'repo:acme/widgets:ref:refs/heads/release')

export interface StepSpec {
  script: string
  inputs?: Record<string, string>
  state?: Record<string, string>
  /** Variables removed from the environment. */
  without?: string[]
  /** Variables added last. */
  extraEnv?: Record<string, string>
  /** Files written into the workspace (path relative to it → content). */
  workspaceFiles?: Record<string, string>
  nodeArgs?: string[]
}

export interface StepRun extends TimedRun {
  outputs: Record<string, string>
  state: Record<string, string>
}

export interface StepContext {
  stack: Stack
  node: string
  rss: RssMethod
}

export async function runStepTimed(ctx: StepContext, spec: StepSpec): Promise<StepRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-step-'))
  try {
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_ENV: join(dir, 'env')
    }
    for (const f of Object.values(files)) writeFileSync(f, '')
    const runnerTemp = join(dir, 'runner-temp')
    const workspace = join(dir, 'workspace')
    mkdirSync(runnerTemp)
    mkdirSync(workspace)
    for (const [path, text] of Object.entries(spec.workspaceFiles ?? {})) {
      mkdirSync(dirname(join(workspace, path)), { recursive: true })
      writeFileSync(join(workspace, path), text)
    }
    const stackEnv = ctx.stack.env()
    const env: Record<string, string | undefined> = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_REPOSITORY: SCOPE,
      GITHUB_REF: 'refs/heads/main',
      ...files,
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace,
      ...stackEnv
    }
    const inputs = {
      ...actionDefaults('main', { GITHUB_API_URL: stackEnv.GITHUB_API_URL }),
      ...(stackEnv.INPUT_DOMAIN ? { domain: stackEnv.INPUT_DOMAIN } : {}),
      ...spec.inputs
    }
    for (const [k, v] of Object.entries(inputs)) env[inputEnvName(k)] = v
    for (const [k, v] of Object.entries(spec.state ?? {})) env[`STATE_${k}`] = v
    for (const k of spec.without ?? []) delete env[k]
    Object.assign(env, spec.extraEnv)
    const clean = Object.fromEntries(
      Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined)
    )
    const run = await runTimed({
      node: ctx.node,
      script: spec.script,
      nodeArgs: spec.nodeArgs ?? [],
      env: clean,
      cwd: workspace,
      rss: ctx.rss,
      scratchFile: join(dir, 'rss')
    })
    return {
      ...run,
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8'))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export type StepName =
  'floor' | 'main' | 'post' | 'denial' | 'denialExplained' | 'plainMain' | 'plainPost'

export const PLAIN_CLIENT = fileURLToPath(new URL('./plain-client.mjs', import.meta.url))

/** The spec of each step; `post` (`plainPost`) needs the state `main` (`plainMain`) saved. */
export function stepSpec(
  name: StepName,
  o: { dist: string; empty: string; stack: Stack; mainState?: Record<string, string> }
): StepSpec {
  const bundle = (entry: string): string => join(o.dist, entry, 'index.js')
  switch (name) {
    case 'floor':
      return { script: o.empty }
    case 'plainMain':
      return { script: PLAIN_CLIENT, inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY } }
    case 'plainPost':
      return { script: PLAIN_CLIENT, state: o.mainState ?? {} }
    case 'main':
      return { script: bundle('main'), inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY } }
    case 'post':
      return {
        script: bundle('post'),
        inputs: { scope: SCOPE, identity: SUCCESS_IDENTITY },
        state: o.mainState ?? {}
      }
    case 'denial':
      // No copy of the policy in the workspace: the diagnosis shows the claims and a suggested
      // policy, without loading the policy engine.
      return { script: bundle('main'), inputs: { scope: SCOPE, identity: DENIED_IDENTITY } }
    case 'denialExplained':
      // The policy is also checked out in the workspace, as in a workflow that ran
      // actions/checkout first: the step explains the denial against it with the policy
      // engine (yaml + re2js), the slowest failure.
      return {
        script: bundle('main'),
        inputs: { scope: SCOPE, identity: DENIED_IDENTITY },
        workspaceFiles: {
          [`.github/chainguard/${DENIED_IDENTITY}.sts.yaml`]: deniedPolicy(o.stack)
        }
      }
  }
}

/** Throws when a step did not do its job: a fast wrong answer is no result. */
export function checkStep(name: string, run: StepRun, stack: Stack, mintedBefore: number): void {
  const fail = (why: string): never => {
    const log = (run.stdout + run.stderr).replace(/ghs_\w+|eyJ[\w.-]+/g, '***').slice(-2000)
    throw new Error(`bench: the ${name} step ${why} (exit ${run.exitCode}).\n${log}`)
  }
  if (name.startsWith('floor')) {
    if (run.exitCode !== 0) fail('failed')
  } else if (name === 'main' || name === 'plainMain') {
    const minted = stack.sts.minted.slice(mintedBefore)
    if (run.exitCode !== 0) fail('failed')
    if (minted.length !== 1 || run.outputs.token !== minted[0]?.token)
      fail('did not output the token the STS minted')
  } else if (name === 'post' || name === 'plainPost') {
    if (run.exitCode !== 0 || /::warning/.test(run.stdout)) fail('did not revoke cleanly')
  } else if (name.startsWith('denial')) {
    if (run.exitCode !== 1 || !/^::error/m.test(run.stdout)) fail('did not fail with an error')
    if (stack.sts.minted.length !== mintedBefore) fail('minted a token')
  }
}
