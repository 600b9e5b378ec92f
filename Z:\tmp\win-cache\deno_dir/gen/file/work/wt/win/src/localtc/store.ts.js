/**
 * The persistent state of the local Taskcluster service: named collections
 * of JSON records held in memory and written through to one file per record
 * under `<dataDir>/state/<collection>/`, plus streamed blob files under
 * `<dataDir>/blobs/`.
 *
 * Every write is atomic (temp file, fsync, rename), writes to one record land
 * in call order, and `put` resolves only once the record is durable. Opening
 * a data dir reads every record; a file that does not parse or does not have
 * the shape its collection expects fails the open with a `StateFileError`
 * naming the file, so state is never silently dropped.
 *
 * ```ts
 * const store = await Store.open("/tmp/data", { tasks: isObject });
 * await store.collection<Task>("tasks").put("abc", task);
 * ```
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
/** A state file that could not be read back. */ export class StateFileError extends Error {
  /** The path of the offending file. */ file;
  constructor(file, reason) {
    super(`localtc state file ${file} is corrupt or partly written: ${reason}`);
    this.name = "StateFileError";
    this.file = file;
  }
}
const SAFE_KEY = /^[A-Za-z0-9_-]{1,120}$/;
/** The file name of a key: the key itself when it is plain, else `~` + sha256 hex. */ async function fileNameOf(
  key,
) {
  if (SAFE_KEY.test(key)) return `${key}.json`;
  return `~${await sha256Hex(key)}.json`;
}
/** Hex sha256 of a string. */ export async function sha256Hex(text) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
/** Writes `data` to `path` atomically: temp file in the same dir, fsync, rename. */ export async function writeFileAtomic(
  path,
  data,
) {
  const tmp = `${path}.tmp-${crypto.randomUUID()}`;
  const f = await Deno.open(tmp, {
    write: true,
    createNew: true,
    mode: 0o600,
  });
  try {
    let off = 0;
    while (off < data.length) off += await f.write(data.subarray(off));
    await f.syncData();
  } finally {
    f.close();
  }
  try {
    await Deno.rename(tmp, path);
  } catch (e) {
    await Deno.remove(tmp).catch(() => {});
    throw e;
  }
}
/** One collection of records, keyed by string. */ export class Collection {
  #records = new Map();
  #dir;
  #store;
  /** Use `Store.collection`. */ constructor(store, dir) {
    this.#store = store;
    this.#dir = dir;
  }
  /** The record under `key`, if any. */ get(key) {
    return this.#records.get(key);
  }
  /** True when a record exists under `key`. */ has(key) {
    return this.#records.has(key);
  }
  /** All records (live view; do not mutate while iterating with writes). */ values() {
    return this.#records.values();
  }
  /** All keys and records. */ entries() {
    return this.#records.entries();
  }
  /** The number of records. */ get size() {
    return this.#records.size;
  }
  /**
   * Stores `value` under `key`: memory is updated at once (a snapshot of the
   * value is written), and the returned promise resolves when it is on disk.
   */ put(key, value) {
    this.#records.set(key, value);
    const env = {
      v: 1,
      key,
      value,
    };
    const bytes = new TextEncoder().encode(JSON.stringify(env, null, 1) + "\n");
    return this.#store.enqueue(this.#dir, key, async () => {
      await writeFileAtomic(join(this.#dir, await fileNameOf(key)), bytes);
    });
  }
  /** Removes the record under `key` (memory at once, disk when resolved). */ delete(key) {
    this.#records.delete(key);
    return this.#store.enqueue(this.#dir, key, async () => {
      await Deno.remove(join(this.#dir, await fileNameOf(key))).catch((e) => {
        if (!(e instanceof Deno.errors.NotFound)) throw e;
      });
    });
  }
  /** Loads every record file of this collection; throws `StateFileError` on a bad file. */ async load(
    check,
  ) {
    await Deno.mkdir(this.#dir, {
      recursive: true,
    });
    for await (const ent of Deno.readDir(this.#dir)) {
      const path = join(this.#dir, ent.name);
      if (ent.name.includes(".tmp-")) {
        // an uncommitted write from a crash: the record it was replacing is intact
        await Deno.remove(path).catch(() => {});
        continue;
      }
      if (!ent.isFile || !ent.name.endsWith(".json")) {
        throw new StateFileError(path, "unexpected entry in a state directory");
      }
      let env;
      try {
        env = JSON.parse(await Deno.readTextFile(path));
      } catch (e) {
        throw new StateFileError(path, `not valid JSON (${e.message})`);
      }
      if (
        typeof env !== "object" || env === null || env.v !== 1 || typeof env.key !== "string" ||
        !("value" in env)
      ) {
        throw new StateFileError(path, "not a localtc state record ({v:1, key, value})");
      }
      const { key, value } = env;
      if (ent.name !== await fileNameOf(key)) {
        throw new StateFileError(path, `file name does not match its key ${JSON.stringify(key)}`);
      }
      const problem = check(value);
      if (problem) throw new StateFileError(path, problem);
      this.#records.set(key, value);
    }
  }
}
/** The set of collections of one data dir, and its blob directory. */ export class Store {
  dataDir;
  blobDir;
  #collections = new Map();
  #chains = new Map();
  #pending = new Set();
  constructor(dataDir) {
    this.dataDir = dataDir;
    this.blobDir = join(dataDir, "blobs");
  }
  /**
   * Opens (creating if needed) the data dir and loads every collection named
   * in `checks`. Rejects with `StateFileError` naming the first bad file.
   */ static async open(dataDir, checks) {
    const store = new Store(dataDir);
    await Deno.mkdir(join(dataDir, "state"), {
      recursive: true,
    });
    await Deno.mkdir(store.blobDir, {
      recursive: true,
    });
    for await (const ent of Deno.readDir(store.blobDir)) {
      if (ent.name.startsWith(".upload-")) {
        await Deno.remove(join(store.blobDir, ent.name)).catch(() => {});
      }
    }
    for (const [name, check] of Object.entries(checks)) {
      const c = new Collection(store, join(dataDir, "state", name));
      await c.load(check);
      store.#collections.set(name, c);
    }
    return store;
  }
  /** The collection `name` (must have been named at open). */ collection(name) {
    const c = this.#collections.get(name);
    if (!c) throw new Error(`localtc store has no collection ${name}`);
    return c;
  }
  /** Runs `write` after earlier writes of the same record; tracked for `flush`. */ enqueue(
    dir,
    key,
    write,
  ) {
    const id = `${dir}\n${key}`;
    const prev = this.#chains.get(id) ?? Promise.resolve();
    const next = prev.catch(() => {}).then(write);
    this.#chains.set(id, next);
    const tracked = next.finally(() => {
      this.#pending.delete(tracked);
      if (this.#chains.get(id) === next) this.#chains.delete(id);
    });
    this.#pending.add(tracked);
    return next;
  }
  /** Waits until every write issued so far is on disk (or failed). */ async flush() {
    while (this.#pending.size > 0) {
      await Promise.allSettled([
        ...this.#pending,
      ]);
    }
  }
  /** The path of the blob stored under `key`. */ async blobPath(key) {
    return join(this.blobDir, await sha256Hex(key));
  }
  /**
   * Streams `body` into the blob `key` (temp file then rename), checking the
   * byte count against `expectedLength` when given. Resolves to the size and
   * the sha256 hex digest of what was written.
   */ async writeBlob(key, body, expectedLength) {
    const tmp = join(this.blobDir, `.upload-${crypto.randomUUID()}`);
    const f = await Deno.open(tmp, {
      write: true,
      createNew: true,
      mode: 0o600,
    });
    const hasher = new StreamHasher();
    let size = 0;
    let ok = false;
    try {
      if (body) {
        for await (const chunk of body) {
          size += chunk.length;
          if (expectedLength !== undefined && size > expectedLength) {
            throw new BlobLengthError(expectedLength, size);
          }
          hasher.update(chunk);
          let off = 0;
          while (off < chunk.length) off += await f.write(chunk.subarray(off));
        }
      }
      if (expectedLength !== undefined && size !== expectedLength) {
        throw new BlobLengthError(expectedLength, size);
      }
      await f.syncData();
      ok = true;
    } finally {
      f.close();
      if (!ok) await Deno.remove(tmp).catch(() => {});
    }
    const path = await this.blobPath(key);
    await Deno.rename(tmp, path);
    return {
      size,
      ...hasher.digest(),
    };
  }
  /** Removes the blob `key` if present. */ async deleteBlob(key) {
    await Deno.remove(await this.blobPath(key)).catch(() => {});
  }
}
/** The uploaded body was not as long as its Content-Length said. */ export class BlobLengthError
  extends Error {
  expected;
  received;
  constructor(expected, received) {
    super(
      `request body length does not match Content-Length: expected ${expected} bytes, ` +
        `received ${received > expected ? "more" : received}`,
    ),
      this.expected = expected,
      this.received = received;
    this.name = "BlobLengthError";
  }
}
/** Incremental sha256 over a stream (node:crypto). */ class StreamHasher {
  #sha256 = createHash("sha256");
  update(chunk) {
    this.#sha256.update(chunk);
  }
  digest() {
    return {
      sha256: this.#sha256.digest("hex"),
    };
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvc3RvcmUudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcGVyc2lzdGVudCBzdGF0ZSBvZiB0aGUgbG9jYWwgVGFza2NsdXN0ZXIgc2VydmljZTogbmFtZWQgY29sbGVjdGlvbnNcbiAqIG9mIEpTT04gcmVjb3JkcyBoZWxkIGluIG1lbW9yeSBhbmQgd3JpdHRlbiB0aHJvdWdoIHRvIG9uZSBmaWxlIHBlciByZWNvcmRcbiAqIHVuZGVyIGA8ZGF0YURpcj4vc3RhdGUvPGNvbGxlY3Rpb24+L2AsIHBsdXMgc3RyZWFtZWQgYmxvYiBmaWxlcyB1bmRlclxuICogYDxkYXRhRGlyPi9ibG9icy9gLlxuICpcbiAqIEV2ZXJ5IHdyaXRlIGlzIGF0b21pYyAodGVtcCBmaWxlLCBmc3luYywgcmVuYW1lKSwgd3JpdGVzIHRvIG9uZSByZWNvcmQgbGFuZFxuICogaW4gY2FsbCBvcmRlciwgYW5kIGBwdXRgIHJlc29sdmVzIG9ubHkgb25jZSB0aGUgcmVjb3JkIGlzIGR1cmFibGUuIE9wZW5pbmdcbiAqIGEgZGF0YSBkaXIgcmVhZHMgZXZlcnkgcmVjb3JkOyBhIGZpbGUgdGhhdCBkb2VzIG5vdCBwYXJzZSBvciBkb2VzIG5vdCBoYXZlXG4gKiB0aGUgc2hhcGUgaXRzIGNvbGxlY3Rpb24gZXhwZWN0cyBmYWlscyB0aGUgb3BlbiB3aXRoIGEgYFN0YXRlRmlsZUVycm9yYFxuICogbmFtaW5nIHRoZSBmaWxlLCBzbyBzdGF0ZSBpcyBuZXZlciBzaWxlbnRseSBkcm9wcGVkLlxuICpcbiAqIGBgYHRzXG4gKiBjb25zdCBzdG9yZSA9IGF3YWl0IFN0b3JlLm9wZW4oXCIvdG1wL2RhdGFcIiwgeyB0YXNrczogaXNPYmplY3QgfSk7XG4gKiBhd2FpdCBzdG9yZS5jb2xsZWN0aW9uPFRhc2s+KFwidGFza3NcIikucHV0KFwiYWJjXCIsIHRhc2spO1xuICogYGBgXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tIFwibm9kZTpjcnlwdG9cIjtcbmltcG9ydCB7IGpvaW4gfSBmcm9tIFwibm9kZTpwYXRoXCI7XG5cbi8qKiBBIHN0YXRlIGZpbGUgdGhhdCBjb3VsZCBub3QgYmUgcmVhZCBiYWNrLiAqL1xuZXhwb3J0IGNsYXNzIFN0YXRlRmlsZUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICAvKiogVGhlIHBhdGggb2YgdGhlIG9mZmVuZGluZyBmaWxlLiAqL1xuICByZWFkb25seSBmaWxlOiBzdHJpbmc7XG4gIGNvbnN0cnVjdG9yKGZpbGU6IHN0cmluZywgcmVhc29uOiBzdHJpbmcpIHtcbiAgICBzdXBlcihgbG9jYWx0YyBzdGF0ZSBmaWxlICR7ZmlsZX0gaXMgY29ycnVwdCBvciBwYXJ0bHkgd3JpdHRlbjogJHtyZWFzb259YCk7XG4gICAgdGhpcy5uYW1lID0gXCJTdGF0ZUZpbGVFcnJvclwiO1xuICAgIHRoaXMuZmlsZSA9IGZpbGU7XG4gIH1cbn1cblxuLyoqIENoZWNrcyBhIGxvYWRlZCByZWNvcmQncyB2YWx1ZTsgcmV0dXJucyBhIHJlYXNvbiB3aGVuIGl0IGlzIG5vdCBhY2NlcHRhYmxlLiAqL1xuZXhwb3J0IHR5cGUgUmVjb3JkQ2hlY2sgPSAodmFsdWU6IHVua25vd24pID0+IHN0cmluZyB8IHVuZGVmaW5lZDtcblxuLyoqIFRoZSBvbi1kaXNrIGVudmVsb3BlIG9mIG9uZSByZWNvcmQuICovXG5pbnRlcmZhY2UgRW52ZWxvcGUge1xuICB2OiAxO1xuICBrZXk6IHN0cmluZztcbiAgdmFsdWU6IHVua25vd247XG59XG5cbmNvbnN0IFNBRkVfS0VZID0gL15bQS1aYS16MC05Xy1dezEsMTIwfSQvO1xuXG4vKiogVGhlIGZpbGUgbmFtZSBvZiBhIGtleTogdGhlIGtleSBpdHNlbGYgd2hlbiBpdCBpcyBwbGFpbiwgZWxzZSBgfmAgKyBzaGEyNTYgaGV4LiAqL1xuYXN5bmMgZnVuY3Rpb24gZmlsZU5hbWVPZihrZXk6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGlmIChTQUZFX0tFWS50ZXN0KGtleSkpIHJldHVybiBgJHtrZXl9Lmpzb25gO1xuICByZXR1cm4gYH4ke2F3YWl0IHNoYTI1NkhleChrZXkpfS5qc29uYDtcbn1cblxuLyoqIEhleCBzaGEyNTYgb2YgYSBzdHJpbmcuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gc2hhMjU2SGV4KHRleHQ6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gIGNvbnN0IGRpZ2VzdCA9IGF3YWl0IGNyeXB0by5zdWJ0bGUuZGlnZXN0KFwiU0hBLTI1NlwiLCBuZXcgVGV4dEVuY29kZXIoKS5lbmNvZGUodGV4dCkpO1xuICByZXR1cm4gQXJyYXkuZnJvbShuZXcgVWludDhBcnJheShkaWdlc3QpLCAoYikgPT4gYi50b1N0cmluZygxNikucGFkU3RhcnQoMiwgXCIwXCIpKS5qb2luKFwiXCIpO1xufVxuXG4vKiogV3JpdGVzIGBkYXRhYCB0byBgcGF0aGAgYXRvbWljYWxseTogdGVtcCBmaWxlIGluIHRoZSBzYW1lIGRpciwgZnN5bmMsIHJlbmFtZS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB3cml0ZUZpbGVBdG9taWMocGF0aDogc3RyaW5nLCBkYXRhOiBVaW50OEFycmF5KTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IHRtcCA9IGAke3BhdGh9LnRtcC0ke2NyeXB0by5yYW5kb21VVUlEKCl9YDtcbiAgY29uc3QgZiA9IGF3YWl0IERlbm8ub3Blbih0bXAsIHsgd3JpdGU6IHRydWUsIGNyZWF0ZU5ldzogdHJ1ZSwgbW9kZTogMG82MDAgfSk7XG4gIHRyeSB7XG4gICAgbGV0IG9mZiA9IDA7XG4gICAgd2hpbGUgKG9mZiA8IGRhdGEubGVuZ3RoKSBvZmYgKz0gYXdhaXQgZi53cml0ZShkYXRhLnN1YmFycmF5KG9mZikpO1xuICAgIGF3YWl0IGYuc3luY0RhdGEoKTtcbiAgfSBmaW5hbGx5IHtcbiAgICBmLmNsb3NlKCk7XG4gIH1cbiAgdHJ5IHtcbiAgICBhd2FpdCBEZW5vLnJlbmFtZSh0bXAsIHBhdGgpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgYXdhaXQgRGVuby5yZW1vdmUodG1wKS5jYXRjaCgoKSA9PiB7fSk7XG4gICAgdGhyb3cgZTtcbiAgfVxufVxuXG4vKiogT25lIGNvbGxlY3Rpb24gb2YgcmVjb3Jkcywga2V5ZWQgYnkgc3RyaW5nLiAqL1xuZXhwb3J0IGNsYXNzIENvbGxlY3Rpb248VD4ge1xuICByZWFkb25seSAjcmVjb3JkcyA9IG5ldyBNYXA8c3RyaW5nLCBUPigpO1xuICByZWFkb25seSAjZGlyOiBzdHJpbmc7XG4gIHJlYWRvbmx5ICNzdG9yZTogU3RvcmU7XG5cbiAgLyoqIFVzZSBgU3RvcmUuY29sbGVjdGlvbmAuICovXG4gIGNvbnN0cnVjdG9yKHN0b3JlOiBTdG9yZSwgZGlyOiBzdHJpbmcpIHtcbiAgICB0aGlzLiNzdG9yZSA9IHN0b3JlO1xuICAgIHRoaXMuI2RpciA9IGRpcjtcbiAgfVxuXG4gIC8qKiBUaGUgcmVjb3JkIHVuZGVyIGBrZXlgLCBpZiBhbnkuICovXG4gIGdldChrZXk6IHN0cmluZyk6IFQgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiB0aGlzLiNyZWNvcmRzLmdldChrZXkpO1xuICB9XG5cbiAgLyoqIFRydWUgd2hlbiBhIHJlY29yZCBleGlzdHMgdW5kZXIgYGtleWAuICovXG4gIGhhcyhrZXk6IHN0cmluZyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiB0aGlzLiNyZWNvcmRzLmhhcyhrZXkpO1xuICB9XG5cbiAgLyoqIEFsbCByZWNvcmRzIChsaXZlIHZpZXc7IGRvIG5vdCBtdXRhdGUgd2hpbGUgaXRlcmF0aW5nIHdpdGggd3JpdGVzKS4gKi9cbiAgdmFsdWVzKCk6IEl0ZXJhYmxlSXRlcmF0b3I8VD4ge1xuICAgIHJldHVybiB0aGlzLiNyZWNvcmRzLnZhbHVlcygpO1xuICB9XG5cbiAgLyoqIEFsbCBrZXlzIGFuZCByZWNvcmRzLiAqL1xuICBlbnRyaWVzKCk6IEl0ZXJhYmxlSXRlcmF0b3I8W3N0cmluZywgVF0+IHtcbiAgICByZXR1cm4gdGhpcy4jcmVjb3Jkcy5lbnRyaWVzKCk7XG4gIH1cblxuICAvKiogVGhlIG51bWJlciBvZiByZWNvcmRzLiAqL1xuICBnZXQgc2l6ZSgpOiBudW1iZXIge1xuICAgIHJldHVybiB0aGlzLiNyZWNvcmRzLnNpemU7XG4gIH1cblxuICAvKipcbiAgICogU3RvcmVzIGB2YWx1ZWAgdW5kZXIgYGtleWA6IG1lbW9yeSBpcyB1cGRhdGVkIGF0IG9uY2UgKGEgc25hcHNob3Qgb2YgdGhlXG4gICAqIHZhbHVlIGlzIHdyaXR0ZW4pLCBhbmQgdGhlIHJldHVybmVkIHByb21pc2UgcmVzb2x2ZXMgd2hlbiBpdCBpcyBvbiBkaXNrLlxuICAgKi9cbiAgcHV0KGtleTogc3RyaW5nLCB2YWx1ZTogVCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuI3JlY29yZHMuc2V0KGtleSwgdmFsdWUpO1xuICAgIGNvbnN0IGVudjogRW52ZWxvcGUgPSB7IHY6IDEsIGtleSwgdmFsdWUgfTtcbiAgICBjb25zdCBieXRlcyA9IG5ldyBUZXh0RW5jb2RlcigpLmVuY29kZShKU09OLnN0cmluZ2lmeShlbnYsIG51bGwsIDEpICsgXCJcXG5cIik7XG4gICAgcmV0dXJuIHRoaXMuI3N0b3JlLmVucXVldWUodGhpcy4jZGlyLCBrZXksIGFzeW5jICgpID0+IHtcbiAgICAgIGF3YWl0IHdyaXRlRmlsZUF0b21pYyhqb2luKHRoaXMuI2RpciwgYXdhaXQgZmlsZU5hbWVPZihrZXkpKSwgYnl0ZXMpO1xuICAgIH0pO1xuICB9XG5cbiAgLyoqIFJlbW92ZXMgdGhlIHJlY29yZCB1bmRlciBga2V5YCAobWVtb3J5IGF0IG9uY2UsIGRpc2sgd2hlbiByZXNvbHZlZCkuICovXG4gIGRlbGV0ZShrZXk6IHN0cmluZyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuI3JlY29yZHMuZGVsZXRlKGtleSk7XG4gICAgcmV0dXJuIHRoaXMuI3N0b3JlLmVucXVldWUodGhpcy4jZGlyLCBrZXksIGFzeW5jICgpID0+IHtcbiAgICAgIGF3YWl0IERlbm8ucmVtb3ZlKGpvaW4odGhpcy4jZGlyLCBhd2FpdCBmaWxlTmFtZU9mKGtleSkpKS5jYXRjaCgoZSkgPT4ge1xuICAgICAgICBpZiAoIShlIGluc3RhbmNlb2YgRGVuby5lcnJvcnMuTm90Rm91bmQpKSB0aHJvdyBlO1xuICAgICAgfSk7XG4gICAgfSk7XG4gIH1cblxuICAvKiogTG9hZHMgZXZlcnkgcmVjb3JkIGZpbGUgb2YgdGhpcyBjb2xsZWN0aW9uOyB0aHJvd3MgYFN0YXRlRmlsZUVycm9yYCBvbiBhIGJhZCBmaWxlLiAqL1xuICBhc3luYyBsb2FkKGNoZWNrOiBSZWNvcmRDaGVjayk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IERlbm8ubWtkaXIodGhpcy4jZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGVudCBvZiBEZW5vLnJlYWREaXIodGhpcy4jZGlyKSkge1xuICAgICAgY29uc3QgcGF0aCA9IGpvaW4odGhpcy4jZGlyLCBlbnQubmFtZSk7XG4gICAgICBpZiAoZW50Lm5hbWUuaW5jbHVkZXMoXCIudG1wLVwiKSkge1xuICAgICAgICAvLyBhbiB1bmNvbW1pdHRlZCB3cml0ZSBmcm9tIGEgY3Jhc2g6IHRoZSByZWNvcmQgaXQgd2FzIHJlcGxhY2luZyBpcyBpbnRhY3RcbiAgICAgICAgYXdhaXQgRGVuby5yZW1vdmUocGF0aCkuY2F0Y2goKCkgPT4ge30pO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIH1cbiAgICAgIGlmICghZW50LmlzRmlsZSB8fCAhZW50Lm5hbWUuZW5kc1dpdGgoXCIuanNvblwiKSkge1xuICAgICAgICB0aHJvdyBuZXcgU3RhdGVGaWxlRXJyb3IocGF0aCwgXCJ1bmV4cGVjdGVkIGVudHJ5IGluIGEgc3RhdGUgZGlyZWN0b3J5XCIpO1xuICAgICAgfVxuICAgICAgbGV0IGVudjogdW5rbm93bjtcbiAgICAgIHRyeSB7XG4gICAgICAgIGVudiA9IEpTT04ucGFyc2UoYXdhaXQgRGVuby5yZWFkVGV4dEZpbGUocGF0aCkpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICB0aHJvdyBuZXcgU3RhdGVGaWxlRXJyb3IocGF0aCwgYG5vdCB2YWxpZCBKU09OICgkeyhlIGFzIEVycm9yKS5tZXNzYWdlfSlgKTtcbiAgICAgIH1cbiAgICAgIGlmIChcbiAgICAgICAgdHlwZW9mIGVudiAhPT0gXCJvYmplY3RcIiB8fCBlbnYgPT09IG51bGwgfHwgKGVudiBhcyBFbnZlbG9wZSkudiAhPT0gMSB8fFxuICAgICAgICB0eXBlb2YgKGVudiBhcyBFbnZlbG9wZSkua2V5ICE9PSBcInN0cmluZ1wiIHx8ICEoXCJ2YWx1ZVwiIGluIGVudilcbiAgICAgICkge1xuICAgICAgICB0aHJvdyBuZXcgU3RhdGVGaWxlRXJyb3IocGF0aCwgXCJub3QgYSBsb2NhbHRjIHN0YXRlIHJlY29yZCAoe3Y6MSwga2V5LCB2YWx1ZX0pXCIpO1xuICAgICAgfVxuICAgICAgY29uc3QgeyBrZXksIHZhbHVlIH0gPSBlbnYgYXMgRW52ZWxvcGU7XG4gICAgICBpZiAoZW50Lm5hbWUgIT09IGF3YWl0IGZpbGVOYW1lT2Yoa2V5KSkge1xuICAgICAgICB0aHJvdyBuZXcgU3RhdGVGaWxlRXJyb3IocGF0aCwgYGZpbGUgbmFtZSBkb2VzIG5vdCBtYXRjaCBpdHMga2V5ICR7SlNPTi5zdHJpbmdpZnkoa2V5KX1gKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHByb2JsZW0gPSBjaGVjayh2YWx1ZSk7XG4gICAgICBpZiAocHJvYmxlbSkgdGhyb3cgbmV3IFN0YXRlRmlsZUVycm9yKHBhdGgsIHByb2JsZW0pO1xuICAgICAgdGhpcy4jcmVjb3Jkcy5zZXQoa2V5LCB2YWx1ZSBhcyBUKTtcbiAgICB9XG4gIH1cbn1cblxuLyoqIFRoZSBzZXQgb2YgY29sbGVjdGlvbnMgb2Ygb25lIGRhdGEgZGlyLCBhbmQgaXRzIGJsb2IgZGlyZWN0b3J5LiAqL1xuZXhwb3J0IGNsYXNzIFN0b3JlIHtcbiAgcmVhZG9ubHkgZGF0YURpcjogc3RyaW5nO1xuICByZWFkb25seSBibG9iRGlyOiBzdHJpbmc7XG4gIHJlYWRvbmx5ICNjb2xsZWN0aW9ucyA9IG5ldyBNYXA8c3RyaW5nLCBDb2xsZWN0aW9uPHVua25vd24+PigpO1xuICByZWFkb25seSAjY2hhaW5zID0gbmV3IE1hcDxzdHJpbmcsIFByb21pc2U8dm9pZD4+KCk7XG4gIHJlYWRvbmx5ICNwZW5kaW5nID0gbmV3IFNldDxQcm9taXNlPHZvaWQ+PigpO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3IoZGF0YURpcjogc3RyaW5nKSB7XG4gICAgdGhpcy5kYXRhRGlyID0gZGF0YURpcjtcbiAgICB0aGlzLmJsb2JEaXIgPSBqb2luKGRhdGFEaXIsIFwiYmxvYnNcIik7XG4gIH1cblxuICAvKipcbiAgICogT3BlbnMgKGNyZWF0aW5nIGlmIG5lZWRlZCkgdGhlIGRhdGEgZGlyIGFuZCBsb2FkcyBldmVyeSBjb2xsZWN0aW9uIG5hbWVkXG4gICAqIGluIGBjaGVja3NgLiBSZWplY3RzIHdpdGggYFN0YXRlRmlsZUVycm9yYCBuYW1pbmcgdGhlIGZpcnN0IGJhZCBmaWxlLlxuICAgKi9cbiAgc3RhdGljIGFzeW5jIG9wZW4oZGF0YURpcjogc3RyaW5nLCBjaGVja3M6IFJlY29yZDxzdHJpbmcsIFJlY29yZENoZWNrPik6IFByb21pc2U8U3RvcmU+IHtcbiAgICBjb25zdCBzdG9yZSA9IG5ldyBTdG9yZShkYXRhRGlyKTtcbiAgICBhd2FpdCBEZW5vLm1rZGlyKGpvaW4oZGF0YURpciwgXCJzdGF0ZVwiKSwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgYXdhaXQgRGVuby5ta2RpcihzdG9yZS5ibG9iRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBmb3IgYXdhaXQgKGNvbnN0IGVudCBvZiBEZW5vLnJlYWREaXIoc3RvcmUuYmxvYkRpcikpIHtcbiAgICAgIGlmIChlbnQubmFtZS5zdGFydHNXaXRoKFwiLnVwbG9hZC1cIikpIHtcbiAgICAgICAgYXdhaXQgRGVuby5yZW1vdmUoam9pbihzdG9yZS5ibG9iRGlyLCBlbnQubmFtZSkpLmNhdGNoKCgpID0+IHt9KTtcbiAgICAgIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCBbbmFtZSwgY2hlY2tdIG9mIE9iamVjdC5lbnRyaWVzKGNoZWNrcykpIHtcbiAgICAgIGNvbnN0IGMgPSBuZXcgQ29sbGVjdGlvbjx1bmtub3duPihzdG9yZSwgam9pbihkYXRhRGlyLCBcInN0YXRlXCIsIG5hbWUpKTtcbiAgICAgIGF3YWl0IGMubG9hZChjaGVjayk7XG4gICAgICBzdG9yZS4jY29sbGVjdGlvbnMuc2V0KG5hbWUsIGMpO1xuICAgIH1cbiAgICByZXR1cm4gc3RvcmU7XG4gIH1cblxuICAvKiogVGhlIGNvbGxlY3Rpb24gYG5hbWVgIChtdXN0IGhhdmUgYmVlbiBuYW1lZCBhdCBvcGVuKS4gKi9cbiAgY29sbGVjdGlvbjxUPihuYW1lOiBzdHJpbmcpOiBDb2xsZWN0aW9uPFQ+IHtcbiAgICBjb25zdCBjID0gdGhpcy4jY29sbGVjdGlvbnMuZ2V0KG5hbWUpO1xuICAgIGlmICghYykgdGhyb3cgbmV3IEVycm9yKGBsb2NhbHRjIHN0b3JlIGhhcyBubyBjb2xsZWN0aW9uICR7bmFtZX1gKTtcbiAgICByZXR1cm4gYyBhcyBDb2xsZWN0aW9uPFQ+O1xuICB9XG5cbiAgLyoqIFJ1bnMgYHdyaXRlYCBhZnRlciBlYXJsaWVyIHdyaXRlcyBvZiB0aGUgc2FtZSByZWNvcmQ7IHRyYWNrZWQgZm9yIGBmbHVzaGAuICovXG4gIGVucXVldWUoZGlyOiBzdHJpbmcsIGtleTogc3RyaW5nLCB3cml0ZTogKCkgPT4gUHJvbWlzZTx2b2lkPik6IFByb21pc2U8dm9pZD4ge1xuICAgIGNvbnN0IGlkID0gYCR7ZGlyfVxcbiR7a2V5fWA7XG4gICAgY29uc3QgcHJldiA9IHRoaXMuI2NoYWlucy5nZXQoaWQpID8/IFByb21pc2UucmVzb2x2ZSgpO1xuICAgIGNvbnN0IG5leHQgPSBwcmV2LmNhdGNoKCgpID0+IHt9KS50aGVuKHdyaXRlKTtcbiAgICB0aGlzLiNjaGFpbnMuc2V0KGlkLCBuZXh0KTtcbiAgICBjb25zdCB0cmFja2VkID0gbmV4dC5maW5hbGx5KCgpID0+IHtcbiAgICAgIHRoaXMuI3BlbmRpbmcuZGVsZXRlKHRyYWNrZWQpO1xuICAgICAgaWYgKHRoaXMuI2NoYWlucy5nZXQoaWQpID09PSBuZXh0KSB0aGlzLiNjaGFpbnMuZGVsZXRlKGlkKTtcbiAgICB9KTtcbiAgICB0aGlzLiNwZW5kaW5nLmFkZCh0cmFja2VkKTtcbiAgICByZXR1cm4gbmV4dDtcbiAgfVxuXG4gIC8qKiBXYWl0cyB1bnRpbCBldmVyeSB3cml0ZSBpc3N1ZWQgc28gZmFyIGlzIG9uIGRpc2sgKG9yIGZhaWxlZCkuICovXG4gIGFzeW5jIGZsdXNoKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHdoaWxlICh0aGlzLiNwZW5kaW5nLnNpemUgPiAwKSB7XG4gICAgICBhd2FpdCBQcm9taXNlLmFsbFNldHRsZWQoWy4uLnRoaXMuI3BlbmRpbmddKTtcbiAgICB9XG4gIH1cblxuICAvKiogVGhlIHBhdGggb2YgdGhlIGJsb2Igc3RvcmVkIHVuZGVyIGBrZXlgLiAqL1xuICBhc3luYyBibG9iUGF0aChrZXk6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nPiB7XG4gICAgcmV0dXJuIGpvaW4odGhpcy5ibG9iRGlyLCBhd2FpdCBzaGEyNTZIZXgoa2V5KSk7XG4gIH1cblxuICAvKipcbiAgICogU3RyZWFtcyBgYm9keWAgaW50byB0aGUgYmxvYiBga2V5YCAodGVtcCBmaWxlIHRoZW4gcmVuYW1lKSwgY2hlY2tpbmcgdGhlXG4gICAqIGJ5dGUgY291bnQgYWdhaW5zdCBgZXhwZWN0ZWRMZW5ndGhgIHdoZW4gZ2l2ZW4uIFJlc29sdmVzIHRvIHRoZSBzaXplIGFuZFxuICAgKiB0aGUgc2hhMjU2IGhleCBkaWdlc3Qgb2Ygd2hhdCB3YXMgd3JpdHRlbi5cbiAgICovXG4gIGFzeW5jIHdyaXRlQmxvYihcbiAgICBrZXk6IHN0cmluZyxcbiAgICBib2R5OiBSZWFkYWJsZVN0cmVhbTxVaW50OEFycmF5PiB8IG51bGwsXG4gICAgZXhwZWN0ZWRMZW5ndGg/OiBudW1iZXIsXG4gICk6IFByb21pc2U8QmxvYldyaXRlUmVzdWx0PiB7XG4gICAgY29uc3QgdG1wID0gam9pbih0aGlzLmJsb2JEaXIsIGAudXBsb2FkLSR7Y3J5cHRvLnJhbmRvbVVVSUQoKX1gKTtcbiAgICBjb25zdCBmID0gYXdhaXQgRGVuby5vcGVuKHRtcCwgeyB3cml0ZTogdHJ1ZSwgY3JlYXRlTmV3OiB0cnVlLCBtb2RlOiAwbzYwMCB9KTtcbiAgICBjb25zdCBoYXNoZXIgPSBuZXcgU3RyZWFtSGFzaGVyKCk7XG4gICAgbGV0IHNpemUgPSAwO1xuICAgIGxldCBvayA9IGZhbHNlO1xuICAgIHRyeSB7XG4gICAgICBpZiAoYm9keSkge1xuICAgICAgICBmb3IgYXdhaXQgKGNvbnN0IGNodW5rIG9mIGJvZHkpIHtcbiAgICAgICAgICBzaXplICs9IGNodW5rLmxlbmd0aDtcbiAgICAgICAgICBpZiAoZXhwZWN0ZWRMZW5ndGggIT09IHVuZGVmaW5lZCAmJiBzaXplID4gZXhwZWN0ZWRMZW5ndGgpIHtcbiAgICAgICAgICAgIHRocm93IG5ldyBCbG9iTGVuZ3RoRXJyb3IoZXhwZWN0ZWRMZW5ndGgsIHNpemUpO1xuICAgICAgICAgIH1cbiAgICAgICAgICBoYXNoZXIudXBkYXRlKGNodW5rKTtcbiAgICAgICAgICBsZXQgb2ZmID0gMDtcbiAgICAgICAgICB3aGlsZSAob2ZmIDwgY2h1bmsubGVuZ3RoKSBvZmYgKz0gYXdhaXQgZi53cml0ZShjaHVuay5zdWJhcnJheShvZmYpKTtcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgaWYgKGV4cGVjdGVkTGVuZ3RoICE9PSB1bmRlZmluZWQgJiYgc2l6ZSAhPT0gZXhwZWN0ZWRMZW5ndGgpIHtcbiAgICAgICAgdGhyb3cgbmV3IEJsb2JMZW5ndGhFcnJvcihleHBlY3RlZExlbmd0aCwgc2l6ZSk7XG4gICAgICB9XG4gICAgICBhd2FpdCBmLnN5bmNEYXRhKCk7XG4gICAgICBvayA9IHRydWU7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGYuY2xvc2UoKTtcbiAgICAgIGlmICghb2spIGF3YWl0IERlbm8ucmVtb3ZlKHRtcCkuY2F0Y2goKCkgPT4ge30pO1xuICAgIH1cbiAgICBjb25zdCBwYXRoID0gYXdhaXQgdGhpcy5ibG9iUGF0aChrZXkpO1xuICAgIGF3YWl0IERlbm8ucmVuYW1lKHRtcCwgcGF0aCk7XG4gICAgcmV0dXJuIHsgc2l6ZSwgLi4uaGFzaGVyLmRpZ2VzdCgpIH07XG4gIH1cblxuICAvKiogUmVtb3ZlcyB0aGUgYmxvYiBga2V5YCBpZiBwcmVzZW50LiAqL1xuICBhc3luYyBkZWxldGVCbG9iKGtleTogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgRGVuby5yZW1vdmUoYXdhaXQgdGhpcy5ibG9iUGF0aChrZXkpKS5jYXRjaCgoKSA9PiB7fSk7XG4gIH1cbn1cblxuLyoqIFdoYXQgYFN0b3JlLndyaXRlQmxvYmAgd3JvdGUuICovXG5leHBvcnQgaW50ZXJmYWNlIEJsb2JXcml0ZVJlc3VsdCB7XG4gIHNpemU6IG51bWJlcjtcbiAgc2hhMjU2OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgdXBsb2FkZWQgYm9keSB3YXMgbm90IGFzIGxvbmcgYXMgaXRzIENvbnRlbnQtTGVuZ3RoIHNhaWQuICovXG5leHBvcnQgY2xhc3MgQmxvYkxlbmd0aEVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihyZWFkb25seSBleHBlY3RlZDogbnVtYmVyLCByZWFkb25seSByZWNlaXZlZDogbnVtYmVyKSB7XG4gICAgc3VwZXIoXG4gICAgICBgcmVxdWVzdCBib2R5IGxlbmd0aCBkb2VzIG5vdCBtYXRjaCBDb250ZW50LUxlbmd0aDogZXhwZWN0ZWQgJHtleHBlY3RlZH0gYnl0ZXMsIGAgK1xuICAgICAgICBgcmVjZWl2ZWQgJHtyZWNlaXZlZCA+IGV4cGVjdGVkID8gXCJtb3JlXCIgOiByZWNlaXZlZH1gLFxuICAgICk7XG4gICAgdGhpcy5uYW1lID0gXCJCbG9iTGVuZ3RoRXJyb3JcIjtcbiAgfVxufVxuXG4vKiogSW5jcmVtZW50YWwgc2hhMjU2IG92ZXIgYSBzdHJlYW0gKG5vZGU6Y3J5cHRvKS4gKi9cbmNsYXNzIFN0cmVhbUhhc2hlciB7XG4gICNzaGEyNTYgPSBjcmVhdGVIYXNoKFwic2hhMjU2XCIpO1xuICB1cGRhdGUoY2h1bms6IFVpbnQ4QXJyYXkpOiB2b2lkIHtcbiAgICB0aGlzLiNzaGEyNTYudXBkYXRlKGNodW5rKTtcbiAgfVxuICBkaWdlc3QoKTogeyBzaGEyNTY6IHN0cmluZyB9IHtcbiAgICByZXR1cm4geyBzaGEyNTY6IHRoaXMuI3NoYTI1Ni5kaWdlc3QoXCJoZXhcIikgfTtcbiAgfVxufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Ozs7Ozs7Ozs7Ozs7O0NBZ0JDLEdBQ0QsU0FBUyxVQUFVLFFBQVEsY0FBYztBQUN6QyxTQUFTLElBQUksUUFBUSxZQUFZO0FBRWpDLDhDQUE4QyxHQUM5QyxPQUFPLE1BQU0sdUJBQXVCO0VBQ2xDLG9DQUFvQyxHQUNwQyxBQUFTLEtBQWE7RUFDdEIsWUFBWSxJQUFZLEVBQUUsTUFBYyxDQUFFO0lBQ3hDLEtBQUssQ0FBQyxDQUFDLG1CQUFtQixFQUFFLEtBQUssK0JBQStCLEVBQUUsUUFBUTtJQUMxRSxJQUFJLENBQUMsSUFBSSxHQUFHO0lBQ1osSUFBSSxDQUFDLElBQUksR0FBRztFQUNkO0FBQ0Y7QUFZQSxNQUFNLFdBQVc7QUFFakIsb0ZBQW9GLEdBQ3BGLGVBQWUsV0FBVyxHQUFXO0VBQ25DLElBQUksU0FBUyxJQUFJLENBQUMsTUFBTSxPQUFPLEdBQUcsSUFBSSxLQUFLLENBQUM7RUFDNUMsT0FBTyxDQUFDLENBQUMsRUFBRSxNQUFNLFVBQVUsS0FBSyxLQUFLLENBQUM7QUFDeEM7QUFFQSw0QkFBNEIsR0FDNUIsT0FBTyxlQUFlLFVBQVUsSUFBWTtFQUMxQyxNQUFNLFNBQVMsTUFBTSxPQUFPLE1BQU0sQ0FBQyxNQUFNLENBQUMsV0FBVyxJQUFJLGNBQWMsTUFBTSxDQUFDO0VBQzlFLE9BQU8sTUFBTSxJQUFJLENBQUMsSUFBSSxXQUFXLFNBQVMsQ0FBQyxJQUFNLEVBQUUsUUFBUSxDQUFDLElBQUksUUFBUSxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUM7QUFDekY7QUFFQSxrRkFBa0YsR0FDbEYsT0FBTyxlQUFlLGdCQUFnQixJQUFZLEVBQUUsSUFBZ0I7RUFDbEUsTUFBTSxNQUFNLEdBQUcsS0FBSyxLQUFLLEVBQUUsT0FBTyxVQUFVLElBQUk7RUFDaEQsTUFBTSxJQUFJLE1BQU0sS0FBSyxJQUFJLENBQUMsS0FBSztJQUFFLE9BQU87SUFBTSxXQUFXO0lBQU0sTUFBTTtFQUFNO0VBQzNFLElBQUk7SUFDRixJQUFJLE1BQU07SUFDVixNQUFPLE1BQU0sS0FBSyxNQUFNLENBQUUsT0FBTyxNQUFNLEVBQUUsS0FBSyxDQUFDLEtBQUssUUFBUSxDQUFDO0lBQzdELE1BQU0sRUFBRSxRQUFRO0VBQ2xCLFNBQVU7SUFDUixFQUFFLEtBQUs7RUFDVDtFQUNBLElBQUk7SUFDRixNQUFNLEtBQUssTUFBTSxDQUFDLEtBQUs7RUFDekIsRUFBRSxPQUFPLEdBQUc7SUFDVixNQUFNLEtBQUssTUFBTSxDQUFDLEtBQUssS0FBSyxDQUFDLEtBQU87SUFDcEMsTUFBTTtFQUNSO0FBQ0Y7QUFFQSxnREFBZ0QsR0FDaEQsT0FBTyxNQUFNO0VBQ0YsQ0FBQSxPQUFRLEdBQUcsSUFBSSxNQUFpQjtFQUNoQyxDQUFBLEdBQUksQ0FBUztFQUNiLENBQUEsS0FBTSxDQUFRO0VBRXZCLDRCQUE0QixHQUM1QixZQUFZLEtBQVksRUFBRSxHQUFXLENBQUU7SUFDckMsSUFBSSxDQUFDLENBQUEsS0FBTSxHQUFHO0lBQ2QsSUFBSSxDQUFDLENBQUEsR0FBSSxHQUFHO0VBQ2Q7RUFFQSxvQ0FBb0MsR0FDcEMsSUFBSSxHQUFXLEVBQWlCO0lBQzlCLE9BQU8sSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEdBQUcsQ0FBQztFQUMzQjtFQUVBLDJDQUEyQyxHQUMzQyxJQUFJLEdBQVcsRUFBVztJQUN4QixPQUFPLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUM7RUFDM0I7RUFFQSx3RUFBd0UsR0FDeEUsU0FBOEI7SUFDNUIsT0FBTyxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsTUFBTTtFQUM3QjtFQUVBLDBCQUEwQixHQUMxQixVQUF5QztJQUN2QyxPQUFPLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxPQUFPO0VBQzlCO0VBRUEsMkJBQTJCLEdBQzNCLElBQUksT0FBZTtJQUNqQixPQUFPLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxJQUFJO0VBQzNCO0VBRUE7OztHQUdDLEdBQ0QsSUFBSSxHQUFXLEVBQUUsS0FBUSxFQUFpQjtJQUN4QyxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLEtBQUs7SUFDdkIsTUFBTSxNQUFnQjtNQUFFLEdBQUc7TUFBRztNQUFLO0lBQU07SUFDekMsTUFBTSxRQUFRLElBQUksY0FBYyxNQUFNLENBQUMsS0FBSyxTQUFTLENBQUMsS0FBSyxNQUFNLEtBQUs7SUFDdEUsT0FBTyxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFBLEdBQUksRUFBRSxLQUFLO01BQ3pDLE1BQU0sZ0JBQWdCLEtBQUssSUFBSSxDQUFDLENBQUEsR0FBSSxFQUFFLE1BQU0sV0FBVyxPQUFPO0lBQ2hFO0VBQ0Y7RUFFQSx5RUFBeUUsR0FDekUsT0FBTyxHQUFXLEVBQWlCO0lBQ2pDLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxNQUFNLENBQUM7SUFDckIsT0FBTyxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFBLEdBQUksRUFBRSxLQUFLO01BQ3pDLE1BQU0sS0FBSyxNQUFNLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQSxHQUFJLEVBQUUsTUFBTSxXQUFXLE9BQU8sS0FBSyxDQUFDLENBQUM7UUFDL0QsSUFBSSxDQUFDLENBQUMsYUFBYSxLQUFLLE1BQU0sQ0FBQyxRQUFRLEdBQUcsTUFBTTtNQUNsRDtJQUNGO0VBQ0Y7RUFFQSx1RkFBdUYsR0FDdkYsTUFBTSxLQUFLLEtBQWtCLEVBQWlCO0lBQzVDLE1BQU0sS0FBSyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUEsR0FBSSxFQUFFO01BQUUsV0FBVztJQUFLO0lBQzlDLFdBQVcsTUFBTSxPQUFPLEtBQUssT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFBLEdBQUksRUFBRztNQUMvQyxNQUFNLE9BQU8sS0FBSyxJQUFJLENBQUMsQ0FBQSxHQUFJLEVBQUUsSUFBSSxJQUFJO01BQ3JDLElBQUksSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLFVBQVU7UUFDOUIsMkVBQTJFO1FBQzNFLE1BQU0sS0FBSyxNQUFNLENBQUMsTUFBTSxLQUFLLENBQUMsS0FBTztRQUNyQztNQUNGO01BQ0EsSUFBSSxDQUFDLElBQUksTUFBTSxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLFVBQVU7UUFDOUMsTUFBTSxJQUFJLGVBQWUsTUFBTTtNQUNqQztNQUNBLElBQUk7TUFDSixJQUFJO1FBQ0YsTUFBTSxLQUFLLEtBQUssQ0FBQyxNQUFNLEtBQUssWUFBWSxDQUFDO01BQzNDLEVBQUUsT0FBTyxHQUFHO1FBQ1YsTUFBTSxJQUFJLGVBQWUsTUFBTSxDQUFDLGdCQUFnQixFQUFFLEFBQUMsRUFBWSxPQUFPLENBQUMsQ0FBQyxDQUFDO01BQzNFO01BQ0EsSUFDRSxPQUFPLFFBQVEsWUFBWSxRQUFRLFFBQVEsQUFBQyxJQUFpQixDQUFDLEtBQUssS0FDbkUsT0FBTyxBQUFDLElBQWlCLEdBQUcsS0FBSyxZQUFZLENBQUMsQ0FBQyxXQUFXLEdBQUcsR0FDN0Q7UUFDQSxNQUFNLElBQUksZUFBZSxNQUFNO01BQ2pDO01BQ0EsTUFBTSxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsR0FBRztNQUN2QixJQUFJLElBQUksSUFBSSxLQUFLLE1BQU0sV0FBVyxNQUFNO1FBQ3RDLE1BQU0sSUFBSSxlQUFlLE1BQU0sQ0FBQyxpQ0FBaUMsRUFBRSxLQUFLLFNBQVMsQ0FBQyxNQUFNO01BQzFGO01BQ0EsTUFBTSxVQUFVLE1BQU07TUFDdEIsSUFBSSxTQUFTLE1BQU0sSUFBSSxlQUFlLE1BQU07TUFDNUMsSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEdBQUcsQ0FBQyxLQUFLO0lBQ3pCO0VBQ0Y7QUFDRjtBQUVBLG9FQUFvRSxHQUNwRSxPQUFPLE1BQU07RUFDRixRQUFnQjtFQUNoQixRQUFnQjtFQUNoQixDQUFBLFdBQVksR0FBRyxJQUFJLE1BQW1DO0VBQ3RELENBQUEsTUFBTyxHQUFHLElBQUksTUFBNkI7RUFDM0MsQ0FBQSxPQUFRLEdBQUcsSUFBSSxNQUFxQjtFQUU3QyxZQUFvQixPQUFlLENBQUU7SUFDbkMsSUFBSSxDQUFDLE9BQU8sR0FBRztJQUNmLElBQUksQ0FBQyxPQUFPLEdBQUcsS0FBSyxTQUFTO0VBQy9CO0VBRUE7OztHQUdDLEdBQ0QsYUFBYSxLQUFLLE9BQWUsRUFBRSxNQUFtQyxFQUFrQjtJQUN0RixNQUFNLFFBQVEsSUFBSSxNQUFNO0lBQ3hCLE1BQU0sS0FBSyxLQUFLLENBQUMsS0FBSyxTQUFTLFVBQVU7TUFBRSxXQUFXO0lBQUs7SUFDM0QsTUFBTSxLQUFLLEtBQUssQ0FBQyxNQUFNLE9BQU8sRUFBRTtNQUFFLFdBQVc7SUFBSztJQUNsRCxXQUFXLE1BQU0sT0FBTyxLQUFLLE9BQU8sQ0FBQyxNQUFNLE9BQU8sRUFBRztNQUNuRCxJQUFJLElBQUksSUFBSSxDQUFDLFVBQVUsQ0FBQyxhQUFhO1FBQ25DLE1BQU0sS0FBSyxNQUFNLENBQUMsS0FBSyxNQUFNLE9BQU8sRUFBRSxJQUFJLElBQUksR0FBRyxLQUFLLENBQUMsS0FBTztNQUNoRTtJQUNGO0lBQ0EsS0FBSyxNQUFNLENBQUMsTUFBTSxNQUFNLElBQUksT0FBTyxPQUFPLENBQUMsUUFBUztNQUNsRCxNQUFNLElBQUksSUFBSSxXQUFvQixPQUFPLEtBQUssU0FBUyxTQUFTO01BQ2hFLE1BQU0sRUFBRSxJQUFJLENBQUM7TUFDYixNQUFNLENBQUEsV0FBWSxDQUFDLEdBQUcsQ0FBQyxNQUFNO0lBQy9CO0lBQ0EsT0FBTztFQUNUO0VBRUEsMERBQTBELEdBQzFELFdBQWMsSUFBWSxFQUFpQjtJQUN6QyxNQUFNLElBQUksSUFBSSxDQUFDLENBQUEsV0FBWSxDQUFDLEdBQUcsQ0FBQztJQUNoQyxJQUFJLENBQUMsR0FBRyxNQUFNLElBQUksTUFBTSxDQUFDLGdDQUFnQyxFQUFFLE1BQU07SUFDakUsT0FBTztFQUNUO0VBRUEsK0VBQStFLEdBQy9FLFFBQVEsR0FBVyxFQUFFLEdBQVcsRUFBRSxLQUEwQixFQUFpQjtJQUMzRSxNQUFNLEtBQUssR0FBRyxJQUFJLEVBQUUsRUFBRSxLQUFLO0lBQzNCLE1BQU0sT0FBTyxJQUFJLENBQUMsQ0FBQSxNQUFPLENBQUMsR0FBRyxDQUFDLE9BQU8sUUFBUSxPQUFPO0lBQ3BELE1BQU0sT0FBTyxLQUFLLEtBQUssQ0FBQyxLQUFPLEdBQUcsSUFBSSxDQUFDO0lBQ3ZDLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxHQUFHLENBQUMsSUFBSTtJQUNyQixNQUFNLFVBQVUsS0FBSyxPQUFPLENBQUM7TUFDM0IsSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLE1BQU0sQ0FBQztNQUNyQixJQUFJLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxHQUFHLENBQUMsUUFBUSxNQUFNLElBQUksQ0FBQyxDQUFBLE1BQU8sQ0FBQyxNQUFNLENBQUM7SUFDekQ7SUFDQSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDO0lBQ2xCLE9BQU87RUFDVDtFQUVBLGtFQUFrRSxHQUNsRSxNQUFNLFFBQXVCO0lBQzNCLE1BQU8sSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLElBQUksR0FBRyxFQUFHO01BQzdCLE1BQU0sUUFBUSxVQUFVLENBQUM7V0FBSSxJQUFJLENBQUMsQ0FBQSxPQUFRO09BQUM7SUFDN0M7RUFDRjtFQUVBLDZDQUE2QyxHQUM3QyxNQUFNLFNBQVMsR0FBVyxFQUFtQjtJQUMzQyxPQUFPLEtBQUssSUFBSSxDQUFDLE9BQU8sRUFBRSxNQUFNLFVBQVU7RUFDNUM7RUFFQTs7OztHQUlDLEdBQ0QsTUFBTSxVQUNKLEdBQVcsRUFDWCxJQUF1QyxFQUN2QyxjQUF1QixFQUNHO0lBQzFCLE1BQU0sTUFBTSxLQUFLLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxRQUFRLEVBQUUsT0FBTyxVQUFVLElBQUk7SUFDL0QsTUFBTSxJQUFJLE1BQU0sS0FBSyxJQUFJLENBQUMsS0FBSztNQUFFLE9BQU87TUFBTSxXQUFXO01BQU0sTUFBTTtJQUFNO0lBQzNFLE1BQU0sU0FBUyxJQUFJO0lBQ25CLElBQUksT0FBTztJQUNYLElBQUksS0FBSztJQUNULElBQUk7TUFDRixJQUFJLE1BQU07UUFDUixXQUFXLE1BQU0sU0FBUyxLQUFNO1VBQzlCLFFBQVEsTUFBTSxNQUFNO1VBQ3BCLElBQUksbUJBQW1CLGFBQWEsT0FBTyxnQkFBZ0I7WUFDekQsTUFBTSxJQUFJLGdCQUFnQixnQkFBZ0I7VUFDNUM7VUFDQSxPQUFPLE1BQU0sQ0FBQztVQUNkLElBQUksTUFBTTtVQUNWLE1BQU8sTUFBTSxNQUFNLE1BQU0sQ0FBRSxPQUFPLE1BQU0sRUFBRSxLQUFLLENBQUMsTUFBTSxRQUFRLENBQUM7UUFDakU7TUFDRjtNQUNBLElBQUksbUJBQW1CLGFBQWEsU0FBUyxnQkFBZ0I7UUFDM0QsTUFBTSxJQUFJLGdCQUFnQixnQkFBZ0I7TUFDNUM7TUFDQSxNQUFNLEVBQUUsUUFBUTtNQUNoQixLQUFLO0lBQ1AsU0FBVTtNQUNSLEVBQUUsS0FBSztNQUNQLElBQUksQ0FBQyxJQUFJLE1BQU0sS0FBSyxNQUFNLENBQUMsS0FBSyxLQUFLLENBQUMsS0FBTztJQUMvQztJQUNBLE1BQU0sT0FBTyxNQUFNLElBQUksQ0FBQyxRQUFRLENBQUM7SUFDakMsTUFBTSxLQUFLLE1BQU0sQ0FBQyxLQUFLO0lBQ3ZCLE9BQU87TUFBRTtNQUFNLEdBQUcsT0FBTyxNQUFNLEVBQUU7SUFBQztFQUNwQztFQUVBLHVDQUF1QyxHQUN2QyxNQUFNLFdBQVcsR0FBVyxFQUFpQjtJQUMzQyxNQUFNLEtBQUssTUFBTSxDQUFDLE1BQU0sSUFBSSxDQUFDLFFBQVEsQ0FBQyxNQUFNLEtBQUssQ0FBQyxLQUFPO0VBQzNEO0FBQ0Y7QUFRQSxrRUFBa0UsR0FDbEUsT0FBTyxNQUFNLHdCQUF3Qjs7O0VBQ25DLFlBQVksQUFBUyxRQUFnQixFQUFFLEFBQVMsUUFBZ0IsQ0FBRTtJQUNoRSxLQUFLLENBQ0gsQ0FBQyw0REFBNEQsRUFBRSxTQUFTLFFBQVEsQ0FBQyxHQUMvRSxDQUFDLFNBQVMsRUFBRSxXQUFXLFdBQVcsU0FBUyxVQUFVLFFBSHRDLFdBQUEsZUFBMkIsV0FBQTtJQUs5QyxJQUFJLENBQUMsSUFBSSxHQUFHO0VBQ2Q7QUFDRjtBQUVBLG9EQUFvRCxHQUNwRCxNQUFNO0VBQ0osQ0FBQSxNQUFPLEdBQUcsV0FBVyxVQUFVO0VBQy9CLE9BQU8sS0FBaUIsRUFBUTtJQUM5QixJQUFJLENBQUMsQ0FBQSxNQUFPLENBQUMsTUFBTSxDQUFDO0VBQ3RCO0VBQ0EsU0FBNkI7SUFDM0IsT0FBTztNQUFFLFFBQVEsSUFBSSxDQUFDLENBQUEsTUFBTyxDQUFDLE1BQU0sQ0FBQztJQUFPO0VBQzlDO0FBQ0YifQ==
// denoCacheMetadata=18431064309108316057,3691715821770027649
