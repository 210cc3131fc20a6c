// The end of a step. A request the step has given up on can still hold the event loop:
// core.getIDToken has no time limit (its socket waits up to 3 minutes) and its socket is out
// of reach, so it cannot be destroyed. Rather than track what might linger, the entry arms one
// unref'd timer once the step's work is done: when nothing else holds the loop the process
// exits as usual and the timer never fires; when something does, the timer ends the process
// with the exit code the step set. Everything the step writes (stdout, files, the summary) is
// awaited or synchronous by then, so nothing is cut short.

/** Time allowed after the step's work for Node to wind down by itself. */
export const EXIT_GRACE_MS = 1000

export function exitWhenDone(
  graceMs: number = EXIT_GRACE_MS,
  exit: () => void = () => process.exit()
): void {
  setTimeout(exit, graceMs).unref()
}
