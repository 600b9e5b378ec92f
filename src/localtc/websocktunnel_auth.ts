/**
 * Auth's `websocktunnelToken` for localtc (`GET /api/auth/v1/websocktunnel/<wstAudience>/<wstClient>`,
 * scope `auth:websocktunnel-token:<wstAudience>/<wstClient>`): a JWT signed
 * with the tunnel server's secret, with the real service's claims and 96 h
 * lifetime (websocktunnel_jwt.ts). Reply `{wstClient, wstAudience, token, expires}`.
 */
import { type Endpoint, reply } from "./api.ts";
import { signTunnelToken } from "./websocktunnel_jwt.ts";

/** The endpoint, signing with `secret`; `lifetimeSecs` (tests) defaults to 96 h. */
export function websocktunnelTokenEndpoint(
  secret: string,
  now: () => number,
  lifetimeSecs?: number,
): Endpoint {
  return {
    method: "get",
    route: "/websocktunnel/:wstAudience/:wstClient",
    name: "websocktunnelToken",
    scopes: "auth:websocktunnel-token:<wstAudience>/<wstClient>",
    params: {
      wstAudience: /^[a-zA-Z0-9_-]{1,38}$/,
      wstClient: /^[a-zA-Z0-9_~.%-]+$/,
    },
    handler: async (req) => {
      const { wstAudience, wstClient } = req.params;
      const sub = await req.clientId();
      const { token, expires } = signTunnelToken(
        secret,
        { tid: wstClient, aud: wstAudience, sub },
        now(),
        lifetimeSecs,
      );
      return reply({ wstClient, wstAudience, token, expires });
    },
  };
}
