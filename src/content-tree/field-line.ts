/**
 * Finds the line of a field in YAML source, so problems point where the
 * journalist must look. Good enough for front matter: top-level keys and
 * items of top-level lists (`awards[1].score`).
 */
export function findFieldLine(lines: string[], fieldPath: (string | number)[]): number | undefined {
  const [top, index, nested] = fieldPath;
  if (typeof top !== 'string') return undefined;
  const keyPattern = new RegExp(`^${top.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
  const topLine = lines.findIndex((line) => keyPattern.test(line));
  if (topLine === -1) return undefined;
  if (typeof index !== 'number') return topLine + 1;
  let seen = -1;
  for (let i = topLine + 1; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (/^\S/.test(line)) break;
    if (/^\s*-\s/.test(line) || /^\s*-$/.test(line)) {
      seen += 1;
      if (seen === index) {
        if (typeof nested !== 'string') return i + 1;
        for (let j = i; j < lines.length; j += 1) {
          if (j > i && (/^\s*-(\s|$)/.test(lines[j]!) || /^\S/.test(lines[j]!))) break;
          if (new RegExp(`^[\\s-]*${nested}\\s*:`).test(lines[j]!)) return j + 1;
        }
        return i + 1;
      }
    }
  }
  return topLine + 1;
}
