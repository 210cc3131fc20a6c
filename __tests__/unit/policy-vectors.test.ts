// Every vector the server's own tests define (copied from ../shared into the fixtures), through
// the object API and through YAML text, so parsing cannot change a decision.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse, stringify } from 'yaml'
import {
  checkToken,
  compilePolicy,
  explainPolicy,
  isValidIssuer,
  parsePolicy
} from '../../src/policy/index.js'
import type { TrustPolicy } from '../../src/policy/index.js'

interface Vectors {
  domain: string
  compile: Array<{ policy: TrustPolicy; ok: boolean; reason?: string }>
  check: Array<{
    policy: TrustPolicy
    token: Record<string, unknown>
    allow: boolean
    reason?: string
  }>
  issuer_validity: { valid: string[]; invalid: string[] }
}

const vectors = parse(
  readFileSync(new URL('../fixtures/policy-vectors.yaml', import.meta.url), 'utf8')
) as Vectors
const { domain } = vectors

describe('policy vectors: compile', () => {
  it('has the vectors', () => {
    expect(vectors.compile).toHaveLength(9)
    expect(vectors.check).toHaveLength(18)
  })

  it.each(vectors.compile.map((v, i) => [i, v] as const))('compile #%d', (_i, v) => {
    const { compiled, errors } = compilePolicy(v.policy)
    if (v.ok) {
      expect(errors).toEqual([])
      expect(compiled).toBeDefined()
    } else {
      expect(compiled).toBeUndefined()
      expect(errors[0]?.severity).toBe('error')
      expect(errors[0]?.message).toContain(v.reason)
    }
    // The same policy written as YAML parses to the same object and compiles the same way.
    const parsed = parsePolicy(stringify(v.policy))
    expect(parsed.errors).toEqual([])
    expect(parsed.policy).toEqual(v.policy)
    const again = compilePolicy(parsed.policy ?? {}, parsed.positions)
    expect(again.errors.map(e => e.message)).toEqual(errors.map(e => e.message))
    // A field that is there has a line; a missing one (neither issuer nor pattern) has none.
    if (!v.ok && !v.reason?.includes('must be set'))
      expect(again.errors[0]?.line).toBeGreaterThan(0)
  })
})

describe('policy vectors: check', () => {
  it.each(vectors.check.map((v, i) => [i, v] as const))('check #%d', (_i, v) => {
    const { compiled, errors } = compilePolicy(v.policy)
    expect(errors).toEqual([])
    if (!compiled) throw new Error('did not compile')
    const result = checkToken(compiled, v.token, domain)
    expect(result.allow).toBe(v.allow)
    if (!result.allow) expect(result.reason).toContain(v.reason)
    // explainPolicy on the YAML text agrees, and its first finding is the server's reason.
    const explained = explainPolicy(stringify(v.policy), v.token, domain)
    expect(explained.verdict).toBe(v.allow ? 'allow' : 'deny')
    if (!result.allow) expect(explained.findings[0]?.reason).toBe(result.reason)
    else expect(explained.findings).toEqual([])
  })
})

describe('policy vectors: issuer validity', () => {
  it.each(vectors.issuer_validity.valid)('valid: %s', iss => {
    expect(isValidIssuer(iss)).toBe(true)
  })
  it.each(vectors.issuer_validity.invalid)('invalid: %s', iss => {
    expect(isValidIssuer(iss)).toBe(false)
  })
})
