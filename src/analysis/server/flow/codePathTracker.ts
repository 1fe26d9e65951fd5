import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

export type CodePath = TSESLint.CodePath;
export type CodePathSegment = TSESLint.CodePathSegment;

/**
 * Where an event happens: its code path (the function it runs in), the segments current there, and its
 * order within a segment. Code in one segment runs straight through, and a node's effect happens when its
 * evaluation ends (`res.status(401)` before `.json(x)` in `res.status(401).json(x)`; arguments before their
 * call), so the end of the node's range orders the events of one segment.
 */
export interface Position {
  readonly path: CodePath;
  readonly segments: readonly CodePathSegment[];
  readonly at: number;
}

interface Frame {
  readonly path: CodePath;
  readonly segments: Set<CodePathSegment>;
  /**
   * `segments` as an array, made at the first position asked for since they last changed: the statements of
   * one segment share it (the collector places every statement), instead of copying the set for each.
   */
  snapshot?: readonly CodePathSegment[] | undefined;
}

/**
 * Follows ESLint's code path analysis (the `onCodePath*` events ESLint 9 and 10 give rules) so that an
 * event can be placed on its code path while the traversal is at its node. Unreachable segments are
 * tracked too: no path from a function's start reaches them, so what happens there never counts.
 */
export class CodePathTracker {
  private readonly frames: Frame[] = [];
  /** For a function's code path: where the function is created in the code path around it. */
  private readonly creation = new WeakMap<CodePath, Position | null>();

  /** The `onCodePath*` listeners that keep the tracker current; merged into the host rule's listener. */
  readonly listeners: Record<string, (...args: never[]) => void> = {
    onCodePathStart: (path: CodePath, node: TSESTree.Node) => {
      // A function declaration is hoisted: it exists before any statement of the code around it runs.
      const created = node.type === AST_NODE_TYPES.FunctionDeclaration ? null : this.position(node);
      this.creation.set(path, created ?? null);
      this.frames.push({ path, segments: new Set(), snapshot: undefined });
    },
    onCodePathEnd: () => {
      this.frames.pop();
    },
    onCodePathSegmentStart: (segment: CodePathSegment) => this.enter(segment),
    onCodePathSegmentEnd: (segment: CodePathSegment) => this.leave(segment),
    onUnreachableCodePathSegmentStart: (segment: CodePathSegment) => this.enter(segment),
    onUnreachableCodePathSegmentEnd: (segment: CodePathSegment) => this.leave(segment),
  };

  private enter(segment: CodePathSegment): void {
    const frame = this.frames.at(-1);
    if (!frame) return;
    frame.segments.add(segment);
    frame.snapshot = undefined;
  }

  private leave(segment: CodePathSegment): void {
    const frame = this.frames.at(-1);
    if (!frame) return;
    frame.segments.delete(segment);
    frame.snapshot = undefined;
  }

  /** The position of `node`, which the traversal is at now; undefined outside any code path. */
  position(node: TSESTree.Node): Position | undefined {
    const frame = this.frames.at(-1);
    if (!frame || frame.segments.size === 0) return undefined;
    frame.snapshot ??= [...frame.segments];
    return { path: frame.path, segments: frame.snapshot, at: node.range[1] };
  }

  /** The code path the traversal is in now. */
  currentPath(): CodePath | undefined {
    return this.frames.at(-1)?.path;
  }

  /** Where the function of `path` is created in the code path around it; null when hoisted or unknown. */
  createdAt(path: CodePath): Position | null {
    return this.creation.get(path) ?? null;
  }
}
