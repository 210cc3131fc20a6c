// What `exchange` writes on stdout: the result only, in the form the caller reads.
import { TOKEN_LIFETIME_MS } from '../sts/token.js'

export const FORMATS = ['token', 'json', 'env'] as const
export type Format = (typeof FORMATS)[number]

export const isFormat = (value: string): value is Format =>
  (FORMATS as readonly string[]).includes(value)

/** When a token minted at `mintedAt` (epoch ms) expires: it cannot be refreshed. */
export const expiresAt = (mintedAt: number): string =>
  new Date(mintedAt + TOKEN_LIFETIME_MS).toISOString()

/** `token`: the token and a newline; `json`: token and expiry; `env`: `GH_TOKEN=…`. */
export function formatToken(format: Format, token: string, expires: string): string {
  if (format === 'json') return `${JSON.stringify({ token, expires_at: expires })}\n`
  if (format === 'env') return `GH_TOKEN=${token}\n`
  return `${token}\n`
}
