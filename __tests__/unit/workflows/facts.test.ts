// src/workflows/facts.ts: the facts beyond the files, for the validate action (environment,
// event payload, the OIDC customization endpoint) and the command line (flags, environment,
// git), each said once, and every invalid value a problem naming it.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GITHUB_ISSUER } from '../../../src/policy/github.js'
import {
  actionFacts,
  cliFacts,
  FACT_FLAGS,
  FACT_FLAGS_USAGE,
  MAX_EVENT_BYTES,
  parseClaimKeys,
  readEventPayload
} from '../../../src/workflows/facts.js'
import type { FactFlags } from '../../../src/workflows/facts.js'
import { gitHubServer } from '../../../src/workflows/issuer.js'
import { json, scriptedHttp } from '../helpers/http.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'facts-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const TOKEN = 'ghs_0123456789abcdefghijABCDEFGHIJ'

function payloadFile(value: unknown): string {
  const dir = tree({ 'event.json': typeof value === 'string' ? value : JSON.stringify(value) })
  return join(dir, 'event.json')
}

const PAYLOAD = { repository: { default_branch: 'main', id: 2000002, owner: { id: 1000001 } } }

const runnerEnv = (
  over: Record<string, string | undefined> = {}
): Record<string, string | undefined> => ({
  GITHUB_REPOSITORY: 'acme/widgets',
  GITHUB_REPOSITORY_OWNER_ID: '1000001',
  GITHUB_REPOSITORY_ID: '2000002',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_EVENT_PATH: payloadFile(PAYLOAD),
  ...over
})

const inputs =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

describe('issuer', () => {
  it.each([
    ['https://github.com', 'github.com', GITHUB_ISSUER],
    ['https://GitHub.com/', 'github.com', GITHUB_ISSUER],
    ['https://octocorp.ghe.com', 'ghe.com', 'https://token.actions.octocorp.ghe.com'],
    ['https://ghe.example.com', 'ghes', 'https://ghe.example.com/_services/token'],
    ['https://ghe.example.com:8443', 'ghes', 'https://ghe.example.com:8443/_services/token'],
    ['http://ghe.internal', 'ghes', 'https://ghe.internal/_services/token']
  ])('%s', (url, kind, issuer) => {
    expect(gitHubServer(url)).toMatchObject({ kind, issuer })
  })
  it.each([
    'github.com',
    'ftp://github.com',
    'https://u:p@github.com',
    'https://github.com/x',
    'https://github.com?a',
    ''
  ])('not a server URL: %j', url => expect(gitHubServer(url)).toBeUndefined())
})

