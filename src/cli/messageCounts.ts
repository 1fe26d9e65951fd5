import type { ESLint, Linter } from 'eslint';

type Counts = Pick<ESLint.LintResult, 'errorCount' | 'fatalErrorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'>;

/** A result's counts for `messages`: recomputed whenever the CLI drops or suppresses messages. */
export function messageCounts(messages: readonly Linter.LintMessage[]): Counts {
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.filter((message) => message.severity === 1);
  return {
    errorCount: errors.length,
    fatalErrorCount: errors.filter((message) => message.fatal).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((message) => message.fix).length,
    fixableWarningCount: warnings.filter((message) => message.fix).length,
  };
}
