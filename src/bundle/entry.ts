// What the bundled CLI (dist/src/bundle/cli.cjs, built by scripts/bundle.mjs) exposes to the
// launcher in bin/.
export { runBinary } from '../cli/run-binary.js';
