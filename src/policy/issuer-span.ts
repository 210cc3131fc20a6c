// Can an org allowlist's issuer pattern match "/" where it varies? `https://.*\.example\.com`
// also admits `https://evil.com/x.example.com`, so the server (octo-sts/app
// pkg/octosts/org_trusted_issuers.go, checkPatternCannotSpanHost) refuses a pattern when, in
// the tree Go's regexp/syntax.Parse builds, a "." or a character class that includes "/"
// appears anywhere, or a literal "/" sits under a repetition, an optional part or an
// alternation. re2js builds that tree but does not expose it, so this module rebuilds the
// parts of Go's parse the answer depends on: the atoms and their rune sets, repetition,
// groups and flags, and the factoring of alternations (`https://a|https://b` becomes
// `https://(?:a|b)`, which takes the "/" out of the alternation). Like the server's, it is a
// guard against a mistake, not a proof that a pattern is narrow.
//
// The parts: issuer-span/runes.ts (rune sets, classes, folding), issuer-span/tree.ts (the tree
// and Go's factoring), issuer-span/syntax.ts (reading the pattern into it).
//
// Known approximations, none of which changes whether "/" is matched: case folding beyond
// ASCII (and k/K, s/ſ) is not modelled, and classes holding \p{…} compare by how they are
// written. They only decide whether two alternatives start with "the same" class.
import { partHasSlash, SLASH } from './issuer-span/runes.js'
import { Parser } from './issuer-span/syntax.js'
import type { Node } from './issuer-span/tree.js'

/** Why the element at hand lets the pattern match "/", or undefined (Go's spanningElement). */
function spanning(n: Node, variable: string | undefined): string | undefined {
  let where = variable
  if (n.op === 'repeat') where = `the repetition ${JSON.stringify(n.src)}`
  if (n.op === 'alt') where = 'an alternation'
  switch (n.op) {
    case 'any':
      return `${JSON.stringify(n.src)} can match "/"`
    case 'class':
      if (n.parts.some(partHasSlash)) return `the class ${JSON.stringify(n.src)} can match "/"`
      return undefined
    case 'lit':
      return where && n.runes.includes(SLASH) ? `a "/" sits inside ${where}` : undefined
    case 'capture':
    case 'repeat':
      return spanning(n.sub, where)
    case 'concat':
    case 'alt':
      for (const sub of n.subs) {
        const what = spanning(sub, where)
        if (what) return what
      }
      return undefined
    default:
      return undefined
  }
}

/**
 * What lets `pattern` match "/" where it varies (a "." or a class holding "/", or a literal
 * "/" under a repetition, optional part or alternation), or undefined when nothing does.
 * The pattern must compile (Go RE2); one that this reading cannot follow gets a reason too.
 */
export function slashSpan(pattern: string): string | undefined {
  let tree: Node
  try {
    tree = new Parser(pattern).parse()
  } catch (e) {
    return `its syntax could not be followed to check it (${e instanceof Error ? e.message : String(e)}), so it may match "/"`
  }
  return spanning(tree, undefined)
}
