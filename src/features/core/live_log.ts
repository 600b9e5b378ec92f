/**
 * Live Log (spec 9.2): while the task runs, its log is served by the
 * worker's live log server under a fresh random token, published as a
 * `reference` artifact `logs.live` (`text/plain; charset=utf-8`, expires
 * now + maxRunTime + 900 s) whose URL comes through the worker's exposer
 * (`http://<publicIP>:<port>/log/<token>`, or the websocktunnel URL; a task
 * that ends while the tunnel is still connecting gets none). Best effort: when that fails the task goes on
 * (worker log warning). At stop the stream ends once the log closes, and
 * (with the backing log on) the artifact becomes a `link` to `logs.backing`
 * (task expiry); a failure of that link counts like any artifact error.
 * Neither call holds the task up: the reference is created while the
 * commands start, the link while the backing log uploads (its error keeps
 * its place in the error order, `TaskRun.addErrorLater`). One difference
 * from the Go worker follows: when the link fails and no error came
 * before, the backing log does not carry that error's line.
 *
 * Requested unless `features.liveLog` is false; on a worker with
 * `enableLiveLog: false` only an explicit `features.liveLog: true` is refused
 * (the Go worker refuses the default `true` too).
 */
import { slugid } from "../../taskcluster/slugid.ts";
import type { Feature, TaskFeature } from "../feature.ts";
import { backingLogRequested, LOG_CONTENT_TYPE } from "./backing_log.ts";

/** The latest time a JavaScript Date can hold (+275760-09-13). */
const MAX_DATE_MS = 8.64e15;

/** The Live Log feature. */
export const liveLogFeature: Feature = {
  name: "Live Log",
  isEnabled: (c) => c.enableLiveLog,
  isRequested: (task) =>
    task.features.liveLog !== false &&
    (task.config.enableLiveLog || task.explicitlyRequests("liveLog")),
  newTaskFeature(task): TaskFeature {
    const token = slugid();
    const name = task.liveLogName;
    let registered = false;
    let reference: Promise<void> = Promise.resolve();
    let stopped: () => void = () => {};
    const stopping = new Promise<undefined>((r) => stopped = () => r(undefined));
    return {
      reservedArtifacts: () => [name],
      start() {
        const server = task.liveLog;
        if (!server) {
          task.workerLog.log(`WARNING: no live log server; task ${task.taskId} has no live log`);
          return Promise.resolve();
        }
        server.register(token, task.log);
        registered = true;
        // a huge maxRunTime (refused later by Max Run Time) must not break the date
        const maxRunTime = Number(task.payload.maxRunTime ?? 0);
        const expiresMs = Math.min(task.now() + (maxRunTime + 900) * 1000, MAX_DATE_MS);
        // best effort and needed by nothing before the link: the commands start meanwhile
        reference = (async () => {
          let url: string | undefined;
          try {
            // the worker's own address, or the websocktunnel URL (which may still be connecting)
            url = await Promise.race([server.publicURL(token), stopping]);
          } catch (e) {
            task.workerLog.log(
              `WARNING: could not upload livelog artifact: ${(e as Error).message}`,
            );
            return;
          }
          if (url === undefined) return; // the task ended before the tunnel was up
          const err = await task.uploadArtifact({
            kind: "reference",
            name,
            url,
            contentType: LOG_CONTENT_TYPE,
            expires: new Date(Number.isFinite(expiresMs) ? expiresMs : MAX_DATE_MS).toISOString(),
          });
          if (err) task.workerLog.log(`WARNING: could not upload livelog artifact: ${err.message}`);
        })();
        return Promise.resolve();
      },
      async stop() {
        stopped();
        if (!registered) return;
        if (task.log.closed) task.liveLog?.unregister(token);
        else {
          const off = task.log.onChange(() => {
            if (!task.log.closed) return;
            task.liveLog?.unregister(token);
            off();
          });
        }
        if (!backingLogRequested(task)) return;
        // the link replaces the reference, and runs alongside the backing log's upload
        await reference;
        task.workerLog.log(`Linking ${name} to ${task.backingLogName}`);
        task.addErrorLater(
          task.uploadArtifact({
            kind: "link",
            name,
            artifact: task.backingLogName,
            contentType: LOG_CONTENT_TYPE,
            expires: task.expires,
          }),
        );
      },
    };
  },
};
