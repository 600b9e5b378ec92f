/**
 * The request pipeline shared by every localtc service, shaped like
 * Taskcluster's lib-api: parse the JSON body, authenticate lazily (Hawk
 * header or bewit), authorize against the method's scope template (at once
 * when the URL parameters are enough, else when the handler calls
 * `authorize`), validate URL parameters and the input schema, run the
 * handler, and turn errors into Taskcluster's error body
 * `{code, message, requestInfo: {method, params, payload, time}}`.
 */
import type { Context, Hono } from "hono";
import hawk from "hawk";
import { Ajv, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import {
  renderTemplate,
  satisfies,
  type ScopeExpr,
  type ScopeTemplate,
  templateParams,
  unsatisfied,
} from "./scope_expr.ts";

/** HTTP status of each Taskcluster error code. */
export const ERROR_CODES: Record<string, number> = {
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

/** An error reply with a Taskcluster error code; `{{key}}` in the message is filled from details. */
export class ApiError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown>;
  readonly headers: Record<string, string>;
  constructor(
    code: string,
    message: string,
    details: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.details = details;
    this.headers = headers;
  }
}

/** Throws an `ApiError` (for use as an expression). */
export function reportError(
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): never {
  throw new ApiError(code, message, details);
}

/** The input to signature validation, as the auth service receives it. */
export interface SignatureRequest {
  method: string;
  resource: string;
  host: string;
  port: number;
  authorization?: string;
}

/** The outcome of authenticating a request. */
export type AuthResult =
  | {
    status: "auth-success";
    scheme: "hawk" | "bewit";
    clientId: string;
    scopes: string[];
    expires: number;
    hash?: string;
  }
  | { status: "no-auth"; scopes: string[] }
  | { status: "auth-failed"; message: string };

/** Authenticates a request (implemented by the auth service). */
export type Authenticator = (req: SignatureRequest) => Promise<AuthResult>;

/** What a handler gets. */
export interface ApiRequest {
  /** The Hono context (raw request, headers). */
  c: Context;
  /** Decoded URL parameters. */
  params: Record<string, string>;
  /** Decoded query parameters. */
  query: Record<string, string>;
  /** The parsed JSON body (`{}` when there is none). */
  body: unknown;
  /** Checks the caller against the method's scope template rendered with `params`. */
  authorize(params: Record<string, unknown>): Promise<void>;
  /** The caller's expanded scopes (`[]` when authentication failed). */
  scopes(): Promise<string[]>;
  /** The caller's clientId, or `auth-failed:<status>`. */
  clientId(): Promise<string>;
  /** When the caller's credentials expire (ms), if authenticated. */
  expires(): Promise<number | undefined>;
}

/** One API method. */
export interface Endpoint {
  method: "get" | "put" | "post" | "delete";
  /** Hono route below `/api/<service>/v1`. */
  route: string;
  /** The API method name (reported in `requestInfo.method`). */
  name: string;
  /** The scope template; null for public methods. */
  scopes: ScopeTemplate | null;
  /** Patterns URL parameters must match. */
  params?: Record<string, RegExp>;
  /** JSON schema of the request body. */
  input?: Record<string, unknown>;
  handler(req: ApiRequest): Promise<Response> | Response;
}

/** A JSON reply (or 204 with no body when `json` is undefined). */
export function reply(
  json?: unknown,
  status = 200,
  headers: Record<string, string> = {},
): Response {
  const h = new Headers({ "cache-control": "no-store no-cache must-revalidate", ...headers });
  if (json === undefined) {
    return new Response(null, { status: status === 200 ? 204 : status, headers: h });
  }
  h.set("content-type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(json), { status, headers: h });
}

const INPUT_LIMIT = 10 * 1024 * 1024;

let ajvInstance: Ajv | undefined;
const validators = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const v: ValidateFunction | undefined = validators.get(schema);
  if (v === undefined) {
    ajvInstance ??= (() => {
      const a = new Ajv({ allErrors: true, strict: false, useDefaults: true });
      (formatsPlugin as unknown as (a: Ajv) => void)(a);
      return a;
    })();
    const compiled = ajvInstance.compile(schema);
    validators.set(schema, compiled);
    return compiled;
  }
  return v;
}

/** Validates `value` against `schema` (applying defaults); returns an error text or undefined. */
export function schemaErrors(schema: Record<string, unknown>, value: unknown): string | undefined {
  const v = validatorFor(schema);
  if (v(value)) return undefined;
  const lines = (v.errors ?? []).map((e) => {
    const where = e.instancePath === "" ? "data" : `data${e.instancePath}`;
    const extra = e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : "";
    return `  * ${where} ${e.message ?? "is invalid"}${extra}`;
  });
  return ["Schema Validation Failed!", "Errors:", ...lines].join("\n");
}

function fillTemplate(message: string, details: Record<string, unknown>): string {
  return message.replace(/{{([a-zA-Z0-9_-]+)}}/g, (text, key: string) => {
    const value = key in details ? details[key] : text;
    return typeof value === "string" ? value : JSON.stringify(value, null, 2);
  });
}

/** Renders an error as the Taskcluster error body. */
export function errorResponse(
  err: unknown,
  info: { method: string; params: Record<string, string>; payload: unknown },
  now: number,
): Response {
  let e: ApiError;
  if (err instanceof ApiError && ERROR_CODES[err.code] !== undefined) {
    e = err;
  } else {
    const incidentId = crypto.randomUUID();
    const text = err instanceof Error ? (err.stack ?? String(err)) : String(err);
    console.error(`localtc: internal error in ${info.method} (incident ${incidentId}): ${text}`);
    e = new ApiError(
      "InternalServerError",
      "Internal Server Error, incidentId {{incidentId}}. Error (not shown in production):\n" +
        "```\n{{error}}\n```",
      { incidentId, error: text },
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
  const headers: Record<string, string> = { ...e.headers };
  if (e.code === "AuthenticationFailed") headers["www-authenticate"] = "hawk";
  return reply(
    {
      code: e.code,
      message,
      requestInfo: { method: info.method, params: info.params, payload: info.payload, time },
    },
    status,
    headers,
  );
}

/** Host name and port of a request as Hawk signed them (Host header, forwarded port/proto). */
export function hawkHostPort(req: Request): { host: string; port: number } {
  const url = new URL(req.url);
  const hostHeader = req.headers.get("host") ?? url.host;
  const m = hostHeader.match(/^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/);
  const host = m ? (m[1] ?? m[2]) : url.hostname;
  let port = m?.[3] ? Number(m[3]) : (url.protocol === "https:" ? 443 : 80);
  const fwdPort = req.headers.get("x-forwarded-port");
  const fwdProto = req.headers.get("x-forwarded-proto");
  if (fwdPort !== null) port = parseInt(fwdPort, 10);
  else if (fwdProto !== null && fwdProto === "https") port = 443;
  return { host, port };
}

/** The request target as the client signed it: path and query, as received. */
export function resourceOf(req: Request): string {
  const url = new URL(req.url);
  return url.pathname + url.search;
}

/** Dependencies of `mountEndpoints`. */
export interface MountOptions {
  authenticate: Authenticator;
  now: () => number;
}

/** Registers `endpoints` on `app` under `prefix` (e.g. `/api/queue/v1`). */
export function mountEndpoints(
  app: Hono,
  prefix: string,
  endpoints: Endpoint[],
  opts: MountOptions,
): void {
  for (const ep of endpoints) {
    const names = ep.scopes ? templateParams(ep.scopes) : [];
    const routeParams = [...ep.route.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1]);
    const autoAuthorize = ep.scopes !== null && names.every((n) => routeParams.includes(n));
    app.on(ep.method.toUpperCase(), prefix + ep.route, async (c) => {
      const params: Record<string, string> = {};
      for (const n of routeParams) params[n] = c.req.param(n) ?? "";
      let payload: unknown = {};
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
              { contentType: ct || null },
            );
          }
          const problem = schemaErrors(ep.input, payload);
          if (problem) reportError("InputValidationError", problem, {});
        }
        return await ep.handler(req);
      } catch (err) {
        return errorResponse(err, { method: ep.name, params, payload }, opts.now());
      }
    });
  }
}

