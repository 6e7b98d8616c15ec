// Removes the editor test's content copy and build even when the dev server was killed before it could.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { EDITOR_TEST_CONTENT, ROOT } from './paths.mjs';

export default function teardown() {
  rmSync(path.join(ROOT, path.dirname(EDITOR_TEST_CONTENT)), { recursive: true, force: true });
}
