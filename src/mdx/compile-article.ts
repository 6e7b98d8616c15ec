/**
 * An article's MDX body to HTML without executing anything: parsed by MDX (so syntax is
 * checked exactly as MDX would), but only the palette is accepted, rendered to static HTML.
 * Each article stays as cheap as markdown, its HTML cached by digest (src/loaders/articles.ts).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkRehype, { defaultHandlers } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { visit, SKIP } from 'unist-util-visit';
import type { Root as MdastRoot, Nodes as MdastNodes, Parent as MdastParent, Definition, ImageReference } from 'mdast';
import type { Root as HastRoot, ElementContent, Element } from 'hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { PALETTE, PALETTE_NAMES, ALLOWED_HTML, astroImage, type CatatanKind, type PaletteComponent } from './palette.ts';
import { parseContentDateTime } from '../schemas/datetime.ts';
import { BODY_MARKER_TAGS, bodyMarkerElement } from '../model/body-markers.ts';
import { describeNonLocalImage } from '../model/raster-image.ts';
import { ARTICLE_BODY_MAX_BYTES } from '../schemas/article.ts';
import { checkBodyLink } from '../schemas/safe-url.ts';

export interface BodyProblem {
  /** 1-based line within the whole file. */
  line?: number | undefined;
  field: string;
  value: string;
  expected: string;
}

export interface BodyInfo {
  /** Slugs of explicit `<BacaJuga>` placements, in order. */
  bacaJuga: string[];
  /** File line of each `<BacaJuga>` in `bacaJuga` (0 when unknown). */
  bacaJugaLines?: number[];
  /** `<Lencana>` badges: the result each must show (region defaults to the article's). */
  lencana?: LencanaRef[];
  /** `<Catatan>` notes, in order; the latest date is the article's effective `dateModified`. */
  notes?: BodyNote[];
  /** Local image paths used in the body (relative to the article file). */
  images: string[];
  /** File line of each image in `images` (0 when unknown). */
  imageLines?: number[];
  /** Top-level paragraphs, for Baca Juga placement. */
  paragraphs: number;
  /** Words of running text, for reading time. */
  words: number;
  /** Paragraph counts after which a Baca Juga slot marker was emitted (set by compile). */
  slots?: number[];
  /** Paragraph counts before each explicit `<BacaJuga>` (set by compile). */
  bacaJugaPositions?: number[];
}

/** A `<Lencana skema tahun daerah? />` in a body. */
export interface LencanaRef {
  scheme: string;
  year: number;
  /** Omitted: the article's region. */
  region?: string;
  /** File line (0 when unknown). */
  line: number;
}

/** A `<Catatan tanggal jenis>` in a body. */
export interface BodyNote {
  /** ISO 8601 instant (UTC), e.g. `2024-11-15T02:00:00.000Z`. */
  date: string;
  kind: CatatanKind;
  /** File line (0 when unknown). */
  line: number;
}

export interface AnalyzedBody {
  tree: MdastRoot;
  info: BodyInfo;
  problems: BodyProblem[];
}

export interface CompiledBody extends AnalyzedBody {
  /** Body HTML with Baca Juga markers; empty when there are problems. */
  html: string;
}

