// The ActionError a call fails with: a test failure when it succeeds or throws anything else.
// Its texts as the action words them (the command line's words: vocabulary.test.ts).
import { expect } from '@jest/globals'
import { ActionError } from '../../../src/errors.js'
import { ACTION, speak } from '../../../src/vocabulary.js'

/** `e` in the action's words: `what` and `fix` with their terms spoken. */
export const inAction = (e: ActionError): ActionError =>
  new ActionError(e.kind, speak(e.what, ACTION), speak(e.fix, ACTION), e.details)

/** `e` checked to be an ActionError, in the action's words. */
export function actionError(e: unknown): ActionError {
  expect(e).toBeInstanceOf(ActionError)
  return inAction(e as ActionError)
}

/** The ActionError `p` rejects with. */
export async function rejection(p: Promise<unknown>, what = 'the call'): Promise<ActionError> {
  const e = await p.then(
    () => {
      throw new Error(`${what} succeeded`)
    },
    (err: unknown) => err
  )
  return actionError(e)
}

/** The ActionError `f` throws. */
export function thrown(f: () => unknown, what = 'the call'): ActionError {
  try {
    f()
  } catch (e) {
    return actionError(e)
  }
  throw new Error(`${what} succeeded`)
}
