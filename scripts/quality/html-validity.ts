/**
 * Gate 1, validity: every HTML page and every SVG passes the W3C Nu HTML
 * Checker (vnu.jar from the `vnu-jar` package, run once over all files: a
 * JVM start costs seconds), errors only; every other XML file (feeds,
 * sitemaps) is well-formed (fast-xml-parser's XMLValidator; deprecated in
 * favour of the separate `fast-xml-validator` package, which is not installed).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { openDist, sortProblems, type GateOptions, type Problem } from './dist.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  message: string;
  extract?: string;
}

export const JAVA_MISSING =
  'Java is not installed: the HTML validator (vnu.jar) needs Java 17 or newer; install it (e.g. `sudo apt-get install -y default-jre-headless`) or set JAVA to a java binary.';

/** vnu.jar inside the installed `vnu-jar` package. */
export function vnuJarPath(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
}

function javaCommand(): string | null {
  const java = process.env.JAVA ?? 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return probe.error || probe.status !== 0 ? null : java;
}

/** Files per JVM run: far below any command-line length limit. */
const BATCH = 800;

function runVnu(java: string, jar: string, files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const args = ['-Xss4m', '-jar', jar, '--format', 'json', '--errors-only', '--stdout', '--exit-zero-always', '--no-langdetect', '--also-check-svg', ...files];
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve((JSON.parse(stdout) as { messages: VnuMessage[] }).messages);
      } catch {
        reject(new Error(`vnu.jar failed (exit ${code}): ${(stderr || stdout).trim().split('\n').slice(0, 5).join(' | ')}`));
      }
    });
  });
}

export async function checkHtmlValidity(dir: string, options: GateOptions = {}): Promise<Problem[]> {
  const dist = openDist(dir, options);
  const problems: Problem[] = [];

  // XML other than SVG: well-formedness.
  for (const file of dist.withExtension('.xml', '.xsl')) {
    const result = XMLValidator.validate(dist.read(file));
    if (result !== true) {
      problems.push({ page: dist.pageOf(file), problem: `not well-formed XML: ${result.err.msg} (line ${result.err.line}, column ${result.err.col})` });
    }
  }

  const targets = [...dist.pages(), ...dist.withExtension('.svg')];
  if (targets.length) {
    const java = javaCommand();
    const jar = vnuJarPath();
    if (!java) return sortProblems([...problems, { page: '(all pages)', problem: JAVA_MISSING }]);
    if (!existsSync(jar)) return sortProblems([...problems, { page: '(all pages)', problem: `vnu.jar not found at ${jar}: run npm install` }]);
    const byPath = new Map(targets.map((file) => [path.join(dist.dir, file), file]));
    const absolute = [...byPath.keys()];
    for (let start = 0; start < absolute.length; start += BATCH) {
      const messages = await runVnu(java, jar, absolute.slice(start, start + BATCH));
      for (const message of messages) {
        if (message.type === 'info') continue;
        let file: string | undefined;
        try {
          file = message.url ? byPath.get(fileURLToPath(message.url)) : undefined;
        } catch {
          file = undefined;
        }
        const where = message.lastLine ? `line ${message.firstLine ?? message.lastLine}: ` : '';
        const extract = message.extract ? ` [${message.extract.replace(/\s+/g, ' ').trim()}]` : '';
        problems.push({
          page: file ? dist.pageOf(file) : message.url ?? '(validator)',
          problem: `invalid ${file?.endsWith('.svg') ? 'SVG' : 'HTML'}: ${where}${message.message}${extract}`,
        });
      }
    }
  }
  return sortProblems(problems);
}
