// Wires @typescript-eslint/rule-tester to vitest once, for every test file.
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describeSkip = describe.skip;
RuleTester.itSkip = it.skip;
