/**
 * Reading `payload.mounts` (spec 11.1, 6.1) the way the Go worker does:
 * the mount type is chosen by key presence (`cacheName`, else `directory`,
 * else `file`), the content type likewise (`taskId`, `namespace`, `url`,
 * `raw`, `base64`, in that order). Problems are not thrown: they are kept
 * in `ParsedMounts.error` and reported when the feature starts, as the Go
 * worker defers them (including its quirk that a later problem overwrites
 * an earlier one). Also derives the required scopes
 * (`generic-worker:cache:<cacheName>`) and the `task.dependencies` rule.
 *
 * ```ts
 * const p = parseMounts(payload.mounts ?? [], task.dependencies ?? []);
 * if (p.error) throw malformedPayload(p.error);
 * ```
 */
import { isAbsolute, join, relative, resolve } from "node:path";
import { goSyntax, jsonKind } from "./text.ts";

/** Content from the latest run of a task's artifact (queue, task credentials). */
export interface ArtifactContent {
  kind: "artifact";
  taskId: string;
  artifact: string;
  sha256: string;
}

/** Content from an artifact of the task an index namespace points to. */
export interface IndexedContent {
  kind: "indexed";
  namespace: string;
  artifact: string;
}

/** Content from a URL. */
export interface UrlContent {
  kind: "url";
  url: string;
  sha256: string;
}

/** A string written as-is. */
export interface RawContent {
  kind: "raw";
  raw: string;
}

/** Base64 text, written as-is without decoding (spec Q2, as the Go worker does). */
export interface Base64Content {
  kind: "base64";
  base64: string;
}

/** Any mount content. */
export type Content = ArtifactContent | IndexedContent | UrlContent | RawContent | Base64Content;

/** A `writableDirectoryCache` mount. */
export interface WritableDirectoryCacheMount {
  kind: "writableDirectoryCache";
  cacheName: string;
  directory: string;
  /** Preload content (archive), if any. */
  content?: Content;
  format: string;
}

/** A `readOnlyDirectory` mount. */
export interface ReadOnlyDirectoryMount {
  kind: "readOnlyDirectory";
  directory: string;
  content: Content;
  format: string;
}

/** A `fileMount`. */
export interface FileMount {
  kind: "fileMount";
  file: string;
  content: Content;
  /** Single-stream compression of the content, "" for none. */
  format: string;
}

/** Any mount. */
export type Mount = WritableDirectoryCacheMount | ReadOnlyDirectoryMount | FileMount;

/** The result of reading `payload.mounts`. */
export interface ParsedMounts {
  mounts: Mount[];
  /** The deferred payload error (reported at start as malformed-payload), if any. */
  error?: string;
  /** OR-of-AND scope sets: `[]` when nothing is needed. */
  requiredScopes: string[][];
}

/** The scope a writable cache needs. */
export function cacheScope(cacheName: string): string {
  return `generic-worker:cache:${cacheName}`;
}

const present = (m: Record<string, unknown>, k: string) => m[k] !== undefined && m[k] !== null;

type FieldResult<T> = { value: T; error?: string };

/** Decodes a JSON object into a Go struct's string fields, with Go's type error text. */
function stringFields(
  raw: Record<string, unknown>,
  goType: string,
  fields: string[],
): FieldResult<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = raw[f];
    if (v === undefined || v === null) {
      out[f] = "";
    } else if (typeof v === "string") {
      out[f] = v;
    } else {
      return {
        value: out,
        error: `json: cannot unmarshal ${
          jsonKind(v)
        } into Go struct field ${goType}.${f} of type string`,
      };
    }
  }
  return { value: out };
}

