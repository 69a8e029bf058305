// React ships CommonJS only, behind an index that picks a build at run time, so
// no static analysis finds its named exports. For the wrapper tests this
// plugin bundles React and react-dom/client once with esbuild (development
// build, one copy of React) and serves each as a module whose named exports
// are the keys Node sees on the CommonJS module.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const MODULES = { react: 'React', 'react-dom/client': 'ReactDOMClient' };

/** Export names of the development build, read in a child Node: loading it patches the console. */
function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const keys = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: import.meta.dirname, env: { ...process.env, NODE_ENV: 'development' } }).toString());
  return keys.filter((key) => /^[A-Za-z_$][\w$]*$/.test(key));
}

const BUNDLE = '/__react/bundle.js';

async function bundle() {
  const result = await build({
    stdin: {
      contents: Object.entries(MODULES)
        .map(([specifier, name]) => `import ${name} from '${specifier}'; export { ${name} };`)
        .join('\n'),
      resolveDir: import.meta.dirname,
    },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

function facade(specifier, name) {
  return `import { ${name} } from '${BUNDLE}';\nexport default ${name};\nexport const { ${exportNames(specifier).join(', ')} } = ${name};\n`;
}

export function reactModules() {
  let bundled;
  return {
    name: 'react-modules',
    resolveImport: ({ source }) => (source in MODULES ? `/__react/${source}.js` : undefined),
    async serve(context) {
      if (context.path === BUNDLE) return { body: await (bundled ??= bundle()), type: 'js' };
      const specifier = Object.keys(MODULES).find((s) => context.path === `/__react/${s}.js`);
      if (specifier) return { body: facade(specifier, MODULES[specifier]), type: 'js' };
      return undefined;
    },
  };
}
