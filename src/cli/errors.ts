// Errors the CLI reports as one line with exit code 2 (bad input or usage), never a stack trace.
export class UsageError extends Error {
  readonly exitCode = 2;
}
