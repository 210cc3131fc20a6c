// The reader's bounds and the files it cannot read: each cut is said in a notice, nothing is
// read past it, and nothing throws.
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  findActionSteps,
  localFolder,
  MAX_JOBS,
  MAX_STEPS
} from '../../../src/workflows/action-steps.js'
import {
  calledWorkflow,
  MAX_CALL_DEPTH,
  MAX_RUNS,
  Placements
} from '../../../src/workflows/callers.js'
import type { Notice } from '../../../src/workflows/model.js'
import { jobEnvironment } from '../../../src/workflows/presentations.js'
import {
  MAX_FILES,
  MAX_STEPS_TOTAL,
  MAX_WORKFLOW_CHARS,
  readWorkflows
} from '../../../src/workflows/read-workflows.js'
import type { WorkflowFiles } from '../../../src/workflows/read-workflows.js'
import { hasControl, readWorkflowFile } from '../../../src/workflows/workflow-file.js'
import type { TreeNode } from '../../../src/workflows/workflow-file.js'
import { ACME, contexts, inline, memFiles, oneStep } from './helpers.js'

const STEP =
  '      - uses: octo-sts-token/action@v0\n        with: { scope: acme/widgets, identity: ci }\n'
const job = (name: string, steps: number): string =>
  `  ${name}:\n    runs-on: x\n    steps:\n${STEP.repeat(steps)}`
const root = (text: string): TreeNode => {
  const r = readWorkflowFile(text, 'w.yml')
  if (!r.ok) throw new Error(r.notice.message)
  return r.root
}
const messages = (notices: Notice[]): string[] => notices.map(n => n.message)

describe('the folder and its files', () => {
  it('a missing workflows folder: nothing read, and said', () => {
    const r = readWorkflows(memFiles({ 'README.md': 'x' }), '.github/workflows/', ACME)
    expect(r).toEqual({
      plans: [],
      files: 0,
      notices: [
        {
          file: '.github/workflows',
          message: 'there is no folder .github/workflows, so no workflow was checked.'
        }
      ]
    })
  })

  it('a folder that cannot be listed: said with the reason', () => {
    const files: WorkflowFiles = {
      list: () => {
        throw new Error('it is a link to outside the workspace')
      },
      kind: () => 'outside',
      read: () => ''
    }
    expect(readWorkflows(files, 'wf', ACME).notices).toEqual([
      {
        file: 'wf',
        message:
          'wf could not be read (it is a link to outside the workspace), so no workflow was checked.'
      }
    ])
  })

  it('reads *.yml and *.yaml only, sorted, at most MAX_FILES', () => {
    const files: Record<string, string> = {
      '.github/workflows/notes.txt': 'x',
      '.github/workflows/b.yaml': oneStep('push')
    }
    for (let i = 0; i < MAX_FILES; i++)
      files[`.github/workflows/w${String(i).padStart(3, '0')}.yml`] = 'on: push\n'
    const r = readWorkflows(memFiles(files), './.github/workflows', ACME)
    expect(r.files).toBe(MAX_FILES)
    expect(r.plans.map(p => p.step.file)).toEqual(['.github/workflows/b.yaml'])
    expect(messages(r.notices)).toEqual([
      `.github/workflows holds ${MAX_FILES + 1} workflow files; only the first ${MAX_FILES} were read.`
    ])
  })

  it('refuses what is not a regular file, and what cannot be read, one notice each', () => {
    const base = memFiles({ '.github/workflows/ok.yml': oneStep('push') })
    const kinds: Record<string, ReturnType<WorkflowFiles['kind']>> = {
      'a-link.yml': 'outside',
      'b-dir.yml': 'dir',
      'c-fifo.yml': 'other',
      'd-unreadable.yml': 'file'
    }
    const files: WorkflowFiles = {
      list: () => [...Object.keys(kinds), 'ok.yml'],
      kind: path => kinds[path.split('/').pop() as string] ?? base.kind(path),
      read: path => {
        if (path.endsWith('d-unreadable.yml')) throw new Error('EACCES: permission denied\u001b[2J')
        return base.read(path)
      }
    }
    const r = readWorkflows(files, '.github/workflows', ACME)
    expect(r.files).toBe(1)
    expect(messages(r.notices)).toEqual([
      '.github/workflows/a-link.yml was not read (it is a link to outside the workspace), so its steps were not checked.',
      '.github/workflows/b-dir.yml was not read (it is a directory), so its steps were not checked.',
      '.github/workflows/c-fifo.yml was not read (it is not a regular file), so its steps were not checked.',
      '.github/workflows/d-unreadable.yml was not read (EACCES: permission denied [2J), so its steps were not checked.'
    ])
    expect(contexts(r)).toHaveLength(1)
  })

  it('refuses a file longer than MAX_WORKFLOW_CHARS whatever the reader allowed', () => {
    const r = inline({ 'big.yml': `on: push\n#${'x'.repeat(MAX_WORKFLOW_CHARS)}\n` })
    expect(messages(r.notices)).toEqual([
      `.github/workflows/big.yml was not read (larger than ${MAX_WORKFLOW_CHARS / 1024} KiB), so its steps were not checked.`
    ])
  })

  it('reads the files under root, and names them relative to it', () => {
    const files = memFiles({
      'repo/.github/workflows/a.yml': oneStep('push'),
      'repo/x/action.yml': 'name: Octo STS\n'
    })
    const r = readWorkflows(files, '.github/workflows', ACME, 'repo/')
    expect(r.plans.map(p => p.step.file)).toEqual(['.github/workflows/a.yml'])
    expect(r.plans[0]?.presentations[0]?.claims.job_workflow_ref).toBe(
      'acme/widgets/.github/workflows/a.yml@refs/heads/main'
    )
  })
})

