import { describe, expect, it } from '@jest/globals'
import {
  diagnoseExchange,
  exchangeError,
  mismatchField,
  withServerWords
} from '../../src/sts/server-messages.js'
import { ALLOWLIST_PATH, policyLocation } from '../../src/sts/request.js'
import type { ExchangeContext } from '../../src/sts/request.js'
import { ActionError } from '../../src/errors.js'
import { sanitize } from '../../src/log/neutralize.js'
import { fill, SERVER_ANSWERS } from '../fixtures/server-answers.js'
import { ghsToken } from './helpers/tokens.js'

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

/** The sentence every diagnosis ends its `what` with. */
const said = (status: number, message: string): string =>
  ` Octo STS said (HTTP ${status}): "${sanitize(message)}".`

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
    ['trust policy: issuer "x" did not match pattern "y"', 'issuer'],
    ['trust policy: issuer_pattern "y" did not match "x"', 'issuer'],
    ['trust policy: subject "repo:a/b" did not match', 'subject'],
    ['trust policy: audience [x] did not match', 'audience'],
    ['trust policy: audience_pattern "x" did not match any of ["y"]', 'audience'],
    ['trust policy: claim "ref" did not match', 'claim_pattern["ref"]'],
    ['trust policy: expected claim "environment" not found', 'claim_pattern["environment"]'],
    ['trust policy: something else', undefined],
    ['subject did not match', undefined]
  ])('%j → %s', (message, field) => {
    expect(mismatchField(message)).toBe(field)
  })
})

