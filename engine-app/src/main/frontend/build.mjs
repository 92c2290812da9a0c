// Builds the admin model page (/admin/models/): copies the page's own sources and the ready-made bundles of
// camunda-bpmn-js (Camunda 7 modeler with its properties panel) and dmn-js (DMN modeler) into the output
// directory given as the first argument. No bundler: the vendor bundles are UMD files that set window globals.
//   node build.mjs <output directory>
// The Maven build runs it with engine-app/target/classes/static/admin/models, so the jar serves the page.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = process.argv[2];
if (!target) {
  console.error('usage: node build.mjs <output directory>');
  process.exit(2);
}
const out = resolve(target);
const modules = join(here, 'node_modules');

/** The vendor files the page loads: [package, path inside the package, path under out/vendor/<package>]. */
const vendor = [
  ['camunda-bpmn-js', 'dist/camunda-platform-modeler.production.min.js', 'camunda-platform-modeler.js'],
  ['camunda-bpmn-js', 'dist/assets', 'assets'],
  ['dmn-js', 'dist/dmn-modeler.production.min.js', 'dmn-modeler.js'],
  ['dmn-js', 'dist/assets', 'assets'],
];

for (const [pkg] of vendor) {
  if (!existsSync(join(modules, pkg))) {
    console.error(`missing node_modules/${pkg}: run "npm ci" in ${here} first`);
    process.exit(1);
  }
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'src'), out, { recursive: true });
for (const [pkg, from, to] of vendor) {
  cpSync(join(modules, pkg, from), join(out, 'vendor', pkg, to), { recursive: true });
}

let files = 0;
let bytes = 0;
(function count(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) count(path);
    else { files++; bytes += stat.size; }
  }
})(out);
console.log(`admin model page: ${files} files, ${(bytes / 1048576).toFixed(1)} MB in ${out}`);
