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
      this.frames.push({ path, segments: new Set() });
    },
    onCodePathEnd: () => {
      this.frames.pop();
    },
    onCodePathSegmentStart: (segment: CodePathSegment) => this.frames.at(-1)?.segments.add(segment),
    onCodePathSegmentEnd: (segment: CodePathSegment) => this.frames.at(-1)?.segments.delete(segment),
    onUnreachableCodePathSegmentStart: (segment: CodePathSegment) => this.frames.at(-1)?.segments.add(segment),
    onUnreachableCodePathSegmentEnd: (segment: CodePathSegment) => this.frames.at(-1)?.segments.delete(segment),
  };

  /** The position of `node`, which the traversal is at now; undefined outside any code path. */
  position(node: TSESTree.Node): Position | undefined {
    const frame = this.frames.at(-1);
    if (!frame || frame.segments.size === 0) return undefined;
    return { path: frame.path, segments: [...frame.segments], at: node.range[1] };
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