type JsxNode = MdxJsxFlowElement | MdxJsxTextElement;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Most bodies are plain prose: without `<`, `{` or an import/export line
 * there is nothing MDX-specific to parse, and markdown with indented code
 * disabled (as MDX disables it; MDX's other differences all need `<`) gives
 * the same tree at less than half the cost.
 */
function disableIndentedCode(this: { data(key: string): unknown[] | undefined; data(key: string, value: unknown[]): void }) {
  const extensions = this.data('micromarkExtensions') ?? [];
  this.data('micromarkExtensions', [...extensions, { disable: { null: ['codeIndented'] } }]);
}
const plainParser = unified().use(remarkParse).use(disableIndentedCode as never).use(remarkGfm);

/**
 * GFM's constructs each need one of these: a table a `|` (or a `:` in an
 * alignment row), strikethrough `~`, a footnote `[^`, a task `[ ]`/`[x]`,
 * a literal autolink `www.`, `http(s)://` or `@` (e-mail). Without any, GFM
 * adds nothing to the tree, and MDX parses in less than half the time.
 * Linear: the alignment-row part is anchored at line starts and its first
 * run cannot hold the `:` that ends it, so no line is scanned twice
 * (tests/unit/compile-hostile.test.ts).
 */
const MAY_HOLD_GFM = /[|~@]|\[\^|\[[ \txX]\]|www\.|https?:\/\/|^[- \t]*:[-: \t]*$/im;
/**
 * A line starting with `import`/`export` (after blanks), which MDX reads as
 * code. The blanks exclude line terminators, so each line is scanned once
 * (`^\s*` would rescan every following blank line from every line start).
 */
const ESM_LINE = /^[^\S\n\r\u2028\u2029]*(?:import|export)\b/m;
const mdxParser = unified().use(remarkParse).use(remarkMdx);

export function mayHoldGfm(body: string): boolean {
  return MAY_HOLD_GFM.test(body);
}

/** True when the body cannot contain JSX, expressions or ESM. */
export function isPlainMarkdown(body: string): boolean {
  return !body.includes('<') && !body.includes('{') && !ESM_LINE.test(body);
}

const KNOWN = `komponen yang tersedia: ${PALETTE_NAMES.join(', ')}`;

function lineOf(node: { position?: { start: { line: number } } | undefined }, offset: number): number | undefined {
  return node.position ? node.position.start.line + offset : undefined;
}

/** Reads a JSX attribute value: a string, or a literal expression such as `{2024}`. */
function readAttribute(attribute: JsxNode['attributes'][number]): { name: string; value: string | null; ok: boolean } {
  if (attribute.type !== 'mdxJsxAttribute') return { name: '{...}', value: null, ok: false };
  const raw = attribute.value;
  if (raw === null || raw === undefined) return { name: attribute.name, value: 'true', ok: true };
  if (typeof raw === 'string') return { name: attribute.name, value: raw, ok: true };
  const expression = raw.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(expression) || expression === 'true' || expression === 'false') {
    return { name: attribute.name, value: expression, ok: true };
  }
  try {
    const parsed: unknown = JSON.parse(expression);
    if (typeof parsed === 'string') return { name: attribute.name, value: parsed, ok: true };
  } catch {
    // fall through: not a literal
  }
  return { name: attribute.name, value: `{${expression}}`, ok: false };
}

function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+/gu);
  return matches ? matches.length : 0;
}

/**
 * `<Kutipan oleh="...">Teks.</Kutipan>` written on one line parses as inline
 * JSX inside a paragraph; a journalist means a block, so a paragraph holding
 * only one palette component becomes that component.
 */
function unwrapLoneComponents(tree: MdastRoot): void {
  tree.children = tree.children.map((node) => {
    if (node.type !== 'paragraph') return node;
    const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const only = meaningful[0];
    if (meaningful.length !== 1 || only?.type !== 'mdxJsxTextElement' || !PALETTE[only.name ?? '']) return node;
    // An inline component (a badge) alone on a line stays in its paragraph.
    if (PALETTE[only.name ?? '']!.placement === 'inline') return node;
    return { ...only, type: 'mdxJsxFlowElement', children: only.children } as unknown as MdxJsxFlowElement;
  });
}

/** A body over the size limit is refused before parsing: the parser's cost grows with it. */
function checkBodySize(body: string, lineOffset: number): BodyProblem | undefined {
  // UTF-8 is at most 3 bytes per UTF-16 unit: a short body needs no count.
  if (body.length * 3 <= ARTICLE_BODY_MAX_BYTES) return undefined;
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes <= ARTICLE_BODY_MAX_BYTES) return undefined;
  return {
    line: lineOffset + 1,
    field: 'isi',
    value: `${Math.ceil(bytes / 1024)} KB`,
    expected: `paling besar ${ARTICLE_BODY_MAX_BYTES / 1024} KB; pecah menjadi beberapa artikel yang saling ditautkan dengan <BacaJuga>`,
  };
}

