// The benchmark's toolkit floor, post step: the revocation through HttpClient, nothing else.
import * as core from '@actions/core'
import { HttpClient } from '@actions/http-client'

const token = core.getState('token')
const api = process.env.GITHUB_API_URL ?? 'https://api.github.com'
const res = await new HttpClient('toolkit-floor').del(`${api}/installation/token`, {
  Authorization: `Bearer ${token}`
})
await res.readBody()
if (res.message.statusCode !== 204) core.setFailed(`HTTP ${res.message.statusCode}`)
