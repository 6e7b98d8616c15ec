// Rewrites public/_headers from the one policy in src/security-policy.ts.
//   node scripts/quality/write-headers.ts
import { writeFileSync } from 'node:fs';
import { renderHeadersFile } from '../../src/security-policy.ts';

writeFileSync(new URL('../../public/_headers', import.meta.url), renderHeadersFile());
console.log('public/_headers ditulis ulang dari src/security-policy.ts');
