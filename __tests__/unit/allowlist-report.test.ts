// A denial by the org's issuer allowlist (`issuer not permitted by organization policy`),
// explained against the copy of trusted-token-issuers.yaml checked out in the org's `.github`
// repository: which entry would have to change, or that the copy admits the issuer.
import { describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ActionError } from '../../src/errors.js'
import { checkLocalAllowlist } from '../../src/diagnosis/local-check.js'
import { reportFailure } from '../../src/steps/report.js'
import { recordingRunner } from './helpers/runner.js'
import { spySandbox } from './helpers/sandbox.js'
import { idToken } from './helpers/tokens.js'

const GH = 'https://token.actions.githubusercontent.com'
const CTX = {
  scope: 'acme/widgets',
  identity: 'deploy',
  domain: 'octo-sts.dev',
  audience: 'octo-sts.dev'
}
const CLAIMS = { iss: GH, sub: 'repo:acme/.github:ref:refs/heads/main', aud: 'octo-sts.dev' }
const DENIED = new ActionError(
  'issuer-not-allowed',
  'The org\'s issuer allowlist does not permit this token\'s issuer (HTTP 403): "issuer not permitted by organization policy".',
  'Ask the org owners to add the issuer to .github/chainguard/trusted-token-issuers.yaml in acme/.github.',
  { status: 403, serverMessage: 'issuer not permitted by organization policy' }
)

/** A workspace of acme/.github holding `allowlist` (or no allowlist at all). */
function orgWorkspace(allowlist?: string): Record<string, string> {
  const ws = mkdtempSync(join(tmpdir(), 'allowlist-'))
  if (allowlist !== undefined) {
    mkdirSync(join(ws, '.github/chainguard'), { recursive: true })
    writeFileSync(join(ws, '.github/chainguard/trusted-token-issuers.yaml'), allowlist)
  }
  return { GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'acme/.github', GITHUB_REF: 'refs/heads/main' }
}

const INVALID = new ActionError(
  'issuer-allowlist-invalid',
  "The organization's issuer allowlist is invalid (HTTP 400).",
  'Fix it.',
  { status: 400, serverMessage: 'organization trusted-issuer configuration is invalid' }
)

async function report(
  env: Record<string, string>,
  claims: Record<string, unknown> = CLAIMS,
  error: ActionError = DENIED
) {
  const rec = recordingRunner()
  await reportFailure(rec.runner, env, error, CTX, idToken(claims))
  const [summary] = rec.of('appendSummary').map(e => e.markdown)
  return { info: rec.of('info').map(e => e.message), summary: summary ?? '' }
}

