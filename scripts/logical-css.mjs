// Refuses physical left/right in the app's and the elements' styles, so every layout
// mirrors for a right-to-left language: margin-inline-start, not margin-left; inset-inline-*,
// not left/right; text-align: start. Part of `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const PHYSICAL = [
  [/(?:^|[\s;{])((?:margin|padding|border|scroll-margin|scroll-padding)-(?:left|right)(?:-[a-z]+)?)\s*:/, (m) => `${m[1]}: use the inline-start/inline-end form`],
  [/(?:^|[\s;{])((?:left|right))\s*:/, (m) => `${m[1]}: use inset-inline-${m[1] === 'left' ? 'start' : 'end'}`],
  [/(?:^|[\s;{])(border-(?:top|bottom)-(?:left|right)-radius)\s*:/, (m) => `${m[1]}: use border-start-start-radius and its kin`],
  [/(?:text-align|float|clear)\s*:\s*(left|right)\b/, (m) => `${m[0]}: use ${m[1] === 'left' ? 'start' : 'end'}`],
  [/linear-gradient\(\s*to (left|right)\b/, (m) => `a gradient "to ${m[1]}" does not follow the reading direction`],
];

// A side no logical keyword can name (a transform's origin) is allowed only with its mirror:
// a rule under :dir(rtl) that sets the same property.
const MIRRORED = [/transform-origin\s*:[^;]*\b(left|right)\b/];

/** Each physical left/right in a stylesheet's text, as "line: problem". */
export function physicalSides(css, firstLine = 1) {
  const problems = [];
  const mirrors = [...css.matchAll(/:dir\(rtl\)[^{]*\{([^}]*)\}/g)].map((m) => m[1]);
  let inMirror = false;
  css.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\*.*?\*\//g, '');
    if (/:dir\(rtl\)/.test(code)) inMirror = true;
    const mirrorLine = inMirror;
    if (inMirror && code.includes('}')) inMirror = false;
    if (mirrorLine) return;
    for (const pattern of MIRRORED) {
      const match = pattern.exec(code);
      const property = match?.[0].split(':')[0].trim();
      if (match && !mirrors.some((mirror) => mirror.includes(`${property}:`))) problems.push(`${firstLine + i}: ${match[0]} needs its mirror under :dir(rtl)`);
    }
    for (const [pattern, say] of PHYSICAL) {
      const match = pattern.exec(code);
      if (match) problems.push(`${firstLine + i}: ${say(match)}`);
    }
  });
  return problems;
}

/** The stylesheets in a file: a .css file whole, or each css`…` block of a TypeScript file. */
function stylesheets(path, text) {
  if (path.endsWith('.css')) return [{ css: text, line: 1 }];
  return [...text.matchAll(/css`([\s\S]*?)`/g)].map((m) => ({ css: m[1], line: text.slice(0, m.index).split('\n').length }));
}

function files(dir, keep) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const checked = [...files(join(root, 'app'), (name) => name.endsWith('.css')), ...files(join(root, 'packages/components/src'), (name) => name.endsWith('.ts'))];
  const found = checked.flatMap((path) => stylesheets(path, readFileSync(path, 'utf8')).flatMap(({ css, line }) => physicalSides(css, line).map((p) => `${relative(root, path)}:${p}`)));
  if (found.length > 0) {
    console.error(`Physical left/right in styles (a right-to-left page would not mirror):\n${found.join('\n')}`);
    process.exit(1);
  }
  console.log(`logical-css: ${checked.length} files, no physical left/right`);
}
