/**
 * Gate 3, links: every internal reference in any built file (pages, feeds, sitemaps, SVG, CSS,
 * JSON-LD, robots.txt) leads to a served file and every `#fragment` to an id. A page link
 * without its trailing slash counts as broken (`trailingSlash: 'always'`). External URLs are
 * not fetched, but an external `<a>` must carry `rel="noopener"`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { attr, srcsetUrls, scanHtml, tokens, type ScannedElement } from './html-scan.ts';
import { describe, openDist, sortProblems, type Dist, type GateOptions, type Problem } from './dist.ts';

/** A reference found in a file: where it points and how to name it in a message. */
interface Reference {
  value: string;
  /** e.g. `<a href>`, `<loc>`, `url() in CSS`. */
  what: string;
  /** Check the fragment against the target's ids (false for JSON-LD `@id`s and the like). */
  checkFragment: boolean;
}

/** Attributes holding one URL, per element (`*`: any element). */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  script: ['src'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};
/** `<meta>` whose content is a URL. */
const URL_METAS = new Set(['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'og:video', 'og:audio', 'twitter:image', 'msapplication-tileimage']);
/** `<link rel>` values that name an origin, not a resource. */
const ORIGIN_RELS = new Set(['dns-prefetch', 'preconnect']);
const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'sms:', 'data:', 'blob:', 'javascript:', 'about:', 'geo:', 'urn:']);

/** The references of an HTML document (a page, or a fragment such as a feed's `content:encoded`). */
function htmlReferences(elements: readonly ScannedElement[]): Reference[] {
  const references: Reference[] = [];
  for (const element of elements) {
    const add = (value: string | undefined, what: string, checkFragment = true) => {
      if (value !== undefined) references.push({ value, what, checkFragment });
    };
    if (element.foreign) {
      add(attr(element, 'href') ?? attr(element, 'xlink:href'), `<${element.name} href> in SVG`);
      continue;
    }
    if (element.name === 'link' && tokens(element, 'rel').some((rel) => ORIGIN_RELS.has(rel))) continue;
    for (const name of URL_ATTRIBUTES[element.name] ?? []) add(attr(element, name), `<${element.name} ${name}>`);
    if (element.name === 'link' && attr(element, 'imagesrcset')) {
      for (const url of srcsetUrls(attr(element, 'imagesrcset')!)) add(url, '<link imagesrcset>');
    }
    if ((element.name === 'img' || element.name === 'source') && attr(element, 'srcset')) {
      for (const url of srcsetUrls(attr(element, 'srcset')!)) add(url, `<${element.name} srcset>`);
    }
    if (element.name === 'meta') {
      const key = (attr(element, 'property') ?? attr(element, 'name') ?? '').toLowerCase();
      if (URL_METAS.has(key)) add(attr(element, 'content'), `<meta ${key}>`);
    }
    if (element.name === 'script' && (attr(element, 'type') ?? '').toLowerCase() === 'application/ld+json' && element.text) {
      for (const url of jsonLdUrls(element.text)) add(url, 'URL in JSON-LD', false);
    }
  }
  return references;
}

/** Every string in a JSON-LD block that is an absolute http(s) URL. */
function jsonLdUrls(text: string): string[] {
  const urls: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') {
      if (/^https?:\/\//.test(value)) urls.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  try {
    visit(JSON.parse(text));
  } catch {
    // Invalid JSON is the validity gate's business (vnu checks JSON-LD syntax).
  }
  return urls;
}

/** One node of fast-xml-parser's `preserveOrder` output. */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Text elements whose content is a URL (by local name), and attributes that hold one. */
const XML_URL_TEXT = new Set(['loc', 'link', 'url', 'comments', 'docs']);
const XML_URL_ATTRIBUTES = new Set(['href', 'xlink:href', 'url', 'src']);
const XML_HTML_TEXT = new Set(['content:encoded', 'description', 'content', 'summary']);

