/**
 * A pure one-argument function that remembers its answers for up to `max` distinct arguments,
 * starting over once full (an import repeats the same domains, names and job titles thousands of
 * times; bounded, so a file of all-distinct values costs a few megabytes at most). Only for
 * functions whose answer depends on the argument alone, and whose answers nobody mutates.
 */
export function memoize<A, R>(fn: (arg: A) => R, max = 20_000): (arg: A) => R {
  let cache = new Map<A, R>();
  return (arg) => {
    const hit = cache.get(arg);
    if (hit !== undefined || cache.has(arg)) return hit as R;
    const value = fn(arg);
    if (cache.size >= max) cache = new Map();
    cache.set(arg, value);
    return value;
  };
}
