import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ActionError } from '../../src/errors.js'
import { exchangeUrl } from '../../src/sts/exchange.js'
import { MAX_TIMEOUT_SECONDS, readInputs } from '../../src/steps/inputs.js'
import { DEFAULT_DOMAIN } from '../../src/sts/request.js'
import type { Inputs } from '../../src/steps/inputs.js'
import { thrown } from './helpers/errors.js'

const VALID = { scope: 'acme/widgets', identity: 'deploy' }

const read = (
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = {}
): Inputs => readInputs(name => inputs[name] ?? '', env)

/** The ActionError readInputs throws, or a test failure when it accepts the inputs. */
const refused = (inputs: Record<string, string>, env: Record<string, string> = {}): ActionError =>
  thrown(() => read(inputs, env), `readInputs(${JSON.stringify(inputs)})`)

describe('readInputs: defaults', () => {
  it('fills every default', () => {
    expect(read(VALID)).toEqual({
      scope: 'acme/widgets',
      identity: 'deploy',
      domain: DEFAULT_DOMAIN,
      audience: DEFAULT_DOMAIN,
      orgPolicyRepo: '.github',
      githubApiUrl: 'https://api.github.com',
      revoke: true,
      timeoutSeconds: 60,
      dryRun: false
    })
  })

  it('takes GITHUB_API_URL when the input is empty, and strips trailing slashes', () => {
    expect(read(VALID, { GITHUB_API_URL: 'https://ghe.example.com/api/v3/' }).githubApiUrl).toBe(
      'https://ghe.example.com/api/v3'
    )
    expect(
      read(
        { ...VALID, 'github-api-url': 'https://api.example.test//' },
        { GITHUB_API_URL: 'https://other.example' }
      ).githubApiUrl
    ).toBe('https://api.example.test')
  })

  it('lower-cases the domain and uses it as the audience unless one is given', () => {
    expect(read({ ...VALID, domain: 'STS.Example.com:8443' })).toMatchObject({
      domain: 'sts.example.com:8443',
      audience: 'sts.example.com:8443'
    })
    expect(read({ ...VALID, domain: 'sts.example.com', audience: 'octo-sts.dev' })).toMatchObject({
      domain: 'sts.example.com',
      audience: 'octo-sts.dev'
    })
  })
})

describe('readInputs: scope', () => {
  it.each(['acme', 'acme/widgets', 'Acme-Corp/.github', 'a/b.c_d-e', 'user_emu/repo', 'a1/x'])(
    'accepts %j',
    scope => expect(read({ ...VALID, scope }).scope).toBe(scope)
  )

  it.each([
    'acme/widgets&identity=admin',
    'acme/widgets&identity=admin#',
    'acme/widgets#x',
    'acme/widgets?identity=admin',
    '../x',
    'acme/..',
    'acme/.',
    'acme/widgets/extra',
    'acme/',
    '/widgets',
    '-acme/x',
    'acme/wid gets',
    'acme\n/widgets',
    'acme/widgets\u0000',
    'acme/widgets;x',
    'acme%2fwidgets',
    'a'.repeat(101),
    `acme/${'r'.repeat(101)}`
  ])('refuses %j before any request, naming the input with an example', scope => {
    const e = refused({ ...VALID, scope })
    expect(e.kind).toBe('input')
    expect(e.what).toMatch(/^Invalid input: `scope` is ".*": expected `org\/repo` or `org`/)
    expect(e.what).toContain('e.g. `acme/widgets` or `acme`')
    expect(e.fix).toBe("Fix the step's `with:` block; no request was made.")
  })

  it('says a missing scope is required', () => {
    expect(refused({ identity: 'deploy' }).what).toBe(
      'Invalid input: `scope` is required: the repository (`org/repo`) or organization (`org`) whose trust policy to use, e.g. `acme/widgets`.'
    )
  })

  it('shows a hostile value sanitized and bounded', () => {
    const e = refused({ ...VALID, scope: `x\n::error::y${'z'.repeat(500)}` })
    expect(e.what).not.toMatch(/[\n\r]|::/)
    expect(e.what.length).toBeLessThan(300)
  })
})

