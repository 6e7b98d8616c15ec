// Serves a built site as a static host would: directory indexes, the 404
// page with status 404, real content types, Astro's `base`, and the headers
// from `dist/_headers` (Netlify/Cloudflare format), so tests see the same
// security headers production hosts send.
//   node scripts/serve-dist.mjs [--dir dist] [--port 4329] [--base /]
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : args[index + 1];
};
const root = path.resolve(option('dir', process.env.WARTA_OUT_DIR || 'dist'));
// A symlinked dist/ is served through; files are confined to its real path.
const realRoot = existsSync(root) ? realpathSync(root) : root;
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

/** The request's path is not a path we could ever serve: 400, never a crash. */
class BadRequest extends Error {}

/**
 * Decodes a URL path for the file system. A malformed escape (`/%`, `/%zz`)
 * or a NUL byte is a bad request; `%2f` and `%5c` decode to plain characters
 * and are then confined by `insideRoot` like everything else.
 */
function decodePath(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new BadRequest(`malformed escape in ${urlPath}`);
  }
  if (decoded.includes('\0')) throw new BadRequest('NUL byte in path');
  return decoded;
}

/** The real path of `candidate` when it lies inside `dist/` (symlinks followed), else null. */
async function insideRoot(candidate) {
  const resolved = path.resolve(candidate);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  try {
    const real = await realpath(resolved);
    return real === realRoot || real.startsWith(realRoot + path.sep) ? real : null;
  } catch {
    return null;
  }
}

/** The file a decoded path names inside `dist/` (a directory's index.html), or null. */
async function resolveFile(decoded) {
  const candidate = await insideRoot(path.join(root, decoded));
  if (!candidate) return null;
  try {
    const info = await stat(candidate);
    // insideRoot is null for a missing file: a directory without index.html is a 404.
    return info.isDirectory() ? insideRoot(path.join(candidate, 'index.html')) : candidate;
  } catch {
    return null;
  }
}

async function respond(request, response) {
  const raw = request.url ?? '/';
  if (!raw.startsWith('/')) throw new BadRequest('not an origin-form path');
  let url;
  try {
    url = new URL(raw, 'http://localhost');
  } catch {
    throw new BadRequest(`unparsable path ${raw}`);
  }
  let status = 200;
  let file = null;
  if (url.pathname.startsWith(base)) {
    const inner = decodePath(`/${url.pathname.slice(base.length)}`);
    if (!inner.endsWith('/') && !path.extname(inner) && (await insideRoot(path.join(root, inner, 'index.html')))) {
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
}

const server = createServer((request, response) => {
  respond(request, response).catch((error) => {
    const bad = error instanceof BadRequest;
    if (!bad) console.error(error);
    if (response.headersSent) return response.destroy();
    response.writeHead(bad ? 400 : 500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end(bad ? '400 Bad Request' : '500');
  });
});

server.listen(port, host, () => {
  // The bound port, so `--port 0` (any free port) can be read from the log.
  console.log(`Warta Prestasi: http://${host === '0.0.0.0' ? 'localhost' : host}:${server.address().port}${base}`);
});
