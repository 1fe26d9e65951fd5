import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../../../src/index.js';

const code = `
app.post('/exports', (req, res) => { res.status(202).json({ id: 1 }); });
app.get('/me', (req, res) => { res.status(401).end(); });
app.get('/login', (req, res) => { throw createError(401); });
`;

const config = (rules: string[]): Linter.Config[] => [
  {
    plugins: { 'http-status': plugin },
    rules: Object.fromEntries(rules.map((rule) => [`http-status/${rule}`, 'error'])),
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
  },
];

const findings = (messages: Linter.LintMessage[]) => messages.map((message) => `${message.line}:${message.ruleId}`);

describe('collectResponseSites shares one collection per file between the server rules', () => {
  it('reports each rule’s sites when both rules run together, as when each runs alone', () => {
    const linter = new Linter({ configType: 'flat' });
    const together = findings(linter.verify(code, config(['require-202-location', 'require-401-www-authenticate'])));
    const alone = [
      ...findings(linter.verify(code, config(['require-202-location']))),
      ...findings(linter.verify(code, config(['require-401-www-authenticate']))),
    ];
    expect(together.sort()).toEqual(alone.sort());
    expect(together).toHaveLength(2);
  });

  it('keeps the record rules’ hand-offs out of the status rules: after `next(err)` the response is still unsent', () => {
    const linter = new Linter({ configType: 'flat' });
    // The error handler may set its own status and challenge: the 401 stays silent, with or without the record rule.
    const handOff = `app.use((req, res, next) => { res.status(401); next(new Error('no')); });\napp.use((req, res, next) => { res.status(401); if (a) next(e); res.end('no'); });`;
    const withRecord = findings(linter.verify(handOff, config(['require-401-www-authenticate', 'no-response-after-sent'])));
    expect(findings(linter.verify(handOff, config(['require-401-www-authenticate'])))).toEqual(['2:http-status/require-401-www-authenticate']);
    expect(withRecord.sort()).toEqual(['2:http-status/no-response-after-sent', '2:http-status/require-401-www-authenticate']);
  });

  it('starts afresh when the same SourceCode object is linted again', () => {
    const linter = new Linter({ configType: 'flat' });
    const rules = config(['require-202-location', 'require-401-www-authenticate']);
    linter.verify(code, rules);
    const sourceCode = linter.getSourceCode();
    const first = findings(linter.verify(sourceCode, rules));
    const second = findings(linter.verify(sourceCode, rules));
    expect(second).toEqual(first);
    expect(first).toHaveLength(2);
  });
});