describe('readInputs: identity', () => {
  it.each(['deploy', 'deploy+prod', 'release.v2', 'a_b-c', 'x'.repeat(200), 'café', '...a'])(
    'accepts %j',
    identity => expect(read({ ...VALID, identity }).identity).toBe(identity)
  )

  it.each([
    'a/b',
    '../admin',
    'a\\b',
    '..',
    '.',
    'de ploy',
    'deploy\tprod',
    'deploy\nadmin',
    'x\u0000',
    'x\u007f',
    'x\u0085',
    'x\u00a0y',
    'x'.repeat(201)
  ])('refuses %j', identity => {
    const e = refused({ ...VALID, identity })
    expect(e.what).toMatch(
      /^Invalid input: `identity` is ".*": .+\. Give the policy file name without the `\.sts\.yaml` suffix/
    )
    expect(e.what).toContain('e.g. `deploy` for `.github/chainguard/deploy.sts.yaml`')
  })

  // Octo STS (octo-sts/app#1683) refuses these with a 400; the input check says why first.
  it.each([
    ['sub/deploy', 'a policy in a subfolder is never read'],
    ['..', '`.` and `..` name no policy file'],
    ['.', '`.` and `..` name no policy file'],
    ['deploy\u0007', 'control or invisible characters']
  ])('refuses %j before any request, saying why the server would', (identity, why) => {
    expect(refused({ ...VALID, identity }).what).toContain(why)
  })

  it('says a missing identity is required', () => {
    expect(refused({ scope: 'acme' }).what).toBe(
      'Invalid input: `identity` is required: the trust policy name, e.g. `deploy` for `.github/chainguard/deploy.sts.yaml`.'
    )
  })
})

describe('readInputs: org-policy-repository', () => {
  it('takes the server’s ORG_POLICY_REPO as given', () => {
    expect(read({ ...VALID, 'org-policy-repository': 'policies' }).orgPolicyRepo).toBe('policies')
    expect(read({ ...VALID, 'org-policy-repository': '.GitHub' }).orgPolicyRepo).toBe('.GitHub')
  })

  it.each(['acme/policies', '..', '.', 'a b', 'x'.repeat(101), 'pol;icies'])(
    'refuses %j before any request',
    name => {
      expect(refused({ ...VALID, 'org-policy-repository': name }).what).toMatch(
        /^Invalid input: `org-policy-repository` is ".*": expected a repository name without the owner/
      )
    }
  )
})

describe('readInputs: domain', () => {
  it.each([
    'octo-sts.dev',
    'sts.example.com:8443',
    '127.0.0.1:9443',
    '[::1]:8443',
    '[::1]',
    'localhost:1',
    'sts.example.com:65535'
  ])('accepts %j', domain => expect(read({ ...VALID, domain }).domain).toBe(domain))

  it.each(['https://octo-sts.dev', 'HTTP://sts.example.com', 'ftp://x'])(
    'refuses %j with the scheme named',
    domain => {
      const e = refused({ ...VALID, domain })
      expect(e.what).toContain(`without \`${domain.toLowerCase().split('://')[0]}://\``)
      expect(e.what).toContain('(requests always use https)')
    }
  )

  it.each([
    'octo-sts.dev/sts',
    'user:pass@octo-sts.dev',
    'octo-sts.dev:0',
    'octo-sts.dev:65536',
    'octo-sts.dev:123456',
    'octo-sts.dev:',
    'octo-sts.dev:http',
    '-sts.example.com',
    'sts..example.com',
    'sts_example.com',
    'sts.example.com.',
    '::1',
    '[::1',
    'octo sts.dev',
    'octo\nsts.dev',
    'octo-sts.dev?x=1',
    `${'a'.repeat(64)}.com`
  ])('refuses %j', domain => {
    expect(refused({ ...VALID, domain, audience: 'octo-sts.dev' }).what).toMatch(
      /^Invalid input: `domain` is ".*": expected a host name with an optional port, no path or credentials, e\.g\. `octo-sts\.dev` or `sts\.example\.com:8443`\.$/
    )
  })
})

