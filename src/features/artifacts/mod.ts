/**
 * Artifact Uploads (spec 10, Go `artifact_feature.go`). Requested when the
 * payload lists artifacts.
 * - start: an explicit `expires` earlier than `deadline - 1 s` or later than
 *   `task.expires + 1 s` is malformed-payload.
 * - stop (after the commands): each payload entry is resolved against the
 *   task directory (absolute paths as given); a file becomes one artifact;
 *   a directory is walked (symlinks are not followed into, but a symlink
 *   entry is uploaded as the file it points to), one artifact per file named
 *   `<name>/<relative path>`. Missing or wrong-kind paths become error
 *   artifacts (`file-missing-on-worker`, `invalid-resource-on-worker`, or
 *   `file-not-readable-on-worker` when the task user cannot read them).
 *   Data artifacts (sorted by name) then error artifacts are published, at
 *   most 10 at a time; names reserved by other features are skipped with a
 *   warning; a non-optional error artifact fails the task (`TASK FAILURE
 *   during artifact upload: <reason>: <message>`); upload errors are
 *   classified as in src/task/artifact_upload.ts; optional ones are ignored.
 *
 * When commands run as a task user (`task.runAsPrefix` set), each file is
 * first copied as that user into `generic-worker/` (the worker never
 * publishes what the task user could not read); an unreadable file becomes
 * a `file-not-readable-on-worker` error artifact.
 */
import { isAbsolute, join, relative, sep } from "node:path";
import { failure, malformedPayload, type TaskError } from "../../task/errors.ts";
import type { ErrorArtifactRequest, FileArtifactRequest } from "../../task/artifact_upload.ts";
import { goTime } from "../../task/go_format.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { copyFileAsUser } from "../../platform/users.ts";
import { contentEncodingOf, contentTypeOf } from "./content.ts";

/** A payload artifact entry (after schema validation). */
export interface PayloadArtifact {
  type: "file" | "directory";
  path: string;
  name?: string;
  expires?: string;
  contentType?: string;
  contentEncoding?: "gzip" | "identity";
  optional?: boolean;
}

/**
 * One artifact found at stop: a file to upload (`optional` always set), or
 * an error artifact; the same requests src/task/artifact_upload.ts publishes.
 */
export type FoundArtifact =
  | (FileArtifactRequest & { optional: boolean })
  | ErrorArtifactRequest;

function toSlash(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

interface Base {
  name: string;
  expires: string;
  optional: boolean;
}

/** Go `resolve`: one path as a file or directory artifact; undefined for a fine directory. */
async function resolveEntry(
  task: TaskRun,
  base: Base,
  type: "file" | "directory",
  path: string,
  a: PayloadArtifact,
): Promise<FoundArtifact | undefined> {
  const full = isAbsolute(path) ? path : join(task.taskDir, path);
  const err = (reason: string, message: string): FoundArtifact => ({
    kind: "error",
    ...base,
    path,
    reason,
    message,
  });
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(full);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound || e instanceof Deno.errors.PermissionDenied) {
      return err("file-missing-on-worker", `Could not read ${type} '${full}'`);
    }
    return err("invalid-resource-on-worker", `Could not stat ${type} '${full}'`);
  }
  if (!info.isFile && !info.isDirectory) {
    // a fifo, socket or device: opening it could block or never end
    return err("invalid-resource-on-worker", `Could not stat ${type} '${full}'`);
  }
  try {
    // opened (not just stat'ed) as the Go worker does: unreadable counts as missing
    const f = await Deno.open(full, { read: true });
    f.close();
  } catch (e) {
    if (!(e instanceof Deno.errors.IsADirectory)) {
      return err("file-missing-on-worker", `Could not read ${type} '${full}'`);
    }
  }
  if (type === "file" && info.isDirectory) {
    return err(
      "invalid-resource-on-worker",
      `File artifact '${full}' exists as a directory, not a file, on the worker`,
    );
  }
  if (type === "directory" && !info.isDirectory) {
    return err(
      "invalid-resource-on-worker",
      `Directory artifact '${full}' exists as a file, not a directory, on the worker`,
    );
  }
  if (type === "directory") return undefined;
  return {
    kind: "file",
    ...base,
    path: full,
    contentType: contentTypeOf(path, a.contentType),
    contentEncoding: contentEncodingOf(path, a.contentEncoding),
  };
}