describe('steps and jobs', () => {
  it('reads at most MAX_JOBS jobs and MAX_STEPS steps a job, and says so', () => {
    const jobs = Array.from({ length: MAX_JOBS + 1 }, (_, i) => `  j${i}:\n    runs-on: x\n`).join(
      ''
    )
    const many = findActionSteps(
      root(`on: push\njobs:\n${jobs}${job('last', 1)}`),
      'w.yml',
      ACME,
      () => undefined
    )
    expect(many.jobs).toEqual([])
    expect(many.problems.map(p => p.message)).toEqual([
      `it has ${MAX_JOBS + 2} jobs; only the first ${MAX_JOBS} were read (GitHub runs at most ${MAX_JOBS})`
    ])
    const long = findActionSteps(
      root(`on: push\njobs:\n${job('long', MAX_STEPS + 1)}`),
      'w.yml',
      ACME,
      () => undefined
    )
    expect(long.jobs[0]?.steps).toHaveLength(MAX_STEPS)
    expect(long.problems.map(p => p.message)).toEqual([
      `job long has ${MAX_STEPS + 1} steps; only the first ${MAX_STEPS} were read`
    ])
  })

  it('checks at most MAX_STEPS_TOTAL steps in a repository, and says where it stopped', () => {
    const half = Math.ceil((MAX_STEPS_TOTAL + 1) / 2)
    const r = inline({ 'a.yml': `on: push\njobs:\n${job('one', half)}${job('two', half)}` })
    expect(r.plans).toHaveLength(MAX_STEPS_TOTAL)
    expect(r.notices).toEqual([
      {
        file: '.github/workflows/a.yml',
        at: expect.objectContaining({ line: expect.any(Number) }),
        message: `more than ${MAX_STEPS_TOTAL} Octo STS steps: this one and the rest were not checked.`
      }
    ])
  })

  it('skips what is not a step using a client, and reads inputs that are no single value as unknown', () => {
    const r = inline({
      'a.yml':
        'on: push\njobs:\n  a:\n    steps: not-a-list\n  b:\n    steps:\n      - run: x\n      - plain\n      - uses: [x]\n' +
        '      - uses: octo-sts-token/action@v0\n        with: ${{ fromJSON(env.WITH) }}\n' +
        '      - uses: octo-sts-token/action@v0\n        with:\n          scope: [acme/widgets]\n          identity: { a: b }\n' +
        '  c:\n    uses: ./.github/workflows/a.yml\n'
    })
    expect(r.plans.map(p => [p.step.scope, p.step.identity])).toEqual([
      [
        {
          kind: 'unknown',
          text: '${{ fromJSON(env.WITH) }}',
          why: 'an expression (the whole `with:`)'
        },
        {
          kind: 'unknown',
          text: '${{ fromJSON(env.WITH) }}',
          why: 'an expression (the whole `with:`)'
        }
      ],
      [
        { kind: 'unknown', text: '…', why: 'not a single value' },
        { kind: 'unknown', text: '…', why: 'not a single value' }
      ]
    ])
    expect(inline({ 'a.yml': 'on: push\n' }).plans).toEqual([])
    expect(inline({ 'a.yml': 'on: push\njobs: [x]\n' }).plans).toEqual([])
  })

  it('reads a local action once, and one that cannot be read is not a client', () => {
    let reads = 0
    const base = memFiles({
      '.github/workflows/a.yml':
        'on: push\njobs:\n  a:\n    steps:\n      - uses: ./x\n      - uses: ./x/\n      - uses: ./broken\n      - uses: ./bad-yaml\n',
      'x/action.yml': 'name: Octo STS token\n',
      'broken/action.yml': 'name: Octo STS token\n',
      'bad-yaml/action.yml': 'name: [\n'
    })
    const files: WorkflowFiles = {
      ...base,
      read: path => {
        if (path === 'broken/action.yml') throw new Error('EIO')
        if (path === 'x/action.yml') reads++
        return base.read(path)
      }
    }
    const r = readWorkflows(files, '.github/workflows', ACME)
    expect(r.plans.map(p => p.step.uses)).toEqual(['./x', './x/'])
    expect(reads).toBe(1)
    expect(r.notices).toEqual([])
  })

  it('localFolder: repository-relative, normalized, never above the root', () => {
    expect(localFolder('./')).toBe('')
    expect(localFolder('./a/./b/../c/')).toBe('a/c')
    expect(localFolder('./a/../..')).toBeUndefined()
    expect(localFolder('../a')).toBeUndefined()
    expect(localFolder('a/b@v1')).toBeUndefined()
  })

  it('an empty environment name is no environment', () => {
    expect(jobEnvironment(root("environment: ''\n"), ACME)).toEqual({ kind: 'none' })
    expect(
      jobEnvironment(root('environment: { name: "${{ github.repository_owner }}" }\n'), ACME)
    ).toEqual({
      kind: 'known',
      name: 'acme'
    })
  })

  it('an event that is not text is not an event name', () => {
    const r = inline({ 'a.yml': oneStep('[push, { a: 1 }]') })
    expect(messages(r.notices)).toEqual(['.github/workflows/a.yml: `` is not an event name'])
  })
})

