// The layout's dependency rules (CONTRIBUTING.md), checked on every import of src/: static,
// type-only, re-exports and dynamic `import()` alike. Dependencies point one way:
// log, errors, env <- net <- sts <- diagnosis <- steps / cli, with the policy engine on its
// own, and only the runner-facing code touching @actions/core.
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const SRC = join(ROOT, 'src')

/** A part of src/: its folder (`steps`) or, for a file directly in src/, its name (`errors`). */
type Area =
  | 'entries'
  | 'steps'
  | 'cli'
  | 'diagnosis'
  | 'sts'
  | 'net'
  | 'policy'
  | 'log'
  | 'errors'
  | 'env'
  | 'workspace'
  | 'validation'
  | 'vocabulary'
  | 'workflows'

const LEAVES: readonly Area[] = ['log', 'errors', 'env', 'vocabulary']

/** What each area may import from src/ (its own area always). */
const MAY_IMPORT: Record<Area, readonly Area[]> = {
  // Bundle entries wire the runner, the transport and a front end together; nothing more.
  entries: ['steps', 'cli', 'net', 'sts', 'env'],
  steps: ['diagnosis', 'validation', 'workflows', 'sts', 'net', 'policy', 'workspace', ...LEAVES],
  // The command line is a second front end: it must not need the Actions steps.
  cli: ['diagnosis', 'validation', 'workflows', 'sts', 'net', 'policy', 'workspace', ...LEAVES],
  diagnosis: ['sts', 'policy', 'workspace', ...LEAVES],
  sts: ['net', ...LEAVES],
  net: [...LEAVES],
  // The engine stands alone: the validator, the diagnosis and the CLI all use it.
  policy: [],
  log: ['errors'],
  // The words a failure is told in (src/vocabulary.ts) are part of what a failure is.
  errors: ['vocabulary'],
  env: [],
  vocabulary: [],
  workspace: ['env'],
  // The validator's checks, shared by the validate step and the CLI.
  validation: ['policy', 'sts', 'workspace', 'workflows', ...LEAVES],
  // What a repository's workflow files say: read without the engine; HTTP is passed in.
  workflows: ['policy', 'sts', 'workspace', ...LEAVES]
}

/** Single modules an area may use from an area it may not import as a whole. */
const MAY_ALSO_IMPORT: Partial<Record<Area, readonly string[]>> = {
  // Decoding a token as the server does is a protocol fact the exchange may need.
  sts: ['src/policy/token.ts'],
  // Each bundle is also the policy engine's worker: its entry wires the sandbox to itself.
  entries: ['src/policy/sandbox.ts'],
  // The workflow check words its findings as the diagnosis does: values as code, the suggested
  // policy's YAML lines, the subject-form line to write.
  validation: [
    'src/diagnosis/claims.ts',
    'src/diagnosis/suggested-policy.ts',
    'src/diagnosis/subject-note.ts'
  ]
}

/** Areas that may import @actions/core: the runner-facing code only. */
const ACTIONS_CORE: readonly Area[] = ['entries', 'steps', 'cli']

interface Violation {
  file: string
  specifier: string
  rule: string
}

function areaOf(path: string): Area | undefined {
  const rel = path.split('/')
  if (rel[0] !== 'src') return undefined
  const name = rel.length === 2 ? (rel[1] ?? '').replace(/\.ts$/, '') : rel[1]
  return name && name in MAY_IMPORT ? (name as Area) : undefined
}

/** The modules `text` imports, as written (comments and strings are not imports). */
const importsOf = (text: string): string[] =>
  ts.preProcessFile(text, true, true).importedFiles.map(f => f.fileName)

