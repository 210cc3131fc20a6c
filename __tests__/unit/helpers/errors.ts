// The ActionError a call fails with: a test failure when it succeeds or throws anything else.
import { expect } from '@jest/globals'
import { ActionError } from '../../../src/errors.js'

/** `e` checked to be an ActionError. */
export function actionError(e: unknown): ActionError {
  expect(e).toBeInstanceOf(ActionError)
  return e as ActionError
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