describe('workflow_call', () => {
  it('calledWorkflow: this repository only, owner and name case-insensitively; the ref when it is one', () => {
    expect(calledWorkflow('./.github/workflows/x.yml', ACME)).toEqual({
      file: '.github/workflows/x.yml',
      ref: 'local'
    })
    expect(calledWorkflow('Acme/Widgets/.github/workflows/x.yml@refs/tags/v1', ACME)).toEqual({
      file: '.github/workflows/x.yml',
      ref: 'refs/tags/v1'
    })
    expect(calledWorkflow('acme/widgets/.github/workflows/x.yml@v1', ACME)).toEqual({
      file: '.github/workflows/x.yml',
      ref: undefined
    })
    expect(calledWorkflow('acme/gadgets/.github/workflows/x.yml@v1', ACME)).toBeUndefined()
    expect(calledWorkflow('other/widgets/.github/workflows/x.yml@v1', ACME)).toBeUndefined()
    expect(calledWorkflow('acme/widgets/.github/workflows/x.yml', ACME)).toBeUndefined()
    expect(calledWorkflow('actions/checkout@v4', ACME)).toBeUndefined()
  })

  it(`follows at most ${MAX_CALL_DEPTH} workflows (the caller and nine levels), and says where it stopped`, () => {
    const files: Record<string, string> = {
      'w00.yml':
        'on:\n  push:\n    branches: [main]\njobs:\n  call:\n    uses: ./.github/workflows/w01.yml\n'
    }
    const levels = MAX_CALL_DEPTH + 1
    for (let i = 1; i < levels; i++) {
      const next = String(i + 1).padStart(2, '0')
      files[`w${String(i).padStart(2, '0')}.yml`] =
        i === levels - 1
          ? oneStep('workflow_call')
          : `on: workflow_call\njobs:\n  call:\n    uses: ./.github/workflows/w${next}.yml\n`
    }
    const r = inline(files)
    expect(r.plans).toHaveLength(1)
    expect(r.plans[0]?.presentations).toEqual([])
    expect(messages(r.notices)).toEqual([
      `.github/workflows/w01.yml: it is called by .github/workflows/w00.yml (job call) more than ${MAX_CALL_DEPTH} levels deep, which GitHub refuses; that call was not followed`
    ])
    // One level less is followed to the end.
    delete files['w00.yml']
    files['w01.yml'] =
      'on:\n  push:\n    branches: [main]\njobs:\n  call:\n    uses: ./.github/workflows/w02.yml\n'
    const ok = inline(files)
    expect(ok.notices).toEqual([])
    expect(ok.plans[0]?.presentations[0]?.trigger).toMatch(
      /^push to main through \.github\/workflows\/w01\.yml \(job call\), then /
    )
  })

  it(`checks at most ${MAX_RUNS} runs of a workflow, and says so`, () => {
    const branches = Array.from({ length: MAX_RUNS + 6 }, (_, i) => `b${i}`)
    const r = inline({ 'a.yml': oneStep(`{ push: { branches: [${branches.join(', ')}] } }`) })
    expect(r.plans[0]?.presentations).toHaveLength(MAX_RUNS)
    expect(messages(r.notices)).toEqual([
      `.github/workflows/a.yml: it runs in ${MAX_RUNS + 6} ways; only the first ${MAX_RUNS} were checked`
    ])
  })

  it('a file that is not a workflow read here runs in no way', () => {
    expect(new Placements(new Map(), ACME, []).of('.github/workflows/none.yml')).toEqual([])
  })
})

describe('any bytes', () => {
  it('never throw, and never put a control character into a message, trigger or assumption', () => {
    const piece = fc.constantFrom(
      'on:',
      ' push',
      ' [push, pull_request]',
      '\n  push:\n    branches: [',
      "'**'",
      ', ',
      ']',
      '\njobs:\n  a:\n    environment: ',
      '${{ matrix.e }}',
      'prod\u001b',
      '\n    steps:\n      - uses: octo-sts-token/action@v0\n        with: { scope: ',
      'acme/widgets',
      ' }',
      '&a ',
      '*a',
      '\u0000',
      '\u009b',
      ':',
      '- ',
      '{',
      '}',
      '"',
      "'",
      '\t',
      '\n',
      ' ',
      '#',
      '%YAML 1.1\n',
      '---\n'
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), pieces => {
        const r = inline({ 'a.yml': pieces.join('') }, { ...ACME })
        const texts = [
          ...r.notices.map(n => n.message),
          ...r.plans.flatMap(p =>
            p.presentations.flatMap(x => [x.trigger, x.assumed ?? '', x.context])
          )
        ]
        for (const t of texts) expect(hasControl(t)).toBe(false)
      }),
      { seed: 18, numRuns: 400 }
    )
  })
})