/** Finds the artifacts of one payload entry (Go `FindArtifacts` for one entry). */
export async function findArtifacts(task: TaskRun, a: PayloadArtifact): Promise<FoundArtifact[]> {
  const base: Base = {
    name: a.name || toSlash(a.path),
    expires: a.expires || task.expires,
    optional: a.optional === true,
  };
  if (a.type === "file") {
    const f = await resolveEntry(task, base, "file", a.path, a);
    return f ? [f] : [];
  }
  const top = await resolveEntry(task, base, "directory", a.path, a);
  if (top) return [top];
  const root = isAbsolute(a.path) ? a.path : join(task.taskDir, a.path);
  const out: FoundArtifact[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries: Deno.DirEntry[] = [];
    try {
      for await (const e of Deno.readDir(dir)) entries.push(e);
    } catch (e) {
      out.push({
        kind: "error",
        ...base,
        name: toSlash(join(base.name, relative(root, dir))),
        path: dir,
        reason: "invalid-resource-on-worker",
        message: `Error processing file '${dir}' as artifact: ${(e as Error).message}`,
      });
      return;
    }
    entries = entries.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      const b = { ...base, name: toSlash(join(base.name, relative(root, p))) };
      if (e.isDirectory) {
        const bad = await resolveEntry(task, b, "directory", p, a);
        if (bad) out.push(bad);
        else await walk(p);
      } else {
        const f = await resolveEntry(task, b, "file", p, a);
        if (f) out.push(f);
      }
    }
  };
  await walk(root);
  return out;
}

async function pool<T>(items: readonly T[], limit: number, fn: (t: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function byName(x: { name: string }, y: { name: string }): number {
  return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
}

/** Uploads found artifacts as the Go worker's Artifact Uploads stop does; records errors on the task. */
export async function uploadFoundArtifacts(
  task: TaskRun,
  found: readonly FoundArtifact[],
): Promise<void> {
  const files = found.filter((f) => f.kind === "file").sort(byName);
  const errors = found.filter((f) => f.kind === "error").sort(byName);
  const uploadErrors: TaskError[] = [];
  const failures: TaskError[] = [];
  await pool([...files, ...errors], 10, async (f) => {
    const owner = task.reserved.get(f.name);
    if (owner) {
      await task.log.warn(
        `Not uploading artifact ${f.name} found in task.payload.artifacts section, since this will be uploaded later by ${owner}`,
      );
      return;
    }
    if (f.kind === "file") {
      // multiuser: read the file as the task user into a worker-owned copy (Go
      // copy-to-temp-file), so a symlink cannot make the worker publish files
      // only it may read; the copy (in generic-worker/, 0700) is what is
      // uploaded and what the chain of trust hashes
      let path = f.path;
      if (task.runAsPrefix.length > 0) {
        const copy = join(task.gwDir, `artifact-${crypto.randomUUID()}`);
        try {
          await copyFileAsUser(task.runAsPrefix, f.path, copy);
          path = copy;
        } catch (err) {
          await uploadError(
            task,
            {
              kind: "error",
              name: f.name,
              path: f.path,
              expires: f.expires,
              optional: f.optional,
              reason: "file-not-readable-on-worker",
              message: `Could not copy file '${f.path}' to temporary location as task user: ${
                (err as Error).message
              }`,
            },
            uploadErrors,
            failures,
          );
          return;
        }
      }
      const e = await task.uploadArtifact({ ...f, path });
      if (e && !f.optional) uploadErrors.push(e);
      return;
    }
    await uploadError(task, f, uploadErrors, failures);
  });
  for (const e of [...uploadErrors, ...failures]) task.addError(e);
}

async function uploadError(
  task: TaskRun,
  f: ErrorArtifactRequest,
  uploadErrors: TaskError[],
  failures: TaskError[],
): Promise<void> {
  const e = await task.uploadArtifact(f);
  if (f.optional) return;
  if (e) uploadErrors.push(e);
  const fail = failure(`${f.reason}: ${f.message}`);
  failures.push(fail);
  await task.log.error(`TASK FAILURE during artifact upload: ${fail.message}`);
}

/** The Artifact Uploads feature. */
export function artifactsFeature(): Feature {
  return {
    name: "Artifact Uploads",
    isEnabled: () => true,
    isRequested: (task) =>
      Array.isArray(task.payload.artifacts) && task.payload.artifacts.length > 0,
    newTaskFeature(task): TaskFeature {
      const artifacts = (task.payload.artifacts ?? []) as PayloadArtifact[];
      let started = false;
      return {
        start() {
          const deadline = Date.parse(task.deadline);
          const expires = Date.parse(task.expires);
          for (const a of artifacts) {
            if (!a.expires) continue;
            const t = Date.parse(a.expires);
            if (t + 1000 < deadline) {
              throw malformedPayload(
                `malformed payload: artifact '${a.path}' expires before task deadline (${
                  goTime(a.expires)
                } is before ${goTime(task.deadline)})`,
              );
            }
            if (t > expires + 1000) {
              throw malformedPayload(
                `malformed payload: artifact '${a.path}' expires after task expiry (${
                  goTime(a.expires)
                } is after ${goTime(task.expires)})`,
              );
            }
          }
          started = true;
          return Promise.resolve();
        },
        async stop() {
          if (!started) return;
          const found: FoundArtifact[] = [];
          for (const a of artifacts) found.push(...await findArtifacts(task, a));
          await uploadFoundArtifacts(task, found);
        },
      };
    },
  };
}
