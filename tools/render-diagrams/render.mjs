// Renders every BPMN model of the project to docs/images/<Name>.svg and <Name>.png.
// Uses bpmn-js's viewer bundle inside Debian's headless Chromium (driven by playwright-core).
// Usage: npm ci && node render.mjs
import http from 'node:http';
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const bpmnDir = path.resolve(here, '../../bpmn/src/main/resources/bpmn');
const outDir = path.resolve(here, '../../docs/images');
const distDir = path.resolve(here, 'node_modules/bpmn-js/dist');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCALE = 1.5; // device scale factor of the PNG
const MARGIN = 30; // px of white space around the diagram in the PNG

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/dist/assets/diagram-js.css">
<link rel="stylesheet" href="/dist/assets/bpmn-js.css">
<style>
  html, body { margin: 0; padding: 0; background: #fff; overflow: hidden; }
  #canvas { position: absolute; inset: 0; background: #fff; }
  .bjs-powered-by { display: none !important; }
</style>
<script src="/dist/bpmn-viewer.production.min.js"></script>
</head><body><div id="canvas"></div></body></html>`;

const TYPES = {
  '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject'
};

// Tiny static server, bound to 127.0.0.1 only: "/" is the page, "/dist/..." is bpmn-js's dist folder.
function startServer() {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(PAGE);
    }
    const file = path.resolve(distDir, '.' + decodeURIComponent(url.pathname).replace(/^\/dist/, ''));
    if (url.pathname.startsWith('/dist/') && file.startsWith(distDir + path.sep)) {
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
        return res.end(body);
      } catch { /* fall through to 404 */ }
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// bpmn-js gives arrow markers random ids; number them in order so re-runs give identical SVGs.
function stableMarkerIds(svg) {
  const ids = [...svg.matchAll(/\bid="(marker-[a-z0-9]+)"/g)].map((m) => m[1]);
  ids.forEach((id, i) => { svg = svg.split(`#${id}'`).join(`#marker-${i + 1}'`)
    .split(`#${id})`).join(`#marker-${i + 1})`).split(`id="${id}"`).join(`id="marker-${i + 1}"`); });
  return svg;
}

async function main() {
  const files = (await readdir(bpmnDir)).filter((f) => f.endsWith('.bpmn')).sort();
  if (!files.length) throw new Error(`no .bpmn files in ${bpmnDir}`);
  await mkdir(outDir, { recursive: true });

  const server = await startServer();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run', '--disable-sync']
  });

  try {
    for (const file of files) {
      const name = path.basename(file, '.bpmn');
      const xml = await readFile(path.join(bpmnDir, file), 'utf8');
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, deviceScaleFactor: SCALE });
      // Nothing but the local server may be reached.
      await context.route('**/*', (route) =>
        route.request().url().startsWith(base) ? route.continue() : route.abort());
      const page = await context.newPage();
      page.on('pageerror', (e) => console.error(`[${name}] page error: ${e.message}`));
      await page.goto(base);

      // Import once to learn the diagram's size.
      const { warnings, width, height } = await page.evaluate(async (xml) => {
        window.viewer = new BpmnJS({ container: '#canvas' });
        const { warnings } = await window.viewer.importXML(xml);
        const inner = window.viewer.get('canvas').viewbox().inner;
        return { warnings: warnings.map((w) => w.message), width: inner.width, height: inner.height };
      }, xml);
      for (const w of warnings) console.warn(`[${name}] import warning: ${w}`);

      // Size the viewport to the diagram (at zoom 1.0) so the PNG is readable, then zoom to fit.
      await page.setViewportSize({
        width: Math.ceil(width + 2 * MARGIN),
        height: Math.ceil(height + 2 * MARGIN)
      });
      const svg = await page.evaluate(async () => {
        const canvas = window.viewer.get('canvas');
        canvas.resized();
        canvas.zoom('fit-viewport', 'auto'); // whole diagram, centred; the viewport leaves `margin` around it
        await document.fonts.ready;
        const { svg } = await window.viewer.saveSVG();
        return svg;
      });

      await writeFile(path.join(outDir, `${name}.svg`), stableMarkerIds(svg));
      await page.locator('#canvas').screenshot({ path: path.join(outDir, `${name}.png`) });
      console.log(`${file} -> docs/images/${name}.svg, docs/images/${name}.png ` +
        `(${Math.round(width)}x${Math.round(height)} @${SCALE}x)`);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
