/**
 * Small-file writes on a worker thread: the thread creates each file with
 * synchronous calls (open O_EXCL, write, close: about a seventh of the CPU
 * of the same three calls made asynchronously), so the extraction's disk
 * work leaves the main thread, and a disk that stalls stalls only the
 * thread: reclaims, the live log and every other timer and socket of the
 * worker keep running while the extraction waits for its acknowledgements.
 *
 * Writes are sent in batches: what was queued by the time the event loop
 * comes round, or 8 MiB, whichever comes first. The bytes go through one of
 * two shared 8 MiB slabs (so at most two batches are on the thread), the
 * names and modes as one string and one Int32Array.
 *
 * ```ts
 * const t = new WriteThread();
 * await t.write("/dest/a.txt", 0o644, bytes); // throws DirectoryInTheWay or the fs error
 * t.close();
 * ```
 */

/** A directory sits where a file should be written. */
export class DirectoryInTheWay extends Error {
  constructor(path: string) {
    super(`a directory is in the way at ${path}`);
    this.name = "DirectoryInTheWay";
  }
}

interface Op {
  path: string;
  mode: number;
  data: Uint8Array;
  /** Create with O_EXCL, replacing a non-directory already there (the safe writer's rule). */
  exclusive: boolean;
  resolve: () => void;
  reject: (e: Error) => void;
}

type WireResult = null | { name: string; message: string };

/**
 * The thread's code. It runs in a worker created from its source text (so
 * the bundle and compiled binaries need no separate file): it must not
 * refer to anything outside itself.
 */
function threadMain(): void {
  const scope = globalThis as unknown as {
    onmessage: (ev: MessageEvent) => void;
    postMessage: (m: unknown) => void;
  };
  const createFile = (path: string, mode: number, exclusive: boolean): Deno.FsFile => {
    const opts = exclusive
      ? { write: true, createNew: true, mode }
      : { write: true, create: true, truncate: true, mode };
    try {
      return Deno.openSync(path, opts);
    } catch (e) {
      if (!exclusive || !(e instanceof Deno.errors.AlreadyExists)) throw e;
      if (Deno.lstatSync(path).isDirectory) {
        const err = new Error(path);
        err.name = "DirectoryInTheWay";
        throw err;
      }
      Deno.removeSync(path);
      return Deno.openSync(path, opts);
    }
  };
  let slabs: Uint8Array[] = [];
  scope.onmessage = (ev: MessageEvent) => {
    const msg = ev.data as {
      slabs?: SharedArrayBuffer[];
      batch: number;
      slab: number;
      paths: string;
      meta: Int32Array;
      own?: ArrayBuffer;
    };
    if (msg.slabs) {
      slabs = msg.slabs.map((b) => new Uint8Array(b));
      return;
    }
    const all = msg.own ? new Uint8Array(msg.own) : slabs[msg.slab];
    const paths = msg.paths.split("\0");
    const results: WireResult[] = [];
    for (let i = 0; i < paths.length; i++) {
      const [mode, offset, length, exclusive] = msg.meta.subarray(i * 4, i * 4 + 4);
      try {
        const f = createFile(paths[i], mode, exclusive === 1);
        try {
          const data = all.subarray(offset, offset + length);
          let off = 0;
          while (off < data.length) off += f.writeSync(data.subarray(off));
        } finally {
          f.close();
        }
        results.push(null);
      } catch (e) {
        const err = e as Error;
        results.push({ name: err.name ?? "Error", message: err.message ?? String(e) });
      }
    }
    scope.postMessage({ batch: msg.batch, slab: msg.slab, results });
  };
}

let threadUrl: string | undefined;
/** Each batch's bytes go through one of two shared slabs of this size (bigger: transferred). */
const SLAB_BYTES = 8 << 20;

