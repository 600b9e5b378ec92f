/**
 * The Worker Manager service client (`/api/worker-manager/v1`): worker
 * registration (worker-runner's job, here for completeness and tests),
 * removal, and `shouldWorkerTerminate` (spec 15).
 *
 * ```ts
 * const { terminate } = await wm.shouldWorkerTerminate("proj/linux", group, id);
 * ```
 */
import type { Credentials } from "./credentials.ts";
import { type ClientOptions, path, TaskclusterClient } from "./client.ts";

/** Body of `registerWorker`. */
export type RegisterWorkerRequest = {
  workerPoolId: string;
  providerId: string;
  workerGroup: string;
  workerId: string;
  workerIdentityProof: Record<string, unknown>;
  systemBootTime?: string;
};

/** Reply of `registerWorker`. */
export type RegisterWorkerResponse = {
  expires: string;
  credentials: Credentials;
  workerConfig: Record<string, unknown>;
  secret: string;
};

/** Body of `reregisterWorker`. */
export type ReregisterWorkerRequest = {
  workerPoolId: string;
  workerGroup: string;
  workerId: string;
  secret: string;
};

/** Reply of `reregisterWorker`. */
export type ReregisterWorkerResponse = {
  expires: string;
  credentials: Credentials;
  secret: string;
};

/** Reply of `shouldWorkerTerminate`. */
export type ShouldWorkerTerminateResponse = { terminate: boolean; reason: string };

/** The Worker Manager service. */
export class WorkerManager extends TaskclusterClient {
  constructor(options: ClientOptions) {
    super("worker-manager", options);
  }

  /** Registers a worker (no credentials needed: the identity proof authenticates). */
  registerWorker(body: RegisterWorkerRequest): Promise<RegisterWorkerResponse> {
    return this.request("POST", "/worker/register", { body });
  }

  /** Renews a registered worker's credentials. */
  reregisterWorker(body: ReregisterWorkerRequest): Promise<ReregisterWorkerResponse> {
    return this.request("POST", "/worker/reregister", { body });
  }

  /** Removes a worker. */
  async removeWorker(workerPoolId: string, workerGroup: string, workerId: string): Promise<void> {
    await this.request("DELETE", path`/workers/${workerPoolId}/${workerGroup}/${workerId}`);
  }

  /** Whether the worker should terminate. */
  shouldWorkerTerminate(
    workerPoolId: string,
    workerGroup: string,
    workerId: string,
  ): Promise<ShouldWorkerTerminateResponse> {
    return this.request(
      "GET",
      path`/workers/${workerPoolId}/${workerGroup}/${workerId}/should-terminate`,
    );
  }
}
