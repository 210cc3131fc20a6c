// The README is the product's interface for people: it must say what action.yml says. The
// inputs/outputs tables are compared with action.yml (names, order, required, defaults,
// descriptions), embedded examples with the files in examples/ (the quick start embeds its
// policy and workflow; every recipe links its files, which examples.test.ts checks), links with
// the files and headings they point to, and every failure class the action reports has its
// troubleshooting entry.
//
// When action.yml or an example changes, regenerate the README parts instead of editing them:
//   UPDATE_DOCS=1 NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/unit/docs.test.ts
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { parse as parseYaml } from 'yaml'
import { SERVER_ANSWERS } from '../fixtures/server-answers.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

interface ActionMeta {
  inputs: Record<string, { description: string; required?: boolean | string; default?: unknown }>
  outputs: Record<string, { description: string }>
}

const ACTIONS = ['action.yml', 'validate/action.yml'].filter(f => existsSync(join(ROOT, f)))
const loadAction = (path: string): ActionMeta => {
  const meta = parseYaml(read(path)) as Partial<ActionMeta>
  return { inputs: meta.inputs ?? {}, outputs: meta.outputs ?? {} }
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim()
const escapeCell = (s: string): string => oneLine(s).replace(/\|/g, '\\|')

/** The rows the README must show for `kind` of `file`, as cells (without the header). */
export function expectedRows(meta: ActionMeta, kind: 'inputs' | 'outputs'): string[][] {
  if (kind === 'outputs') {
    return Object.entries(meta.outputs).map(([name, o]) => [`\`${name}\``, oneLine(o.description)])
  }
  return Object.entries(meta.inputs).map(([name, i]) => [
    `\`${name}\``,
    i.required === true || i.required === 'true' ? 'yes' : 'no',
    i.default === undefined || i.default === '' ? '—' : `\`${String(i.default)}\``,
    oneLine(i.description)
  ])
}

const HEADERS = {
  inputs: ['Input', 'Required', 'Default', 'Description'],
  outputs: ['Output', 'Description']
}

function renderTable(kind: 'inputs' | 'outputs', rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`
  return [
    line(HEADERS[kind]),
    line(HEADERS[kind].map(() => '---')),
    ...rows.map(r => line(r.map(escapeCell)))
  ].join('\n')
}

/** Cells of a Markdown table row; `\|` is a pipe inside a cell. */
export function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map(c => c.trim().replace(/\\\|/g, '|'))
}

interface TableBlock {
  kind: 'inputs' | 'outputs'
  file: string
  start: number
  end: number
  header: string[]
  rows: string[][]
}

/** Tables that follow a `<!-- inputs: action.yml -->` (or `outputs:`) marker. */
export function findTables(markdown: string): TableBlock[] {
  const found: TableBlock[] = []
  const marker = /<!-- (inputs|outputs): (\S+) -->\n+((?:\|.*(?:\n|$))*)/g
  for (let m = marker.exec(markdown); m; m = marker.exec(markdown)) {
    const body = m[3] ?? ''
    const lines = body.split('\n').filter(l => l.trim())
    found.push({
      kind: m[1] as 'inputs' | 'outputs',
      file: m[2] ?? '',
      start: m.index + m[0].length - body.length,
      end: m.index + m[0].length,
      header: lines[0] ? splitRow(lines[0]) : [],
      rows: lines.slice(2).map(splitRow)
    })
  }
  return found
}

interface EmbedBlock {
  file: string
  lang: string
  /** Indentation of the fence (inside a list item), removed from `content`. */
  indent: string
  content: string
  start: number
  end: number
}

/** Code blocks that follow an `<!-- embed: examples/… -->` marker, possibly in a list item. */
export function findEmbeds(markdown: string): EmbedBlock[] {
  const found: EmbedBlock[] = []
  const marker = /<!-- embed: (\S+) -->\n+(([ \t]*)```(\w*)\n([\s\S]*?)^\3```)/gm
  for (let m = marker.exec(markdown); m; m = marker.exec(markdown)) {
    const block = m[2] ?? ''
    const indent = m[3] ?? ''
    const content = (m[5] ?? '')
      .split('\n')
      .map(l => (l.startsWith(indent) ? l.slice(indent.length) : l.trimStart()))
      .join('\n')
    found.push({
      file: m[1] ?? '',
      lang: m[4] ?? '',
      indent,
      content,
      start: m.index + m[0].length - block.length,
      end: m.index + m[0].length
    })
  }
  return found
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

function anchors(markdown: string): Set<string> {
  const ids = new Set<string>()
  const seen = new Map<string, number>()
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '')
  for (const [, heading] of withoutCode.matchAll(/^#{1,6} (.+)$/gm)) {
    const base = slug(heading ?? '')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    ids.add(n ? `${base}-${n}` : base)
  }
  for (const [, id] of withoutCode.matchAll(/<a id="([^"]+)"/g)) ids.add(id ?? '')
  return ids
}

/** Regenerates every table and embed of `markdown`, then formats it as `npm run format` would. */
async function regenerate(markdown: string): Promise<string> {
  const edits: { start: number; end: number; text: string }[] = []
  for (const t of findTables(markdown)) {
    if (!existsSync(join(ROOT, t.file))) continue
    edits.push({
      start: t.start,
      end: t.end,
      text: renderTable(t.kind, expectedRows(loadAction(t.file), t.kind)) + '\n'
    })
  }
  for (const e of findEmbeds(markdown)) {
    if (!existsSync(join(ROOT, e.file))) continue
    const body = read(e.file)
      .split('\n')
      .map(l => (l ? e.indent + l : l))
      .join('\n')
    edits.push({
      start: e.start,
      end: e.end,
      text: `${e.indent}\`\`\`${e.lang}\n${body}${e.indent}\`\`\``
    })
  }
  let out = markdown
  for (const e of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, e.start) + e.text + out.slice(e.end)
  }
  const options = await prettier.resolveConfig(join(ROOT, 'README.md'))
  return prettier.format(out, { ...options, parser: 'markdown' })
}

