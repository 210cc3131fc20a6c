// src/workflows/predicted-token.ts: the tokens a presentation predicts, in each form to check,
// under GitHub's default subject template and customized ones; and the tokens decided by the
// engine, so that a prediction is what a policy for that subject admits.
import { describe, expect, it } from '@jest/globals'
import { explainPolicy } from '../../../src/policy/check.js'
import { GITHUB_ISSUER } from '../../../src/policy/github.js'
import type { Presentation, SubjectFacts } from '../../../src/workflows/model.js'
import {
  formsToCheck,
  predictPresentation,
  predictTokens
} from '../../../src/workflows/predicted-token.js'

const IDS = { ownerId: '1000001', repoId: '2000002' }

const facts = (over: Partial<SubjectFacts> = {}): SubjectFacts => ({
  repository: { owner: 'acme', repo: 'widgets', defaultBranch: 'main' },
  issuer: GITHUB_ISSUER,
  said: [],
  ...over
})

const PUSH: Presentation = {
  trigger: 'push to main',
  context: 'ref:refs/heads/main',
  claims: {
    event_name: 'push',
    ref: 'refs/heads/main',
    ref_type: 'branch',
    job_workflow_ref: 'acme/widgets/.github/workflows/ci.yml@refs/heads/main'
  }
}

const PR: Presentation = {
  trigger: 'pull_request',
  context: 'pull_request',
  claims: { event_name: 'pull_request' },
  unknownClaims: ['ref']
}

const ENV: Presentation = {
  trigger: 'push to main',
  context: 'environment:production',
  claims: { event_name: 'push', ref: 'refs/heads/main', environment: 'production' }
}

describe('formsToCheck', () => {
  it('the known form, both when unknown with IDs, name-only without', () => {
    expect(formsToCheck(facts({ form: 'immutable', ids: IDS }))).toEqual(['immutable'])
    expect(formsToCheck(facts({ form: 'name-only' }))).toEqual(['name-only'])
    expect(formsToCheck(facts({ ids: IDS }))).toEqual(['name-only', 'immutable'])
    expect(formsToCheck(facts())).toEqual(['name-only'])
  })
})

describe('predictTokens: the default template', () => {
  it('name-only: the whole payload', () => {
    expect(predictTokens(PUSH, facts({ form: 'name-only' }), 'octo-sts.dev')).toEqual([
      {
        form: 'name-only',
        payload: {
          iss: GITHUB_ISSUER,
          aud: 'octo-sts.dev',
          sub: 'repo:acme/widgets:ref:refs/heads/main',
          repository: 'acme/widgets',
          repository_owner: 'acme',
          event_name: 'push',
          ref: 'refs/heads/main',
          ref_type: 'branch',
          job_workflow_ref: 'acme/widgets/.github/workflows/ci.yml@refs/heads/main'
        },
        unknownClaims: ['repository_owner_id', 'repository_id']
      }
    ])
  })

  it('immutable: the IDs in the subject and as claims', () => {
    const [token, ...rest] = predictTokens(ENV, facts({ form: 'immutable', ids: IDS }), 'aud')
    expect(rest).toEqual([])
    expect(token).toEqual({
      form: 'immutable',
      payload: {
        iss: GITHUB_ISSUER,
        aud: 'aud',
        sub: 'repo:acme@1000001/widgets@2000002:environment:production',
        repository: 'acme/widgets',
        repository_owner: 'acme',
        repository_owner_id: '1000001',
        repository_id: '2000002',
        event_name: 'push',
        ref: 'refs/heads/main',
        environment: 'production'
      },
      unknownClaims: []
    })
  })

  it('both forms when the form is unknown and the IDs are known', () => {
    const tokens = predictTokens(PR, facts({ ids: IDS }), 'octo-sts.dev')
    expect(tokens.map(t => [t.form, t.payload.sub, t.unknownClaims])).toEqual([
      ['name-only', 'repo:acme/widgets:pull_request', ['ref']],
      ['immutable', 'repo:acme@1000001/widgets@2000002:pull_request', ['ref']]
    ])
    // Every token carries the IDs: GitHub adds the claims whatever the subject's form.
    expect(tokens[0]!.payload.repository_id).toBe('2000002')
  })

  it('no token, with the reason, when the form is immutable and the IDs are unknown', () => {
    expect(predictPresentation(PUSH, facts({ form: 'immutable' }), 'a')).toEqual({
      tokens: [],
      unpredictable: [
        'The repository uses immutable subjects, but its IDs are unknown: its subject cannot be predicted, so it is not checked.'
      ]
    })
  })

  it('the GHES issuer', () => {
    const [token] = predictTokens(
      PUSH,
      facts({ issuer: 'https://ghe.example.com/_services/token', form: 'name-only' }),
      'a'
    )
    expect(token!.payload.iss).toBe('https://ghe.example.com/_services/token')
  })

  it("the presentation's claims never replace the repository's", () => {
    const odd: Presentation = {
      ...PUSH,
      claims: { ...PUSH.claims, repository: 'evil/x', sub: 'x' }
    }
    const [token] = predictTokens(odd, facts({ form: 'name-only' }), 'a')
    expect(token!.payload.repository).toBe('acme/widgets')
    expect(token!.payload.sub).toBe('repo:acme/widgets:ref:refs/heads/main')
  })
})

