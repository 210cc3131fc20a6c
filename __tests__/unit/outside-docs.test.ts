// The trust policies of the command line's recipes (docs/cli.md) are ones the server accepts
// without a warning, and each admits the platform's token it is written for (and not a
// neighbour's).
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { explainPolicy, lintPolicy } from '../../src/policy/index.js'
import { BUILDKITE, CIRCLECI, GITLAB, KUBERNETES, TERRAFORM } from '../fixtures/issuer-claims.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
// The per-platform recipes the README links to.
const SECTION = readFileSync(ROOT + 'docs/cli.md', 'utf8')

/** Each recipe's policy by file name: the yaml blocks headed `# acme/widgets: …/{name}`. */
const POLICIES = new Map(
  [
    ...SECTION.matchAll(/```yaml\n# acme\/widgets: \.github\/chainguard\/(\S+)\n([\s\S]*?)```/g)
  ].map(m => [m[1] as string, m[2] as string])
)

/** The token each recipe is for: the fixture claims, made to name the recipe's pipeline. */
const TOKENS: Record<string, Record<string, unknown>> = {
  'gitlab-deploy.sts.yaml': GITLAB,
  'buildkite-release.sts.yaml': {
    ...BUILDKITE,
    sub: BUILDKITE.sub.replace(':pipeline:deploy:', ':pipeline:widgets:')
  },
  'circleci-release.sts.yaml': CIRCLECI,
  'terraform.sts.yaml': TERRAFORM,
  'k8s-rotate.sts.yaml': KUBERNETES
}

/** A neighbour the recipe's policy must refuse. */
const NEIGHBOURS: Record<string, Record<string, unknown>> = {
  'gitlab-deploy.sts.yaml': { ...GITLAB, ref_protected: 'false' },
  'buildkite-release.sts.yaml': {
    ...BUILDKITE,
    sub: BUILDKITE.sub
      .replace(':pipeline:deploy:', ':pipeline:widgets:')
      .replace(':step:release', ':step:test')
  },
  'circleci-release.sts.yaml': {
    ...CIRCLECI,
    sub: CIRCLECI.sub.replace('refs/heads/main', 'refs/heads/x')
  },
  'terraform.sts.yaml': { ...TERRAFORM, sub: TERRAFORM.sub.replace('widgets-prod', 'widgets-dev') },
  'k8s-rotate.sts.yaml': { ...KUBERNETES, sub: 'system:serviceaccount:default:octo-sts' }
}

describe('the Outside GitHub Actions recipes', () => {
  it('have a policy for every platform', () => {
    expect([...POLICIES.keys()].sort()).toEqual(Object.keys(TOKENS).sort())
  })

  it.each([...POLICIES])(
    '%s: the server accepts it, and it admits its token only',
    (name, yaml) => {
      expect(lintPolicy(yaml, { isOrgPolicy: false })).toEqual([])
      const token = TOKENS[name] as Record<string, unknown>
      expect(explainPolicy(yaml, JSON.stringify(token), 'octo-sts.dev').findings).toEqual([])
      const neighbour = NEIGHBOURS[name] as Record<string, unknown>
      expect(explainPolicy(yaml, JSON.stringify(neighbour), 'octo-sts.dev').verdict).toBe('deny')
    }
  )
})
