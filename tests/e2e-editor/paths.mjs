import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The editor test's content tree, relative to the project root (removed after the run). */
export const EDITOR_TEST_CONTENT = 'tests/e2e-editor/work/content';