describe('parseClaimKeys', () => {
  it('reads lists, default, and nothing', () => {
    expect(parseClaimKeys('')).toEqual({})
    expect(parseClaimKeys('  Default ')).toEqual({ keys: 'default' })
    expect(parseClaimKeys('repo, context\njob_workflow_ref')).toEqual({
      keys: ['repo', 'context', 'job_workflow_ref']
    })
  })
  it.each([
    ['repo,con-text', 'holds "con-text": a claim key is letters, digits and `_`'],
    ['repo repo', 'names a key twice'],
    [Array.from({ length: 33 }, (_, i) => `k${i}`).join(','), 'lists 33 keys (at most 32)']
  ])('refuses %j', (raw, why) => {
    expect(parseClaimKeys(raw).problem).toMatch(
      new RegExp(`^${why.replace(/[()`]/g, '\\$&')}\\. Give`)
    )
  })
})

describe('readEventPayload', () => {
  it('reads the default branch and the IDs', () => {
    expect(readEventPayload(payloadFile(PAYLOAD))).toEqual({
      defaultBranch: 'main',
      ids: { ownerId: '1000001', repoId: '2000002' }
    })
  })
  it.each([
    [undefined, 'GITHUB_EVENT_PATH is not set'],
    ['/nonexistent/event.json', 'the event payload file is missing'],
    [payloadFile('{not json'), 'the event payload cannot be read (not JSON)'],
    [
      payloadFile(' '.repeat(MAX_EVENT_BYTES + 1)),
      'the event payload cannot be read (larger than 4096 KiB)'
    ],
    [payloadFile({ schedule: '0 0 * * *' }), 'the event payload has no `repository`'],
    [payloadFile('null'), 'the event payload has no `repository`'],
    [payloadFile({ repository: { id: 'x' } }), 'the event payload does not name it'],
    [
      payloadFile({ repository: { default_branch: 'a b\n::x' } }),
      'the event payload names no valid branch'
    ]
  ])('%s: %s', (path, why) => {
    const got = readEventPayload(path)
    expect(got.why).toBe(why)
    expect(got.defaultBranch).toBeUndefined()
    expect(got.ids).toBeUndefined()
  })
})

describe('actionFacts', () => {
  it('gathers every fact, the form and template from the OIDC settings', async () => {
    const s = scriptedHttp([json(200, { use_default: true, use_immutable_subject: true })])
    const got = await actionFacts(inputs({ 'github-token': TOKEN }), runnerEnv(), s.http)
    expect(got).toEqual({
      facts: {
        repository: { owner: 'acme', repo: 'widgets', defaultBranch: 'main' },
        ids: { ownerId: '1000001', repoId: '2000002' },
        form: 'immutable',
        issuer: GITHUB_ISSUER,
        said: [
          'Repository: acme/widgets (GITHUB_REPOSITORY).',
          'Default branch: main (the event payload).',
          'Repository IDs: owner 1000001, repository 2000002 (GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID).',
          `Issuer: ${GITHUB_ISSUER} (github.com, GITHUB_SERVER_URL).`,
          "Subject form: immutable (the repository's OIDC settings).",
          "Subject template: GitHub's default (the repository's OIDC settings)."
        ]
      },
      problems: []
    })
    expect(s.requests).toHaveLength(1)
    expect(s.requests[0]!.url.pathname).toBe('/repos/acme/widgets/actions/oidc/customization/sub')
    expect(JSON.stringify(got)).not.toContain(TOKEN)
  })

  it('reads a custom template and the name-only form', async () => {
    const s = scriptedHttp([
      json(200, {
        use_default: false,
        include_claim_keys: ['repo', 'context', 'job_workflow_ref'],
        use_immutable_subject: false
      })
    ])
    const { facts } = await actionFacts(inputs({ 'github-token': TOKEN }), runnerEnv(), s.http)
    expect(facts?.form).toBe('name-only')
    expect(facts?.claimKeys).toEqual(['repo', 'context', 'job_workflow_ref'])
    expect(facts?.said).toContain(
      "Subject template: repo, context, job_workflow_ref (the repository's OIDC settings)."
    )
  })

  it('checks both forms when the settings cannot be read (403), saying why', async () => {
    const s = scriptedHttp([json(403, { message: 'Resource not accessible by integration' })])
    const { facts, problems } = await actionFacts(
      inputs({ 'github-token': TOKEN }),
      runnerEnv(),
      s.http
    )
    expect(problems).toEqual([])
    expect(facts?.form).toBeUndefined()
    expect(facts?.claimKeys).toBeUndefined()
    expect(facts?.said.slice(-2)).toEqual([
      'Subject form unknown (GitHub answered 403: "Resource not accessible by integration": the token may not read this repository\'s OIDC settings): both forms are checked.',
      "Assumed GitHub's default subject template (set `subject-claim-keys` if the repository customizes it)."
    ])
  })

  it('asks nothing without a token; only the name-only form without IDs', async () => {
    const s = scriptedHttp([])
    const env = runnerEnv({
      GITHUB_REPOSITORY_OWNER_ID: undefined,
      GITHUB_REPOSITORY_ID: undefined,
      GITHUB_EVENT_PATH: payloadFile({ repository: { default_branch: 'main' } })
    })
    const { facts } = await actionFacts(inputs({}), env, s.http)
    expect(s.requests).toHaveLength(0)
    expect(facts?.ids).toBeUndefined()
    expect(facts?.said).toContain(
      "Subject form unknown (no `github-token` to read its OIDC settings with) and the repository's IDs are unknown: only the name-only form is checked."
    )
  })

  it('takes the IDs from the event payload when the environment lacks them', async () => {
    const env = runnerEnv({ GITHUB_REPOSITORY_OWNER_ID: undefined })
    const { facts } = await actionFacts(inputs({}), env, scriptedHttp([]).http)
    expect(facts?.ids).toEqual({ ownerId: '1000001', repoId: '2000002' })
    expect(facts?.said).toContain(
      'Repository IDs: owner 1000001, repository 2000002 (the event payload).'
    )
    expect(facts?.said).toContain(
      'Subject form unknown (no `github-token` to read its OIDC settings with): both forms are checked.'
    )
  })

  it('on GitHub Enterprise Server: its issuer, its API, and the name-only form', async () => {
    const s = scriptedHttp([
      json(200, { use_default: false, include_claim_keys: ['repo', 'context'] })
    ])
    const env = runnerEnv({
      GITHUB_SERVER_URL: 'https://ghe.example.com',
      GITHUB_API_URL: 'https://ghe.example.com/api/v3'
    })
    const { facts } = await actionFacts(inputs({ 'github-token': TOKEN }), env, s.http)
    expect(s.requests[0]!.url.href).toBe(
      'https://ghe.example.com/api/v3/repos/acme/widgets/actions/oidc/customization/sub'
    )
    expect(facts?.issuer).toBe('https://ghe.example.com/_services/token')
    expect(facts?.form).toBe('name-only')
    expect(facts?.claimKeys).toEqual(['repo', 'context'])
    expect(facts?.said).toContain(
      'Issuer: https://ghe.example.com/_services/token (GitHub Enterprise Server at ghe.example.com, GITHUB_SERVER_URL).'
    )
    expect(facts?.said).toContain(
      'Subject form: name-only (GitHub Enterprise Server has no immutable subjects).'
    )
  })

  it('on GHE.com: the data residency issuer', async () => {
    const env = runnerEnv({ GITHUB_SERVER_URL: 'https://octocorp.ghe.com' })
    const { facts } = await actionFacts(inputs({}), env, scriptedHttp([]).http)
    expect(facts?.issuer).toBe('https://token.actions.octocorp.ghe.com')
    expect(facts?.form).toBeUndefined()
  })

  it('the subject-claim-keys input wins over the settings; invalid, it is a problem naming it', async () => {
    const s = scriptedHttp([json(200, { use_default: true, use_immutable_subject: false })])
    const { facts } = await actionFacts(
      inputs({ 'github-token': TOKEN, 'subject-claim-keys': 'repo,context,actor' }),
      runnerEnv(),
      s.http
    )
    expect(facts?.claimKeys).toEqual(['repo', 'context', 'actor'])
    expect(facts?.said).toContain(
      'Subject template: repo, context, actor (the subject-claim-keys input).'
    )
    const stated = await actionFacts(
      inputs({ 'subject-claim-keys': 'default' }),
      runnerEnv(),
      s.http
    )
    expect(stated.facts?.claimKeys).toBeUndefined()
    expect(stated.facts?.said).toContain(
      "Subject template: GitHub's default (the subject-claim-keys input)."
    )
    const bad = await actionFacts(inputs({ 'subject-claim-keys': 'repo;rm' }), runnerEnv(), s.http)
    expect(bad.problems).toEqual([
      '`subject-claim-keys` holds "repo;rm": a claim key is letters, digits and `_`. Give the repository\'s `include_claim_keys` in order, e.g. `repo,context,job_workflow_ref`, or `default`.'
    ])
  })

  it("says the organization's template was not read when use_default is false without keys", async () => {
    const s = scriptedHttp([json(200, { use_default: false })])
    const { facts } = await actionFacts(inputs({ 'github-token': TOKEN }), runnerEnv(), s.http)
    expect(facts?.claimKeys).toBeUndefined()
    expect(facts?.said).toContain(
      "Assumed GitHub's default subject template: the repository follows its organization's template, which was not read (set `subject-claim-keys` if it customizes the subject)."
    )
    expect(facts?.said).toContain(
      'Subject form unknown (the OIDC settings do not say): both forms are checked.'
    )
  })

  it('sends the token to no API URL that is not https', async () => {
    const s = scriptedHttp([])
    const env = runnerEnv({ GITHUB_API_URL: 'http://api.github.com' })
    const { facts } = await actionFacts(inputs({ 'github-token': TOKEN }), env, s.http)
    expect(s.requests).toHaveLength(0)
    expect(facts?.said).toContain(
      'Subject form unknown (GITHUB_API_URL is not an https URL): both forms are checked.'
    )
  })

  it('defaults: github.com and its API when the variables are unset', async () => {
    const s = scriptedHttp([json(200, { use_default: true })])
    const env = runnerEnv({ GITHUB_SERVER_URL: undefined, GITHUB_API_URL: undefined })
    const { facts } = await actionFacts(inputs({ 'github-token': TOKEN }), env, s.http)
    expect(s.requests[0]!.url.host).toBe('api.github.com')
    expect(facts?.said).toContain(`Issuer: ${GITHUB_ISSUER} (github.com, assumed).`)
  })

  it('assumes github.com for a GITHUB_SERVER_URL that is not a server URL, and says so inertly', async () => {
    const env = runnerEnv({ GITHUB_SERVER_URL: '::warning::x\nhttps://evil' })
    const { facts } = await actionFacts(inputs({}), env, scriptedHttp([]).http)
    expect(facts?.issuer).toBe(GITHUB_ISSUER)
    const line = facts?.said.find(l => l.startsWith('Issuer:'))
    expect(line).toMatch(
      /^Issuer: https:\/\/token\.actions\.githubusercontent\.com \(github\.com, assumed: GITHUB_SERVER_URL "/
    )
    expect(line).not.toMatch(/::|\n/)
  })

  it('a schedule run names the default branch in GITHUB_REF when the payload does not', async () => {
    const env = runnerEnv({
      GITHUB_EVENT_PATH: payloadFile({ schedule: '0 0 * * *' }),
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_REF: 'refs/heads/trunk'
    })
    const { facts } = await actionFacts(inputs({}), env, scriptedHttp([]).http)
    expect(facts?.repository.defaultBranch).toBe('trunk')
    expect(facts?.said).toContain('Default branch: trunk (GITHUB_REF: a schedule runs on it).')
    const push = await actionFacts(
      inputs({}),
      { ...env, GITHUB_EVENT_NAME: 'push' },
      scriptedHttp([]).http
    )
    expect(push.facts?.repository.defaultBranch).toBeUndefined()
    expect(push.facts?.said).toContain(
      'Default branch unknown (the event payload has no `repository`).'
    )
  })

  it('has no facts without a valid GITHUB_REPOSITORY', async () => {
    const http = scriptedHttp([]).http
    expect(
      await actionFacts(inputs({}), runnerEnv({ GITHUB_REPOSITORY: undefined }), http)
    ).toEqual({
      problems: [
        'GITHUB_REPOSITORY is not set: the workflows cannot be checked (the validate action runs in GitHub Actions).'
      ]
    })
    expect(
      (await actionFacts(inputs({}), runnerEnv({ GITHUB_REPOSITORY: 'acme' }), http)).problems
    ).toEqual(['GITHUB_REPOSITORY is "acme", not OWNER/REPO: the workflows cannot be checked.'])
  })

  it('says an immutable form without IDs cannot be predicted', async () => {
    const s = scriptedHttp([json(200, { use_default: true, use_immutable_subject: true })])
    const env = runnerEnv({
      GITHUB_REPOSITORY_ID: undefined,
      GITHUB_EVENT_PATH: payloadFile({ repository: { default_branch: 'main' } })
    })
    const { facts } = await actionFacts(inputs({ 'github-token': TOKEN }), env, s.http)
    expect(facts?.form).toBe('immutable')
    expect(facts?.said).toContain(
      "Subject form: immutable (the repository's OIDC settings). The repository's IDs are unknown, so its subjects cannot be predicted: no subject is checked."
    )
  })
})

describe('cliFacts', () => {
  const checkout = (url: string, head = 'ref: refs/remotes/origin/main\n'): string =>
    tree({
      '.git/config': `[remote "origin"]\n\turl = ${url}\n`,
      '.git/refs/remotes/origin/HEAD': head
    })

  it('reads the repository, the server and the default branch from the checkout', () => {
    const { facts, problems } = cliFacts({}, checkout('git@github.com:acme/widgets.git'), {})
    expect(problems).toEqual([])
    expect(facts).toEqual({
      repository: { owner: 'acme', repo: 'widgets', defaultBranch: 'main' },
      issuer: GITHUB_ISSUER,
      said: [
        'Repository: acme/widgets (the origin remote).',
        `Issuer: ${GITHUB_ISSUER} (github.com, the origin remote's host).`,
        "Subject form unknown (pass --subject-form, and --owner-id and --repository-id to check the immutable form) and the repository's IDs are unknown: only the name-only form is checked.",
        'Default branch: main (origin/HEAD).',
        "Assumed GitHub's default subject template (set `--subject-claim-keys` if the repository customizes it)."
      ]
    })
  })

  it('a worktree checkout on a GitHub Enterprise Server: its issuer and the name-only form', () => {
    const main = checkout(
      'ssh://git@ghe.example.com/acme/widgets.git',
      'ref: refs/remotes/origin/trunk'
    )
    mkdirSync(join(main, '.git/worktrees/wt'), { recursive: true })
    writeFileSync(join(main, '.git/worktrees/wt/commondir'), '../..')
    const wt = tree({ '.git': `gitdir: ${join(main, '.git/worktrees/wt')}` })
    const { facts } = cliFacts({}, wt, {})
    expect(facts?.repository).toEqual({ owner: 'acme', repo: 'widgets', defaultBranch: 'trunk' })
    expect(facts?.issuer).toBe('https://ghe.example.com/_services/token')
    expect(facts?.form).toBe('name-only')
    expect(facts?.said).toContain(
      "Issuer: https://ghe.example.com/_services/token (GitHub Enterprise Server at ghe.example.com, the origin remote's host; pass --server-url if it is not a GitHub Enterprise Server)."
    )
  })

  it('a remote on GHE.com or through ssh.github.com', () => {
    expect(cliFacts({}, checkout('https://octocorp.ghe.com/acme/widgets'), {}).facts?.issuer).toBe(
      'https://token.actions.octocorp.ghe.com'
    )
    expect(
      cliFacts({}, checkout('ssh://git@ssh.github.com:443/acme/widgets.git'), {}).facts?.issuer
    ).toBe(GITHUB_ISSUER)
  })

  it('flags win over the environment and the checkout', () => {
    const flags: FactFlags = {
      repository: 'Acme/Widgets',
      'default-branch': 'release/1.x',
      'owner-id': '1000001',
      'repository-id': '2000002',
      'subject-form': 'immutable',
      'server-url': 'https://ghe.example.com',
      'subject-claim-keys': 'repo,context'
    }
    const env = { GITHUB_REPOSITORY: 'other/thing', GITHUB_SERVER_URL: 'https://github.com' }
    const { facts, problems } = cliFacts(flags, checkout('git@github.com:acme/widgets.git'), env)
    expect(problems).toEqual([])
    expect(facts).toEqual({
      repository: { owner: 'Acme', repo: 'Widgets', defaultBranch: 'release/1.x' },
      ids: { ownerId: '1000001', repoId: '2000002' },
      form: 'immutable',
      issuer: 'https://ghe.example.com/_services/token',
      claimKeys: ['repo', 'context'],
      said: [
        'Repository: Acme/Widgets (--repository).',
        'Issuer: https://ghe.example.com/_services/token (GitHub Enterprise Server at ghe.example.com, --server-url).',
        'Repository IDs: owner 1000001, repository 2000002 (--owner-id, --repository-id).',
        'Subject form: immutable (--subject-form).',
        'Default branch: release/1.x (--default-branch).',
        'Subject template: repo, context (--subject-claim-keys).'
      ]
    })
  })

  it("takes the runner's repository and IDs, and origin/HEAD when origin is the same repository", () => {
    const env = {
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_OWNER_ID: '1',
      GITHUB_REPOSITORY_ID: '2',
      GITHUB_SERVER_URL: 'https://github.com'
    }
    const { facts } = cliFacts(
      { 'subject-form': 'auto' },
      checkout('https://github.com/ACME/widgets'),
      env
    )
    expect(facts?.ids).toEqual({ ownerId: '1', repoId: '2' })
    expect(facts?.repository.defaultBranch).toBe('main')
    expect(facts?.said).toContain(
      'Subject form unknown (pass --subject-form to say which): both forms are checked.'
    )
    // Another repository named by the flag: neither the runner's IDs nor origin/HEAD are its.
    const other = cliFacts(
      { repository: 'acme/gadgets' },
      checkout('https://github.com/acme/widgets'),
      env
    )
    expect(other.facts?.ids).toBeUndefined()
    expect(other.facts?.repository.defaultBranch).toBeUndefined()
    expect(other.facts?.said).toContain(
      'Default branch unknown (origin is acme/widgets, another repository): pass --default-branch.'
    )
  })

  it('says why the default branch is unknown', () => {
    const { facts } = cliFacts({ repository: 'acme/widgets' }, tree(), {})
    expect(facts?.said).toContain(
      'Default branch unknown (there is no `.git` here (not the root of a git checkout)): pass --default-branch.'
    )
    expect(facts?.said).toContain(
      `Issuer: ${GITHUB_ISSUER} (github.com, assumed; pass --server-url for another GitHub).`
    )
  })

  it('has no facts when the repository cannot be known', () => {
    expect(cliFacts({}, tree(), {})).toEqual({
      problems: [
        'The repository is unknown: there is no `.git` here (not the root of a git checkout). Pass --repository OWNER/REPO.'
      ]
    })
    expect(cliFacts({ repository: 'acme/widgets/x' }, tree(), {}).problems).toEqual([
      '--repository is "acme/widgets/x": expected OWNER/REPO, e.g. acme/widgets.'
    ])
  })

  it.each<[FactFlags, string]>([
    [
      { 'server-url': 'ghe.example.com' },
      '--server-url is "ghe.example.com": expected a URL such as https://github.example.com.'
    ],
    [
      { 'owner-id': '12x', 'repository-id': '-1' },
      '--owner-id is "12x" and --repository-id is "-1": an ID is a number, e.g. 1000001 (`gh api repos/OWNER/REPO --jq \'.owner.id, .id\'`).'
    ],
    [
      { 'owner-id': '12' },
      "--owner-id and --repository-id go together: give both (`gh api repos/acme/widgets --jq '.owner.id, .id'`)."
    ],
    [
      { 'subject-form': 'both' },
      '--subject-form is "both": expected immutable, name-only or auto.'
    ],
    [
      { 'subject-form': 'immutable' },
      "--subject-form immutable needs the repository's IDs: pass --owner-id and --repository-id (`gh api repos/acme/widgets --jq '.owner.id, .id'`)."
    ],
    [{ 'default-branch': 'a..b' }, '--default-branch is "a..b": not a branch name.'],
    [
      { 'subject-claim-keys': 'repo,,x-y' },
      '`--subject-claim-keys` holds "x-y": a claim key is letters, digits and `_`. Give the repository\'s `include_claim_keys` in order, e.g. `repo,context,job_workflow_ref`, or `default`.'
    ]
  ])('an invalid flag is a problem naming it: %j', (flags, problem) => {
    const { facts, problems } = cliFacts({ repository: 'acme/widgets', ...flags }, tree(), {})
    expect(problems).toEqual([problem])
    expect(facts).toBeDefined()
  })

  it('an invalid ID does not also ask for IDs under --subject-form immutable', () => {
    const { problems } = cliFacts(
      {
        repository: 'acme/widgets',
        'subject-form': 'immutable',
        'owner-id': 'x',
        'repository-id': '2'
      },
      tree(),
      {}
    )
    expect(problems).toHaveLength(1)
  })

  it('its flags and usage name each other', () => {
    for (const name of FACT_FLAGS) expect(FACT_FLAGS_USAGE).toContain(`--${name}`)
  })
})
