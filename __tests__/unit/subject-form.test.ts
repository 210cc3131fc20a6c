import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import {
  formatSubject,
  idsCommand,
  idsFromClaims,
  idsFromEnv,
  inForm,
  namesOtherForm,
  parseSubject,
  subjectForm,
  subjectPatternTest
} from '../../src/policy/index.js'
import { quoteMeta } from '../../src/policy/goformat.js'

const NAMED = 'repo:acme/widgets:ref:refs/heads/main'
const IMMUTABLE = 'repo:acme@1000001/widgets@2000002:ref:refs/heads/main'
const IDS = { ownerId: '1000001', repoId: '2000002' }
const test = subjectPatternTest

describe('parseSubject, formatSubject, inForm', () => {
  it('splits both forms and writes them back', () => {
    expect(parseSubject(NAMED)).toEqual({
      owner: 'acme',
      repo: 'widgets',
      rest: 'ref:refs/heads/main'
    })
    expect(parseSubject(IMMUTABLE)).toEqual({
      owner: 'acme',
      repo: 'widgets',
      ids: IDS,
      rest: 'ref:refs/heads/main'
    })
    expect(subjectForm(NAMED)).toBe('name-only')
    expect(subjectForm(IMMUTABLE)).toBe('immutable')
    expect(subjectForm('repo:my.org-x/a_b.c@12@3:x')).toBeUndefined()
    expect(formatSubject(parseSubject(NAMED)!, IDS)).toBe(IMMUTABLE)
    expect(inForm(IMMUTABLE, 'name-only')).toBe(NAMED)
    expect(inForm(NAMED, 'immutable', IDS)).toBe(IMMUTABLE)
    expect(inForm(NAMED, 'immutable')).toBeUndefined()
    expect(inForm('repo:acme/widgets:environment:prod', 'immutable', IDS)).toBe(
      'repo:acme@1000001/widgets@2000002:environment:prod'
    )
  })

  it('refuses what is not a GitHub repository subject, or half an immutable one', () => {
    for (const sub of [
      'project_path:acme/widgets:ref_type:branch:ref:main',
      'repo:acme@1/widgets:ref:refs/heads/main',
      'repo:acme/widgets@2:ref:refs/heads/main',
      'repo:acme@x/widgets@2:pull_request',
      'repo:acme/widgets',
      'repo:a/b/c:pull_request',
      // Not a GitHub name: nothing built from it reaches a command line.
      'repo:x;rm -rf ~/y:ref:refs/heads/main',
      "repo:acme/w'$(id):pull_request"
    ]) {
      expect([sub, parseSubject(sub)]).toEqual([sub, undefined])
    }
  })

  it('round-trips any owner, repository, IDs and rest', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/)
    const id = fc.stringMatching(/^[1-9][0-9]{0,9}$/)
    fc.assert(
      fc.property(name, name, id, id, fc.string(), (owner, repo, ownerId, repoId, rest) => {
        const ids = { ownerId, repoId }
        const sub = formatSubject({ owner, repo, rest }, ids)
        expect(parseSubject(sub)).toEqual({ owner, repo, ids, rest })
        expect(inForm(inForm(sub, 'name-only')!, 'immutable', ids)).toBe(sub)
      })
    )
  })

  it('reads the IDs from the claims and the runner, digits only', () => {
    expect(idsFromClaims({ repository_owner_id: '1000001', repository_id: '2000002' })).toEqual(IDS)
    expect(
      idsFromClaims({ repository_owner_id: 1000001, repository_id: '2000002' })
    ).toBeUndefined()
    expect(idsFromClaims({ repository_id: '2000002' })).toBeUndefined()
    expect(
      idsFromEnv({ GITHUB_REPOSITORY_OWNER_ID: '1000001', GITHUB_REPOSITORY_ID: '2000002' })
    ).toEqual(IDS)
    expect(
      idsFromEnv({ GITHUB_REPOSITORY_OWNER_ID: '1', GITHUB_REPOSITORY_ID: '2; rm' })
    ).toBeUndefined()
    expect(idsCommand('acme', 'widgets')).toBe("gh api repos/acme/widgets --jq '.owner.id, .id'")
  })
})

