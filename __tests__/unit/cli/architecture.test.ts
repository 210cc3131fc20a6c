// The command line is built on the core (sts, net, diagnosis, policy, log), never on the
// action's steps: they assume a runner (inputs, masks, state) that a terminal does not have.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from '@jest/globals'
import { REPO_ROOT } from '../../stack/run-step.js'

it('src/cli imports nothing from src/steps', () => {
  const dir = join(REPO_ROOT, 'src', 'cli')
  const offending = readdirSync(dir)
    .filter(f => f.endsWith('.ts'))
    .flatMap(f =>
      [...readFileSync(join(dir, f), 'utf8').matchAll(/from '(\.\.\/steps\/[^']*)'/g)].map(
        m => `${f}: ${m[1]}`
      )
    )
  expect(offending).toEqual([])
})
