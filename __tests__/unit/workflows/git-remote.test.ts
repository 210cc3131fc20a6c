// src/workflows/git-remote.ts: the origin remote and origin/HEAD of real checkout layouts
// (a plain .git folder, a worktree's and a submodule's .git file), and malformed files.
import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  isBranchName,
  MAX_GIT_FILE_BYTES,
  originHeadBranch,
  originUrl,
  parseRemoteUrl,
  readGitFacts
} from '../../../src/workflows/git-remote.js'

const dirs: string[] = []
afterAll(() => dirs.forEach(d => rmSync(d, { recursive: true, force: true })))

function tree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'git-remote-'))
  dirs.push(dir)
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const CONFIG = (url: string): string =>
  `[core]\n\trepositoryformatversion = 0\n[remote "upstream"]\n\turl = git@github.com:other/thing.git\n[remote "origin"]\n\turl = ${url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`

describe('parseRemoteUrl', () => {
  it.each([
    ['git@github.com:acme/widgets.git', 'github.com', 'acme', 'widgets'],
    ['git@github.com:acme/widgets', 'github.com', 'acme', 'widgets'],
    ['github.com:acme/widgets.git', 'github.com', 'acme', 'widgets'],
    ['ssh://git@github.com/acme/widgets.git', 'github.com', 'acme', 'widgets'],
    ['ssh://git@ghe.example.com:2222/acme/widgets.git', 'ghe.example.com', 'acme', 'widgets'],
    ['git+ssh://git@github.com/acme/widgets', 'github.com', 'acme', 'widgets'],
    ['https://github.com/acme/widgets', 'github.com', 'acme', 'widgets'],
    ['https://github.com/acme/widgets.git', 'github.com', 'acme', 'widgets'],
    ['https://github.com/acme/widgets/', 'github.com', 'acme', 'widgets'],
    [
      'https://x-access-token:ghs_secret@GitHub.com/acme/my.repo.git',
      'github.com',
      'acme',
      'my.repo'
    ],
    ['https://octo.ghe.com/acme/widgets', 'octo.ghe.com', 'acme', 'widgets']
  ])('%s', (url, host, owner, repo) => {
    expect(parseRemoteUrl(url)).toEqual({ host, owner, repo })
  })

  it.each([
    '/srv/git/widgets.git',
    '../widgets',
    'file:///srv/git/acme/widgets.git',
    'https://github.com/acme',
    'https://github.com/acme/widgets/tree/main',
    'git@github.com:acme/wid gets.git',
    'git@github.com:acme/../widgets.git',
    'https://[::1/acme/widgets',
    'ssh://git@github.com/acme/%ZZ.git',
    ''
  ])('names no repository: %j', url => {
    expect(parseRemoteUrl(url)).toBeUndefined()
  })
})

describe('originUrl', () => {
  it('reads the first url of [remote "origin"], not another remote', () => {
    expect(originUrl(CONFIG('https://github.com/acme/widgets.git'))).toBe(
      'https://github.com/acme/widgets.git'
    )
  })
  it('reads quotes, comments, case and the old section syntax as git does', () => {
    expect(originUrl('[Remote "origin"]\n  URL = "git@github.com:acme/widgets.git" # mine\n')).toBe(
      'git@github.com:acme/widgets.git'
    )
    expect(originUrl('[remote.origin]\nurl = a\\"b ; c\n')).toBe('a"b')
    expect(originUrl('[remote "origin"] url = x\n')).toBe('x')
    expect(originUrl('[remote "origin"] fetch = f\n url = y\n')).toBe('y')
    expect(originUrl('[remote "origin"]\n url = a\\tb\\nc\n')).toBe('a\tb\nc')
    expect(originUrl('[remote "origin"]\n\tpushurl = p\n\turl = u1\n\turl = u2\n')).toBe('u1')
  })
  it('is undefined without an origin (the name is case-sensitive)', () => {
    expect(originUrl('[remote "Origin"]\nurl = x\n')).toBeUndefined()
    expect(originUrl('[core]\nurl = x\n')).toBeUndefined()
    expect(originUrl('')).toBeUndefined()
  })
})

describe('originHeadBranch and isBranchName', () => {
  it('reads the symbolic ref', () => {
    expect(originHeadBranch('ref: refs/remotes/origin/main\n')).toBe('main')
    expect(originHeadBranch('ref: refs/remotes/origin/release/2.x')).toBe('release/2.x')
  })
  it('refuses anything else', () => {
    expect(originHeadBranch('0123456789abcdef0123456789abcdef01234567\n')).toBeUndefined()
    expect(originHeadBranch('ref: refs/remotes/upstream/main')).toBeUndefined()
    expect(originHeadBranch('ref: refs/remotes/origin/ma in')).toBeUndefined()
  })
  it.each(['a..b', 'a b', '.hidden', 'x.lock', 'a//b', '/a', 'a/', 'a@{1}', 'a\u001b', 'a:b', ''])(
    'not a branch: %j',
    name => expect(isBranchName(name)).toBe(false)
  )
  it('accepts ordinary names', () => {
    expect(isBranchName('main')).toBe(true)
    expect(isBranchName('feature/x-1_2.3')).toBe(true)
    expect(isBranchName('x'.repeat(256))).toBe(false)
  })
})

