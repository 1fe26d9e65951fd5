import { ESLintUtils } from '@typescript-eslint/utils';

import { collectResponseSites } from '../../../../src/analysis/server/collectResponseSites.js';

/**
 * A test-only rule that reports every response site with the given statuses as a readable summary, so
 * adapter tests can assert what the recogniser saw:
 * `express 401 headers=[www-authenticate] complete body=object(error) fix`.
 */
export const siteProbe = ESLintUtils.RuleCreator.withoutDocs<[number[]], 'site'>({
  meta: {
    type: 'problem',
    messages: { site: '{{summary}}' },
    schema: [{ type: 'array', items: { type: 'integer' } }],
  },
  defaultOptions: [[202, 401]],
  create(context, [statuses]) {
    return collectResponseSites(context, new Set(statuses), (site) => {
      const headers = `headers=[${[...site.headers.names].sort().join(',')}] ${site.headers.complete ? 'complete' : 'incomplete'}`;
      const body =
        site.body.kind === 'object'
          ? `body=object(${[...site.body.keys].sort().join(',')}${site.body.complete ? '' : ',…'})`
          : site.body.kind === 'text'
            ? `body=text${site.body.hasLink ? '(link)' : ''}`
            : `body=${site.body.kind}`;
      const fix = site.addHeader ? (site.addsOnly === 'www-authenticate' ? 'challenge' : 'fix') : 'nofix';
      context.report({ node: site.node, messageId: 'site', data: { summary: `${site.framework} ${site.status} ${headers} ${body} ${fix}` } });
    });
  },
});

/** The RuleTester error for one site summary. */
export const site = (summary: string, line?: number, column?: number) => ({
  messageId: 'site' as const,
  data: { summary },
  ...(line === undefined ? {} : { line }),
  ...(column === undefined ? {} : { column }),
});
