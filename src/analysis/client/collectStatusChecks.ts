import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { memberName } from '../ast/memberName.js';
import { unwrapChain } from '../ast/unwrap.js';
import { codeCondition, comparedCode, negate, type ConditionOverride } from './codeCondition.js';
import { ACCEPTED } from './completionCodes.js';
import { conditionRoot, conditionUse, type ConditionUse } from './conditionUse.js';
import { removeElementFix, removeOperandFix } from './removeAccepted.js';
import { resolveStatusSet, type StatusSet } from './resolveStatusSet.js';
import { smallPredicate } from './smallPredicate.js';
import type { CheckForm, CodeCondition, RemoveAcceptedFix, StatusCheck, StatusSlip, StatusSubject } from './StatusCheck.js';
import { statusSubject } from './statusSubject.js';
import { statusSlip } from './statusSlip.js';
import { subjectKey } from './subjectKey.js';
import { switchChecks } from './switchChecks.js';

export interface StatusCheckHandlers {
  readonly onCheck: (check: StatusCheck) => void;
  readonly onSlip?: (slip: StatusSlip) => void;
}

/** One place that names 202: `status === 202`, or `[200, 202].includes(status)`. */
interface AcceptedAtom {
  readonly form: Exclude<CheckForm, 'switch'>;
  /** The comparison or the `includes` call. */
  readonly node: TSESTree.Expression;
  /** What is compared: `res.status`. */
  readonly compared: TSESTree.Node;
  /** Where to report: the comparison, or the `202` of an array written in place. */
  readonly report: TSESTree.Node;
  readonly set: StatusSet | undefined;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);
const MEMBERSHIP = new Set(['includes', 'has']);

/**
 * The client recogniser (docs/architecture.md, "One recogniser per side") as listeners: calls `onCheck` for every place a status check lets
 * 202 into a branch, and `onSlip` for `status === 200 | 202`. Every listener starts from a node that names
 * 202 — a comparison of a status-shaped side (`x.status`, `x.statusCode`, a name) with a code that resolves
 * to 202, an `includes`/`has` on a list holding 202, a `switch` on a status — after cheap shape tests, so
 * other code costs a few property reads. A condition is followed once, from its first 202. The caller
 * decides per file, before calling, whether the file can matter (`gates/mayMention.ts`).
 */
export function collectStatusChecks(context: Context, handlers: StatusCheckHandlers): TSESLint.RuleListener {
  const seen = new WeakSet<TSESTree.Node>();
  const fromAtom = (atom: AcceptedAtom) => {
    const root = conditionRoot(atom.node);
    if (seen.has(root)) return;
    seen.add(root);
    for (const check of checksFromAtom(atom, root, context)) handlers.onCheck(check);
  };
  const slip = (node: TSESTree.BinaryExpression | TSESTree.LogicalExpression) => {
    const onSlip = handlers.onSlip;
    const found = onSlip && statusSlip(node, context);
    if (found) onSlip(found);
  };

  return {
    BinaryExpression(node) {
      if (node.operator === '|') return slip(node);
      if (!EQUALITY.has(node.operator)) return;
      const compared = comparedCode(node, context);
      if (compared?.code === ACCEPTED) fromAtom({ form: 'comparison', node, compared: compared.subject, report: node, set: undefined });
    },
    LogicalExpression(node) {
      if (node.operator === '||') slip(node);
    },
    CallExpression(node) {
      const callee = unwrapChain(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || node.arguments.length !== 1) return;
      const method = memberName(callee);
      if (method === undefined || !MEMBERSHIP.has(method) || !mayReadStatus(node.arguments[0]!)) return;
      const set = resolveStatusSet(callee.object, context);
      if (!set?.codes.has(ACCEPTED)) return;
      const element = set.inlineArray ? set.elements.find((e) => e.code === ACCEPTED)?.node : undefined;
      fromAtom({ form: 'includes', node, compared: node.arguments[0]!, report: element ?? node, set });
    },
    SwitchStatement(node) {
      for (const check of switchChecks(node, context)) handlers.onCheck(check);
    },
  };
}

/** A cheap shape test before resolving a list: `x.status`, `x.statusCode`, or a plain name. */
function mayReadStatus(node: TSESTree.Node): boolean {
  const expr = unwrapChain(node);
  if (expr.type === AST_NODE_TYPES.Identifier) return true;
  const name = expr.type === AST_NODE_TYPES.MemberExpression ? memberName(expr) : undefined;
  return name === 'status' || name === 'statusCode';
}

