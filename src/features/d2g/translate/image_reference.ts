/**
 * The check Go's D2G makes on a registry image name before it becomes a
 * `docker run` argument: `reference.ParseNormalizedNamed` of
 * github.com/distribution/reference v0.6.0 (the docker reference grammar),
 * with its error texts. It keeps names such as `--privileged` out of the
 * command line.
 *
 * ```ts
 * imageNameError("ubuntu:24.04");  // undefined
 * imageNameError("--privileged");  // "invalid reference format"
 * ```
 */

const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const domainNameComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const ipv6address = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainAndPort = `(?:${domainName}|${ipv6address})(?::[0-9]+)?`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;
const tagPat = "[\\w][\\w.-]{0,127}";
const digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";

const referenceRegexp = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const anchoredIdentifierRegexp = /^[a-f0-9]{64}$/;
const goDigestRegexp = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const DIGEST_SIZES: Record<string, number> = { sha256: 32, sha384: 48, sha512: 64 };
const REPOSITORY_NAME_MAX = 255;

/** `splitDockerDomain`: the registry and the rest, `docker.io` and `library/` filled in. */
function splitDockerDomain(name: string): [string, string] {
  const i = name.indexOf("/");
  let domain: string;
  let remainder: string;
  if (
    i === -1 ||
    (!/[.:]/.test(name.slice(0, i)) && name.slice(0, i) !== "localhost" &&
      name.slice(0, i).toLowerCase() === name.slice(0, i))
  ) {
    domain = "docker.io";
    remainder = name;
  } else {
    domain = name.slice(0, i);
    remainder = name.slice(i + 1);
  }
  if (domain === "index.docker.io") domain = "docker.io";
  if (domain === "docker.io" && !remainder.includes("/")) remainder = "library/" + remainder;
  return [domain, remainder];
}

/** go-digest's `Digest.Validate` text for a digest that matched the reference grammar. */
function digestError(d: string): string | undefined {
  const i = d.indexOf(":");
  if (i <= 0 || i + 1 === d.length) return "invalid checksum digest format";
  const algorithm = d.slice(0, i);
  const encoded = d.slice(i + 1);
  const size = DIGEST_SIZES[algorithm];
  if (size === undefined) {
    return goDigestRegexp.test(d)
      ? "unsupported digest algorithm"
      : "invalid checksum digest format";
  }
  if (encoded.length !== size * 2) return "invalid checksum digest length";
  return /^[a-f0-9]+$/.test(encoded) ? undefined : "invalid checksum digest format";
}

/** `reference.Parse`'s error text, or undefined when `s` parses. */
function parseError(s: string): string | undefined {
  const m = referenceRegexp.exec(s);
  if (!m) {
    if (s === "") return "repository name must have at least one component";
    if (referenceRegexp.test(s.toLowerCase())) return "repository name must be lowercase";
    return "invalid reference format";
  }
  const nameMatch = anchoredNameRegexp.exec(m[1]);
  const path = nameMatch ? nameMatch[2] : m[1];
  if (path.length > REPOSITORY_NAME_MAX) {
    return `repository name must not be more than ${REPOSITORY_NAME_MAX} characters`;
  }
  return m[3] ? digestError(m[3]) : undefined;
}

/**
 * Why `name` is not a valid docker image reference (the text of Go's
 * `reference.ParseNormalizedNamed` error), or undefined when it is one.
 */
export function imageNameError(name: string): string | undefined {
  if (anchoredIdentifierRegexp.test(name)) {
    return `invalid repository name (${name}), cannot specify 64-byte hexadecimal strings`;
  }
  const [domain, remainder] = splitDockerDomain(name);
  const tagSep = remainder.indexOf(":");
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    return `invalid reference format: repository name (${remote}) must be lowercase`;
  }
  return parseError(`${domain}/${remainder}`);
}

/** Go's `%q` of a string (a double-quoted Go string literal). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (c === 7) out += "\\a";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 11) out += "\\v";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + '"';
}
