import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { CodePathTracker, type CodePath, type CodePathSegment, type Position } from './codePathTracker.js';

export type LoopStatement =
  | TSESTree.ForStatement
  | TSESTree.ForInStatement
  | TSESTree.ForOfStatement
  | TSESTree.WhileStatement
  | TSESTree.DoWhileStatement;

const LOOPS = new Set<string>([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

export const isLoop = (node: TSESTree.Node): node is LoopStatement => LOOPS.has(node.type);

/**
 * Where each loop's body starts on the code paths: a path that meets it again after an event has run the loop
 * once more. ESLint's code paths join a loop's next run and its exit at the loop's test, so a walk over
 * segments cannot tell "after the send, the loop ended" from "after the send, the body ran again"; this
 * marker can. Its own tracker follows the same code path objects as the collector's.
 */
export class LoopStarts {
  private readonly tracker = new CodePathTracker();
  private readonly starts = new Map<LoopStatement, { path: CodePath; segments: CodePathSegment[] }>();

  readonly listeners: Record<string, (...args: never[]) => void> = {
    ...this.tracker.listeners,
    // ESLint starts the body's first segments while it enters the body, and names the body as their node.
    onCodePathSegmentStart: (segment: CodePathSegment, node: TSESTree.Node) => {
      this.tracker.listeners.onCodePathSegmentStart!(segment as never);
      const loop = node.parent;
      if (!loop || !isLoop(loop) || loop.body !== node) return;
      const path = this.tracker.currentPath();
      if (!path) return;
      const start = this.starts.get(loop);
      if (start?.path === path) start.segments.push(segment);
      else this.starts.set(loop, { path, segments: [segment] });
    },
  };

  /** Where `loop`'s body starts, before any event in it; undefined when it is on no code path. */
  start(loop: LoopStatement): Position | undefined {
    const start = this.starts.get(loop);
    return start && { path: start.path, segments: start.segments, at: loop.body.range[0] };
  }
}
