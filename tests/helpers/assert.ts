/**
 * Test assertions in the @std/assert style (JSR is unreachable here), on
 * top of node:assert/strict.
 */
import nodeAssert from "node:assert/strict";

/** Fails unless `cond` is truthy. */
export function assert(cond: unknown, msg?: string): asserts cond {
  nodeAssert.ok(cond, msg);
}

/** Deep strict equality. */
export function assertEquals<T>(actual: unknown, expected: T, msg?: string): void {
  nodeAssert.deepStrictEqual(actual, expected, msg);
}

/** Deep strict inequality. */
export function assertNotEquals(actual: unknown, expected: unknown, msg?: string): void {
  nodeAssert.notDeepStrictEqual(actual, expected, msg);
}

/** `actual` contains `expected`. */
export function assertStringIncludes(actual: string, expected: string, msg?: string): void {
  if (!actual.includes(expected)) {
    nodeAssert.fail(
      msg ?? `expected string to include ${JSON.stringify(expected)}, got:\n${actual}`,
    );
  }
}

/** `actual` matches `re`. */
export function assertMatch(actual: string, re: RegExp, msg?: string): void {
  nodeAssert.match(actual, re, msg);
}

/** The promise rejects; returns the error for further checks. */
export async function assertRejects(
  fn: () => Promise<unknown>,
  msgIncludes?: string,
): Promise<Error> {
  try {
    await fn();
  } catch (e) {
    if (msgIncludes !== undefined) assertStringIncludes((e as Error).message, msgIncludes);
    return e as Error;
  }
  nodeAssert.fail("expected the promise to reject");
}

/** `fn` throws; returns the error for further checks. */
export function assertThrows(fn: () => unknown, msgIncludes?: string): Error {
  try {
    fn();
  } catch (e) {
    if (msgIncludes !== undefined) assertStringIncludes((e as Error).message, msgIncludes);
    return e as Error;
  }
  nodeAssert.fail("expected the function to throw");
}
