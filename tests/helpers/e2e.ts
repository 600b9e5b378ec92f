/**
 * The start / try / finally-close scaffolding of end-to-end tests in one
 * place: an environment (localtc, a worker env, a proxy...) is made fresh
 * for each test and closed whatever happens, also when the test fails.
 *
 * ```ts
 * e2eTest("a task completes", { start: () => EngineEnv.start() }, async (env) => {
 *   const { outcome } = await env.run({ command: sh("true"), maxRunTime: 30 });
 *   assertEquals(outcome.resolution, "completed");
 * });
 * ```
 */

/** Anything with an async `close()`. */
export interface Closable {
  close(): Promise<void>;
}

/** Deno test options plus the environment's constructor. */
export type E2eOptions<E> = Omit<Deno.TestDefinition, "name" | "fn"> & {
  /** Makes the test's environment. */
  start: () => Promise<E>;
};

/** Runs `fn` with a fresh environment from `start`; the environment is closed afterwards. */
export async function withEnv<E extends Closable, T>(
  start: () => Promise<E>,
  fn: (env: E) => Promise<T>,
): Promise<T> {
  const env = await start();
  try {
    return await fn(env);
  } finally {
    await env.close();
  }
}

/** Registers Deno test `name`, which runs `fn` with a fresh environment (see `withEnv`). */
export function e2eTest<E extends Closable>(
  name: string,
  opts: E2eOptions<E>,
  fn: (env: E) => Promise<void>,
): void {
  const { start, ...rest } = opts;
  Deno.test({ ...rest, name, fn: () => withEnv(start, fn) });
}
