// The esbuild options of the CLI bundle, shared by scripts/bundle.mjs and the test that checks
// the bundle in dist/ is made from the modules beside it (test/bundle.test.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Modules that load others lazily through createRequire(import.meta.url), which a bundler cannot
// follow. In the bundle the plain `require` (bin/'s, handed to the bundle) takes its place, so
// those modules are bundled too (and still evaluated only when first required), and node:module,
// which no run needs otherwise, is not loaded at start (~0.3 ms of every run, issue 6).
const CREATE_REQUIRE_IMPORT = "import { createRequire } from 'node:module';\n";
const OWN_REQUIRE = 'const require = createRequire(import.meta.url);';
const CREATE_REQUIRE_CALL = 'createRequire(import.meta.url)';
// The slim entry below rather than the package's CommonJS build (see libphonenumberMin).
const LIBPHONENUMBER = [`${CREATE_REQUIRE_CALL}('libphonenumber-js')`,
  `require('${'genesys-call-lint:libphonenumber-min'}')`];

const lazyRequires = {
  name: 'lazy-requires',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(CREATE_REQUIRE_IMPORT)) return undefined;
      const contents = source.replace(CREATE_REQUIRE_IMPORT, '').replace(OWN_REQUIRE, '')
        .replace(...LIBPHONENUMBER).replaceAll(CREATE_REQUIRE_CALL, 'require');
      // Fail the build rather than ship a bundle that loads node:module or modules from disk.
      if (/\bcreateRequire\b|require\('libphonenumber-js'\)/.test(contents)) {
        throw new Error(`${args.path} loads a module in a form the bundle does not replace`);
      }
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// JSON modules (schemas, phone-number metadata) as JSON.parse of a string rather than as object
// literals: V8 parses JSON text faster than the same data as code, and the code cache stays small.
const jsonAsText = {
  name: 'json-as-text',
  setup(plugin) {
    plugin.onLoad({ filter: /\.json$/ }, (args) => {
      // Parsed and written again: checks the JSON at build time and drops its blank space.
      const text = JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')));
      return { contents: `module.exports = JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

// libphonenumber-js in the bundle: only what src/phone/ calls, from the package's ES build of the
// "min" metadata, so that esbuild leaves out the rest (AsYouType, findNumbers, formatting: about
// 150 KB). The package's CommonJS entry cannot be tree-shaken, and a smaller bundle and code cache
// start faster (issue 6): about 2 ms of every run that checks a phone number. Same functions and
// metadata as require('libphonenumber-js'), which the unbundled modules still use.
const LIBPHONENUMBER_CALLS = ['parsePhoneNumberFromString', 'isSupportedCountry', 'getCountries',
  'getCountryCallingCode'];
const libphonenumberMin = (root) => ({
  name: 'libphonenumber-min',
  setup(plugin) {
    plugin.onResolve({ filter: /^genesys-call-lint:libphonenumber-min$/ },
      (args) => ({ path: args.path, namespace: 'libphonenumber-min' }));
    plugin.onLoad({ filter: /.*/, namespace: 'libphonenumber-min' }, (args) => ({
      contents: `export { ${LIBPHONENUMBER_CALLS.join(', ')} } from 'libphonenumber-js/min';`,
      loader: 'js',
      resolveDir: root,
    }));
    // The ES build imports its metadata as an object literal: as JSON text it parses faster.
    plugin.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.min\.json\.js$/ }, (args) => {
      const text = JSON.stringify(JSON.parse(readFileSync(args.path.replace(/\.js$/, ''), 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
    // Fail the build rather than ship a bundle without a function the modules call.
    plugin.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      for (const [, name] of readFileSync(args.path, 'utf8').matchAll(/libphonenumber\(\)\.(\w+)/g)) {
        if (!LIBPHONENUMBER_CALLS.includes(name)) {
          throw new Error(`${args.path} calls libphonenumber().${name}: add it to LIBPHONENUMBER_CALLS`);
        }
      }
      return undefined;
    });
  },
});

/** Options for esbuild's build(), for the package at root. */
export function bundleOptions(root) {
  return {
    entryPoints: [join(root, 'dist', 'src', 'bundle', 'entry.js')],
    outfile: join(root, 'dist', 'src', 'bundle', 'cli.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Packages' ES builds: jsonc-parser's CommonJS entry is a UMD wrapper a bundler cannot follow.
    mainFields: ['module', 'main'],
    // import() becomes require() (still lazy): code compiled through vm.Script, as bin/ does, has no
    // module loader behind import() on Node 20.
    supported: { 'dynamic-import': false },
    // The Genesys SDK is loaded only by `send`, is large, and reads files at import: not bundled.
    external: ['purecloud-platform-client-v2'],
    // The bundle sits at the same depth below the package root as the modules it replaces, so
    // paths relative to import.meta.url (docs/rules/, schemas/) still resolve.
    // Worked out on first use: most runs never need it, and pathToFileURL is not free at start.
    define: { 'import.meta.url': '__bundle.url' },
    // The file holds the function bin/ compiles, wrapper included: handing V8 the text as read,
    // rather than a copy with the wrapper around it, saves about 1 ms of every start (issue 6).
    // It is no module of its own: nothing but bin/ loads it.
    banner: { js: '(function (exports, require, module, __filename, __dirname) {var __bundle = { get url() { ' +
      'const url = require("node:url").pathToFileURL(__filename).href; ' +
      'Object.defineProperty(this, "url", { value: url }); return url; } };' },
    footer: { js: '})' },
    plugins: [libphonenumberMin(root), lazyRequires, jsonAsText],
    logLevel: 'warning',
    legalComments: 'none',
    // Drops comments and blank space (a smaller file to read at every start); names are kept, so
    // the stack of an internal error still reads.
    minifyWhitespace: true,
    metafile: true,
  };
}

// The matcher's CommonJS entries sit beside its ES modules, in dist/src/jest/: at the same depth
// below the package root as the modules bundled into them, as the CLI's bundle does.
const JEST_DIR = ['dist', 'src', 'jest'];

// setup.cjs takes the matchers from index.cjs rather than holding a second copy of the linter:
// a project that requires both then loads the schemas and validators once.
const setupUsesIndex = {
  name: 'setup-uses-index',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/matchers\.js$/ }, (args) => (/[\\/]setup\.js$/.test(args.importer)
      ? { path: './index.cjs', external: true } : undefined));
  },
};

/**
 * Options for esbuild's build() of the Jest matcher's CommonJS entries, dist/src/jest/index.cjs
 * and setup.cjs, for the package at root. Jest run without --experimental-vm-modules (its
 * default) can only require() a CommonJS file, and refused the ES modules (README, "Jest matcher").
 */
export function matcherBundleOptions(root) {
  return {
    entryPoints: ['index', 'setup'].map((name) => join(root, ...JEST_DIR, `${name}.js`)),
    outdir: join(root, ...JEST_DIR),
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['purecloud-platform-client-v2'],
    // lazyRequires turns the matcher's createRequire(import.meta.url) into require; any other
    // import.meta would be empty in CommonJS, so it fails the build instead of a user's tests.
    logOverride: { 'empty-import-meta': 'error' },
    plugins: [setupUsesIndex, libphonenumberMin(root), lazyRequires, jsonAsText],
    logLevel: 'warning',
    legalComments: 'none',
  };
}
