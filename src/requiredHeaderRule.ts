import type { JSONSchema, TSESLint } from '@typescript-eslint/utils';

import type { Context } from './analysis/ast/Context.js';
import { mayMention } from './analysis/gates/mayMention.js';
import { collectResponseSites } from './analysis/server/collectResponseSites.js';
import { lacksRequiredHeader, REQUIRED_HEADERS, type RequiredHeaderName } from './analysis/server/requiredHeaders.js';
import type { ResponseSite } from './analysis/server/ResponseSite.js';
import { createRule } from './createRule.js';
import { describeStatus } from './http/statusRegistry.js';

/** What a rule says about one response that lacks its header; null to stay silent. */
export interface MissingHeaderReport<MessageIds extends string> {
  readonly messageId: MessageIds;
  readonly data?: Record<string, string>;
  /** The header value a suggestion inserts, when a sound one exists. */
  readonly value?: string;
}

export interface RequiredHeaderRuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: RequiredHeaderName;
  readonly type?: 'problem' | 'suggestion';
  readonly description: string;
  readonly recommended: boolean;
  readonly messages: Record<MessageIds, string>;
  /** The suggestion's message: it gets `header` and `value` as data. */
  readonly addMessageId?: MessageIds;
  readonly schema?: JSONSchema.JSONSchema4[];
  readonly defaultOptions: Options;
  /** The report for a response that lacks the header (`status` is in the data already), or null. */
  readonly report: (site: ResponseSite, options: Options, context: Context) => MissingHeaderReport<MessageIds> | null;
}

/**
 * The options schema of a rule whose one option is the header value its suggestions insert (a challenge, a
 * protocol): an object with that one non-empty string.
 */
export const headerValueOption = (name: string, description: string): JSONSchema.JSONSchema4[] => [
  {
    type: 'object',
    additionalProperties: false,
    properties: { [name]: { type: 'string', minLength: 1, description } },
  },
];

/**
 * A rule of the `require-<status>-<header>` family from its row in `REQUIRED_HEADERS`: every response site of
 * the row's statuses whose headers are known and lack the header is reported, with a suggestion that adds it
 * wherever the adapter has a sound edit and the rule knows a value. Server rules are off in test files.
 */
export function requiredHeaderRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RequiredHeaderRuleDefinition<Options, MessageIds>,
) {
  const row = REQUIRED_HEADERS[definition.name];
  const header = row.header.toLowerCase();
  return createRule<Options, MessageIds>({
    name: definition.name,
    meta: {
      type: definition.type ?? 'problem',
      docs: {
        description: definition.description,
        recommended: definition.recommended,
        skipInTests: true,
        requirement: row.requirement,
        specification: row.specification,
      },
      ...(definition.addMessageId ? { hasSuggestions: true } : {}),
      messages: definition.messages,
      schema: definition.schema ?? [],
      defaultOptions: definition.defaultOptions,
    },
    create(context, options) {
      // Most files never name a status: decided here, once per file, with no listener left behind.
      if (!mayMention(context, row.statuses)) return {};
      return collectResponseSites(context, row.statuses, (site) => {
        if (!lacksRequiredHeader(row, site, context.sourceCode.text)) return;
        const found = definition.report(site, options, context);
        if (!found) return;
        const { addHeader, addsOnly } = site;
        const { value } = found;
        const addMessageId = definition.addMessageId;
        const edit: TSESLint.ReportFixFunction | null =
          addMessageId && value !== undefined && addHeader && (addsOnly === undefined || addsOnly === header)
            ? (fixer) => addHeader(fixer, row.header, value)
            : null;
        context.report({
          node: site.node,
          messageId: found.messageId,
          data: { status: describeStatus(site.status), ...found.data },
          suggest: edit && addMessageId ? [{ messageId: addMessageId, data: { header: row.header, value: value!, ...found.data }, fix: edit }] : [],
        });
      });
    },
  });
}
