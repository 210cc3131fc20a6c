// `${{ … }}` in a value a step or job writes: what the files can tell of it. Only the
// repository's own names are known before a run (`github.repository`,
// `github.repository_owner`, and literal strings); everything else (matrix, inputs, env,
// outputs, secrets, functions) is unknown, with the reason in words. GitHub's expression syntax
// is case-insensitive for context and property names and allows white space around them.
import type { InputValue, RepositoryContext } from './model.js'

/** One value written in a workflow, resolved as far as the files allow. */
export function resolveValue(
  text: string,
  repo: Pick<RepositoryContext, 'owner' | 'repo'>
): Exclude<InputValue, { kind: 'absent' }> {
  let out = ''
  let rest = text
  for (;;) {
    const open = rest.indexOf('${{')
    if (open < 0) return { kind: 'known', value: out + rest, text }
    const close = rest.indexOf('}}', open + 3)
    if (close < 0) return { kind: 'unknown', text, why: 'an expression that is never closed' }
    const known = knownValue(rest.slice(open + 3, close), repo)
    if (typeof known !== 'string') return { kind: 'unknown', text, why: known.why }
    out += rest.slice(0, open) + known
    rest = rest.slice(close + 2)
  }
}

/** `github.repository` written as GitHub allows it: `github.repository`, `github['repository']`. */
const property = (context: string, name: string): RegExp =>
  new RegExp(`^${context}\\s*(?:\\.\\s*${name}|\\[\\s*'${name}'\\s*\\])$`, 'i')

const REPOSITORY = property('github', 'repository')
const OWNER = property('github', 'repository_owner')
const STRING = /^'((?:[^']|'')*)'$/

/** Why an expression's value cannot be known, by the context it reads first. */
const WHY: Array<[RegExp, string]> = [
  [/^matrix\b/i, 'a matrix value'],
  [/^(?:inputs\b|github\s*\.\s*event\s*\.\s*inputs\b)/i, 'an input of the workflow'],
  [/^env\b/i, 'an env value'],
  [/^(?:steps|needs|jobs)\b/i, 'a step or job output'],
  [/^secrets\b/i, 'a secret'],
  [/^vars\b/i, 'a configuration variable']
]

function knownValue(
  body: string,
  repo: Pick<RepositoryContext, 'owner' | 'repo'>
): string | { why: string } {
  const expr = body.trim()
  if (REPOSITORY.test(expr)) return `${repo.owner}/${repo.repo}`
  if (OWNER.test(expr)) return repo.owner
  const literal = STRING.exec(expr)
  if (literal) return (literal[1] as string).replace(/''/g, "'")
  const why = WHY.find(([re]) => re.test(expr))
  return { why: why ? why[1] : 'an expression' }
}