/** Every broken rule in `files` (repository-relative path, with `/`, to its text). */
function violations(files: ReadonlyMap<string, string>): Violation[] {
  const out: Violation[] = []
  for (const [file, text] of files) {
    const from = areaOf(file)
    if (from === undefined) {
      out.push({ file, specifier: '', rule: 'is in no known part of src/: add it to MAY_IMPORT' })
      continue
    }
    for (const specifier of new Set(importsOf(text))) {
      const fail = (rule: string): void => void out.push({ file, specifier, rule })
      if (!specifier.startsWith('.')) {
        const pkg = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : specifier
        if (pkg === '@actions/core' && !ACTIONS_CORE.includes(from))
          fail(`only ${ACTIONS_CORE.join(', ')} may import @actions/core`)
        continue
      }
      const target = posix
        .normalize(posix.join(posix.dirname(file), specifier))
        .replace(/\.js$/, '.ts')
      if (!files.has(target)) {
        fail('does not resolve to a file of src/')
        continue
      }
      const to = areaOf(target)
      if (to === undefined || to === from) continue
      if (MAY_IMPORT[from].includes(to)) continue
      if (MAY_ALSO_IMPORT[from]?.includes(target)) continue
      const allowed = MAY_IMPORT[from].join(', ') || 'nothing outside itself'
      fail(`${from} may not import ${to} (it may import ${allowed})`)
    }
  }
  return out
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

const toRepoPath = (path: string): string => relative(ROOT, path).split(sep).join('/')

/** Modules stay small (CONTRIBUTING.md, "Layout"). */
const MAX_LINES = 500
const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

const show = (v: Violation): string => `${v.file}: import '${v.specifier}': ${v.rule}`

describe('architecture: who may import whom in src/', () => {
  const files = new Map(sourceFiles(SRC).map(p => [toRepoPath(p), readFileSync(p, 'utf8')]))

  it('reads the whole tree, every folder in the table', () => {
    expect(files.size).toBeGreaterThan(40)
    const areas = new Set([...files.keys()].map(areaOf))
    for (const area of ['entries', 'steps', 'diagnosis', 'sts', 'net', 'policy', 'log'])
      expect(areas).toContain(area)
  })

  it('breaks no rule', () => {
    expect(violations(files).map(show)).toEqual([])
  })

  it(`has no module over ${MAX_LINES} lines (split one by concern when it grows)`, () => {
    const long = [...files].filter(([, text]) => lineCount(text) > MAX_LINES).map(([f]) => f)
    expect(long).toEqual([])
    expect(lineCount('a\nb\n')).toBe(2)
  })

  describe('the check itself can fail', () => {
    /** The violations once `file` (new, or replacing the real one) holds `text`. */
    const check = (file: string, text: string): string[] =>
      violations(new Map([...files, [file, text]])).map(show)

    it('names the file and the import that break a rule', () => {
      expect(check('src/policy/bad.ts', "import { main } from '../steps/main.js'\n")).toEqual([
        "src/policy/bad.ts: import '../steps/main.js': policy may not import steps (it may import nothing outside itself)"
      ])
    })

    it('sees type-only imports, re-exports and dynamic imports, not comments or strings', () => {
      const text = [
        "// import { x } from '../steps/main.js'",
        'const s = "import(\'../cli/main.js\')"',
        "import type { Runner } from '../steps/runner.js'",
        "export { main } from '../cli/main.js'",
        "export const load = () => import('../steps/main.js')",
        "type T = typeof import('../steps/deps.js')"
      ].join('\n')
      expect(check('src/diagnosis/bad.ts', text).map(v => v.split(': ')[1])).toEqual([
        "import '../steps/runner.js'",
        "import '../cli/main.js'",
        "import '../steps/main.js'",
        "import '../steps/deps.js'"
      ])
    })

    it('holds each rule of the layout', () => {
      const broken = (file: string, specifier: string): boolean =>
        check(file, `import x from '${specifier}'\n`).length > 0
      expect(broken('src/net/bad.ts', '@actions/core')).toBe(true)
      expect(broken('src/sts/bad.ts', '@actions/core')).toBe(true)
      expect(broken('src/diagnosis/bad.ts', '@actions/core')).toBe(true)
      expect(broken('src/cli/ok.ts', '@actions/core')).toBe(false)
      expect(broken('src/steps/ok.ts', '@actions/core')).toBe(false)
      expect(broken('src/cli/bad.ts', '../steps/runner.js')).toBe(true)
      expect(broken('src/steps/bad.ts', '../cli/io.js')).toBe(true)
      expect(broken('src/cli/ok.ts', '../sts/exchange.js')).toBe(false)
      expect(broken('src/cli/ok.ts', '../workspace.js')).toBe(false)
      expect(broken('src/log/bad.ts', '../net/http.js')).toBe(true)
      expect(broken('src/log/ok.ts', '../errors.js')).toBe(false)
      expect(broken('src/net/bad.ts', '../sts/request.js')).toBe(true)
      expect(broken('src/net/ok.ts', '../log/neutralize.js')).toBe(false)
      expect(broken('src/sts/bad.ts', '../diagnosis/report.js')).toBe(true)
      expect(broken('src/sts/bad.ts', '../policy/index.js')).toBe(true)
      expect(broken('src/sts/ok.ts', '../policy/token.js')).toBe(false)
      expect(broken('src/policy/bad.ts', '../log/neutralize.js')).toBe(true)
      expect(broken('src/policy/ok.ts', 're2js')).toBe(false)
      expect(broken('src/entries/bad.ts', '../diagnosis/report.js')).toBe(true)
      expect(broken('src/entries/ok.ts', '../steps/main.js')).toBe(false)
      expect(broken('src/steps/bad.ts', './missing.js')).toBe(true)
    })

    it('checks the rules for files in src/ itself', () => {
      expect(check('src/env.ts', "import { x } from './log/neutralize.js'\n")).toHaveLength(1)
      expect(check('src/errors.ts', "import type { Env } from './env.js'\n")).toHaveLength(1)
      expect(
        check('src/workspace.ts', "import { sanitize } from './log/neutralize.js'\n")
      ).toHaveLength(1)
    })
  })
})
