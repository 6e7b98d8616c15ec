/**
 * Every sample article opened and saved unchanged through the editor
 * (Keystatic's own parseEntry / serializeEntryToFiles with keystatic.config.ts)
 * gives a file that passes the content check and reads and renders the same:
 * front matter as the schema reads it, body HTML as the compiler renders it.
 * Formatting the editor normalises is listed in content/README.md (section 12).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, globSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { roundTripArticle, describeRenderDifference, decideReadOnly, decideEditability, entrySlug } from '../../src/editor/round-trip.ts';
import { runContentCheck } from '../../src/content-tree/run-check.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { decideBuildTime } from '../../src/model/publish.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = 'content';

describe('editor round trip over the whole sample', () => {
  const files = globSync(`${SAMPLE}/articles/**/*.mdx`, { cwd: ROOT }).sort();

  it('keeps what every article says and renders, and the saved tree passes the content check', async () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const work = mkdtempSync(path.join(tmpdir(), 'warta-editor-'));
    try {
      const tree = path.join(work, 'content');
      cpSync(path.join(ROOT, SAMPLE), tree, { recursive: true });
      const changed: string[] = [];
      const differences: string[] = [];
      for (const file of files) {
        const before = readFileSync(path.join(ROOT, file), 'utf8');
        const after = roundTripArticle(before, entrySlug(file, SAMPLE));
        if (after !== before) changed.push(file);
        differences.push(...describeRenderDifference(before, after).map((difference) => `${file}: ${difference}`));
        writeFileSync(path.join(tree, path.relative(SAMPLE, file)), after);
      }
      expect(differences).toEqual([]);
      // The editor does rewrite formatting (YAML style, list markers): the files really went through it.
      expect(changed.length).toBeGreaterThan(0);
      const check = await runContentCheck(tree, work, decideBuildTime(process.env));
      expect(check.problems.map(formatProblem)).toEqual([]);
      expect(check.articleCount).toBe(files.length);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

const ARTICLE = (body: string) => `---
title: "Judul berita yang cukup panjang"
description: Ringkasan.
date: 2024-11-14T10:30
author: rina-wulandari
region: musi-banyuasin
---

${body}
`;

describe('what the editor cannot express opens read-only, with the reason', () => {
  it('an import: the form still opens (the body as its source), read-only with the check\'s message', () => {
    const text = ARTICLE('import X from "./x.js";\n\nParagraf.');
    const reasons = decideReadOnly(text, '2024/contoh');
    expect(reasons[0]).toMatch(/editor tidak dapat membaca isi berkas ini/);
    expect(reasons.join(' ')).toMatch(/tanpa import\/export/);
    expect(roundTripArticle(text, '2024/contoh')).toMatch(/```\n+import X from "\.\/x\.js";/);
  });

  it('a component outside the palette', () => {
    const reasons = decideReadOnly(ARTICLE('Paragraf.\n\n<Peta daerah="muba" />'), '2024/contoh');
    expect(reasons.join(' ')).toMatch(/Peta/);
  });

  it('a front matter field the contract does not know', () => {
    const reasons = decideReadOnly(ARTICLE('Paragraf.').replace('author:', 'penulis: budi\nauthor:'), '2024/contoh');
    expect(reasons.length).toBeGreaterThan(0);
  });

  it('front matter Keystatic cannot parse: the form cannot open, so read-only with the field and Keystatic\'s reason', () => {
    const tagsAsText = decideEditability(ARTICLE('Paragraf.').replace('author:', 'tags: satu, dua\nauthor:'), '2024/contoh');
    expect(tagsAsText.formOpens).toBe(false);
    expect(tagsAsText.readOnly[0]).toMatch(/^editor tidak dapat membuka formulir berkas ini: front matter tidak terbaca \(.*tags/);
    expect(tagsAsText.readOnly[0]).toMatch(/diharapkan daftar teks/);
    const draftAsWord = decideEditability(ARTICLE('Paragraf.').replace('author:', 'draft: ya\nauthor:'), '2024/contoh');
    expect(draftAsWord.formOpens).toBe(false);
    expect(draftAsWord.readOnly.join(' ')).toMatch(/draft/);
    // The body's own reasons are for files whose form does open.
    expect(decideEditability(ARTICLE('import X from "./x.js";'), '2024/contoh').formOpens).toBe(true);
    expect(decideEditability(ARTICLE('Paragraf.'), '2024/contoh')).toEqual({ readOnly: [], formOpens: true });
  });

  it('but not formatting the editor only normalises', () => {
    const text = ARTICLE('Paragraf _miring_ dan **tebal**.\n\n- satu\n- dua');
    expect(roundTripArticle(text, '2024/contoh')).not.toBe(text);
    expect(decideReadOnly(text, '2024/contoh')).toEqual([]);
  });
});
