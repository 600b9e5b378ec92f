/**
 * `TaskRun.addErrorLater`: an API call left running alongside later steps
 * (the live log's link while the backing log uploads) records its error at
 * the place it would have had when awaited, whatever finishes first; and
 * `settle()` waits for every such call.
 */
import { defaultConfig } from "../../src/config/load.ts";
import { internalError, resourceUnavailable, type TaskError } from "../../src/task/errors.ts";
import { TaskRun } from "../../src/task/task_run.ts";
import { assertEquals } from "../helpers/assert.ts";

function makeTask(): TaskRun {
  return new TaskRun({
    config: { ...defaultConfig("insecure", "linux"), rootURL: "http://127.0.0.1:9" },
    claim: {
      status: { taskId: "fakeTaskIdAAAAAAAAAAAA" },
      runId: 0,
      task: { expires: "2040-01-01T00:00:00.000Z", deadline: "2039-01-01T00:00:00.000Z" },
      credentials: { clientId: "task", accessToken: "task-token" },
      takenUntil: new Date(Date.now() + 1_200_000).toISOString(),
    },
    workerLog: () => {},
    retry: { retries: 0 },
  });
}

function later(ms: number, e?: TaskError): Promise<TaskError | undefined> {
  return new Promise((r) => setTimeout(() => r(e), ms));
}

Deno.test("addErrorLater: errors keep the order they would have had when awaited", async () => {
  const task = makeTask();
  const a = internalError("a: before");
  const link = resourceUnavailable("link failed");
  const b = internalError("b: recorded while the link ran");
  const second = resourceUnavailable("second background call");
  task.addError(a);
  task.addErrorLater(later(30, link)); // finishes last
  task.addErrorLater(later(5, second)); // finishes first, but was started after the link
  task.addError(b);
  assertEquals(task.errors.map((e) => e.message), ["a: before", "b: recorded while the link ran"]);
  await task.settle();
  assertEquals(task.errors.map((e) => e.message), [
    "a: before",
    "link failed",
    "second background call",
    "b: recorded while the link ran",
  ]);
});

Deno.test("addErrorLater: with no error before, a failed call becomes the first error", async () => {
  const task = makeTask();
  task.addErrorLater(later(10, resourceUnavailable("link failed")));
  task.addErrorLater(later(1, undefined));
  task.addError(internalError("after"));
  assertEquals(task.firstError?.message, "after");
  await task.settle();
  assertEquals(task.firstError?.message, "link failed");
  assertEquals(task.firstError?.reason, "resource-unavailable");
  assertEquals(task.errors.length, 2);
});

Deno.test("addErrorLater: settle() waits for every call, including ones added meanwhile", async () => {
  const task = makeTask();
  let done = 0;
  task.addErrorLater(
    later(5).then((e) => {
      done++;
      task.addErrorLater(
        later(5).then(() => {
          done++;
          return undefined;
        }),
      );
      return e;
    }),
  );
  await task.settle();
  assertEquals(done, 2);
  assertEquals(task.errors.length, 0);
});
