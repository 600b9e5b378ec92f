/**
 * Docker's part of garbage collection (spec 11.7, Go `runGarbageCollection`),
 * the `pruneDocker` hook of the Mounts feature's collector: only when the
 * worker is idle and disk is short, `docker volume prune --all --force`;
 * still short, `docker system prune --all --force` and the image cache file
 * deleted (the images it names are gone). Run as the worker (Go's
 * `host.Run`). A failure throws with Go's text.
 *
 * Daemons older than API 1.42 (Docker 20.10, Debian 12's docker.io) know no
 * `volume prune --all` (there, `volume prune` already removes every unused
 * volume): the command is then repeated without `--all`.
 *
 * ```ts
 * await mounts.collectGarbage({ tasksRunning: !idle, pruneDocker: dockerPruner({ ... }) });
 * ```
 */
import { type DockerResult, dockerSucceeded, execErrorText } from "./docker_cli.ts";
import type { ImageCacheFile } from "./image_cache.ts";

/** Inputs of `dockerPruner`. */
export interface DockerPrunerOptions {
  /** Runs `docker <args>` as the worker. */
  docker: (args: string[]) => Promise<DockerResult>;
  imageCache: ImageCacheFile;
  /** True while free space is still short (measured again after the volume prune). */
  stillShort: () => Promise<boolean>;
  /** Worker log lines. */
  log?: (line: string) => void;
}

function unknownAllFlag(r: DockerResult): boolean {
  return /--all/.test(r.stderr) && /(unknown flag|requires API version)/.test(r.stderr);
}

/** The `pruneDocker` hook. */
export function dockerPruner(opts: DockerPrunerOptions): () => Promise<void> {
  return async () => {
    let r = await opts.docker(["volume", "prune", "--all", "--force"]);
    if (!dockerSucceeded(r) && unknownAllFlag(r)) {
      opts.log?.(
        "docker volume prune has no --all on this daemon; pruning unused volumes without it",
      );
      r = await opts.docker(["volume", "prune", "--force"]);
    }
    if (!dockerSucceeded(r)) {
      throw new Error(
        `could not run docker volume prune to garbage collect due to error ${
          execErrorText(r)
        }: ${r.stderr.trim()}`,
      );
    }
    if (!(await opts.stillShort())) return;
    r = await opts.docker(["system", "prune", "--all", "--force"]);
    if (!dockerSucceeded(r)) {
      throw new Error(
        `could not run docker system prune to garbage collect due to error ${
          execErrorText(r)
        }: ${r.stderr.trim()}`,
      );
    }
    try {
      await opts.imageCache.remove();
    } catch (e) {
      throw new Error(
        `could not remove d2g-image-cache.json due to error ${(e as Error).message}`,
      );
    }
  };
}