/** Reads one content object (Go `FSContentFrom`). Throws the Go error text. */
export function parseContent(raw: unknown): Content {
  if (raw === null || raw === undefined) throw new Error("unrecognised mount entry in payload");
  if (typeof raw !== "object" || Array.isArray(raw)) {
    throw new Error(
      `json: cannot unmarshal ${jsonKind(raw)} into Go value of type map[string]interface {}`,
    );
  }
  const m = raw as Record<string, unknown>;
  const decode = (goType: string, fields: string[]) => {
    const r = stringFields(m, goType, fields);
    if (r.error) throw new Error(r.error);
    return r.value;
  };
  if (present(m, "taskId")) {
    const f = decode("ArtifactContent", ["artifact", "sha256", "taskId"]);
    return { kind: "artifact", taskId: f.taskId, artifact: f.artifact, sha256: f.sha256 };
  }
  if (present(m, "namespace")) {
    const f = decode("IndexedContent", ["artifact", "namespace"]);
    return { kind: "indexed", namespace: f.namespace, artifact: f.artifact };
  }
  if (present(m, "url")) {
    const f = decode("URLContent", ["sha256", "url"]);
    return { kind: "url", url: f.url, sha256: f.sha256 };
  }
  if (present(m, "raw")) return { kind: "raw", raw: decode("RawContent", ["raw"]).raw };
  if (present(m, "base64")) {
    return { kind: "base64", base64: decode("Base64Content", ["base64"]).base64 };
  }
  throw new Error("unrecognised mount entry in payload");
}

/** Where content comes from, as the Go worker's `String()` words it (`task <id> artifact <name>`, ...). */
export function contentString(c: Content | undefined): string {
  if (!c) return "<nil>";
  switch (c.kind) {
    case "artifact":
      return `task ${c.taskId} artifact ${c.artifact}`;
    case "indexed":
      return `namespace ${c.namespace} artifact ${c.artifact}`;
    case "url":
      return `url ${c.url}`;
    case "raw":
      return `Raw (${c.raw})`;
    case "base64":
      return `Base64 (${c.base64})`;
  }
}

/** The SHA-256 the task requires of the content ("" = none; indexed content never has one). */
export function requiredSha256(c: Content): string {
  return c.kind === "artifact" || c.kind === "url" ? c.sha256 : "";
}

/** Task ids the content reads artifacts of (must be in `task.dependencies`). */
export function contentTaskIds(c: Content): string[] {
  return c.kind === "artifact" ? [c.taskId] : [];
}

interface Pending {
  mount: Mount;
  /** The raw content (null when absent), parsed lazily as Go does. */
  rawContent: unknown;
  hasContent: boolean;
}

/**
 * Reads `payload.mounts` (already schema-validated, normally) and checks
 * that every task whose artifacts are mounted is in `dependencies`.
 */
