/**
 * Getting a D2G task's image into the daemon (spec 12.12, Go
 * `D2GTaskFeature.Start`'s `loadImage`):
 *
 * - a registry name: `docker pull --quiet <name>`; the first output line is
 *   the name and the id;
 * - an image artifact (task-image / indexed-image, downloaded into the file
 *   cache by the Mounts feature's `dockerimage` handler): the cache file is
 *   opened by the worker and streamed into `docker load --quiet` (stdin, so
 *   the task user needs no access to the cache), lz4 decompressed on the way
 *   (docker cannot read lz4; gz/bz2/xz/zst go in as they are); the name is
 *   the first `Loaded image: <name>` line, the id the first line of
 *   `docker images --no-trunc --quiet <name>` without `sha256:`.
 *
 * Failures throw exception/internal-error with Go's texts.
 */
import { lz4Decompress } from "../../archive/lz4.ts";
import { internalError } from "../../task/errors.ts";
import type { CachedImage } from "./image_cache.ts";
import {
  commandErrorText,
  type DockerResult,
  type DockerRunOptions,
  dockerSucceeded,
  runDocker,
} from "./docker_cli.ts";

/** Where the image comes from. */
export type ImageSource =
  | { kind: "name"; name: string }
  | {
    kind: "artifact";
    /** The file-cache file the `dockerimage` mount handler reported. */
    file: string;
    /** The mount's `format` (`lz4` is decompressed here; anything else goes to docker as it is). */
    format: string;
  };

/** Runs docker as the task (tests pass their own). */
export type DockerRunner = (
  args: string[],
  opts?: Partial<DockerRunOptions>,
) => Promise<DockerResult>;

/** A `DockerRunner` over `runDocker` with fixed options. */
export function dockerRunner(base: DockerRunOptions): DockerRunner {
  return (args, opts = {}) => runDocker(args, { ...base, ...opts });
}

async function openImage(source: Extract<ImageSource, { kind: "artifact" }>) {
  let f: Deno.FsFile;
  try {
    f = await Deno.open(source.file, { read: true });
  } catch (e) {
    throw internalError(
      `[d2g] could not open cached docker image at ${source.file}: ${(e as Error).message}`,
    );
  }
  if (source.format !== "lz4") return { stream: f.readable, failed: () => undefined };
  let failure: string | undefined;
  const chunks = lz4Decompress(f.readable);
  const stream = ReadableStream.from((async function* () {
    try {
      yield* chunks;
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
      throw e;
    }
  })());
  return { stream, failed: () => failure };
}

/** Loads or pulls the image; returns its name and id. */
export async function loadImage(source: ImageSource, docker: DockerRunner): Promise<CachedImage> {
  let out: DockerResult;
  if (source.kind === "artifact") {
    const { stream, failed } = await openImage(source);
    out = await docker(["load", "--quiet"], { stdin: stream });
    const why = failed();
    if (why !== undefined) {
      throw internalError(
        `${commandErrorText("[d2g] could not load docker image", out)}\n` +
          `(the image artifact could not be decompressed as lz4: ${why})`,
      );
    }
  } else {
    out = await docker(["pull", "--quiet", source.name]);
  }
  if (!dockerSucceeded(out)) {
    throw internalError(commandErrorText("[d2g] could not load docker image", out));
  }
  const lines = out.stdout.trim().split("\n");
  let name = lines[0];
  if (source.kind === "name") return { id: name, name };
  const loaded = lines.find((l) => l.startsWith("Loaded image: "));
  if (loaded === undefined) {
    throw internalError(
      `[d2g] could not determine docker image name from docker load output:\n${out.stdout}`,
    );
  }
  name = loaded.slice("Loaded image: ".length);
  const ids = await docker(["images", "--no-trunc", "--quiet", name]);
  if (!dockerSucceeded(ids)) {
    throw internalError(commandErrorText("[d2g] could not get sha256 of docker image", ids));
  }
  const first = ids.stdout.trim().split("\n")[0];
  return { id: first.startsWith("sha256:") ? first.slice(7) : first, name };
}

/** `docker inspect --format={{index .Id}} <id>`: the image hash for the chain of trust. */
export async function imageHash(id: string, docker: DockerRunner): Promise<string> {
  const r = await docker(["inspect", "--format={{index .Id}}", id]);
  if (!dockerSucceeded(r)) {
    throw internalError(commandErrorText("[d2g] could not inspect docker image", r));
  }
  return r.stdout.trim();
}
