/**
 * Script URLs in any spelling are refused by the content check and the build
 * alike, with the same one-line messages: links in an article body and a
 * scheme's `url`.
 */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { buildTree, checkTree, copyFixture, editFile } from './harness.ts';

const ARTICLE = 'articles/2024/terbit-muba.mdx';
const SCHEME = 'schemes/ombudsman.yaml';


/** Runs the check and the build; both must fail, the build naming every line the check names. */
async function expectRefused(fixture: string, name: string, breakTree: (dir: string) => void, expected: string[][]): Promise<void> {
  const tree = copyFixture(fixture, `hostile-links-${name}`);
  breakTree(tree.dir);
  const lines = await checkTree(tree);
  const build = await buildTree(tree);
  rmSync(tree.outDir, { recursive: true, force: true });
  expect(build.code, build.output.slice(-2000)).not.toBe(0);
  for (const fragments of expected) {
    const line = lines.find((candidate) => fragments.every((fragment) => candidate.includes(fragment)));
    expect(line, `no check line with ${JSON.stringify(fragments)}; check lines:\n${lines.join('\n')}`).toBeDefined();
  }
  for (const checkLine of lines) expect(build.output).toContain(checkLine);
}

describe('script URLs fail the check and the build with the same message', () => {
  it('in an article body: plain, entity-encoded, with a tab, a control character, a definition', async () => {
    await expectRefused(
      'basic',
      'body',
      (dir) =>
        editFile(dir, ARTICLE, (text) =>
          text.replace(
            'SEKAYU - Paragraf pertama.',
            [
              'SEKAYU - Paragraf pertama dengan [tautan](JaVaScRiPt:alert(1)).',
              '',
              'Lihat [ini](java&#9;script:alert(2)) dan [itu](&#106;avascript:alert(3)).',
              '',
              'Juga [berkas](<\u0001javascript:alert(4)>) dan [data](data:text/html,x) serta [rujukan][r].',
              '',
              '[r]: vbscript:msgbox(5)',
            ].join('\n'),
          ),
        ),
      [
        [`${ARTICLE}:11 isi tautan: ditemukan "JaVaScRiPt:alert(1)"`, 'skema lain seperti javascript: atau data: ditolak'],
        [`${ARTICLE}:13 isi tautan: ditemukan "java\\tscript:alert(2)"`],
        [`${ARTICLE}:13 isi tautan: ditemukan "javascript:alert(3)"`],
        [`${ARTICLE}:15 isi tautan: ditemukan "\\u0001javascript:alert(4)"`],
        [`${ARTICLE}:15 isi tautan: ditemukan "data:text/html,x"`],
        [`${ARTICLE}:17 isi tautan: ditemukan "vbscript:msgbox(5)"`],
      ],
    );
  });

  it("in a scheme's url", async () => {
    await expectRefused(
      'awards',
      'scheme',
      (dir) => editFile(dir, SCHEME, (text) => text.replace('url: https://ombudsman.go.id/', 'url: "java\\tscript:alert(1)"')),
      [[`content/${SCHEME}:8 url: ditemukan "java\\tscript:alert(1)"`, 'alamat web lengkap http:// atau https://', 'javascript: atau data: ditolak']],
    );
  });
});
