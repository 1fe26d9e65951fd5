import { ESLintUtils, type TSESTree } from '@typescript-eslint/utils';

import { readStatusValues } from '../../../../src/analysis/status/readStatusValues.js';
import { ruleTester } from '../../../ruleTester.js';

/** A test-only rule: reports what `readStatusValues` reads from the argument of every `probe(x)`, as one line. */
const valuesProbe = ESLintUtils.RuleCreator.withoutDocs<[], 'values'>({
  meta: { type: 'problem', messages: { values: '{{values}}' }, schema: [] },
  defaultOptions: [],
  create(context) {
    return {
      'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
        const values = readStatusValues(node.arguments[0], context).map(
          (value) => `${value.value}${value.string ? ' string' : ''}${value.literal ? ' literal' : ''} @${value.node.range[0]}`,
        );
        context.report({ node, messageId: 'values', data: { values: values.join(', ') || 'none' } });
      },
    };
  },
});

const read = (code: string, values: string) => ({ code, errors: [{ messageId: 'values' as const, data: { values } }] });

ruleTester.run('readStatusValues', valuesProbe, {
  valid: [],
  invalid: [
    read('probe(200);', '200 literal @6'),
    read('probe(404.5);', '404.5 literal @6'),
    read('probe(-1);', '-1 literal @6'),
    read("probe('200');", '200 string literal @6'),
    read('probe(`201`);', '201 string literal @6'),
    read("const OK = '200'; probe(OK);", '200 string @24'),
    read('const BROKEN = 999; probe(BROKEN);', '999 @26'),
    read("import { StatusCodes } from 'http-status-codes'; probe(StatusCodes.OK);", '200 @55'),
    read("probe(ok ? 200 : '404');", "200 literal @11, 404 string literal @17"),
    // Unknown is nothing: a word, a conversion, a parameter, a logical default.
    read("probe('OK');", 'none'),
    read("probe(Number('200'));", 'none'),
    read('function f(code) { probe(code); }', 'none'),
    read('probe(err.status || 500);', 'none'),
  ],
});
