// The words a front end uses for what the shared texts (errors and the diagnosis) name: the
// action speaks of inputs, the job log and summary, the runner and the validate action; the
// command line of flags, stderr, this machine and `--policy`. Each text is written once, with
// terms in it (`${W.rerun}`, `${W.setting('identity')}`), and `speak` renders it in one
// vocabulary: one decision, two vocabularies. A term is a marker of control characters, which
// the neutralizer strips from every untrusted value (src/log/neutralize.ts) before it reaches
// a text, so only our own texts hold terms.

const OPEN = '\u0001'
const SEP = '\u001f'
const CLOSE = '\u0002'
/** A term's marker for "capitalize the first letter" (at the start of a sentence). */
const CAP = '^'

/** The settings texts name, by the action's input names. */
export type Setting =
  | 'scope'
  | 'identity'
  | 'domain'
  | 'audience'
  | 'timeout-seconds'
  | 'github-api-url'
  | 'subject-claim-keys'

/** Every term, in one front end's words. Function terms take display-safe text. */
export interface Vocabulary {
  /** A setting as the user writes it: `identity` (an input) or `--identity` (a flag). */
  setting(name: Setting): string
  /** A setting with its noun, where a sentence needs one: the `audience` input, `--audience`. */
  input(name: Setting): string
  /** Settings as a group, before a list of them: the inputs, the options. */
  settings: string
  /** What the user runs again to retry. */
  rerun: string
  /** The machine the request is made from. */
  runner: string
  /** The environment its variables (HTTPS_PROXY…) are set in. */
  runnerEnv: string
  /** Where the diagnosis (the claims, the check) is shown, after "the token's claims". */
  shown: string
  /** This program, as a sentence names it. */
  tool: string
  /** A token that expired between being read and being sent: what to do. */
  staleToken: string
  /** Where trust policies are checked before they land, one sentence. */
  validatePolicies: string
  /** The same for the org's issuer allowlist, one sentence. */
  validateAllowlist: string
  /** How to see an allowlist's problems in another repository, one sentence. */
  validateThere: string
  /** How the local copy of the policy gets here, to be checked. */
  checkoutPolicy: string
  /** The branch the user is on, which the server does not read. */
  otherBranch: string
  /** The OIDC token the claims come from. */
  idToken: string
  /** The time limit of the whole operation. */
  timeLimit: string
  /** Its end. */
  deadline: string
  /** The trust policy check's title when it is not made: the policy is not at hand. */
  notChecked: string
  /** Why the policy was not checked and how it can be (code spans in). */
  policyElsewhere(repo: string, file: string, workflowRepo: string): string
}

type Key = keyof Vocabulary

/** The characters terms are made of. */
export const MARKS = new RegExp(`[${OPEN}${CLOSE}${SEP}]`, 'g')

const marker = (key: string, args: readonly string[] = []): string =>
  OPEN + [key, ...args.map(a => a.replace(MARKS, ''))].join(SEP) + CLOSE

/** The action's words: inputs, the job log and summary, the runner. */
export const ACTION: Vocabulary = {
  setting: name => `\`${name}\``,
  input: name => `the \`${name}\` input`,
  settings: 'the inputs',
  rerun: 're-run the job',
  runner: 'the runner',
  runnerEnv: "the runner's environment",
  shown: 'in the log and the job summary',
  tool: 'this action',
  staleToken: 'a job that waited long between requesting the token and the exchange must re-run',
  validatePolicies: 'The validate action checks policies in pull requests.',
  validateAllowlist: 'The validate action checks it in pull requests.',
  validateThere: 'Run the validate action in that repository to see its problems.',
  checkoutPolicy: 'check out the repository with `actions/checkout` before this step',
  otherBranch: 'the branch this job runs on',
  idToken: "the job's OIDC token",
  timeLimit: "the step's time limit",
  deadline: "the step's deadline",
  notChecked: 'not possible here',
  policyElsewhere: (repo, _file, workflowRepo) =>
    `The policy is read from ${repo}, not from this workflow's repository${workflowRepo ? ` (${workflowRepo})` : ''}: it cannot be checked from this workspace. Compare it with the claims that decide a match.`
}

export interface CommandLineWords {
  /** How the command names a setting: `--scope` for a flag, `scope` for a query key. */
  name(setting: Setting): string
  /** Its settings as a group: the options, the query keys. */
  settings: string
  /** How the command explains a refusal field by field, after "to explain it field by field, ". */
  explain: string
}

/** The command line's words: flags (or query keys), stderr, this machine, `--policy`. */
export function commandLine(words: CommandLineWords): Vocabulary {
  const code = (s: Setting): string => `\`${words.name(s)}\``
  return {
    setting: code,
    input: code,
    settings: words.settings,
    rerun: 'run the command again',
    runner: 'this machine',
    runnerEnv: 'the environment',
    shown: 'listed below',
    tool: 'this tool',
    staleToken: 'a token read long before the exchange must be read again',
    validatePolicies: '`octo-sts-token validate` checks policy files before you merge them.',
    validateAllowlist: '`octo-sts-token validate` checks it before you merge it.',
    validateThere:
      'Run `octo-sts-token validate` on a checkout of that repository to see its problems.',
    checkoutPolicy: words.explain,
    otherBranch: 'any other branch',
    idToken: 'the OIDC token',
    timeLimit: 'the time limit',
    deadline: `the ${code('timeout-seconds')} limit`,
    notChecked: 'not made (no copy of the policy given)',
    policyElsewhere: (repo, file, workflowRepo) =>
      `${workflowRepo ? `The policy is read from ${repo}, not from this workflow's repository (${workflowRepo}). ` : ''}To explain the refusal field by field, ${words.explain}: a copy of ${file} from the default branch of ${repo}.`
  }
}

/** The words of the commands that take flags (`exchange`, `check`, `revoke`). */
export const FLAGS = commandLine({
  name: s => `--${s}`,
  settings: 'the options',
  explain: 'pass `--policy FILE`'
})

const KEYS = Object.keys(ACTION) as Key[]

/**
 * The terms to write texts with: the same shape as a vocabulary, each word a marker that
 * `speak` replaces.
 */
export const W: Vocabulary = Object.fromEntries(
  KEYS.map(k => [
    k,
    typeof ACTION[k] === 'function' ? (...args: string[]) => marker(k, args) : marker(k)
  ])
) as unknown as Vocabulary

/** A term at the start of a sentence: its first letter capitalized. */
export const capital = (term: string): string =>
  term.startsWith(OPEN) ? OPEN + CAP + term.slice(1) : term

const NOT_MARK = `[^${OPEN}${CLOSE}${SEP}]*`
const TERM = new RegExp(`${OPEN}(\\${CAP}?)(${NOT_MARK})((?:${SEP}${NOT_MARK})*)${CLOSE}`, 'g')

/** `text` with every term in `words`; text without terms is returned as it is. */
export function speak(text: string, words: Vocabulary): string {
  if (!text.includes(OPEN)) return text
  return text.replace(TERM, (_all, cap: string, key: string, rest: string) => {
    if (!(KEYS as string[]).includes(key)) return ''
    const term = words[key as Key]
    const args = rest ? rest.slice(1).split(SEP) : []
    const said = typeof term === 'function' ? (term as (...a: string[]) => string)(...args) : term
    return cap ? said.charAt(0).toUpperCase() + said.slice(1) : said
  })
}
