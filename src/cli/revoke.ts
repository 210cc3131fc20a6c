// `octo-sts-token revoke`: not built yet.
import { EXIT } from './io.js'
import type { Command } from './io.js'

export const revoke: Command = async (_args, io) => {
  io.stderr('octo-sts-token revoke: not implemented yet\n')
  return EXIT.usage
}
