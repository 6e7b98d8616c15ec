/**
 * Gate 5, security, on the built files: a strict CSP in `_headers` and the same in each page's
 * `<meta>` (minus what meta delivery ignores), pages that satisfy it, and no script in any SVG
 * file (opened on its own, an SVG runs it whatever the page's policy). tests/e2e/quality.spec.ts
 * checks that the browser agrees.
 */
import { attr, isExecutableScript, srcsetUrls, tokens, type ScannedElement } from './html-scan.ts';
import { scriptSchemeOf } from '../../src/schemas/safe-url.ts';
import { describe, openDist, sortProblems, type Dist, type GateOptions, type Problem } from './dist.ts';
import {
  META_IGNORED_DIRECTIVES,
  STRICT_REFERRER_POLICIES,
  decideInlineAllowed,
  decidePolicyWeaknesses,
  decideSourceAllowed,
  headersForPath,
  parseCsp,
  parseHeadersFile,
  effectiveSources,
  type HeaderRule,
} from '../../src/security-policy.ts';

type Policy = Record<string, string[]>;

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((header) => header.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Directive by directive, where two policies differ (`script-src: meta 'self', headers 'self' 'unsafe-inline'`). */
function policyDifferences(meta: Policy, headers: Policy): string[] {
  const sources = (policy: Policy, name: string) =>
    policy[name] ? [...policy[name]!].map((source) => source.toLowerCase()).sort().join(' ') || '(set)' : '(absent)';
  return [...new Set([...Object.keys(meta), ...Object.keys(headers)])]
    .sort()
    .filter((name) => sources(meta, name) !== sources(headers, name))
    .map((name) => `${name}: meta ${sources(meta, name)}, headers ${sources(headers, name)}`);
}

/** Which directive governs what an element loads through an attribute, if any. */
function fetchDirective(element: ScannedElement, attribute: string): string | undefined {
  const rels = tokens(element, 'rel');
  switch (element.name) {
    case 'script':
      return attribute === 'src' ? 'script-src' : undefined;
    case 'link': {
      if (attribute !== 'href' && attribute !== 'imagesrcset') return undefined;
      if (rels.includes('stylesheet')) return 'style-src';
      if (rels.includes('icon') || rels.includes('apple-touch-icon')) return 'img-src';
      if (rels.includes('manifest')) return 'manifest-src';
      if (rels.includes('modulepreload')) return 'script-src';
      if (rels.includes('preload')) {
        const as = (attr(element, 'as') ?? '').toLowerCase();
        return { script: 'script-src', style: 'style-src', image: 'img-src', font: 'font-src', fetch: 'connect-src', audio: 'media-src', video: 'media-src', track: 'media-src' }[as];
      }
      return undefined;
    }
    case 'img':
    case 'image':
      return 'img-src';
    case 'source':
      return element.attributes.has('srcset') ? 'img-src' : 'media-src';
    case 'video':
      return attribute === 'poster' ? 'img-src' : 'media-src';
    case 'audio':
    case 'track':
      return 'media-src';
    case 'iframe':
      return 'frame-src';
    case 'object':
    case 'embed':
      return 'object-src';
    case 'form':
      return 'form-action';
    case 'input':
      return attribute === 'src' ? 'img-src' : 'form-action';
    case 'button':
      return 'form-action';
    default:
      return undefined;
  }
}

const LOADING_ATTRIBUTES = ['src', 'href', 'srcset', 'imagesrcset', 'poster', 'data', 'action', 'formaction'];

export function checkSecurity(dir: string, options: GateOptions = {}): Problem[] {
  const dist = openDist(dir, options);
  const pages = dist.pages();
  const rules = dist.has('_headers') ? parseHeadersFile(dist.read('_headers')) : [];
  const headers = checkHeaderFile(dist, pages, rules);
  const problems = [...headers.problems, ...checkBadgeHeaders(dist, rules)];
  for (const file of pages) {
    const page = dist.pageOf(file);
    const add = (problem: string) => problems.push({ page, problem });
    const elements = dist.elements(file);
    const policy = checkMetaPolicy(elements, headers.policies.get(file), add);
    if (policy) checkPageElements(dist, file, elements, policy, add);
  }
  problems.push(...checkSvgFiles(dist));
  return sortProblems(problems);
}

/** `_headers`: every page gets a strong CSP (with frame-ancestors), nosniff and a strict Referrer-Policy. */
function checkHeaderFile(dist: Dist, pages: string[], rules: HeaderRule[]): { problems: Problem[]; policies: Map<string, Policy> } {
  const problems: Problem[] = [];
  if (!dist.has('_headers')) problems.push({ page: '/_headers', problem: 'missing: no security headers for hosts that read a _headers file (public/_headers)' });
  const missing = new Map<string, string[]>();
  const note = (what: string, page: string) => missing.set(what, [...(missing.get(what) ?? []), page]);
  const policies = new Map<string, Policy>();
  const judged = new Set<string>();
  for (const file of pages) {
    const page = dist.pageOf(file);
    const headers = headersForPath(rules, page);
    const csp = headerValue(headers, 'Content-Security-Policy');
    if (!csp) note('no Content-Security-Policy header', page);
    else {
      policies.set(file, parseCsp(csp));
      if (!judged.has(csp)) {
        judged.add(csp);
        for (const weakness of decidePolicyWeaknesses(parseCsp(csp))) problems.push({ page: '/_headers', problem: `weak Content-Security-Policy for ${page}: ${weakness}` });
        if (!parseCsp(csp)['frame-ancestors']) problems.push({ page: '/_headers', problem: `Content-Security-Policy for ${page} has no frame-ancestors (the page can be framed by anyone)` });
      }
    }
    if ((headerValue(headers, 'X-Content-Type-Options') ?? '').toLowerCase() !== 'nosniff') note('no "X-Content-Type-Options: nosniff"', page);
    const referrer = (headerValue(headers, 'Referrer-Policy') ?? '').toLowerCase().split(',').map((value) => value.trim()).at(-1) ?? '';
    if (!(STRICT_REFERRER_POLICIES as readonly string[]).includes(referrer)) note(`no strict Referrer-Policy (one of ${STRICT_REFERRER_POLICIES.join(', ')})`, page);
  }
  for (const [what, where] of missing) {
    problems.push({ page: '/_headers', problem: `${what} for ${where.length} page(s): ${where.slice(0, 3).join(', ')}${where.length > 3 ? ', …' : ''}` });
  }
  return { problems, policies };
}

/** Badges (one sampled): served as SVG, under a policy of their own that runs no script. */
function checkBadgeHeaders(dist: Dist, rules: HeaderRule[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of dist.files.filter((file) => file.startsWith('lencana/') && file.endsWith('.svg')).slice(0, 1)) {
    const headers = headersForPath(rules, dist.pageOf(file));
    if (!/^image\/svg\+xml\b/i.test(headerValue(headers, 'Content-Type') ?? '')) {
      problems.push({ page: '/_headers', problem: `badges (${dist.pageOf(file)}) get no "Content-Type: image/svg+xml"` });
    }
    const badgePolicy = parseCsp(headerValue(headers, 'Content-Security-Policy') ?? '');
    const scripts = effectiveSources(badgePolicy, 'script-src');
    if (!scripts || !(scripts.length === 1 && scripts[0] === "'none'")) {
      problems.push({ page: '/_headers', problem: `badges (${dist.pageOf(file)}) need a Content-Security-Policy of their own that runs no script (default-src 'none')` });
    }
  }
  return problems;
}

/** Returns the policy the page runs under (the <meta>'s, else the header's). */
function checkMetaPolicy(elements: ScannedElement[], headerPolicy: Policy | undefined, add: (problem: string) => void): Policy | undefined {
  const metas = elements.filter((element) => element.name === 'meta' && (attr(element, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  let policy: Policy | undefined = headerPolicy;
  if (!metas.length) add('no <meta http-equiv="Content-Security-Policy"> (hosts without _headers support get no policy)');
  for (const meta of metas) {
    const metaPolicy = parseCsp(attr(meta, 'content') ?? '');
    policy = metaPolicy;
    if (!meta.inHead) add('the CSP <meta> is not in <head>, so browsers ignore it');
    const index = elements.indexOf(meta);
    const earlier = elements.slice(0, index).find((element) => ['link', 'script', 'style', 'img', 'base'].includes(element.name));
    if (earlier) add(`the CSP <meta> comes after ${describe(earlier)}, which it therefore does not govern`);
    for (const ignored of META_IGNORED_DIRECTIVES) {
      if (metaPolicy[ignored]) add(`the CSP <meta> holds ${ignored}, which a <meta> cannot deliver (browsers ignore it and log an error)`);
    }
    for (const weakness of decidePolicyWeaknesses(metaPolicy)) add(`weak CSP in <meta>: ${weakness}`);
    if (headerPolicy) {
      const expected = Object.fromEntries(Object.entries(headerPolicy).filter(([name]) => !(META_IGNORED_DIRECTIVES as readonly string[]).includes(name)));
      const differences = policyDifferences(metaPolicy, expected);
      if (differences.length) add(`the CSP <meta> differs from the _headers policy: ${differences.join('; ')}`);
    }
  }
  return policy;
}

/** What the page's elements do must be allowed by its policy: no inline script or style, only allowed sources. */
function checkPageElements(dist: Dist, file: string, elements: ScannedElement[], policy: Policy, add: (problem: string) => void): void {
  const pageUrl = dist.urlOf(file);
  const blockStyle = !decideInlineAllowed(policy, 'style-src');
  for (const element of elements) {
    if (isExecutableScript(element) && !element.attributes.has('src')) {
      add(`inline script (script-src forbids it): ${describe(element)} "${(element.text ?? '').trim().slice(0, 50)}"`);
    }
    for (const problem of scriptAttributeProblems(element, ' (script-src forbids inline handlers)', '')) add(problem);
    for (const [name, value] of element.attributes) {
      if (name === 'style' && blockStyle) add(`style attribute on ${describe(element)} (style-src forbids inline style): style="${value.slice(0, 60)}"`);
    }
    if (element.name === 'style' && blockStyle) add(`<style> element (style-src forbids inline style)${element.foreign ? ' in inline SVG' : ''}`);
    if (element.name === 'base' && attr(element, 'href')) {
      const url = parseUrl(attr(element, 'href')!, pageUrl);
      if (!url || !decideSourceAllowed(policy, 'base-uri', url, dist.site.origin)) add(`<base href="${attr(element, 'href')}"> is not allowed by base-uri`);
    }
    for (const { url, directive } of loadedUrls(element, pageUrl)) {
      if (!decideSourceAllowed(policy, directive, url, dist.site.origin)) add(`${describe(element)} loads ${url.href.slice(0, 100)}, which ${directive} does not allow`);
    }
  }
}

function parseUrl(raw: string, base: URL | string): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** Every URL an element loads (src, href, srcset ...), with the fetch directive that governs it. */
function loadedUrls(element: ScannedElement, pageUrl: URL | string): { url: URL; directive: string }[] {
  const loaded: { url: URL; directive: string }[] = [];
  for (const attribute of LOADING_ATTRIBUTES) {
    const value = attr(element, attribute);
    if (value === undefined || value.trim() === '') continue;
    const directive = fetchDirective(element, attribute);
    if (!directive) continue;
    const urls = attribute === 'srcset' || attribute === 'imagesrcset' ? srcsetUrls(value) : [value];
    for (const raw of urls) {
      const url = parseUrl(raw.trim(), pageUrl);
      if (url && url.protocol !== 'javascript:') loaded.push({ url, directive });
    }
  }
  return loaded;
}

/** SVG files: opened on their own (or from an <object>), they run their scripts. */
function checkSvgFiles(dist: Dist): Problem[] {
  const problems: Problem[] = [];
  for (const file of dist.withExtension('.svg')) {
    const add = (problem: string) => problems.push({ page: dist.pageOf(file), problem });
    for (const element of dist.elements(file)) {
      if (element.name === 'script') add(`SVG file runs script: ${describe(element)}${element.text?.trim() ? ` "${element.text.trim().slice(0, 40)}"` : ''}`);
      for (const problem of scriptAttributeProblems(element, ' in an SVG file', ' in an SVG file')) add(problem);
    }
  }
  return problems;
}

/** Attributes holding a URL. */
const URL_ATTRIBUTES = new Set([...LOADING_ATTRIBUTES, 'xlink:href', 'cite', 'background', 'ping', 'longdesc', 'manifest']);
/** Attributes holding candidate lists. */
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
/** What an SVG `<set>`/`<animate>` writes into the attribute it animates (`to="javascript:…"`), `;`-separated. */
const ANIMATION_VALUES = new Set(['to', 'from', 'by', 'values']);
const ANIMATIONS = new Set(['set', 'animate']);

/** The URLs an attribute holds, as far as script URLs go; none for attributes that hold no URL. */
function urlsOf(element: ScannedElement, name: string, value: string): string[] {
  if (SRCSET_ATTRIBUTES.has(name)) return srcsetUrls(value);
  if (URL_ATTRIBUTES.has(name)) return [value];
  if (ANIMATIONS.has(element.name) && ANIMATION_VALUES.has(name)) return value.split(';');
  return [];
}

function scriptAttributeProblems(element: ScannedElement, handlerNote: string, urlNote: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of element.attributes) {
    if (/^on[a-z]/.test(name)) {
      problems.push(`event handler attribute ${name}="${value.slice(0, 40)}" on ${describe(element)}${handlerNote}`);
      continue;
    }
    const scheme = urlsOf(element, name, value).map(scriptSchemeOf).find(Boolean);
    if (scheme) problems.push(`${scheme}: URL in ${describe(element)}${name === 'href' || name === 'src' ? '' : ` (${name})`}${urlNote}`);
  }
  return problems;
}
