// Serves a built site as a static host would: directory indexes, the 404
// page with status 404, real content types, Astro's `base`, and the headers
// from `dist/_headers` (Netlify/Cloudflare format), so tests see the same
// security headers production hosts send.
//   node scripts/serve-dist.mjs [--dir dist] [--port 4329] [--base /]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const root = path.resolve(option('dir', process.env.WARTA_OUT_DIR || 'dist'));
const port = Number(option('port', process.env.PORT || 4329));
const host = option('host', '127.0.0.1');
const base = `/${(option('base', process.env.WARTA_BASE || '/')).replace(/^\/|\/$/g, '')}/`.replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Parses `_headers`: a path pattern line, then indented `Name: value` lines. */
function readHeaderRules() {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      const regex = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ regex, headers: [] });
    } else if (rules.length) {
      const colon = line.indexOf(':');
      rules.at(-1).headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}
const headerRules = readHeaderRules();

async function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) {
      const index = path.join(candidate, 'index.html');
      return existsSync(index) ? index : null;
    }
    return candidate;
  } catch {
    return null;
  }
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let status = 200;
  let file = null;
  if (url.pathname.startsWith(base)) {
    const inner = `/${url.pathname.slice(base.length)}`;
    if (!inner.endsWith('/') && !path.extname(inner) && existsSync(path.join(root, inner, 'index.html'))) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` });
      response.end();
      return;
    }
    file = await resolveFile(inner);
  }
  if (!file) {
    status = 404;
    file = path.join(root, '404.html');
  }
  const headers = { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
  const inner = `/${url.pathname.slice(base.length)}`;
  for (const rule of headerRules) if (rule.regex.test(inner)) for (const [name, value] of rule.headers) headers[name] = value;
  try {
    const body = await readFile(file);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('404');
  }
});

server.listen(port, host, () => {
  console.log(`Warta Prestasi: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
});
