/**
 * Draws the portal's own share and feed images from SVG with sharp:
 *   public/og-default.png  1200x630, the default Open Graph / Twitter image;
 *   public/feed-logo.png   144x144, the RSS channel image and publisher logo.
 * Run once after changing the brand: `./node_modules/.bin/node scripts/make-brand-images.mjs`.
 * The PNGs are committed, so builds do not depend on the fonts of the machine.
 */
import sharp from 'sharp';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const RED = '#a4161a';

const og = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="${RED}"/>
  <rect x="80" y="96" width="120" height="12" fill="#ffffff"/>
  <text x="80" y="300" font-family="DejaVu Serif, Georgia, serif" font-size="132" font-weight="700" fill="#ffffff">Warta</text>
  <text x="80" y="440" font-family="DejaVu Serif, Georgia, serif" font-size="132" font-weight="700" fill="#ffffff">Prestasi</text>
  <text x="80" y="534" font-family="DejaVu Sans, Arial, sans-serif" font-size="38" fill="#ffffff">Kabar prestasi dan pelayanan publik daerah</text>
</svg>`;

const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="144" height="144" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="6" fill="${RED}"/>
  <text x="16" y="23" font-family="DejaVu Serif, Georgia, serif" font-size="19" font-weight="700" fill="#ffffff" text-anchor="middle">W</text>
</svg>`;

await sharp(Buffer.from(og)).png({ compressionLevel: 9 }).toFile(path.join(ROOT, 'public/og-default.png'));
await sharp(Buffer.from(logo), { density: 72 * (144 / 32) }).resize(144, 144).png({ compressionLevel: 9 }).toFile(path.join(ROOT, 'public/feed-logo.png'));
console.log('public/og-default.png, public/feed-logo.png');
