/**
 * The secrets service of localtc (`/api/secrets/v1`): `set`, `get` (expired
 * secrets read as not found) and `remove`.
 */
import { reply, reportError } from "./api.ts";
/** Shape check of stored secrets. */ export const checkSecret = (v) => {
  const r = v;
  if (typeof v !== "object" || v === null) return "secret record is not an object";
  if (typeof r.name !== "string" || typeof r.expires !== "string" || typeof r.secret !== "object") {
    return "secret record lacks name/secret/expires";
  }
  return undefined;
};
/** The secrets service. */ export class SecretsService {
  #secrets;
  #now;
  constructor(store, now) {
    this.#secrets = store.collection("secrets");
    this.#now = now;
  }
  /** The secrets service's API methods. */ endpoints() {
    return [
      {
        method: "put",
        route: "/secret/:name{.+}",
        name: "set",
        scopes: "secrets:set:<name>",
        input: {
          type: "object",
          properties: {
            secret: {
              type: "object",
            },
            expires: {
              type: "string",
              format: "date-time",
            },
          },
          additionalProperties: false,
          required: [
            "secret",
            "expires",
          ],
        },
        handler: async ({ params, body }) => {
          const { secret, expires } = body;
          await this.#secrets.put(params.name, {
            name: params.name,
            secret,
            expires: new Date(expires).toJSON(),
          });
          return reply({});
        },
      },
      {
        method: "get",
        route: "/secret/:name{.+}",
        name: "get",
        scopes: "secrets:get:<name>",
        handler: ({ params }) => {
          const r = this.#secrets.get(params.name);
          if (!r || Date.parse(r.expires) <= this.#now()) {
            reportError("ResourceNotFound", "Secret not found", {});
          }
          return reply({
            secret: r.secret,
            expires: r.expires,
          });
        },
      },
      {
        method: "delete",
        route: "/secret/:name{.+}",
        name: "remove",
        scopes: "secrets:set:<name>",
        handler: async ({ params }) => {
          await this.#secrets.delete(params.name);
          return reply({});
        },
      },
    ];
  }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvc2VjcmV0cy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBzZWNyZXRzIHNlcnZpY2Ugb2YgbG9jYWx0YyAoYC9hcGkvc2VjcmV0cy92MWApOiBgc2V0YCwgYGdldGAgKGV4cGlyZWRcbiAqIHNlY3JldHMgcmVhZCBhcyBub3QgZm91bmQpIGFuZCBgcmVtb3ZlYC5cbiAqL1xuaW1wb3J0IHsgdHlwZSBFbmRwb2ludCwgcmVwbHksIHJlcG9ydEVycm9yIH0gZnJvbSBcIi4vYXBpLnRzXCI7XG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb24sIFJlY29yZENoZWNrLCBTdG9yZSB9IGZyb20gXCIuL3N0b3JlLnRzXCI7XG5cbi8qKiBBIHN0b3JlZCBzZWNyZXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFNlY3JldFJlY29yZCB7XG4gIG5hbWU6IHN0cmluZztcbiAgc2VjcmV0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgZXhwaXJlczogc3RyaW5nO1xufVxuXG4vKiogU2hhcGUgY2hlY2sgb2Ygc3RvcmVkIHNlY3JldHMuICovXG5leHBvcnQgY29uc3QgY2hlY2tTZWNyZXQ6IFJlY29yZENoZWNrID0gKHYpID0+IHtcbiAgY29uc3QgciA9IHYgYXMgU2VjcmV0UmVjb3JkO1xuICBpZiAodHlwZW9mIHYgIT09IFwib2JqZWN0XCIgfHwgdiA9PT0gbnVsbCkgcmV0dXJuIFwic2VjcmV0IHJlY29yZCBpcyBub3QgYW4gb2JqZWN0XCI7XG4gIGlmICh0eXBlb2Ygci5uYW1lICE9PSBcInN0cmluZ1wiIHx8IHR5cGVvZiByLmV4cGlyZXMgIT09IFwic3RyaW5nXCIgfHwgdHlwZW9mIHIuc2VjcmV0ICE9PSBcIm9iamVjdFwiKSB7XG4gICAgcmV0dXJuIFwic2VjcmV0IHJlY29yZCBsYWNrcyBuYW1lL3NlY3JldC9leHBpcmVzXCI7XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn07XG5cbi8qKiBUaGUgc2VjcmV0cyBzZXJ2aWNlLiAqL1xuZXhwb3J0IGNsYXNzIFNlY3JldHNTZXJ2aWNlIHtcbiAgcmVhZG9ubHkgI3NlY3JldHM6IENvbGxlY3Rpb248U2VjcmV0UmVjb3JkPjtcbiAgcmVhZG9ubHkgI25vdzogKCkgPT4gbnVtYmVyO1xuXG4gIGNvbnN0cnVjdG9yKHN0b3JlOiBTdG9yZSwgbm93OiAoKSA9PiBudW1iZXIpIHtcbiAgICB0aGlzLiNzZWNyZXRzID0gc3RvcmUuY29sbGVjdGlvbjxTZWNyZXRSZWNvcmQ+KFwic2VjcmV0c1wiKTtcbiAgICB0aGlzLiNub3cgPSBub3c7XG4gIH1cblxuICAvKiogVGhlIHNlY3JldHMgc2VydmljZSdzIEFQSSBtZXRob2RzLiAqL1xuICBlbmRwb2ludHMoKTogRW5kcG9pbnRbXSB7XG4gICAgcmV0dXJuIFtcbiAgICAgIHtcbiAgICAgICAgbWV0aG9kOiBcInB1dFwiLFxuICAgICAgICByb3V0ZTogXCIvc2VjcmV0LzpuYW1ley4rfVwiLFxuICAgICAgICBuYW1lOiBcInNldFwiLFxuICAgICAgICBzY29wZXM6IFwic2VjcmV0czpzZXQ6PG5hbWU+XCIsXG4gICAgICAgIGlucHV0OiB7XG4gICAgICAgICAgdHlwZTogXCJvYmplY3RcIixcbiAgICAgICAgICBwcm9wZXJ0aWVzOiB7XG4gICAgICAgICAgICBzZWNyZXQ6IHsgdHlwZTogXCJvYmplY3RcIiB9LFxuICAgICAgICAgICAgZXhwaXJlczogeyB0eXBlOiBcInN0cmluZ1wiLCBmb3JtYXQ6IFwiZGF0ZS10aW1lXCIgfSxcbiAgICAgICAgICB9LFxuICAgICAgICAgIGFkZGl0aW9uYWxQcm9wZXJ0aWVzOiBmYWxzZSxcbiAgICAgICAgICByZXF1aXJlZDogW1wic2VjcmV0XCIsIFwiZXhwaXJlc1wiXSxcbiAgICAgICAgfSxcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHsgcGFyYW1zLCBib2R5IH0pID0+IHtcbiAgICAgICAgICBjb25zdCB7IHNlY3JldCwgZXhwaXJlcyB9ID0gYm9keSBhcyB7IHNlY3JldDogUmVjb3JkPHN0cmluZywgdW5rbm93bj47IGV4cGlyZXM6IHN0cmluZyB9O1xuICAgICAgICAgIGF3YWl0IHRoaXMuI3NlY3JldHMucHV0KHBhcmFtcy5uYW1lLCB7XG4gICAgICAgICAgICBuYW1lOiBwYXJhbXMubmFtZSxcbiAgICAgICAgICAgIHNlY3JldCxcbiAgICAgICAgICAgIGV4cGlyZXM6IG5ldyBEYXRlKGV4cGlyZXMpLnRvSlNPTigpLFxuICAgICAgICAgIH0pO1xuICAgICAgICAgIHJldHVybiByZXBseSh7fSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZ2V0XCIsXG4gICAgICAgIHJvdXRlOiBcIi9zZWNyZXQvOm5hbWV7Lit9XCIsXG4gICAgICAgIG5hbWU6IFwiZ2V0XCIsXG4gICAgICAgIHNjb3BlczogXCJzZWNyZXRzOmdldDo8bmFtZT5cIixcbiAgICAgICAgaGFuZGxlcjogKHsgcGFyYW1zIH0pID0+IHtcbiAgICAgICAgICBjb25zdCByID0gdGhpcy4jc2VjcmV0cy5nZXQocGFyYW1zLm5hbWUpO1xuICAgICAgICAgIGlmICghciB8fCBEYXRlLnBhcnNlKHIuZXhwaXJlcykgPD0gdGhpcy4jbm93KCkpIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFwiUmVzb3VyY2VOb3RGb3VuZFwiLCBcIlNlY3JldCBub3QgZm91bmRcIiwge30pO1xuICAgICAgICAgIH1cbiAgICAgICAgICByZXR1cm4gcmVwbHkoeyBzZWNyZXQ6IHIuc2VjcmV0LCBleHBpcmVzOiByLmV4cGlyZXMgfSk7XG4gICAgICAgIH0sXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBtZXRob2Q6IFwiZGVsZXRlXCIsXG4gICAgICAgIHJvdXRlOiBcIi9zZWNyZXQvOm5hbWV7Lit9XCIsXG4gICAgICAgIG5hbWU6IFwicmVtb3ZlXCIsXG4gICAgICAgIHNjb3BlczogXCJzZWNyZXRzOnNldDo8bmFtZT5cIixcbiAgICAgICAgaGFuZGxlcjogYXN5bmMgKHsgcGFyYW1zIH0pID0+IHtcbiAgICAgICAgICBhd2FpdCB0aGlzLiNzZWNyZXRzLmRlbGV0ZShwYXJhbXMubmFtZSk7XG4gICAgICAgICAgcmV0dXJuIHJlcGx5KHt9KTtcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgXTtcbiAgfVxufVxuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBOzs7Q0FHQyxHQUNELFNBQXdCLEtBQUssRUFBRSxXQUFXLFFBQVEsV0FBVztBQVU3RCxtQ0FBbUMsR0FDbkMsT0FBTyxNQUFNLGNBQTJCLENBQUM7RUFDdkMsTUFBTSxJQUFJO0VBQ1YsSUFBSSxPQUFPLE1BQU0sWUFBWSxNQUFNLE1BQU0sT0FBTztFQUNoRCxJQUFJLE9BQU8sRUFBRSxJQUFJLEtBQUssWUFBWSxPQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksT0FBTyxFQUFFLE1BQU0sS0FBSyxVQUFVO0lBQy9GLE9BQU87RUFDVDtFQUNBLE9BQU87QUFDVCxFQUFFO0FBRUYseUJBQXlCLEdBQ3pCLE9BQU8sTUFBTTtFQUNGLENBQUEsT0FBUSxDQUEyQjtFQUNuQyxDQUFBLEdBQUksQ0FBZTtFQUU1QixZQUFZLEtBQVksRUFBRSxHQUFpQixDQUFFO0lBQzNDLElBQUksQ0FBQyxDQUFBLE9BQVEsR0FBRyxNQUFNLFVBQVUsQ0FBZTtJQUMvQyxJQUFJLENBQUMsQ0FBQSxHQUFJLEdBQUc7RUFDZDtFQUVBLHVDQUF1QyxHQUN2QyxZQUF3QjtJQUN0QixPQUFPO01BQ0w7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsT0FBTztVQUNMLE1BQU07VUFDTixZQUFZO1lBQ1YsUUFBUTtjQUFFLE1BQU07WUFBUztZQUN6QixTQUFTO2NBQUUsTUFBTTtjQUFVLFFBQVE7WUFBWTtVQUNqRDtVQUNBLHNCQUFzQjtVQUN0QixVQUFVO1lBQUM7WUFBVTtXQUFVO1FBQ2pDO1FBQ0EsU0FBUyxPQUFPLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRTtVQUM5QixNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHO1VBQzVCLE1BQU0sSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLEdBQUcsQ0FBQyxPQUFPLElBQUksRUFBRTtZQUNuQyxNQUFNLE9BQU8sSUFBSTtZQUNqQjtZQUNBLFNBQVMsSUFBSSxLQUFLLFNBQVMsTUFBTTtVQUNuQztVQUNBLE9BQU8sTUFBTSxDQUFDO1FBQ2hCO01BQ0Y7TUFDQTtRQUNFLFFBQVE7UUFDUixPQUFPO1FBQ1AsTUFBTTtRQUNOLFFBQVE7UUFDUixTQUFTLENBQUMsRUFBRSxNQUFNLEVBQUU7VUFDbEIsTUFBTSxJQUFJLElBQUksQ0FBQyxDQUFBLE9BQVEsQ0FBQyxHQUFHLENBQUMsT0FBTyxJQUFJO1VBQ3ZDLElBQUksQ0FBQyxLQUFLLEtBQUssS0FBSyxDQUFDLEVBQUUsT0FBTyxLQUFLLElBQUksQ0FBQyxDQUFBLEdBQUksSUFBSTtZQUM5QyxZQUFZLG9CQUFvQixvQkFBb0IsQ0FBQztVQUN2RDtVQUNBLE9BQU8sTUFBTTtZQUFFLFFBQVEsRUFBRSxNQUFNO1lBQUUsU0FBUyxFQUFFLE9BQU87VUFBQztRQUN0RDtNQUNGO01BQ0E7UUFDRSxRQUFRO1FBQ1IsT0FBTztRQUNQLE1BQU07UUFDTixRQUFRO1FBQ1IsU0FBUyxPQUFPLEVBQUUsTUFBTSxFQUFFO1VBQ3hCLE1BQU0sSUFBSSxDQUFDLENBQUEsT0FBUSxDQUFDLE1BQU0sQ0FBQyxPQUFPLElBQUk7VUFDdEMsT0FBTyxNQUFNLENBQUM7UUFDaEI7TUFDRjtLQUNEO0VBQ0g7QUFDRiJ9
// denoCacheMetadata=17779525629444508632,15853979926178055429
