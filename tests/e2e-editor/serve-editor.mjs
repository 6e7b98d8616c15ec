// Starts `astro dev` (the newsroom editor included) on a fresh copy of the
// sample content, so the editor test writes files there and never in
// content/. The copy lives inside the project because Keystatic only writes
// under the project root, outside .gitignore'd folders; it is removed when the
// server stops (and before it starts, should a run have been killed).
import { cpSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { EDITOR_TEST_CONTENT, ROOT } from './paths.mjs';

const port = process.argv[process.argv.indexOf('--port') + 1] ?? '4362';
const tree = path.join(ROOT, EDITOR_TEST_CONTENT);
rmSync(path.dirname(tree), { recursive: true, force: true });
cpSync(path.join(ROOT, 'content'), tree, { recursive: true });

const astro = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', port, '--host', '127.0.0.1'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, WARTA_CONTENT_DIR: EDITOR_TEST_CONTENT, ASTRO_TELEMETRY_DISABLED: '1' },
});
const stop = () => astro.kill('SIGTERM');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
astro.on('exit', (code) => {
  rmSync(path.dirname(tree), { recursive: true, force: true });
  process.exit(code ?? 0);
});
