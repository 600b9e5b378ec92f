/**
 * Errors of the Taskcluster clients. An HTTP error reply (4xx, or 5xx once
 * retries are spent) is a `TaskclusterApiError` carrying the status and the
 * Taskcluster error `code`; a request that never got a reply (connection
 * refused or dropped, timeout) is a `TaskclusterNetworkError`. Callers
 * branch on the class and `statusCode`, never on message text.
 */ /** An HTTP error reply from a Taskcluster service (or from a URL the clients fetch). */ export class TaskclusterApiError
  extends Error {
  /** HTTP status. */ statusCode;
  /** Taskcluster error code from the JSON body (`ResourceNotFound`, ...), else `HTTPError`. */ code;
  /** The parsed JSON body, or the body text when it is not JSON. */ body;
  /** HTTP method of the request. */ method;
  /** URL of the request (without any bewit). */ url;
  constructor(opts) {
    super(opts.message);
    this.name = "TaskclusterApiError";
    this.statusCode = opts.statusCode;
    this.code = opts.code;
    this.body = opts.body;
    this.method = opts.method;
    this.url = opts.url;
  }
}
/** A request that got no HTTP reply: connection refused/reset/dropped, DNS, TLS, or timeout. */ export class TaskclusterNetworkError
  extends Error {
  /** HTTP method of the request. */ method;
  /** URL of the request (without any bewit). */ url;
  /** True when the request was given up because of the client's timeout. */ timedOut;
  constructor(opts) {
    const why = opts.cause instanceof Error ? opts.cause.message : String(opts.cause);
    super(`${opts.method} ${opts.url}: ${opts.timedOut ? "timed out" : why}`, {
      cause: opts.cause,
    });
    this.name = "TaskclusterNetworkError";
    this.method = opts.method;
    this.url = opts.url;
    this.timedOut = opts.timedOut ?? false;
  }
}
/** Builds the `TaskclusterApiError` of an HTTP error reply whose body text is `text`. */ export function apiErrorFromReply(
  method,
  url,
  status,
  statusText,
  contentType,
  text,
) {
  let body = text;
  let code = "HTTPError";
  let message = `${method} ${url}: HTTP ${status}${statusText ? ` ${statusText}` : ""}`;
  if (/json/i.test(contentType) || /^\s*[{[]/.test(text)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    const b = body;
    if (typeof b.code === "string" && b.code) code = b.code;
    if (typeof b.message === "string" && b.message) message = b.message;
  } else if (text.trim()) {
    message += `: ${text.trim().slice(0, 1000)}`;
  }
  return new TaskclusterApiError({
    statusCode: status,
    code,
    message,
    body,
    method,
    url,
  });
}
/** URL text safe for errors and logs: the query (signatures, bewits) replaced by `?<redacted>`. */ export function redactUrl(
  url,
) {
  const q = url.indexOf("?");
  return q < 0 ? url : `${url.slice(0, q)}?<redacted>`;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL3Rhc2tjbHVzdGVyL2Vycm9ycy50cyJdLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEVycm9ycyBvZiB0aGUgVGFza2NsdXN0ZXIgY2xpZW50cy4gQW4gSFRUUCBlcnJvciByZXBseSAoNHh4LCBvciA1eHggb25jZVxuICogcmV0cmllcyBhcmUgc3BlbnQpIGlzIGEgYFRhc2tjbHVzdGVyQXBpRXJyb3JgIGNhcnJ5aW5nIHRoZSBzdGF0dXMgYW5kIHRoZVxuICogVGFza2NsdXN0ZXIgZXJyb3IgYGNvZGVgOyBhIHJlcXVlc3QgdGhhdCBuZXZlciBnb3QgYSByZXBseSAoY29ubmVjdGlvblxuICogcmVmdXNlZCBvciBkcm9wcGVkLCB0aW1lb3V0KSBpcyBhIGBUYXNrY2x1c3Rlck5ldHdvcmtFcnJvcmAuIENhbGxlcnNcbiAqIGJyYW5jaCBvbiB0aGUgY2xhc3MgYW5kIGBzdGF0dXNDb2RlYCwgbmV2ZXIgb24gbWVzc2FnZSB0ZXh0LlxuICovXG5cbi8qKiBBbiBIVFRQIGVycm9yIHJlcGx5IGZyb20gYSBUYXNrY2x1c3RlciBzZXJ2aWNlIChvciBmcm9tIGEgVVJMIHRoZSBjbGllbnRzIGZldGNoKS4gKi9cbmV4cG9ydCBjbGFzcyBUYXNrY2x1c3RlckFwaUVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICAvKiogSFRUUCBzdGF0dXMuICovXG4gIHJlYWRvbmx5IHN0YXR1c0NvZGU6IG51bWJlcjtcbiAgLyoqIFRhc2tjbHVzdGVyIGVycm9yIGNvZGUgZnJvbSB0aGUgSlNPTiBib2R5IChgUmVzb3VyY2VOb3RGb3VuZGAsIC4uLiksIGVsc2UgYEhUVFBFcnJvcmAuICovXG4gIHJlYWRvbmx5IGNvZGU6IHN0cmluZztcbiAgLyoqIFRoZSBwYXJzZWQgSlNPTiBib2R5LCBvciB0aGUgYm9keSB0ZXh0IHdoZW4gaXQgaXMgbm90IEpTT04uICovXG4gIHJlYWRvbmx5IGJvZHk6IHVua25vd247XG4gIC8qKiBIVFRQIG1ldGhvZCBvZiB0aGUgcmVxdWVzdC4gKi9cbiAgcmVhZG9ubHkgbWV0aG9kOiBzdHJpbmc7XG4gIC8qKiBVUkwgb2YgdGhlIHJlcXVlc3QgKHdpdGhvdXQgYW55IGJld2l0KS4gKi9cbiAgcmVhZG9ubHkgdXJsOiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3Iob3B0czoge1xuICAgIHN0YXR1c0NvZGU6IG51bWJlcjtcbiAgICBjb2RlOiBzdHJpbmc7XG4gICAgbWVzc2FnZTogc3RyaW5nO1xuICAgIGJvZHk6IHVua25vd247XG4gICAgbWV0aG9kOiBzdHJpbmc7XG4gICAgdXJsOiBzdHJpbmc7XG4gIH0pIHtcbiAgICBzdXBlcihvcHRzLm1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9IFwiVGFza2NsdXN0ZXJBcGlFcnJvclwiO1xuICAgIHRoaXMuc3RhdHVzQ29kZSA9IG9wdHMuc3RhdHVzQ29kZTtcbiAgICB0aGlzLmNvZGUgPSBvcHRzLmNvZGU7XG4gICAgdGhpcy5ib2R5ID0gb3B0cy5ib2R5O1xuICAgIHRoaXMubWV0aG9kID0gb3B0cy5tZXRob2Q7XG4gICAgdGhpcy51cmwgPSBvcHRzLnVybDtcbiAgfVxufVxuXG4vKiogQSByZXF1ZXN0IHRoYXQgZ290IG5vIEhUVFAgcmVwbHk6IGNvbm5lY3Rpb24gcmVmdXNlZC9yZXNldC9kcm9wcGVkLCBETlMsIFRMUywgb3IgdGltZW91dC4gKi9cbmV4cG9ydCBjbGFzcyBUYXNrY2x1c3Rlck5ldHdvcmtFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgLyoqIEhUVFAgbWV0aG9kIG9mIHRoZSByZXF1ZXN0LiAqL1xuICByZWFkb25seSBtZXRob2Q6IHN0cmluZztcbiAgLyoqIFVSTCBvZiB0aGUgcmVxdWVzdCAod2l0aG91dCBhbnkgYmV3aXQpLiAqL1xuICByZWFkb25seSB1cmw6IHN0cmluZztcbiAgLyoqIFRydWUgd2hlbiB0aGUgcmVxdWVzdCB3YXMgZ2l2ZW4gdXAgYmVjYXVzZSBvZiB0aGUgY2xpZW50J3MgdGltZW91dC4gKi9cbiAgcmVhZG9ubHkgdGltZWRPdXQ6IGJvb2xlYW47XG5cbiAgY29uc3RydWN0b3Iob3B0czoge1xuICAgIG1ldGhvZDogc3RyaW5nO1xuICAgIHVybDogc3RyaW5nO1xuICAgIGNhdXNlOiB1bmtub3duO1xuICAgIHRpbWVkT3V0PzogYm9vbGVhbjtcbiAgfSkge1xuICAgIGNvbnN0IHdoeSA9IG9wdHMuY2F1c2UgaW5zdGFuY2VvZiBFcnJvciA/IG9wdHMuY2F1c2UubWVzc2FnZSA6IFN0cmluZyhvcHRzLmNhdXNlKTtcbiAgICBzdXBlcihgJHtvcHRzLm1ldGhvZH0gJHtvcHRzLnVybH06ICR7b3B0cy50aW1lZE91dCA/IFwidGltZWQgb3V0XCIgOiB3aHl9YCwge1xuICAgICAgY2F1c2U6IG9wdHMuY2F1c2UsXG4gICAgfSk7XG4gICAgdGhpcy5uYW1lID0gXCJUYXNrY2x1c3Rlck5ldHdvcmtFcnJvclwiO1xuICAgIHRoaXMubWV0aG9kID0gb3B0cy5tZXRob2Q7XG4gICAgdGhpcy51cmwgPSBvcHRzLnVybDtcbiAgICB0aGlzLnRpbWVkT3V0ID0gb3B0cy50aW1lZE91dCA/PyBmYWxzZTtcbiAgfVxufVxuXG4vKiogQnVpbGRzIHRoZSBgVGFza2NsdXN0ZXJBcGlFcnJvcmAgb2YgYW4gSFRUUCBlcnJvciByZXBseSB3aG9zZSBib2R5IHRleHQgaXMgYHRleHRgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFwaUVycm9yRnJvbVJlcGx5KFxuICBtZXRob2Q6IHN0cmluZyxcbiAgdXJsOiBzdHJpbmcsXG4gIHN0YXR1czogbnVtYmVyLFxuICBzdGF0dXNUZXh0OiBzdHJpbmcsXG4gIGNvbnRlbnRUeXBlOiBzdHJpbmcsXG4gIHRleHQ6IHN0cmluZyxcbik6IFRhc2tjbHVzdGVyQXBpRXJyb3Ige1xuICBsZXQgYm9keTogdW5rbm93biA9IHRleHQ7XG4gIGxldCBjb2RlID0gXCJIVFRQRXJyb3JcIjtcbiAgbGV0IG1lc3NhZ2UgPSBgJHttZXRob2R9ICR7dXJsfTogSFRUUCAke3N0YXR1c30ke3N0YXR1c1RleHQgPyBgICR7c3RhdHVzVGV4dH1gIDogXCJcIn1gO1xuICBpZiAoL2pzb24vaS50ZXN0KGNvbnRlbnRUeXBlKSB8fCAvXlxccypbe1tdLy50ZXN0KHRleHQpKSB7XG4gICAgdHJ5IHtcbiAgICAgIGJvZHkgPSBKU09OLnBhcnNlKHRleHQpO1xuICAgIH0gY2F0Y2gge1xuICAgICAgYm9keSA9IHRleHQ7XG4gICAgfVxuICB9XG4gIGlmICh0eXBlb2YgYm9keSA9PT0gXCJvYmplY3RcIiAmJiBib2R5ICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KGJvZHkpKSB7XG4gICAgY29uc3QgYiA9IGJvZHkgYXMgeyBjb2RlPzogdW5rbm93bjsgbWVzc2FnZT86IHVua25vd24gfTtcbiAgICBpZiAodHlwZW9mIGIuY29kZSA9PT0gXCJzdHJpbmdcIiAmJiBiLmNvZGUpIGNvZGUgPSBiLmNvZGU7XG4gICAgaWYgKHR5cGVvZiBiLm1lc3NhZ2UgPT09IFwic3RyaW5nXCIgJiYgYi5tZXNzYWdlKSBtZXNzYWdlID0gYi5tZXNzYWdlO1xuICB9IGVsc2UgaWYgKHRleHQudHJpbSgpKSB7XG4gICAgbWVzc2FnZSArPSBgOiAke3RleHQudHJpbSgpLnNsaWNlKDAsIDEwMDApfWA7XG4gIH1cbiAgcmV0dXJuIG5ldyBUYXNrY2x1c3RlckFwaUVycm9yKHsgc3RhdHVzQ29kZTogc3RhdHVzLCBjb2RlLCBtZXNzYWdlLCBib2R5LCBtZXRob2QsIHVybCB9KTtcbn1cblxuLyoqIFVSTCB0ZXh0IHNhZmUgZm9yIGVycm9ycyBhbmQgbG9nczogdGhlIHF1ZXJ5IChzaWduYXR1cmVzLCBiZXdpdHMpIHJlcGxhY2VkIGJ5IGA/PHJlZGFjdGVkPmAuICovXG5leHBvcnQgZnVuY3Rpb24gcmVkYWN0VXJsKHVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcSA9IHVybC5pbmRleE9mKFwiP1wiKTtcbiAgcmV0dXJuIHEgPCAwID8gdXJsIDogYCR7dXJsLnNsaWNlKDAsIHEpfT88cmVkYWN0ZWQ+YDtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQTs7Ozs7O0NBTUMsR0FFRCxzRkFBc0YsR0FDdEYsT0FBTyxNQUFNLDRCQUE0QjtFQUN2QyxpQkFBaUIsR0FDakIsQUFBUyxXQUFtQjtFQUM1QiwyRkFBMkYsR0FDM0YsQUFBUyxLQUFhO0VBQ3RCLGdFQUFnRSxHQUNoRSxBQUFTLEtBQWM7RUFDdkIsZ0NBQWdDLEdBQ2hDLEFBQVMsT0FBZTtFQUN4Qiw0Q0FBNEMsR0FDNUMsQUFBUyxJQUFZO0VBRXJCLFlBQVksSUFPWCxDQUFFO0lBQ0QsS0FBSyxDQUFDLEtBQUssT0FBTztJQUNsQixJQUFJLENBQUMsSUFBSSxHQUFHO0lBQ1osSUFBSSxDQUFDLFVBQVUsR0FBRyxLQUFLLFVBQVU7SUFDakMsSUFBSSxDQUFDLElBQUksR0FBRyxLQUFLLElBQUk7SUFDckIsSUFBSSxDQUFDLElBQUksR0FBRyxLQUFLLElBQUk7SUFDckIsSUFBSSxDQUFDLE1BQU0sR0FBRyxLQUFLLE1BQU07SUFDekIsSUFBSSxDQUFDLEdBQUcsR0FBRyxLQUFLLEdBQUc7RUFDckI7QUFDRjtBQUVBLDhGQUE4RixHQUM5RixPQUFPLE1BQU0sZ0NBQWdDO0VBQzNDLGdDQUFnQyxHQUNoQyxBQUFTLE9BQWU7RUFDeEIsNENBQTRDLEdBQzVDLEFBQVMsSUFBWTtFQUNyQix3RUFBd0UsR0FDeEUsQUFBUyxTQUFrQjtFQUUzQixZQUFZLElBS1gsQ0FBRTtJQUNELE1BQU0sTUFBTSxLQUFLLEtBQUssWUFBWSxRQUFRLEtBQUssS0FBSyxDQUFDLE9BQU8sR0FBRyxPQUFPLEtBQUssS0FBSztJQUNoRixLQUFLLENBQUMsR0FBRyxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsS0FBSyxHQUFHLENBQUMsRUFBRSxFQUFFLEtBQUssUUFBUSxHQUFHLGNBQWMsS0FBSyxFQUFFO01BQ3hFLE9BQU8sS0FBSyxLQUFLO0lBQ25CO0lBQ0EsSUFBSSxDQUFDLElBQUksR0FBRztJQUNaLElBQUksQ0FBQyxNQUFNLEdBQUcsS0FBSyxNQUFNO0lBQ3pCLElBQUksQ0FBQyxHQUFHLEdBQUcsS0FBSyxHQUFHO0lBQ25CLElBQUksQ0FBQyxRQUFRLEdBQUcsS0FBSyxRQUFRLElBQUk7RUFDbkM7QUFDRjtBQUVBLHVGQUF1RixHQUN2RixPQUFPLFNBQVMsa0JBQ2QsTUFBYyxFQUNkLEdBQVcsRUFDWCxNQUFjLEVBQ2QsVUFBa0IsRUFDbEIsV0FBbUIsRUFDbkIsSUFBWTtFQUVaLElBQUksT0FBZ0I7RUFDcEIsSUFBSSxPQUFPO0VBQ1gsSUFBSSxVQUFVLEdBQUcsT0FBTyxDQUFDLEVBQUUsSUFBSSxPQUFPLEVBQUUsU0FBUyxhQUFhLENBQUMsQ0FBQyxFQUFFLFlBQVksR0FBRyxJQUFJO0VBQ3JGLElBQUksUUFBUSxJQUFJLENBQUMsZ0JBQWdCLFdBQVcsSUFBSSxDQUFDLE9BQU87SUFDdEQsSUFBSTtNQUNGLE9BQU8sS0FBSyxLQUFLLENBQUM7SUFDcEIsRUFBRSxPQUFNO01BQ04sT0FBTztJQUNUO0VBQ0Y7RUFDQSxJQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsUUFBUSxDQUFDLE1BQU0sT0FBTyxDQUFDLE9BQU87SUFDckUsTUFBTSxJQUFJO0lBQ1YsSUFBSSxPQUFPLEVBQUUsSUFBSSxLQUFLLFlBQVksRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLElBQUk7SUFDdkQsSUFBSSxPQUFPLEVBQUUsT0FBTyxLQUFLLFlBQVksRUFBRSxPQUFPLEVBQUUsVUFBVSxFQUFFLE9BQU87RUFDckUsT0FBTyxJQUFJLEtBQUssSUFBSSxJQUFJO0lBQ3RCLFdBQVcsQ0FBQyxFQUFFLEVBQUUsS0FBSyxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUcsT0FBTztFQUM5QztFQUNBLE9BQU8sSUFBSSxvQkFBb0I7SUFBRSxZQUFZO0lBQVE7SUFBTTtJQUFTO0lBQU07SUFBUTtFQUFJO0FBQ3hGO0FBRUEsaUdBQWlHLEdBQ2pHLE9BQU8sU0FBUyxVQUFVLEdBQVc7RUFDbkMsTUFBTSxJQUFJLElBQUksT0FBTyxDQUFDO0VBQ3RCLE9BQU8sSUFBSSxJQUFJLE1BQU0sR0FBRyxJQUFJLEtBQUssQ0FBQyxHQUFHLEdBQUcsV0FBVyxDQUFDO0FBQ3REIn0=
// denoCacheMetadata=10693612518533900410,2487802019337759937
