/**
 * Ctrl-C and SIGTERM: every part of a run that must tidy up (temporary files,
 * the progress line) registers here; then the process exits 130 or 143.
 */
const hooks = new Set<() => void>();

/** Runs `hook` if the process is interrupted; returns a function that unregisters it. */
export function onInterrupt(hook: () => void): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

export function handleInterrupts(): void {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      for (const hook of hooks) {
        try {
          hook();
        } catch {
          // tidy up what can be; exit regardless
        }
      }
      process.exit(code);
    });
  }
}
