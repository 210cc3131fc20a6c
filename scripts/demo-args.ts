// The options of `npm run demo` (scripts/demo.ts): parsed before anything starts, so `--help`
// and a mistyped option never start the local stack.

export interface DemoOptions {
  /** Also run a denied exchange (a trust policy that does not admit the workflow). */
  deny: boolean
  help: boolean
}

export const DEMO_HELP = `Usage: npm run demo [-- OPTIONS]

Runs the committed dist/main and dist/post bundles as the Actions runner does, against a local
stack on 127.0.0.1 (an OIDC issuer, an Octo-STS-compatible server and a GitHub API), and shows
the masked job log, the outputs, the job summary and that the token is revoked by the post step.

Options:
  --deny      also show a denied exchange (trust policy mismatch, not retried)
  -h, --help  show this help and exit
`

/** The options in `argv` (without node and the script), or the error to print with the help. */
export function parseDemoArgs(argv: readonly string[]): DemoOptions | { error: string } {
  const options: DemoOptions = { deny: false, help: false }
  for (const arg of argv) {
    if (arg === '--deny') options.deny = true
    else if (arg === '--help' || arg === '-h') options.help = true
    else return { error: `unknown option ${JSON.stringify(arg)}` }
  }
  return options
}