if (process.env.UPDATE_DOCS === '1') {
  const updated = await regenerate(read('README.md'))
  writeFileSync(join(ROOT, 'README.md'), updated)
}

const readme = read('README.md')
const pkg = JSON.parse(read('package.json')) as { version: string; scripts: Record<string, string> }

describe('README inputs and outputs tables', () => {
  const tables = findTables(readme)

  const cases = ACTIONS.flatMap(file =>
    (['inputs', 'outputs'] as const).map((kind): [string, 'inputs' | 'outputs'] => [file, kind])
  )
  it.each(cases)(
    '%s %s: one table, exactly what the file says (UPDATE_DOCS=1 regenerates it)',
    (file, kind) => {
      const meta = loadAction(file)
      const matching = tables.filter(t => t.file === file && t.kind === kind)
      const expected = expectedRows(meta, kind)
      if (expected.length === 0) return
      expect(matching).toHaveLength(1)
      const [table] = matching
      expect(table?.header).toEqual(HEADERS[kind])
      expect(table?.rows).toEqual(expected)
    }
  )

  it('describe every input and output of action.yml, with a description a user can act on', () => {
    const meta = loadAction('action.yml')
    expect(Object.keys(meta.inputs)).toEqual(
      expect.arrayContaining(['scope', 'identity', 'domain', 'audience', 'github-api-url'])
    )
    expect(Object.keys(meta.outputs)).toEqual(['token'])
    for (const entry of [...Object.values(meta.inputs), ...Object.values(meta.outputs)]) {
      expect(oneLine(entry.description).length).toBeGreaterThan(30)
    }
  })

  it('catch a disagreement (the comparison itself can fail)', () => {
    const meta: ActionMeta = {
      inputs: { scope: { description: 'Which | repo.', required: true } },
      outputs: {}
    }
    const good = `<!-- inputs: x.yml -->\n${renderTable('inputs', expectedRows(meta, 'inputs'))}\n`
    expect(findTables(good)[0]?.rows).toEqual(expectedRows(meta, 'inputs'))
    const variants = [
      good.replace('| yes |', '| no |'),
      good.replace('Which \\| repo.', 'Which repo.'),
      good.replace('| — |', '| `x` |'),
      good.replace('`scope`', '`scopes`')
    ]
    for (const bad of variants) {
      expect(findTables(bad)[0]?.rows).not.toEqual(expectedRows(meta, 'inputs'))
    }
  })
})

