// `octo-sts-token exchange`: not built yet.
import { EXIT } from './io.js'
import type { Command } from './io.js'

export const exchange: Command = async (_args, io) => {
  io.stderr('octo-sts-token exchange: not implemented yet\n')
  return EXIT.usage
}
