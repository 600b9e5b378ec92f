/**
 * Artifact Uploads (spec 10.1): validates explicit expiry at start; at stop
 * discovers payload artifacts (files, directories walked recursively),
 * uploads them (at most 10 at once) and publishes error artifacts for
 * missing or invalid ones.
 */
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { failure, malformedPayload, type TaskError } from "../../task/errors.ts";
import type { TaskRun } from "../../task/task_run.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { contentEncodingOf, contentTypeOf } from "./content.ts";
import { copyFileAsUser } from "../../platform/users.ts";

/** A payload artifact entry. */
interface PayloadArtifact {
  type: "file" | "directory";
  path: string;
  name?: string;
  expires?: string;
  contentType?: string;
  contentEncoding?: "gzip" | "identity";
  optional?: boolean;
}

/** One upload to do: a file, or an error artifact. */
type Upload =
  | {
    kind: "file";
    name: string;
    path: string;
    contentType: string;
    contentEncoding: "gzip" | "identity";
    expires: string;
    optional: boolean;
  }
  | {
    kind: "error";
    name: string;
    path: string;
    reason: string;
    message: string;
    expires: string;
    optional: boolean;
  };

function toSlash(p: string): string {
  return p.split(sep).join("/").replace(/\\/g, "/");
}

/**
 * The path to upload `path` from: itself when commands run as the worker,
 * else a worker-owned copy read with the task user's permissions.
 */
async function readableCopy(task: TaskRun, path: string): Promise<string | { error: string }> {
  if (task.runAsPrefix.length === 0) return path;
  const copy = join(task.gwDir, `artifact-${crypto.randomUUID()}`);
  try {
    await copyFileAsUser(task.runAsPrefix, path, copy);
    return copy;
  } catch (e) {
    return { error: (e as Error).message };
  }
}

async function discover(task: TaskRun, a: PayloadArtifact): Promise<Upload[]> {
  const abs = isAbsolute(a.path) ? a.path : resolve(task.taskDir, a.path);
  const name = a.name ?? toSlash(a.path);
  const expires = a.expires ?? task.expires;
  const optional = a.optional === true;
  const err = (reason: string, message: string, path = abs, n = name): Upload => ({
    kind: "error",
    name: n,
    path,
    reason,
    message,
    expires,
    optional,
  });
  let info: Deno.FileInfo;
  try {
    info = await Deno.stat(abs);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      return [
        err(
          "file-missing-on-worker",
          a.type === "file" ? `Could not read file '${abs}'` : `Could not read directory '${abs}'`,
        ),
      ];
    }
    return [err("invalid-resource-on-worker", `Could not stat file '${abs}'`)];
  }
  if (a.type === "file") {
    if (info.isDirectory) {
      return [
        err(
          "invalid-resource-on-worker",
          `File artifact '${abs}' exists as a directory, not a file, on the worker`,
        ),
      ];
    }
    return [{
      kind: "file",
      name,
      path: abs,
      contentType: contentTypeOf(abs, a.contentType),
      contentEncoding: contentEncodingOf(abs, a.contentEncoding),
      expires,
      optional,
    }];
  }
  if (!info.isDirectory) {
    return [
      err(
        "invalid-resource-on-worker",
        `Directory artifact '${abs}' exists as a file, not a directory, on the worker`,
      ),
    ];
  }
  const out: Upload[] = [];
  const walk = async (dir: string) => {
    let entries: Deno.DirEntry[];
    try {
      entries = [];
      for await (const e of Deno.readDir(dir)) entries.push(e);
    } catch (e) {
      out.push(
        err(
          "invalid-resource-on-worker",
          `Error processing file '${dir}' as artifact: ${(e as Error).message}`,
          dir,
          `${name}/${toSlash(relative(abs, dir))}`,
        ),
      );
      return;
    }
    for (const e of entries.sort((x, y) => x.name < y.name ? -1 : 1)) {
      const p = join(dir, e.name);
      if (e.isDirectory) await walk(p);
      else if (e.isFile) {
        out.push({
          kind: "file",
          name: `${name}/${toSlash(relative(abs, p))}`,
          path: p,
          contentType: contentTypeOf(p, a.contentType),
          contentEncoding: contentEncodingOf(p, a.contentEncoding),
          expires,
          optional,
        });
      }
    }
  };
  await walk(abs);
  return out;
}

async function pool<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (e) {
        errors.push(e);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
}

/** The Artifact Uploads feature; names reserved by other features are skipped with a warning. */
export function artifactsFeature(): Feature {
  return {
    name: "Artifact Uploads",
    isEnabled: () => true,
    isRequested: (task) =>
      Array.isArray(task.payload.artifacts) && task.payload.artifacts.length > 0,
    newTaskFeature(task): TaskFeature {
      const artifacts = (task.payload.artifacts ?? []) as PayloadArtifact[];
      return {
        start() {
          const deadline = Date.parse(task.deadline);
          const expires = Date.parse(task.expires);
          for (const a of artifacts) {
            if (!a.expires) continue;
            const t = Date.parse(a.expires);
            if (t < deadline - 1000) {
              throw malformedPayload(
                `artifact '${a.path}' expires before task deadline (${a.expires} < ${task.deadline})`,
              );
            }
            if (t > expires + 1000) {
              throw malformedPayload(
                `artifact '${a.path}' expires after task expiry (${a.expires} > ${task.expires})`,
              );
            }
          }
          return Promise.resolve();
        },
        async stop() {
          const uploads: Upload[] = [];
          for (const a of artifacts) uploads.push(...await discover(task, a));
          uploads.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
          const names = task.reserved;
          const todo = uploads.filter((u) => {
            const owner = names.get(u.name);
            if (!owner) return true;
            void task.log.warn(
              `Not uploading artifact ${u.name} found in task.payload.artifacts section, since this will be uploaded later by ${owner}`,
            );
            return false;
          });
          let firstFailure: TaskError | undefined;
          await pool(todo, 10, async (upload) => {
            let u = upload;
            if (u.kind === "file") {
              // multiuser: read the file as the task user (Go copy-to-temp-file), so a
              // symlink cannot make the worker publish files only it may read
              const copy = await readableCopy(task, u.path);
              if (typeof copy === "string") {
                await task.uploadFile({ ...u, path: copy });
                return;
              }
              u = {
                kind: "error",
                name: u.name,
                path: u.path,
                reason: "file-not-readable-on-worker",
                message:
                  `Could not copy file '${u.path}' to temporary location as task user: ${copy.error}`,
                expires: u.expires,
                optional: u.optional,
              };
            }
            if (!u.optional) {
              await task.log.error(
                `Uploading error artifact ${u.name} from file ${u.path} with message "${u.message}", reason "${u.reason}" and expiry ${u.expires}`,
              );
            } else {
              task.workerLog.log(
                `Optional artifact ${u.name} (${u.path}) not uploaded: ${u.reason}: ${u.message}`,
              );
            }
            await task.createArtifact(u.name, {
              storageType: "error",
              reason: u.reason,
              message: u.message,
              expires: u.expires,
            });
            if (!u.optional && !firstFailure) {
              firstFailure = failure(`${u.reason}: ${u.message}`);
            }
          });
          if (firstFailure) {
            await task.log.error(`TASK FAILURE during artifact upload: ${firstFailure.message}`);
            throw firstFailure;
          }
        },
      };
    },
  };
}