describe('readInputs: audience, github-api-url, booleans, timeout', () => {
  it.each(['a b', 'x\u0001', 'a'.repeat(257)])('refuses audience %j', audience => {
    expect(refused({ ...VALID, audience }).what).toMatch(/^Invalid input: `audience` is /)
  })

  it('accepts an audience of 256 characters', () => {
    expect(read({ ...VALID, audience: 'a'.repeat(256) }).audience).toHaveLength(256)
  })

  it.each([
    ['http://api.github.com', 'only https is allowed'],
    ['api.github.com', 'expected an https URL'],
    ['https://user:pw@ghe.example.com/api/v3', 'must not contain credentials'],
    ['https://ghe.example.com/api/v3?x=1', 'must not contain credentials, a query or a fragment'],
    ['https://ghe.example.com/api/v3#frag', 'must not contain credentials, a query or a fragment']
  ])('refuses github-api-url %j', (url, problem) => {
    const e = refused({ ...VALID, 'github-api-url': url })
    expect(e.what).toMatch(/^Invalid input: `github-api-url` /)
    expect(e.what).toContain(problem)
    expect(e.what).not.toContain('pw@')
  })

  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', true]
  ])('reads revoke %j', (revoke, expected) => {
    expect(read({ ...VALID, revoke }).revoke).toBe(expected)
  })

  it('reads dry-run, false by default', () => {
    expect(read({ ...VALID, 'dry-run': 'true' }).dryRun).toBe(true)
    expect(read(VALID).dryRun).toBe(false)
  })

  it.each(['yes', '1', 'tRue', 'false!'])('refuses boolean %j', value => {
    expect(refused({ ...VALID, revoke: value }).what).toBe(
      `Invalid input: \`revoke\` is "${value}": expected \`true\` or \`false\`.`
    )
    expect(refused({ ...VALID, 'dry-run': value }).what).toMatch(/^Invalid input: `dry-run` is /)
  })

  it.each([
    ['1', 1],
    ['60', 60],
    [String(MAX_TIMEOUT_SECONDS), MAX_TIMEOUT_SECONDS]
  ])('reads timeout-seconds %j', (value, expected) => {
    expect(read({ ...VALID, 'timeout-seconds': value }).timeoutSeconds).toBe(expected)
  })

  it.each(['0', '-5', '1.5', String(MAX_TIMEOUT_SECONDS + 1), 'sixty', 'Infinity', 'NaN'])(
    'refuses timeout-seconds %j',
    value => {
      expect(refused({ ...VALID, 'timeout-seconds': value }).what).toBe(
        `Invalid input: \`timeout-seconds\` is "${value}": expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, e.g. \`60\`.`
      )
    }
  )
})