/** One writer thread (start it per extraction; `close()` ends it). */
export class WriteThread {
  #worker: Worker | undefined;
  #waiting: Op[] = [];
  #sent = new Map<number, Op[]>();
  #slabs: Uint8Array[] = [];
  #freeSlabs: number[] = [];
  #batch = 0;
  #closed = false;
  #waitingBytes = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  #start(): Worker {
    threadUrl ??= URL.createObjectURL(
      new Blob([`(${threadMain.toString()})();`], { type: "application/javascript" }),
    );
    const w = new Worker(threadUrl, { type: "module" });
    const shared = [new SharedArrayBuffer(SLAB_BYTES), new SharedArrayBuffer(SLAB_BYTES)];
    this.#slabs = shared.map((b) => new Uint8Array(b));
    this.#freeSlabs = [0, 1];
    w.postMessage({ slabs: shared });
    w.onmessage = (ev: MessageEvent) => this.#done(ev.data);
    w.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      this.#fail(new Error(`archive write thread failed: ${ev.message}`));
    };
    return w;
  }

  /** Writes `data` to a new file at `path` (mode minus nothing: pass the final mode). */
  write(path: string, mode: number, data: Uint8Array, exclusive = true): Promise<void> {
    if (this.#closed) return Promise.reject(new Error("archive write thread closed"));
    return new Promise<void>((resolve, reject) => {
      this.#waiting.push({ path, mode, data, exclusive, resolve, reject });
      this.#waitingBytes += data.length;
      if (this.#waitingBytes >= SLAB_BYTES) this.#send();
      else {
        this.#timer ??= setTimeout(() => {
          this.#timer = undefined;
          this.#send();
        }, 0);
      }
    });
  }

  #send(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    if (this.#waiting.length === 0) return;
    this.#worker ??= this.#start();
    const slab = this.#freeSlabs.pop();
    if (slab === undefined) return; // both slabs on the thread: sent when one comes back
    // as many waiting writes as fit the slab (a single bigger one goes on its own, transferred)
    let total = 0;
    let n = 0;
    while (n < this.#waiting.length && total + this.#waiting[n].data.length <= SLAB_BYTES) {
      total += this.#waiting[n++].data.length;
    }
    let own: ArrayBuffer | undefined;
    if (n === 0) {
      n = 1;
      total = this.#waiting[0].data.length;
      own = new ArrayBuffer(total);
    }
    const ops = this.#waiting.splice(0, n);
    this.#waitingBytes -= total;
    const dest = own ? new Uint8Array(own) : this.#slabs[slab];
    const meta = new Int32Array(ops.length * 4);
    let offset = 0;
    ops.forEach((o, i) => {
      dest.set(o.data, offset);
      meta.set([o.mode, offset, o.data.length, o.exclusive ? 1 : 0], i * 4);
      offset += o.data.length;
    });
    const batch = ++this.#batch;
    this.#sent.set(batch, ops);
    const paths = ops.map((o) => o.path).join("\0");
    this.#worker.postMessage({ batch, slab, paths, meta, own }, own ? [own] : []);
    if (this.#waiting.length > 0) this.#send();
  }

  #done(msg: { batch: number; slab: number; results: WireResult[] }): void {
    const ops = this.#sent.get(msg.batch);
    if (!ops) return;
    this.#sent.delete(msg.batch);
    this.#freeSlabs.push(msg.slab);
    ops.forEach((op, i) => {
      const r = msg.results[i];
      if (r === null) op.resolve();
      else if (r.name === "DirectoryInTheWay") op.reject(new DirectoryInTheWay(op.path));
      else {
        const Known = (Deno.errors as unknown as Record<string, new (m: string) => Error>)[r.name];
        op.reject(Known ? new Known(r.message) : new Error(r.message));
      }
    });
    this.#send();
  }

  #fail(e: Error): void {
    for (const ops of this.#sent.values()) for (const op of ops) op.reject(e);
    for (const op of this.#waiting) op.reject(e);
    this.#sent.clear();
    this.#waiting = [];
    this.close();
  }

  /** Ends the thread (writes still queued fail; call after every write settled). */
  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#worker?.terminate();
    this.#worker = undefined;
  }
}
