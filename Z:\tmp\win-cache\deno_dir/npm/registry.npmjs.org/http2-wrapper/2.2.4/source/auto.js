"use strict";
// See https://github.com/facebook/jest/issues/2549
// eslint-disable-next-line node/prefer-global/url
const { URL, urlToHttpOptions } = require("url");
const http = require("http");
const https = require("https");
const resolveALPN = require("resolve-alpn");
const QuickLRU = require("quick-lru");
const { Agent, globalAgent } = require("./agent.js");
const Http2ClientRequest = require("./client-request.js");
const calculateServerName = require("./utils/calculate-server-name.js");
const delayAsyncDestroy = require("./utils/delay-async-destroy.js");

const cache = new QuickLRU({ maxSize: 100 });
const queue = new Map();

const installSocket = (agent, socket, options) => {
  socket._httpMessage = { shouldKeepAlive: true };

  const onFree = () => {
    agent.emit("free", socket, options);
  };

  socket.on("free", onFree);

  const onClose = () => {
    agent.removeSocket(socket, options);
  };

  socket.on("close", onClose);

  const onTimeout = () => {
    const { freeSockets } = agent;

    for (const sockets of Object.values(freeSockets)) {
      if (sockets.includes(socket)) {
        socket.destroy();
        return;
      }
    }
  };

  socket.on("timeout", onTimeout);

  const onRemove = () => {
    agent.removeSocket(socket, options);
    socket.off("close", onClose);
    socket.off("free", onFree);
    socket.off("timeout", onTimeout);
    socket.off("agentRemove", onRemove);
  };

  socket.on("agentRemove", onRemove);

  agent.emit("free", socket, options);
};

const createResolveProtocol = (cache, queue = new Map(), connect = undefined) => {
  return async (options) => {
    const name = `${options.host}:${options.port}:${options.ALPNProtocols.sort()}`;

    if (!cache.has(name)) {
      if (queue.has(name)) {
        const result = await queue.get(name);
        return { alpnProtocol: result.alpnProtocol };
      }

      const { path } = options;
      options.path = options.socketPath;

      const resultPromise = resolveALPN(options, connect);
      queue.set(name, resultPromise);

      try {
        const result = await resultPromise;

        cache.set(name, result.alpnProtocol);
        queue.delete(name);

        options.path = path;

        return result;
      } catch (error) {
        queue.delete(name);

        options.path = path;

        throw error;
      }
    }

    return { alpnProtocol: cache.get(name) };
  };
};

const defaultResolveProtocol = createResolveProtocol(cache, queue);

module.exports = async (input, options, callback) => {
  if (typeof input === "string") {
    input = urlToHttpOptions(new URL(input));
  } else if (input instanceof URL) {
    input = urlToHttpOptions(input);
  } else {
    input = { ...input };
  }

  if (typeof options === "function" || options === undefined) {
    // (options, callback)
    callback = options;
    options = input;
  } else {
    // (input, options, callback)
    options = Object.assign(input, options);
  }

  options.ALPNProtocols = options.ALPNProtocols || ["h2", "http/1.1"];

  if (!Array.isArray(options.ALPNProtocols) || options.ALPNProtocols.length === 0) {
    throw new Error("The `ALPNProtocols` option must be an Array with at least one entry");
  }

  options.protocol = options.protocol || "https:";
  const isHttps = options.protocol === "https:";

  options.host = options.hostname || options.host || "localhost";
  options.session = options.tlsSession;
  options.servername = options.servername ||
    calculateServerName((options.headers && options.headers.host) || options.host);
  options.port = options.port || (isHttps ? 443 : 80);
  options._defaultAgent = isHttps ? https.globalAgent : http.globalAgent;

  const resolveProtocol = options.resolveProtocol || defaultResolveProtocol;

  // Note: We don't support `h2session` here

  let { agent } = options;
  if (agent !== undefined && agent !== false && agent.constructor.name !== "Object") {
    throw new Error(
      "The `options.agent` can be only an object `http`, `https` or `http2` properties",
    );
  }

  if (isHttps) {
    options.resolveSocket = true;

    let { socket, alpnProtocol, timeout } = await resolveProtocol(options);

    if (timeout) {
      if (socket) {
        socket.destroy();
      }

      const error = new Error(`Timed out resolving ALPN: ${options.timeout} ms`);
      error.code = "ETIMEDOUT";
      error.ms = options.timeout;

      throw error;
    }

    // We can't accept custom `createConnection` because the API is different for HTTP/2
    if (socket && options.createConnection) {
      socket.destroy();
      socket = undefined;
    }

    delete options.resolveSocket;

    const isHttp2 = alpnProtocol === "h2";

    if (agent) {
      agent = isHttp2 ? agent.http2 : agent.https;
      options.agent = agent;
    }

    if (agent === undefined) {
      agent = isHttp2 ? globalAgent : https.globalAgent;
    }

    if (socket) {
      if (agent === false) {
        socket.destroy();
      } else {
        const defaultCreateConnection = (isHttp2 ? Agent : https.Agent).prototype.createConnection;

        if (agent.createConnection === defaultCreateConnection) {
          if (isHttp2) {
            options._reuseSocket = socket;
          } else {
            installSocket(agent, socket, options);
          }
        } else {
          socket.destroy();
        }
      }
    }

    if (isHttp2) {
      return delayAsyncDestroy(new Http2ClientRequest(options, callback));
    }
  } else if (agent) {
    options.agent = agent.http;
  }

  // If we're sending HTTP/1.1, handle any explicitly set H2 headers in the options:
  if (options.headers) {
    options.headers = { ...options.headers };

    // :authority is equivalent to the HTTP/1.1 host header
    if (options.headers[":authority"]) {
      if (!options.headers.host) {
        options.headers.host = options.headers[":authority"];
      }

      delete options.headers[":authority"];
    }

    // Remove other HTTP/2 headers as they have their counterparts in the options
    delete options.headers[":method"];
    delete options.headers[":scheme"];
    delete options.headers[":path"];
  }

  return delayAsyncDestroy(http.request(options, callback));
};

module.exports.protocolCache = cache;
module.exports.resolveProtocol = defaultResolveProtocol;
module.exports.createResolveProtocol = createResolveProtocol;
