// The engine's side of subject-form.ts: a subject pattern tested as the server compiles policy
// patterns (compile.ts decides how), so the form check agrees with the server's verdict.
import { compilePartial } from './compile.js'
import type { PatternTest } from './subject-form.js'

export const subjectPatternTest: PatternTest = (pattern, value) => {
  const rule = compilePartial({ subject_pattern: pattern }).compiled.subject
  return rule?.re ? rule.re.test(value) : false
}
