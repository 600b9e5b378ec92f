/**
 * The Index service client (`/api/index/v1`): `findTask` (used by indexed
 * mounts, spec 11.2) and `insertTask`.
 *
 * ```ts
 * const { taskId } = await new Index({ rootUrl }).findTask("project.app.latest");
 * ```
 */
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";

/** An indexed task. */
export type IndexedTask = {
  namespace: string;
  taskId: string;
  rank: number;
  data: Record<string, unknown>;
  expires: string;
};

/** Body of `insertTask`. */
export type InsertTaskRequest = {
  taskId: string;
  rank: number;
  data: Record<string, unknown>;
  expires: string;
};

/** The Index service. */
export class Index extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("index", options);
  }

  /** The task indexed at `indexPath` (404 `TaskclusterApiError` when none). */
  findTask(indexPath: string): Promise<IndexedTask> {
    return this.request("GET", path`/task/${indexPath}`);
  }

  /** Indexes a task at `namespace`. */
  insertTask(namespace: string, body: InsertTaskRequest): Promise<IndexedTask> {
    return this.request("PUT", path`/task/${namespace}`, { body });
  }
}
