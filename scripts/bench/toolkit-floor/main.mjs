// The benchmark's toolkit floor, main step: what any action that keeps @actions/core and
// @actions/http-client pays for this step's work, and nothing else. core.getIDToken, one GET
// of the exchange through HttpClient, then the token masked, saved and output. No input
// checks, no retries, no diagnosis, no summary. Bundled as the action is (build.mjs).
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'
import { URL, URLSearchParams } from 'node:url'

const domain = core.getInput('domain', { required: true })
const idToken = await core.getIDToken(domain)
const url = new URL(`https://${domain}/sts/exchange`)
const scope = core.getInput('scope', { required: true })
url.search = new URLSearchParams({
  scope,
  scopes: scope,
  identity: core.getInput('identity', { required: true })
}).toString()
const res = await new HttpClient('toolkit-floor').getJson(url.href, {
  Authorization: `Bearer ${idToken}`
})
const token = res.result?.token
if (!token) throw new Error(`no token (HTTP ${res.statusCode})`)
core.setSecret(token)
core.saveState('token', token)
core.setOutput('token', token)
