/**
 * The request pipeline shared by every localtc service, shaped like
 * Taskcluster's lib-api: parse the JSON body, authenticate lazily (Hawk
 * header or bewit), authorize against the method's scope template (at once
 * when the URL parameters are enough, else when the handler calls
 * `authorize`), validate URL parameters and the input schema, run the
 * handler, and turn errors into Taskcluster's error body
 * `{code, message, requestInfo: {method, params, payload, time}}`.
 */
import hawk from "hawk";
import { Ajv } from "ajv";
import formatsPlugin from "ajv-formats";
import { renderTemplate, satisfies, templateParams, unsatisfied } from "./scope_expr.ts";
/** HTTP status of each Taskcluster error code. */ export const ERROR_CODES = {
  MalformedPayload: 400,
  InvalidRequestArguments: 400,
  InputValidationError: 400,
  InputError: 400,
  NoMatchingBackend: 400,
  AuthenticationFailed: 401,
  InsufficientScopes: 403,
  ResourceNotFound: 404,
  NoMatchingMethod: 406,
  RequestConflict: 409,
  ResourceExpired: 410,
  InputTooLarge: 413,
  InternalServerError: 500,
};
/** An error reply with a Taskcluster error code; `{{key}}` in the message is filled from details. */ export class ApiError
  extends Error {
  code;
  details;
  headers;
  constructor(code, message, details = {}, headers = {}) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
}
/** Throws an `ApiError` (for use as an expression). */ export function reportError(
  code,
  message,
  details = {},
) {
  throw new ApiError(code, message, details);
}
/** A JSON reply (or 204 with no body when `json` is undefined). */ export function reply(
  json,
  status = 200,
  headers = {},
) {
  const h = new Headers({
    "cache-control": "no-store no-cache must-revalidate",
    ...headers,
  });
  if (json === undefined) {
    return new Response(null, {
      status: status === 200 ? 204 : status,
      headers: h,
    });
  }
  h.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(json), {
    status,
    headers: h,
  });
}
const INPUT_LIMIT = 10 * 1024 * 1024;
let ajvInstance;
const validators = new WeakMap();
function validatorFor(schema) {
  const v = validators.get(schema);
  if (v === undefined) {
    ajvInstance ??= (() => {
      const a = new Ajv({
        allErrors: true,
        strict: false,
        useDefaults: true,
      });
      formatsPlugin(a);
      return a;
    })();
    const compiled = ajvInstance.compile(schema);
    validators.set(schema, compiled);
    return compiled;
  }
  return v;
}
/** Validates `value` against `schema` (applying defaults); returns an error text or undefined. */ export function schemaErrors(
  schema,
  value,
) {
  const v = validatorFor(schema);
  if (v(value)) return undefined;
  const lines = (v.errors ?? []).map((e) => {
    const where = e.instancePath === "" ? "data" : `data${e.instancePath}`;
    const extra = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : "";
    return `  * ${where} ${e.message ?? "is invalid"}${extra}`;
  });
  return [
    "Schema Validation Failed!",
    "Errors:",
    ...lines,
  ].join("\n");
}
function fillTemplate(message, details) {
  return message.replace(/{{([a-zA-Z0-9_-]+)}}/g, (text, key) => {
    const value = key in details ? details[key] : text;
    return typeof value === "string" ? value : JSON.stringify(value, null, 2);
  });
}
/** Renders an error as the Taskcluster error body. */ export function errorResponse(
  err,
  info,
  now,
) {
  let e;
  if (err instanceof ApiError && ERROR_CODES[err.code] !== undefined) {
    e = err;
  } else {
    const incidentId = crypto.randomUUID();
    const text = err instanceof Error ? err.stack ?? String(err) : String(err);
    console.error(`localtc: internal error in ${info.method} (incident ${incidentId}): ${text}`);
    e = new ApiError(
      "InternalServerError",
      "Internal Server Error, incidentId {{incidentId}}. Error (not shown in production):\n" +
        "```\n{{error}}\n```",
      {
        incidentId,
        error: text,
      },
    );
  }
  const status = ERROR_CODES[e.code];
  const time = new Date(now).toJSON();
  const message = fillTemplate(e.message, e.details) + [
    "\n\n---\n",
    `* method:     ${info.method}`,
    `* errorCode:  ${e.code}`,
    `* statusCode: ${status}`,
    `* time:       ${time}`,
  ].join("\n");
  const headers = {
    ...e.headers,
  };
  if (e.code === "AuthenticationFailed") headers["www-authenticate"] = "hawk";
  return reply(
    {
      code: e.code,
      message,
      requestInfo: {
        method: info.method,
        params: info.params,
        payload: info.payload,
        time,
      },
    },
    status,
    headers,
  );
}
/** Host name and port of a request as Hawk signed them (Host header, forwarded port/proto). */ export function hawkHostPort(
  req,
) {
  const url = new URL(req.url);
  const hostHeader = req.headers.get("host") ?? url.host;
  const m = hostHeader.match(/^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/);
  const host = m ? m[1] ?? m[2] : url.hostname;
  let port = m?.[3] ? Number(m[3]) : url.protocol === "https:" ? 443 : 80;
  const fwdPort = req.headers.get("x-forwarded-port");
  const fwdProto = req.headers.get("x-forwarded-proto");
  if (fwdPort !== null) port = parseInt(fwdPort, 10);
  else if (fwdProto !== null && fwdProto === "https") port = 443;
  return {
    host,
    port,
  };
}
/** The request target as the client signed it: path and query, as received. */ export function resourceOf(
  req,
) {
  const url = new URL(req.url);
  return url.pathname + url.search;
}
/** Registers `endpoints` on `app` under `prefix` (e.g. `/api/queue/v1`). */ export function mountEndpoints(
  app,
  prefix,
  endpoints,
  opts,
) {
  for (const ep of endpoints) {
    const names = ep.scopes ? templateParams(ep.scopes) : [];
    const routeParams = [
      ...ep.route.matchAll(/:([A-Za-z0-9_]+)/g),
    ].map((m) => m[1]);
    const autoAuthorize = ep.scopes !== null && names.every((n) => routeParams.includes(n));
    app.on(ep.method.toUpperCase(), prefix + ep.route, async (c) => {
      const params = {};
      for (const n of routeParams) params[n] = c.req.param(n) ?? "";
      let payload = {};
      try {
        payload = await parseBody(c.req.raw);
        const req = makeRequest(c, ep, params, payload, opts);
        if (autoAuthorize) await req.authorize(params);
        checkParams(ep, params);
        if (ep.input) {
          const ct = c.req.header("content-type") ?? "";
          if (!/^application\/json\b/i.test(ct)) {
            reportError(
              "MalformedPayload",
              "Payload must be JSON with content-type: application/json got content-type: {{contentType}}",
              {
                contentType: ct || null,
              },
            );
          }
          const problem = schemaErrors(ep.input, payload);
          if (problem) reportError("InputValidationError", problem, {});
        }
        return await ep.handler(req);
      } catch (err) {
        return errorResponse(err, {
          method: ep.name,
          params,
          payload,
        }, opts.now());
      }
    });
  }
}
async function parseBody(req) {
  if (req.method === "GET" || req.method === "HEAD" || !req.body) return {};
  const len = Number(req.headers.get("content-length") ?? "0");
  if (len > INPUT_LIMIT) reportError("InputTooLarge", "Request body is larger than 10 MiB", {});
  const text = await req.text();
  if (text.length > INPUT_LIMIT) {
    reportError("InputTooLarge", "Request body is larger than 10 MiB", {});
  }
  const ct = req.headers.get("content-type") ?? "";
  if (text === "" || !/^application\/json\b/i.test(ct)) return {};
  let body;
  try {
    body = JSON.parse(text);
  } catch (e) {
    reportError("MalformedPayload", "Failed to parse JSON: {{errMsg}}", {
      errMsg: e.message,
    });
  }
  if (typeof body !== "object" || body === null) {
    reportError("MalformedPayload", "Failed to parse JSON: {{errMsg}}", {
      errMsg: "Must be an object or array",
    });
  }
  bodyTexts.set(req, text);
  return body;
}
const bodyTexts = new WeakMap();
function checkParams(ep, params) {
  const errors = [];
  for (const [name, value] of Object.entries(params)) {
    const re = ep.params?.[name];
    if (re && !re.test(value)) {
      errors.push(
        `URL parameter '${name}' given as '${value}' must match regular expression: '${re}'`,
      );
    }
  }
  if (errors.length > 0) {
    reportError("InvalidRequestArguments", `Invalid URL patterns:\n${errors.join("\n")}`, {
      errors,
    });
  }
}
function makeRequest(c, ep, params, body, opts) {
  let result;
  const raw = c.req.raw;
  const authenticate = () => {
    result ??= (async () => {
      const authorization = raw.headers.get("authorization") ?? undefined;
      const resource = resourceOf(raw);
      if (authorization && /[?&]bewit=/.test(resource)) {
        return {
          status: "auth-failed",
          message: "Cannot use two authentication schemes at once this request has both bewit " +
            "in querystring and 'authorization' header",
        };
      }
      const { host, port } = hawkHostPort(raw);
      const r = await opts.authenticate({
        method: raw.method,
        resource,
        host,
        port,
        authorization,
      });
      if (r.status === "auth-success" && r.scheme === "hawk" && typeof r.hash === "string") {
        const computed = hawk.crypto.calculatePayloadHash(
          bodyTexts.get(raw) ?? "",
          "sha256",
          raw.headers.get("content-type") ?? "",
        );
        if (computed !== r.hash) {
          return {
            status: "auth-failed",
            message: `Invalid payload hash: ${r.hash}\nComputed payload hash: ${computed}\n` +
              "This happens when your request carries a signed hash of the payload and the hash " +
              "doesn't match the hash we've computed on the server-side.",
          };
        }
      }
      return r;
    })();
    return result;
  };
  const query = {};
  for (const [k, v] of new URL(raw.url).searchParams) query[k] = v;
  return {
    c,
    params,
    query,
    body,
    async authorize(p) {
      if (!ep.scopes) return;
      const expr = renderTemplate(ep.scopes, p);
      if (typeof expr === "object" && "AllOf" in expr && expr.AllOf.length === 0) return;
      const r = await authenticate();
      if (r.status === "auth-failed") {
        throw new ApiError("AuthenticationFailed", r.message, {
          ...r,
        });
      }
      if (!satisfies(r.scopes, expr)) {
        const gotCreds = r.status === "auth-success";
        const message = gotCreds
          ? [
            `Client ID ${r.clientId} does not have sufficient scopes and is missing the following scopes:`,
            "",
            "```",
            "{{unsatisfied}}",
            "```",
            "",
            "This request requires the client to satisfy the following scope expression:",
            "",
            "```",
            "{{required}}",
            "```",
          ].join("\n")
          : [
            "This request requires Taskcluster credentials that satisfy the following scope expression:",
            "",
            "```",
            "{{required}}",
            "```",
          ].join("\n");
        throw new ApiError("InsufficientScopes", message, {
          required: expr,
          unsatisfied: gotCreds ? unsatisfied(r.scopes, expr) : undefined,
        });
      }
    },
    async scopes() {
      const r = await authenticate();
      return r.status === "auth-failed" ? [] : r.scopes;
    },
    async clientId() {
      const r = await authenticate();
      return r.status === "auth-success" ? r.clientId : `auth-failed:${r.status}`;
    },
    async expires() {
      const r = await authenticate();
      return r.status === "auth-success" ? r.expires : undefined;
    },
  };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay93dC93aW4vc3JjL2xvY2FsdGMvYXBpLnRzIl0sInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIHJlcXVlc3QgcGlwZWxpbmUgc2hhcmVkIGJ5IGV2ZXJ5IGxvY2FsdGMgc2VydmljZSwgc2hhcGVkIGxpa2VcbiAqIFRhc2tjbHVzdGVyJ3MgbGliLWFwaTogcGFyc2UgdGhlIEpTT04gYm9keSwgYXV0aGVudGljYXRlIGxhemlseSAoSGF3a1xuICogaGVhZGVyIG9yIGJld2l0KSwgYXV0aG9yaXplIGFnYWluc3QgdGhlIG1ldGhvZCdzIHNjb3BlIHRlbXBsYXRlIChhdCBvbmNlXG4gKiB3aGVuIHRoZSBVUkwgcGFyYW1ldGVycyBhcmUgZW5vdWdoLCBlbHNlIHdoZW4gdGhlIGhhbmRsZXIgY2FsbHNcbiAqIGBhdXRob3JpemVgKSwgdmFsaWRhdGUgVVJMIHBhcmFtZXRlcnMgYW5kIHRoZSBpbnB1dCBzY2hlbWEsIHJ1biB0aGVcbiAqIGhhbmRsZXIsIGFuZCB0dXJuIGVycm9ycyBpbnRvIFRhc2tjbHVzdGVyJ3MgZXJyb3IgYm9keVxuICogYHtjb2RlLCBtZXNzYWdlLCByZXF1ZXN0SW5mbzoge21ldGhvZCwgcGFyYW1zLCBwYXlsb2FkLCB0aW1lfX1gLlxuICovXG5pbXBvcnQgdHlwZSB7IENvbnRleHQsIEhvbm8gfSBmcm9tIFwiaG9ub1wiO1xuaW1wb3J0IGhhd2sgZnJvbSBcImhhd2tcIjtcbmltcG9ydCB7IEFqdiwgdHlwZSBWYWxpZGF0ZUZ1bmN0aW9uIH0gZnJvbSBcImFqdlwiO1xuaW1wb3J0IGZvcm1hdHNQbHVnaW4gZnJvbSBcImFqdi1mb3JtYXRzXCI7XG5pbXBvcnQge1xuICByZW5kZXJUZW1wbGF0ZSxcbiAgc2F0aXNmaWVzLFxuICB0eXBlIFNjb3BlRXhwcixcbiAgdHlwZSBTY29wZVRlbXBsYXRlLFxuICB0ZW1wbGF0ZVBhcmFtcyxcbiAgdW5zYXRpc2ZpZWQsXG59IGZyb20gXCIuL3Njb3BlX2V4cHIudHNcIjtcblxuLyoqIEhUVFAgc3RhdHVzIG9mIGVhY2ggVGFza2NsdXN0ZXIgZXJyb3IgY29kZS4gKi9cbmV4cG9ydCBjb25zdCBFUlJPUl9DT0RFUzogUmVjb3JkPHN0cmluZywgbnVtYmVyPiA9IHtcbiAgTWFsZm9ybWVkUGF5bG9hZDogNDAwLFxuICBJbnZhbGlkUmVxdWVzdEFyZ3VtZW50czogNDAwLFxuICBJbnB1dFZhbGlkYXRpb25FcnJvcjogNDAwLFxuICBJbnB1dEVycm9yOiA0MDAsXG4gIE5vTWF0Y2hpbmdCYWNrZW5kOiA0MDAsXG4gIEF1dGhlbnRpY2F0aW9uRmFpbGVkOiA0MDEsXG4gIEluc3VmZmljaWVudFNjb3BlczogNDAzLFxuICBSZXNvdXJjZU5vdEZvdW5kOiA0MDQsXG4gIE5vTWF0Y2hpbmdNZXRob2Q6IDQwNixcbiAgUmVxdWVzdENvbmZsaWN0OiA0MDksXG4gIFJlc291cmNlRXhwaXJlZDogNDEwLFxuICBJbnB1dFRvb0xhcmdlOiA0MTMsXG4gIEludGVybmFsU2VydmVyRXJyb3I6IDUwMCxcbn07XG5cbi8qKiBBbiBlcnJvciByZXBseSB3aXRoIGEgVGFza2NsdXN0ZXIgZXJyb3IgY29kZTsgYHt7a2V5fX1gIGluIHRoZSBtZXNzYWdlIGlzIGZpbGxlZCBmcm9tIGRldGFpbHMuICovXG5leHBvcnQgY2xhc3MgQXBpRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIHJlYWRvbmx5IGNvZGU6IHN0cmluZztcbiAgcmVhZG9ubHkgZGV0YWlsczogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIHJlYWRvbmx5IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIGNvbnN0cnVjdG9yKFxuICAgIGNvZGU6IHN0cmluZyxcbiAgICBtZXNzYWdlOiBzdHJpbmcsXG4gICAgZGV0YWlsczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSxcbiAgICBoZWFkZXJzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge30sXG4gICkge1xuICAgIHN1cGVyKG1lc3NhZ2UpO1xuICAgIHRoaXMubmFtZSA9IFwiQXBpRXJyb3JcIjtcbiAgICB0aGlzLmNvZGUgPSBjb2RlO1xuICAgIHRoaXMuZGV0YWlscyA9IGRldGFpbHM7XG4gICAgdGhpcy5oZWFkZXJzID0gaGVhZGVycztcbiAgfVxufVxuXG4vKiogVGhyb3dzIGFuIGBBcGlFcnJvcmAgKGZvciB1c2UgYXMgYW4gZXhwcmVzc2lvbikuICovXG5leHBvcnQgZnVuY3Rpb24gcmVwb3J0RXJyb3IoXG4gIGNvZGU6IHN0cmluZyxcbiAgbWVzc2FnZTogc3RyaW5nLFxuICBkZXRhaWxzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9LFxuKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgQXBpRXJyb3IoY29kZSwgbWVzc2FnZSwgZGV0YWlscyk7XG59XG5cbi8qKiBUaGUgaW5wdXQgdG8gc2lnbmF0dXJlIHZhbGlkYXRpb24sIGFzIHRoZSBhdXRoIHNlcnZpY2UgcmVjZWl2ZXMgaXQuICovXG5leHBvcnQgaW50ZXJmYWNlIFNpZ25hdHVyZVJlcXVlc3Qge1xuICBtZXRob2Q6IHN0cmluZztcbiAgcmVzb3VyY2U6IHN0cmluZztcbiAgaG9zdDogc3RyaW5nO1xuICBwb3J0OiBudW1iZXI7XG4gIGF1dGhvcml6YXRpb24/OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgb3V0Y29tZSBvZiBhdXRoZW50aWNhdGluZyBhIHJlcXVlc3QuICovXG5leHBvcnQgdHlwZSBBdXRoUmVzdWx0ID1cbiAgfCB7XG4gICAgc3RhdHVzOiBcImF1dGgtc3VjY2Vzc1wiO1xuICAgIHNjaGVtZTogXCJoYXdrXCIgfCBcImJld2l0XCI7XG4gICAgY2xpZW50SWQ6IHN0cmluZztcbiAgICBzY29wZXM6IHN0cmluZ1tdO1xuICAgIGV4cGlyZXM6IG51bWJlcjtcbiAgICBoYXNoPzogc3RyaW5nO1xuICB9XG4gIHwgeyBzdGF0dXM6IFwibm8tYXV0aFwiOyBzY29wZXM6IHN0cmluZ1tdIH1cbiAgfCB7IHN0YXR1czogXCJhdXRoLWZhaWxlZFwiOyBtZXNzYWdlOiBzdHJpbmcgfTtcblxuLyoqIEF1dGhlbnRpY2F0ZXMgYSByZXF1ZXN0IChpbXBsZW1lbnRlZCBieSB0aGUgYXV0aCBzZXJ2aWNlKS4gKi9cbmV4cG9ydCB0eXBlIEF1dGhlbnRpY2F0b3IgPSAocmVxOiBTaWduYXR1cmVSZXF1ZXN0KSA9PiBQcm9taXNlPEF1dGhSZXN1bHQ+O1xuXG4vKiogV2hhdCBhIGhhbmRsZXIgZ2V0cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQXBpUmVxdWVzdCB7XG4gIC8qKiBUaGUgSG9ubyBjb250ZXh0IChyYXcgcmVxdWVzdCwgaGVhZGVycykuICovXG4gIGM6IENvbnRleHQ7XG4gIC8qKiBEZWNvZGVkIFVSTCBwYXJhbWV0ZXJzLiAqL1xuICBwYXJhbXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz47XG4gIC8qKiBEZWNvZGVkIHF1ZXJ5IHBhcmFtZXRlcnMuICovXG4gIHF1ZXJ5OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICAvKiogVGhlIHBhcnNlZCBKU09OIGJvZHkgKGB7fWAgd2hlbiB0aGVyZSBpcyBub25lKS4gKi9cbiAgYm9keTogdW5rbm93bjtcbiAgLyoqIENoZWNrcyB0aGUgY2FsbGVyIGFnYWluc3QgdGhlIG1ldGhvZCdzIHNjb3BlIHRlbXBsYXRlIHJlbmRlcmVkIHdpdGggYHBhcmFtc2AuICovXG4gIGF1dGhvcml6ZShwYXJhbXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogUHJvbWlzZTx2b2lkPjtcbiAgLyoqIFRoZSBjYWxsZXIncyBleHBhbmRlZCBzY29wZXMgKGBbXWAgd2hlbiBhdXRoZW50aWNhdGlvbiBmYWlsZWQpLiAqL1xuICBzY29wZXMoKTogUHJvbWlzZTxzdHJpbmdbXT47XG4gIC8qKiBUaGUgY2FsbGVyJ3MgY2xpZW50SWQsIG9yIGBhdXRoLWZhaWxlZDo8c3RhdHVzPmAuICovXG4gIGNsaWVudElkKCk6IFByb21pc2U8c3RyaW5nPjtcbiAgLyoqIFdoZW4gdGhlIGNhbGxlcidzIGNyZWRlbnRpYWxzIGV4cGlyZSAobXMpLCBpZiBhdXRoZW50aWNhdGVkLiAqL1xuICBleHBpcmVzKCk6IFByb21pc2U8bnVtYmVyIHwgdW5kZWZpbmVkPjtcbn1cblxuLyoqIE9uZSBBUEkgbWV0aG9kLiAqL1xuZXhwb3J0IGludGVyZmFjZSBFbmRwb2ludCB7XG4gIG1ldGhvZDogXCJnZXRcIiB8IFwicHV0XCIgfCBcInBvc3RcIiB8IFwiZGVsZXRlXCI7XG4gIC8qKiBIb25vIHJvdXRlIGJlbG93IGAvYXBpLzxzZXJ2aWNlPi92MWAuICovXG4gIHJvdXRlOiBzdHJpbmc7XG4gIC8qKiBUaGUgQVBJIG1ldGhvZCBuYW1lIChyZXBvcnRlZCBpbiBgcmVxdWVzdEluZm8ubWV0aG9kYCkuICovXG4gIG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBzY29wZSB0ZW1wbGF0ZTsgbnVsbCBmb3IgcHVibGljIG1ldGhvZHMuICovXG4gIHNjb3BlczogU2NvcGVUZW1wbGF0ZSB8IG51bGw7XG4gIC8qKiBQYXR0ZXJucyBVUkwgcGFyYW1ldGVycyBtdXN0IG1hdGNoLiAqL1xuICBwYXJhbXM/OiBSZWNvcmQ8c3RyaW5nLCBSZWdFeHA+O1xuICAvKiogSlNPTiBzY2hlbWEgb2YgdGhlIHJlcXVlc3QgYm9keS4gKi9cbiAgaW5wdXQ/OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPjtcbiAgaGFuZGxlcihyZXE6IEFwaVJlcXVlc3QpOiBQcm9taXNlPFJlc3BvbnNlPiB8IFJlc3BvbnNlO1xufVxuXG4vKiogQSBKU09OIHJlcGx5IChvciAyMDQgd2l0aCBubyBib2R5IHdoZW4gYGpzb25gIGlzIHVuZGVmaW5lZCkuICovXG5leHBvcnQgZnVuY3Rpb24gcmVwbHkoXG4gIGpzb24/OiB1bmtub3duLFxuICBzdGF0dXMgPSAyMDAsXG4gIGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fSxcbik6IFJlc3BvbnNlIHtcbiAgY29uc3QgaCA9IG5ldyBIZWFkZXJzKHsgXCJjYWNoZS1jb250cm9sXCI6IFwibm8tc3RvcmUgbm8tY2FjaGUgbXVzdC1yZXZhbGlkYXRlXCIsIC4uLmhlYWRlcnMgfSk7XG4gIGlmIChqc29uID09PSB1bmRlZmluZWQpIHtcbiAgICByZXR1cm4gbmV3IFJlc3BvbnNlKG51bGwsIHsgc3RhdHVzOiBzdGF0dXMgPT09IDIwMCA/IDIwNCA6IHN0YXR1cywgaGVhZGVyczogaCB9KTtcbiAgfVxuICBoLnNldChcImNvbnRlbnQtdHlwZVwiLCBcImFwcGxpY2F0aW9uL2pzb247IGNoYXJzZXQ9dXRmLThcIik7XG4gIHJldHVybiBuZXcgUmVzcG9uc2UoSlNPTi5zdHJpbmdpZnkoanNvbiksIHsgc3RhdHVzLCBoZWFkZXJzOiBoIH0pO1xufVxuXG5jb25zdCBJTlBVVF9MSU1JVCA9IDEwICogMTAyNCAqIDEwMjQ7XG5cbmxldCBhanZJbnN0YW5jZTogQWp2IHwgdW5kZWZpbmVkO1xuY29uc3QgdmFsaWRhdG9ycyA9IG5ldyBXZWFrTWFwPG9iamVjdCwgVmFsaWRhdGVGdW5jdGlvbj4oKTtcblxuZnVuY3Rpb24gdmFsaWRhdG9yRm9yKHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4pOiBWYWxpZGF0ZUZ1bmN0aW9uIHtcbiAgY29uc3QgdjogVmFsaWRhdGVGdW5jdGlvbiB8IHVuZGVmaW5lZCA9IHZhbGlkYXRvcnMuZ2V0KHNjaGVtYSk7XG4gIGlmICh2ID09PSB1bmRlZmluZWQpIHtcbiAgICBhanZJbnN0YW5jZSA/Pz0gKCgpID0+IHtcbiAgICAgIGNvbnN0IGEgPSBuZXcgQWp2KHsgYWxsRXJyb3JzOiB0cnVlLCBzdHJpY3Q6IGZhbHNlLCB1c2VEZWZhdWx0czogdHJ1ZSB9KTtcbiAgICAgIChmb3JtYXRzUGx1Z2luIGFzIHVua25vd24gYXMgKGE6IEFqdikgPT4gdm9pZCkoYSk7XG4gICAgICByZXR1cm4gYTtcbiAgICB9KSgpO1xuICAgIGNvbnN0IGNvbXBpbGVkID0gYWp2SW5zdGFuY2UuY29tcGlsZShzY2hlbWEpO1xuICAgIHZhbGlkYXRvcnMuc2V0KHNjaGVtYSwgY29tcGlsZWQpO1xuICAgIHJldHVybiBjb21waWxlZDtcbiAgfVxuICByZXR1cm4gdjtcbn1cblxuLyoqIFZhbGlkYXRlcyBgdmFsdWVgIGFnYWluc3QgYHNjaGVtYWAgKGFwcGx5aW5nIGRlZmF1bHRzKTsgcmV0dXJucyBhbiBlcnJvciB0ZXh0IG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzY2hlbWFFcnJvcnMoc2NoZW1hOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgdmFsdWU6IHVua25vd24pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB2ID0gdmFsaWRhdG9yRm9yKHNjaGVtYSk7XG4gIGlmICh2KHZhbHVlKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgbGluZXMgPSAodi5lcnJvcnMgPz8gW10pLm1hcCgoZSkgPT4ge1xuICAgIGNvbnN0IHdoZXJlID0gZS5pbnN0YW5jZVBhdGggPT09IFwiXCIgPyBcImRhdGFcIiA6IGBkYXRhJHtlLmluc3RhbmNlUGF0aH1gO1xuICAgIGNvbnN0IGV4dHJhID0gZS5wYXJhbXMgJiYgT2JqZWN0LmtleXMoZS5wYXJhbXMpLmxlbmd0aCA/IGAgJHtKU09OLnN0cmluZ2lmeShlLnBhcmFtcyl9YCA6IFwiXCI7XG4gICAgcmV0dXJuIGAgICogJHt3aGVyZX0gJHtlLm1lc3NhZ2UgPz8gXCJpcyBpbnZhbGlkXCJ9JHtleHRyYX1gO1xuICB9KTtcbiAgcmV0dXJuIFtcIlNjaGVtYSBWYWxpZGF0aW9uIEZhaWxlZCFcIiwgXCJFcnJvcnM6XCIsIC4uLmxpbmVzXS5qb2luKFwiXFxuXCIpO1xufVxuXG5mdW5jdGlvbiBmaWxsVGVtcGxhdGUobWVzc2FnZTogc3RyaW5nLCBkZXRhaWxzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPik6IHN0cmluZyB7XG4gIHJldHVybiBtZXNzYWdlLnJlcGxhY2UoL3t7KFthLXpBLVowLTlfLV0rKX19L2csICh0ZXh0LCBrZXk6IHN0cmluZykgPT4ge1xuICAgIGNvbnN0IHZhbHVlID0ga2V5IGluIGRldGFpbHMgPyBkZXRhaWxzW2tleV0gOiB0ZXh0O1xuICAgIHJldHVybiB0eXBlb2YgdmFsdWUgPT09IFwic3RyaW5nXCIgPyB2YWx1ZSA6IEpTT04uc3RyaW5naWZ5KHZhbHVlLCBudWxsLCAyKTtcbiAgfSk7XG59XG5cbi8qKiBSZW5kZXJzIGFuIGVycm9yIGFzIHRoZSBUYXNrY2x1c3RlciBlcnJvciBib2R5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVycm9yUmVzcG9uc2UoXG4gIGVycjogdW5rbm93bixcbiAgaW5mbzogeyBtZXRob2Q6IHN0cmluZzsgcGFyYW1zOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+OyBwYXlsb2FkOiB1bmtub3duIH0sXG4gIG5vdzogbnVtYmVyLFxuKTogUmVzcG9uc2Uge1xuICBsZXQgZTogQXBpRXJyb3I7XG4gIGlmIChlcnIgaW5zdGFuY2VvZiBBcGlFcnJvciAmJiBFUlJPUl9DT0RFU1tlcnIuY29kZV0gIT09IHVuZGVmaW5lZCkge1xuICAgIGUgPSBlcnI7XG4gIH0gZWxzZSB7XG4gICAgY29uc3QgaW5jaWRlbnRJZCA9IGNyeXB0by5yYW5kb21VVUlEKCk7XG4gICAgY29uc3QgdGV4dCA9IGVyciBpbnN0YW5jZW9mIEVycm9yID8gKGVyci5zdGFjayA/PyBTdHJpbmcoZXJyKSkgOiBTdHJpbmcoZXJyKTtcbiAgICBjb25zb2xlLmVycm9yKGBsb2NhbHRjOiBpbnRlcm5hbCBlcnJvciBpbiAke2luZm8ubWV0aG9kfSAoaW5jaWRlbnQgJHtpbmNpZGVudElkfSk6ICR7dGV4dH1gKTtcbiAgICBlID0gbmV3IEFwaUVycm9yKFxuICAgICAgXCJJbnRlcm5hbFNlcnZlckVycm9yXCIsXG4gICAgICBcIkludGVybmFsIFNlcnZlciBFcnJvciwgaW5jaWRlbnRJZCB7e2luY2lkZW50SWR9fS4gRXJyb3IgKG5vdCBzaG93biBpbiBwcm9kdWN0aW9uKTpcXG5cIiArXG4gICAgICAgIFwiYGBgXFxue3tlcnJvcn19XFxuYGBgXCIsXG4gICAgICB7IGluY2lkZW50SWQsIGVycm9yOiB0ZXh0IH0sXG4gICAgKTtcbiAgfVxuICBjb25zdCBzdGF0dXMgPSBFUlJPUl9DT0RFU1tlLmNvZGVdO1xuICBjb25zdCB0aW1lID0gbmV3IERhdGUobm93KS50b0pTT04oKTtcbiAgY29uc3QgbWVzc2FnZSA9IGZpbGxUZW1wbGF0ZShlLm1lc3NhZ2UsIGUuZGV0YWlscykgKyBbXG4gICAgXCJcXG5cXG4tLS1cXG5cIixcbiAgICBgKiBtZXRob2Q6ICAgICAke2luZm8ubWV0aG9kfWAsXG4gICAgYCogZXJyb3JDb2RlOiAgJHtlLmNvZGV9YCxcbiAgICBgKiBzdGF0dXNDb2RlOiAke3N0YXR1c31gLFxuICAgIGAqIHRpbWU6ICAgICAgICR7dGltZX1gLFxuICBdLmpvaW4oXCJcXG5cIik7XG4gIGNvbnN0IGhlYWRlcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IC4uLmUuaGVhZGVycyB9O1xuICBpZiAoZS5jb2RlID09PSBcIkF1dGhlbnRpY2F0aW9uRmFpbGVkXCIpIGhlYWRlcnNbXCJ3d3ctYXV0aGVudGljYXRlXCJdID0gXCJoYXdrXCI7XG4gIHJldHVybiByZXBseShcbiAgICB7XG4gICAgICBjb2RlOiBlLmNvZGUsXG4gICAgICBtZXNzYWdlLFxuICAgICAgcmVxdWVzdEluZm86IHsgbWV0aG9kOiBpbmZvLm1ldGhvZCwgcGFyYW1zOiBpbmZvLnBhcmFtcywgcGF5bG9hZDogaW5mby5wYXlsb2FkLCB0aW1lIH0sXG4gICAgfSxcbiAgICBzdGF0dXMsXG4gICAgaGVhZGVycyxcbiAgKTtcbn1cblxuLyoqIEhvc3QgbmFtZSBhbmQgcG9ydCBvZiBhIHJlcXVlc3QgYXMgSGF3ayBzaWduZWQgdGhlbSAoSG9zdCBoZWFkZXIsIGZvcndhcmRlZCBwb3J0L3Byb3RvKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBoYXdrSG9zdFBvcnQocmVxOiBSZXF1ZXN0KTogeyBob3N0OiBzdHJpbmc7IHBvcnQ6IG51bWJlciB9IHtcbiAgY29uc3QgdXJsID0gbmV3IFVSTChyZXEudXJsKTtcbiAgY29uc3QgaG9zdEhlYWRlciA9IHJlcS5oZWFkZXJzLmdldChcImhvc3RcIikgPz8gdXJsLmhvc3Q7XG4gIGNvbnN0IG0gPSBob3N0SGVhZGVyLm1hdGNoKC9eKD86XFxbKFteXFxdXSspXFxdfChbXjpdKykpKD86OihcXGQrKSk/JC8pO1xuICBjb25zdCBob3N0ID0gbSA/IChtWzFdID8/IG1bMl0pIDogdXJsLmhvc3RuYW1lO1xuICBsZXQgcG9ydCA9IG0/LlszXSA/IE51bWJlcihtWzNdKSA6ICh1cmwucHJvdG9jb2wgPT09IFwiaHR0cHM6XCIgPyA0NDMgOiA4MCk7XG4gIGNvbnN0IGZ3ZFBvcnQgPSByZXEuaGVhZGVycy5nZXQoXCJ4LWZvcndhcmRlZC1wb3J0XCIpO1xuICBjb25zdCBmd2RQcm90byA9IHJlcS5oZWFkZXJzLmdldChcIngtZm9yd2FyZGVkLXByb3RvXCIpO1xuICBpZiAoZndkUG9ydCAhPT0gbnVsbCkgcG9ydCA9IHBhcnNlSW50KGZ3ZFBvcnQsIDEwKTtcbiAgZWxzZSBpZiAoZndkUHJvdG8gIT09IG51bGwgJiYgZndkUHJvdG8gPT09IFwiaHR0cHNcIikgcG9ydCA9IDQ0MztcbiAgcmV0dXJuIHsgaG9zdCwgcG9ydCB9O1xufVxuXG4vKiogVGhlIHJlcXVlc3QgdGFyZ2V0IGFzIHRoZSBjbGllbnQgc2lnbmVkIGl0OiBwYXRoIGFuZCBxdWVyeSwgYXMgcmVjZWl2ZWQuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb3VyY2VPZihyZXE6IFJlcXVlc3QpOiBzdHJpbmcge1xuICBjb25zdCB1cmwgPSBuZXcgVVJMKHJlcS51cmwpO1xuICByZXR1cm4gdXJsLnBhdGhuYW1lICsgdXJsLnNlYXJjaDtcbn1cblxuLyoqIERlcGVuZGVuY2llcyBvZiBgbW91bnRFbmRwb2ludHNgLiAqL1xuZXhwb3J0IGludGVyZmFjZSBNb3VudE9wdGlvbnMge1xuICBhdXRoZW50aWNhdGU6IEF1dGhlbnRpY2F0b3I7XG4gIG5vdzogKCkgPT4gbnVtYmVyO1xufVxuXG4vKiogUmVnaXN0ZXJzIGBlbmRwb2ludHNgIG9uIGBhcHBgIHVuZGVyIGBwcmVmaXhgIChlLmcuIGAvYXBpL3F1ZXVlL3YxYCkuICovXG5leHBvcnQgZnVuY3Rpb24gbW91bnRFbmRwb2ludHMoXG4gIGFwcDogSG9ubyxcbiAgcHJlZml4OiBzdHJpbmcsXG4gIGVuZHBvaW50czogRW5kcG9pbnRbXSxcbiAgb3B0czogTW91bnRPcHRpb25zLFxuKTogdm9pZCB7XG4gIGZvciAoY29uc3QgZXAgb2YgZW5kcG9pbnRzKSB7XG4gICAgY29uc3QgbmFtZXMgPSBlcC5zY29wZXMgPyB0ZW1wbGF0ZVBhcmFtcyhlcC5zY29wZXMpIDogW107XG4gICAgY29uc3Qgcm91dGVQYXJhbXMgPSBbLi4uZXAucm91dGUubWF0Y2hBbGwoLzooW0EtWmEtejAtOV9dKykvZyldLm1hcCgobSkgPT4gbVsxXSk7XG4gICAgY29uc3QgYXV0b0F1dGhvcml6ZSA9IGVwLnNjb3BlcyAhPT0gbnVsbCAmJiBuYW1lcy5ldmVyeSgobikgPT4gcm91dGVQYXJhbXMuaW5jbHVkZXMobikpO1xuICAgIGFwcC5vbihlcC5tZXRob2QudG9VcHBlckNhc2UoKSwgcHJlZml4ICsgZXAucm91dGUsIGFzeW5jIChjKSA9PiB7XG4gICAgICBjb25zdCBwYXJhbXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fTtcbiAgICAgIGZvciAoY29uc3QgbiBvZiByb3V0ZVBhcmFtcykgcGFyYW1zW25dID0gYy5yZXEucGFyYW0obikgPz8gXCJcIjtcbiAgICAgIGxldCBwYXlsb2FkOiB1bmtub3duID0ge307XG4gICAgICB0cnkge1xuICAgICAgICBwYXlsb2FkID0gYXdhaXQgcGFyc2VCb2R5KGMucmVxLnJhdyk7XG4gICAgICAgIGNvbnN0IHJlcSA9IG1ha2VSZXF1ZXN0KGMsIGVwLCBwYXJhbXMsIHBheWxvYWQsIG9wdHMpO1xuICAgICAgICBpZiAoYXV0b0F1dGhvcml6ZSkgYXdhaXQgcmVxLmF1dGhvcml6ZShwYXJhbXMpO1xuICAgICAgICBjaGVja1BhcmFtcyhlcCwgcGFyYW1zKTtcbiAgICAgICAgaWYgKGVwLmlucHV0KSB7XG4gICAgICAgICAgY29uc3QgY3QgPSBjLnJlcS5oZWFkZXIoXCJjb250ZW50LXR5cGVcIikgPz8gXCJcIjtcbiAgICAgICAgICBpZiAoIS9eYXBwbGljYXRpb25cXC9qc29uXFxiL2kudGVzdChjdCkpIHtcbiAgICAgICAgICAgIHJlcG9ydEVycm9yKFxuICAgICAgICAgICAgICBcIk1hbGZvcm1lZFBheWxvYWRcIixcbiAgICAgICAgICAgICAgXCJQYXlsb2FkIG11c3QgYmUgSlNPTiB3aXRoIGNvbnRlbnQtdHlwZTogYXBwbGljYXRpb24vanNvbiBnb3QgY29udGVudC10eXBlOiB7e2NvbnRlbnRUeXBlfX1cIixcbiAgICAgICAgICAgICAgeyBjb250ZW50VHlwZTogY3QgfHwgbnVsbCB9LFxuICAgICAgICAgICAgKTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgcHJvYmxlbSA9IHNjaGVtYUVycm9ycyhlcC5pbnB1dCwgcGF5bG9hZCk7XG4gICAgICAgICAgaWYgKHByb2JsZW0pIHJlcG9ydEVycm9yKFwiSW5wdXRWYWxpZGF0aW9uRXJyb3JcIiwgcHJvYmxlbSwge30pO1xuICAgICAgICB9XG4gICAgICAgIHJldHVybiBhd2FpdCBlcC5oYW5kbGVyKHJlcSk7XG4gICAgICB9IGNhdGNoIChlcnIpIHtcbiAgICAgICAgcmV0dXJuIGVycm9yUmVzcG9uc2UoZXJyLCB7IG1ldGhvZDogZXAubmFtZSwgcGFyYW1zLCBwYXlsb2FkIH0sIG9wdHMubm93KCkpO1xuICAgICAgfVxuICAgIH0pO1xuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHBhcnNlQm9keShyZXE6IFJlcXVlc3QpOiBQcm9taXNlPHVua25vd24+IHtcbiAgaWYgKHJlcS5tZXRob2QgPT09IFwiR0VUXCIgfHwgcmVxLm1ldGhvZCA9PT0gXCJIRUFEXCIgfHwgIXJlcS5ib2R5KSByZXR1cm4ge307XG4gIGNvbnN0IGxlbiA9IE51bWJlcihyZXEuaGVhZGVycy5nZXQoXCJjb250ZW50LWxlbmd0aFwiKSA/PyBcIjBcIik7XG4gIGlmIChsZW4gPiBJTlBVVF9MSU1JVCkgcmVwb3J0RXJyb3IoXCJJbnB1dFRvb0xhcmdlXCIsIFwiUmVxdWVzdCBib2R5IGlzIGxhcmdlciB0aGFuIDEwIE1pQlwiLCB7fSk7XG4gIGNvbnN0IHRleHQgPSBhd2FpdCByZXEudGV4dCgpO1xuICBpZiAodGV4dC5sZW5ndGggPiBJTlBVVF9MSU1JVCkge1xuICAgIHJlcG9ydEVycm9yKFwiSW5wdXRUb29MYXJnZVwiLCBcIlJlcXVlc3QgYm9keSBpcyBsYXJnZXIgdGhhbiAxMCBNaUJcIiwge30pO1xuICB9XG4gIGNvbnN0IGN0ID0gcmVxLmhlYWRlcnMuZ2V0KFwiY29udGVudC10eXBlXCIpID8/IFwiXCI7XG4gIGlmICh0ZXh0ID09PSBcIlwiIHx8ICEvXmFwcGxpY2F0aW9uXFwvanNvblxcYi9pLnRlc3QoY3QpKSByZXR1cm4ge307XG4gIGxldCBib2R5OiB1bmtub3duO1xuICB0cnkge1xuICAgIGJvZHkgPSBKU09OLnBhcnNlKHRleHQpO1xuICB9IGNhdGNoIChlKSB7XG4gICAgcmVwb3J0RXJyb3IoXCJNYWxmb3JtZWRQYXlsb2FkXCIsIFwiRmFpbGVkIHRvIHBhcnNlIEpTT046IHt7ZXJyTXNnfX1cIiwge1xuICAgICAgZXJyTXNnOiAoZSBhcyBFcnJvcikubWVzc2FnZSxcbiAgICB9KTtcbiAgfVxuICBpZiAodHlwZW9mIGJvZHkgIT09IFwib2JqZWN0XCIgfHwgYm9keSA9PT0gbnVsbCkge1xuICAgIHJlcG9ydEVycm9yKFwiTWFsZm9ybWVkUGF5bG9hZFwiLCBcIkZhaWxlZCB0byBwYXJzZSBKU09OOiB7e2Vyck1zZ319XCIsIHtcbiAgICAgIGVyck1zZzogXCJNdXN0IGJlIGFuIG9iamVjdCBvciBhcnJheVwiLFxuICAgIH0pO1xuICB9XG4gIGJvZHlUZXh0cy5zZXQocmVxLCB0ZXh0KTtcbiAgcmV0dXJuIGJvZHk7XG59XG5cbmNvbnN0IGJvZHlUZXh0cyA9IG5ldyBXZWFrTWFwPFJlcXVlc3QsIHN0cmluZz4oKTtcblxuZnVuY3Rpb24gY2hlY2tQYXJhbXMoZXA6IEVuZHBvaW50LCBwYXJhbXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiB2b2lkIHtcbiAgY29uc3QgZXJyb3JzOiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCB2YWx1ZV0gb2YgT2JqZWN0LmVudHJpZXMocGFyYW1zKSkge1xuICAgIGNvbnN0IHJlID0gZXAucGFyYW1zPy5bbmFtZV07XG4gICAgaWYgKHJlICYmICFyZS50ZXN0KHZhbHVlKSkge1xuICAgICAgZXJyb3JzLnB1c2goXG4gICAgICAgIGBVUkwgcGFyYW1ldGVyICcke25hbWV9JyBnaXZlbiBhcyAnJHt2YWx1ZX0nIG11c3QgbWF0Y2ggcmVndWxhciBleHByZXNzaW9uOiAnJHtyZX0nYCxcbiAgICAgICk7XG4gICAgfVxuICB9XG4gIGlmIChlcnJvcnMubGVuZ3RoID4gMCkge1xuICAgIHJlcG9ydEVycm9yKFwiSW52YWxpZFJlcXVlc3RBcmd1bWVudHNcIiwgYEludmFsaWQgVVJMIHBhdHRlcm5zOlxcbiR7ZXJyb3JzLmpvaW4oXCJcXG5cIil9YCwge1xuICAgICAgZXJyb3JzLFxuICAgIH0pO1xuICB9XG59XG5cbmZ1bmN0aW9uIG1ha2VSZXF1ZXN0KFxuICBjOiBDb250ZXh0LFxuICBlcDogRW5kcG9pbnQsXG4gIHBhcmFtczogUmVjb3JkPHN0cmluZywgc3RyaW5nPixcbiAgYm9keTogdW5rbm93bixcbiAgb3B0czogTW91bnRPcHRpb25zLFxuKTogQXBpUmVxdWVzdCB7XG4gIGxldCByZXN1bHQ6IFByb21pc2U8QXV0aFJlc3VsdD4gfCB1bmRlZmluZWQ7XG4gIGNvbnN0IHJhdyA9IGMucmVxLnJhdztcbiAgY29uc3QgYXV0aGVudGljYXRlID0gKCk6IFByb21pc2U8QXV0aFJlc3VsdD4gPT4ge1xuICAgIHJlc3VsdCA/Pz0gKGFzeW5jICgpOiBQcm9taXNlPEF1dGhSZXN1bHQ+ID0+IHtcbiAgICAgIGNvbnN0IGF1dGhvcml6YXRpb24gPSByYXcuaGVhZGVycy5nZXQoXCJhdXRob3JpemF0aW9uXCIpID8/IHVuZGVmaW5lZDtcbiAgICAgIGNvbnN0IHJlc291cmNlID0gcmVzb3VyY2VPZihyYXcpO1xuICAgICAgaWYgKGF1dGhvcml6YXRpb24gJiYgL1s/Jl1iZXdpdD0vLnRlc3QocmVzb3VyY2UpKSB7XG4gICAgICAgIHJldHVybiB7XG4gICAgICAgICAgc3RhdHVzOiBcImF1dGgtZmFpbGVkXCIsXG4gICAgICAgICAgbWVzc2FnZTogXCJDYW5ub3QgdXNlIHR3byBhdXRoZW50aWNhdGlvbiBzY2hlbWVzIGF0IG9uY2UgdGhpcyByZXF1ZXN0IGhhcyBib3RoIGJld2l0IFwiICtcbiAgICAgICAgICAgIFwiaW4gcXVlcnlzdHJpbmcgYW5kICdhdXRob3JpemF0aW9uJyBoZWFkZXJcIixcbiAgICAgICAgfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHsgaG9zdCwgcG9ydCB9ID0gaGF3a0hvc3RQb3J0KHJhdyk7XG4gICAgICBjb25zdCByID0gYXdhaXQgb3B0cy5hdXRoZW50aWNhdGUoe1xuICAgICAgICBtZXRob2Q6IHJhdy5tZXRob2QsXG4gICAgICAgIHJlc291cmNlLFxuICAgICAgICBob3N0LFxuICAgICAgICBwb3J0LFxuICAgICAgICBhdXRob3JpemF0aW9uLFxuICAgICAgfSk7XG4gICAgICBpZiAoci5zdGF0dXMgPT09IFwiYXV0aC1zdWNjZXNzXCIgJiYgci5zY2hlbWUgPT09IFwiaGF3a1wiICYmIHR5cGVvZiByLmhhc2ggPT09IFwic3RyaW5nXCIpIHtcbiAgICAgICAgY29uc3QgY29tcHV0ZWQgPSBoYXdrLmNyeXB0by5jYWxjdWxhdGVQYXlsb2FkSGFzaChcbiAgICAgICAgICBib2R5VGV4dHMuZ2V0KHJhdykgPz8gXCJcIixcbiAgICAgICAgICBcInNoYTI1NlwiLFxuICAgICAgICAgIHJhdy5oZWFkZXJzLmdldChcImNvbnRlbnQtdHlwZVwiKSA/PyBcIlwiLFxuICAgICAgICApO1xuICAgICAgICBpZiAoY29tcHV0ZWQgIT09IHIuaGFzaCkge1xuICAgICAgICAgIHJldHVybiB7XG4gICAgICAgICAgICBzdGF0dXM6IFwiYXV0aC1mYWlsZWRcIixcbiAgICAgICAgICAgIG1lc3NhZ2U6IGBJbnZhbGlkIHBheWxvYWQgaGFzaDogJHtyLmhhc2h9XFxuQ29tcHV0ZWQgcGF5bG9hZCBoYXNoOiAke2NvbXB1dGVkfVxcbmAgK1xuICAgICAgICAgICAgICBcIlRoaXMgaGFwcGVucyB3aGVuIHlvdXIgcmVxdWVzdCBjYXJyaWVzIGEgc2lnbmVkIGhhc2ggb2YgdGhlIHBheWxvYWQgYW5kIHRoZSBoYXNoIFwiICtcbiAgICAgICAgICAgICAgXCJkb2Vzbid0IG1hdGNoIHRoZSBoYXNoIHdlJ3ZlIGNvbXB1dGVkIG9uIHRoZSBzZXJ2ZXItc2lkZS5cIixcbiAgICAgICAgICB9O1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICByZXR1cm4gcjtcbiAgICB9KSgpO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH07XG4gIGNvbnN0IHF1ZXJ5OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge307XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIG5ldyBVUkwocmF3LnVybCkuc2VhcmNoUGFyYW1zKSBxdWVyeVtrXSA9IHY7XG4gIHJldHVybiB7XG4gICAgYyxcbiAgICBwYXJhbXMsXG4gICAgcXVlcnksXG4gICAgYm9keSxcbiAgICBhc3luYyBhdXRob3JpemUocCkge1xuICAgICAgaWYgKCFlcC5zY29wZXMpIHJldHVybjtcbiAgICAgIGNvbnN0IGV4cHI6IFNjb3BlRXhwciA9IHJlbmRlclRlbXBsYXRlKGVwLnNjb3BlcywgcCk7XG4gICAgICBpZiAodHlwZW9mIGV4cHIgPT09IFwib2JqZWN0XCIgJiYgXCJBbGxPZlwiIGluIGV4cHIgJiYgZXhwci5BbGxPZi5sZW5ndGggPT09IDApIHJldHVybjtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBhdXRoZW50aWNhdGUoKTtcbiAgICAgIGlmIChyLnN0YXR1cyA9PT0gXCJhdXRoLWZhaWxlZFwiKSB7XG4gICAgICAgIHRocm93IG5ldyBBcGlFcnJvcihcIkF1dGhlbnRpY2F0aW9uRmFpbGVkXCIsIHIubWVzc2FnZSwgeyAuLi5yIH0pO1xuICAgICAgfVxuICAgICAgaWYgKCFzYXRpc2ZpZXMoci5zY29wZXMsIGV4cHIpKSB7XG4gICAgICAgIGNvbnN0IGdvdENyZWRzID0gci5zdGF0dXMgPT09IFwiYXV0aC1zdWNjZXNzXCI7XG4gICAgICAgIGNvbnN0IG1lc3NhZ2UgPSBnb3RDcmVkc1xuICAgICAgICAgID8gW1xuICAgICAgICAgICAgYENsaWVudCBJRCAke3IuY2xpZW50SWR9IGRvZXMgbm90IGhhdmUgc3VmZmljaWVudCBzY29wZXMgYW5kIGlzIG1pc3NpbmcgdGhlIGZvbGxvd2luZyBzY29wZXM6YCxcbiAgICAgICAgICAgIFwiXCIsXG4gICAgICAgICAgICBcImBgYFwiLFxuICAgICAgICAgICAgXCJ7e3Vuc2F0aXNmaWVkfX1cIixcbiAgICAgICAgICAgIFwiYGBgXCIsXG4gICAgICAgICAgICBcIlwiLFxuICAgICAgICAgICAgXCJUaGlzIHJlcXVlc3QgcmVxdWlyZXMgdGhlIGNsaWVudCB0byBzYXRpc2Z5IHRoZSBmb2xsb3dpbmcgc2NvcGUgZXhwcmVzc2lvbjpcIixcbiAgICAgICAgICAgIFwiXCIsXG4gICAgICAgICAgICBcImBgYFwiLFxuICAgICAgICAgICAgXCJ7e3JlcXVpcmVkfX1cIixcbiAgICAgICAgICAgIFwiYGBgXCIsXG4gICAgICAgICAgXS5qb2luKFwiXFxuXCIpXG4gICAgICAgICAgOiBbXG4gICAgICAgICAgICBcIlRoaXMgcmVxdWVzdCByZXF1aXJlcyBUYXNrY2x1c3RlciBjcmVkZW50aWFscyB0aGF0IHNhdGlzZnkgdGhlIGZvbGxvd2luZyBzY29wZSBleHByZXNzaW9uOlwiLFxuICAgICAgICAgICAgXCJcIixcbiAgICAgICAgICAgIFwiYGBgXCIsXG4gICAgICAgICAgICBcInt7cmVxdWlyZWR9fVwiLFxuICAgICAgICAgICAgXCJgYGBcIixcbiAgICAgICAgICBdLmpvaW4oXCJcXG5cIik7XG4gICAgICAgIHRocm93IG5ldyBBcGlFcnJvcihcIkluc3VmZmljaWVudFNjb3Blc1wiLCBtZXNzYWdlLCB7XG4gICAgICAgICAgcmVxdWlyZWQ6IGV4cHIsXG4gICAgICAgICAgdW5zYXRpc2ZpZWQ6IGdvdENyZWRzID8gdW5zYXRpc2ZpZWQoci5zY29wZXMsIGV4cHIpIDogdW5kZWZpbmVkLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICB9LFxuICAgIGFzeW5jIHNjb3BlcygpIHtcbiAgICAgIGNvbnN0IHIgPSBhd2FpdCBhdXRoZW50aWNhdGUoKTtcbiAgICAgIHJldHVybiByLnN0YXR1cyA9PT0gXCJhdXRoLWZhaWxlZFwiID8gW10gOiByLnNjb3BlcztcbiAgICB9LFxuICAgIGFzeW5jIGNsaWVudElkKCkge1xuICAgICAgY29uc3QgciA9IGF3YWl0IGF1dGhlbnRpY2F0ZSgpO1xuICAgICAgcmV0dXJuIHIuc3RhdHVzID09PSBcImF1dGgtc3VjY2Vzc1wiID8gci5jbGllbnRJZCA6IGBhdXRoLWZhaWxlZDoke3Iuc3RhdHVzfWA7XG4gICAgfSxcbiAgICBhc3luYyBleHBpcmVzKCkge1xuICAgICAgY29uc3QgciA9IGF3YWl0IGF1dGhlbnRpY2F0ZSgpO1xuICAgICAgcmV0dXJuIHIuc3RhdHVzID09PSBcImF1dGgtc3VjY2Vzc1wiID8gci5leHBpcmVzIDogdW5kZWZpbmVkO1xuICAgIH0sXG4gIH07XG59XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBQUE7Ozs7Ozs7O0NBUUMsR0FFRCxPQUFPLFVBQVUsT0FBTztBQUN4QixTQUFTLEdBQUcsUUFBK0IsTUFBTTtBQUNqRCxPQUFPLG1CQUFtQixjQUFjO0FBQ3hDLFNBQ0UsY0FBYyxFQUNkLFNBQVMsRUFHVCxjQUFjLEVBQ2QsV0FBVyxRQUNOLGtCQUFrQjtBQUV6QixnREFBZ0QsR0FDaEQsT0FBTyxNQUFNLGNBQXNDO0VBQ2pELGtCQUFrQjtFQUNsQix5QkFBeUI7RUFDekIsc0JBQXNCO0VBQ3RCLFlBQVk7RUFDWixtQkFBbUI7RUFDbkIsc0JBQXNCO0VBQ3RCLG9CQUFvQjtFQUNwQixrQkFBa0I7RUFDbEIsa0JBQWtCO0VBQ2xCLGlCQUFpQjtFQUNqQixpQkFBaUI7RUFDakIsZUFBZTtFQUNmLHFCQUFxQjtBQUN2QixFQUFFO0FBRUYsbUdBQW1HLEdBQ25HLE9BQU8sTUFBTSxpQkFBaUI7RUFDbkIsS0FBYTtFQUNiLFFBQWlDO0VBQ2pDLFFBQWdDO0VBQ3pDLFlBQ0UsSUFBWSxFQUNaLE9BQWUsRUFDZixVQUFtQyxDQUFDLENBQUMsRUFDckMsVUFBa0MsQ0FBQyxDQUFDLENBQ3BDO0lBQ0EsS0FBSyxDQUFDO0lBQ04sSUFBSSxDQUFDLElBQUksR0FBRztJQUNaLElBQUksQ0FBQyxJQUFJLEdBQUc7SUFDWixJQUFJLENBQUMsT0FBTyxHQUFHO0lBQ2YsSUFBSSxDQUFDLE9BQU8sR0FBRztFQUNqQjtBQUNGO0FBRUEscURBQXFELEdBQ3JELE9BQU8sU0FBUyxZQUNkLElBQVksRUFDWixPQUFlLEVBQ2YsVUFBbUMsQ0FBQyxDQUFDO0VBRXJDLE1BQU0sSUFBSSxTQUFTLE1BQU0sU0FBUztBQUNwQztBQStEQSxpRUFBaUUsR0FDakUsT0FBTyxTQUFTLE1BQ2QsSUFBYyxFQUNkLFNBQVMsR0FBRyxFQUNaLFVBQWtDLENBQUMsQ0FBQztFQUVwQyxNQUFNLElBQUksSUFBSSxRQUFRO0lBQUUsaUJBQWlCO0lBQXFDLEdBQUcsT0FBTztFQUFDO0VBQ3pGLElBQUksU0FBUyxXQUFXO0lBQ3RCLE9BQU8sSUFBSSxTQUFTLE1BQU07TUFBRSxRQUFRLFdBQVcsTUFBTSxNQUFNO01BQVEsU0FBUztJQUFFO0VBQ2hGO0VBQ0EsRUFBRSxHQUFHLENBQUMsZ0JBQWdCO0VBQ3RCLE9BQU8sSUFBSSxTQUFTLEtBQUssU0FBUyxDQUFDLE9BQU87SUFBRTtJQUFRLFNBQVM7RUFBRTtBQUNqRTtBQUVBLE1BQU0sY0FBYyxLQUFLLE9BQU87QUFFaEMsSUFBSTtBQUNKLE1BQU0sYUFBYSxJQUFJO0FBRXZCLFNBQVMsYUFBYSxNQUErQjtFQUNuRCxNQUFNLElBQWtDLFdBQVcsR0FBRyxDQUFDO0VBQ3ZELElBQUksTUFBTSxXQUFXO0lBQ25CLGdCQUFnQixDQUFDO01BQ2YsTUFBTSxJQUFJLElBQUksSUFBSTtRQUFFLFdBQVc7UUFBTSxRQUFRO1FBQU8sYUFBYTtNQUFLO01BQ3JFLGNBQThDO01BQy9DLE9BQU87SUFDVCxDQUFDO0lBQ0QsTUFBTSxXQUFXLFlBQVksT0FBTyxDQUFDO0lBQ3JDLFdBQVcsR0FBRyxDQUFDLFFBQVE7SUFDdkIsT0FBTztFQUNUO0VBQ0EsT0FBTztBQUNUO0FBRUEsZ0dBQWdHLEdBQ2hHLE9BQU8sU0FBUyxhQUFhLE1BQStCLEVBQUUsS0FBYztFQUMxRSxNQUFNLElBQUksYUFBYTtFQUN2QixJQUFJLEVBQUUsUUFBUSxPQUFPO0VBQ3JCLE1BQU0sUUFBUSxDQUFDLEVBQUUsTUFBTSxJQUFJLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUNsQyxNQUFNLFFBQVEsRUFBRSxZQUFZLEtBQUssS0FBSyxTQUFTLENBQUMsSUFBSSxFQUFFLEVBQUUsWUFBWSxFQUFFO0lBQ3RFLE1BQU0sUUFBUSxFQUFFLE1BQU0sSUFBSSxPQUFPLElBQUksQ0FBQyxFQUFFLE1BQU0sRUFBRSxNQUFNLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxTQUFTLENBQUMsRUFBRSxNQUFNLEdBQUcsR0FBRztJQUMxRixPQUFPLENBQUMsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsT0FBTyxJQUFJLGVBQWUsT0FBTztFQUM1RDtFQUNBLE9BQU87SUFBQztJQUE2QjtPQUFjO0dBQU0sQ0FBQyxJQUFJLENBQUM7QUFDakU7QUFFQSxTQUFTLGFBQWEsT0FBZSxFQUFFLE9BQWdDO0VBQ3JFLE9BQU8sUUFBUSxPQUFPLENBQUMseUJBQXlCLENBQUMsTUFBTTtJQUNyRCxNQUFNLFFBQVEsT0FBTyxVQUFVLE9BQU8sQ0FBQyxJQUFJLEdBQUc7SUFDOUMsT0FBTyxPQUFPLFVBQVUsV0FBVyxRQUFRLEtBQUssU0FBUyxDQUFDLE9BQU8sTUFBTTtFQUN6RTtBQUNGO0FBRUEsb0RBQW9ELEdBQ3BELE9BQU8sU0FBUyxjQUNkLEdBQVksRUFDWixJQUEwRSxFQUMxRSxHQUFXO0VBRVgsSUFBSTtFQUNKLElBQUksZUFBZSxZQUFZLFdBQVcsQ0FBQyxJQUFJLElBQUksQ0FBQyxLQUFLLFdBQVc7SUFDbEUsSUFBSTtFQUNOLE9BQU87SUFDTCxNQUFNLGFBQWEsT0FBTyxVQUFVO0lBQ3BDLE1BQU0sT0FBTyxlQUFlLFFBQVMsSUFBSSxLQUFLLElBQUksT0FBTyxPQUFRLE9BQU87SUFDeEUsUUFBUSxLQUFLLENBQUMsQ0FBQywyQkFBMkIsRUFBRSxLQUFLLE1BQU0sQ0FBQyxXQUFXLEVBQUUsV0FBVyxHQUFHLEVBQUUsTUFBTTtJQUMzRixJQUFJLElBQUksU0FDTix1QkFDQSx5RkFDRSx1QkFDRjtNQUFFO01BQVksT0FBTztJQUFLO0VBRTlCO0VBQ0EsTUFBTSxTQUFTLFdBQVcsQ0FBQyxFQUFFLElBQUksQ0FBQztFQUNsQyxNQUFNLE9BQU8sSUFBSSxLQUFLLEtBQUssTUFBTTtFQUNqQyxNQUFNLFVBQVUsYUFBYSxFQUFFLE9BQU8sRUFBRSxFQUFFLE9BQU8sSUFBSTtJQUNuRDtJQUNBLENBQUMsY0FBYyxFQUFFLEtBQUssTUFBTSxFQUFFO0lBQzlCLENBQUMsY0FBYyxFQUFFLEVBQUUsSUFBSSxFQUFFO0lBQ3pCLENBQUMsY0FBYyxFQUFFLFFBQVE7SUFDekIsQ0FBQyxjQUFjLEVBQUUsTUFBTTtHQUN4QixDQUFDLElBQUksQ0FBQztFQUNQLE1BQU0sVUFBa0M7SUFBRSxHQUFHLEVBQUUsT0FBTztFQUFDO0VBQ3ZELElBQUksRUFBRSxJQUFJLEtBQUssd0JBQXdCLE9BQU8sQ0FBQyxtQkFBbUIsR0FBRztFQUNyRSxPQUFPLE1BQ0w7SUFDRSxNQUFNLEVBQUUsSUFBSTtJQUNaO0lBQ0EsYUFBYTtNQUFFLFFBQVEsS0FBSyxNQUFNO01BQUUsUUFBUSxLQUFLLE1BQU07TUFBRSxTQUFTLEtBQUssT0FBTztNQUFFO0lBQUs7RUFDdkYsR0FDQSxRQUNBO0FBRUo7QUFFQSw2RkFBNkYsR0FDN0YsT0FBTyxTQUFTLGFBQWEsR0FBWTtFQUN2QyxNQUFNLE1BQU0sSUFBSSxJQUFJLElBQUksR0FBRztFQUMzQixNQUFNLGFBQWEsSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLFdBQVcsSUFBSSxJQUFJO0VBQ3RELE1BQU0sSUFBSSxXQUFXLEtBQUssQ0FBQztFQUMzQixNQUFNLE9BQU8sSUFBSyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxFQUFFLEdBQUksSUFBSSxRQUFRO0VBQzlDLElBQUksT0FBTyxHQUFHLENBQUMsRUFBRSxHQUFHLE9BQU8sQ0FBQyxDQUFDLEVBQUUsSUFBSyxJQUFJLFFBQVEsS0FBSyxXQUFXLE1BQU07RUFDdEUsTUFBTSxVQUFVLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQztFQUNoQyxNQUFNLFdBQVcsSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDO0VBQ2pDLElBQUksWUFBWSxNQUFNLE9BQU8sU0FBUyxTQUFTO09BQzFDLElBQUksYUFBYSxRQUFRLGFBQWEsU0FBUyxPQUFPO0VBQzNELE9BQU87SUFBRTtJQUFNO0VBQUs7QUFDdEI7QUFFQSw2RUFBNkUsR0FDN0UsT0FBTyxTQUFTLFdBQVcsR0FBWTtFQUNyQyxNQUFNLE1BQU0sSUFBSSxJQUFJLElBQUksR0FBRztFQUMzQixPQUFPLElBQUksUUFBUSxHQUFHLElBQUksTUFBTTtBQUNsQztBQVFBLDBFQUEwRSxHQUMxRSxPQUFPLFNBQVMsZUFDZCxHQUFTLEVBQ1QsTUFBYyxFQUNkLFNBQXFCLEVBQ3JCLElBQWtCO0VBRWxCLEtBQUssTUFBTSxNQUFNLFVBQVc7SUFDMUIsTUFBTSxRQUFRLEdBQUcsTUFBTSxHQUFHLGVBQWUsR0FBRyxNQUFNLElBQUksRUFBRTtJQUN4RCxNQUFNLGNBQWM7U0FBSSxHQUFHLEtBQUssQ0FBQyxRQUFRLENBQUM7S0FBcUIsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFNLENBQUMsQ0FBQyxFQUFFO0lBQy9FLE1BQU0sZ0JBQWdCLEdBQUcsTUFBTSxLQUFLLFFBQVEsTUFBTSxLQUFLLENBQUMsQ0FBQyxJQUFNLFlBQVksUUFBUSxDQUFDO0lBQ3BGLElBQUksRUFBRSxDQUFDLEdBQUcsTUFBTSxDQUFDLFdBQVcsSUFBSSxTQUFTLEdBQUcsS0FBSyxFQUFFLE9BQU87TUFDeEQsTUFBTSxTQUFpQyxDQUFDO01BQ3hDLEtBQUssTUFBTSxLQUFLLFlBQWEsTUFBTSxDQUFDLEVBQUUsR0FBRyxFQUFFLEdBQUcsQ0FBQyxLQUFLLENBQUMsTUFBTTtNQUMzRCxJQUFJLFVBQW1CLENBQUM7TUFDeEIsSUFBSTtRQUNGLFVBQVUsTUFBTSxVQUFVLEVBQUUsR0FBRyxDQUFDLEdBQUc7UUFDbkMsTUFBTSxNQUFNLFlBQVksR0FBRyxJQUFJLFFBQVEsU0FBUztRQUNoRCxJQUFJLGVBQWUsTUFBTSxJQUFJLFNBQVMsQ0FBQztRQUN2QyxZQUFZLElBQUk7UUFDaEIsSUFBSSxHQUFHLEtBQUssRUFBRTtVQUNaLE1BQU0sS0FBSyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsbUJBQW1CO1VBQzNDLElBQUksQ0FBQyx3QkFBd0IsSUFBSSxDQUFDLEtBQUs7WUFDckMsWUFDRSxvQkFDQSw4RkFDQTtjQUFFLGFBQWEsTUFBTTtZQUFLO1VBRTlCO1VBQ0EsTUFBTSxVQUFVLGFBQWEsR0FBRyxLQUFLLEVBQUU7VUFDdkMsSUFBSSxTQUFTLFlBQVksd0JBQXdCLFNBQVMsQ0FBQztRQUM3RDtRQUNBLE9BQU8sTUFBTSxHQUFHLE9BQU8sQ0FBQztNQUMxQixFQUFFLE9BQU8sS0FBSztRQUNaLE9BQU8sY0FBYyxLQUFLO1VBQUUsUUFBUSxHQUFHLElBQUk7VUFBRTtVQUFRO1FBQVEsR0FBRyxLQUFLLEdBQUc7TUFDMUU7SUFDRjtFQUNGO0FBQ0Y7QUFFQSxlQUFlLFVBQVUsR0FBWTtFQUNuQyxJQUFJLElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxNQUFNLEtBQUssVUFBVSxDQUFDLElBQUksSUFBSSxFQUFFLE9BQU8sQ0FBQztFQUN4RSxNQUFNLE1BQU0sT0FBTyxJQUFJLE9BQU8sQ0FBQyxHQUFHLENBQUMscUJBQXFCO0VBQ3hELElBQUksTUFBTSxhQUFhLFlBQVksaUJBQWlCLHNDQUFzQyxDQUFDO0VBQzNGLE1BQU0sT0FBTyxNQUFNLElBQUksSUFBSTtFQUMzQixJQUFJLEtBQUssTUFBTSxHQUFHLGFBQWE7SUFDN0IsWUFBWSxpQkFBaUIsc0NBQXNDLENBQUM7RUFDdEU7RUFDQSxNQUFNLEtBQUssSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLG1CQUFtQjtFQUM5QyxJQUFJLFNBQVMsTUFBTSxDQUFDLHdCQUF3QixJQUFJLENBQUMsS0FBSyxPQUFPLENBQUM7RUFDOUQsSUFBSTtFQUNKLElBQUk7SUFDRixPQUFPLEtBQUssS0FBSyxDQUFDO0VBQ3BCLEVBQUUsT0FBTyxHQUFHO0lBQ1YsWUFBWSxvQkFBb0Isb0NBQW9DO01BQ2xFLFFBQVEsQUFBQyxFQUFZLE9BQU87SUFDOUI7RUFDRjtFQUNBLElBQUksT0FBTyxTQUFTLFlBQVksU0FBUyxNQUFNO0lBQzdDLFlBQVksb0JBQW9CLG9DQUFvQztNQUNsRSxRQUFRO0lBQ1Y7RUFDRjtFQUNBLFVBQVUsR0FBRyxDQUFDLEtBQUs7RUFDbkIsT0FBTztBQUNUO0FBRUEsTUFBTSxZQUFZLElBQUk7QUFFdEIsU0FBUyxZQUFZLEVBQVksRUFBRSxNQUE4QjtFQUMvRCxNQUFNLFNBQW1CLEVBQUU7RUFDM0IsS0FBSyxNQUFNLENBQUMsTUFBTSxNQUFNLElBQUksT0FBTyxPQUFPLENBQUMsUUFBUztJQUNsRCxNQUFNLEtBQUssR0FBRyxNQUFNLEVBQUUsQ0FBQyxLQUFLO0lBQzVCLElBQUksTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFFBQVE7TUFDekIsT0FBTyxJQUFJLENBQ1QsQ0FBQyxlQUFlLEVBQUUsS0FBSyxZQUFZLEVBQUUsTUFBTSxrQ0FBa0MsRUFBRSxHQUFHLENBQUMsQ0FBQztJQUV4RjtFQUNGO0VBQ0EsSUFBSSxPQUFPLE1BQU0sR0FBRyxHQUFHO0lBQ3JCLFlBQVksMkJBQTJCLENBQUMsdUJBQXVCLEVBQUUsT0FBTyxJQUFJLENBQUMsT0FBTyxFQUFFO01BQ3BGO0lBQ0Y7RUFDRjtBQUNGO0FBRUEsU0FBUyxZQUNQLENBQVUsRUFDVixFQUFZLEVBQ1osTUFBOEIsRUFDOUIsSUFBYSxFQUNiLElBQWtCO0VBRWxCLElBQUk7RUFDSixNQUFNLE1BQU0sRUFBRSxHQUFHLENBQUMsR0FBRztFQUNyQixNQUFNLGVBQWU7SUFDbkIsV0FBVyxDQUFDO01BQ1YsTUFBTSxnQkFBZ0IsSUFBSSxPQUFPLENBQUMsR0FBRyxDQUFDLG9CQUFvQjtNQUMxRCxNQUFNLFdBQVcsV0FBVztNQUM1QixJQUFJLGlCQUFpQixhQUFhLElBQUksQ0FBQyxXQUFXO1FBQ2hELE9BQU87VUFDTCxRQUFRO1VBQ1IsU0FBUywrRUFDUDtRQUNKO01BQ0Y7TUFDQSxNQUFNLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxHQUFHLGFBQWE7TUFDcEMsTUFBTSxJQUFJLE1BQU0sS0FBSyxZQUFZLENBQUM7UUFDaEMsUUFBUSxJQUFJLE1BQU07UUFDbEI7UUFDQTtRQUNBO1FBQ0E7TUFDRjtNQUNBLElBQUksRUFBRSxNQUFNLEtBQUssa0JBQWtCLEVBQUUsTUFBTSxLQUFLLFVBQVUsT0FBTyxFQUFFLElBQUksS0FBSyxVQUFVO1FBQ3BGLE1BQU0sV0FBVyxLQUFLLE1BQU0sQ0FBQyxvQkFBb0IsQ0FDL0MsVUFBVSxHQUFHLENBQUMsUUFBUSxJQUN0QixVQUNBLElBQUksT0FBTyxDQUFDLEdBQUcsQ0FBQyxtQkFBbUI7UUFFckMsSUFBSSxhQUFhLEVBQUUsSUFBSSxFQUFFO1VBQ3ZCLE9BQU87WUFDTCxRQUFRO1lBQ1IsU0FBUyxDQUFDLHNCQUFzQixFQUFFLEVBQUUsSUFBSSxDQUFDLHlCQUF5QixFQUFFLFNBQVMsRUFBRSxDQUFDLEdBQzlFLHNGQUNBO1VBQ0o7UUFDRjtNQUNGO01BQ0EsT0FBTztJQUNULENBQUM7SUFDRCxPQUFPO0VBQ1Q7RUFDQSxNQUFNLFFBQWdDLENBQUM7RUFDdkMsS0FBSyxNQUFNLENBQUMsR0FBRyxFQUFFLElBQUksSUFBSSxJQUFJLElBQUksR0FBRyxFQUFFLFlBQVksQ0FBRSxLQUFLLENBQUMsRUFBRSxHQUFHO0VBQy9ELE9BQU87SUFDTDtJQUNBO0lBQ0E7SUFDQTtJQUNBLE1BQU0sV0FBVSxDQUFDO01BQ2YsSUFBSSxDQUFDLEdBQUcsTUFBTSxFQUFFO01BQ2hCLE1BQU0sT0FBa0IsZUFBZSxHQUFHLE1BQU0sRUFBRTtNQUNsRCxJQUFJLE9BQU8sU0FBUyxZQUFZLFdBQVcsUUFBUSxLQUFLLEtBQUssQ0FBQyxNQUFNLEtBQUssR0FBRztNQUM1RSxNQUFNLElBQUksTUFBTTtNQUNoQixJQUFJLEVBQUUsTUFBTSxLQUFLLGVBQWU7UUFDOUIsTUFBTSxJQUFJLFNBQVMsd0JBQXdCLEVBQUUsT0FBTyxFQUFFO1VBQUUsR0FBRyxDQUFDO1FBQUM7TUFDL0Q7TUFDQSxJQUFJLENBQUMsVUFBVSxFQUFFLE1BQU0sRUFBRSxPQUFPO1FBQzlCLE1BQU0sV0FBVyxFQUFFLE1BQU0sS0FBSztRQUM5QixNQUFNLFVBQVUsV0FDWjtVQUNBLENBQUMsVUFBVSxFQUFFLEVBQUUsUUFBUSxDQUFDLHFFQUFxRSxDQUFDO1VBQzlGO1VBQ0E7VUFDQTtVQUNBO1VBQ0E7VUFDQTtVQUNBO1VBQ0E7VUFDQTtVQUNBO1NBQ0QsQ0FBQyxJQUFJLENBQUMsUUFDTDtVQUNBO1VBQ0E7VUFDQTtVQUNBO1VBQ0E7U0FDRCxDQUFDLElBQUksQ0FBQztRQUNULE1BQU0sSUFBSSxTQUFTLHNCQUFzQixTQUFTO1VBQ2hELFVBQVU7VUFDVixhQUFhLFdBQVcsWUFBWSxFQUFFLE1BQU0sRUFBRSxRQUFRO1FBQ3hEO01BQ0Y7SUFDRjtJQUNBLE1BQU07TUFDSixNQUFNLElBQUksTUFBTTtNQUNoQixPQUFPLEVBQUUsTUFBTSxLQUFLLGdCQUFnQixFQUFFLEdBQUcsRUFBRSxNQUFNO0lBQ25EO0lBQ0EsTUFBTTtNQUNKLE1BQU0sSUFBSSxNQUFNO01BQ2hCLE9BQU8sRUFBRSxNQUFNLEtBQUssaUJBQWlCLEVBQUUsUUFBUSxHQUFHLENBQUMsWUFBWSxFQUFFLEVBQUUsTUFBTSxFQUFFO0lBQzdFO0lBQ0EsTUFBTTtNQUNKLE1BQU0sSUFBSSxNQUFNO01BQ2hCLE9BQU8sRUFBRSxNQUFNLEtBQUssaUJBQWlCLEVBQUUsT0FBTyxHQUFHO0lBQ25EO0VBQ0Y7QUFDRiJ9
// denoCacheMetadata=7537630472020975891,4328548950518165537
