// src/workflows/customization.ts: the repository's OIDC subject settings from GitHub's API,
// every answer (200, 403, 404, garbage, a timeout) read into a fact or a reason.
import { describe, expect, it } from '@jest/globals'
import { HttpError, request } from '../../../src/net/http.js'
import { fetchCustomization, parseCustomization } from '../../../src/workflows/customization.js'
import type { GetJson } from '../../../src/workflows/customization.js'
import { json, response, scriptedHttp } from '../helpers/http.js'

const TOKEN = 'ghs_0123456789abcdefghijABCDEFGHIJ'
const API = 'https://api.github.com'

// The net client is one of the structural clients this module takes (a type check).
const _typeCheck: GetJson = request
void _typeCheck

describe('parseCustomization (GitHub answer shapes)', () => {
  it('reads the default template and the form', () => {
    expect(parseCustomization('{"use_default":true}')).toEqual({ known: true })
    expect(parseCustomization('{"use_default":true,"use_immutable_subject":true}')).toEqual({
      known: true,
      form: 'immutable'
    })
    expect(
      parseCustomization(
        '{"use_default":true,"include_claim_keys":["repo"],"use_immutable_subject":false}'
      )
    ).toEqual({ known: true, form: 'name-only' })
  })
  it('reads a custom template in order', () => {
    expect(
      parseCustomization(
        JSON.stringify({
          use_default: false,
          include_claim_keys: ['repo', 'context', 'job_workflow_ref'],
          use_immutable_subject: true
        })
      )
    ).toEqual({
      known: true,
      form: 'immutable',
      claimKeys: ['repo', 'context', 'job_workflow_ref']
    })
  })
  it("says the organization's template applies when use_default is false without keys", () => {
    expect(parseCustomization('{"use_default":false}')).toEqual({ known: true, orgTemplate: true })
    expect(parseCustomization('{"use_default":false,"include_claim_keys":[]}')).toEqual({
      known: true,
      orgTemplate: true
    })
  })
  it.each([
    'not json',
    'null',
    '[]',
    '"x"',
    '{}',
    '{"use_default":"false"}',
    '{"use_default":true,"use_immutable_subject":"yes"}',
    '{"use_default":false,"include_claim_keys":"repo"}',
    '{"use_default":false,"include_claim_keys":["repo",1]}',
    '{"use_default":false,"include_claim_keys":["re po"]}',
    `{"use_default":false,"include_claim_keys":${JSON.stringify(Array.from({ length: 33 }, (_, i) => `k${i}`))}}`
  ])('refuses %s', body => {
    expect(parseCustomization(body)).toBeUndefined()
  })
})

describe('fetchCustomization', () => {
  it('asks the endpoint with the token in the header only, bounded in time and size', async () => {
    const s = scriptedHttp([json(200, { use_default: true, use_immutable_subject: true })])
    const got = await fetchCustomization(s.http, `${API}/`, 'acme', 'widgets', TOKEN, 1234)
    expect(got).toEqual({ known: true, form: 'immutable' })
    expect(s.requests).toHaveLength(1)
    const [req] = s.requests
    expect(req!.method).toBe('GET')
    expect(req!.url.href).toBe(
      'https://api.github.com/repos/acme/widgets/actions/oidc/customization/sub'
    )
    expect(req!.headers).toMatchObject({ Authorization: `Bearer ${TOKEN}` })
    expect(req!.timeoutMs).toBe(1234)
    expect(req!.maxBytes).toBeLessThanOrEqual(16 * 1024)
  })

  it('keeps a GHES API path prefix', async () => {
    const s = scriptedHttp([json(200, { use_default: true })])
    await fetchCustomization(s.http, 'https://ghe.example.com/api/v3', 'acme', 'w.x', TOKEN)
    expect(s.requests[0]!.url.href).toBe(
      'https://ghe.example.com/api/v3/repos/acme/w.x/actions/oidc/customization/sub'
    )
    expect(s.requests[0]!.timeoutMs).toBe(10_000)
  })

  it.each([
    [
      403,
      { message: 'Resource not accessible by integration' },
      'GitHub answered 403: "Resource not accessible by integration": the token may not read this repository\'s OIDC settings'
    ],
    [
      401,
      { message: 'Bad credentials' },
      'GitHub answered 401: "Bad credentials": the token may not read this repository\'s OIDC settings'
    ],
    [
      404,
      { message: 'Not Found' },
      'GitHub answered 404: "Not Found": this GitHub has no such endpoint, or the token cannot see the repository'
    ],
    [500, 'oops', 'GitHub answered 500'],
    [502, { message: '' }, 'GitHub answered 502']
  ])('%i is unknown, with what GitHub said', async (status, body, why) => {
    const s = scriptedHttp([typeof body === 'string' ? response(status, body) : json(status, body)])
    expect(await fetchCustomization(s.http, API, 'acme', 'widgets', TOKEN)).toEqual({
      known: false,
      why
    })
  })

  it('neutralizes what the server says, and never repeats the token', async () => {
    const hostile = `::error::pwned\r\n##[set-output name=x]${TOKEN}`
    const s = scriptedHttp([json(403, { message: hostile })])
    const got = await fetchCustomization(s.http, API, 'acme', 'widgets', TOKEN)
    expect(got.known).toBe(false)
    const why = (got as { why: string }).why
    expect(why).not.toContain(TOKEN)
    expect(why).not.toMatch(/::|\r|\n/)
    expect(why.length).toBeLessThan(250)
  })

  it('is unknown for garbage with a 200', async () => {
    const s = scriptedHttp([response(200, '<html>login</html>')])
    expect(await fetchCustomization(s.http, API, 'acme', 'widgets', TOKEN)).toEqual({
      known: false,
      why: 'GitHub answered 200 with something that is not the template'
    })
  })

  it('is unknown, with the reason, when the request fails or times out', async () => {
    const s = scriptedHttp([
      new HttpError('timeout', 'api.github.com did not answer within 10s'),
      new Error('boom'),
      () => {
        throw 'a string'
      }
    ])
    expect(await fetchCustomization(s.http, API, 'acme', 'widgets', TOKEN)).toEqual({
      known: false,
      why: 'the request failed (api.github.com did not answer within 10s)'
    })
    expect(await fetchCustomization(s.http, API, 'acme', 'widgets', TOKEN)).toEqual({
      known: false,
      why: 'the request failed (boom)'
    })
    expect(await fetchCustomization(s.http, API, 'acme', 'widgets', TOKEN)).toEqual({
      known: false,
      why: 'the request failed (a string)'
    })
  })

  it('sends nothing for an API URL that is not a URL', async () => {
    const s = scriptedHttp([])
    expect(await fetchCustomization(s.http, 'not a url', 'acme', 'widgets', TOKEN)).toEqual({
      known: false,
      why: 'GITHUB_API_URL is not a URL'
    })
    expect(s.requests).toHaveLength(0)
  })
})
