import type { CodePathSegment, Position } from './codePathTracker.js';

/** Anything placed on a code path. */
export interface Placed {
  readonly position: Position;
}

/** What an explorer does at an event: go on, end this path there (`cut`), or stop the search (`stop`). */
export type Step = 'continue' | 'cut' | 'stop';

/** How the exploration ended: whether a `stop` was met, and whether some path ran to the end of its function. */
export interface Exploration {
  readonly stopped: boolean;
  readonly ended: boolean;
}

const rank = (event: Placed): number => ((event as { kind?: string }).kind === 'send' ? 1 : 0);

/** The events of one code path by segment, each list in evaluation order. */
export class SegmentIndex<E extends Placed> {
  private readonly bySegment = new Map<CodePathSegment, E[]>();

  constructor(events: Iterable<E>) {
    for (const event of events) {
      for (const segment of event.position.segments) {
        const list = this.bySegment.get(segment);
        if (list) list.push(event);
        else this.bySegment.set(segment, [event]);
      }
    }
    // At one position (`res.redirect(url)` sets Location and sends), what the call sets comes before its send.
    for (const list of this.bySegment.values()) list.sort((a, b) => a.position.at - b.position.at || rank(a) - rank(b));
  }

  events(segment: CodePathSegment): readonly E[] {
    return this.bySegment.get(segment) ?? [];
  }
}

/**
 * Walks every path forward from a starting point — the start of a function (`from` undefined, `initial`
 * given) or just after an event — visiting the events on the way in order. `visit` decides at each event:
 * `cut` ends that path (what was looked for is on it), `stop` ends the whole walk (a path without it was
 * found). A loop is walked once: a segment entered at its start a second time adds no new path.
 */
export function explorePaths<E extends Placed>(
  index: SegmentIndex<E>,
  start: { readonly from: E } | { readonly initial: CodePathSegment },
  visit: (event: E) => Step,
): Exploration {
  const entered = new Set<CodePathSegment>();
  const queue: CodePathSegment[] = [];
  let ended = false;

  /** Visits the events of `segment` after `after`; true when the path goes on past the segment's end. */
  const walk = (segment: CodePathSegment, after: number, skip: E | undefined): Step => {
    for (const event of index.events(segment)) {
      if (event === skip || event.position.at <= after) continue;
      const step = visit(event);
      if (step !== 'continue') return step;
    }
    if (segment.nextSegments.length === 0) ended = true;
    for (const next of segment.nextSegments) {
      if (!entered.has(next)) {
        entered.add(next);
        queue.push(next);
      }
    }
    return 'continue';
  };

  if ('initial' in start) {
    entered.add(start.initial);
    queue.push(start.initial);
  } else {
    for (const segment of start.from.position.segments) {
      if (walk(segment, start.from.position.at, start.from) === 'stop') return { stopped: true, ended };
    }
  }
  while (queue.length > 0) {
    if (walk(queue.shift()!, -Infinity, undefined) === 'stop') return { stopped: true, ended };
  }
  return { stopped: false, ended };
}
