/**
 * Bundles a module for the browser with vite's build API, as one classic script that sets a global: no Node
 * polyfills, and a Node built-in anywhere in the module's imports fails the build instead of becoming an empty stub.
 */
import { builtinModules } from 'node:module';
import type { Plugin } from 'vite';

const NODE_BUILT_INS = new Set(builtinModules);

function noNodeBuiltIns(): Plugin {
  return {
    name: 'motcua:no-node-built-ins',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('node:') || NODE_BUILT_INS.has(source.split('/')[0])) {
        this.error(`${importer ?? 'the entry'} imports the Node built-in "${source}": not browser code`);
      }
      return null;
    },
  };
}

/** The code of `entry` bundled for browsers, setting `window[globalName]` to its exports. */
export async function bundleForBrowser(entry: string, globalName: string): Promise<string> {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltIns()],
    // The engine is written for both sides; the browser build is a production one.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      minify: false,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => `${globalName}.js` },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!('output' in result)) throw new Error('vite build did not return its output');
  const chunk = result.output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite build gave no script');
  return chunk.code;
}