export function parseMounts(
  rawMounts: readonly unknown[],
  dependencies: readonly string[],
): ParsedMounts {
  const pending: Pending[] = [];
  let error: string | undefined;
  for (let i = 0; i < rawMounts.length; i++) {
    const raw = rawMounts[i];
    if (raw !== null && (typeof raw !== "object" || Array.isArray(raw))) {
      return {
        mounts: [],
        requiredScopes: [],
        error: `could not read task mount ${i}: ${JSON.stringify(raw)}\n` +
          `json: cannot unmarshal ${jsonKind(raw)} into Go value of type map[string]interface {}`,
      };
    }
    const m = raw as Record<string, unknown> | null;
    const add = (goType: string, fields: string[], build: (f: Record<string, string>) => Mount) => {
      // Go keeps only the first decode error, and stops collecting mounts after it
      if (error !== undefined) return;
      const r = stringFields(m!, goType, fields);
      if (r.error) {
        error = r.error;
        return;
      }
      const content = m!.content;
      pending.push({
        mount: build(r.value),
        rawContent: content ?? null,
        hasContent: content !== undefined && content !== null,
      });
    };
    if (m !== null && present(m, "cacheName")) {
      add("WritableDirectoryCache", ["cacheName", "directory", "format"], (f) => ({
        kind: "writableDirectoryCache",
        cacheName: f.cacheName,
        directory: f.directory,
        format: f.format,
      }));
    } else if (m !== null && present(m, "directory")) {
      add("ReadOnlyDirectory", ["directory", "format"], (f) => ({
        kind: "readOnlyDirectory",
        directory: f.directory,
        format: f.format,
        content: { kind: "raw", raw: "" },
      }));
    } else if (m !== null && present(m, "file")) {
      add("FileMount", ["file", "format"], (f) => ({
        kind: "fileMount",
        file: f.file,
        format: f.format,
        content: { kind: "raw", raw: "" },
      }));
    } else {
      error = `unrecognised mount entry in payload - ${
        m === null ? "map[string]interface {}(nil)" : goSyntax(m)
      }`;
    }
  }

  // initRequiredScopes: content is parsed here; a content error replaces
  // any earlier error and leaves no scopes required.
  const scopes: string[] = [];
  const mounts: Mount[] = [];
  for (const p of pending) {
    if (p.mount.kind === "writableDirectoryCache") scopes.push(cacheScope(p.mount.cacheName));
    const needsContent = p.mount.kind !== "writableDirectoryCache" || p.hasContent;
    if (needsContent) {
      try {
        const content = parseContent(p.rawContent);
        p.mount = { ...p.mount, content } as Mount;
      } catch (e) {
        return { mounts: [], requiredScopes: [], error: (e as Error).message };
      }
    }
    mounts.push(p.mount);
  }
  // initReferencedTaskIDs: the dependency rule replaces any earlier error.
  const deps = new Set(dependencies);
  const missing = mounts.flatMap((m) => m.content ? contentTaskIds(m.content) : [])
    .find((id) => !deps.has(id));
  if (missing !== undefined) {
    error =
      `[mounts] task.dependencies needs to include ${missing} since one or more of its artifacts are mounted`;
  }
  return { mounts, error, requiredScopes: scopes.length > 0 ? [scopes] : [] };
}

/** True when `inner` is `outer` or inside it (the platform's path rules, `..` resolved). */
function within(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Refuses a mount target that would take over what the worker owns: the
 * task directory itself or one of its parents (`""`, `"."`, `".."`, `"/"`),
 * the worker's own folders (`generic-worker/` in the task directory, the
 * caches and downloads directories, other tasks' directories) or a parent of
 * them. `workerDirs` are those folders (absolute); relative mount paths
 * resolve against `taskDir` like Go's `fileutil.AbsFrom`. Returns the
 * malformed-payload reason for the first such mount, else undefined.
 */
export function mountTargetError(
  mounts: readonly Mount[],
  taskDir: string,
  workerDirs: { own: readonly string[]; tasksDir?: string },
): string | undefined {
  const task = resolve(taskDir);
  for (const [i, m] of mounts.entries()) {
    const path = m.kind === "fileMount" ? m.file : m.directory;
    const field = m.kind === "fileMount" ? "file" : "directory";
    const target = resolve(isAbsolute(path) ? path : join(task, path));
    const what = `mount ${i} (${m.kind}) ${field} ${JSON.stringify(path)} resolves to ${target}`;
    if (within(target, task)) {
      return `${what}, which is ${
        target === task ? "the task directory itself" : "a parent of the task directory"
      }: a mount must be a path inside the task directory (or outside the worker's folders)`;
    }
    for (const d of workerDirs.own) {
      const dir = resolve(d);
      if (within(dir, target) || within(target, dir)) {
        return `${what}, which is or contains the worker's own folder ${dir}: a task may not mount there`;
      }
    }
    if (workerDirs.tasksDir !== undefined) {
      const tasks = resolve(workerDirs.tasksDir);
      if (within(tasks, target) && !within(task, target)) {
        return `${what}, which is inside the tasks directory ${tasks} but not inside this task's directory: a task may not mount there`;
      }
    }
  }
  return undefined;
}
