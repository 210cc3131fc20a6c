// `octo-sts-token terraform`: not built yet.
import { EXIT } from './io.js'
import type { Command } from './io.js'

export const terraform: Command = async (_args, io) => {
  io.stderr('octo-sts-token terraform: not implemented yet\n')
  return EXIT.usage
}
