/** The process environment as a step or the command line reads it: never written. */
export type Env = Readonly<Record<string, string | undefined>>
