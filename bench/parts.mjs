// What a built file is made of: each minified byte given to the source its source map names,
// the sources gathered into parts, and each part gzipped on its own (so the parts add up to a
// little more than the file). Bytes the map names no source for are the elements' stylesheets,
// whose blocks the build compacts without a map of their own.
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line's segments of a source map: [generated column, source index] for each, in order. */
function* segments(mappings) {
  let source = 0;
  for (const line of mappings.split(';')) {
    let column = 0;
    const found = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      found.push([column, values.length > 1 ? source : -1]);
    }
    yield found;
  }
}

/** The bytes of `files` (paths to built files beside their .map) gathered by `partOf(source)`. */
export function partsOf(files, partOf, stylesPart) {
  const parts = new Map();
  const add = (part, text) => parts.set(part, (parts.get(part) ?? '') + text);
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const { sources, mappings } = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    let index = 0;
    for (const found of segments(mappings)) {
      const line = lines[index++] ?? '';
      add(stylesPart, line.slice(0, found[0]?.[0] ?? line.length));
      found.forEach(([start, source], i) => {
        const end = found[i + 1]?.[0] ?? line.length;
        add(source < 0 ? stylesPart : partOf(sources[source]), line.slice(start, end));
      });
    }
  }
  return parts;
}
