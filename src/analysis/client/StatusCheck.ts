import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * The expression client code reads a response's status from (docs/architecture.md, "One recogniser per side"): `res.status`,
 * `response.statusCode`, `error.response?.status`, `xhr.status`, `this.status` in an XHR handler, a
 * destructured `status`, or the parameter of a small predicate (`(s) => s === 200 || s === 202`).
 */
export interface StatusSubject {
  /** The expression that is read. */
  readonly node: TSESTree.Node;
  /** Its normalised text (`error.response.status`), to tell whether two reads are the same subject. */
  readonly key: string;
  /**
   * The response the status belongs to, as normalised text (`res`, `error.response`, `this`), when known;
   * consumption of the result is looked for on it.
   */
  readonly responseKey: string | undefined;
  /** The object pattern the status was destructured from, whose `data`/`body` siblings hold the result. */
  readonly pattern: TSESTree.ObjectPattern | undefined;
}

/**
 * A condition over one status subject: exactly when (`exact`), only when (`necessary`), or always when
 * (`sufficient`) the status is (`in`) or is not (`notIn`) one of `codes`. `status === 202 && ready` is a
 * necessary `in {202}`; `status === 202 || force` a sufficient one.
 */
export interface CodeCondition {
  readonly sense: 'in' | 'notIn';
  readonly codes: ReadonlySet<number>;
  readonly strength: 'exact' | 'necessary' | 'sufficient';
}

/** How the check names 202: a comparison, an `includes`/`has` on codes, a `case` label. */
export type CheckForm = 'comparison' | 'includes' | 'switch';

/** The edit that drops 202 from a check, so that a 202 takes the path of other statuses. */
export type RemoveAcceptedFix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/**
 * A place where client code branches on a response's status and 202 leads into a branch (docs/architecture.md, "One recogniser per side").
 * One condition that names 202 yields one check per place it is tested (a predicate called twice yields two).
 */
export interface StatusCheck {
  readonly form: CheckForm;
  /** The part that names 202 (`status === 202`, the `202` of `[200, 202]`, the `case 202` test): where to report. */
  readonly node: TSESTree.Node;
  readonly subject: StatusSubject;
  /** The codes known to lead into `branch` together with 202 (202 included). */
  readonly codes: ReadonlySet<number>;
  /** True when no status outside `codes` reaches the branch. */
  readonly only: boolean;
  /** What runs when the codes match: a consequent, the statements after a guard, a case body, a loop body. */
  readonly branch: readonly TSESTree.Node[];
  /**
   * The statements the codes run into after `branch` when it completes normally: the rest of the block after
   * an `if` (or its `else if` chain) whose branch does not always exit. Empty for other forms, which are not
   * followed past their branch (`switch`, `?:`, loops, short-circuit statements).
   */
  readonly fallsInto: readonly TSESTree.Node[];
  /** The check is the condition of a loop: the loop body runs while the status is 202 (polling). */
  readonly loopCondition: boolean;
  /** Where the condition is tested, when that differs from `node`: the call of a predicate, the read of a named condition. */
  readonly testedAt: TSESTree.Node;
  /** The name of the predicate or named condition the check goes through, if any. */
  readonly via: string | undefined;
  /** The edit that removes 202 from the check, or null when no edit is sound. */
  readonly removeAccepted: RemoveAcceptedFix | null;
}

/**
 * The precedence slip `status === 200 | 202` (always true: `(status === 200) | 202` is never 0), or its
 * logical twin `status === 200 || 202` (always truthy).
 */
export interface StatusSlip {
  readonly node: TSESTree.BinaryExpression | TSESTree.LogicalExpression;
  readonly operator: '|' | '||';
  /** The comparison that was meant to be one of two: `status === 200`. */
  readonly comparison: TSESTree.BinaryExpression;
  /** The code standing alone: `202` in `status === 200 | 202`. */
  readonly bareCode: number;
  /**
   * The edit that keeps the comparison alone (`status === 200 | 202` → `status === 200`), so that a 202 takes
   * the path of other statuses; null unless the bare code is 202 and the comparison an equality.
   */
  readonly removeAccepted: RemoveAcceptedFix | null;
}
