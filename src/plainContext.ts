import type { TSESLint } from '@typescript-eslint/utils';

/**
 * The rule context as a plain object of one shape, built once per file in `create()`, for the analysis to read
 * in its hot paths instead of ESLint's own.
 *
 * ESLint makes each rule's context with `Object.create(fileContext)`: a new prototype per file, so a new
 * hidden class per file. Once V8 optimises a function that reads `context.sourceCode` through that prototype
 * chain, the optimised code keeps the file's context, and through it the file's whole `SourceCode`, alive
 * after the lint: measured on a 270 KB Vite bundle linted in a loop, the heap grew by 46 MB per lint for five
 * lints before the code was dropped, and major GCs took 224 ms instead of 8. A trivial rule that reads
 * `context.sourceCode` in a `CallExpression` listener does the same. Reading the same fields from an object
 * literal, whose hidden class is shared by every file, kept the heap flat (docs/architecture.md, Cost);
 * `tests/src/plainContext.test.ts` pins the plain shape.
 */
export function plainContext<MessageIds extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
): Readonly<TSESLint.RuleContext<MessageIds, Options>> {
  const plain = {
    id: context.id,
    options: context.options,
    settings: context.settings,
    filename: context.filename,
    physicalFilename: context.physicalFilename,
    cwd: context.cwd,
    sourceCode: context.sourceCode,
    languageOptions: context.languageOptions,
    report: (descriptor: TSESLint.ReportDescriptor<MessageIds>) => context.report(descriptor),
  };
  // Only these members are read by the rules; the deprecated methods of ESLint 8 are not carried over.
  return plain as unknown as Readonly<TSESLint.RuleContext<MessageIds, Options>>;
}
