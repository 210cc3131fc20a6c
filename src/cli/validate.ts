// `octo-sts-token validate`: not built yet.
import { EXIT } from './io.js'
import type { Command } from './io.js'

export const validate: Command = async (_args, io) => {
  io.stderr('octo-sts-token validate: not implemented yet\n')
  return EXIT.usage
}
