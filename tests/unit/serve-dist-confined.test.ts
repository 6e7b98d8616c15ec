/**
 * scripts/serve-dist.mjs serves only files inside its directory, whatever the
 * request's raw path spells (issue 13, item 12), and answers a malformed
 * escape with 400 instead of crashing. Requests go out with literal paths
 * through node:http, so nothing normalises them on the way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(import.meta.dirname, '../../scripts/serve-dist.mjs');
const SECRET = 'RAHASIA-DI-LUAR-DIST';

let base: string;
let server: ChildProcess;
let port: number;

function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'warta-serve-'));
  const dist = path.join(base, 'dist');
  mkdirSync(path.join(dist, 'berita'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), 'beranda');
  writeFileSync(path.join(dist, 'berita', 'index.html'), 'daftar berita');
  writeFileSync(path.join(dist, '404.html'), 'tidak ditemukan');
  // Secrets beside dist/: the parent, a sibling whose name starts like dist's, a symlink target.
  writeFileSync(path.join(base, 'package.json'), SECRET);
  mkdirSync(path.join(base, 'dist-lain'));
  writeFileSync(path.join(base, 'dist-lain', 'rahasia.txt'), SECRET);
  symlinkSync(path.join(base, 'package.json'), path.join(dist, 'tautan.txt'));
  server = spawn(process.execPath, [SCRIPT, '--dir', dist, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /:(\d+)\//.exec(out);
      if (match) resolve(Number(match[1]));
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
});

afterAll(() => {
  server?.kill();
  rmSync(base, { recursive: true, force: true });
});

describe('serve-dist stays inside dist/', () => {
  it('serves pages and directory indexes', async () => {
    expect(await get('/')).toEqual({ status: 200, body: 'beranda' });
    expect(await get('/berita/')).toEqual({ status: 200, body: 'daftar berita' });
    expect((await get('/berita')).status).toBe(301);
  });

  for (const raw of [
    '/..%2f..%2fpackage.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/..%2fdist-lain/rahasia.txt',
    '/..%2fdist-lain%2frahasia.txt',
    '/tautan.txt',
  ]) {
    it(`never serves a file outside: ${raw}`, async () => {
      const response = await get(raw);
      expect(response.body).not.toContain(SECRET);
      expect(response.status).toBe(404);
    });
  }

  for (const raw of ['/%', '/%zz', '/berita/%E0%A4%A', '/index.html%00.txt', '/%00']) {
    it(`answers 400 to ${raw} and keeps serving`, async () => {
      expect((await get(raw)).status).toBe(400);
      expect(await get('/')).toEqual({ status: 200, body: 'beranda' });
    });
  }
});
