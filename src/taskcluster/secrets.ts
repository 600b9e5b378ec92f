/**
 * The Secrets service client (`/api/secrets/v1`): `get` and `set`.
 *
 * ```ts
 * const { secret } = await new Secrets({ rootUrl, credentials }).get("worker-pool:proj/linux");
 * ```
 */
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";

/** A secret and its expiry. */
export type Secret = { secret: Record<string, unknown>; expires: string };

/** The Secrets service. */
export class Secrets extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("secrets", options);
  }

  /** Reads a secret. */
  get(name: string): Promise<Secret> {
    return this.request("GET", path`/secret/${name}`);
  }

  /** Writes a secret. */
  async set(name: string, body: Secret): Promise<void> {
    await this.request("PUT", path`/secret/${name}`, { body });
  }
}
