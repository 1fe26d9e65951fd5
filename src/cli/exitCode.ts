/** The CLI's exit codes, the same as ESLint's. */
export const ExitCode = {
  /** No error-level finding and not more warnings than `--max-warnings`. */
  Ok: 0,
  /** Error-level findings, or more warnings than `--max-warnings`. */
  Findings: 1,
  /** Usage error (unknown flag, bad value, missing path) or an internal error. */
  Failure: 2,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
