/**
 * The index service of localtc (`/api/index/v1`): `insertTask` (highest
 * rank wins, ties go to the newer insert) and `findTask`.
 */
import { reply, reportError } from "./api.ts";
/** Shape check of stored index entries. */ export const checkIndexedTask = (v) => {
  const r = v;
  if (typeof v !== "object" || v === null) return "index record is not an object";
  if (
    typeof r.namespace !== "string" || typeof r.taskId !== "string" || typeof r.rank !== "number"
  ) {
    return "index record lacks namespace/taskId/rank";
  }
  return undefined;
};
const NAMESPACE = /^([a-zA-Z0-9_!~*'()%-]+\.)*[a-zA-Z0-9_!~*'()%-]+$/;
const SLUGID = "^[A-Za-z0-9_-]{8}[Q-T][A-Za-z0-9_-][CGKOSWaeimquy26-][A-Za-z0-9_-]{10}[AQgw]$";
/** The index service. */ export class IndexService {
  #entries;
  #now;
  constructor(store, now) {
    this.#entries = store.collection("index");
    this.#now = now;
  }
  #json(r) {
    return {
      namespace: r.namespace,
      taskId: r.taskId,
      rank: r.rank,
      data: r.data,
      expires: r.expires,
    };
  }
  /** The index service's API methods. */ endpoints() {
    return [
      {
        method: "get",
        route: "/task/:indexPath",
        name: "findTask",
        scopes: "index:find-task:<indexPath>",
        params: {
          indexPath: NAMESPACE,
        },
        handler: ({ params }) => {
          const r = this.#entries.get(params.indexPath);
          if (!r || Date.parse(r.expires) <= this.#now()) {
            reportError("ResourceNotFound", "Indexed task not found", {});
          }
          return reply(this.#json(r));
        },
      },
      {
        method: "put",
        route: "/task/:namespace",
        name: "insertTask",
        scopes: "index:insert-task:<namespace>",
        params: {
          namespace: NAMESPACE,
        },
        input: {
          type: "object",
          properties: {
            taskId: {
              type: "string",
              pattern: SLUGID,
            },
            rank: {
              type: "number",
            },
            data: {
              type: "object",
            },
            expires: {
              type: "string",
              format: "date-time",
            },
          },
          additionalProperties: false,
          required: [
            "taskId",
            "rank",
            "data",
            "expires",
          ],
        },
        handler: async ({ params, body }) => {
          const input = body;
          const existing = this.#entries.get(params.namespace);
          const live = existing && Date.parse(existing.expires) > this.#now();
          if (live && existing.rank > input.rank) return reply(this.#json(existing));
          const rec = {
            namespace: params.namespace,
            taskId: input.taskId,
            rank: input.rank,
            data: input.data,
            expires: new Date(input.expires).toJSON(),
          };
          await this.#entries.put(params.namespace, rec);
          return reply(this.#json(rec));
        },
      },
    ];
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvaW5kZXgudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgaW5kZXggc2VydmljZSBvZiBsb2NhbHRjIChgL2FwaS9pbmRleC92MWApOiBgaW5zZXJ0VGFza2AgKGhpZ2hlc3RcbiAqIHJhbmsgd2lucywgdGllcyBnbyB0byB0aGUgbmV3ZXIgaW5zZXJ0KSBhbmQgYGZpbmRUYXNrYC5cbiAqL1xuaW1wb3J0IHsgdHlwZSBFbmRwb2ludCwgcmVwbHksIHJlcG9ydEVycm9yIH0gZnJvbSBcIi4vYXBpLnRzXCI7XG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb24sIFJlY29yZENoZWNrLCBTdG9yZSB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5cbi8qKiBBIHN0b3JlZCBpbmRleCBlbnRyeSwga2V5ZWQgYnkgaXRzIGZ1bGwgbmFtZXNwYWNlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBJbmRleGVkVGFza1JlY29yZCB7XG4gIG5hbWVzcGFjZTogc3RyaW5nO1xuICB0YXNrSWQ6IHN0cmluZztcbiAgcmFuazogbnVtYmVyO1xuICBkYXRhOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgZXhwaXJlczogc3RyaW5nO1xufVxuXG4vKiogU2hhcGUgY2hlY2sgb2Ygc3RvcmVkIGluZGV4IGVudHJpZXMuICovXG5leHBvcnQgY29uc3QgY2hlY2tJbmRleGVkVGFzazogUmVjb3JkQ2hlY2sgPSAodikgPT4ge1xuICBjb25zdCByID0gdiBhcyBJbmRleGVkVGFza1JlY29yZDtcbiAgaWYgKHR5cGVvZiB2ICE9PSBcIm9iamVjdFwiIHx8IHYgPT09IG51bGwpIHJldHVybiBcImluZGV4IHJlY29yZCBpcyBub3QgYW4gb2JqZWN0XCI7XG4gIGlmIChcbiAgICB0eXBlb2Ygci5uYW1lc3BhY2UgIT09IFwic3RyaW5nXCIgfHwgdHlwZW9mIHIudGFza0lkICE9PSBcInN0cmluZ1wiIHx8IHR5cGVvZiByLnJhbmsgIT09IFwibnVtYmVyXCJcbiAgKSB7XG4gICAgcmV0dXJuIFwiaW5kZXggcmVjb3JkIGxhY2tzIG5hbWVzcGFjZS90YXNrSWQvcmFua1wiO1xuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59O1xuXG5jb25zdCBOQU1FU1BBQ0UgPSAvXihbYS16QS1aMC05XyF+KicoKSUtXStcXC4pKlthLXpBLVowLTlfIX4qJygpJS1dKyQvO1xuY29uc3QgU0xVR0lEID0gXCJeW0EtWmEtejAtOV8tXXs4fVtRLVRdW0EtWmEtejAtOV8tXVtDR0tPU1dhZWltcXV5MjYtXVtBLVphLXowLTlfLV17MTB9W0FRZ3ddJFwiO1xuXG4vKiogVGhlIGluZGV4IHNlcnZpY2UuICovXG5leHBvcnQgY2xhc3MgSW5kZXhTZXJ2aWNlIHtcbiAgcmVhZG9ubHkgI2VudHJpZXM6IENvbGxlY3Rpb248SW5kZXhlZFRhc2tSZWNvcmQ+O1xuICByZWFkb25seSAjbm93OiAoKSA9PiBudW1iZXI7XG5cbiAgY29uc3RydWN0b3Ioc3RvcmU6IFN0b3JlLCBub3c6ICgpID0+IG51bWJlcikge1xuICAgIHRoaXMuI2VudHJpZXMgPSBzdG9yZS5jb2xsZWN0aW9uPEluZGV4ZWRUYXNrUmVjb3JkPihcImluZGV4XCIpO1xuICAgIHRoaXMuI25vdyA9IG5vdztcbiAgfVxuXG4gICNqc29uKHI6IEluZGV4ZWRUYXNrUmVjb3JkKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIG5hbWVzcGFjZTogci5uYW1lc3BhY2UsXG4gICAgICB0YXNrSWQ6IHIudGFza0lkLFxuICAgICAgcmFuazogci5yYW5rLFxuICAgICAgZGF0YTogci5kYXRhLFxuICAgICAgZXhwaXJlczogci5leHBpcmVzLFxuICAgIH07XG4gIH1cblxuICAvKiogVGhlIGluZGV4IHNlcnZpY2UncyBBUEkgbWV0aG9kcy4gKi9cbiAgZW5kcG9pbnRzKCk6IEVuZHBvaW50W10ge1xuICAgIHJldHVybiBbXG4gICAgICB7XG4gICAgICAgIG1ldGhvZDogXCJnZXRcIixcbiAgICAgICAgcm91dGU6IFwiL3Rhc2svOmluZGV4UGF0aFwiLFxuICAgICAgICBuYW1lOiBcImZpbmRUYXNrXCIsXG4gICAgICAgIHNjb3BlczogXCJpbmRleDpmaW5kLXRhc2s6PGluZGV4UGF0aD5cIixcbiAgICAgICAgcGFyYW1zOiB7IGluZGV4UGF0aDogTkFNRVNQQUNFIH0sXG4gICAgICAgIGhhbmRsZXI6ICh7IHBhcmFtcyB9KSA9PiB7XG4gICAgICAgICAgY29uc3QgciA9IHRoaXMuI2VudHJpZXMuZ2V0KHBhcmFtcy5pbmRleFBhdGgpO1xuICAgICAgICAgIGlmICghciB8fCBEYXRlLnBhcnNlKHIuZXhwaXJlcykgPD0gdGhpcy4jbm93KCkpIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFwiUmVzb3VyY2VOb3RGb3VuZFwiLCBcIkluZGV4ZWQgdGFzayBub3QgZm91bmRcIiwge30pO1xuICAgICAgICAgIH1cbiAgICAgICAgICByZXR1cm4gcmVwbHkodGhpcy4janNvbihyKSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwicHV0XCIsXG4gICAgICAgIHJvdXRlOiBcIi90YXNrLzpuYW1lc3BhY2VcIixcbiAgICAgICAgbmFtZTogXCJpbnNlcnRUYXNrXCIsXG4gICAgICAgIHNjb3BlczogXCJpbmRleDppbnNlcnQtdGFzazo8bmFtZXNwYWNlPlwiLFxuICAgICAgICBwYXJhbXM6IHsgbmFtZXNwYWNlOiBOQU1FU1BBQ0UgfSxcbiAgICAgICAgaW5wdXQ6IHtcbiAgICAgICAgICB0eXBlOiBcIm9iamVjdFwiLFxuICAgICAgICAgIHByb3BlcnRpZXM6IHtcbiAgICAgICAgICAgIHRhc2tJZDogeyB0eXBlOiBcInN0cmluZ1wiLCBwYXR0ZXJuOiBTTFVHSUQgfSxcbiAgICAgICAgICAgIHJhbms6IHsgdHlwZTogXCJudW1iZXJcIiB9LFxuICAgICAgICAgICAgZGF0YTogeyB0eXBlOiBcIm9iamVjdFwiIH0sXG4gICAgICAgICAgICBleHBpcmVzOiB7IHR5cGU6IFwic3RyaW5nXCIsIGZvcm1hdDogXCJkYXRlLXRpbWVcIiB9LFxuICAgICAgICAgIH0sXG4gICAgICAgICAgYWRkaXRpb25hbFByb3BlcnRpZXM6IGZhbHNlLFxuICAgICAgICAgIHJlcXVpcmVkOiBbXCJ0YXNrSWRcIiwgXCJyYW5rXCIsIFwiZGF0YVwiLCBcImV4cGlyZXNcIl0sXG4gICAgICAgIH0sXG4gICAgICAgIGhhbmRsZXI6IGFzeW5jICh7IHBhcmFtcywgYm9keSB9KSA9PiB7XG4gICAgICAgICAgY29uc3QgaW5wdXQgPSBib2R5IGFzIHtcbiAgICAgICAgICAgIHRhc2tJZDogc3RyaW5nO1xuICAgICAgICAgICAgcmFuazogbnVtYmVyO1xuICAgICAgICAgICAgZGF0YTogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gICAgICAgICAgICBleHBpcmVzOiBzdHJpbmc7XG4gICAgICAgICAgfTtcbiAgICAgICAgICBjb25zdCBleGlzdGluZyA9IHRoaXMuI2VudHJpZXMuZ2V0KHBhcmFtcy5uYW1lc3BhY2UpO1xuICAgICAgICAgIGNvbnN0IGxpdmUgPSBleGlzdGluZyAmJiBEYXRlLnBhcnNlKGV4aXN0aW5nLmV4cGlyZXMpID4gdGhpcy4jbm93KCk7XG4gICAgICAgICAgaWYgKGxpdmUgJiYgZXhpc3RpbmcucmFuayA+IGlucHV0LnJhbmspIHJldHVybiByZXBseSh0aGlzLiNqc29uKGV4aXN0aW5nKSk7XG4gICAgICAgICAgY29uc3QgcmVjOiBJbmRleGVkVGFza1JlY29yZCA9IHtcbiAgICAgICAgICAgIG5hbWVzcGFjZTogcGFyYW1zLm5hbWVzcGFjZSxcbiAgICAgICAgICAgIHRhc2tJZDogaW5wdXQudGFza0lkLFxuICAgICAgICAgICAgcmFuazogaW5wdXQucmFuayxcbiAgICAgICAgICAgIGRhdGE6IGlucHV0LmRhdGEsXG4gICAgICAgICAgICBleHBpcmVzOiBuZXcgRGF0ZShpbnB1dC5leHBpcmVzKS50b0pTT04oKSxcbiAgICAgICAgICB9O1xuICAgICAgICAgIGF3YWl0IHRoaXMuI2VudHJpZXMucHV0KHBhcmFtcy5uYW1lc3BhY2UsIHJlYyk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHRoaXMuI2pzb24ocmVjKSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgIF07XG4gIH1cbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7O0NBR0MsR0FDRCxTQUF3QixLQUFLLEVBQUUsV0FBVyxRQUFRLFdBQVc7QUFZN0QseUNBQXlDLEdBQ3pDLE9BQU8sTUFBTSxtQkFBZ0MsQ0FBQztFQUM1QyxNQUFNLElBQUk7RUFDVixJQUFJLE9BQU8sTUFBTSxZQUFZLE1BQU0sTUFBTSxPQUFPO0VBQ2hELElBQ0UsT0FBTyxFQUFFLFNBQVMsS0FBSyxZQUFZLE9BQU8sRUFBRSxNQUFNLEtBQUssWUFBWSxPQUFPLEVBQUUsSUFBSSxLQUFLLFVBQ3JGO0lBQ0EsT0FBTztFQUNUO0VBQ0EsT0FBTztBQUNULEVBQUU7QUFFRixNQUFNLFlBQVk7QUFDbEIsTUFBTSxTQUFTO0FBRWYsdUJBQXVCLEdBQ3ZCLE9BQU8sTUFBTTtFQUNGLENBQUEsT0FBUSxDQUFnQztFQUN4QyxDQUFBLEdBQUksQ0FBZTtFQUU1QixZQUFZLEtBQVksRUFBRSxHQUFpQixDQUFFO0lBQzNDLElBQUksQ0FBQyxDQUFBLE9BQVEsR0FBRyxNQUFNLFVBQVUsQ0FBb0I7SUFDcEQsSUFBSSxDQUFDLENBQUEsR0FBSSxHQUFHO0VBQ2Q7RUFFQSxDQUFBLElBQUssQ0FBQyxDQUFvQjtJQUN4QixPQUFPO01BQ0wsV0FBVyxFQUFFLFNBQVM7TUFDdEIsUUFBUSxFQUFFLE1BQU07TUFDaEIsTUFBTSxFQUFFLElBQUk7TUFDWixNQUFNLEVBQUUsSUFBSTtNQUNaLFNBQVMsRUFBRSxPQUFPO0lBQ3BCO0VBQ0Y7RUFFQSxxQ0FBcUMsR0FDckMsWUFBd0I7SUFDdEIsT0FBTztNQUNMO1FBQ0UsUUFBUTtRQUNSLE9BQU87UUFDUCxNQUFNO1FBQ04sUUFBUTtRQUNSLFFBQVE7VUFBRSxXQUFXO1FBQVU7UUFDL0IsU0FBUyxDQUFDLEVBQUUsTUFBTSxFQUFFO1VBQ2xCLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLE9BQU8sU0FBUztVQUM1QyxJQUFJLENBQUMsS0FBSyxLQUFLLEtBQUssQ0FBQyxFQUFFLE9BQU8sS0FBSyxJQUFJLENBQUMsQ0FBQSxHQUFJLElBQUk7WUFDOUMsWUFBWSxvQkFBb0IsMEJBQTBCLENBQUM7VUFDN0Q7VUFDQSxPQUFPLE1BQU0sSUFBSSxDQUFDLENBQUEsSUFBSyxDQUFDO1FBQzFCO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7UUFDUixRQUFRO1VBQUUsV0FBVztRQUFVO1FBQy9CLE9BQU87VUFDTCxNQUFNO1VBQ04sWUFBWTtZQUNWLFFBQVE7Y0FBRSxNQUFNO2NBQVUsU0FBUztZQUFPO1lBQzFDLE1BQU07Y0FBRSxNQUFNO1lBQVM7WUFDdkIsTUFBTTtjQUFFLE1BQU07WUFBUztZQUN2QixTQUFTO2NBQUUsTUFBTTtjQUFVLFFBQVE7WUFBWTtVQUNqRDtVQUNBLHNCQUFzQjtVQUN0QixVQUFVO1lBQUM7WUFBVTtZQUFRO1lBQVE7V0FBVTtRQUNqRDtRQUNBLFNBQVMsT0FBTyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUU7VUFDOUIsTUFBTSxRQUFRO1VBTWQsTUFBTSxXQUFXLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsT0FBTyxTQUFTO1VBQ25ELE1BQU0sT0FBTyxZQUFZLEtBQUssS0FBSyxDQUFDLFNBQVMsT0FBTyxJQUFJLElBQUksQ0FBQyxDQUFBLEdBQUk7VUFDakUsSUFBSSxRQUFRLFNBQVMsSUFBSSxHQUFHLE1BQU0sSUFBSSxFQUFFLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUM7VUFDaEUsTUFBTSxNQUF5QjtZQUM3QixXQUFXLE9BQU8sU0FBUztZQUMzQixRQUFRLE1BQU0sTUFBTTtZQUNwQixNQUFNLE1BQU0sSUFBSTtZQUNoQixNQUFNLE1BQU0sSUFBSTtZQUNoQixTQUFTLElBQUksS0FBSyxNQUFNLE9BQU8sRUFBRSxNQUFNO1VBQ3pDO1VBQ0EsTUFBTSxJQUFJLENBQUMsQ0FBQSxPQUFRLENBQUMsR0FBRyxDQUFDLE9BQU8sU0FBUyxFQUFFO1VBQzFDLE9BQU8sTUFBTSxJQUFJLENBQUMsQ0FBQSxJQUFLLENBQUM7UUFDMUI7TUFDRjtLQUNEO0VBQ0g7QUFDRiJ9
// denoCacheMetadata=11364167602725200895,2207405255602916554
