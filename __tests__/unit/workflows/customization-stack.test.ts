// The stack's OIDC customization endpoint (__tests__/stack/api.ts) answers as GitHub does, and
// src/workflows/customization.ts reads each of its answers over real HTTPS: the template (200),
// 403, 404, garbage, a request without a token, and a server that never answers.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import https from 'node:https'
import { startApi } from '../../stack/api.js'
import type { ApiServer } from '../../stack/api.js'
import { TLS } from '../../stack/server.js'
import { fetchCustomization } from '../../../src/workflows/customization.js'
import type { GetJson } from '../../../src/workflows/customization.js'

const CA = readFileSync(TLS.caPath)
const TOKEN = 'ghs_0123456789abcdefghijABCDEFGHIJ'

/** A client trusting the stack's CA, bounded as the real one is (timeout, size). */
const get: GetJson = req =>
  new Promise((resolve, reject) => {
    const r = https.request(
      req.url,
      {
        method: req.method,
        headers: req.headers,
        ca: CA,
        signal: AbortSignal.timeout(req.timeoutMs)
      },
      res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => {
          body += c
          if (body.length > req.maxBytes) r.destroy(new Error('too large'))
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        res.on('error', reject)
      }
    )
    r.on('error', e => reject(e.name === 'AbortError' ? new Error('did not answer in time') : e))
    r.end()
  })

let api: ApiServer
beforeAll(async () => {
  api = await startApi({ prefix: '/api/v3' })
})
afterAll(async () => api.close())

const ask = (token = TOKEN, timeoutMs?: number) =>
  fetchCustomization(get, api.url, 'acme', 'widgets', token, timeoutMs)

describe('the stack customization endpoint, read by fetchCustomization', () => {
  it('200: the template, for the repository in any case', async () => {
    api.oidcCustomization('Acme/Widgets', {
      status: 200,
      template: {
        use_default: false,
        include_claim_keys: ['repo', 'context'],
        use_immutable_subject: true
      }
    })
    expect(await ask()).toEqual({ known: true, form: 'immutable', claimKeys: ['repo', 'context'] })
    expect(api.customizationRequests.at(-1)).toEqual({
      path: '/repos/acme/widgets/actions/oidc/customization/sub',
      authorized: true
    })
  })

  it("403: GitHub's message", async () => {
    api.oidcCustomization('acme/widgets', { status: 403 })
    expect(await ask()).toEqual({
      known: false,
      why: 'GitHub answered 403: "Resource not accessible by integration": the token may not read this repository\'s OIDC settings'
    })
  })

  it('404: set, or never set', async () => {
    api.oidcCustomization('acme/widgets', { status: 404 })
    expect((await ask()).known).toBe(false)
    api.oidcCustomization('acme/widgets', undefined)
    expect(await ask()).toEqual({
      known: false,
      why: 'GitHub answered 404: "Not Found": this GitHub has no such endpoint, or the token cannot see the repository'
    })
  })

  it('garbage with a 200', async () => {
    api.oidcCustomization('acme/widgets', { status: 200, raw: '{"use_default":"yes"}' })
    expect(await ask()).toEqual({
      known: false,
      why: 'GitHub answered 200 with something that is not the template'
    })
  })

  it('401 without a token', async () => {
    api.oidcCustomization('acme/widgets', { status: 200, template: { use_default: true } })
    expect(await fetchCustomization(get, api.url, 'acme', 'widgets', '')).toMatchObject({
      known: false,
      why: expect.stringMatching(/^GitHub answered 401: "Bad credentials"/)
    })
    expect(api.customizationRequests.at(-1)?.authorized).toBe(false)
  })

  it('a server that never answers: unknown within the time limit', async () => {
    api.fault({ hang: true, match: '/customization/' })
    const started = Date.now()
    expect(await ask(TOKEN, 300)).toEqual({
      known: false,
      why: 'the request failed (did not answer in time)'
    })
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
