/**
 * The purge-cache service of localtc (`/api/purge-cache/v1`): `purgeCache`
 * records a request to purge `cacheName` on a worker pool, and
 * `purgeRequests` lists a pool's requests whose `before` is not older than
 * `since` (the calls the worker makes with its own credentials).
 */
import { reply, reportError } from "./api.ts";
/** Shape check of stored purge requests. */ export const checkPurge = (v) => {
  const r = v;
  if (typeof v !== "object" || v === null) return "purge record is not an object";
  if (
    typeof r.workerPoolId !== "string" || typeof r.cacheName !== "string" ||
    typeof r.before !== "string"
  ) {
    return "purge record lacks workerPoolId/cacheName/before";
  }
  return undefined;
};
const WORKER_POOL_ID = /^[A-Za-z0-9_-]{1,38}\/[A-Za-z0-9_-]{1,38}$/;
/** The purge-cache service. */ export class PurgeCacheService {
  #requests;
  #now;
  constructor(store, now) {
    this.#requests = store.collection("purge");
    this.#now = now;
  }
  #entry(r) {
    const [provisionerId, workerType] = r.workerPoolId.split("/");
    return {
      provisionerId,
      workerType,
      cacheName: r.cacheName,
      before: r.before,
    };
  }
  /** The purge-cache service's API methods. */ endpoints() {
    return [
      {
        method: "get",
        route: "/purge-cache/list",
        name: "allPurgeRequests",
        scopes: "purge-cache:all-purge-requests",
        handler: () =>
          reply({
            requests: [
              ...this.#requests.values(),
            ].map((r) => this.#entry(r)),
          }),
      },
      {
        method: "post",
        route: "/purge-cache/:workerPoolId{.+}",
        name: "purgeCache",
        scopes: "purge-cache:<workerPoolId>:<cacheName>",
        params: {
          workerPoolId: WORKER_POOL_ID,
        },
        input: {
          type: "object",
          properties: {
            cacheName: {
              type: "string",
            },
          },
          additionalProperties: false,
          required: [
            "cacheName",
          ],
        },
        handler: async (req) => {
          const { workerPoolId } = req.params;
          const { cacheName } = req.body;
          await req.authorize({
            workerPoolId,
            cacheName,
          });
          await this.#requests.put(`${workerPoolId}\n${cacheName}`, {
            workerPoolId,
            cacheName,
            before: new Date(this.#now()).toJSON(),
          });
          return reply();
        },
      },
      {
        method: "get",
        route: "/purge-cache/:workerPoolId{.+}",
        name: "purgeRequests",
        scopes: "purge-cache:purge-requests::<workerPoolId>",
        params: {
          workerPoolId: WORKER_POOL_ID,
        },
        handler: ({ params, query }) => {
          let since = 0;
          if (query.since !== undefined) {
            since = Date.parse(query.since);
            if (Number.isNaN(since)) {
              reportError(
                "InvalidRequestArguments",
                "Query parameter 'since' is not valid: Invalid Date",
                {
                  errors: [
                    "since: Invalid Date",
                  ],
                },
              );
            }
          }
          const requests = [
            ...this.#requests.values(),
          ].filter((r) => r.workerPoolId === params.workerPoolId && Date.parse(r.before) >= since)
            .map((r) => this.#entry(r));
          return reply({
            requests,
          });
        },
      },
    ];
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvcHVyZ2VfY2FjaGUudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcHVyZ2UtY2FjaGUgc2VydmljZSBvZiBsb2NhbHRjIChgL2FwaS9wdXJnZS1jYWNoZS92MWApOiBgcHVyZ2VDYWNoZWBcbiAqIHJlY29yZHMgYSByZXF1ZXN0IHRvIHB1cmdlIGBjYWNoZU5hbWVgIG9uIGEgd29ya2VyIHBvb2wsIGFuZFxuICogYHB1cmdlUmVxdWVzdHNgIGxpc3RzIGEgcG9vbCdzIHJlcXVlc3RzIHdob3NlIGBiZWZvcmVgIGlzIG5vdCBvbGRlciB0aGFuXG4gKiBgc2luY2VgICh0aGUgY2FsbHMgdGhlIHdvcmtlciBtYWtlcyB3aXRoIGl0cyBvd24gY3JlZGVudGlhbHMpLlxuICovXG5pbXBvcnQgeyB0eXBlIEVuZHBvaW50LCByZXBseSwgcmVwb3J0RXJyb3IgfSBmcm9tIFwiLi9hcGkudHNcIjtcbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbiwgUmVjb3JkQ2hlY2ssIFN0b3JlIH0gZnJvbSBcIi4vc3RvcmUudHNcIjtcblxuLyoqIEEgc3RvcmVkIHB1cmdlIHJlcXVlc3QgKG9uZSBwZXIgcG9vbCBhbmQgY2FjaGUgbmFtZTsgdGhlIG5ld2VzdCB3aW5zKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUHVyZ2VSZWNvcmQge1xuICB3b3JrZXJQb29sSWQ6IHN0cmluZztcbiAgY2FjaGVOYW1lOiBzdHJpbmc7XG4gIGJlZm9yZTogc3RyaW5nO1xufVxuXG4vKiogU2hhcGUgY2hlY2sgb2Ygc3RvcmVkIHB1cmdlIHJlcXVlc3RzLiAqL1xuZXhwb3J0IGNvbnN0IGNoZWNrUHVyZ2U6IFJlY29yZENoZWNrID0gKHYpID0+IHtcbiAgY29uc3QgciA9IHYgYXMgUHVyZ2VSZWNvcmQ7XG4gIGlmICh0eXBlb2YgdiAhPT0gXCJvYmplY3RcIiB8fCB2ID09PSBudWxsKSByZXR1cm4gXCJwdXJnZSByZWNvcmQgaXMgbm90IGFuIG9iamVjdFwiO1xuICBpZiAoXG4gICAgdHlwZW9mIHIud29ya2VyUG9vbElkICE9PSBcInN0cmluZ1wiIHx8IHR5cGVvZiByLmNhY2hlTmFtZSAhPT0gXCJzdHJpbmdcIiB8fFxuICAgIHR5cGVvZiByLmJlZm9yZSAhPT0gXCJzdHJpbmdcIlxuICApIHtcbiAgICByZXR1cm4gXCJwdXJnZSByZWNvcmQgbGFja3Mgd29ya2VyUG9vbElkL2NhY2hlTmFtZS9iZWZvcmVcIjtcbiAgfVxuICByZXR1cm4gdW5kZWZpbmVkO1xufTtcblxuY29uc3QgV09SS0VSX1BPT0xfSUQgPSAvXltBLVphLXowLTlfLV17MSwzOH1cXC9bQS1aYS16MC05Xy1dezEsMzh9JC87XG5cbi8qKiBUaGUgcHVyZ2UtY2FjaGUgc2VydmljZS4gKi9cbmV4cG9ydCBjbGFzcyBQdXJnZUNhY2hlU2VydmljZSB7XG4gIHJlYWRvbmx5ICNyZXF1ZXN0czogQ29sbGVjdGlvbjxQdXJnZVJlY29yZD47XG4gIHJlYWRvbmx5ICNub3c6ICgpID0+IG51bWJlcjtcblxuICBjb25zdHJ1Y3RvcihzdG9yZTogU3RvcmUsIG5vdzogKCkgPT4gbnVtYmVyKSB7XG4gICAgdGhpcy4jcmVxdWVzdHMgPSBzdG9yZS5jb2xsZWN0aW9uPFB1cmdlUmVjb3JkPihcInB1cmdlXCIpO1xuICAgIHRoaXMuI25vdyA9IG5vdztcbiAgfVxuXG4gICNlbnRyeShyOiBQdXJnZVJlY29yZCkge1xuICAgIGNvbnN0IFtwcm92aXNpb25lcklkLCB3b3JrZXJUeXBlXSA9IHIud29ya2VyUG9vbElkLnNwbGl0KFwiL1wiKTtcbiAgICByZXR1cm4geyBwcm92aXNpb25lcklkLCB3b3JrZXJUeXBlLCBjYWNoZU5hbWU6IHIuY2FjaGVOYW1lLCBiZWZvcmU6IHIuYmVmb3JlIH07XG4gIH1cblxuICAvKiogVGhlIHB1cmdlLWNhY2hlIHNlcnZpY2UncyBBUEkgbWV0aG9kcy4gKi9cbiAgZW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICAgIHJldHVybiBbXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IFwiL3B1cmdlLWNhY2hlL2xpc3RcIixcbiAgICAgICAgbmFtZTogXCJhbGxQdXJnZVJlcXVlc3RzXCIsXG4gICAgICAgIHNjb3BlczogXCJwdXJnZS1jYWNoZTphbGwtcHVyZ2UtcmVxdWVzdHNcIixcbiAgICAgICAgaGFuZGxlcjogKCkgPT4gcmVwbHkoeyByZXF1ZXN0czogWy4uLnRoaXMuI3JlcXVlc3RzLnZhbHVlcygpXS5tYXAoKHIpID0+IHRoaXMuI2VudHJ5KHIpKSB9KSxcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJwb3N0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9wdXJnZS1jYWNoZS86d29ya2VyUG9vbElkey4rfVwiLFxuICAgICAgICBuYW1lOiBcInB1cmdlQ2FjaGVcIixcbiAgICAgICAgc2NvcGVzOiBcInB1cmdlLWNhY2hlOjx3b3JrZXJQb29sSWQ+OjxjYWNoZU5hbWU+XCIsXG4gICAgICAgIHBhcmFtczogeyB3b3JrZXJQb29sSWQ6IFdPUktFUl9QT09MX0lEIH0sXG4gICAgICAgIGlucHV0OiB7XG4gICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7IGNhY2hlTmFtZTogeyB0eXBlOiBcInN0cmluZ1wiIH0gfSxcbiAgICAgICAgICBhZGRpdGlvbmFsUHJvcGVydGllczogZmFsc2UsXG4gICAgICAgICAgcmVxdWlyZWQ6IFtcImNhY2hlTmFtZVwiXSxcbiAgICAgICAgfSxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgICAgIGNvbnN0IHsgd29ya2VyUG9vbElkIH0gPSByZXEucGFyYW1zO1xuICAgICAgICAgIGNvbnN0IHsgY2FjaGVOYW1lIH0gPSByZXEuYm9keSBhcyB7IGNhY2hlTmFtZTogc3RyaW5nIH07XG4gICAgICAgICAgYXdhaXQgcmVxLmF1dGhvcml6ZSh7IHdvcmtlclBvb2xJZCwgY2FjaGVOYW1lIH0pO1xuICAgICAgICAgIGF3YWl0IHRoaXMuI3JlcXVlc3RzLnB1dChgJHt3b3JrZXJQb29sSWR9XFxuJHtjYWNoZU5hbWV9YCwge1xuICAgICAgICAgICAgd29ya2VyUG9vbElkLFxuICAgICAgICAgICAgY2FjaGVOYW1lLFxuICAgICAgICAgICAgYmVmb3JlOiBuZXcgRGF0ZSh0aGlzLiNub3coKSkudG9KU09OKCksXG4gICAgICAgICAgfSk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KCk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9wdXJnZS1jYWNoZS86d29ya2VyUG9vbElkey4rfVwiLFxuICAgICAgICBuYW1lOiBcInB1cmdlUmVxdWVzdHNcIixcbiAgICAgICAgc2NvcGVzOiBcInB1cmdlLWNhY2hlOnB1cmdlLXJlcXVlc3RzOjo8d29ya2VyUG9vbElkPlwiLFxuICAgICAgICBwYXJhbXM6IHsgd29ya2VyUG9vbElkOiBXT1JLRVJfUE9PTF9JRCB9LFxuICAgICAgICBoYW5kbGVyOiAoeyBwYXJhbXMsIHF1ZXJ5IH0pID0+IHtcbiAgICAgICAgICBsZXQgc2luY2UgPSAwO1xuICAgICAgICAgIGlmIChxdWVyeS5zaW5jZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICAgICAgICBzaW5jZSA9IERhdGUucGFyc2UocXVlcnkuc2luY2UpO1xuICAgICAgICAgICAgaWYgKE51bWJlci5pc05hTihzaW5jZSkpIHtcbiAgICAgICAgICAgICAgcmVwb3J0RXJyb3IoXG4gICAgICAgICAgICAgICAgXCJJbnZhbGlkUmVxdWVzdEFyZ3VtZW50c1wiLFxuICAgICAgICAgICAgICAgIFwiUXVlcnkgcGFyYW1ldGVyICdzaW5jZScgaXMgbm90IHZhbGlkOiBJbnZhbGlkIERhdGVcIixcbiAgICAgICAgICAgICAgICB7XG4gICAgICAgICAgICAgICAgICBlcnJvcnM6IFtcInNpbmNlOiBJbnZhbGlkIERhdGVcIl0sXG4gICAgICAgICAgICAgICAgfSxcbiAgICAgICAgICAgICAgKTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgcmVxdWVzdHMgPSBbLi4udGhpcy4jcmVxdWVzdHMudmFsdWVzKCldXG4gICAgICAgICAgICAuZmlsdGVyKChyKSA9PiByLndvcmtlclBvb2xJZCA9PT0gcGFyYW1zLndvcmtlclBvb2xJZCAmJiBEYXRlLnBhcnNlKHIuYmVmb3JlKSA+PSBzaW5jZSlcbiAgICAgICAgICAgIC5tYXAoKHIpID0+IHRoaXMuI2VudHJ5KHIpKTtcbiAgICAgICAgICByZXR1cm4gcmVwbHkoeyByZXF1ZXN0cyB9KTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgXTtcbiAgfVxufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7OztDQUtDLEdBQ0QsU0FBd0IsS0FBSyxFQUFFLFdBQVcsUUFBUSxXQUFXO0FBVTdELDBDQUEwQyxHQUMxQyxPQUFPLE1BQU0sYUFBMEIsQ0FBQztFQUN0QyxNQUFNLElBQUk7RUFDVixJQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sTUFBTSxPQUFPO0VBQ2hELElBQ0UsT0FBTyxFQUFFLFlBQVksS0FBSyxZQUFZLE9BQU8sRUFBRSxTQUFTLEtBQUssWUFDN0QsT0FBTyxFQUFFLE1BQU0sS0FBSyxVQUNwQjtJQUNBLE9BQU87RUFDVDtFQUNBLE9BQU87QUFDVCxFQUFFO0FBRUYsTUFBTSxpQkFBaUI7QUFFdkIsNkJBQTZCLEdBQzdCLE9BQU8sTUFBTTtFQUNGLENBQUEsUUFBUyxDQUEwQjtFQUNuQyxDQUFBLEdBQUksQ0FBZTtFQUU1QixZQUFZLEtBQVksRUFBRSxHQUFpQixDQUFFO0lBQzNDLElBQUksQ0FBQyxDQUFBLFFBQVMsR0FBRyxNQUFNLFVBQVUsQ0FBYztJQUMvQyxJQUFJLENBQUMsQ0FBQSxHQUFJLEdBQUc7RUFDZDtFQUVBLENBQUEsS0FBTSxDQUFDLENBQWM7SUFDbkIsTUFBTSxDQUFDLGVBQWUsV0FBVyxHQUFHLEVBQUUsWUFBWSxDQUFDLEtBQUssQ0FBQztJQUN6RCxPQUFPO01BQUU7TUFBZTtNQUFZLFdBQVcsRUFBRSxTQUFTO01BQUUsUUFBUSxFQUFFLE1BQU07SUFBQztFQUMvRTtFQUVBLDJDQUEyQyxHQUMzQyxZQUF3QjtJQUN0QixPQUFPO01BQ0w7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsU0FBUyxJQUFNLE1BQU07WUFBRSxVQUFVO2lCQUFJLElBQUksQ0FBQyxDQUFBLFFBQVMsQ0FBQyxNQUFNO2FBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFNLElBQUksQ0FBQyxDQUFBLEtBQU0sQ0FBQztVQUFJO01BQzNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLGNBQWM7UUFBZTtRQUN2QyxPQUFPO1VBQ0wsTUFBTTtVQUNOLFlBQVk7WUFBRSxXQUFXO2NBQUUsTUFBTTtZQUFTO1VBQUU7VUFDNUMsc0JBQXNCO1VBQ3RCLFVBQVU7WUFBQztXQUFZO1FBQ3pCO1FBQ0EsU0FBUyxPQUFPO1VBQ2QsTUFBTSxFQUFFLFlBQVksRUFBRSxHQUFHLElBQUksTUFBTTtVQUNuQyxNQUFNLEVBQUUsU0FBUyxFQUFFLEdBQUcsSUFBSSxJQUFJO1VBQzlCLE1BQU0sSUFBSSxTQUFTLENBQUM7WUFBRTtZQUFjO1VBQVU7VUFDOUMsTUFBTSxJQUFJLENBQUMsQ0FBQSxRQUFTLENBQUMsR0FBRyxDQUFDLEdBQUcsYUFBYSxFQUFFLEVBQUUsV0FBVyxFQUFFO1lBQ3hEO1lBQ0E7WUFDQSxRQUFRLElBQUksS0FBSyxJQUFJLENBQUMsQ0FBQSxHQUFJLElBQUksTUFBTTtVQUN0QztVQUNBLE9BQU87UUFDVDtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsUUFBUTtVQUFFLGNBQWM7UUFBZTtRQUN2QyxTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFO1VBQ3pCLElBQUksUUFBUTtVQUNaLElBQUksTUFBTSxLQUFLLEtBQUssV0FBVztZQUM3QixRQUFRLEtBQUssS0FBSyxDQUFDLE1BQU0sS0FBSztZQUM5QixJQUFJLE9BQU8sS0FBSyxDQUFDLFFBQVE7Y0FDdkIsWUFDRSwyQkFDQSxzREFDQTtnQkFDRSxRQUFRO2tCQUFDO2lCQUFzQjtjQUNqQztZQUVKO1VBQ0Y7VUFDQSxNQUFNLFdBQVc7ZUFBSSxJQUFJLENBQUMsQ0FBQSxRQUFTLENBQUMsTUFBTTtXQUFHLENBQzFDLE1BQU0sQ0FBQyxDQUFDLElBQU0sRUFBRSxZQUFZLEtBQUssT0FBTyxZQUFZLElBQUksS0FBSyxLQUFLLENBQUMsRUFBRSxNQUFNLEtBQUssT0FDaEYsR0FBRyxDQUFDLENBQUMsSUFBTSxJQUFJLENBQUMsQ0FBQSxLQUFNLENBQUM7VUFDMUIsT0FBTyxNQUFNO1lBQUU7VUFBUztRQUMxQjtNQUNGO0tBQ0Q7RUFDSDtBQUNGIn0=
// denoCacheMetadata=17716908545705255973,2261594816508928692