/** `lineOffset`: file lines before the body, so problems point at the line the journalist sees. */
export function analyzeArticleBody(body: string, lineOffset = 0): AnalyzedBody {
  const info: BodyInfo = { bacaJuga: [], bacaJugaLines: [], lencana: [], notes: [], images: [], imageLines: [], paragraphs: 0, words: 0 };
  const tooLarge = checkBodySize(body, lineOffset);
  if (tooLarge) return { tree: { type: 'root', children: [] }, info, problems: [tooLarge] };
  const parsed = parseBody(body, lineOffset);
  if (!('type' in parsed)) return { tree: { type: 'root', children: [] }, info, problems: [parsed] };
  const tree = parsed;
  unwrapLoneComponents(tree);
  for (const node of tree.children) if (node.type === 'paragraph') info.paragraphs += 1;
  const walk: BodyWalk = { lineOffset, info, problems: [], definitions: collectDefinitions(tree) };
  visit(tree, (node: MdastNodes, index, parent) => visitBodyNode(walk, node, index, parent as Parent));
  walk.problems.push(...checkImagesAreLocal(info));
  return { tree, info, problems: walk.problems };
}

/** The body's tree, or the one problem that stopped the parser. */
function parseBody(body: string, lineOffset: number): MdastRoot | BodyProblem {
  try {
    return isPlainMarkdown(body) ? plainParser.parse(body) : (mayHoldGfm(body) ? parser : mdxParser).parse(body);
  } catch (error) {
    const err = error as { message?: string; reason?: string; line?: number; place?: { line?: number; start?: { line?: number } } };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line;
    const reason = err.reason ?? err.message ?? String(error);
    // MDX reads a line starting with the word `import`/`export` as code.
    if (/import\/exports/.test(reason)) {
      return {
        line: line ? line + lineOffset : undefined,
        field: 'isi',
        value: 'baris diawali kata "import" atau "export" (MDX membacanya sebagai kode)',
        expected: 'awali baris dengan kata lain atau huruf besar ("Impor beras ...", "Import ...")',
      };
    }
    return {
      line: line ? line + lineOffset : undefined,
      field: 'isi',
      value: `MDX tidak valid (${reason.split('\n')[0]})`,
      expected: 'MDX yang benar: komponen ditutup (<Kutipan>...</Kutipan> atau <Gambar ... />), tanpa karakter { atau < lepas di teks (tulis \\{ atau \\<)',
    };
  }
}

/** What one walk over a body's tree collects. */
interface BodyWalk {
  lineOffset: number;
  info: BodyInfo;
  problems: BodyProblem[];
  definitions: Map<string, Definition>;
}

type Parent = MdastParent | undefined;

/** One handler per node type; what it returns steers the walk (SKIP, or the index to continue at). */
function visitBodyNode(walk: BodyWalk, node: MdastNodes, index: number | undefined, parent: Parent): typeof SKIP | number | undefined {
  switch (node.type) {
    case 'mdxjsEsm':
      walk.problems.push({
        line: lineOf(node, walk.lineOffset),
        field: 'isi',
        value: JSON.stringify(node.value.split('\n')[0]),
        expected: `tanpa import/export: komponen portal dipakai langsung tanpa import (${KNOWN})`,
      });
      return SKIP;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return visitExpression(walk, node, index, parent);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return visitComponent(walk, node, parent);
    case 'image':
    case 'imageReference': {
      // Every image is recorded, remote ones too, so each is checked (checkImagesAreLocal).
      const url = node.type === 'image' ? node.url : walk.definitions.get(definitionKey(node))?.url;
      if (url !== undefined) recordImage(walk, url, node); // an undefined reference renders as its text
      return undefined;
    }
    case 'link':
    case 'definition': {
      // Only http(s), mailto, tel and relative links (src/schemas/safe-url.ts).
      const problem = checkBodyLink(node.url, lineOf(node, walk.lineOffset));
      if (problem) walk.problems.push(problem);
      return undefined;
    }
    case 'text':
      walk.info.words += countWords(node.value);
      return undefined;
    default:
      return undefined;
  }
}

