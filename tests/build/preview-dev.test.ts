/**
 * Preview: `astro dev` (npm run dev) shows drafts and scheduled articles, each
 * with its banner, on a fixture tree; the build never includes them (see
 * publish.test.ts). The dev server runs on its own port and is always stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, FIXTURE_NOW, copyFixture } from './harness.ts';

const PORT = 4441;
const BASE = `http://127.0.0.1:${PORT}`;

describe('npm run dev previews unpublished articles with a banner', () => {
  const tree = copyFixture('basic', 'preview-dev');
  let server: ChildProcess | undefined;
  let output = '';
  let lastAnswer = '';

  const stop = () => {
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM'); // the whole group: astro and its Vite children
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', stop);

  beforeAll(async () => {
    // Vitest's own Vite variables must not reach the child's Vite.
    const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, VITEST: _v, TEST: _t, ...env } = process.env;
    server = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      cwd: ROOT,
      detached: true,
      env: { ...env, WARTA_CONTENT_DIR: tree.contentDir, WARTA_NOW: FIXTURE_NOW, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    server.stdout!.on('data', (chunk) => (output += chunk));
    server.stderr!.on('data', (chunk) => (output += chunk));
    // Until Vite has optimized its dependencies it may answer 504; wait for a real page.
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      if (server.exitCode !== null) throw new Error(`astro dev exited (${server.exitCode}):\n${output}`);
      const up = await fetch(`${BASE}/berita/terbit-muba/`, { signal: AbortSignal.timeout(30_000) }).then(
        (response) => {
          lastAnswer = `HTTP ${response.status}`;
          return response.ok;
        },
        (error: Error) => {
          lastAnswer = `${error.name}: ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`;
          return false;
        },
      );
      if (up) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`astro dev did not answer within 240 s (last: ${lastAnswer}):\n${output}`);
  });

  afterAll(async () => {
    stop();
    await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)));
    rmSync(path.dirname(tree.dir), { recursive: true, force: true });
  });

  const page = async (slug: string) => {
    const response = await fetch(`${BASE}/berita/${slug}/`, { signal: AbortSignal.timeout(60_000) });
    return { status: response.status, html: await response.text() };
  };

  it('shows a draft with "DRAF — belum terbit"', async () => {
    const { status, html } = await page('draf-rahasia');
    expect(status).toBe(200);
    expect(html).toContain('DRAF — belum terbit');
    expect(html).toContain('unikdrafxyz');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
  });

  it('shows a future article with "Terjadwal:" and its publication time in its zone', async () => {
    const { status, html } = await page('terjadwal-masa-depan');
    expect(status).toBe(200);
    expect(html).toMatch(/Terjadwal: terbit \w+, 1 Januari 2099 10\.00 WIT/);
    expect(html).toContain('unikmasadepanxyz');
  });

  it('shows a published article without a banner', async () => {
    const { status, html } = await page('terbit-muba');
    expect(status).toBe(200);
    expect(html).not.toContain('DRAF — belum terbit');
    expect(html).not.toContain('Terjadwal:');
  });
});
