import { createHash } from 'node:crypto'

/** base64(SHA-256(token)): the `hashed_token` GitHub's audit log shows for this token. */
export const auditHash = (token: string): string =>
  createHash('sha256').update(token).digest('base64')

/** Installation tokens live one hour from minting and cannot be refreshed. */
export const TOKEN_LIFETIME_MS = 60 * 60 * 1000
