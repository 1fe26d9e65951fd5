import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { alwaysExits } from './alwaysExits.js';

/**
 * Where a condition decides what runs. `whenTrue`/`whenFalse` are the code each outcome leads to: the
 * consequent and alternate, plus the statements after an `if` whose other branch always exits
 * (`if (status !== 200 && status !== 202) throw e; return body` leads `whenFalse` to `return body`).
 */
export type ConditionUse =
  | {
      readonly kind: 'branch';
      /** The condition proper: the test, or the left side of a statement `cond && act()`. */
      readonly condition: TSESTree.Expression;
      readonly whenTrue: readonly TSESTree.Node[];
      readonly whenFalse: readonly TSESTree.Node[];
      /**
       * The statements each outcome runs into when its branch of an `if` does not always exit and they are
       * not part of it already: the rest of the block after the `if` (or after its `else if` chain).
       */
      readonly afterTrue: readonly TSESTree.Node[];
      readonly afterFalse: readonly TSESTree.Node[];
      readonly loop: boolean;
    }
  /** `const ok = cond` — a named condition, tested where `ok` is read. */
  | { readonly kind: 'named'; readonly condition: TSESTree.Expression; readonly declarator: TSESTree.VariableDeclarator }
  /** `(s) => cond` or `function f(s) { return cond }` — tested where the function is called. */
  | { readonly kind: 'predicate'; readonly condition: TSESTree.Expression; readonly fn: TSESTree.FunctionLike };

/** Climbs from a part of a condition to the whole of it: through `&&`, `||`, `!` and value-preserving wrappers. */
export function conditionRoot(node: TSESTree.Node): TSESTree.Expression {
  let current = node as TSESTree.Expression;
  for (;;) {
    const parent = current.parent;
    if (
      (parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator !== '??') ||
      (parent?.type === AST_NODE_TYPES.UnaryExpression && parent.operator === '!') ||
      parent?.type === AST_NODE_TYPES.ChainExpression ||
      parent?.type === AST_NODE_TYPES.TSAsExpression ||
      parent?.type === AST_NODE_TYPES.TSNonNullExpression
    ) {
      current = parent;
    } else {
      return current;
    }
  }
}

/** How the condition rooted at `root` is used, given that `part` (inside it) is what we care about. */
export function conditionUse(root: TSESTree.Expression, part: TSESTree.Node): ConditionUse | undefined {
  const parent = root.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement: {
      if (parent.test !== root) return undefined;
      const after = continuation(parent);
      const trueExits = alwaysExits(parent.consequent);
      const falseExits = parent.alternate !== null && alwaysExits(parent.alternate);
      const whenTrue = [parent.consequent, ...(falseExits ? after : [])];
      const whenFalse = [...(parent.alternate ? [parent.alternate] : []), ...(trueExits ? after : [])];
      // A branch that does not always exit runs into what follows the whole chain (`if … else if …`),
      // unless that is part of it already (at the top of a chain whose other branch exits).
      const top = chainTop(parent);
      const chainAfter = top === parent ? after : continuation(top);
      const afterTrue = trueExits || (falseExits && top === parent) ? [] : chainAfter;
      const afterFalse = !parent.alternate || falseExits || (trueExits && top === parent) ? [] : chainAfter;
      return { kind: 'branch', condition: root, whenTrue, whenFalse, afterTrue, afterFalse, loop: false };
    }
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === root ? plainBranch(root, [parent.consequent], [parent.alternate]) : undefined;
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return parent.test === root ? plainBranch(root, [parent.body], [], true) : undefined;
    case AST_NODE_TYPES.ExpressionStatement: {
      // status === 202 && setResult(data);  ok || reportFailure();
      if (root.type !== AST_NODE_TYPES.LogicalExpression || !within(part, root.left)) return undefined;
      const action = [root.right];
      return root.operator === '&&' ? plainBranch(root.left, action, []) : plainBranch(root.left, [], action);
    }
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === root && parent.id.type === AST_NODE_TYPES.Identifier && parent.parent.kind === 'const'
        ? { kind: 'named', condition: root, declarator: parent }
        : undefined;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === root ? { kind: 'predicate', condition: root, fn: parent } : undefined;
    case AST_NODE_TYPES.ReturnStatement: {
      const block = parent.parent;
      const fn = block.parent;
      return block.type === AST_NODE_TYPES.BlockStatement &&
        block.body.length === 1 &&
        (fn?.type === AST_NODE_TYPES.FunctionDeclaration ||
          fn?.type === AST_NODE_TYPES.FunctionExpression ||
          fn?.type === AST_NODE_TYPES.ArrowFunctionExpression)
        ? { kind: 'predicate', condition: root, fn }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** A branch without statements after it that are followed: a `?:`, a loop, a short-circuit statement. */
function plainBranch(condition: TSESTree.Expression, whenTrue: TSESTree.Node[], whenFalse: TSESTree.Node[], loop = false): ConditionUse {
  return { kind: 'branch', condition, whenTrue, whenFalse, afterTrue: [], afterFalse: [], loop };
}

/** The outermost `if` of an `else if` chain that `statement` is part of. */
function chainTop(statement: TSESTree.IfStatement): TSESTree.Statement {
  let current: TSESTree.Statement = statement;
  while (current.parent?.type === AST_NODE_TYPES.IfStatement && current.parent.alternate === current) current = current.parent;
  return current;
}

/** The statements that follow `statement` in its block, which run once it completes normally. */
function continuation(statement: TSESTree.Statement): TSESTree.Node[] {
  const parent = statement.parent;
  const list =
    parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program || parent?.type === AST_NODE_TYPES.StaticBlock
      ? parent.body
      : parent?.type === AST_NODE_TYPES.SwitchCase
        ? parent.consequent
        : [];
  const index = (list as TSESTree.Node[]).indexOf(statement);
  return index < 0 ? [] : (list as TSESTree.Node[]).slice(index + 1);
}

function within(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  return node.range[0] >= ancestor.range[0] && node.range[1] <= ancestor.range[1];
}
