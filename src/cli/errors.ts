/**
 * The command line's one failure type: bad usage, a missing or unreadable
 * input, a bad configuration, a remote that gave up. It is reported on one
 * line on stderr and the process exits 2.
 */
export class CliError extends Error {}

/** Exit codes: 0 nothing at the fail level, 1 findings at the fail level, 2 usage or runtime error. */
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
