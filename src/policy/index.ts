// The trust-policy engine: parse (strict, like the server), compile (Go RE2), check a token,
// explain every failing field, and lint a policy file for authors. Import it lazily from the
// main action (`await import('./policy/index.js')`): it loads yaml and re2js.
export type { FieldPositions, Finding, Position, Problem, TrustPolicy } from './types.js'
export { parsePolicy } from './parse.js'
export type { ParseOptions, ParseResult } from './parse.js'
export { compileAnchored, compileLegacy, compilePartial, compilePolicy } from './compile.js'
export type { CompiledPolicy, LiteralRule, PatternRule, Rule } from './compile.js'
export { audiences, checkToken, explainPolicy, explainToken } from './check.js'
export type { CheckResult, Explanation, TokenInput } from './check.js'
export { decodeToken } from './token.js'
export type { DecodedToken, TokenDecoding } from './token.js'
export { isValidAudience, isValidIssuer, isValidSubject } from './token-validity.js'
export { INSTALLATION_PERMISSIONS, PERMISSION_LEVELS } from './permissions.js'
export { goQuote } from './goformat.js'
export { lintPolicy } from './lint.js'
export { hasTopLevelAlternation, legacyPatternNote } from './legacy.js'
export { OLDER_SERVERS, anchoredSource, legacyVerdictLine } from './anchoring.js'
export type { LegacyField, LegacyVerdict } from './anchoring.js'
export type { LintOptions } from './lint.js'
export {
  MAX_ISSUERS,
  MAX_ISSUER_PATTERNS,
  MAX_PATTERN_LENGTH,
  lintAllowlist,
  nearestEntry,
  parseAllowlist,
  permitsIssuer
} from './allowlist.js'
export type {
  AllowlistEntry,
  AllowlistFile,
  AllowlistResult,
  IssuerAllowlist,
  PermitResult
} from './allowlist.js'
export {
  formOf,
  formatSubject,
  idsCommand,
  idsFromClaims,
  idsFromEnv,
  inForm,
  namesOtherForm,
  parseSubject,
  patternRepository,
  repositorySegment,
  subjectForm
} from './subject-form.js'
export type {
  GitHubSubject,
  OtherForm,
  PatternRepository,
  PatternTest,
  RepositoryIds,
  SubjectForm
} from './subject-form.js'
export { subjectPatternTest } from './subject-match.js'