// JSX comments ({/* ... */}) are dropped as harmless; any other expression would be code.
function visitExpression(walk: BodyWalk, node: MdxFlowExpression | MdxTextExpression, index: number | undefined, parent: Parent): typeof SKIP | number {
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    return SKIP;
  }
  walk.problems.push({
    line: lineOf(node, walk.lineOffset),
    field: 'isi',
    value: JSON.stringify(`{${node.value}}`),
    expected: 'teks biasa tanpa ekspresi {...}; tulis \\{ untuk kurung kurawal',
  });
  return SKIP;
}

/** A JSX element: plain allowed HTML, or a palette component with valid attributes in a valid place. */
function visitComponent(walk: BodyWalk, node: MdxJsxFlowElement | MdxJsxTextElement, parent: Parent): typeof SKIP | undefined {
  const name = node.name ?? '';
  if (ALLOWED_HTML.has(name) && node.attributes.length === 0) return undefined;
  const component = PALETTE[name];
  const line = lineOf(node, walk.lineOffset);
  if (!component) {
    walk.problems.push({ line, field: 'isi', value: `<${name || '>'}>`, expected: ALLOWED_HTML.has(name) ? `<${name}> tanpa atribut` : KNOWN });
    return SKIP;
  }
  const { attributes, complete } = readComponentAttributes(walk, node, name, component);
  const issues = complete && component.check ? component.check(attributes) : [];
  for (const issue of issues) {
    walk.problems.push({ line, field: `<${name}> ${issue.attribute}`, value: issue.value, expected: issue.expected });
  }
  const onItsOwnLine = node.type === 'mdxJsxFlowElement' && parent?.type === 'root';
  if (component.placement === 'block' && !onItsOwnLine) {
    walk.problems.push({
      line,
      field: `<${name}>`,
      value: 'di dalam paragraf atau komponen lain',
      expected: `<${name} ...${component.hasChildren ? `>...</${name}>` : ' />'} pada barisnya sendiri, dipisah baris kosong dari paragraf`,
    });
  }
  if (!component.hasChildren && node.children.length > 0) {
    walk.problems.push({ line, field: `<${name}>`, value: 'berisi teks', expected: `<${name} ... /> tanpa isi` });
  }
  recordComponent(walk, node, name, attributes, { valid: complete && issues.length === 0, onItsOwnLine });
  node.data = { ...node.data, wartaAttributes: attributes } as unknown as typeof node.data;
  return undefined;
}

/** The component's attributes as text; unusable, unknown and missing required ones are problems. */
function readComponentAttributes(
  walk: BodyWalk,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  component: PaletteComponent,
): { attributes: Record<string, string>; complete: boolean } {
  const line = lineOf(node, walk.lineOffset);
  const attributes: Record<string, string> = {};
  /** Attributes written but unusable, already reported: not "missing" as well. */
  const reported = new Set<string>();
  for (const attribute of node.attributes) {
    const read = readAttribute(attribute);
    if (!read.ok) {
      reported.add(read.name);
      walk.problems.push({ line, field: `<${name}> ${read.name}`, value: JSON.stringify(read.value ?? read.name), expected: 'nilai teks dalam tanda kutip, mis. slug="judul-berita"' });
    } else if (!(read.name in component.attributes)) {
      walk.problems.push({ line, field: `<${name}> ${read.name}`, value: JSON.stringify(read.value), expected: `atribut yang dikenal: ${Object.keys(component.attributes).join(', ')}` });
    } else {
      attributes[read.name] = read.value!;
    }
  }
  let complete = true;
  for (const [attributeName, spec] of Object.entries(component.attributes)) {
    if (!spec.required || attributes[attributeName]?.trim()) continue;
    complete = false;
    if (!reported.has(attributeName)) walk.problems.push({ line, field: `<${name}> ${attributeName}`, value: '(kosong)', expected: spec.description });
  }
  return { attributes, complete };
}

