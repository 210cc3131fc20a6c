// The workflows users copy (examples/workflows) and the ones this repository runs
// (.github/workflows) must parse, declare least-privilege permissions and pin every third-party
// action by commit SHA; the example trust policies must be ones the server accepts, live where
// the example workflows look for them, and admit exactly what their comments say.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')
const list = (dir: string, suffix: RegExp): string[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter(f => suffix.test(f))
        .sort()
        .map(f => `${dir}/${f}`)
    : []

/** The name users write in `uses:`; examples pin it to the current major tag. */
export const PUBLISHED = 'octo-sts-token/action'
const MAJOR = `v${String(JSON.parse(read('package.json')).version).split('.')[0]}`
/** The examples' own organization: its reusable workflows are first-party, referenced by branch. */
const EXAMPLE_ORG = 'acme'

const REPO_WORKFLOWS = list('.github/workflows', /\.ya?ml$/)
const EXAMPLE_WORKFLOWS = list('examples/workflows', /\.ya?ml$/)
// Org policies live in examples/policies/org, so each folder can be validated as one kind.
const POLICIES = [
  ...list('examples/policies', /\.sts\.yaml$/),
  ...list('examples/policies/org', /\.sts\.yaml$/)
]

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

function parseYamlFile(path: string): Json {
  const doc = parseDocument(read(path), { prettyErrors: false, uniqueKeys: true })
  const problems = [...doc.errors, ...doc.warnings].map(e => e.message.split('\n')[0])
  if (problems.length) throw new Error(`${path} does not parse: ${problems.join('; ')}`)
  const value: unknown = doc.toJS()
  if (!isObject(value)) throw new Error(`${path} is not a YAML mapping`)
  return value
}

interface Step {
  file: string
  job: string
  uses?: string
  with: Record<string, string>
}

function jobsOf(path: string): [string, Json][] {
  const wf = parseYamlFile(path)
  if (!isObject(wf.jobs)) throw new Error(`${path} has no jobs`)
  return Object.entries(wf.jobs).map(([name, job]) => {
    if (!isObject(job)) throw new Error(`${path}: job ${name} is not a mapping`)
    return [name, job]
  })
}

function stepsOf(path: string): Step[] {
  return jobsOf(path).flatMap(([job, body]) =>
    (Array.isArray(body.steps) ? body.steps : []).map((s: unknown): Step => {
      const step = isObject(s) ? s : {}
      return {
        file: path,
        job,
        ...(typeof step.uses === 'string' ? { uses: step.uses } : {}),
        with: isObject(step.with)
          ? Object.fromEntries(Object.entries(step.with).map(([k, v]) => [k, String(v)]))
          : {}
      }
    })
  )
}

/** Every `uses:` of a workflow (steps and reusable-workflow jobs), with its raw line. */
function usesOf(path: string): { uses: string; line: string }[] {
  return read(path)
    .split('\n')
    .map(line => ({ line, m: /^\s*(?:-\s+)?uses:\s*(\S+)/.exec(line) }))
    .filter(x => x.m)
    .map(x => ({ uses: (x.m?.[1] ?? '').replace(/^['"]|['"]$/g, ''), line: x.line }))
}

const SHA_PIN = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40}$/
const VERSION_COMMENT = /#\s*v\d+(\.\d+){0,2}\S*\s*$/

/** Why a `uses:` breaks the pinning rule, or undefined. See CONTRIBUTING.md. */
function pinProblem(uses: string, line: string, inExamples: boolean): string | undefined {
  if (uses.startsWith('./')) return undefined
  if (uses.startsWith('docker://')) {
    return /@sha256:[0-9a-f]{64}$/.test(uses) ? undefined : 'docker image not pinned by digest'
  }
  const [name = '', ref] = uses.split('@')
  if (name === PUBLISHED || name.startsWith(`${PUBLISHED}/`)) {
    if (!inExamples) return 'this repository runs its own action with `uses: ./`'
    return ref === MAJOR ? undefined : `examples use ${PUBLISHED} at the major tag @${MAJOR}`
  }
  if (inExamples && name.startsWith(`${EXAMPLE_ORG}/`)) return undefined
  if (!SHA_PIN.test(uses)) return 'not pinned by a full 40-character commit SHA'
  if (!VERSION_COMMENT.test(line)) return 'SHA pin without a `# vX.Y.Z` comment'
  return undefined
}

const isThisAction = (uses: string | undefined, inExamples: boolean): boolean =>
  inExamples ? uses === `${PUBLISHED}@${MAJOR}` : uses === './'

describe.each([
  ['.github/workflows', REPO_WORKFLOWS, false],
  ['examples/workflows', EXAMPLE_WORKFLOWS, true]
] as const)('workflows in %s', (_dir, files, inExamples) => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0)
  })

  it.each(files)('%s parses, with `on`, `jobs` and a name', file => {
    const wf = parseYamlFile(file)
    expect(typeof wf.name).toBe('string')
    expect(wf.on).toBeDefined()
    expect(jobsOf(file).length).toBeGreaterThan(0)
  })

  it.each(files)('%s says on its first line where it lives', file => {
    const first = read(file).split('\n')[0] ?? ''
    const pattern = /^# In [\w.-]+\/[\w.-]+(?: on [\w.-]+)?: \.github\/workflows\/[\w.-]+\.ya?ml\b/
    if (inExamples) expect(first).toMatch(pattern)
  })

  it.each(files)('%s declares permissions on the workflow and on every job', file => {
    const wf = parseYamlFile(file)
    expect(wf).toHaveProperty('permissions')
    expect(['write-all', 'read-all']).not.toContain(wf.permissions)
    for (const [name, job] of jobsOf(file)) {
      expect({ job: name, permissions: isObject(job.permissions) }).toEqual({
        job: name,
        permissions: true
      })
    }
  })

  it.each(files)('%s pins every action', file => {
    const problems = usesOf(file)
      .map(({ uses, line }) => ({ uses, problem: pinProblem(uses, line, inExamples) }))
      .filter(p => p.problem)
    expect(problems).toEqual([])
  })

  it.each(files)('%s gives `id-token: write` to every job that runs the action', file => {
    const wf = parseYamlFile(file)
    const missing = stepsOf(file)
      .filter(s => isThisAction(s.uses, inExamples))
      .map(s => s.job)
      .filter(job => {
        const body = (wf.jobs as Json)[job] as Json
        const perms = (isObject(body.permissions) ? body.permissions : wf.permissions) as Json
        return perms?.['id-token'] !== 'write'
      })
    expect(missing).toEqual([])
  })
})

describe('action pins across all workflows', () => {
  it('use one commit per action, so an update moves them all', () => {
    const pins = new Map<string, Set<string>>()
    for (const file of [...REPO_WORKFLOWS, ...EXAMPLE_WORKFLOWS]) {
      for (const { uses, line } of usesOf(file)) {
        if (!SHA_PIN.test(uses)) continue
        const [name = '', sha = ''] = uses.split('@')
        const repo = name.split('/').slice(0, 2).join('/')
        const pin = `${sha} ${line.replace(/^.*#/, '#').trim()}`
        pins.set(repo, (pins.get(repo) ?? new Set()).add(pin))
      }
    }
    const drift = [...pins].filter(([, set]) => set.size > 1).map(([repo, set]) => [repo, [...set]])
    expect(drift).toEqual([])
  })

  it('rejects what the rule forbids (the rule itself can fail)', () => {
    const line = (u: string, c = ''): string => `      - uses: ${u}${c}`
    const sha = 'a'.repeat(40)
    expect(pinProblem('actions/checkout@v4', line('actions/checkout@v4'), false)).toMatch(/SHA/)
    expect(pinProblem(`actions/checkout@${sha}`, line(`x@${sha}`), false)).toMatch(/comment/)
    expect(pinProblem(`actions/checkout@${sha}`, line(`x@${sha}`, ' # v4.2.1'), false)).toBe(
      undefined
    )
    expect(pinProblem(`${PUBLISHED}@${MAJOR}`, '', false)).toMatch(/uses: \.\//)
    expect(pinProblem(`${PUBLISHED}@main`, '', true)).toMatch(/major tag/)
    expect(pinProblem('docker://alpine:3', '', true)).toMatch(/digest/)
    expect(pinProblem('acme/shared/.github/workflows/x.yml@main', '', true)).toBe(undefined)
    expect(pinProblem('acme/shared/.github/workflows/x.yml@main', '', false)).toMatch(/SHA/)
  })
})

describe('.github/dependabot.yml', () => {
  it('parses and updates npm and GitHub Actions', () => {
    const config = parseYamlFile('.github/dependabot.yml')
    expect(config.version).toBe(2)
    const updates = (config.updates as Json[]).map(u => `${u['package-ecosystem']} ${u.directory}`)
    expect(updates.sort()).toEqual(['github-actions /', 'npm /'])
  })
})

// ---- Example trust policies ----

interface PolicyFile {
  file: string
  text: string
  /** Where the policy lives, from its first line: `# In OWNER/REPO: .github/chainguard/ID.sts.yaml`. */
  repo: string
  identity: string
  isOrgPolicy: boolean
  policy: Json
}

const HEADER =
  /^# In ([\w.-]+\/[\w.-]+)(?: on [\w.-]+)?: \.github\/chainguard\/([^/\s]+)\.sts\.yaml$/

function loadPolicy(file: string): PolicyFile {
  const text = read(file)
  const header = HEADER.exec(text.split('\n')[0] ?? '')
  if (!header) throw new Error(`${file}: the first line must say where the policy lives`)
  const repo = header[1] ?? ''
  return {
    file,
    text,
    repo,
    identity: header[2] ?? '',
    isOrgPolicy: repo.endsWith('/.github'),
    policy: parseYamlFile(file)
  }
}

const KNOWN_KEYS = [
  'issuer',
  'issuer_pattern',
  'subject',
  'subject_pattern',
  'audience',
  'audience_pattern',
  'claim_pattern',
  'permissions',
  'repositories'
]

/** The trust-policy engine (src/policy), when it is there. */
interface Engine {
  problems(text: string, isOrgPolicy: boolean): { severity: string; message: string }[]
  allows(text: string, isOrgPolicy: boolean, claims: Json, domain: string): boolean
}

async function loadEngine(): Promise<Engine | undefined> {
  if (!existsSync(join(ROOT, 'src/policy/index.ts'))) return undefined
  const spec = '../../src/policy/index.js' // a variable: the module may not exist yet
  const m = (await import(spec)) as Record<string, unknown>
  type Problem = { severity: string; message: string }
  type Parsed = { policy?: Json; errors: Problem[]; warnings: Problem[]; positions?: Json }
  const parse = m.parsePolicy as (t: string, o: { isOrgPolicy: boolean }) => Parsed
  const compile = m.compilePolicy as (p: Json, pos?: Json) => { compiled?: Json; errors: Problem[] }
  const check = m.checkToken as (c: Json, claims: Json, d: string) => { allow: boolean }
  const lint = m.lintPolicy as
    ((t: string, o: { isOrgPolicy: boolean }) => Problem[] | { problems: Problem[] }) | undefined
  return {
    problems(text, isOrgPolicy) {
      if (lint) {
        const r = lint(text, { isOrgPolicy })
        return Array.isArray(r) ? r : r.problems
      }
      const parsed = parse(text, { isOrgPolicy })
      if (!parsed.policy) return parsed.errors
      return [...parsed.warnings, ...compile(parsed.policy, parsed.positions).errors]
    },
    allows(text, isOrgPolicy, claims, domain) {
      const parsed = parse(text, { isOrgPolicy })
      const { compiled } = parsed.policy ? compile(parsed.policy) : {}
      if (!compiled) throw new Error(`policy does not compile: ${JSON.stringify(parsed.errors)}`)
      return check(compiled, claims, domain).allow
    }
  }
}

const engine = await loadEngine()

describe('example trust policies', () => {
  const policies = POLICIES.map(loadPolicy)

  it('exist', () => {
    expect(policies.length).toBeGreaterThan(0)
  })

  it.each(POLICIES)('%s has the fields the server knows, each once', file => {
    const { policy, isOrgPolicy } = loadPolicy(file)
    expect({ file, isOrgPolicy }).toEqual({ file, isOrgPolicy: file.includes('/org/') })
    const allowed = KNOWN_KEYS.filter(k => k !== 'repositories' || isOrgPolicy)
    expect(Object.keys(policy).filter(k => !allowed.includes(k))).toEqual([])
    expect(['issuer', 'issuer_pattern'].filter(k => k in policy)).toHaveLength(1)
    expect(['subject', 'subject_pattern'].filter(k => k in policy)).toHaveLength(1)
    expect(['audience', 'audience_pattern'].filter(k => k in policy).length).toBeLessThan(2)
    const permissions = policy.permissions as Json
    expect(isObject(permissions)).toBe(true)
    for (const [name, level] of Object.entries(permissions)) {
      expect(`${name}: ${String(level)}`).toMatch(/^[a-z]+(_[a-z]+)*: (read|write|admin)$/)
    }
  })

  const check = engine ? it.each(POLICIES) : it.skip.each(POLICIES)
  check('%s has no errors in the policy engine', file => {
    const { text, isOrgPolicy } = loadPolicy(file)
    const errors = engine?.problems(text, isOrgPolicy).filter(p => p.severity === 'error')
    expect(errors).toEqual([])
  })

  it('are each used by an example workflow, and every example step finds its policy', () => {
    const steps = EXAMPLE_WORKFLOWS.flatMap(stepsOf).filter(
      s => s.uses === `${PUBLISHED}@${MAJOR}` && s.with['dry-run'] !== 'true'
    )
    expect(steps.length).toBeGreaterThan(0)
    const used = new Set<string>()
    const missing: string[] = []
    for (const s of steps) {
      const scope = s.with.scope ?? ''
      const identity = s.with.identity ?? ''
      const [owner, repo] = scope.split('/')
      const policyRepo = repo ? scope : `${owner}/.github`
      const found = policies.filter(
        p => p.identity === identity && (scope.includes('${{') || p.repo === policyRepo)
      )
      if (!found.length) missing.push(`${s.file} (${s.job}): ${scope} ${identity}`)
      for (const p of found) used.add(p.file)
    }
    expect(missing).toEqual([])
    expect(POLICIES.filter(f => !used.has(f))).toEqual([])
  })
})

// What the policies' comments promise, checked with the server's semantics.
const GITHUB = 'https://token.actions.githubusercontent.com'
const claims = (sub: string, extra: Json = {}): Json => ({
  iss: GITHUB,
  sub,
  aud: 'octo-sts.dev',
  ...extra
})
const tagRef = (tag: string): Json => ({
  ref: `refs/tags/${tag}`,
  job_workflow_ref: `acme/widgets/.github/workflows/ship.yml@refs/tags/${tag}`
})
const mainSub = 'repo:acme/widgets:ref:refs/heads/main'
const immutableMain = 'repo:acme@1000001/widgets@2000002:ref:refs/heads/main'
const appSub = 'repo:acme@1000001/app@2000003:ref:refs/heads/main'
const production = 'repo:acme/widgets:environment:production'
const shared = (ref: string): Json => ({
  job_workflow_ref: `acme/shared-workflows/.github/workflows/publish.yml@${ref}`
})
const PROMISES: [file: string, why: string, allow: boolean, claims: Json, domain?: string][] = [
  ['stale-issues', 'main', true, claims(mainSub)],
  ['stale-issues', 'another branch', false, claims('repo:acme/widgets:ref:refs/heads/dev')],
  ['stale-issues', 'a pull request', false, claims('repo:acme/widgets:pull_request')],
  ['app-ci', 'acme/app on main', true, claims(appSub)],
  ['app-ci', 'acme/app, name-only subject', false, claims('repo:acme/app:ref:refs/heads/main')],
  ['app-ci', 'a re-created acme/app', false, claims('repo:acme@1000001/app@9:ref:refs/heads/main')],
  ['app-ci', 'another repository', false, claims('repo:acme@1000001/other@9:ref:refs/heads/main')],
  ['app-publish', 'acme/app on main', true, claims(appSub)],
  [
    'app-publish',
    'acme/app, name-only subject',
    false,
    claims('repo:acme/app:ref:refs/heads/main')
  ],
  ['stale-issues', 'main, immutable subject', false, claims(immutableMain)],
  ['stale-issues (immutable)', 'main, immutable subject', true, claims(immutableMain)],
  ['stale-issues (immutable)', 'main, name-only subject', false, claims(mainSub)],
  [
    'stale-issues (immutable)',
    'other IDs',
    false,
    claims('repo:acme@1/widgets@2:ref:refs/heads/main')
  ],
  ['release', 'tag v1.2.3', true, claims('repo:acme/widgets:ref:refs/tags/v1.2.3')],
  ['release', 'tag v1.2.3-rc1', false, claims('repo:acme/widgets:ref:refs/tags/v1.2.3-rc1')],
  ['release', 'branch v1.2.3', false, claims('repo:acme/widgets:ref:refs/heads/v1.2.3')],
  ['release', 'tag v1x2x3', false, claims('repo:acme/widgets:ref:refs/tags/v1x2x3')],
  ['deploy', 'production, tag', true, claims(production, tagRef('v2.0.1'))],
  ['deploy', 'production, rc tag', false, claims(production, tagRef('v2.0.1-rc1'))],
  [
    'deploy',
    'production, branch',
    false,
    claims(production, {
      ref: 'refs/heads/main',
      job_workflow_ref: 'acme/widgets/.github/workflows/ship.yml@refs/heads/main'
    })
  ],
  ['deploy', 'staging', false, claims('repo:acme/widgets:environment:staging', tagRef('v2.0.1'))],
  ['shared-publish', 'shared workflow from main', true, claims(mainSub, shared('refs/heads/main'))],
  [
    'shared-publish',
    'shared workflow, other ref',
    false,
    claims(mainSub, shared('refs/heads/wip'))
  ],
  [
    'shared-publish',
    "the caller's own workflow",
    false,
    claims(mainSub, {
      job_workflow_ref: 'acme/widgets/.github/workflows/publish.yml@refs/heads/main'
    })
  ],
  [
    'label-sync',
    'release-tools on main',
    true,
    claims('repo:acme/release-tools:ref:refs/heads/main')
  ],
  [
    'ghes-triage',
    'GHES issuer',
    true,
    { ...claims(mainSub), iss: 'https://github.example.com/_services/token' }
  ],
  ['ghes-triage', 'github.com issuer', false, claims(mainSub)],
  [
    'nightly',
    'self-hosted audience',
    true,
    { ...claims(mainSub), aud: 'octo-sts.example.com' },
    'octo-sts.example.com'
  ],
  ['nightly', 'octo-sts.dev audience', false, claims(mainSub), 'octo-sts.example.com']
]

/** The policy with its commented `# subject: repo:OWNER@ID/REPO@ID:…` line in use instead. */
function immutableVariant(text: string): string {
  const alternative = /^# (subject: repo:[^/\s]+@[0-9]+\/[^:\s]+@[0-9]+:.*)$/m.exec(text)?.[1]
  if (!alternative) throw new Error('the policy shows no immutable subject to use')
  return text.replace(/^subject: .*$/m, alternative)
}

describe('example policies admit what their comments say', () => {
  const run = engine ? it.each(PROMISES) : it.skip.each(PROMISES)
  run('%s: %s → allowed %s', (name, _why, allow, tokenClaims, domain = 'octo-sts.dev') => {
    // `name (immutable)`: the file with its commented immutable subject in place of the other.
    const [file = '', variant] = name.split(' ')
    const path = POLICIES.find(f => f.endsWith(`/${file}.sts.yaml`)) ?? file
    const loaded = loadPolicy(path)
    const text = variant ? immutableVariant(loaded.text) : loaded.text
    expect(engine?.allows(text, loaded.isOrgPolicy, tokenClaims, domain)).toBe(allow)
  })
})
