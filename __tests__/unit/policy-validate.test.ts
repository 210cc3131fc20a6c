// src/validate.ts with a recording runner and an in-memory file tree: what the validate action
// reports for each situation, and that it never throws.
import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nodeFiles, validate } from '../../src/steps/validate.js'
import type { PolicyFiles } from '../../src/steps/validate.js'
import { commandLines } from '../stack/commands.js'
import { recordingRunner } from './helpers/runner.js'

const GOOD = [
  'issuer: https://token.actions.githubusercontent.com',
  'subject: repo:org/app:ref:refs/heads/main',
  'permissions: {contents: read}'
].join('\n')

/** A tree under /ws: `tree` maps a path to file text, or to `null` for a directory. */
function memoryFiles(tree: Record<string, string | null | Error>): PolicyFiles {
  const enoent = (p: string): Error => Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' })
  return {
    list: dir => {
      const prefix = dir.endsWith('/') ? dir : dir + '/'
      if (!(dir in tree) || tree[dir] !== null) throw enoent(dir)
      return Object.keys(tree)
        .filter(p => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map(p => p.slice(prefix.length))
        .sort()
    },
    kind: p => (tree[p] === null ? 'dir' : tree[p] === undefined ? 'other' : 'file'),
    read: p => {
      const v = tree[p]
      if (v instanceof Error) throw v
      if (typeof v !== 'string') throw enoent(p)
      return v
    }
  }
}

const env = { GITHUB_WORKSPACE: '/ws', GITHUB_REPOSITORY: 'org/app' }
const DIR = '/ws/.github/chainguard'

describe('validate', () => {
  it('reports a clean tree without failing', () => {
    const rec = recordingRunner()
    const report = validate({
      runner: rec.runner,
      env,
      files: memoryFiles({ [DIR]: null, [`${DIR}/ci.sts.yaml`]: GOOD })
    })
    expect(report).toEqual({
      files: [{ file: '.github/chainguard/ci.sts.yaml', identity: 'ci', problems: [] }],
      errors: 0,
      warnings: 0,
      failed: false
    })
    expect(rec.of('info').map(e => e.message)).toEqual([
      '✓ .github/chainguard/ci.sts.yaml',
      'Checked 1 policy in .github/chainguard (repository policies): 0 errors, 0 warnings.'
    ])
    expect(rec.failed()).toBeUndefined()
    const [summary] = rec.of('appendSummary')
    expect(summary?.markdown).toContain('| `.github/chainguard/ci.sts.yaml` | ✅ ok | 0 | 0 |')
    expect(summary?.markdown).not.toContain('| Where |')
  })

  it('annotates with file, line, column and title', () => {
    const rec = recordingRunner()
    validate({
      runner: rec.runner,
      env,
      files: memoryFiles({ [DIR]: null, [`${DIR}/x.sts.yaml`]: GOOD + '\nextra: 1' })
    })
    expect(rec.of('error')[0]).toEqual({
      type: 'error',
      message: expect.stringContaining('unknown key "extra"'),
      properties: {
        title: 'Trust policy error: extra',
        file: '.github/chainguard/x.sts.yaml',
        startLine: 4,
        startColumn: 1
      }
    })
    expect(rec.failed()).toBe(
      '1 error in trust policies: the server would reject them or they can never admit a token. See the annotations.'
    )
  })

  it('reports directories, unreadable files and misnamed policies', () => {
    const rec = recordingRunner()
    const report = validate({
      runner: rec.runner,
      env,
      files: memoryFiles({
        [DIR]: null,
        [`${DIR}/dir.sts.yaml`]: null,
        [`${DIR}/big.sts.yaml`]: new Error('larger than 256 KiB: not a trust policy'),
        [`${DIR}/old.STS.YAML`]: GOOD,
        [`${DIR}/notes.txt`]: 'x'
      })
    })
    expect(
      report.files.map(f => [f.file, f.problems.map(p => p.severity + ': ' + p.message)])
    ).toEqual([
      [
        '.github/chainguard/big.sts.yaml',
        [
          'error: cannot read .github/chainguard/big.sts.yaml: larger than 256 KiB: not a trust policy'
        ]
      ],
      [
        '.github/chainguard/dir.sts.yaml',
        [
          "error: .github/chainguard/dir.sts.yaml is not a regular file (a directory); the server reads a file's contents from the repository."
        ]
      ],
      [
        '.github/chainguard/old.STS.YAML',
        [expect.stringContaining('warning: .github/chainguard/old.STS.YAML is never read')]
      ]
    ])
    expect(report).toMatchObject({ errors: 2, warnings: 1, failed: true })
  })

  it('warns when the folder holds no policies, and can fail on warnings', () => {
    for (const failOnWarnings of ['false', 'true']) {
      const rec = recordingRunner({ inputs: { 'fail-on-warnings': failOnWarnings } })
      const report = validate({ runner: rec.runner, env, files: memoryFiles({ [DIR]: null }) })
      expect(rec.of('warning').map(e => e.message)).toEqual([
        'No *.sts.yaml files in .github/chainguard: nothing to validate. Policies are named {identity}.sts.yaml.'
      ])
      expect(report.failed).toBe(failOnWarnings === 'true')
    }
  })

  it('fails when the folder is missing: nothing checked is not a pass', () => {
    for (const failOnWarnings of ['false', 'TRUE']) {
      const rec = recordingRunner({
        inputs: { 'fail-on-warnings': failOnWarnings, path: 'policies' }
      })
      const report = validate({ runner: rec.runner, env, files: memoryFiles({}) })
      expect(report.failed).toBe(true)
      expect(rec.failed()).toBe(
        'No policy folder policies in the workspace (/ws): nothing was validated. Check out the repository first (actions/checkout), or fix `path`.'
      )
      expect(rec.of('warning')).toEqual([])
      expect(rec.of('appendSummary')[0]?.markdown).toContain('0 errors, 0 warnings in `policies`')
    }
  })

  it.each(['..', '../..', '../other/.github/chainguard', '/etc', '/ws2'])(
    'refuses a path outside the workspace (%j) without reading anything',
    input => {
      const rec = recordingRunner({ inputs: { path: input } })
      const files: PolicyFiles = {
        list: () => {
          throw new Error('listed')
        },
        kind: () => 'file',
        read: () => ''
      }
      expect(validate({ runner: rec.runner, env, files }).failed).toBe(true)
      expect(rec.failed()).toBe(
        `Input \`path\` is "${input}", which is outside the workspace (/ws): the validator reads only the checked-out repository. Set \`path\` to a folder inside it, e.g. \`.github/chainguard\`.`
      )
    }
  )

  it('shows hostile file names inert in the log, the annotations and the summary', () => {
    const names = [
      'x\n\u0085::error file=a::forged.sts.yaml',
      '::stop-commands::tok.sts.yaml',
      'a ##[error]b.sts.yaml',
      'esc\u001b[31m\u001b]8;;evil\u0007red.sts.yaml',
      'em\u2003::warning::w.sts.yaml',
      'bidi\u202egnp.sts.yaml',
      'pipe | `tick` <b>.sts.yaml'
    ]
    const tree: Record<string, string | null> = { [DIR]: null }
    for (const [i, n] of names.entries()) tree[`${DIR}/${n}`] = i % 2 ? GOOD : GOOD + '\nextra: 1'
    const rec = recordingRunner()
    const report = validate({ runner: rec.runner, env, files: memoryFiles(tree) })
    expect(report.files).toHaveLength(names.length)
    for (const e of rec.events) {
      const texts =
        e.type === 'info'
          ? [e.message]
          : e.type === 'error' || e.type === 'warning'
            ? [e.message, ...Object.values(e.properties ?? {}).map(String)]
            : e.type === 'appendSummary'
              ? [e.markdown]
              : e.type === 'setFailed'
                ? [e.message]
                : []
      for (const t of texts) {
        expect(commandLines(t)).toEqual([])
        // eslint-disable-next-line no-control-regex
        expect(t).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/)
      }
    }
    // The real findings still appear, one per file with an unknown key.
    expect(rec.of('error').filter(e => e.message.includes('unknown key "extra"'))).toHaveLength(4)
    expect(rec.of('info').filter(e => e.message.startsWith('✓ '))).toHaveLength(3)
    // Every log line and annotation message is one line: no name can start a line of its own.
    for (const e of [...rec.of('info'), ...rec.of('error')]) expect(e.message).not.toMatch(/[\r\n]/)
  })

  it('annotates at most 50 problems of one file, and still counts them all', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}: 1`).join('\n')
    const rec = recordingRunner()
    const report = validate({
      runner: rec.runner,
      env,
      files: memoryFiles({ [DIR]: null, [`${DIR}/many.sts.yaml`]: `${GOOD}\n${keys}` })
    })
    expect(report.errors).toBe(60)
    expect(rec.of('error')).toHaveLength(50)
    expect(rec.of('info').map(e => e.message)).toContain(
      '.github/chainguard/many.sts.yaml: 10 more problems, not annotated.'
    )
    expect(rec.failed()).toMatch(/^60 errors in trust policies/)
  })

  it('says when the engine itself failed on a file, apart from a file it could not read', () => {
    const rec = recordingRunner()
    const files: PolicyFiles = {
      ...memoryFiles({ [DIR]: null, [`${DIR}/odd.sts.yaml`]: GOOD }),
      // Not text: the engine throws on it, as it might on a pathological file.
      read: () => ({ length: 1 }) as unknown as string
    }
    const report = validate({ runner: rec.runner, env, files })
    expect(report.files[0]?.problems).toEqual([
      {
        severity: 'error',
        message: expect.stringMatching(
          /^\.github\/chainguard\/odd\.sts\.yaml could not be checked \(.+\); the server may not be able to read it either\. Please report it\.$/
        ),
        line: 1
      }
    ])
    expect(report.failed).toBe(true)
  })

  it('decides org policies from the input or the repository name', () => {
    const text = GOOD + '\nrepositories: [app]'
    const run = (inputs: Record<string, string>, repo: string): number => {
      const rec = recordingRunner({ inputs })
      return validate({
        runner: rec.runner,
        env: { ...env, GITHUB_REPOSITORY: repo },
        files: memoryFiles({ [DIR]: null, [`${DIR}/p.sts.yaml`]: text })
      }).errors
    }
    expect(run({}, 'org/app')).toBe(1)
    expect(run({}, 'org/.github')).toBe(0)
    expect(run({ 'org-policies': 'AUTO' }, 'org/.GitHub')).toBe(0)
    expect(run({ 'org-policies': 'true' }, 'org/app')).toBe(0)
    expect(run({ 'org-policies': 'false' }, 'org/.github')).toBe(1)
    // A self-hosted server reading org policies from another repository (ORG_POLICY_REPO).
    const own = { 'org-policy-repository': 'policies' }
    expect(run(own, 'org/policies')).toBe(0)
    expect(run(own, 'org/.github')).toBe(1)
    expect(run({ ...own, 'org-policies': 'false' }, 'org/policies')).toBe(1)
  })

  it('refuses an org-policy-repository that is no repository name', () => {
    const rec = recordingRunner({ inputs: { 'org-policy-repository': 'org/policies' } })
    expect(validate({ runner: rec.runner, env, files: memoryFiles({}) }).failed).toBe(true)
    expect(rec.failed()).toMatch(
      /^Input `org-policy-repository` is "org\/policies": expected a repository name/
    )
  })

  it('turns bad inputs and unexpected failures into a failed step, never a throw', () => {
    const bad = recordingRunner({ inputs: { 'fail-on-warnings': 'yes' } })
    expect(validate({ runner: bad.runner, env, files: memoryFiles({}) }).failed).toBe(true)
    expect(bad.failed()).toBe('Input `fail-on-warnings` must be true or false, not "yes".')

    const broken = recordingRunner()
    const files: PolicyFiles = {
      ...memoryFiles({}),
      list: () => {
        throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      }
    }
    expect(validate({ runner: broken.runner, env, files }).failed).toBe(true)
    expect(broken.failed()).toBe('EACCES: permission denied')
  })

  it('reads a real tree with nodeFiles (absolute path input, links inside the workspace followed)', () => {
    const ws = mkdtempSync(join(tmpdir(), 'validate-'))
    try {
      const dir = join(ws, 'p')
      mkdirSync(dir)
      writeFileSync(join(dir, 'a.sts.yaml'), GOOD)
      writeFileSync(join(dir, 'big.sts.yaml'), 'x'.repeat(300 * 1024))
      mkdirSync(join(dir, 'dir.sts.yaml'))
      symlinkSync(join(dir, 'a.sts.yaml'), join(dir, 'link.sts.yaml'))
      symlinkSync('nowhere', join(dir, 'broken.sts.yaml'))
      const rec = recordingRunner({ inputs: { path: dir } })
      const report = validate({
        runner: rec.runner,
        env: { GITHUB_WORKSPACE: ws },
        files: nodeFiles(ws)
      })
      expect(
        report.files.map(f => [f.file, f.problems.map(p => p.line + ' ' + p.message)])
      ).toEqual([
        ['p/a.sts.yaml', []],
        ['p/big.sts.yaml', ['1 cannot read p/big.sts.yaml: larger than 256 KiB']],
        [
          'p/broken.sts.yaml',
          [
            "1 p/broken.sts.yaml is not a regular file (a broken link or special file); the server reads a file's contents from the repository."
          ]
        ],
        [
          'p/dir.sts.yaml',
          [
            "1 p/dir.sts.yaml is not a regular file (a directory); the server reads a file's contents from the repository."
          ]
        ],
        ['p/link.sts.yaml', []]
      ])
    } finally {
      rmSync(ws, { recursive: true, force: true })
    }
  })

  it('refuses links that leave the workspace: the folder, and each file', () => {
    const outside = mkdtempSync(join(tmpdir(), 'validate-outside-'))
    const ws = mkdtempSync(join(tmpdir(), 'validate-'))
    try {
      writeFileSync(join(outside, 'secret.sts.yaml'), 'issuer: TOP-SECRET-CONTENT\n')
      mkdirSync(join(ws, '.github'))
      symlinkSync(outside, join(ws, '.github/chainguard'))
      const rec = recordingRunner()
      const report = validate({
        runner: rec.runner,
        env: { GITHUB_WORKSPACE: ws },
        files: nodeFiles(ws)
      })
      expect(report.failed).toBe(true)
      expect(report.files).toEqual([])
      expect(rec.failed()).toBe(
        'The policy folder .github/chainguard is a link to outside the workspace: refused, nothing in it was read. The server reads policies only from the repository; make .github/chainguard a real folder.'
      )
      expect(rec.texts().join('\n')).not.toMatch(/secret|TOP-SECRET/)

      rmSync(join(ws, '.github/chainguard'))
      mkdirSync(join(ws, '.github/chainguard'))
      symlinkSync(join(outside, 'secret.sts.yaml'), join(ws, '.github/chainguard/out.sts.yaml'))
      symlinkSync('../../.git/config', join(ws, '.github/chainguard/git.sts.yaml'))
      mkdirSync(join(ws, '.git'))
      writeFileSync(join(ws, '.git/config'), 'extraheader: TOP-SECRET-CONTENT\n')
      const files = recordingRunner()
      const r2 = validate({
        runner: files.runner,
        env: { GITHUB_WORKSPACE: ws },
        files: nodeFiles(ws)
      })
      expect(
        r2.files.map(f => [f.file, f.problems.map(p => `${p.severity} ${p.line} ${p.message}`)])
      ).toEqual([
        [
          '.github/chainguard/git.sts.yaml',
          [
            'error 1 .github/chainguard/git.sts.yaml is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.'
          ]
        ],
        [
          '.github/chainguard/out.sts.yaml',
          [
            'error 1 .github/chainguard/out.sts.yaml is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.'
          ]
        ]
      ])
      expect(files.texts().join('\n')).not.toContain('TOP-SECRET')
    } finally {
      rmSync(ws, { recursive: true, force: true })
      rmSync(outside, { recursive: true, force: true })
    }
  })
})
