/**
 * The worker-manager subset of localtc (`/api/worker-manager/v1`):
 * `shouldWorkerTerminate` answers `{terminate: false, reason: "none"}`
 * unless a decision was set with `setShouldTerminate` (tests and the demo
 * use that to exercise a worker's exit 70).
 */
import { reply } from "./api.ts";
/** Shape check of stored decisions. */ export const checkTerminate = (v) => {
  const r = v;
  if (typeof v !== "object" || v === null || typeof r.terminate !== "boolean") {
    return "worker record lacks terminate";
  }
  return undefined;
};
/** The worker-manager subset. */ export class WorkerManagerService {
  #workers;
  constructor(store) {
    this.#workers = store.collection("workers");
  }
  /** Sets what `shouldWorkerTerminate` answers for one worker. */ setShouldTerminate(
    workerPoolId,
    workerGroup,
    workerId,
    terminate,
    reason = terminate ? "terminated by localtc" : "none",
  ) {
    return this.#workers.put(`${workerPoolId}/${workerGroup}/${workerId}`, {
      workerPoolId,
      workerGroup,
      workerId,
      terminate,
      reason,
    });
  }
  /** The worker-manager API methods. */ endpoints() {
    const handler = async (req) => {
      const workerPoolId = req.params.workerPoolId ??
        `${req.params.provisionerId}/${req.params.workerType}`;
      const { workerGroup, workerId } = req.params;
      await req.authorize({
        workerPoolId,
        workerGroup,
        workerId,
      });
      const r = this.#workers.get(`${workerPoolId}/${workerGroup}/${workerId}`);
      return reply(
        r
          ? {
            terminate: r.terminate,
            reason: r.reason,
          }
          : {
            terminate: false,
            reason: "none",
          },
      );
    };
    const scopes = "worker-manager:should-worker-terminate:<workerPoolId>/<workerGroup>/<workerId>";
    return [
      {
        method: "get",
        route: "/workers/:workerPoolId/:workerGroup/:workerId/should-terminate",
        name: "shouldWorkerTerminate",
        scopes,
        handler,
      },
      {
        method: "get",
        route: "/workers/:provisionerId/:workerType/:workerGroup/:workerId/should-terminate",
        name: "shouldWorkerTerminate",
        scopes,
        handler,
      },
    ];
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvd29ya2VyX21hbmFnZXIudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgd29ya2VyLW1hbmFnZXIgc3Vic2V0IG9mIGxvY2FsdGMgKGAvYXBpL3dvcmtlci1tYW5hZ2VyL3YxYCk6XG4gKiBgc2hvdWxkV29ya2VyVGVybWluYXRlYCBhbnN3ZXJzIGB7dGVybWluYXRlOiBmYWxzZSwgcmVhc29uOiBcIm5vbmVcIn1gXG4gKiB1bmxlc3MgYSBkZWNpc2lvbiB3YXMgc2V0IHdpdGggYHNldFNob3VsZFRlcm1pbmF0ZWAgKHRlc3RzIGFuZCB0aGUgZGVtb1xuICogdXNlIHRoYXQgdG8gZXhlcmNpc2UgYSB3b3JrZXIncyBleGl0IDcwKS5cbiAqL1xuaW1wb3J0IHsgdHlwZSBFbmRwb2ludCwgcmVwbHkgfSBmcm9tIFwiLi9hcGkudHNcIjtcbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbiwgUmVjb3JkQ2hlY2ssIFN0b3JlIH0gZnJvbSBcIi4vc3RvcmUudHNcIjtcblxuLyoqIEEgc3RvcmVkIHRlcm1pbmF0ZSBkZWNpc2lvbiBmb3Igb25lIHdvcmtlci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGVybWluYXRlUmVjb3JkIHtcbiAgd29ya2VyUG9vbElkOiBzdHJpbmc7XG4gIHdvcmtlckdyb3VwOiBzdHJpbmc7XG4gIHdvcmtlcklkOiBzdHJpbmc7XG4gIHRlcm1pbmF0ZTogYm9vbGVhbjtcbiAgcmVhc29uOiBzdHJpbmc7XG59XG5cbi8qKiBTaGFwZSBjaGVjayBvZiBzdG9yZWQgZGVjaXNpb25zLiAqL1xuZXhwb3J0IGNvbnN0IGNoZWNrVGVybWluYXRlOiBSZWNvcmRDaGVjayA9ICh2KSA9PiB7XG4gIGNvbnN0IHIgPSB2IGFzIFRlcm1pbmF0ZVJlY29yZDtcbiAgaWYgKHR5cGVvZiB2ICE9PSBcIm9iamVjdFwiIHx8IHYgPT09IG51bGwgfHwgdHlwZW9mIHIudGVybWluYXRlICE9PSBcImJvb2xlYW5cIikge1xuICAgIHJldHVybiBcIndvcmtlciByZWNvcmQgbGFja3MgdGVybWluYXRlXCI7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn07XG5cbi8qKiBUaGUgd29ya2VyLW1hbmFnZXIgc3Vic2V0LiAqL1xuZXhwb3J0IGNsYXNzIFdvcmtlck1hbmFnZXJTZXJ2aWNlIHtcbiAgcmVhZG9ubHkgI3dvcmtlcnM6IENvbGxlY3Rpb248VGVybWluYXRlUmVjb3JkPjtcblxuICBjb25zdHJ1Y3RvcihzdG9yZTogU3RvcmUpIHtcbiAgICB0aGlzLiN3b3JrZXJzID0gc3RvcmUuY29sbGVjdGlvbjxUZXJtaW5hdGVSZWNvcmQ+KFwid29ya2Vyc1wiKTtcbiAgfVxuXG4gIC8qKiBTZXRzIHdoYXQgYHNob3VsZFdvcmtlclRlcm1pbmF0ZWAgYW5zd2VycyBmb3Igb25lIHdvcmtlci4gKi9cbiAgc2V0U2hvdWxkVGVybWluYXRlKFxuICAgIHdvcmtlclBvb2xJZDogc3RyaW5nLFxuICAgIHdvcmtlckdyb3VwOiBzdHJpbmcsXG4gICAgd29ya2VySWQ6IHN0cmluZyxcbiAgICB0ZXJtaW5hdGU6IGJvb2xlYW4sXG4gICAgcmVhc29uID0gdGVybWluYXRlID8gXCJ0ZXJtaW5hdGVkIGJ5IGxvY2FsdGNcIiA6IFwibm9uZVwiLFxuICApOiBQcm9taXNlPHZvaWQ+IHtcbiAgICByZXR1cm4gdGhpcy4jd29ya2Vycy5wdXQoYCR7d29ya2VyUG9vbElkfS8ke3dvcmtlckdyb3VwfS8ke3dvcmtlcklkfWAsIHtcbiAgICAgIHdvcmtlclBvb2xJZCxcbiAgICAgIHdvcmtlckdyb3VwLFxuICAgICAgd29ya2VySWQsXG4gICAgICB0ZXJtaW5hdGUsXG4gICAgICByZWFzb24sXG4gICAgfSk7XG4gIH1cblxuICAvKiogVGhlIHdvcmtlci1tYW5hZ2VyIEFQSSBtZXRob2RzLiAqL1xuICBlbmRwb2ludHMoKTogRW5kcG9pbnRbXSB7XG4gICAgY29uc3QgaGFuZGxlcjogRW5kcG9pbnRbXCJoYW5kbGVyXCJdID0gYXN5bmMgKHJlcSkgPT4ge1xuICAgICAgY29uc3Qgd29ya2VyUG9vbElkID0gcmVxLnBhcmFtcy53b3JrZXJQb29sSWQgPz9cbiAgICAgICAgYCR7cmVxLnBhcmFtcy5wcm92aXNpb25lcklkfS8ke3JlcS5wYXJhbXMud29ya2VyVHlwZX1gO1xuICAgICAgY29uc3QgeyB3b3JrZXJHcm91cCwgd29ya2VySWQgfSA9IHJlcS5wYXJhbXM7XG4gICAgICBhd2FpdCByZXEuYXV0aG9yaXplKHsgd29ya2VyUG9vbElkLCB3b3JrZXJHcm91cCwgd29ya2VySWQgfSk7XG4gICAgICBjb25zdCByID0gdGhpcy4jd29ya2Vycy5nZXQoYCR7d29ya2VyUG9vbElkfS8ke3dvcmtlckdyb3VwfS8ke3dvcmtlcklkfWApO1xuICAgICAgcmV0dXJuIHJlcGx5KFxuICAgICAgICByID8geyB0ZXJtaW5hdGU6IHIudGVybWluYXRlLCByZWFzb246IHIucmVhc29uIH0gOiB7IHRlcm1pbmF0ZTogZmFsc2UsIHJlYXNvbjogXCJub25lXCIgfSxcbiAgICAgICk7XG4gICAgfTtcbiAgICBjb25zdCBzY29wZXMgPSBcIndvcmtlci1tYW5hZ2VyOnNob3VsZC13b3JrZXItdGVybWluYXRlOjx3b3JrZXJQb29sSWQ+Lzx3b3JrZXJHcm91cD4vPHdvcmtlcklkPlwiO1xuICAgIHJldHVybiBbXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IFwiL3dvcmtlcnMvOndvcmtlclBvb2xJZC86d29ya2VyR3JvdXAvOndvcmtlcklkL3Nob3VsZC10ZXJtaW5hdGVcIixcbiAgICAgICAgbmFtZTogXCJzaG91bGRXb3JrZXJUZXJtaW5hdGVcIixcbiAgICAgICAgc2NvcGVzLFxuICAgICAgICBoYW5kbGVyLFxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgbWV0aG9kOiBcImdldFwiLFxuICAgICAgICByb3V0ZTogXCIvd29ya2Vycy86cHJvdmlzaW9uZXJJZC86d29ya2VyVHlwZS86d29ya2VyR3JvdXAvOndvcmtlcklkL3Nob3VsZC10ZXJtaW5hdGVcIixcbiAgICAgICAgbmFtZTogXCJzaG91bGRXb3JrZXJUZXJtaW5hdGVcIixcbiAgICAgICAgc2NvcGVzLFxuICAgICAgICBoYW5kbGVyLFxuICAgICAgfSxcbiAgICBdO1xuICB9XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7O0NBS0MsR0FDRCxTQUF3QixLQUFLLFFBQVEsV0FBVztBQVloRCxxQ0FBcUMsR0FDckMsT0FBTyxNQUFNLGlCQUE4QixDQUFDO0VBQzFDLE1BQU0sSUFBSTtFQUNWLElBQUksT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFRLE9BQU8sRUFBRSxTQUFTLEtBQUssV0FBVztJQUMzRSxPQUFPO0VBQ1Q7RUFDQSxPQUFPO0FBQ1QsRUFBRTtBQUVGLCtCQUErQixHQUMvQixPQUFPLE1BQU07RUFDRixDQUFBLE9BQVEsQ0FBOEI7RUFFL0MsWUFBWSxLQUFZLENBQUU7SUFDeEIsSUFBSSxDQUFDLENBQUEsT0FBUSxHQUFHLE1BQU0sVUFBVSxDQUFrQjtFQUNwRDtFQUVBLDhEQUE4RCxHQUM5RCxtQkFDRSxZQUFvQixFQUNwQixXQUFtQixFQUNuQixRQUFnQixFQUNoQixTQUFrQixFQUNsQixTQUFTLFlBQVksMEJBQTBCLE1BQU0sRUFDdEM7SUFDZixPQUFPLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsR0FBRyxhQUFhLENBQUMsRUFBRSxZQUFZLENBQUMsRUFBRSxVQUFVLEVBQUU7TUFDckU7TUFDQTtNQUNBO01BQ0E7TUFDQTtJQUNGO0VBQ0Y7RUFFQSxvQ0FBb0MsR0FDcEMsWUFBd0I7SUFDdEIsTUFBTSxVQUErQixPQUFPO01BQzFDLE1BQU0sZUFBZSxJQUFJLE1BQU0sQ0FBQyxZQUFZLElBQzFDLEdBQUcsSUFBSSxNQUFNLENBQUMsYUFBYSxDQUFDLENBQUMsRUFBRSxJQUFJLE1BQU0sQ0FBQyxVQUFVLEVBQUU7TUFDeEQsTUFBTSxFQUFFLFdBQVcsRUFBRSxRQUFRLEVBQUUsR0FBRyxJQUFJLE1BQU07TUFDNUMsTUFBTSxJQUFJLFNBQVMsQ0FBQztRQUFFO1FBQWM7UUFBYTtNQUFTO01BQzFELE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLEdBQUcsYUFBYSxDQUFDLEVBQUUsWUFBWSxDQUFDLEVBQUUsVUFBVTtNQUN4RSxPQUFPLE1BQ0wsSUFBSTtRQUFFLFdBQVcsRUFBRSxTQUFTO1FBQUUsUUFBUSxFQUFFLE1BQU07TUFBQyxJQUFJO1FBQUUsV0FBVztRQUFPLFFBQVE7TUFBTztJQUUxRjtJQUNBLE1BQU0sU0FBUztJQUNmLE9BQU87TUFDTDtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOO1FBQ0E7TUFDRjtNQUNBO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ047UUFDQTtNQUNGO0tBQ0Q7RUFDSDtBQUNGIn0=
// denoCacheMetadata=15798944631484729678,8494342190884125872
