// The lint rule that keeps every layout ready for right-to-left (issue 30): physical
// left/right in a stylesheet is refused, its logical form passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { physicalSides } from '../../scripts/logical-css.mjs';

test('physical left/right in styles is refused, with the logical form to use; logical properties pass', () => {
  const css = ['.a { margin-left: 1rem; }', '.b { padding-right: 0; border-left-width: 2px; }', '.c { left: 0; right: 1px; }', '.d { text-align: right; float: left; }', '.e { background: linear-gradient(to right, red, blue); }', '.f { border-top-left-radius: 4px; }'].join('\n');
  assert.deepEqual(physicalSides(css), [
    '1: margin-left: use the inline-start/inline-end form',
    '2: padding-right: use the inline-start/inline-end form',
    '3: left: use inset-inline-start',
    '4: text-align: right: use end',
    '5: a gradient "to right" does not follow the reading direction',
    '6: border-top-left-radius: use border-start-start-radius and its kin',
  ]);
  const logical = '.a { margin-inline-start: 1rem; inset-inline-end: 0; text-align: start; border-start-start-radius: 4px; }\n/* left: 0 in a comment */';
  assert.deepEqual(physicalSides(logical), []);
});

test('a transform origin on a side passes only with its mirror under :dir(rtl)', () => {
  const alone = '.bar {\n  transform-origin: left;\n}';
  assert.deepEqual(physicalSides(alone), ['2: transform-origin: left needs its mirror under :dir(rtl)']);
  const mirrored = `${alone}\n.bar:dir(rtl) {\n  transform-origin: right;\n}`;
  assert.deepEqual(physicalSides(mirrored), []);
});
