/**
 * A value made once per key for the life of the process, which is one build:
 * getStaticPaths, the page, its feed items and their cache keys all ask for
 * the same decisions, and must get the same object.
 */
export function oncePerKey<V>(): (key: string, make: () => V) => V {
  const made = new Map<string, V>();
  return (key, make) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make();
      made.set(key, value);
    }
    return value;
  };
}
