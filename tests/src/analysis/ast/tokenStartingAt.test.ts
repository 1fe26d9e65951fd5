import { describe, expect, it } from 'vitest';

import { tokenStartingAt } from '../../../../src/analysis/ast/tokenStartingAt.js';
import { parsedContext } from '../parsedContext.js';

describe('tokenStartingAt', () => {
  const code = "const s = 401; // 401\nsend('401', `${s} 401`);";
  const tokens = parsedContext(code).sourceCode.ast.tokens;
  const at = (offset: number) => tokenStartingAt(tokens, offset);

  it('finds the token that starts at an offset', () => {
    expect(at(code.indexOf('401'))).toMatchObject({ type: 'Numeric', value: '401' });
    expect(at(0)).toMatchObject({ type: 'Keyword', value: 'const' });
    expect(at(code.indexOf("'401'"))).toMatchObject({ type: 'String', value: "'401'" });
    expect(at(code.lastIndexOf(')'))).toMatchObject({ type: 'Punctuator', value: ')' });
  });

  it('finds none inside a token, a comment, a string or a template, nor past the end', () => {
    expect(at(1)).toBeUndefined();
    expect(at(code.indexOf('// 401') + 3)).toBeUndefined();
    expect(at(code.indexOf("'401'") + 1)).toBeUndefined();
    expect(at(code.lastIndexOf('401'))).toBeUndefined();
    expect(at(code.length + 5)).toBeUndefined();
    expect(tokenStartingAt([], 0)).toBeUndefined();
  });
});
