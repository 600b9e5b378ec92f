/**
 * What a D2G task run carries beside its translated payload (Go's
 * `d2g.ConversionInfo`, spec 12.12): set on `TaskRun.d2g` by the Payload
 * Validator when it translates a docker-worker payload, read by the D2G task
 * feature (env.list, image, `docker cp`, `docker rm`) and completed by the
 * Mounts feature through the `dockerimage` file mount handler.
 *
 * ```ts
 * if (task.d2g) await Deno.writeTextFile(join(task.taskDir, "env.list"), task.d2g.envVars);
 * ```
 */

/** One file or directory artifact copied out of the container at stop (`docker cp <container>:<srcPath> <destPath>`). */
export interface D2GCopyArtifact {
  /** The artifact name. */
  name: string;
  /** The path inside the container (the docker-worker payload's `path`). */
  srcPath: string;
  /** The path relative to the task directory (the translated artifact's `path`). */
  destPath: string;
}

/** How the image of a D2G task is obtained. */
export type D2GImageSource =
  /** A registry reference (`image` string or `{type: "docker-image"}`): `docker pull`. */
  | { kind: "name"; name: string }
  /** An artifact of another task (`{type: "task-image"}`), fetched as the `dockerimage` file mount. */
  | { kind: "task-image"; taskId: string; path: string }
  /** An indexed artifact (`{type: "indexed-image"}`), fetched as the `dockerimage` file mount. */
  | { kind: "indexed-image"; namespace: string; path: string };

/** Go's `ConversionInfo`. */
export interface D2GInfo {
  /** `taskcontainer_<slugid>`: the `--name` of the container. */
  containerName: string;
  /** File and directory artifacts to `docker cp` out at stop (volume artifacts are bind mounts). */
  copyArtifacts: D2GCopyArtifact[];
  /** The text of `env.list` (`NAME=value` and bare `NAME` lines, sorted, each ending in a newline). */
  envVars: string;
  /**
   * Go's `Image.String()`: the registry name for name images, the
   * placeholder `__D2G_IMAGE_ID__` for image artifacts.
   */
  image: string;
  /** Where the image comes from. */
  imageSource: D2GImageSource;
  /** The cached image file, set by the `dockerimage` file mount handler. */
  imageArtifactPath?: string;
  /** The SHA-256 of the cached image file, set by the `dockerimage` file mount handler. */
  imageArtifactSHA256?: string;
  /** The submitted docker-worker payload with the docker-worker schema defaults applied. */
  dockerWorkerPayload: Record<string, unknown>;
}

/** Receives the cached file of a file mount instead of it being copied into the task directory. */
export type TaskFileMountHandler = (cacheFile: string, sha256: string) => Promise<void>;