describe('readInputs: reporting', () => {
  it('reports every problem at once, in input order', () => {
    const e = refused({
      scope: '../x',
      identity: 'a/b',
      domain: 'https://x',
      audience: 'a b',
      'github-api-url': 'http://x',
      revoke: 'maybe',
      'dry-run': 'no',
      'timeout-seconds': '0'
    })
    const lines = e.what.split('\n')
    expect(lines[0]).toBe('Invalid inputs:')
    expect(lines.slice(1).map(l => /^- `([^`]+)`/.exec(l)?.[1])).toEqual([
      'scope',
      'identity',
      'domain',
      'audience',
      'github-api-url',
      'revoke',
      'dry-run',
      'timeout-seconds'
    ])
    expect(e.message).toBe(`${e.what}\n${e.fix}`)
  })
})

// Characters that could end or add a query parameter, or leave the policy directory.
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 60 })
const mixed = fc.string({
  unit: fc.constantFrom(
    'a',
    'Z',
    '0',
    '-',
    '_',
    '.',
    '/',
    '\\',
    '&',
    '#',
    '?',
    '=',
    '+',
    '%',
    ';',
    ' ',
    '\n',
    '\t',
    '\u0000',
    'é'
  ),
  maxLength: 40
})
const anyText = fc.oneof(unicodeText, mixed, fc.string({ unit: 'binary', maxLength: 300 }))

function accepts(
  scope: string,
  identity: string,
  extra: Record<string, string> = {}
): Inputs | undefined {
  try {
    return read({ scope, identity, ...extra })
  } catch (e) {
    if (!(e instanceof ActionError)) throw e
    return undefined
  }
}

describe('readInputs: properties', () => {
  it('arbitrary inputs throw nothing but ActionError', () => {
    const names = [
      'scope',
      'identity',
      'domain',
      'audience',
      'github-api-url',
      'revoke',
      'dry-run',
      'timeout-seconds'
    ]
    fc.assert(
      fc.property(
        fc.array(anyText, { minLength: names.length, maxLength: names.length }),
        values => {
          const inputs = Object.fromEntries(names.map((n, i) => [n, values[i] ?? '']))
          try {
            read(inputs)
          } catch (e) {
            expect(e).toBeInstanceOf(ActionError)
            expect((e as ActionError).kind).toBe('input')
          }
        }
      ),
      { numRuns: 400 }
    )
  })

  it('an accepted scope is an owner or owner/repo of safe characters only', () => {
    fc.assert(
      fc.property(anyText, scope => {
        if (!accepts(scope, 'deploy')) return
        expect(scope).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9._-]+)?$/)
        expect(scope.split('/').includes('..')).toBe(false)
      }),
      { numRuns: 1000 }
    )
  })

  it('an accepted identity has no separator, space, control, and is not . or ..', () => {
    fc.assert(
      fc.property(anyText, identity => {
        if (!accepts('acme/widgets', identity)) return
        // eslint-disable-next-line no-control-regex
        expect(identity).not.toMatch(/[/\\\s\u0000-\u001f\u007f-\u009f]/)
        expect(['.', '..']).not.toContain(identity)
        expect(identity.length).toBeLessThanOrEqual(200)
      }),
      { numRuns: 1000 }
    )
  })

  it('an accepted scope and identity reach the STS as exactly one literal value each', () => {
    // Well-formed Unicode only: a lone surrogate is accepted by the validator but cannot be
    // percent-encoded faithfully (URLSearchParams turns it into U+FFFD) — see the report.
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom('acme', 'acme/widgets', 'Acme-1/.github'), unicodeText, mixed),
        fc.oneof(
          unicodeText,
          mixed,
          fc.constantFrom('admin&identity=root', 'a#b', 'x%2F..', 'p+q')
        ),
        (scope, identity) => {
          const inputs = accepts(scope, identity)
          if (!inputs) return
          const url = exchangeUrl(inputs.domain, inputs.scope, inputs.identity)
          expect(url.origin).toBe('https://octo-sts.dev')
          expect(url.pathname).toBe('/sts/exchange')
          expect(url.hash).toBe('')
          expect(url.search).not.toMatch(/[;#\s]/)
          const params = [...new URLSearchParams(url.search)]
          expect(params).toEqual([
            ['scope', scope],
            ['scopes', scope],
            ['identity', identity]
          ])
        }
      ),
      { numRuns: 1000 }
    )
  })

  it('an accepted domain makes a valid https URL with no credentials', () => {
    fc.assert(
      fc.property(anyText, domain => {
        const inputs = accepts('acme', 'deploy', { domain, audience: 'octo-sts.dev' })
        if (!inputs) return
        const url = exchangeUrl(inputs.domain, inputs.scope, inputs.identity)
        expect(url.protocol).toBe('https:')
        expect(url.pathname).toBe('/sts/exchange')
        expect(url.username + url.password).toBe('')
      }),
      { numRuns: 500 }
    )
  })

  it('a DNS name with a port in range is accepted and used as the host as written', () => {
    fc.assert(
      fc.property(
        fc.domain(),
        fc.option(fc.integer({ min: 0, max: 70000 }), { nil: undefined }),
        (host, port) => {
          const domain = port === undefined ? host : `${host}:${port}`
          const inputs = accepts('acme', 'deploy', { domain })
          const inRange = port === undefined || (port >= 1 && port <= 65535)
          expect(inputs !== undefined).toBe(inRange)
          if (!inputs) return
          const url = exchangeUrl(inputs.domain, inputs.scope, inputs.identity)
          expect(url.host).toBe(domain.toLowerCase().replace(/:443$/, ''))
        }
      ),
      { numRuns: 300 }
    )
  })
})

describe('readInputs: hosts, names and numbers that only look valid', () => {
  it.each(['[1]', '[::::]', '999.999.999.999', '0x7f.1', '1.2.3'])(
    'refuses %j, which is no valid host',
    domain => {
      refused({ ...VALID, domain })
    }
  )

  it('refuses an identity that is not well-formed Unicode (a lone surrogate)', () => {
    refused({ ...VALID, identity: 'deploy\ud800' })
  })

  it('refuses bidi controls in an identity (they reorder the log line that shows it)', () => {
    refused({ ...VALID, identity: 'deploy\u202eyalp' })
  })

  it.each(['https://api.example.com?', 'https://api.example.com#'])(
    'refuses a github-api-url with a bare %j',
    url => {
      refused({ ...VALID, 'github-api-url': url })
    }
  )

  it.each(['0x10', '1e1', '10.0', ' 10x'])('refuses timeout-seconds %j', t => {
    refused({ ...VALID, 'timeout-seconds': t })
  })
})
