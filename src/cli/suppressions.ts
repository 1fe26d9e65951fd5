import fs from 'node:fs';
import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

import { messageCounts } from './messageCounts.js';

/**
 * ESLint's bulk-suppressions file (ESLint 9.24+, `eslint-suppressions.json`): per file (relative to the
 * current folder, `/` separators) and rule, how many error-level findings are tolerated. The same format,
 * so the file works with both `eslint` and `http-status-lint`. ESLint's own implementation is internal (not
 * reachable through its package exports), so this is written to the format.
 */
export type SuppressionsFile = Record<string, Record<string, { count: number }>>;

export const DEFAULT_SUPPRESSIONS_FILE = 'eslint-suppressions.json';

/** `counts` per rule of the error-level findings among `messages` (warnings are never suppressed). */
function errorCountsByRule(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.severity === 2 && message.ruleId) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  return counts;
}

export class Suppressions {
  constructor(
    /** Absolute path of the suppressions file. */
    readonly file: string,
    /** Folder the file's paths are relative to. */
    readonly cwd: string,
  ) {}

  /** The file's key for `filePath`. */
  key(filePath: string): string {
    return path.relative(this.cwd, filePath).split(path.sep).join('/');
  }

  exists(): boolean {
    return fs.existsSync(this.file);
  }

  /** The file's suppressions; none when it does not exist. */
  load(): SuppressionsFile {
    let text;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      return JSON.parse(text) as SuppressionsFile;
    } catch (error) {
      throw new Error(`the suppressions file ${this.file} is not valid JSON.`, { cause: error });
    }
  }

  /** Writes `suppressions` with sorted keys and two-space indents, as ESLint does (stable diffs). */
  save(suppressions: SuppressionsFile): void {
    const sorted = Object.fromEntries(
      Object.keys(suppressions)
        .sort()
        .map((file) => [file, Object.fromEntries(Object.keys(suppressions[file] ?? {}).sort().map((rule) => [rule, { count: suppressions[file]![rule]!.count }]))]),
    );
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify(sorted, null, 2));
  }

  /** Records the current error counts of every rule (or of `rules` only), keeping the file's other entries. */
  suppress(results: readonly ESLint.LintResult[], rules?: readonly string[]): void {
    const suppressions = this.load();
    for (const result of results) {
      for (const [rule, count] of errorCountsByRule(result.messages)) {
        if (rules && !rules.includes(rule)) continue;
        (suppressions[this.key(result.filePath)] ??= {})[rule] = { count };
      }
    }
    this.save(suppressions);
  }

  /** Lowers counts to the findings that remain and drops entries of fixed findings and deleted files. */
  prune(results: readonly ESLint.LintResult[]): void {
    const suppressions = this.load();
    const { unused } = this.apply(results, suppressions);
    for (const [file, rules] of Object.entries(unused)) {
      for (const [rule, { count }] of Object.entries(rules)) {
        const entry = suppressions[file]?.[rule];
        if (!entry) continue;
        if (entry.count <= count) delete suppressions[file]![rule];
        else entry.count -= count;
      }
      if (Object.keys(suppressions[file] ?? {}).length === 0) delete suppressions[file];
    }
    for (const file of Object.keys(suppressions)) {
      if (!fs.existsSync(path.resolve(this.cwd, file))) delete suppressions[file];
    }
    this.save(suppressions);
  }

  /**
   * Moves the findings of a file and rule into `suppressedMessages` when there are no more of them than the
   * file tolerates (more means new ones: then all of them are reported, as ESLint does). `unused` counts
   * what is tolerated but no longer found.
   */
  apply(results: readonly ESLint.LintResult[], suppressions: SuppressionsFile): { results: ESLint.LintResult[]; unused: SuppressionsFile } {
    const unused: SuppressionsFile = {};
    const applied = results.map((result) => {
      const key = this.key(result.filePath);
      const tolerated = suppressions[key];
      if (!tolerated) return result;
      const counts = errorCountsByRule(result.messages);
      const suppressed = new Set<string>();
      for (const [rule, { count }] of Object.entries(tolerated)) {
        const found = counts.get(rule) ?? 0;
        if (found > 0 && found <= count) suppressed.add(rule);
        if (found < count) (unused[key] ??= {})[rule] = { count: count - found };
      }
      if (suppressed.size === 0) return result;
      const isSuppressed = (message: Linter.LintMessage): boolean => message.severity === 2 && suppressed.has(message.ruleId ?? '');
      const messages = result.messages.filter((message) => !isSuppressed(message));
      return {
        ...result,
        messages,
        suppressedMessages: [
          ...result.suppressedMessages,
          ...result.messages.filter(isSuppressed).map((message) => ({ ...message, suppressions: [{ kind: 'file' as const, justification: '' }] })),
        ],
        ...messageCounts(messages),
      };
    });
    return { results: applied, unused };
  }
}