describe('README examples', () => {
  const embeds = findEmbeds(readme)

  it('embed example files verbatim (UPDATE_DOCS=1 regenerates them)', () => {
    expect(embeds.length).toBeGreaterThan(0)
    for (const e of embeds) {
      expect({ file: e.file, content: e.content }).toEqual({ file: e.file, content: read(e.file) })
    }
  })

  it('show or link every example workflow and policy', () => {
    const all = ['examples/workflows', 'examples/policies', 'examples/policies/org'].flatMap(dir =>
      readdirSync(join(ROOT, dir))
        .filter(f => /\.ya?ml$/.test(f))
        .map(f => `${dir}/${f}`)
    )
    expect(all.length).toBeGreaterThan(0)
    const shown = new Set(embeds.map(e => e.file))
    const linked = new Set([...readme.matchAll(/\]\((?:\.\/)?([^)#\s]+)/g)].map(m => m[1]))
    expect(all.filter(f => !shown.has(f) && !linked.has(f))).toEqual([])
  })
})

describe('README structure', () => {
  const headings = [...readme.matchAll(/^## (.+)$/gm)].map(m => m[1])

  it('is for adopters, in the order they need it; contributor material is in CONTRIBUTING.md', () => {
    const order = [
      'Quick start',
      'Which runners can run it',
      'Inputs',
      'Outputs',
      'Recipes',
      'Outside GitHub Actions',
      'Trust policy guide',
      'Troubleshooting',
      'Security',
      'Migrating',
      'Versioning'
    ]
    expect(headings.filter(h => order.includes(h ?? ''))).toEqual(order)
    for (const contributor of ['Contributor quick start', 'Benchmark', 'Layout', 'Development']) {
      expect(headings).not.toContain(contributor)
    }
  })

  it('gives newcomers exactly the two commands in the quick start, and they exist', () => {
    const section = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? ''
    const commands = [...section.matchAll(/^(npm ci && npm (?:run )?\w+)/gm)].map(m => m[1])
    expect(commands).toEqual(['npm ci && npm run demo', 'npm ci && npm test'])
    expect(Object.keys(pkg.scripts)).toEqual(expect.arrayContaining(['demo', 'test']))
  })

  it('links, in every recipe, the example files it describes', () => {
    const section = readme.split(/^## Recipes$/m)[1]?.split(/^## /m)[0] ?? ''
    const recipes = section.split(/^### /m).slice(1)
    expect(recipes.length).toBeGreaterThan(5)
    const bare = recipes
      .filter(r => !/\]\((?:\.\/)?examples\/(?:workflows|policies)\/[^)]+\)/.test(r))
      .map(r => r.split('\n')[0])
    // The gh CLI recipe is the quick start, whose files are embedded there.
    expect(bare).toEqual(['The gh CLI'])
  })

  it.each(['README.md', 'CONTRIBUTING.md', 'SECURITY.md'])(
    '%s only mentions npm scripts that exist',
    file => {
      const named = [...read(file).matchAll(/npm run ([\w:-]+)/g)].map(m => m[1] ?? '')
      expect([...new Set(named)].filter(s => !(s in pkg.scripts))).toEqual([])
    }
  )

  it.each([
    'README.md',
    'CONTRIBUTING.md',
    'SECURITY.md',
    'CHANGELOG.md',
    ...readdirSync(join(ROOT, 'docs')).map(f => `docs/${f}`)
  ])('%s links only to files and headings that exist', file => {
    const text = read(file)
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
    const ids = anchors(text)
    const broken: string[] = []
    const withoutCode = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
    for (const [, target = ''] of withoutCode.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target)) continue
      const [rel = '', hash] = target.split('#')
      const path = rel && join(dir, rel)
      if (path && !existsSync(join(ROOT, path))) broken.push(target)
      else if (!path && hash !== undefined && !ids.has(hash)) broken.push(target)
      else if (path.endsWith('.md') && hash !== undefined && !anchors(read(path)).has(hash)) {
        broken.push(target)
      }
    }
    expect(broken).toEqual([])
  })

  it('has a troubleshooting entry for every failure class the action reports', () => {
    const kinds = [...read('src/errors.ts').matchAll(/^\s*\| '([a-z-]+)'/gm)].map(m => m[1])
    expect(kinds.length).toBeGreaterThan(5)
    const section = read('docs/troubleshooting.md')
    const ids = new Set([...section.matchAll(/<a id="([^"]+)"/g)].map(m => m[1]))
    expect(kinds.filter(k => !ids.has(k))).toEqual([])
  })

  it('quotes, in each troubleshooting entry, what the server says for that class', () => {
    const section = read('docs/troubleshooting.md')
    const entries = new Map(
      section
        .split(/(?=<a id=")/)
        .map(e => [/^<a id="([^"]+)"/.exec(e)?.[1] ?? '', e.replace(/\s+/g, ' ')] as const)
    )
    const missing = SERVER_ANSWERS.filter(a => a.variant === undefined && !a.unknown).flatMap(a => {
      // The fixed part of the message: up to its first quoted or variable part.
      const fixed = a.message({ owner: '<owner>', identity: '<identity>' }).split(/["<(:\d]/)[0]
      const prefix = (fixed ?? '').trim()
      return prefix.length > 8 && !entries.get(a.kind)?.includes(prefix)
        ? [`${a.kind}: ${prefix}`]
        : []
    })
    expect(missing).toEqual([])
  })

  it('computes anchors the way GitHub does', () => {
    expect(slug('Trust policy guide')).toBe('trust-policy-guide')
    expect(slug('Check out another private repository (`actions/checkout`)')).toBe(
      'check-out-another-private-repository-actionscheckout'
    )
    expect([...anchors('## A\n## A\n<a id="x"></a>')]).toEqual(['a', 'a-1', 'x'])
  })
})

// The repository's own paths (not the `.github/chainguard` of a user's repository).
describe('paths the docs cite', () => {
  it.each(['README.md', 'CONTRIBUTING.md', 'SECURITY.md'])(
    '%s names only files that exist',
    file => {
      const cited = [
        ...read(file).matchAll(
          /`((?:src|__tests__|scripts|examples|bench|validate|\.github\/workflows|\.ci)\/[\w./-]*)`/g
        )
      ]
        .map(m => m[1] ?? '')
        .filter(p => !p.includes('*') && !p.includes('{'))
      expect(cited.length).toBeGreaterThan(0)
      expect([...new Set(cited)].filter(p => !existsSync(join(ROOT, p)))).toEqual([])
    }
  )
})

describe('CHANGELOG.md', () => {
  const changelog = read('CHANGELOG.md')

  it('follows Keep a Changelog and has an entry for the package version', () => {
    expect(changelog).toMatch(/^# Changelog/)
    expect(changelog).toMatch(/keepachangelog\.com/)
    const versions = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map(m => m[1])
    expect(versions).toContain(pkg.version)
    for (const v of versions) expect(v).toMatch(/^(Unreleased|\d+\.\d+\.\d+(-[\w.-]+)?)$/)
  })
})

describe('.env.example', () => {
  it('names only inputs that action.yml has', () => {
    const inputs = Object.keys(loadAction('action.yml').inputs).map(
      n => `INPUT_${n.replace(/ /g, '_').toUpperCase()}`
    )
    const named = [...read('.env.example').matchAll(/^#?\s*(INPUT_[A-Z0-9_-]+)=/gm)].map(m => m[1])
    expect(named.length).toBeGreaterThan(0)
    const validateInputs = existsSync(join(ROOT, 'validate/action.yml'))
      ? Object.keys(loadAction('validate/action.yml').inputs).map(
          n => `INPUT_${n.replace(/ /g, '_').toUpperCase()}`
        )
      : []
    expect(
      named.filter(n => !inputs.includes(n ?? '') && !validateInputs.includes(n ?? ''))
    ).toEqual([])
  })
})

describe('SECURITY.md', () => {
  // Each claim names the test that proves it: `__tests__/…test.ts` "title", "title". Every
  // file named must exist, and every quoted title must be (part of) a test title in it.
  it('names only tests that exist', () => {
    const text = oneLine(read('SECURITY.md'))
    const refs = [...text.matchAll(/`(__tests__\/[\w./*-]+\.test\.ts)`((?:,? "[^"]+")*)/g)]
    expect(refs.length).toBeGreaterThan(30)
    const missing: string[] = []
    for (const [, path = '', quoted = ''] of refs) {
      if (path.includes('*')) continue
      if (!existsSync(join(ROOT, path))) {
        missing.push(path)
        continue
      }
      const source = oneLine(read(path))
      for (const [, title = ''] of quoted.matchAll(/"([^"]+)"/g)) {
        if (!source.includes(title)) missing.push(`${path} "${title}"`)
      }
    }
    expect(missing).toEqual([])
  })
})
