// The benchmark's reference: the least a Node client can do for the same job, with node:https
// and nothing else (no validation, retries, timeouts, proxy support or diagnostics). Main:
// OIDC token, then the exchange, token to GITHUB_OUTPUT and GITHUB_STATE. Post: revoke. Its
// time over the floor is the limit the action's own steps are compared with. Never used by the
// action; builtins are loaded with require, as the bundles load them.
/* global URL, URLSearchParams */
import { appendFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const https = require('node:https')
const env = process.env

const call = (method, url, bearer) =>
  new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method, headers: { authorization: `Bearer ${bearer}` } },
      res => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', c => (body += c))
        res.on('end', () => resolve({ status: res.statusCode, body }))
      }
    )
    req.on('error', reject)
    req.end()
  })

if (env.STATE_token) {
  const res = await call('DELETE', `${env.STATE_api_url}/installation/token`, env.STATE_token)
  console.log(res.status === 204 ? 'Token revoked.' : `::warning::revoke: HTTP ${res.status}`)
} else {
  const oidc = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL)
  oidc.searchParams.set('audience', env.INPUT_DOMAIN)
  const jwt = JSON.parse((await call('GET', oidc, env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)).body).value
  console.log(`::add-mask::${jwt}`)
  const sts = new URL(`https://${env.INPUT_DOMAIN}/sts/exchange`)
  sts.search = new URLSearchParams({ scope: env.INPUT_SCOPE, identity: env.INPUT_IDENTITY })
  const res = await call('GET', sts, jwt)
  const token = res.status === 200 ? JSON.parse(res.body).token : undefined
  if (!token) {
    console.log(`::error::exchange: HTTP ${res.status}`)
    process.exitCode = 1
  } else {
    console.log(`::add-mask::${token}`)
    appendFileSync(env.GITHUB_OUTPUT, `token<<EOF_TOKEN\n${token}\nEOF_TOKEN\n`)
    appendFileSync(env.GITHUB_STATE, `token<<EOF_TOKEN\n${token}\nEOF_TOKEN\n`)
    appendFileSync(env.GITHUB_STATE, `api_url<<EOF_TOKEN\n${env.GITHUB_API_URL}\nEOF_TOKEN\n`)
  }
}