function xmlReferences(text: string, isSvg: boolean): { references: Reference[]; fragments: Reference[] } {
  const references: Reference[] = [];
  const fragments: Reference[] = [];
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
    cdataPropName: '#cdata',
    trimValues: true,
  });
  const textOf = (children: unknown): string => {
    if (!Array.isArray(children)) return '';
    return children
      .map((child: XmlNode) => {
        if ('#text' in child) return String(child['#text']);
        if ('#cdata' in child) return textOf(child['#cdata']);
        return '';
      })
      .join('');
  };
  const visit = (nodes: unknown, parentName: string) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as XmlNode[]) {
      const name = Object.keys(node).find((key) => key !== ':@');
      if (!name || name === '#text' || name === '#cdata') continue;
      if (name.startsWith('?')) {
        const href = node[':@']?.href;
        if (name === '?xml-stylesheet' && href) references.push({ value: href, what: '<?xml-stylesheet href?>', checkFragment: false });
        continue;
      }
      const attributes = node[':@'] ?? {};
      const local = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
      for (const [key, value] of Object.entries(attributes)) {
        if (!XML_URL_ATTRIBUTES.has(key)) continue;
        const what = `<${name} ${key}>`;
        if (value.startsWith('#')) fragments.push({ value, what, checkFragment: true });
        else references.push({ value, what, checkFragment: true });
      }
      const children = node[name];
      if (!isSvg) {
        const content = textOf(children).trim();
        // RSS <link>, <loc>, <image:loc>, <image><url>: text. A prefixed link (atom:link, xhtml:link) has href (above).
        if (XML_URL_TEXT.has(name) || (XML_URL_TEXT.has(local) && local !== 'link')) {
          if (content) references.push({ value: content, what: `<${name}>`, checkFragment: true });
        } else if (name === 'guid' && attributes.isPermaLink !== 'false' && content) {
          references.push({ value: content, what: '<guid>', checkFragment: true });
        } else if (XML_HTML_TEXT.has(name) && content.includes('<')) {
          for (const reference of htmlReferences(scanHtml(content))) {
            references.push({ ...reference, what: `${reference.what} in <${name}> of <${parentName}>` });
          }
        }
      }
      visit(children, name);
    }
  };
  visit(parser.parse(text), '');
  return { references, fragments };
}

function cssReferences(text: string): Reference[] {
  const references: Reference[] = [];
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi)) {
    references.push({ value: match[1] ?? match[2] ?? match[3] ?? '', what: 'url() in CSS', checkFragment: false });
  }
  for (const match of withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    references.push({ value: match[1] ?? match[2] ?? '', what: '@import in CSS', checkFragment: false });
  }
  return references;
}

/** Ids (and `<a name>`s) of every page, computed once per target. */
function idsOf(dist: Dist, file: string, cache: Map<string, Set<string>>): Set<string> {
  let ids = cache.get(file);
  if (!ids) {
    ids = new Set();
    if (file.endsWith('.html')) {
      for (const element of dist.elements(file)) {
        const id = attr(element, 'id');
        if (id) ids.add(id);
        if (element.name === 'a' && attr(element, 'name')) ids.add(attr(element, 'name')!);
      }
    } else if (file.endsWith('.svg')) {
      for (const element of dist.elements(file)) if (attr(element, 'id')) ids.add(attr(element, 'id')!);
    }
    cache.set(file, ids);
  }
  return ids;
}