/** What the rest of the build needs to know of a component: Baca Juga targets, badges, notes, images. */
function recordComponent(
  walk: BodyWalk,
  node: MdxJsxFlowElement | MdxJsxTextElement,
  name: string,
  attributes: Record<string, string>,
  { valid, onItsOwnLine }: { valid: boolean; onItsOwnLine: boolean },
): void {
  const { info } = walk;
  const line = lineOf(node, walk.lineOffset);
  if (name === 'BacaJuga') {
    if (!onItsOwnLine) {
      walk.problems.push({ line, field: '<BacaJuga>', value: 'di dalam paragraf atau komponen lain', expected: '<BacaJuga slug="..." /> pada barisnya sendiri, di antara paragraf' });
    } else if (attributes.slug) {
      info.bacaJuga.push(attributes.slug);
      info.bacaJugaLines!.push(line ?? 0);
    }
  }
  if (name === 'Lencana' && valid) {
    info.lencana!.push({
      scheme: attributes.skema!,
      year: Number(attributes.tahun),
      ...(attributes.daerah ? { region: attributes.daerah } : {}),
      line: line ?? 0,
    });
  }
  if (name === 'Catatan' && valid) {
    info.notes!.push({ date: parseContentDateTime(attributes.tanggal)!.toISOString(), kind: (attributes.jenis ?? 'pembaruan') as CatatanKind, line: line ?? 0 });
  }
  if (name === 'Gambar' && attributes.src) recordImage(walk, attributes.src, node);
}

function recordImage(walk: BodyWalk, url: string, node: MdastNodes): void {
  walk.info.images.push(url);
  walk.info.imageLines!.push(lineOf(node, walk.lineOffset) ?? 0);
}

/** Images must be local files beside the article. */
function checkImagesAreLocal(info: BodyInfo): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const [index, src] of info.images.entries()) {
    const nonLocal = describeNonLocalImage(src);
    if (!nonLocal) continue;
    problems.push({
      line: info.imageLines![index] || undefined,
      field: 'isi gambar',
      value: JSON.stringify(src),
      expected: `berkas gambar lokal relatif terhadap artikel, mis. "./gambar/foto.jpg" (bukan ${nonLocal})`,
    });
  }
  return problems;
}

/** Link and image definitions (`[ref]: ./foto.jpg`), first one wins as in CommonMark. */
function collectDefinitions(tree: MdastRoot): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(definitionKey(node))) definitions.set(definitionKey(node), node);
  });
  return definitions;
}

/** mdast-util-to-hast's key for a definition, so analysis and rendering resolve alike. */
function definitionKey(node: { identifier: string }): string {
  return String(node.identifier).toUpperCase();
}

/** What the content check needs of a body (the build keeps the whole `BodyInfo`). */
export type BodyCheckInfo = Pick<BodyInfo, 'bacaJuga' | 'bacaJugaLines' | 'lencana' | 'notes' | 'images' | 'imageLines'>;

/**
 * Text in which MDX's own syntax may occur: JSX or HTML (`<`), an expression
 * (`{`, `}`), an image (`![`), a link or link definition (`](`, `]:`, whose
 * URL is checked) or an import/export line. MDX (and GFM) only
 * raise a problem, and the analysis only records a placement, badge, note or
 * image, inside one of these constructs; plain markdown never fails to parse.
 */
const MAY_HOLD_MDX = /[<{}]|!\[|\]\(|\]:/;

/**
 * `analyzeArticleBody` for the content check, skipping the parse where no MDX syntax can occur
 * (most news is plain prose); tests/unit/check-body.test.ts holds the two equal.
 */
