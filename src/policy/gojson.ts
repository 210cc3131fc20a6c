// How Go's encoding/json finds a struct field for a JSON key: the exact name, else the first
// whose case-folded name is the key's. The server decodes both its trust policies (through
// sigs.k8s.io/yaml) and the OIDC token's payload (go-oidc) this way.

/** Go's case folding of a JSON key (encoding/json foldName): ASCII case, and the two non-ASCII
 * runes that fold to ASCII letters (U+017F ſ → S, U+212A Kelvin → K). */
export const goFold = (key: string): string =>
  key.replace(/[a-z\u017f\u212a]/g, c =>
    c === '\u017f' ? 'S' : c === '\u212a' ? 'K' : c.toUpperCase()
  )

/** The field of `known` that Go's JSON decoder fills for `key`; undefined when none. */
export function goField(key: string, known: Iterable<string>): string | undefined {
  let folded: string | undefined
  const fk = goFold(key)
  for (const k of known) {
    if (k === key) return k
    if (folded === undefined && goFold(k) === fk) folded = k
  }
  return folded
}