describe('predictTokens: a customized template (include_claim_keys)', () => {
  it("GitHub's documented example: repo, context, job_workflow_ref", () => {
    const called: Presentation = {
      ...ENV,
      claims: {
        ...ENV.claims,
        job_workflow_ref: 'octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main'
      }
    }
    const f = facts({
      repository: { owner: 'octo-org', repo: 'octo-repo' },
      form: 'name-only',
      claimKeys: ['repo', 'context', 'job_workflow_ref']
    })
    const [env] = predictTokens({ ...called, context: 'environment:prod' }, f, 'a')
    expect(env!.payload.sub).toBe(
      'repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/octo-automation/.github/workflows/oidc.yml@refs/heads/main'
    )
  })

  it('keys in their order, repo in each form, the repository claims known', () => {
    const f = facts({
      ids: IDS,
      claimKeys: ['repository_owner_id', 'event_name', 'repo', 'ref', 'repository_id']
    })
    expect(predictTokens(PUSH, f, 'a').map(t => t.payload.sub)).toEqual([
      'repository_owner_id:1000001:event_name:push:repo:acme/widgets:ref:refs/heads/main:repository_id:2000002',
      'repository_owner_id:1000001:event_name:push:repo:acme@1000001/widgets@2000002:ref:refs/heads/main:repository_id:2000002'
    ])
  })

  it('no token when a key cannot be known, saying which and why', () => {
    const actor = facts({ ids: IDS, claimKeys: ['repo', 'context', 'actor'] })
    expect(predictPresentation(PUSH, actor, 'a')).toEqual({
      tokens: [],
      unpredictable: [
        'The subject template names `actor`, whose value the workflow files do not tell: the subject cannot be predicted, so it is not checked.'
      ]
    })
    const ref = facts({ form: 'name-only', claimKeys: ['repo', 'ref'] })
    expect(predictPresentation(PR, ref, 'a').unpredictable).toEqual([
      'The subject template names `ref`, whose value is not known for pull_request: the subject cannot be predicted, so it is not checked.'
    ])
    const ids = facts({ form: 'name-only', claimKeys: ['repo', 'repository_id'] })
    expect(predictTokens(PUSH, ids, 'a')).toEqual([])
  })
})

describe('a predicted token is what the engine decides', () => {
  const policy = (subject: string): string =>
    `issuer: ${GITHUB_ISSUER}\nsubject: ${subject}\npermissions:\n  contents: read\n`

  it('admits the token a policy for its subject names, in its form only', () => {
    const [nameOnly, immutable] = predictTokens(PUSH, facts({ ids: IDS }), 'octo-sts.dev')
    const text = policy('repo:acme/widgets:ref:refs/heads/main')
    expect(explainPolicy(text, nameOnly!.payload, 'octo-sts.dev', {}).verdict).toBe('allow')
    expect(explainPolicy(text, immutable!.payload, 'octo-sts.dev', {}).verdict).toBe('deny')
  })
})