describe('namesOtherForm', () => {
  it('for any repository and rest, the other form is found and rewritten into the token’s', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,12}$/)
    const id = fc.stringMatching(/^[1-9][0-9]{0,9}$/)
    const rest = fc.stringMatching(/^[a-z0-9/.:*+?()|-]{0,20}$/)
    fc.assert(
      fc.property(name, name, id, id, rest, (owner, repo, ownerId, repoId, r) => {
        fc.pre(!r.includes('repo'))
        const ids = { ownerId, repoId }
        const immutable = formatSubject({ owner, repo, rest: r }, ids)
        const named = formatSubject({ owner, repo, rest: r })
        for (const [token, policy] of [
          [immutable, named],
          [named, immutable]
        ] as const) {
          expect(namesOtherForm({ subject: policy }, token, ids, test)).toMatchObject({
            write: { field: 'subject', value: token },
            admits: true
          })
          // Go's QuoteMeta of one form becomes QuoteMeta of the other.
          expect(
            namesOtherForm({ subject_pattern: quoteMeta(policy) }, token, ids, test)
          ).toMatchObject({
            write: { field: 'subject_pattern', value: quoteMeta(token) },
            admits: true
          })
        }
      }),
      { numRuns: 200 }
    )
  })

  it('a name-only subject against an immutable token: the line in the immutable form', () => {
    expect(namesOtherForm({ subject: NAMED }, IMMUTABLE, IDS, test)).toEqual({
      field: 'subject',
      token: 'immutable',
      owner: 'acme',
      repo: 'widgets',
      ids: IDS,
      write: { field: 'subject', value: IMMUTABLE },
      admits: true,
      covers: 'same'
    })
  })

  it('an immutable subject against a name-only token (GHES, or not opted in)', () => {
    expect(namesOtherForm({ subject: IMMUTABLE }, NAMED, IDS, test)).toMatchObject({
      token: 'name-only',
      write: { field: 'subject', value: NAMED },
      admits: true
    })
    // Without the ID claims the policy's IDs are taken as they are.
    expect(namesOtherForm({ subject: IMMUTABLE }, NAMED, undefined, test)).toMatchObject({
      admits: true
    })
  })

  it('the other form of another ref: said, with the line that would still not admit', () => {
    const release = 'repo:acme/widgets:ref:refs/heads/release'
    expect(namesOtherForm({ subject: release }, IMMUTABLE, IDS, test)).toMatchObject({
      write: {
        field: 'subject',
        value: 'repo:acme@1000001/widgets@2000002:ref:refs/heads/release'
      },
      admits: false
    })
  })

  it('says nothing for the same form, another repository or other IDs (a re-created repository)', () => {
    expect(namesOtherForm({ subject: IMMUTABLE }, IMMUTABLE, IDS, test)).toBeUndefined()
    expect(namesOtherForm({ subject: NAMED }, NAMED, IDS, test)).toBeUndefined()
    expect(
      namesOtherForm({ subject: 'repo:acme/gadgets:ref:refs/heads/main' }, IMMUTABLE, IDS, test)
    ).toBeUndefined()
    expect(
      namesOtherForm({ subject: 'repo:Acme/widgets:ref:refs/heads/main' }, IMMUTABLE, IDS, test)
    ).toBeUndefined()
    expect(
      namesOtherForm(
        { subject: 'repo:acme@1000001/widgets@999:ref:refs/heads/main' },
        NAMED,
        IDS,
        test
      )
    ).toBeUndefined()
    expect(namesOtherForm({ subject: 'x' }, 'not-github', IDS, test)).toBeUndefined()
  })

  it('a subject_pattern spelling the name-only repository is rewritten everywhere it does', () => {
    const pattern =
      'repo:acme/widgets:ref:refs/heads/main|repo:acme/widgets:ref:refs/heads/(dev|release)'
    const got = namesOtherForm({ subject_pattern: pattern }, IMMUTABLE, IDS, test)
    expect(got).toMatchObject({
      field: 'subject_pattern',
      write: {
        field: 'subject_pattern',
        value:
          'repo:acme@1000001/widgets@2000002:ref:refs/heads/main|repo:acme@1000001/widgets@2000002:ref:refs/heads/(dev|release)'
      },
      admits: true
    })
    // Escaped spellings are found too, and the result is quoted as Go's QuoteMeta does.
    expect(
      namesOtherForm(
        { subject_pattern: 'repo\\:my\\-org/my\\.repo:.*' },
        'repo:my-org@1/my.repo@2:pull_request',
        { ownerId: '1', repoId: '2' },
        test
      )
    ).toMatchObject({ write: { value: 'repo:my-org@1/my\\.repo@2:.*' }, admits: true })
  })

  it('an immutable subject_pattern against a name-only token, with or without the ID claims', () => {
    const pattern = 'repo:acme@1000001/widgets@2000002:ref:refs/heads/.*'
    for (const ids of [IDS, undefined]) {
      expect(namesOtherForm({ subject_pattern: pattern }, NAMED, ids, test)).toMatchObject({
        token: 'name-only',
        write: { field: 'subject_pattern', value: 'repo:acme/widgets:ref:refs/heads/.*' },
        admits: true
      })
    }
  })

  it('a pattern that admits the other form without spelling it: the exact subject to write', () => {
    expect(
      namesOtherForm(
        { subject_pattern: 'repo:acme/[a-z]+:ref:refs/heads/main' },
        IMMUTABLE,
        IDS,
        test
      )
    ).toMatchObject({
      write: { field: 'subject', value: IMMUTABLE },
      admits: true,
      covers: 'exact'
    })
    // It needs the IDs to build the immutable form of a name-only token's subject.
    expect(
      namesOtherForm(
        { subject_pattern: 'repo:acme@[0-9]+/widgets@[0-9]+:.*' },
        NAMED,
        undefined,
        test
      )
    ).toBeUndefined()
  })

  it('a pattern for every repository of the owner: made to admit both forms', () => {
    const pattern = 'repo:acme/[^:]+:ref:refs/heads/main'
    expect(namesOtherForm({ subject_pattern: pattern }, IMMUTABLE, IDS, test)).toMatchObject({
      write: {
        field: 'subject_pattern',
        value: 'repo:acme(?:@1000001)?/[^:]+:ref:refs/heads/main'
      },
      admits: true,
      covers: 'both'
    })
    // The other way round, the owner's ID read from the pattern when the claims lack it.
    expect(
      namesOtherForm({ subject_pattern: 'repo:acme@1000001/.*' }, NAMED, undefined, test)
    ).toMatchObject({
      token: 'name-only',
      write: { value: 'repo:acme(?:@1000001)?/.*' },
      covers: 'both'
    })
    // Another owner ID is another owner.
    expect(namesOtherForm({ subject_pattern: 'repo:acme@7/.*' }, NAMED, IDS, test)).toBeUndefined()
  })

  it('says nothing when the pattern admits the token, or neither form', () => {
    expect(namesOtherForm({ subject_pattern: 'repo:acme.*' }, IMMUTABLE, IDS, test)).toBeUndefined()
    expect(
      namesOtherForm({ subject_pattern: 'repo:other/.*' }, IMMUTABLE, IDS, test)
    ).toBeUndefined()
    expect(namesOtherForm({ subject_pattern: '(' }, IMMUTABLE, IDS, test)).toBeUndefined()
  })
})
