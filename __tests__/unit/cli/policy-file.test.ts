// The local explanation's seam for `--policy FILE`: the named file is checked in place of the
// workspace copy, wherever the workflow runs.
import { describe, expect, it } from '@jest/globals'
import { checkLocalPolicy } from '../../../src/diagnosis/local-check.js'
import { GITHUB_CLAIMS } from '../helpers/tokens.js'

const ctx = { scope: 'acme/widgets', identity: 'deploy', domain: 'octo-sts.dev' }
const payload = JSON.stringify(GITHUB_CLAIMS)
const POLICY = `issuer: ${GITHUB_CLAIMS.iss}\nsubject: ${GITHUB_CLAIMS.sub}\npermissions:\n  contents: read\n`

describe('checkLocalPolicy with policyFile', () => {
  it('checks the named file with no workspace at all', async () => {
    const read: string[] = []
    const check = await checkLocalPolicy({}, ctx, payload, {
      policyFile: 'mine.yaml',
      readFile: path => (read.push(path), POLICY)
    })
    expect(check).toMatchObject({
      status: 'checked',
      verdict: 'allow',
      permissions: { contents: 'read' }
    })
    expect(read).toEqual(['mine.yaml'])
  })

  it('absent, unreadable, or past the deadline', async () => {
    expect(
      (await checkLocalPolicy({}, ctx, payload, { policyFile: 'x', readFile: () => undefined }))
        .status
    ).toBe('absent')
    const unreadable = await checkLocalPolicy({}, ctx, payload, {
      policyFile: 'x',
      readFile: () => {
        throw new Error('it is a directory')
      }
    })
    expect(unreadable).toMatchObject({ status: 'unreadable', why: 'it is a directory' })
    const late = await checkLocalPolicy({}, ctx, payload, {
      policyFile: 'x',
      readFile: () => POLICY,
      deadline: 1,
      now: () => 2
    })
    expect(late.status).toBe('skipped')
  })
})
