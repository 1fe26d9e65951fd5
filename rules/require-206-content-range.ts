import { requiredHeaderRule } from '../src/requiredHeaderRule.js';

export type MessageIds = 'missingContentRange';

export default requiredHeaderRule<[], MessageIds>({
  name: 'require-206-content-range',
  description: 'Require a `Content-Range` header on every 206 Partial Content response that is not `multipart/byteranges`.',
  recommended: true,
  messages: {
    // 206 is often used for "partial success": the message says what it means to HTTP.
    missingContentRange:
      '{{status}} response without Content-Range; 206 answers a Range request with part of a resource: send `Content-Range: bytes <first>-<last>/<length>`, or 200 for a partial success.',
  },
  defaultOptions: [],
  // No suggestion: the range and the length are only known at run time.
  report: () => ({ messageId: 'missingContentRange' }),
});
