// What the diagnosis says about GitHub's two subject forms (src/policy/subject-form.ts decides):
// that a policy names the other form than the token has, with the line to write and where the
// IDs come from, and, in a dry run, which form this repository's tokens have. Prose with code
// spans, as verdict.ts writes it; the action's log and summary and the CLI all print these.
import { codeValue as v } from './claims.js'
import { yamlScalar } from './suggested-policy.js'
import { idsCommand, parseSubject, repositorySegment } from '../policy/subject-form.js'
import type { OtherForm, RepositoryIds } from '../policy/subject-form.js'

const IMMUTABLE_SHAPE = '`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`'
const NAME_ONLY_SHAPE = '`repo:OWNER/REPO:…`'
const WHO_GETS_IT =
  'GitHub gives immutable subjects to repositories created, renamed or transferred on github.com since mid-2026 and to those that opt in; GHES has only name-only ones'

/** The `subject`/`subject_pattern` line, as YAML. */
export const subjectLine = (o: OtherForm): string =>
  `${o.write.field}: ${yamlScalar(o.write.value)}`

const whereIds = (owner: string, repo: string): string =>
  `The IDs are the token's \`repository_owner_id\` and \`repository_id\` claims (\`GITHUB_REPOSITORY_OWNER_ID\` and \`GITHUB_REPOSITORY_ID\` on the runner); ${v(idsCommand(owner, repo))} prints them.`

/** Why the policy's subject refuses this token, when the reason is the subject's form. */
export function otherFormProse(o: OtherForm, file: string): string[] {
  const field = v(o.field)
  const tokenNames = v(repositorySegment(o.owner, o.repo, o.ids))
  const line = v(subjectLine(o), 1000)
  const still = !o.admits
    ? ' (in that form it would still refuse this workflow: it differs in more than the form, see above)'
    : o.covers === 'both'
      ? ", which admits both forms (the owner's older repositories keep name-only subjects)"
      : o.covers === 'exact'
        ? ' (this pattern cannot be rewritten here: this line admits exactly this workflow; write a pattern in this form to admit more)'
        : ''
  if (o.token === 'immutable') {
    return [
      `This repository uses GitHub's immutable subjects (${IMMUTABLE_SHAPE}: ${WHO_GETS_IT}). The token's \`sub\` names it as ${tokenNames}, and the policy's ${field} names it by name only, which never matches such a token. Write this line in ${file}${still}: ${line}`,
      whereIds(o.owner, o.repo)
    ]
  }
  return [
    `This repository does not use GitHub's immutable subjects: the token's \`sub\` has the name-only form (${NAME_ONLY_SHAPE}) and names it as ${tokenNames}, while the policy's ${field} names it with owner and repository IDs (${IMMUTABLE_SHAPE}), which never matches such a token. ${WHO_GETS_IT}. Write this line in ${file}${still}: ${line}`,
    `On github.com you may instead opt the repository in to immutable subjects (its OIDC settings, or \`PUT repos/${o.owner}/${o.repo}/actions/oidc/customization/sub\`) and keep the policy; GHES has none.`
  ]
}

/** Which form this repository's tokens have, for the dry run; `undefined` for other subjects. */
export function formNote(sub: unknown, ids: RepositoryIds | undefined): string | undefined {
  const s = typeof sub === 'string' ? parseSubject(sub) : undefined
  if (!s) return undefined
  if (s.ids) {
    return `Subject form: this repository uses GitHub's immutable subjects (${IMMUTABLE_SHAPE}; ${WHO_GETS_IT}). A policy's \`subject\` or \`subject_pattern\` must name it as ${v(repositorySegment(s.owner, s.repo, s.ids))}: by name only, it never matches.`
  }
  const immutable = ids ? ` as ${v(repositorySegment(s.owner, s.repo, ids))}` : ''
  return `Subject form: this repository's subjects are name-only (${NAME_ONLY_SHAPE}), without GitHub's immutable IDs (${WHO_GETS_IT}). If it opts in, or is renamed or transferred, its tokens name it${immutable} and its policies must follow.`
}

/** `"…"` as Go's %q writes it, read back; `undefined` when it is not one. */
function goUnquote(quoted: string): string | undefined {
  try {
    const json = quoted.replace(
      /\\(x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|[abfv'])|\\(.)/g,
      (all, ours: string | undefined, other: string | undefined) => {
        if (other !== undefined) return all
        const c = ours ?? ''
        if (c.startsWith('x')) return `\\u00${c.slice(1)}`
        if (c.startsWith('U'))
          return JSON.stringify(String.fromCodePoint(parseInt(c.slice(1), 16))).slice(1, -1)
        return (
          ({ a: '\\u0007', b: '\\b', f: '\\f', v: '\\u000b', "'": "'" } as Record<string, string>)[
            c
          ] ?? all
        )
      }
    )
    const out: unknown = JSON.parse(json)
    return typeof out === 'string' ? out : undefined
  } catch {
    return undefined
  }
}

const QUOTED = '"(?:[^"\\\\]|\\\\.)*"'
const SUBJECT_MISMATCH = new RegExp(
  `^trust policy: subject (${QUOTED}) did not match (pattern )?(${QUOTED})$`
)

/**
 * The token's subject and the policy's `subject` or `subject_pattern`, from the server's
 * `subject "…" did not match "…"` (or `… did not match pattern "…"`): without a copy of the
 * policy, the server's message alone can show the form is at fault.
 */
export function subjectMismatch(
  message: string | undefined
): { sub: string; policy: { subject: string } | { subject_pattern: string } } | undefined {
  const m = message === undefined ? null : SUBJECT_MISMATCH.exec(message)
  if (!m) return undefined
  const sub = goUnquote(m[1] ?? '')
  const value = goUnquote(m[3] ?? '')
  if (sub === undefined || value === undefined) return undefined
  return { sub, policy: m[2] ? { subject_pattern: value } : { subject: value } }
}
