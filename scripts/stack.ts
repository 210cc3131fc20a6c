// `npm run stack`: the local stack (OIDC issuer + token endpoint, Octo STS, GitHub API) kept
// running, with the variables that point a step at it, for trying the bundles by hand (the dry
// run included). Ctrl-C stops it.
import { startStack } from '../__tests__/stack/index.js'

const stack = await startStack()
const env = stack.env()
console.log('Local stack running (Ctrl-C stops it). Point a step at it with:\n')
for (const [name, value] of Object.entries(env)) console.log(`export ${name}='${value}'`)
console.log(
  `\nPolicies: __tests__/fixtures/repos (scope acme/widgets, identity deploy admits the default workflow).`
)
console.log(
  `Then, e.g.: INPUT_SCOPE=acme/widgets INPUT_IDENTITY=deploy GITHUB_OUTPUT=/tmp/out GITHUB_STATE=/tmp/state node dist/main/index.js`
)
const stop = (): void => void stack.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