describe('readGitFacts', () => {
  it('reads a plain checkout', () => {
    const root = tree({
      '.git/config': CONFIG('git@github.com:acme/widgets.git'),
      '.git/refs/remotes/origin/HEAD': 'ref: refs/remotes/origin/trunk\n'
    })
    expect(readGitFacts(root)).toEqual({
      remote: { host: 'github.com', owner: 'acme', repo: 'widgets' },
      defaultBranch: 'trunk'
    })
  })

  it("follows a worktree's .git file to the shared config and refs", () => {
    const main = tree({
      '.git/config': CONFIG('https://github.com/acme/widgets'),
      '.git/refs/remotes/origin/HEAD': 'ref: refs/remotes/origin/main\n',
      '.git/worktrees/wt/commondir': '../..\n',
      '.git/worktrees/wt/HEAD': 'ref: refs/heads/topic\n'
    })
    const wt = tree({ '.git': `gitdir: ${join(main, '.git/worktrees/wt')}\n` })
    expect(readGitFacts(wt)).toEqual({
      remote: { host: 'github.com', owner: 'acme', repo: 'widgets' },
      defaultBranch: 'main'
    })
  })

  it('follows an absolute commondir', () => {
    const main = tree({
      '.git/config': CONFIG('https://github.com/acme/widgets'),
      '.git/refs/remotes/origin/HEAD': 'ref: refs/remotes/origin/main\n'
    })
    const wt = tree({
      '.git': 'gitdir: wtdir\n',
      'wtdir/commondir': `${join(main, '.git')}\n`
    })
    expect(readGitFacts(wt).defaultBranch).toBe('main')
  })

  it("follows a submodule's relative gitdir to its own config", () => {
    const root = tree({
      'sub/.git': 'gitdir: ../.git/modules/sub\n',
      '.git/modules/sub/config': CONFIG('ssh://git@ghe.example.com/acme/lib.git'),
      '.git/modules/sub/refs/remotes/origin/HEAD': 'ref: refs/remotes/origin/develop'
    })
    expect(readGitFacts(join(root, 'sub'))).toEqual({
      remote: { host: 'ghe.example.com', owner: 'acme', repo: 'lib' },
      defaultBranch: 'develop'
    })
  })

  it('says why, never throws, for every missing or malformed part', () => {
    expect(readGitFacts(tree())).toEqual({
      remoteUnknown: 'there is no `.git` here (not the root of a git checkout)',
      defaultBranchUnknown: 'there is no `.git` here (not the root of a git checkout)'
    })
    expect(readGitFacts(tree({ '.git': 'not a pointer\n' })).remoteUnknown).toBe(
      'its `.git` file does not say `gitdir: PATH`'
    )
    const noConfig = readGitFacts(tree({ '.git/HEAD': 'ref: refs/heads/main\n' }))
    expect(noConfig).toEqual({
      remoteUnknown: 'the git checkout has no config file',
      defaultBranchUnknown: '`origin/HEAD` is not set (`git remote set-head origin --auto` sets it)'
    })
    const noOrigin = readGitFacts(
      tree({
        '.git/config': '[core]\n\tbare = false\n',
        '.git/refs/remotes/origin/HEAD': 'garbage'
      })
    )
    expect(noOrigin).toEqual({
      remoteUnknown: 'the git config has no `origin` remote',
      defaultBranchUnknown:
        '`refs/remotes/origin/HEAD` does not say `ref: refs/remotes/origin/BRANCH`'
    })
    const local = readGitFacts(tree({ '.git/config': CONFIG('/srv/git/widgets.git') }))
    expect(local.remoteUnknown).toBe(
      "the `origin` remote's URL names no GitHub repository (OWNER/REPO)"
    )
    expect(local.remote).toBeUndefined()
  })

  it('refuses files over the cap and unreadable places, with the reason', () => {
    const big = readGitFacts(
      tree({
        '.git/config': '#'.repeat(MAX_GIT_FILE_BYTES + 1),
        '.git/refs/remotes/origin/HEAD/x': 'a directory where a file should be'
      })
    )
    expect(big.remoteUnknown).toBe(
      `the git config cannot be read (larger than ${MAX_GIT_FILE_BYTES / 1024} KiB)`
    )
    expect(big.defaultBranchUnknown).toBe(
      '`refs/remotes/origin/HEAD` cannot be read (it is a directory)'
    )
    const huge = readGitFacts(tree({ '.git': `gitdir: ${'x'.repeat(MAX_GIT_FILE_BYTES)}` }))
    expect(huge.remoteUnknown).toBe(
      `its \`.git\` cannot be read (larger than ${MAX_GIT_FILE_BYTES / 1024} KiB)`
    )
  })

  it('never puts the remote URL (which may hold a token) in what it says', () => {
    const url = 'https://x-access-token:ghs_0123456789abcdef0123@github.com/acme'
    const facts = readGitFacts(tree({ '.git/config': CONFIG(url) }))
    expect(JSON.stringify(facts)).not.toContain('ghs_')
  })
})