describe('an issuer-not-allowed denial, explained', () => {
  it("names the entry that would have to change, with the token's iss", async () => {
    const r = await report(orgWorkspace(`issuers:\n  - https://gitlab.com\n  - ${GH}/\n`))
    expect(r.info[0]).toBe(
      "Issuer allowlist check: no entry of .github/chainguard/trusted-token-issuers.yaml permits this token's issuer"
    )
    expect(r.info).toContain(
      `  ✗ issuers[1] (line 3): differs from the token only in case or a trailing slash; the match is byte for byte`
    )
    expect(r.info).toContain(`      policy value:   ${GH}/`)
    expect(r.info).toContain(`      token value:    ${GH}`)
    expect(r.info.join('\n')).toContain(
      'Change `issuers[1]` (line 3) to permit it on the default branch of `acme/.github`'
    )
    expect(r.summary).toContain("the organization does not allow this token's issuer")
    expect(r.summary).toMatch(/^- `issuers\[1\]`, line 3/m)
    // The claims, but no suggested trust policy: the server refused before reading one.
    expect(r.summary).toContain('#### Claims that decide a match')
    expect(r.summary).not.toContain('A trust policy that admits exactly this workflow')
  })

  it('says to add the issuer when no entry comes near it', async () => {
    const r = await report(orgWorkspace('issuers:\n  - https://gitlab.com\n'))
    expect(r.info).toContain(`  ✗ issuers: no entry of 1 issuers and 0 issuer_patterns permits it`)
    expect(r.info.join('\n')).toContain(
      `Add \`${GH}\` to \`issuers\` on the default branch of \`acme/.github\``
    )
  })

  it('says the default branch differs when the workspace copy admits the issuer', async () => {
    const r = await report(orgWorkspace(`issuers:\n  - https://gitlab.com\n  - ${GH}\n`))
    expect(r.info[0]).toBe("Issuer allowlist check: the workspace copy permits this token's issuer")
    expect(r.info.join('\n')).toContain(
      `permits \`${GH}\` (\`issuers[1]\`, line 3), so the copy on the default branch of \`acme/.github\` differs`
    )
    const audit = await report(orgWorkspace('mode: audit\nissuers:\n  - https://gitlab.com\n'))
    expect(audit.info.join('\n')).toContain('is in audit mode, which lets every issuer through')
  })

  it('lists the problems of an invalid workspace copy', async () => {
    const r = await report(
      orgWorkspace(`issuers:\n  - ${GH}\nissuer_patterns:\n  - https://.*\\.example\\.com\n`)
    )
    expect(r.info[0]).toBe(
      'Issuer allowlist check: .github/chainguard/trusted-token-issuers.yaml in the workspace is invalid'
    )
    expect(r.info[1]).toContain('✗ issuer_patterns[0] (line 4): issuer_patterns[0]')
    expect(r.info.join('\n')).toContain('The copy that denied')
  })

  it('a copy with line breaks only the server sees: said so, with what the server reads', async () => {
    // The server reads `mode: audit`; an editor shows a comment.
    const r = await report(orgWorkspace('issuers:\n  - https://gitlab.com # ours\rmode: audit\n'))
    expect(r.info[0]).toBe(
      'Issuer allowlist check: .github/chainguard/trusted-token-issuers.yaml in the workspace has line breaks only the server sees'
    )
    expect(r.info[1]).toContain('(line 2)')
    expect(r.info[1]).toContain('"mode"')
    const text = r.info.join('\n')
    expect(text).toContain(`as it reads it, it lets \`${GH}\` through (audit mode)`)
    expect(text).not.toContain('The copy that denied')
  })

  it('cannot check from another repository, and says where the file is', async () => {
    const r = await report({ ...orgWorkspace(''), GITHUB_REPOSITORY: 'acme/widgets' })
    expect(r.info[0]).toBe('Issuer allowlist check: not possible here')
    expect(r.info[1]).toContain(
      "The org's issuer allowlist is `.github/chainguard/trusted-token-issuers.yaml` in `acme/.github`, not in this workflow's repository (`acme/widgets`): it cannot be checked from this workspace."
    )
    expect(r.info[1]).toContain(`this token's issuer, \`${GH}\``)
  })

  it('says when the workspace has no copy, or it cannot be read', async () => {
    const absent = await report(orgWorkspace())
    expect(absent.info[0]).toBe(
      'Issuer allowlist check: no .github/chainguard/trusted-token-issuers.yaml in the workspace'
    )
    const env = orgWorkspace()
    mkdirSync(join(env.GITHUB_WORKSPACE as string, '.github/chainguard'), { recursive: true })
    const outside = mkdtempSync(join(tmpdir(), 'outside-'))
    writeFileSync(join(outside, 'list.yaml'), `issuers: [${GH}]\n`)
    symlinkSync(
      join(outside, 'list.yaml'),
      join(env.GITHUB_WORKSPACE as string, '.github/chainguard/trusted-token-issuers.yaml')
    )
    const linked = await report(env)
    expect(linked.info[0]).toBe('Issuer allowlist check: not possible')
    expect(linked.info[1]).toContain('it is a link to outside the workspace')
  })

  it('does not guess without an iss claim, and never throws on a broken engine', async () => {
    const env = orgWorkspace(`issuers: [${GH}]\n`)
    expect(await checkLocalAllowlist(env, 'acme', { sub: 'x' })).toMatchObject({
      status: 'failed',
      why: 'the token has no string iss claim'
    })
    expect(
      await checkLocalAllowlist(env, 'acme', CLAIMS, {
        sandbox: spySandbox(() => new Error('no engine'))
      })
    ).toMatchObject({ status: 'failed', why: 'no engine' })
    expect(
      await checkLocalAllowlist(env, 'acme', CLAIMS, {
        sandbox: spySandbox(() => ({ ok: false, costly: 'memory' }))
      })
    ).toEqual({
      status: 'costly',
      policyRepo: 'acme/.github',
      path: '.github/chainguard/trusted-token-issuers.yaml',
      costly: 'memory'
    })
  })

  it('reads iss from the raw payload as the server does: the last of its case variants', async () => {
    const env = orgWorkspace(`issuers: [${GH}]\n`)
    const payload = JSON.stringify({ iss: GH, sub: 'x' }).replace(
      '"iss"',
      '"ISS":"https://evil.example","iss"'
    )
    expect(await checkLocalAllowlist(env, 'acme', payload)).toMatchObject({ issuer: GH })
    const reversed = `{"iss":"${GH}","ISS":"https://evil.example","sub":"x"}`
    expect(await checkLocalAllowlist(env, 'acme', reversed)).toMatchObject({
      issuer: 'https://evil.example',
      verdict: 'refuses'
    })
  })

  it('explains an invalid allowlist with the problems of the workspace copy', async () => {
    const broken = `issuers:\n  - ${GH}\nissuer_patterns:\n  - https://.*\\.example\\.com\n`
    const r = await report(orgWorkspace(broken), CLAIMS, INVALID)
    expect(r.info[0]).toBe(
      'Issuer allowlist check: .github/chainguard/trusted-token-issuers.yaml in the workspace is invalid'
    )
    expect(r.info[1]).toContain('✗ issuer_patterns[0] (line 4)')
    expect(r.info.join('\n')).toContain('the server says only that the file is invalid')
    const fixed = await report(orgWorkspace('issuers:\n  - https://gitlab.com\n'), CLAIMS, INVALID)
    expect(fixed.info[0]).toBe(
      'Issuer allowlist check: .github/chainguard/trusted-token-issuers.yaml in the workspace is valid'
    )
    expect(fixed.info.join('\n')).toContain(
      `though it does not permit this token's issuer, \`${GH}\`: the copy on the default branch of \`acme/.github\` must differ`
    )
    const elsewhere = await report(
      { ...orgWorkspace(''), GITHUB_REPOSITORY: 'acme/widgets' },
      CLAIMS,
      INVALID
    )
    expect(elsewhere.info[1]).toContain('Run the validate action in that repository')
    const absent = await report(orgWorkspace(), CLAIMS, INVALID)
    expect(absent.info[1]).toContain('and it cannot use it')
  })

  it('is not consulted for other failures', async () => {
    const rec = recordingRunner()
    const other = new ActionError('rate-limited', 'Octo STS is rate limiting.', 'Re-run later.')
    await reportFailure(rec.runner, orgWorkspace(`issuers: [${GH}]\n`), other, CTX, idToken(CLAIMS))
    expect(
      rec
        .of('info')
        .map(e => e.message)
        .join('\n')
    ).not.toContain('Issuer allowlist check')
  })
})
