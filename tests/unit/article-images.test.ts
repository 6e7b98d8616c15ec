/**
 * Images in articles (issue 13, item 5): only local raster files inside
 * content/ are used, in the front matter, in `![alt](src)`, `![alt][ref]`
 * and `<Gambar src>`; remote addresses, escapes, symlinks out, SVG (also
 * renamed) are refused with the content check's one-line problems.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileArticleBody } from '../../src/mdx/compile-article.ts';
import { detectRasterFormat } from '../../src/model/raster-image.ts';
import { createImageChecker } from '../../src/content-tree/image-file.ts';
import { runContentCheck } from '../../src/content-tree/run-check.ts';
import { formatProblem } from '../../src/model/problem.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0, 0x43, 0, 0]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const AVIF = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1miafavif')]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

let work: string;
let content: string;
let article: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'warta-images-'));
  content = path.join(work, 'content');
  const pictures = path.join(content, 'articles', '2024', 'gambar');
  mkdirSync(pictures, { recursive: true });
  article = path.join(content, 'articles', '2024', 'x.mdx');
  const files: Record<string, Buffer> = {
    'foto.jpg': JPEG,
    'FOTO.JPEG': JPEG,
    'grafik.png': PNG,
    'peta.webp': WEBP,
    'sampul.avif': AVIF,
    'logo.svg': SVG,
    'logo.png': SVG,
    'png-bernama.jpg': PNG,
    'foto.gif': Buffer.from('GIF89a'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(pictures, name), bytes);
  writeFileSync(path.join(work, 'rahasia.jpg'), JPEG);
  symlinkSync(path.join(work, 'rahasia.jpg'), path.join(pictures, 'tautan-keluar.jpg'));
  symlinkSync(path.join(pictures, 'foto.jpg'), path.join(pictures, 'tautan-dalam.jpg'));
  mkdirSync(path.join(pictures, 'folder.jpg'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('detectRasterFormat', () => {
  it('reads JPEG, PNG, WebP and AVIF signatures and nothing else', () => {
    expect([JPEG, PNG, WEBP, AVIF].map((bytes) => detectRasterFormat(bytes))).toEqual(['jpeg', 'png', 'webp', 'avif']);
    expect(detectRasterFormat(SVG)).toBeUndefined();
    expect(detectRasterFormat(Buffer.from('GIF89a'))).toBeUndefined();
    expect(detectRasterFormat(new Uint8Array())).toBeUndefined();
  });
});

describe('createImageChecker', () => {
  const accepted = ['./gambar/foto.jpg', 'gambar/FOTO.JPEG', './gambar/grafik.png', './gambar/peta.webp', './gambar/sampul.avif', './gambar/tautan-dalam.jpg'];
  it.each(accepted)('accepts %s', (src) => {
    expect(createImageChecker(content)(article, src)).toBeUndefined();
  });

  it.each([
    ['https://contoh.id/foto.jpg', 'bukan alamat web atau data'],
    ['//cdn.contoh.id/foto.jpg', 'bukan alamat web atau data'],
    ['data:image/png;base64,iVBORw0KGgo=', 'bukan alamat web atau data'],
    ['/etc/hosts', 'bukan jalur absolut'],
    ['../../../rahasia.jpg', 'di dalam folder content/'],
    ['./gambar/tautan-keluar.jpg', 'tautan simbolik ke luar content/'],
    ['./gambar/tidak-ada.jpg', 'berkas gambar yang ada'],
    ['./gambar/logo.svg', 'SVG dan format lain tidak dipakai'],
    ['./gambar/foto.gif', 'SVG dan format lain tidak dipakai'],
    ['./gambar/logo.png', 'bukan gambar raster (mis. SVG yang diganti namanya)'],
    ['./gambar/png-bernama.jpg', 'berkas ini PNG, namanya .jpg'],
    ['./gambar/folder.jpg', 'berkas gambar yang ada'],
  ])('refuses %s', (src, expected) => {
    expect(createImageChecker(content)(article, src)).toContain(expected);
  });
});

describe('the compiler records and refuses remote images in every syntax', () => {
  it.each([
    ['![Grafik](https://contoh.id/a.png)', 'https://contoh.id/a.png'],
    ['![Grafik](HTTP://contoh.id/a.png)', 'HTTP://contoh.id/a.png'],
    ['![Grafik](//contoh.id/a.png)', '//contoh.id/a.png'],
    ['![Grafik](data:image/svg+xml;base64,PHN2Zz4=)', 'data:image/svg+xml;base64,PHN2Zz4='],
    ['Teks ![Grafik][g] lagi.\n\n[g]: https://contoh.id/a.svg', 'https://contoh.id/a.svg'],
    ['<Gambar src="https://contoh.id/a.png" alt="Grafik" />', 'https://contoh.id/a.png'],
  ])('%s', (body, src) => {
    const { problems } = compileArticleBody(body, 10);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 11, field: 'isi gambar', value: JSON.stringify(src) });
    expect(problems[0]!.expected).toContain('berkas gambar lokal relatif terhadap artikel');
  });

  it('refuses raw <img> as an unknown component', () => {
    const { problems } = compileArticleBody('<img src="https://contoh.id/a.png" alt="x" />');
    expect(problems.map((problem) => problem.value)).toEqual(['<img>']);
  });

  it('renders a referenced local image through Astro\'s image pipeline and records it', () => {
    const { html, info, problems } = compileArticleBody('Teks ![Grafik][g] lagi.\n\n[g]: ./gambar/foto.jpg');
    expect(problems).toEqual([]);
    expect(info.images).toEqual(['./gambar/foto.jpg']);
    expect(html).toContain('<img __ASTRO_IMAGE_=');
    expect(html).not.toContain('src=');
  });
});

describe('the content check (run by check:content and the build)', () => {
  it('reports every bad image in the front matter and the body, one line each', async () => {
    const tree = path.join(work, 'tree');
    cpSync(path.join(ROOT, 'tests/fixtures/basic/content'), path.join(tree, 'content'), { recursive: true });
    const file = path.join(tree, 'content/articles/2024/terbit-muba.mdx');
    mkdirSync(path.join(tree, 'content/articles/2024/gambar'));
    writeFileSync(path.join(tree, 'content/articles/2024/gambar/logo.png'), SVG);
    writeFileSync(path.join(tree, 'content/articles/2024/gambar/foto.jpg'), JPEG);
    writeFileSync(path.join(tree, 'secret.jpg'), JPEG);
    const text = readFileSync(file, 'utf8')
      .replace('tags:', 'image: ../../../secret.jpg\nimageAlt: Rahasia\ntags:')
      .concat('\n![Logo](./gambar/logo.png)\n\n<Gambar src="./gambar/foto.jpg" alt="Foto" />\n\n![Luar](https://contoh.id/x.jpg)\n');
    writeFileSync(file, text);
    const result = await runContentCheck(path.join(tree, 'content'), tree, new Date('2026-11-30T00:00:00Z'), { workers: 0 });
    const lines = result.problems.map((problem) => formatProblem(problem));
    const at = 'content/articles/2024/terbit-muba.mdx';
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${at}:8 image: ditemukan "\\.\\./\\.\\./\\.\\./secret\\.jpg"; diharapkan: berkas gambar di dalam folder content/`)),
      expect.stringMatching(new RegExp(`^${at}:\\d+ isi gambar: ditemukan "\\./gambar/logo\\.png"; diharapkan: .*bukan gambar raster`)),
      expect.stringMatching(new RegExp(`^${at}:\\d+ isi gambar: ditemukan "https://contoh\\.id/x\\.jpg"; diharapkan: berkas gambar lokal`)),
    ]);
  });
});
