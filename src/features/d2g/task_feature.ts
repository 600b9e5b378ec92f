/**
 * The per-task part of the D2G feature (spec 12.12, Go `D2GTaskFeature`),
 * over a narrow view of the task run (`D2GTask`):
 *
 * start, in Go's order:
 * 1. the image: a registry name is pulled, an image artifact loaded
 *    (image.ts), unless `d2g-image-cache.json` has it; `[d2g] Loading docker
 *    image`, then `[d2g] Loaded docker image "<name>"` or `[d2g] Using cached
 *    docker image "<name>"`;
 * 2. with `features.chainOfTrust` in the docker-worker payload:
 *    `chain-of-trust-additional-data.json` (0644) =
 *    `{"environment":{"imageHash":"<docker inspect .Id>"[,"imageArtifactHash":"sha256:<sha256>"]}}`;
 * 3. `env.list` in the task directory (the translated `K=V` lines);
 * 4. placeholders in the commands replaced (placeholders.ts);
 * 5. the image cache file merged and written.
 *
 * stop: `docker cp <container>:<path> <dest>` for each file/directory
 * artifact, ten at a time (a failure is the warning `[d2g] Artifact "<name>"
 * not found at "<path>": ...`), then `docker rm --force <container>` (a
 * failure is exception/internal-error). Stop runs after the Command
 * Executor whatever happened to the command (exit, max run time, cancel,
 * worker shutdown), so no container outlives its task.
 */
import { join } from "node:path";
import { goQuote } from "../../task/go_format.ts";
import { internalError, type TaskError } from "../../task/errors.ts";
import { commandErrorText, dockerSucceeded } from "./docker_cli.ts";
import { type DockerRunner, imageHash, type ImageSource, loadImage } from "./image.ts";
import type { CachedImage, ImageCacheFile } from "./image_cache.ts";
import { replacePlaceholders } from "./placeholders.ts";

/** The feature's name. */
export const D2G = "D2G";

/** A file or directory artifact to copy out of the container at stop (Go `CopyArtifact`). */
export interface CopyArtifact {
  name: string;
  /** Path inside the container. */
  srcPath: string;
  /** Path in the task directory (relative to it). */
  destPath: string;
}

/** The image artifact the Mounts feature's `dockerimage` handler reported. */
export interface ImageArtifact {
  /** The file-cache file. */
  file: string;
  /** Its SHA-256 (hex). */
  sha256: string;
  /** The mount's format (`lz4` is decompressed before `docker load`). */
  format: string;
}

/** What the feature needs from the task run. */
export interface D2GTask {
  taskDir: string;
  /** `taskcontainer_<taskId>`. */
  containerName: string;
  /** File and directory artifacts copied out at stop. */
  copyArtifacts: readonly CopyArtifact[];
  /** The `env.list` text. */
  envVars: string;
  /** The image name to pull (registry images); ignored when `imageArtifact()` gives one. */
  imageName: string;
  /** The downloaded image artifact, once the Mounts feature handled it. */
  imageArtifact(): ImageArtifact | undefined;
  /** `features.chainOfTrust` of the docker-worker payload. */
  chainOfTrust: boolean;
  /** The commands that run (argv arrays, changed in place). */
  commands: string[][];
  /** `payload.command` (changed in place, so logs show the substituted commands). */
  payloadCommands: string[][];
  /** The task environment (`TASKCLUSTER_VIDEO_DEVICE`, `TASKCLUSTER_DOCKER_NETWORK`, ...). */
  env(): Record<string, string>;
  docker: DockerRunner;
  imageCache: ImageCacheFile;
  info(message: string): void;
  warn(message: string): void;
}

/** Go's `errgroup` limit for parallel `docker cp`. */
const COPY_PARALLELISM = 10;

/** Runs `jobs` with at most `limit` at a time. */
async function parallel(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}

/** One task's D2G part. */
export class D2GTaskFeature {
  #image?: CachedImage;
  constructor(private task: D2GTask) {}

  /** No scopes (the docker-worker scopes were checked at conversion). */
  requiredScopes(): string[][] {
    return [];
  }

  /** No artifacts are reserved. */
  reservedArtifacts(): string[] {
    return [];
  }

  /** The image the task runs (after start). */
  get image(): CachedImage | undefined {
    return this.#image;
  }

  /** See the module doc; throws exception/internal-error. */
  async start(): Promise<void> {
    const t = this.task;
    const artifact = t.imageArtifact();
    const key = artifact ? artifact.sha256 : t.imageName;
    const source: ImageSource = artifact
      ? { kind: "artifact", file: artifact.file, format: artifact.format }
      : { kind: "name", name: t.imageName };
    const { image, loaded } = await t.imageCache.loadOnce(key, () => {
      t.info("[d2g] Loading docker image");
      return loadImage(source, t.docker);
    });
    this.#image = image;
    t.info(
      loaded
        ? `[d2g] Loaded docker image ${goQuote(image.name)}`
        : `[d2g] Using cached docker image ${goQuote(image.name)}`,
    );
    if (t.chainOfTrust) {
      const hash = await imageHash(image.id, t.docker);
      const data = artifact
        ? `{"environment":{"imageHash":"${hash}","imageArtifactHash":"sha256:${key}"}}`
        : `{"environment":{"imageHash":"${hash}"}}`;
      const file = join(t.taskDir, "chain-of-trust-additional-data.json");
      try {
        await Deno.writeTextFile(file, data, { mode: 0o644 });
      } catch (e) {
        throw internalError(
          `[d2g] could not write chain of trust additional data file: ${(e as Error).message}`,
        );
      }
    }
    try {
      await Deno.writeTextFile(join(t.taskDir, "env.list"), t.envVars);
    } catch (e) {
      throw internalError(`[d2g] could not create env.list file: ${(e as Error).message}`);
    }
    const env = t.env();
    replacePlaceholders([t.commands, t.payloadCommands], {
      imageId: image.id,
      taskDir: t.taskDir,
      videoDevice: env.TASKCLUSTER_VIDEO_DEVICE ?? "",
      dockerNetwork: env.TASKCLUSTER_DOCKER_NETWORK ?? "",
      proxyGateway: env.TASKCLUSTER_PROXY_GATEWAY ?? "",
    });
    try {
      await t.imageCache.merge(new Map([[key, image]]));
    } catch (e) {
      throw internalError(
        `could not write ${t.imageCache.path}: ${(e as Error).message}`,
      );
    }
  }

  /** Copies the artifacts out and removes the container; returns the error that decides, if any. */
  async stop(): Promise<TaskError | undefined> {
    const t = this.task;
    await parallel(
      t.copyArtifacts.map((a) => async () => {
        const r = await t.docker([
          "cp",
          `${t.containerName}:${a.srcPath}`,
          a.destPath,
        ]);
        if (!dockerSucceeded(r)) {
          t.warn(
            commandErrorText(
              `[d2g] Artifact ${goQuote(a.name)} not found at ${goQuote(a.srcPath)}`,
              r,
              true,
            ),
          );
        }
      }),
      COPY_PARALLELISM,
    );
    const rm = await t.docker(["rm", "--force", t.containerName]);
    if (!dockerSucceeded(rm)) {
      return internalError(commandErrorText("[d2g] could not remove docker container", rm, true));
    }
    return undefined;
  }
}
