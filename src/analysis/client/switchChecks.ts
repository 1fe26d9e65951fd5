import type { TSESTree } from '@typescript-eslint/utils';

import type { Context } from '../ast/Context.js';
import { resolveStatus } from '../status/resolveStatus.js';
import { alwaysExits } from './alwaysExits.js';
import { ACCEPTED } from './completionCodes.js';
import { removeCaseLabelFix } from './removeAccepted.js';
import type { StatusCheck } from './StatusCheck.js';
import { statusSubject } from './statusSubject.js';

/**
 * The checks of a `switch` on a status with a `case 202:`. The branch is every statement a 202 runs, through
 * fall-through, up to the first that exits; the codes are the labels of every case that falls into the
 * same statements:
 *
 *     switch (res.status) {
 *       case 200:
 *       case 202:            ← 202 shares `return res.json()` with 200
 *         return res.json();
 *       default:
 *         throw new Error();
 *     }
 */
export function switchChecks(node: TSESTree.SwitchStatement, context: Context): StatusCheck[] {
  const subject = statusSubject(node.discriminant, context);
  if (!subject) return [];
  const labels = node.cases.map((switchCase) => (switchCase.test ? resolveStatus(switchCase.test, context) : undefined));
  const acceptedAt = labels.flatMap((code, index) => (code === ACCEPTED ? [index] : []));
  if (acceptedAt.length === 0) return [];
  const exits = (index: number) => node.cases[index]!.consequent.some(alwaysExits);

  return acceptedAt.flatMap((start) => {
    const branch: TSESTree.Node[] = [];
    let last = start;
    for (; last < node.cases.length; last++) {
      branch.push(...node.cases[last]!.consequent);
      if (exits(last)) break;
    }
    if (branch.length === 0) return [];
    last = Math.min(last, node.cases.length - 1);
    let first = start;
    while (first > 0 && !exits(first - 1)) first--;
    const shared = labels.slice(first, last + 1);
    const codes = new Set(shared.filter((code): code is number => code !== undefined));
    const switchCase = node.cases[start]!;
    return [
      {
        form: 'switch',
        node: switchCase.test!,
        subject,
        codes,
        only: shared.every((code) => code !== undefined),
        branch,
        fallsInto: [],
        loopCondition: false,
        testedAt: switchCase.test!,
        via: undefined,
        removeAccepted: acceptedAt.length === 1 ? removeCaseLabelFix(switchCase, context) : null,
      } satisfies StatusCheck,
    ];
  });
}
