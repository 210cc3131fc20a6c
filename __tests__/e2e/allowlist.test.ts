// A denial by the org's issuer allowlist, as the runner shows it: the main bundle runs in a
// checkout of the org's `.github` repository against the local stack, whose STS refuses the
// token's issuer with `issuer not permitted by organization policy`. The log and the summary
// must name the token's iss and the entry of the checked-out allowlist that would have to change.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { ALLOWLIST_PATH } from '../../src/sts/request.js'
import { checkoutEnv, checkouts as makeCheckouts } from '../stack/checkout.js'
import { startStack } from '../stack/index.js'
import type { Stack } from '../stack/index.js'
import { assertNoLeaks, renderLog, runStep } from '../stack/run-step.js'

let stack: Stack
/** The server's answer when the org's allowlist does not permit the token's issuer. */
const DENIED = { code: 7, message: 'issuer not permitted by organization policy' }
const checkouts = makeCheckouts('allowlist-ws-')

beforeAll(async () => {
  stack = await startStack()
})
afterAll(async () => {
  await stack?.close()
  checkouts.removeAll()
})
beforeEach(() => stack.reset())

/** A checkout of acme/.github holding `allowlist` as its trusted-token-issuers.yaml. */
const orgCheckout = (allowlist: string): string =>
  checkouts.make({ repo: 'acme/.github', files: { [ALLOWLIST_PATH]: allowlist } })

async function exchange(ws: string) {
  const result = await runStep('main', {
    inputs: { scope: 'acme/widgets', identity: 'deploy' },
    cwd: ws,
    env: stack.env(checkoutEnv(ws, 'acme/.github'))
  })
  assertNoLeaks(result, stack.secrets())
  expect(result.stderr).toBe('')
  return { result, text: renderLog(result.stdout).join('\n') }
}

describe('an exchange refused by the org issuer allowlist', () => {
  it('names the token iss and the entry of the checked-out allowlist to change', async () => {
    const iss = stack.oidc.issuer
    // The org's list has the issuer with a trailing slash: byte for byte, it is not the same.
    const allowlist = `issuers:\n  - https://token.actions.githubusercontent.com\n  - ${iss}/\n`
    stack.sts.answer('deploy', DENIED)
    const { result, text } = await exchange(orgCheckout(allowlist))
    expect(result.exitCode).toBe(1)
    expect(stack.sts.minted).toHaveLength(0)
    expect(result.stdout).toContain('issuer not permitted by organization policy')
    expect(text).toContain(
      "Issuer allowlist check: no entry of .github/chainguard/trusted-token-issuers.yaml permits this token's issuer"
    )
    expect(text).toContain(
      '✗ issuers[1] (line 3): differs from the token only in case or a trailing slash; the match is byte for byte'
    )
    expect(text).toContain(`token value:    ${iss}`)
    expect(result.summary).toContain("(the organization does not allow this token's issuer)")
    expect(result.summary).toContain(
      `- \`issuers[1]\`, line 3  \n  Policy: \`${iss}/\`  \n  Token: \`${iss}\``
    )
  })

  it('says the default branch differs when the checked-out copy permits the issuer', async () => {
    stack.sts.answer('deploy', DENIED)
    const { result, text } = await exchange(
      orgCheckout(`issuers:\n  - https://gitlab.com\n  - ${stack.oidc.issuer}\n`)
    )
    expect(result.exitCode).toBe(1)
    expect(text).toContain("Issuer allowlist check: the workspace copy permits this token's issuer")
    expect(text).toContain('so the copy on the default branch of `acme/.github` differs')
  })

  it('shows the problems of the checked-out copy when the server finds the list invalid', async () => {
    stack.sts.answer('deploy', {
      code: 9,
      message: 'organization trusted-issuer configuration is invalid'
    })
    const { result, text } = await exchange(
      orgCheckout('mode: Enforce\nissuers:\n  - https://Token.Actions.GitHubUserContent.com\n')
    )
    expect(result.exitCode).toBe(1)
    expect(text).toContain(
      'Issuer allowlist check: .github/chainguard/trusted-token-issuers.yaml in the workspace is invalid'
    )
    expect(text).toContain('✗ mode (line 1): mode "Enforce" is neither "enforce" nor "audit"')
    expect(text).toContain('✗ issuers[0] (line 3): issuers[0]')
  })
})
