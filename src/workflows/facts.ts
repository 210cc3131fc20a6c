// The facts beyond the workflow files that decide what a job's OIDC token will say (SubjectFacts):
// the repository, its default branch and IDs, the form of its subjects, its subject template
// and the issuer. Two front ends gather them: the validate action from the runner's environment,
// the event payload and GitHub's API (`actionFacts`); the command line from its flags, the
// environment and the git checkout (`cliFacts`). Each fact says how it was known, or what was
// assumed, in `said`; a value the user gave that is not valid is a usage problem naming it.
// Every value shown comes from the environment, a file or a server: it is sanitized.
export { actionFacts, FACT_INPUTS, MAX_EVENT_BYTES, readEventPayload } from './action-facts.js'
export { cliFacts, FACT_FLAGS, FACT_FLAGS_USAGE } from './cli-facts.js'
export type { FactFlags } from './cli-facts.js'
export { parseClaimKeys } from './subject-facts.js'
export type { FactsResult } from './subject-facts.js'