function decodeFragment(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function checkLinks(dir: string, options: GateOptions = {}): Problem[] {
  const dist = openDist(dir, options);
  const problems: Problem[] = [];
  const idCache = new Map<string, Set<string>>();

  const check = (file: string, baseUrl: URL, references: readonly Reference[]) => {
    const page = dist.pageOf(file);
    for (const reference of references) {
      const value = reference.value.trim();
      // An empty URL is the page itself; `url(#id)` in CSS names an SVG paint server in the document using it.
      if (value === '' || (value.startsWith('#') && reference.what === 'url() in CSS')) continue;
      let url: URL;
      try {
        url = new URL(value, baseUrl);
      } catch {
        problems.push({ page, problem: `unparsable URL in ${reference.what}: ${JSON.stringify(value)}` });
        continue;
      }
      if (SKIPPED_SCHEMES.has(url.protocol)) continue;
      if (!dist.isInternal(url)) continue;
      if (url.protocol !== dist.site.protocol) {
        problems.push({ page, problem: `${reference.what} uses ${url.protocol} for the site's own URL ${url.href} (the site is ${dist.site.protocol})` });
      }
      if (file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(value)) {
        problems.push({ page, problem: `${reference.what} ${value} is relative: the 404 page is served at any path, so its URLs must be root-relative or absolute` });
      }
      const target = dist.resolve(url);
      if ('missing' in target) {
        problems.push({ page, problem: `broken ${reference.what} ${value}: ${target.missing}` });
        continue;
      }
      if (!url.hash || url.hash === '#' || !reference.checkFragment) continue;
      const fragment = decodeFragment(url.hash);
      if (fragment === 'top' || fragment.startsWith(':~:')) continue;
      if (!target.file.endsWith('.html') && !target.file.endsWith('.svg')) continue;
      if (!idsOf(dist, target.file, idCache).has(fragment)) {
        problems.push({ page, problem: `missing anchor: ${reference.what} ${value} -> no id="${fragment}" in ${dist.pageOf(target.file)}` });
      }
    }
  };

  for (const file of dist.pages()) {
    const elements = dist.elements(file);
    const baseElement = elements.find((element) => element.name === 'base' && attr(element, 'href'));
    const pageUrl = dist.urlOf(file);
    const baseUrl = baseElement ? new URL(attr(baseElement, 'href')!, pageUrl) : pageUrl;
    check(file, baseUrl, htmlReferences(elements));
    // External links must not hand the opened page a handle on ours.
    for (const element of elements) {
      if ((element.name !== 'a' && element.name !== 'area') || element.foreign) continue;
      const href = attr(element, 'href');
      if (!href) continue;
      let url: URL;
      try {
        url = new URL(href.trim(), baseUrl);
      } catch {
        continue;
      }
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !dist.isInternal(url) && !tokens(element, 'rel').includes('noopener')) {
        problems.push({ page: dist.pageOf(file), problem: `external link without rel="noopener": ${describe(element)}` });
      }
    }
  }

  for (const file of dist.withExtension('.xml', '.svg', '.xsl')) {
    const text = dist.read(file);
    if (XMLValidator.validate(text) !== true) continue; // The validity gate reports it.
    const isSvg = file.endsWith('.svg');
    const { references, fragments } = xmlReferences(text, isSvg);
    check(file, dist.urlOf(file), references);
    if (fragments.length) {
      const ids = idsOf(dist, file, idCache);
      for (const fragment of fragments) {
        if (!ids.has(decodeFragment(fragment.value))) {
          problems.push({ page: dist.pageOf(file), problem: `missing anchor: ${fragment.what} ${fragment.value} -> no such id in this file` });
        }
      }
    }
  }

  for (const file of dist.withExtension('.css')) check(file, dist.urlOf(file), cssReferences(dist.read(file)));

  for (const file of dist.withExtension('.webmanifest', 'manifest.json')) {
    try {
      const manifest = JSON.parse(dist.read(file)) as { start_url?: string; icons?: { src?: string }[] };
      const references: Reference[] = [];
      if (manifest.start_url) references.push({ value: manifest.start_url, what: 'start_url in manifest', checkFragment: false });
      for (const icon of manifest.icons ?? []) if (icon.src) references.push({ value: icon.src, what: 'icon in manifest', checkFragment: false });
      check(file, dist.urlOf(file), references);
    } catch {
      problems.push({ page: dist.pageOf(file), problem: 'web manifest is not valid JSON' });
    }
  }

  if (dist.has('robots.txt')) {
    const references = [...dist.read('robots.txt').matchAll(/^\s*sitemap:\s*(\S+)/gim)].map(
      (match): Reference => ({ value: match[1]!, what: 'Sitemap: in robots.txt', checkFragment: false }),
    );
    check('robots.txt', dist.urlOf('robots.txt'), references);
  }

  return sortProblems(problems);
}
