// Runs inside the isolate: URL and URLSearchParams, a small subset of WHATWG URL that is correct
// for what backend code does with them: absolute http(s)-like URLs (scheme://user:pass@host:port
// /path?query#hash), relative references resolved against a base, percent-encoding, and the
// application/x-www-form-urlencoded query. Not covered: IDNA hostnames, IPv6 literals beyond
// keeping them as written, opaque-path schemes other than "scheme:rest", file: quirks.

const DEFAULT_PORTS = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443", "ftp:": "21" };

function formEncode(text) {
  return encodeURIComponent(text)
    .replace(/%20/g, "+")
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function formDecode(text) {
  const plus = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(plus);
  } catch {
    // Malformed escapes stay as written (browsers keep them too).
    return plus.replace(/%([0-9a-f]{2})/gi, (m, h) => {
      const c = parseInt(h, 16);
      return c < 128 ? String.fromCharCode(c) : m;
    });
  }
}

/** Percent-encodes what WHATWG's path / query / fragment sets encode, keeping existing escapes. */
function encodePart(text, extra) {
  return text.replace(new RegExp(`[\\u0000-\\u0020"<>\`\\u007f-\\uffff${extra}]`, "gu"), (c) =>
    encodeURIComponent(c),
  );
}

function removeDotSegments(path) {
  const out = [];
  const parts = path.split("/");
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i];
    if (seg === "..") {
      if (out.length > 1) out.pop();
      if (i === parts.length - 1) out.push("");
    } else if (seg === ".") {
      if (i === parts.length - 1) out.push("");
    } else out.push(seg);
  }
  return out.join("/") || "/";
}