export function checkArticleBody(body: string, lineOffset = 0): { info: BodyCheckInfo; problems: BodyProblem[] } {
  if (!MAY_HOLD_MDX.test(body) && !ESM_LINE.test(body) && !checkBodySize(body, lineOffset)) {
    return { info: { bacaJuga: [], bacaJugaLines: [], lencana: [], notes: [], images: [], imageLines: [] }, problems: [] };
  }
  const { info, problems } = analyzeArticleBody(body, lineOffset);
  const { bacaJuga, bacaJugaLines, lencana, notes, images, imageLines } = info;
  return { info: { bacaJuga, bacaJugaLines, lencana, notes, images, imageLines }, problems };
}

const renderer = unified()
  .use(remarkRehype, {
    handlers: {
      // Components become static HTML; the handler is only reached for
      // palette components and allowed inline HTML (analysis rejected the rest).
      mdxJsxFlowElement: renderJsx,
      mdxJsxTextElement: renderJsx,
      image: (_state: unknown, node: { url: string; alt?: string | null }) => astroImage(node.url, node.alt ?? ''),
      // `![alt][ref]` goes through Astro's image pipeline like `![alt](src)`, never as a raw <img>.
      imageReference: (state: { definitionById: Map<string, Definition> }, node: ImageReference) => {
        const definition = state.definitionById.get(definitionKey(node));
        if (!definition) return defaultHandlers.imageReference(state as never, node);
        return astroImage(definition.url, node.alt ?? '');
      },
    },
  } as Parameters<typeof remarkRehype>[0])
  .use(rehypeStringify);

function renderJsx(state: { all(node: unknown): ElementContent[] }, node: JsxNode): ElementContent | undefined {
  const name = node.name ?? '';
  const children = state.all(node);
  if (ALLOWED_HTML.has(name)) return { type: 'element', tagName: name, properties: {}, children };
  const component = PALETTE[name];
  if (!component) return undefined;
  const attributes = ((node.data as { wartaAttributes?: Record<string, string> } | undefined)?.wartaAttributes) ?? {};
  return component.render(attributes, children, { block: node.type === 'mdxJsxFlowElement' });
}

/** External links open normally but never get a handle on our window. */
function decorateLinks(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && /^https?:\/\//.test(node.properties.href)) {
      node.properties.rel = ['noopener', 'noreferrer'];
    }
    // Body headings sit under the article's h1.
    if (node.tagName === 'h1') node.tagName = 'h2';
  });
}

/**
 * Slot markers only between the root's children, so never inside lists, quotes, tables or
 * components; the page decides which slots get a link.
 */
function addBacaJugaMarkers(tree: HastRoot): { slots: number[]; explicitPositions: number[] } {
  const slots: number[] = [];
  const explicitPositions: number[] = [];
  const children: HastRoot['children'] = [];
  const blocks = tree.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const lastBlock = blocks.at(-1);
  let paragraphs = 0;
  for (const child of tree.children) {
    children.push(child);
    if (child.type === 'element' && child.tagName === BODY_MARKER_TAGS.bacaJuga) explicitPositions.push(paragraphs);
    if (child.type === 'element' && child.tagName === 'p') {
      paragraphs += 1;
      if (child !== lastBlock) {
        children.push(bodyMarkerElement({ kind: 'slot', paragraphs }));
        slots.push(paragraphs);
      }
    }
  }
  tree.children = children;
  return { slots, explicitPositions };
}

export function compileArticleBody(body: string, lineOffset = 0): CompiledBody {
  const analyzed = analyzeArticleBody(body, lineOffset);
  if (analyzed.problems.length > 0) return { ...analyzed, html: '' };
  const hast = renderer.runSync(analyzed.tree) as HastRoot;
  decorateLinks(hast);
  const markers = addBacaJugaMarkers(hast);
  return {
    ...analyzed,
    info: { ...analyzed.info, slots: markers.slots, bacaJugaPositions: markers.explicitPositions },
    html: renderer.stringify(hast),
  };
}
