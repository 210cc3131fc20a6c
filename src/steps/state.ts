// What the main step hands the post step, and how both identify themselves.
export const STATE = {
  token: 'token',
  mintedAt: 'minted-at',
  apiUrl: 'api-url',
  revoke: 'revoke'
} as const

export const USER_AGENT = 'octo-sts-token-action'
