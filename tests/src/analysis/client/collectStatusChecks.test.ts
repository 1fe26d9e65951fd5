import { ruleTester } from '../../../ruleTester.js';
import { check, checkProbe, slip } from './checkProbe.js';

ruleTester.run('collectStatusChecks', checkProbe, {
  valid: [
    // No 202 anywhere: nothing to report, whatever the shape.
    'if (res.status === 200 || res.status === 201) use(res);',
    'switch (res.status) { case 200: case 201: use(res); }',
    // 202 outside a branch: an argument, an assertion, a stored flag.
    'expect(res.status === 202).toBe(true);',
    'track({ accepted: res.status === 202 });',
    // A predicate without a name, and a named one nobody calls.
    'items.filter((r) => r.status === 202);',
    'export const isAccepted = (s) => s === 202;',
    // A switch on something that is not a status.
    'switch (action.type) { case 202: use(action); }',
    // Bitwise and logical or without a status comparison.
    'const mask = FLAG | 202; const value = input || 202;',
  ],
  invalid: [
    // A loop condition: the check carries `loop`.
    {
      code: 'do { res = await fetch(u); } while (res.status === 202);',
      errors: [check('comparison subject:res.status response:res codes:202 only loop follows')],
    },
    // else: the codes that reach the alternate.
    {
      code: 'if (res.status !== 200 && res.status !== 202) fail(); else setData(res.data);',
      errors: [check('comparison subject:res.status response:res codes:200,202 only consumes fix')],
    },
    // After a guard whose consequent exits.
    {
      code: 'function f(res) { if (res.status !== 202) { throw new Error(); } return res.data; }',
      errors: [check('comparison subject:res.status response:res codes:202 only consumes')],
    },
    // A switch: fall-through cases share the body, a case with statements falls into the next one.
    {
      code: 'switch (res.status) { case 200: case 202: return res.json(); case 404: return null; }',
      errors: [check('switch subject:res.status response:res codes:200,202 only consumes fix')],
    },
    {
      code: 'switch (res.status) { case 202: setPending(true); case 200: return res.json(); }',
      errors: [check('switch subject:res.status response:res codes:200,202 only consumes')],
    },
    {
      code: 'switch (res.status) { case 201: save(); break; case 202: default: return res.json(); }',
      errors: [check('switch subject:res.status response:res codes:202 shared consumes fix')],
    },
    // A predicate: one check per call, through the predicate's name.
    {
      code: 'const ok = (s) => s === 200 || s === 202; if (ok(a.status)) use(a); if (ok(b.status)) use(b);',
      errors: [
        check('comparison subject:a.status response:a codes:200,202 only via:ok fix fallsInto:1'),
        check('comparison subject:b.status response:b codes:200,202 only via:ok fix'),
      ],
    },
    {
      code: 'function done(r) { return [200, 202].includes(r.status); } if (!done(res)) throw e; return res.json();',
      errors: [check('includes subject:res.status response:res codes:200,202 only via:done consumes fix')],
    },
    // A named condition: one check per read in a branch.
    {
      code: 'const ok = res.status === 200 || res.status === 202; if (ok) setData(res.data);',
      errors: [check('comparison subject:res.status response:res codes:200,202 only via:ok consumes fix')],
    },
    // What a branch that does not always exit runs into: the rest of the block after its `else if` chain,
    // unless that is part of the branch already (the other branch exits).
    {
      code: 'function f(res) { if (ready) go(); else if (res.status === 202) log(); use(res); done(); }',
      errors: [check('comparison subject:res.status response:res codes:202 only fallsInto:2')],
    },
    {
      code: 'function f(res) { if (res.status === 202) log(); else throw new Error(); use(res); }',
      errors: [check('comparison subject:res.status response:res codes:202 only')],
    },
    {
      code: 'function f(res) { if (res.status === 202) return null; use(res); }',
      errors: [check('comparison subject:res.status response:res codes:202 only')],
    },
    // The slips.
    {
      code: 'if (res.status === 200 | 202) go();',
      errors: [slip('| res.status === 200 202 fix')],
    },
    // The slip's own fix keeps the comparison, and is withheld where it would drop a comment or keep 202.
    {
      code: 'if ((res.status === 200) | 202) go();',
      errors: [slip('| res.status === 200 202 fix')],
    },
    {
      code: 'if (res.status === 200 /* or accepted */ | 202) go();',
      errors: [slip('| res.status === 200 202')],
    },
    {
      code: 'if (res.status !== 200 | 202) go();',
      errors: [slip('| res.status !== 200 202')],
    },
    {
      code: 'if (res.status === 202 | 200) go();',
      errors: [slip('| res.status === 202 200')],
    },
    {
      code: 'if (202 | res.status == 201) go();',
      errors: [slip('| res.status == 201 202 fix')],
    },
    {
      code: 'function f(status) { if (status === 200 || 202) go(); }',
      errors: [slip('|| status === 200 202 fix')],
    },
  ],
});