/** Follows a condition that names 202 to every place it is tested: in place, through a named `const`, through a predicate's callers. */
function checksFromAtom(atom: AcceptedAtom, root: TSESTree.Expression, context: Context): StatusCheck[] {
  const use = conditionUse(root, atom.node);
  const key = subjectKey(atom.compared);
  if (!use || key === undefined) return [];

  if (use.kind === 'predicate') {
    const predicate = smallPredicate(use.fn);
    if (!predicate || predicate.condition !== root) return [];
    const parameter = predicate.parameter.name;
    // (s) => s === 202 …, or (res) => res.status === 202 …
    const suffix = key === parameter ? '' : key.startsWith(`${parameter}.`) ? key.slice(parameter.length) : undefined;
    if (suffix === undefined || (suffix !== '' && !statusSubject(atom.compared, context))) return [];
    const removal = soundRemoval(atom, root, key, context);
    return callsOf(predicate.name, context).flatMap((call) => {
      const argument = call.arguments[0];
      const argumentKey = argument && subjectKey(argument);
      if (!argument || argumentKey === undefined) return [];
      const subject: StatusSubject | undefined =
        suffix === '' ? statusSubject(argument, context) : { node: argument, key: argumentKey + suffix, responseKey: argumentKey, pattern: undefined };
      return subject ? checksAt(call, subject, atom, predicate.name.name, removal, context) : [];
    });
  }

  const subject = statusSubject(atom.compared, context);
  if (!subject) return [];
  const removal = soundRemoval(atom, use.condition, key, context);
  if (use.kind === 'branch') return checkFromUse(use, atom.node, subject, atom, undefined, removal, context);

  // const ok = res.status === 200 || res.status === 202; … if (ok) …
  const variable = context.sourceCode.getDeclaredVariables(use.declarator)[0];
  const name = use.declarator.id.type === AST_NODE_TYPES.Identifier ? use.declarator.id.name : undefined;
  return (variable?.references ?? [])
    .filter((reference) => reference.isRead())
    .flatMap((reference) => checksAt(reference.identifier as TSESTree.Expression, subject, atom, name, removal, context));
}

/** The checks where `tested` (a predicate call, a named condition's read) is part of a branch condition. */
function checksAt(
  tested: TSESTree.Expression,
  subject: StatusSubject,
  atom: AcceptedAtom,
  via: string | undefined,
  removal: RemoveAcceptedFix | null,
  context: Context,
): StatusCheck[] {
  const root = conditionRoot(tested);
  const use = conditionUse(root, tested);
  return use?.kind === 'branch' ? checkFromUse(use, tested, subject, atom, via, removal, context) : [];
}

function checkFromUse(
  use: Extract<ConditionUse, { kind: 'branch' }>,
  testedAt: TSESTree.Node,
  subject: StatusSubject,
  atom: AcceptedAtom,
  via: string | undefined,
  removal: RemoveAcceptedFix | null,
  context: Context,
): StatusCheck[] {
  const condition = codeCondition(use.condition, subject.key, context);
  if (!condition?.codes.has(ACCEPTED)) return [];
  const positive = condition.sense === 'in';
  const oriented = positive ? condition : negate(condition);
  const branch = positive ? use.whenTrue : use.whenFalse;
  if (branch.length === 0) return [];
  const fallsInto = positive ? use.afterTrue : use.afterFalse;
  return [
    {
      form: atom.form,
      node: atom.report,
      subject,
      codes: oriented.codes,
      only: oriented.strength !== 'sufficient',
      branch,
      fallsInto,
      loopCondition: use.loop,
      testedAt,
      via,
      removeAccepted: removal,
    },
  ];
}

/**
 * The edit that drops 202 from the condition at `root`, when it is sound: the edit leaves every other status
 * where it was (202 is dropped from an `||` of equalities, an `&&` of inequalities, or an array written in
 * place) and, read again with 202 gone, the condition keeps its shape with exactly 202 fewer codes.
 */
function soundRemoval(atom: AcceptedAtom, root: TSESTree.Node, key: string, context: Context): RemoveAcceptedFix | null {
  let override: ConditionOverride;
  let fix: RemoveAcceptedFix | null;
  if (atom.form === 'comparison') {
    const parent = atom.node.parent;
    const operator = (atom.node as TSESTree.BinaryExpression).operator;
    const equal = operator === '===' || operator === '==';
    if (parent?.type !== AST_NODE_TYPES.LogicalExpression || parent.operator !== (equal ? '||' : '&&')) return null;
    override = { node: atom.node, condition: { sense: equal ? 'in' : 'notIn', codes: new Set(), strength: 'exact' } };
    fix = removeOperandFix(atom.node, context);
  } else {
    const accepted = atom.set?.elements.filter((element) => element.code === ACCEPTED) ?? [];
    if (!atom.set?.inlineArray || accepted.length !== 1) return null;
    override = { node: atom.node, condition: { sense: 'in', codes: new Set([...atom.set.codes].filter((code) => code !== ACCEPTED)), strength: 'exact' } };
    fix = removeElementFix(atom.set.inlineArray, accepted[0]!.node, context);
  }
  const before = orient(codeCondition(root, key, context));
  const after = orient(codeCondition(root, key, context, override));
  if (!before || !after || before.strength === 'sufficient' || after.strength !== before.strength) return null;
  const expected = [...before.codes].filter((code) => code !== ACCEPTED);
  return before.codes.has(ACCEPTED) && after.codes.size === expected.length && expected.every((code) => after.codes.has(code)) ? fix : null;
}

/** A condition seen from the branch 202 takes: always an `in`. */
function orient(condition: CodeCondition | undefined): CodeCondition | undefined {
  return condition && (condition.sense === 'in' ? condition : negate(condition));
}

/** The calls of a function declared in this file: `isSuccess(…)` for `isSuccess`. */
function callsOf(name: TSESTree.Identifier, context: Context): TSESTree.CallExpression[] {
  const declaration = name.parent;
  const variable = declaration ? context.sourceCode.getDeclaredVariables(declaration).find((v) => v.name === name.name) : undefined;
  return (variable?.references ?? []).flatMap((reference) => {
    const parent = reference.identifier.parent;
    return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier ? [parent] : [];
  });
}
