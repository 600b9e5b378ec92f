/**
 * Taskcluster scope matching (spec section 13): a given scope satisfies a
 * required scope when it is equal to it, or ends in `*` and the required
 * scope starts with everything before the `*`.
 *
 * ```ts
 * scopeMatch("queue:*", "queue:claim-work:a/b"); // true
 * ```
 */
export function scopeMatch(given: string, required: string): boolean {
  if (given === required) return true;
  return given.endsWith("*") && required.startsWith(given.slice(0, -1));
}

/** True when some scope in `given` satisfies `required`. */
export function satisfiesScope(given: readonly string[], required: string): boolean {
  return given.some((g) => scopeMatch(g, required));
}

/**
 * True when `given` satisfies the OR-of-AND scope sets `required`
 * (`[["a","b"],["c"]]` means a AND b, OR c). An empty outer list is satisfied.
 */
export function satisfiesExpression(
  given: readonly string[],
  required: readonly (readonly string[])[],
): boolean {
  if (required.length === 0) return true;
  return required.some((set) => set.every((r) => satisfiesScope(given, r)));
}
