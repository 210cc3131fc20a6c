// What the files can tell of a `${{ … }}` value: the repository's own names, as GitHub's
// expression syntax writes them; everything else unknown, with the reason in words.
import { describe, expect, it } from '@jest/globals'
import { resolveValue } from '../../../src/workflows/expressions.js'

const repo = { owner: 'acme', repo: 'widgets' }
const value = (text: string): string | undefined => {
  const v = resolveValue(text, repo)
  return v.kind === 'known' ? v.value : undefined
}
const why = (text: string): string | undefined => {
  const v = resolveValue(text, repo)
  return v.kind === 'unknown' ? v.why : undefined
}

describe('resolveValue', () => {
  it.each([
    ['acme/widgets', 'acme/widgets'],
    ['', ''],
    ['${{ github.repository }}', 'acme/widgets'],
    ['${{github.repository}}', 'acme/widgets'],
    ['${{   GitHub.Repository   }}', 'acme/widgets'],
    ["${{ github['repository'] }}", 'acme/widgets'],
    ["${{ github [ 'REPOSITORY' ] }}", 'acme/widgets'],
    ['${{ github . repository_owner }}', 'acme'],
    ['${{ github.repository_owner }}/infra', 'acme/infra'],
    ['${{ github.repository_owner }}/${{ github.repository_owner }}-x', 'acme/acme-x'],
    ["${{ 'ci' }}", 'ci'],
    ["${{ 'it''s' }}", "it's"],
    ['no ${ braces }', 'no ${ braces }']
  ])('%s is %s', (text, expected) => {
    expect(value(text)).toBe(expected)
  })

  it('keeps the text as written', () => {
    expect(resolveValue('${{ github.repository }}', repo)).toEqual({
      kind: 'known',
      value: 'acme/widgets',
      text: '${{ github.repository }}'
    })
  })

  it.each([
    ['${{ matrix.scope }}', 'a matrix value'],
    ['${{ MATRIX.scope }}', 'a matrix value'],
    ['${{ inputs.identity }}', 'an input of the workflow'],
    ['${{ github.event.inputs.identity }}', 'an input of the workflow'],
    ['${{ env.SCOPE }}', 'an env value'],
    ['${{ steps.pick.outputs.id }}', 'a step or job output'],
    ['${{ needs.setup.outputs.id }}', 'a step or job output'],
    ['${{ jobs.x.outputs.id }}', 'a step or job output'],
    ['${{ secrets.SCOPE }}', 'a secret'],
    ['${{ vars.SCOPE }}', 'a configuration variable'],
    ["${{ format('{0}/x', github.repository_owner) }}", 'an expression'],
    ['${{ github.repository_id }}', 'an expression'],
    ['${{ github.repositoryx }}', 'an expression'],
    ['${{ github.ref }}', 'an expression'],
    ['acme/${{ matrix.repo }}', 'a matrix value'],
    ['${{ github.repository }}${{ env.X }}', 'an env value'],
    ['${{ github.repository', 'an expression that is never closed']
  ])('%s is unknown: %s', (text, expected) => {
    expect(why(text)).toBe(expected)
    expect(resolveValue(text, repo)).toMatchObject({ kind: 'unknown', text })
  })
})
