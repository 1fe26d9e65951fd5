import { handlerMethod } from '../src/analysis/server/routeMethods.js';
import { requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type MessageIds = 'missingLocation';

export default requiredHeaderRule<[], MessageIds>({
  name: 'require-201-location',
  type: 'suggestion',
  description: 'Require a `Location` header pointing to the created resource on 201 Created responses (not for `PUT`/`PATCH` routes).',
  // Low harm and common: in `all` only.
  recommended: false,
  messages: {
    missingLocation: '{{status}} response without a Location header; point it to the created resource, e.g. `Location: /items/42`.',
  },
  defaultOptions: [],
  // A PUT or PATCH creates the resource at the request's own URI, which identifies it (RFC 9110 §15.3.2).
  report: (site, _options, context) => {
    const method = handlerMethod(site.node, context);
    return method === 'PUT' || method === 'PATCH' ? null : { messageId: 'missingLocation' };
  },
});