describe('withServerWords', () => {
  it('adds the server’s words, sanitized, bounded and quoted, after our explanation', () => {
    expect(withServerWords('We think X.', 'Octo STS', 404, 'not found')).toBe(
      'We think X. Octo STS said (HTTP 404): "not found".'
    )
    expect(withServerWords('We think X.', 'Octo STS', 400, '')).toBe(
      'We think X. Octo STS said (HTTP 400): nothing (an empty message).'
    )
    const long = withServerWords('X.', 'Octo STS', 400, 'a'.repeat(5000))
    expect(long.length).toBeLessThan(360)
    expect(long).toMatch(/a…"\.$/)
  })
})

describe('diagnoseExchange: every message of the server', () => {
  const cases = SERVER_ANSWERS.flatMap(a =>
    [HOSTED, SELF].map(
      (ctx): [string, string, (typeof SERVER_ANSWERS)[number], ExchangeContext] => [
        a.name,
        ctx.scope,
        a,
        ctx
      ]
    )
  )
  it.each(cases)('%s (scope %s)', (_name, _scope, answer, ctx) => {
    const owner = ctx.scope.split('/')[0] ?? ''
    const { repo } = policyLocation(ctx.scope, ctx.identity)
    const message = answer.message({ owner, identity: ctx.identity })
    const d = diagnoseExchange(answer.status, message, ctx)
    expect(d.kind).toBe(answer.kind)
    for (const phrase of answer.what)
      expect(d.what).toContain(fill(phrase, { owner, repo, identity: ctx.identity }))
    for (const phrase of answer.fix)
      expect(d.fix).toContain(fill(phrase, { owner, repo, identity: ctx.identity }))
    // The server's own words, verbatim after sanitizing, end every explanation.
    expect(d.what.endsWith(said(answer.status, message))).toBe(true)
    // Our explanation comes first and is not just the server's words.
    expect(d.what.length).toBeGreaterThan(said(answer.status, message).length + 10)
  })

  it('covers each kind the server can cause, with both the hosted and a self-hosted server', () => {
    const kinds = new Set(SERVER_ANSWERS.map(a => a.kind))
    for (const k of [
      'request-rejected',
      'identity-refused',
      'token-rejected',
      'token-claims-invalid',
      'org-not-configured',
      'app-not-installed',
      'issuer-not-allowed',
      'issuer-allowlist-invalid',
      'issuer-allowlist-unavailable',
      'policy-not-found',
      'policy-read-denied',
      'policy-rate-limited',
      'policy-invalid',
      'policy-mismatch',
      'permissions-refused',
      'rate-limited',
      'unavailable',
      'server-error',
      'unexpected'
    ]) {
      expect(kinds).toContain(k)
    }
  })
})

describe('diagnoseExchange: what each explanation says', () => {
  it('app not installed: hosted points at the public App, self-hosted at the server', () => {
    const message = 'no installation found for "acme"'
    expect(diagnoseExchange(404, message, HOSTED)).toEqual({
      kind: 'app-not-installed',
      what: 'The Octo STS GitHub App is not installed on "acme". Octo STS said (HTTP 404): "no installation found for "acme"".',
      fix: 'Install it on the account "acme" (https://github.com/apps/octo-sts), giving it access to acme/widgets.'
    })
    expect(diagnoseExchange(404, message, SELF).fix).toBe(
      'Install the GitHub App of your Octo STS server (sts.example.com) on "acme", giving it access to acme/.github.'
    )
  })

  it('policy not found: both causes, the default branch first, then the App’s repository access', () => {
    const d = diagnoseExchange(404, 'unable to find trust policy for "release"', SELF)
    expect(d.kind).toBe('policy-not-found')
    expect(d.what).toBe(
      'Octo STS found no trust policy "release" in acme/.github. Either .github/chainguard/release.sts.yaml is not on the default branch of acme/.github, or the Octo STS App cannot read acme/.github: it is installed on "acme" but not given access to that repository, and GitHub answers "not found" for both.' +
        said(404, 'unable to find trust policy for "release"')
    )
    expect(d.fix.indexOf('default branch')).toBeLessThan(d.fix.indexOf('Repository access'))
    expect(d.fix).toContain('up to 5 minutes')
  })

  it('issuer not allowed: names the token’s issuer, the allowlist file and the org’s .github', () => {
    const iss = 'https://token.actions.githubusercontent.com/acme-enterprise'
    const d = diagnoseExchange(403, 'issuer not permitted by organization policy', {
      ...HOSTED,
      issuer: iss
    })
    expect(d.kind).toBe('issuer-not-allowed')
    expect(d.what).toContain(`this token's issuer ("${iss}") is not listed`)
    expect(d.what).toContain(`${ALLOWLIST_PATH} in acme/.github`)
    expect(d.what).toContain('every repository of "acme"')
    // Without a decodable token the issuer is left out, not invented.
    expect(
      diagnoseExchange(403, 'issuer not permitted by organization policy', HOSTED).what
    ).toContain("this token's issuer is not listed")
  })

  it('the allowlist lookup: rate limited and unavailable say it was the allowlist', () => {
    const limited = diagnoseExchange(429, 'organization trusted-issuer lookup rate limited', SELF)
    expect(limited.what).toContain('the lookup was rate limited by GitHub')
    expect(limited.what).toContain(ALLOWLIST_PATH)
    const down = diagnoseExchange(503, 'organization trusted-issuer lookup unavailable', SELF)
    expect(down.what).toContain('the lookup was unavailable')
    expect(down.fix).toContain('IP allow list')
  })

  it('token claims: the audience fix names the input, and the hosted default', () => {
    expect(diagnoseExchange(400, 'invalid audience in token', HOSTED).fix).toBe(
      'The server refuses an audience with white space, quotes, `@`, `|` or other shell characters, or over 255 characters. Set the `audience` input (now "octo-sts.dev") to a plain host name, normally the domain the server was started with ("octo-sts.dev"; leaving it empty uses that).'
    )
    expect(diagnoseExchange(400, 'invalid audience in token', SELF).fix).not.toContain(
      'leaving it empty'
    )
  })

  it('a token that does not verify is not blamed on the audience', () => {
    const d = diagnoseExchange(401, 'unable to verify bearer token', HOSTED)
    expect(d.kind).toBe('token-rejected')
    expect(d.fix).toContain('The audience is not the cause')
  })

  it('policy invalid and mismatch keep naming the file and the field', () => {
    const invalid = diagnoseExchange(404, 'unable to parse trust policy found for "deploy"', HOSTED)
    expect(invalid.what).toBe(
      'The trust policy acme/widgets/.github/chainguard/deploy.sts.yaml is invalid.' +
        said(404, 'unable to parse trust policy found for "deploy"')
    )
    const message = 'trust policy: claim "ref" did not match "refs/heads/main"'
    expect(diagnoseExchange(403, message, HOSTED)).toEqual({
      kind: 'policy-mismatch',
      what:
        'The trust policy acme/widgets/.github/chainguard/deploy.sts.yaml does not admit this workflow (claim_pattern["ref"] did not match).' +
        said(403, message),
      fix: 'Compare the token\'s claims (in the log and the job summary) with the policy\'s claim_pattern["ref"]; edits apply from the default branch, after up to 5 minutes of server cache.'
    })
    expect(diagnoseExchange(403, 'trust policy: denied', HOSTED).fix).toContain(
      "with the policy's fields;"
    )
  })

  it('identity refused (octo-sts/app#1683): only a 400 that names the identity, after the known ones', () => {
    const d = diagnoseExchange(400, 'identity "a/b" is not a single path segment', HOSTED)
    expect(d.kind).toBe('identity-refused')
    expect(d.fix).toContain('a policy in a subfolder is never read')
    expect(diagnoseExchange(400, 'identity must be provided', HOSTED).kind).toBe('request-rejected')
    expect(diagnoseExchange(400, 'too many values for field "identity": a, b', HOSTED).kind).toBe(
      'request-rejected'
    )
    // Another status naming the identity is not this refusal.
    expect(diagnoseExchange(404, 'identity "a/b" is not a single path segment', HOSTED).kind).toBe(
      'unexpected'
    )
  })

  it('an installation gone is told apart from an App never installed', () => {
    const gone = diagnoseExchange(404, 'installation 4242 not found for "acme"', HOSTED)
    const never = diagnoseExchange(404, 'no installation found for "acme"', HOSTED)
    expect(gone.kind).toBe('app-not-installed')
    expect(never.kind).toBe('app-not-installed')
    expect(gone.what).toContain('(ID 4242)')
    expect(gone.what).toContain('reinstalled')
    expect(never.what).not.toContain('reinstalled')
  })

  it('the older rate-limit wording with GitHub’s 403 may hide a refused read; 429 and today’s do not', () => {
    const old403 = diagnoseExchange(429, 'GitHub API rate limit exceeded (403) for "x"', HOSTED)
    const old429 = diagnoseExchange(429, 'GitHub API rate limit exceeded (429) for "x"', HOSTED)
    const today = diagnoseExchange(429, 'GitHub API rate limit exceeded for "x"', HOSTED)
    for (const d of [old403, old429, today]) expect(d.kind).toBe('policy-rate-limited')
    expect(old403.fix).toContain('octo-sts/app#1684')
    expect(old429.fix).not.toContain('octo-sts/app#1684')
    expect(today.fix).not.toContain('octo-sts/app#1684')
  })

  it('server-side failures name the operator of a self-hosted server, and the issue tracker for the hosted one', () => {
    for (const message of ['listing installations for app 12: 401', 'creating GitHub client: x']) {
      expect(diagnoseExchange(500, message, HOSTED).fix).toContain(
        'https://github.com/octo-sts/app/issues'
      )
      expect(diagnoseExchange(500, message, SELF).fix).toContain(`operator of ${SELF.domain}`)
    }
  })

  it('names the org policy repository the server was configured with', () => {
    const ctx = { ...SELF, orgPolicyRepo: 'policies' }
    const owner = ctx.scope.split('/')[0] ?? ''
    const d = diagnoseExchange(403, 'issuer not permitted by organization policy', ctx)
    expect(d.what).toContain(`in ${owner}/policies`)
    expect(d.what).not.toContain('/.github,')
    const org = diagnoseExchange(404, 'unable to find trust policy for "deploy"', {
      ...ctx,
      scope: owner
    })
    expect(org.what).toContain(`in ${owner}/policies`)
  })

  it('a server error that starts like a denial is not a denial', () => {
    expect(diagnoseExchange(500, 'trust policy: not compiled', HOSTED).kind).toBe('unavailable')
  })

  it('a 403 that names no policy decision is a read refusal; other statuses keep their class', () => {
    expect(diagnoseExchange(403, 'Resource not accessible by integration', HOSTED).kind).toBe(
      'policy-read-denied'
    )
    expect(
      diagnoseExchange(404, 'permission denied reading trust policy for "x"', HOSTED).kind
    ).toBe('unexpected')
    // A proxy's bare 403 is not blamed on GitHub.
    expect(diagnoseExchange(403, 'Forbidden', HOSTED).kind).toBe('unexpected')
  })

  it('matches message prefixes only', () => {
    expect(diagnoseExchange(404, 'x: no installation found for "acme"', HOSTED).kind).toBe(
      'unexpected'
    )
  })

  it('an unknown message keeps the generic class, its status and its text', () => {
    const d = diagnoseExchange(418, 'I am a teapot', HOSTED)
    expect(d).toEqual({
      kind: 'unexpected',
      what:
        'Octo STS refused the exchange with an answer this action does not know.' +
        said(418, 'I am a teapot'),
      fix: 'Check the inputs `scope` ("acme/widgets") and `identity` ("deploy"); if they are right, report this answer.'
    })
  })
})

describe('diagnoseExchange: hostile server text', () => {
  const TOKEN = ghsToken('diagnose')
  it.each([
    ['a line break and a workflow command', 'unable to find trust policy for "x"\n::error::pwned'],
    ['a NEL before a command', 'unable to find trust policy for "x"\u0085::warning::pwned'],
    ['the legacy command marker', 'unable to find trust policy for "x" ##[set-output name=a]b'],
    ['a token-like string', `unable to find trust policy for "x" ${TOKEN}`],
    ['carriage returns and escapes', 'unable to find trust policy for "x"\r\u001b[31mred\u001b[0m']
  ])('%s is shown inert, and still classified', (_name, message) => {
    const d = diagnoseExchange(404, message, HOSTED)
    expect(d.kind).toBe('policy-not-found')
    // eslint-disable-next-line no-control-regex
    expect(d.what).not.toMatch(/[\n\r\u0085\u001b]/)
    expect(d.what).not.toMatch(/::(error|warning)::/)
    expect(d.what).not.toContain('##[')
    expect(d.what).not.toContain(TOKEN)
    expect(d.what.endsWith(said(404, message))).toBe(true)
  })

  it('an unknown hostile message is shown inert too', () => {
    const d = diagnoseExchange(400, `::error::x\n##[group]y ${TOKEN}`, HOSTED)
    expect(d.kind).toBe('unexpected')
    expect(d.what).toContain('Octo STS said (HTTP 400): "')
    expect(d.what).not.toMatch(/::error::|##\[|\n/)
    expect(d.what).not.toContain(TOKEN)
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
    expect(e.message).toContain(
      'Octo STS said (HTTP 404): "unable to find trust policy for "deploy""'
    )
  })
})
