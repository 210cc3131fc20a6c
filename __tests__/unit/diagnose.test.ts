import { describe, expect, it } from '@jest/globals'
import {
  diagnoseExchange,
  exchangeError,
  mismatchField,
  policyLocation
} from '../../src/diagnose.js'
import type { ExchangeContext } from '../../src/diagnose.js'
import { ActionError } from '../../src/errors.js'

const HOSTED: ExchangeContext = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}
const SELF: ExchangeContext = {
  scope: 'acme',
  identity: 'release',
  domain: 'sts.example.com',
  audience: 'sts.example.com'
}

describe('policyLocation', () => {
  it('reads a repo scope from the repo, an org scope from the org’s .github', () => {
    expect(policyLocation('acme/widgets', 'deploy')).toEqual({
      repo: 'acme/widgets',
      path: '.github/chainguard/deploy.sts.yaml'
    })
    expect(policyLocation('acme', 'deploy+prod')).toEqual({
      repo: 'acme/.github',
      path: '.github/chainguard/deploy+prod.sts.yaml'
    })
  })
})

describe('mismatchField', () => {
  it.each([
    ['trust policy: issuer "x" did not match "y"', 'issuer'],
    ['trust policy: subject "repo:a/b" did not match', 'subject'],
    ['trust policy: audience [x] did not match', 'audience'],
    ['trust policy: claim "ref" did not match', 'claim_pattern["ref"]'],
    ['trust policy: expected claim "environment" not found', 'claim_pattern["environment"]'],
    ['trust policy: something else', undefined],
    ['subject did not match', undefined]
  ])('%j → %s', (message, field) => {
    expect(mismatchField(message)).toBe(field)
  })
})

describe('diagnoseExchange', () => {
  it('app not installed: hosted points at the public App, self-hosted at the server', () => {
    const message = 'no installation found for "acme"'
    expect(diagnoseExchange(404, message, HOSTED)).toEqual({
      kind: 'app-not-installed',
      what: 'The Octo STS GitHub App is not installed on "acme" (HTTP 404).',
      fix: 'Install it on the account "acme" (https://github.com/apps/octo-sts), giving it access to acme/widgets.'
    })
    expect(diagnoseExchange(404, message, SELF).fix).toBe(
      'Install the GitHub App of your Octo STS server (sts.example.com) on "acme", giving it access to acme/.github.'
    )
  })

  it('policy not found names the file, the repo and the cache', () => {
    expect(diagnoseExchange(404, 'unable to find trust policy for "release"', SELF)).toEqual({
      kind: 'policy-not-found',
      what: 'No trust policy "release" was found in acme/.github (HTTP 404).',
      fix: 'Create .github/chainguard/release.sts.yaml in acme/.github on its default branch (a policy on another branch is not read). The server caches a miss for up to 5 minutes.'
    })
  })

  it.each([
    'unable to parse trust policy for "deploy": unknown field "foo"',
    'unable to compile trust policy for "deploy": bad regex'
  ])('policy invalid: %j', message => {
    const d = diagnoseExchange(404, message, HOSTED)
    expect(d.kind).toBe('policy-invalid')
    expect(d.what).toBe(
      `The trust policy acme/widgets/.github/chainguard/deploy.sts.yaml is invalid (HTTP 404): "${message}".`
    )
    expect(d.fix).toContain('rejects unknown keys and Go RE2 patterns')
  })

  it('policy mismatch names the field, or none when it cannot tell', () => {
    const d = diagnoseExchange(403, 'trust policy: claim "ref" did not match', HOSTED)
    expect(d).toEqual({
      kind: 'policy-mismatch',
      what: 'The trust policy acme/widgets/.github/chainguard/deploy.sts.yaml does not admit this workflow (claim_pattern["ref"] did not match) (HTTP 403): "trust policy: claim "ref" did not match".',
      fix: expect.stringMatching(
        /^Compare the token's claims .* with the policy's claim_pattern\["ref"\]; edits apply from the default branch, after up to 5 minutes of server cache\.$/
      )
    })
    const vague = diagnoseExchange(403, 'trust policy: denied', HOSTED)
    expect(vague.what).toBe(
      'The trust policy acme/widgets/.github/chainguard/deploy.sts.yaml does not admit this workflow (HTTP 403): "trust policy: denied".'
    )
    expect(vague.fix).toContain("with the policy's fields;")
  })

  it('permissions refused', () => {
    const d = diagnoseExchange(403, 'token exchange failure (StatusUnprocessableEntity)', HOSTED)
    expect(d.kind).toBe('permissions-refused')
    expect(d.what).toBe(
      'GitHub refused the permissions or repositories the trust policy asks for (HTTP 403): "token exchange failure (StatusUnprocessableEntity)".'
    )
    expect(d.fix).toContain('on "acme"')
  })

  it.each([
    'unable to verify bearer token',
    'invalid bearer token',
    'invalid issuer format',
    'unable to fetch or create the provider'
  ])('token rejected (%s): audience advice differs for hosted and self-hosted', message => {
    const hosted = diagnoseExchange(401, message, HOSTED)
    expect(hosted.kind).toBe('token-rejected')
    expect(hosted.what).toBe(
      `Octo STS could not verify the job's OIDC token (HTTP 401): "${message}".`
    )
    expect(hosted.fix).toBe(
      'The token\'s audience must be "octo-sts.dev": leave `audience` empty unless the policy sets one.'
    )
    expect(diagnoseExchange(401, message, SELF).fix).toBe(
      'The token\'s audience ("sts.example.com") must be the domain the server was started with, or match the policy\'s `audience`: set the `audience` input to it.'
    )
  })

  it('rate limited, server failure, and anything else', () => {
    expect(diagnoseExchange(429, '', HOSTED)).toEqual({
      kind: 'rate-limited',
      what: 'Octo STS is rate limiting (HTTP 429).',
      fix: 'Re-run the job in a few minutes.'
    })
    expect(diagnoseExchange(500, 'failed to get token', HOSTED)).toEqual({
      kind: 'unavailable',
      what: 'Octo STS failed (HTTP 500): "failed to get token".',
      fix: 'Re-run the job; if it persists, check the status of the STS.'
    })
    expect(diagnoseExchange(400, 'scope must be provided', HOSTED)).toEqual({
      kind: 'unexpected',
      what: 'Octo STS refused the exchange (HTTP 400): "scope must be provided".',
      fix: 'Check the inputs `scope` ("acme/widgets") and `identity` ("deploy"); if they are right, report this answer.'
    })
  })

  it('matches message prefixes only', () => {
    expect(diagnoseExchange(404, 'x: no installation found for "acme"', HOSTED).kind).toBe(
      'unexpected'
    )
  })
})

describe('exchangeError', () => {
  it('builds an ActionError carrying status, message and service', () => {
    const e = exchangeError(404, 'unable to find trust policy for "deploy"', HOSTED)
    expect(e).toBeInstanceOf(ActionError)
    expect(e.kind).toBe('policy-not-found')
    expect(e.details).toEqual({
      status: 404,
      serverMessage: 'unable to find trust policy for "deploy"',
      service: 'Octo STS'
    })
    expect(e.message).toBe(`${e.what}\n${e.fix}`)
  })
})
