import { servedMethods } from '../src/analysis/server/routeMethods.js';
import { requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type MessageIds = 'missingAllow' | 'corsIsNotAllow' | 'addAllow';

export default requiredHeaderRule<[], MessageIds>({
  name: 'require-405-allow',
  description: 'Require an `Allow` header listing the supported methods on every 405 Method Not Allowed response.',
  recommended: true,
  messages: {
    missingAllow: '{{status}} response without an Allow header; list the methods the resource supports, e.g. `Allow: {{methods}}`.',
    corsIsNotAllow:
      '{{status}} response without an Allow header; `Access-Control-Allow-Methods` answers CORS preflights only; add `Allow` too, e.g. `Allow: {{methods}}`.',
    addAllow: 'Add the header `Allow: {{value}}`.',
  },
  addMessageId: 'addAllow',
  defaultOptions: [],
  // A suggestion only when the file says which methods the resource serves; the message's example otherwise.
  report: (site, _options, context) => {
    const served = servedMethods(site.node, context);
    const methods = served?.join(', ');
    return {
      messageId: site.headers.names.has('access-control-allow-methods') ? 'corsIsNotAllow' : 'missingAllow',
      data: { methods: methods ?? 'GET, POST' },
      ...(methods ? { value: methods } : {}),
    };
  },
});
