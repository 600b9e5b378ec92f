/**
 * The four docker-worker image kinds (spec 6.2, 12.12; Go's
 * `imageObject`, `DockerImageName`, `NamedDockerImage`,
 * `IndexedDockerImage`, `DockerImageArtifact`): what the `docker run`
 * argument is (the name, or `__D2G_IMAGE_ID__` for image artifacts, filled
 * in once the image is loaded) and which file mount fetches an artifact
 * image (`dockerimage`; `lz4` decompressed by the worker, `gz`, `bz2`, `xz`,
 * `zst` left to `docker load`).
 *
 * ```ts
 * const img = readImage({ type: "task-image", taskId: "...", path: "public/image.tar.zst" });
 * imageArgument(img); // "__D2G_IMAGE_ID__"
 * imageFileMounts(img); // [{ content: { artifact, taskId }, file: "dockerimage" }]
 * ```
 */
import { goExt } from "./go_text.ts";
import { goQuote, imageNameError } from "./image_reference.ts";
import type { D2GImageSource, GenericWorkerFileMount } from "./types.ts";

/** A translation error (Go returns it from `ConvertPayload`; the worker resolves internal-error). */
export class ConversionError extends Error {
  override name = "ConversionError";
}

/** The placeholder the D2G feature replaces with the loaded image's id. */
export const IMAGE_ID_PLACEHOLDER = "__D2G_IMAGE_ID__";

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

/** Go's `%#v` of a decoded JSON object, roughly (for the unsupported-type text). */
function goMapText(v: Record<string, unknown>): string {
  const parts = Object.keys(v).sort().map((k) => `${goQuote(k)}:${JSON.stringify(v[k])}`);
  return `map[string]interface {}{${parts.join(", ")}}`;
}

/** Reads `payload.image`; throws `ConversionError` with Go's text for a bad one. */
export function readImage(image: unknown): D2GImageSource {
  if (typeof image === "string") {
    const err = imageNameError(image);
    if (err) throw new ConversionError(`invalid image name ${goQuote(image)}: ${err}`);
    return { kind: "name", name: image };
  }
  if (typeof image === "object" && image !== null && !Array.isArray(image)) {
    const o = image as Record<string, unknown>;
    switch (o.type) {
      case "docker-image": {
        const name = str(o.name);
        const err = imageNameError(name);
        if (err) throw new ConversionError(`invalid image name ${goQuote(name)}: ${err}`);
        return { kind: "name", name };
      }
      case "indexed-image":
        return { kind: "indexed-image", namespace: str(o.namespace), path: str(o.path) };
      case "task-image":
        return { kind: "task-image", taskId: str(o.taskId), path: str(o.path) };
      default:
        throw new ConversionError(
          `parsed docker image ${goMapText(o)} is not of a supported type: %!w(<nil>)`,
        );
    }
  }
  throw new ConversionError("parsed docker image is not of a supported type: %!w(<nil>)");
}

/** Go's `Image.String()`: the `docker run` image argument. */
export function imageArgument(img: D2GImageSource): string {
  return img.kind === "name" ? img.name : IMAGE_ID_PLACEHOLDER;
}

/** `fileExtension`: the image artifact's compression by its extension ("" when unknown). */
function imageFormat(path: string): string {
  const formats: Record<string, string> = {
    ".bz2": "bz2",
    ".gz": "gz",
    ".lz4": "lz4",
    ".xz": "xz",
    ".zst": "zst",
  };
  return Object.hasOwn(formats, goExt(path).toLowerCase())
    ? formats[goExt(path).toLowerCase()]
    : "";
}

/** The file mounts an image needs: none for names, `dockerimage` for artifacts. */
export function imageFileMounts(img: D2GImageSource): GenericWorkerFileMount[] {
  if (img.kind === "name") return [];
  const content = img.kind === "task-image"
    ? { artifact: img.path, taskId: img.taskId }
    : { artifact: img.path, namespace: img.namespace };
  let format = imageFormat(img.path);
  // docker load reads gzip, bzip2, xz and zstd itself; only lz4 is unpacked by the worker.
  if (["gz", "bz2", "xz", "zst"].includes(format)) format = "";
  return [{ content, file: "dockerimage", ...(format ? { format } : {}) }];
}
