// `octo-sts-token check`: not built yet.
import { EXIT } from './io.js'
import type { Command } from './io.js'

export const check: Command = async (_args, io) => {
  io.stderr('octo-sts-token check: not implemented yet\n')
  return EXIT.usage
}
