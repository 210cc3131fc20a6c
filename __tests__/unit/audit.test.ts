import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { auditHash, TOKEN_LIFETIME_MS } from '../../src/sts/token.js'

describe('auditHash', () => {
  it('is base64 of the SHA-256 of the token, as GitHub’s audit log shows hashed_token', () => {
    // Known vector: SHA-256("abc") = ba7816bf…15ad.
    expect(auditHash('abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=')
    const token = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a'
    expect(auditHash(token)).toBe(createHash('sha256').update(token, 'utf8').digest('base64'))
    expect(auditHash(token)).toHaveLength(44)
    expect(auditHash(token)).not.toContain(token)
  })

  it('hashes the UTF-8 bytes', () => {
    expect(auditHash('é')).toBe(
      createHash('sha256')
        .update(Buffer.from([0xc3, 0xa9]))
        .digest('base64')
    )
  })

  it('tokens live one hour', () => {
    expect(TOKEN_LIFETIME_MS).toBe(3_600_000)
  })
})
