import { describe, expect, it } from '@jest/globals'
import { EXIT_GRACE_MS, exitWhenDone } from '../../src/steps/exit.js'

describe('exitWhenDone', () => {
  it('ends the process when something still holds the event loop after the grace time', async () => {
    let exited = 0
    const started = Date.now()
    exitWhenDone(20, () => void exited++)
    // Something that lingers (a request the step gave up on) keeps the loop busy meanwhile.
    await new Promise(resolve => setTimeout(resolve, 200))
    expect(exited).toBe(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(20)
  })

  it('does not fire before the grace time, and allows Node a second by default', async () => {
    let exited = 0
    exitWhenDone(5000, () => void exited++)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(exited).toBe(0)
    expect(EXIT_GRACE_MS).toBe(1000)
  })
})