const ABSOLUTE = /^([a-zA-Z][a-zA-Z0-9+.-]*):(.*)$/s;
const AUTHORITY = /^\/\/([^/?#]*)(.*)$/s;

function parseAuthority(auth) {
  const at = auth.lastIndexOf("@");
  const userinfo = at === -1 ? "" : auth.slice(0, at);
  const hostport = at === -1 ? auth : auth.slice(at + 1);
  const colon = userinfo.indexOf(":");
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostport);
  if (!m) throw new TypeError("Invalid URL");
  if (/[\s<>^|%]/.test(m[1])) throw new TypeError("Invalid URL");
  return {
    username: colon === -1 ? userinfo : userinfo.slice(0, colon),
    password: colon === -1 ? "" : userinfo.slice(colon + 1),
    hostname: m[1].toLowerCase(),
    port: m[2] ?? "",
  };
}

function splitRest(rest) {
  const hashAt = rest.indexOf("#");
  const hash = hashAt === -1 ? "" : rest.slice(hashAt);
  const noHash = hashAt === -1 ? rest : rest.slice(0, hashAt);
  const q = noHash.indexOf("?");
  return {
    pathname: q === -1 ? noHash : noHash.slice(0, q),
    search: q === -1 ? "" : noHash.slice(q),
    hash,
  };
}

function parse(input, base) {
  const text = String(input)
    .trim()
    .replace(/[\t\n\r]/g, "");
  const abs = ABSOLUTE.exec(text);
  if (abs) {
    const protocol = `${abs[1].toLowerCase()}:`;
    const auth = AUTHORITY.exec(abs[2].replace(/\\/g, "/"));
    if (!auth)
      return {
        protocol,
        username: "",
        password: "",
        hostname: "",
        port: "",
        opaque: true,
        ...splitRest(abs[2]),
      };
    const parts = splitRest(auth[2]);
    return {
      protocol,
      ...parseAuthority(auth[1]),
      ...parts,
      pathname: removeDotSegments(parts.pathname || "/"),
    };
  }
  if (base === undefined) throw new TypeError(`Invalid URL: ${text}`);
  const b = parse(base);
  if (b.opaque) throw new TypeError(`Invalid URL: ${text}`);
  if (text.startsWith("//")) return parse(`${b.protocol}${text}`);
  const parts = splitRest(text);
  const out = { ...b, hash: parts.hash };
  if (parts.pathname === "") {
    // "?q" replaces the query; "#h" and "" keep the base's.
    out.search = text.startsWith("?") ? parts.search : b.search;
    out.pathname = b.pathname;
  } else {
    const dir = b.pathname.slice(0, b.pathname.lastIndexOf("/") + 1);
    out.pathname = removeDotSegments(
      parts.pathname.startsWith("/") ? parts.pathname : dir + parts.pathname,
    );
    out.search = parts.search;
  }
  return out;
}

/** Set by URLSearchParams' static block: URL keeps its search and its params in step. */
let linkParams;

export class URLSearchParams {
  #list = [];
  #onChange = null;
  constructor(init = "") {
    if (typeof init === "object" && init !== null) {
      if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          const [k, v, ...more] = pair;
          if (more.length > 0 || pair.length !== 2)
            throw new TypeError("Each pair must have two items");
          this.#list.push([String(k), String(v)]);
        }
      } else for (const key of Object.keys(init)) this.#list.push([key, String(init[key])]);
    } else this.#parse(String(init));
  }
  #parse(text) {
    this.#list = [];
    for (const pair of text.replace(/^\?/, "").split("&")) {
      if (pair === "") continue;
      const eq = pair.indexOf("=");
      this.#list.push(
        eq === -1
          ? [formDecode(pair), ""]
          : [formDecode(pair.slice(0, eq)), formDecode(pair.slice(eq + 1))],
      );
    }
  }
  static {
    // Only URL (this module) can tie a params object to its search: not a public static.
    linkParams = (params, text, onChange) => {
      params.#parse(text);
      params.#onChange = onChange;
    };
  }
  #changed() {
    this.#onChange?.(this.toString());
  }
  get size() {
    return this.#list.length;
  }
  append(name, value) {
    this.#list.push([String(name), String(value)]);
    this.#changed();
  }
  delete(name, value) {
    this.#list = this.#list.filter(
      ([k, v]) => !(k === String(name) && (value === undefined || v === String(value))),
    );
    this.#changed();
  }
  get(name) {
    return this.#list.find(([k]) => k === String(name))?.[1] ?? null;
  }
  getAll(name) {
    return this.#list.filter(([k]) => k === String(name)).map(([, v]) => v);
  }
  has(name, value) {
    return this.#list.some(
      ([k, v]) => k === String(name) && (value === undefined || v === String(value)),
    );
  }
  set(name, value) {
    const key = String(name);
    const at = this.#list.findIndex(([k]) => k === key);
    if (at === -1) this.#list.push([key, String(value)]);
    else {
      this.#list[at] = [key, String(value)];
      this.#list = this.#list.filter(([k], i) => k !== key || i === at);
    }
    this.#changed();
  }
  sort() {
    // Stable, by UTF-16 code units, as the standard says.
    this.#list = this.#list
      .map((p, i) => [p, i])
      .sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]))
      .map(([p]) => p);
    this.#changed();
  }
  forEach(fn, thisArg) {
    for (const [k, v] of this.#list) fn.call(thisArg, v, k, this);
  }
  *entries() {
    for (const [k, v] of this.#list) yield [k, v];
  }
  *keys() {
    for (const [k] of this.#list) yield k;
  }
  *values() {
    for (const [, v] of this.#list) yield v;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  toString() {
    return this.#list.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join("&");
  }
}

export class URL {
  #u;
  #params = new URLSearchParams();
  constructor(input, base) {
    this.#u = parse(input, base === undefined ? undefined : String(base));
    this.#u.pathname = this.#u.opaque ? this.#u.pathname : encodePart(this.#u.pathname, "#?{}");
    this.#u.search = encodePart(this.#u.search, "#'");
    this.#u.hash = encodePart(this.#u.hash, "");
    this.#link();
  }
  static canParse(input, base) {
    try {
      new URL(input, base);
      return true;
    } catch {
      return false;
    }
  }
  static parse(input, base) {
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }
  #link() {
    linkParams(this.#params, this.#u.search, (text) => {
      this.#u.search = text === "" ? "" : `?${text}`;
    });
  }
  get protocol() {
    return this.#u.protocol;
  }
  get username() {
    return this.#u.username;
  }
  get password() {
    return this.#u.password;
  }
  get hostname() {
    return this.#u.hostname;
  }
  get port() {
    return this.#u.port === DEFAULT_PORTS[this.#u.protocol] ? "" : this.#u.port;
  }
  get host() {
    return this.port === "" ? this.hostname : `${this.hostname}:${this.port}`;
  }
  get origin() {
    return this.#u.opaque ? "null" : `${this.protocol}//${this.host}`;
  }
  get pathname() {
    return this.#u.pathname;
  }
  set pathname(value) {
    if (!this.#u.opaque)
      this.#u.pathname = encodePart(
        removeDotSegments(`/${String(value).replace(/^\//, "")}`),
        "#?{}",
      );
  }
  get search() {
    return this.#u.search.length > 1 ? this.#u.search : "";
  }
  set search(value) {
    const text = String(value).replace(/^\?/, "");
    this.#u.search = text === "" ? "" : `?${encodePart(text, "#'")}`;
    this.#link();
  }
  get searchParams() {
    return this.#params;
  }
  get hash() {
    return this.#u.hash.length > 1 ? this.#u.hash : "";
  }
  set hash(value) {
    const text = String(value).replace(/^#/, "");
    this.#u.hash = text === "" ? "" : `#${encodePart(text, "")}`;
  }
  get href() {
    const u = this.#u;
    if (u.opaque) return `${u.protocol}${u.pathname}${this.search}${this.hash}`;
    const cred =
      u.username || u.password ? `${u.username}${u.password ? `:${u.password}` : ""}@` : "";
    return `${u.protocol}//${cred}${this.host}${u.pathname}${this.search}${this.hash}`;
  }
  toString() {
    return this.href;
  }
  toJSON() {
    return this.href;
  }
}