async function parseBody(req: Request): Promise<unknown> {
  if (req.method === "GET" || req.method === "HEAD" || !req.body) return {};
  const len = Number(req.headers.get("content-length") ?? "0");
  if (len > INPUT_LIMIT) reportError("InputTooLarge", "Request body is larger than 10 MiB", {});
  const text = await req.text();
  if (text.length > INPUT_LIMIT) {
    reportError("InputTooLarge", "Request body is larger than 10 MiB", {});
  }
  const ct = req.headers.get("content-type") ?? "";
  if (text === "" || !/^application\/json\b/i.test(ct)) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (e) {
    reportError("MalformedPayload", "Failed to parse JSON: {{errMsg}}", {
      errMsg: (e as Error).message,
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

const bodyTexts = new WeakMap<Request, string>();

function checkParams(ep: Endpoint, params: Record<string, string>): void {
  const errors: string[] = [];
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

function makeRequest(
  c: Context,
  ep: Endpoint,
  params: Record<string, string>,
  body: unknown,
  opts: MountOptions,
): ApiRequest {
  let result: Promise<AuthResult> | undefined;
  const raw = c.req.raw;
  const authenticate = (): Promise<AuthResult> => {
    result ??= (async (): Promise<AuthResult> => {
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
  const query: Record<string, string> = {};
  for (const [k, v] of new URL(raw.url).searchParams) query[k] = v;
  return {
    c,
    params,
    query,
    body,
    async authorize(p) {
      if (!ep.scopes) return;
      const expr: ScopeExpr = renderTemplate(ep.scopes, p);
      if (typeof expr === "object" && "AllOf" in expr && expr.AllOf.length === 0) return;
      const r = await authenticate();
      if (r.status === "auth-failed") {
        throw new ApiError("AuthenticationFailed", r.message, { ...r });
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
