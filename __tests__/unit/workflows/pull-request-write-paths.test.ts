// The pull_request-with-write warning where policies are validated today: the validate action
// (the repository from GITHUB_REPOSITORY) and `octo-sts-token validate` (from the checkout's
// origin remote, for policies under the current directory only).
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { validate as cliValidate } from '../../../src/cli/validate.js'
import { GITHUB_ISSUER } from '../../../src/policy/github.js'
import { validate } from '../../../src/steps/validate.js'
import { fakeIo } from '../helpers/cli-io.js'
import { json, scriptedHttp } from '../helpers/http.js'
import { recordingRunner } from '../helpers/runner.js'

const PR_WRITE = `issuer: ${GITHUB_ISSUER}\nsubject: repo:acme/widgets:pull_request\npermissions:\n  contents: write\n`

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pr-paths-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const WRITE_WARNING =
  /admits "repo:acme\/widgets:pull_request", and this policy grants contents: write/

describe('the validate action', () => {
  const ws = tree({ '.github/chainguard/pr.sts.yaml': PR_WRITE })

  it("warns at the subject line when GITHUB_REPOSITORY is the policy's repository", async () => {
    const rec = recordingRunner()
    const report = await validate({
      runner: rec.runner,
      env: { GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'acme/widgets' }
    })
    expect(report.warnings).toBe(1)
    const [w] = rec.of('warning')
    expect(w?.message).toMatch(WRITE_WARNING)
    expect(w?.properties).toMatchObject({ file: '.github/chainguard/pr.sts.yaml', startLine: 2 })
  })

  it('follows the form the OIDC settings name, asked within the time limit', async () => {
    const env = {
      GITHUB_WORKSPACE: ws,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REPOSITORY_OWNER_ID: '1',
      GITHUB_REPOSITORY_ID: '2'
    }
    const inputs = { 'github-token': 'ghs_0123456789abcdefghijABCDEFGHIJ', 'timeout-seconds': '3' }
    const immutable = scriptedHttp([json(200, { use_default: true, use_immutable_subject: true })])
    const rec = recordingRunner({ inputs })
    await validate({ runner: rec.runner, env, http: immutable.http })
    expect(immutable.requests).toHaveLength(1)
    expect(immutable.requests[0]!.timeoutMs).toBeLessThanOrEqual(3000)
    // The policy names the name-only subject, which this repository's tokens never carry.
    expect(
      rec
        .of('warning')
        .map(w => w.message)
        .join('\n')
    ).not.toMatch(WRITE_WARNING)
    const forbidden = scriptedHttp([
      json(403, { message: 'Resource not accessible by integration' })
    ])
    const rec2 = recordingRunner({ inputs })
    await validate({ runner: rec2.runner, env, http: forbidden.http })
    expect(rec2.of('warning')[0]?.message).toMatch(WRITE_WARNING)
  })

  it("keeps the lint's general warning for another repository", async () => {
    const rec = recordingRunner()
    await validate({
      runner: rec.runner,
      env: { GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'acme/other' }
    })
    const [w] = rec.of('warning')
    expect(w?.message).toMatch(/admits pull_request subjects/)
    expect(w?.message).not.toMatch(WRITE_WARNING)
  })
})

describe('octo-sts-token validate', () => {
  const repo = tree({
    '.git/config': '[remote "origin"]\n\turl = git@github.com:acme/widgets.git\n',
    '.github/chainguard/pr.sts.yaml': PR_WRITE
  })
  const elsewhere = tree({ '.github/chainguard/pr.sts.yaml': PR_WRITE })

  it('warns for the checkout of the same repository', async () => {
    const io = fakeIo(repo)
    expect(await cliValidate([], io)).toBe(0)
    expect(io.out()).toMatch(
      /^\.github\/chainguard\/pr\.sts\.yaml:2:1: warning: subject "repo:acme\/widgets:pull_request" admits "/
    )
    expect(io.out()).toMatch(WRITE_WARNING)
    expect(io.out()).not.toMatch(/admits pull_request subjects/)
  })

  it('not for policies outside the current directory (another checkout)', async () => {
    const io = fakeIo(repo)
    await cliValidate([join(elsewhere, '.github/chainguard')], io)
    expect(io.out()).toMatch(/admits pull_request subjects/)
    expect(io.out()).not.toMatch(WRITE_WARNING)
  })
})
