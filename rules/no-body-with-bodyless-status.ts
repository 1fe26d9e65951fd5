import { AST_NODE_TYPES, type TSESLint } from '@typescript-eslint/utils';

import { mayMention } from '../src/analysis/gates/mayMention.js';
import { sendsContent } from '../src/analysis/server/bodyEvidence.js';
import { collectResponseSites } from '../src/analysis/server/collectResponseSites.js';
import { contentLengthHeader } from '../src/analysis/server/contentLengthHeader.js';
import { removeBodyEdit } from '../src/analysis/server/removeBodyEdit.js';
import type { ResponseSite } from '../src/analysis/server/ResponseSite.js';
import { createRule } from '../src/createRule.js';
import { describeStatus } from '../src/http/statusRegistry.js';

export type MessageIds = 'bodyWithStatus' | 'contentLength' | 'removeBody' | 'answerOk' | 'removeContentLength';

const NO_CONTENT = 204;
/** 204 No Content, 205 Reset Content, 304 Not Modified: responses without content (RFC 9110 §15.3.5, §15.3.6, §15.4.5). */
const BODYLESS = new Set([NO_CONTENT, 205, 304]);

/** A status chosen by a condition (`cond ? 200 : 204`): the report goes to its bodyless branch. */
const isBranch = (site: ResponseSite): boolean => site.node.parent?.type === AST_NODE_TYPES.ConditionalExpression;

/** `const init = { status: 204 }` may serve other responses: its status is not this one's to change. */
const isShared = (site: ResponseSite): boolean =>
  site.node.parent?.type === AST_NODE_TYPES.Property && site.node.parent.parent.parent?.type === AST_NODE_TYPES.VariableDeclarator;

export default createRule<[], MessageIds>({
  name: 'no-body-with-bodyless-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow content in a 204 No Content, 205 Reset Content or 304 Not Modified response, and a `Content-Length` on a 204.',
      recommended: true,
      skipInTests: true,
      requirement: 'MUST',
      specification: 'RFC 9110 §15.3.5, §15.3.6, §15.4.5',
    },
    hasSuggestions: true,
    messages: {
      bodyWithStatus: '{{status}} response with a body, which it cannot carry; send none, or answer 200 with the body.',
      contentLength: '`Content-Length: {{value}}` on a 204 No Content response; remove the header (RFC 9110 §8.6).',
      removeBody: 'Send no body: {{edit}}.',
      answerOk: 'Answer 200 OK with the body instead.',
      removeContentLength: 'Remove the `Content-Length` header.',
    },
    schema: [],
  },
  create(context) {
    // Most files never name a status: decided here, once per file, with no listener left behind.
    if (!mayMention(context, BODYLESS)) return {};
    return collectResponseSites(context, BODYLESS, (site) => {
      if (site.status === NO_CONTENT) {
        const length = contentLengthHeader(site, context);
        if (length) {
          const { remove } = length;
          context.report({
            node: length.node,
            messageId: 'contentLength',
            data: { value: length.value },
            suggest: remove ? [{ messageId: 'removeContentLength', fix: remove }] : [],
          });
        }
      }
      if (!sendsContent(site.body, site.framework)) return;
      // `res.status(items.length ? 200 : 204).json(items)`: a body we cannot read may be what the condition
      // tells apart (empty on the 204 branch). A literal body is sent on both branches.
      if (isBranch(site) && site.body.kind === 'unknown') return;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      const edit = removeBodyEdit(site, context);
      if (edit) suggest.push({ messageId: 'removeBody', data: { edit: edit.description }, fix: edit.fix });
      const { node } = site;
      if (!isBranch(site) && !isShared(site)) suggest.push({ messageId: 'answerOk', fix: (fixer) => fixer.replaceText(node, '200') });
      context.report({ node, messageId: 'bodyWithStatus', data: { status: describeStatus(site.status) }, suggest });
    });
  },
});
