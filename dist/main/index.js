import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9719:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9902);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6113);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9809);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8186);




await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)({
    runner: (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .createRunner */ .ji)(),
    env: process.env,
    http: _http_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em,
    clock: _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml,
    preconnect: _http_js__WEBPACK_IMPORTED_MODULE_0__/* .preconnect */ .kZ
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isActionError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
// Failures the user sees. Each one says what happened, why, and what to do next; the class
// (`kind`) lets the diagnosis and the job summary add detail without re-parsing text.
class ActionError extends Error {
    kind;
    what;
    fix;
    details;
    name = 'ActionError';
    constructor(kind, 
    /** What happened, one sentence. */
    what, 
    /** What to do next, one or two sentences. */
    fix, details = {}) {
        super(fix ? `${what}\n${fix}` : what);
        this.kind = kind;
        this.what = what;
        this.fix = fix;
        this.details = details;
    }
}
const isActionError = (e) => e instanceof ActionError;


/***/ }),

/***/ 9902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j$: () => (/* binding */ HttpError),
  Xo: () => (/* binding */ formatSeconds),
  kZ: () => (/* binding */ preconnect),
  Em: () => (/* binding */ request)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, proxyName

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
;// CONCATENATED MODULE: ./src/http.ts
// The one HTTP client every request goes through. node:https directly, because Node's
// fetch (undici) costs more to load than this whole action takes to run. It:
// - speaks https only, and never follows a redirect (a token must not be sent elsewhere);
// - bounds each attempt in time, from connect to the last body byte;
// - stops reading a body past a size cap instead of buffering it;
// - tunnels through HTTPS_PROXY with CONNECT, honoring NO_PROXY (rules of @actions/http-client).





/** A request that got no usable answer. `message` is safe to print: no credentials, no body. */
class HttpError extends Error {
    code;
    cause_code;
    name = 'HttpError';
    constructor(code, message, 
    /** The system error code (ECONNREFUSED, EAI_AGAIN…) when there is one. */
    cause_code) {
        super(message);
        this.code = code;
        this.cause_code = cause_code;
    }
}
const DEFAULT_MAX_BYTES = 64 * 1024;
/** `host[:port]` of a proxy URL, never its credentials. */
const proxyName = (proxy) => proxy.host;
const hostPort = (url) => ({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: Number(url.port) || 443
});
function tunnel(proxy, target, signal) {
    const { host, port } = hostPort(target);
    // CONNECT's authority form: an IPv6 address stays in brackets.
    const authority = `${(0,external_node_net_namespaceObject.isIP)(host) === 6 ? `[${host}]` : host}:${port}`;
    const headers = { host: authority };
    if (proxy.username || proxy.password) {
        // getProxyUrl's URL already decodes them; decoding again would corrupt a `%` in a password.
        const credentials = `${proxy.username}:${proxy.password}`;
        headers['proxy-authorization'] = `Basic ${Buffer.from(credentials).toString('base64')}`;
    }
    const client = proxy.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const req = client.request({
            host: proxy.hostname.replace(/^\[|\]$/g, ''),
            port: Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80),
            method: 'CONNECT',
            path: authority,
            headers,
            agent: false,
            signal
        });
        req.once('connect', (res, socket) => {
            if (res.statusCode === 200)
                return resolve(socket);
            socket.destroy();
            reject(new HttpError('proxy', `proxy ${proxyName(proxy)} refused to connect to ${authority} (HTTP ${res.statusCode})`));
        });
        req.once('error', err => {
            const code = err.code;
            reject(signal.aborted
                ? err
                : new HttpError('proxy', `proxy ${proxyName(proxy)} is unreachable (${code ?? err.message})`, code));
        });
        req.end();
    });
}
function readBody(res, maxBytes, url) {
    return new Promise((resolve, reject) => {
        const declared = Number(res.headers['content-length']);
        // Reject before destroying: destroy() emits 'aborted' at once, and the first settle wins.
        if (declared > maxBytes) {
            reject(tooLarge(url, maxBytes));
            return void res.destroy();
        }
        const chunks = [];
        let size = 0;
        res.on('data', (chunk) => {
            size += chunk.length;
            if (size > maxBytes) {
                reject(tooLarge(url, maxBytes));
                return void res.destroy();
            }
            chunks.push(chunk);
        });
        res.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        res.once('error', reject);
        res.once('aborted', () => reject(new HttpError('network', `${url.host} closed the connection mid-answer`)));
    });
}
const tooLarge = (url, maxBytes) => new HttpError('too-large', `${url.host} sent a response larger than ${maxBytes / 1024} KiB; it was cut off`);
// TLS connections opened ahead of a request (see `preconnect`), by `host:port`.
const warm = new Map();
const tlsOptions = (host) => ({
    host,
    ...((0,external_node_net_namespaceObject.isIP)(host) ? {} : { servername: host })
});
/**
 * Starts the TCP and TLS handshakes with a host a later request will go to, so they overlap
 * other work (the STS while the OIDC token is requested). Sends nothing but the handshake; not
 * used through a proxy. A socket that fails or closes first is dropped and the request dials.
 */
function preconnect(url) {
    if (url.protocol !== 'https:' || getProxyUrl(url))
        return;
    const { host, port } = hostPort(url);
    const key = `${host}:${port}`;
    if (warm.has(key))
        return;
    const socket = external_node_tls_default().connect({ ...tlsOptions(host), port });
    const drop = () => {
        if (warm.get(key) === socket)
            warm.delete(key);
    };
    socket.on('error', drop).once('close', drop);
    socket.unref(); // an unused handshake must not keep the step alive
    warm.set(key, socket);
}
function takeWarm(host, port) {
    const key = `${host}:${port}`;
    const socket = warm.get(key);
    warm.delete(key);
    if (!socket || socket.destroyed)
        return undefined;
    socket.ref();
    return socket;
}
const request = async (req) => {
    const { url } = req;
    if (url.protocol !== 'https:') {
        throw new HttpError('insecure', `refusing to send a request over ${url.protocol.replace(':', '')}: only https is allowed`);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs);
    const proxy = getProxyUrl(url);
    try {
        const { host, port } = hostPort(url);
        const tunnelled = proxy ? await tunnel(proxy, url, controller.signal) : undefined;
        const ready = tunnelled ? undefined : takeWarm(host, port);
        const connection = tunnelled
            ? () => external_node_tls_default().connect({ ...tlsOptions(host), socket: tunnelled })
            : ready && (() => ready);
        const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
        const res = await new Promise((resolve, reject) => {
            const r = external_node_https_default().request({
                host,
                port,
                method: req.method,
                path: url.pathname + url.search,
                headers: {
                    ...req.headers,
                    ...(body ? { 'content-length': String(body.length) } : {})
                },
                signal: controller.signal,
                // No `agent` here: with one (even `agent: false`) Node ignores `createConnection`
                // and dials the target directly, bypassing the tunnel. Through a tunnel, `host`
                // makes TLS check the certificate against the target, not the proxy.
                ...(connection ? { createConnection: connection } : {})
            }, resolve);
            r.once('error', reject);
            r.end(body);
        });
        const text = await readBody(res, req.maxBytes ?? DEFAULT_MAX_BYTES, url);
        return {
            status: res.statusCode ?? 0,
            statusText: res.statusMessage ?? '',
            headers: res.headers,
            body: text
        };
    }
    catch (err) {
        // Past the time limit every failure (an abort, a body cut short) is the timeout.
        if (controller.signal.aborted) {
            throw new HttpError('timeout', `${url.host} did not answer within ${formatSeconds(req.timeoutMs)}`);
        }
        if (err instanceof HttpError)
            throw err;
        const e = err;
        const via = proxy ? ` through proxy ${proxyName(proxy)}` : '';
        throw new HttpError('network', `could not reach ${url.host}${via}: ${e.code ?? e.message}`, e.code);
    }
    finally {
        clearTimeout(timer);
    }
};
const formatSeconds = (ms) => ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;


/***/ }),

/***/ 6113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: retryPolicy

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/audit.ts

/** base64(SHA-256(token)): the `hashed_token` GitHub's audit log shows for this token. */
const auditHash = (token) => (0,external_node_crypto_.createHash)('sha256').update(token).digest('base64');
/** Installation tokens live one hour from minting and cannot be refreshed. */
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __nccwpck_require__(9809);
// EXTERNAL MODULE: ./src/sanitize.ts
var sanitize = __nccwpck_require__(5540);
;// CONCATENATED MODULE: ./src/inputs.ts
// Inputs are read and validated before any network call; every problem is reported at once,
// naming the input and showing a valid example. Values that pass are safe to place in a URL
// query (they are still percent-encoded) and cannot select another policy file.


const DEFAULT_DOMAIN = 'octo-sts.dev';
const DEFAULT_TIMEOUT_SECONDS = 60;
// GitHub's OIDC tokens live minutes; the whole step must finish well inside that.
const MAX_TIMEOUT_SECONDS = 300;
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,99})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// A DNS name (labels of letters, digits, hyphens), an IPv4 address or a bracketed IPv6 address.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])$/;
// Spaces, controls, invisible format characters and bidi overrides: none belongs in a name,
// and some make a log line read differently from what it is.
const CONTROL_OR_SPACE = 
// eslint-disable-next-line no-control-regex
/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const shown = (value) => `"${(0,sanitize/* sanitize */.aj)(value, 80)}"`;
function validateScope(scope) {
    if (!scope)
        return 'is required: the repository (`org/repo`) or organization (`org`) whose trust policy to use, e.g. `acme/widgets`.';
    const [owner = '', repo, extra] = scope.split('/');
    const ok = OWNER.test(owner) &&
        extra === undefined &&
        (repo === undefined || (REPO.test(repo) && repo !== '.' && repo !== '..'));
    return ok
        ? undefined
        : `is ${shown(scope)}: expected \`org/repo\` or \`org\` (letters, digits, \`-\`, \`_\`, \`.\`), e.g. \`acme/widgets\` or \`acme\`.`;
}
function validateIdentity(identity) {
    if (!identity)
        return 'is required: the trust policy name, e.g. `deploy` for `.github/chainguard/deploy.sts.yaml`.';
    if (identity.length > 200 ||
        /[/\\]/.test(identity) ||
        CONTROL_OR_SPACE.test(identity) ||
        LONE_SURROGATE.test(identity) ||
        identity === '.' ||
        identity === '..') {
        return `is ${shown(identity)}: expected a policy file name without the \`.sts.yaml\` suffix, no \`/\`, \`\\\`, spaces or control characters, e.g. \`deploy\` for \`.github/chainguard/deploy.sts.yaml\`.`;
    }
    return undefined;
}
function validateDomain(domain) {
    const example = 'e.g. `octo-sts.dev` or `sts.example.com:8443`';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(domain)) {
        return `is ${shown(domain)}: give the host only, without \`${domain.split('://')[0]}://\` (requests always use https), ${example}.`;
    }
    const m = /^(.*?)(?::(\d{1,5}))?$/.exec(domain.toLowerCase());
    const port = m?.[2] === undefined ? 443 : Number(m[2]);
    if (!m || !HOST.test(m[1] ?? '') || port < 1 || port > 65535 || !sameHost(m[1] ?? '')) {
        return `is ${shown(domain)}: expected a host name with an optional port, no path or credentials, ${example}.`;
    }
    return undefined;
}
// The URL parser rewrites some hosts (`0x7f.1`, `1.2.3`) and rejects others (`[::::]`): only a
// host that stays exactly as written is the one the user meant.
function sameHost(host) {
    try {
        return new URL(`https://${host}`).hostname === host;
    }
    catch {
        return false;
    }
}
function validateApiUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `is ${shown(value)}: expected an https URL such as \`https://api.github.com\` or \`https://github.example.com/api/v3\`.`;
    }
    if (url.protocol !== 'https:')
        return `is ${shown(value)}: only https is allowed (the token is sent to it).`;
    if (url.username || url.password || /[?#]/.test(value)) {
        return `must not contain credentials, a query or a fragment, e.g. \`https://github.example.com/api/v3\`.`;
    }
    return undefined;
}
function parseBoolean(value, fallback) {
    if (value === '')
        return fallback;
    if (/^(true|True|TRUE)$/.test(value))
        return true;
    if (/^(false|False|FALSE)$/.test(value))
        return false;
    return undefined;
}
/**
 * Reads and validates every input. `env` supplies GITHUB_API_URL when the input is empty
 * (outside a workflow the `${{ github.api_url }}` default is not expanded).
 */
function readInputs(getInput, env) {
    const problems = [];
    const check = (name, problem) => {
        if (problem)
            problems.push(`\`${name}\` ${problem}`);
    };
    const scope = getInput('scope');
    const identity = getInput('identity');
    const domain = (getInput('domain') || DEFAULT_DOMAIN).toLowerCase();
    const audience = getInput('audience') || domain;
    const githubApiUrl = (getInput('github-api-url') ||
        env.GITHUB_API_URL ||
        'https://api.github.com').replace(/\/+$/, '');
    check('scope', validateScope(scope));
    check('identity', validateIdentity(identity));
    const domainProblem = validateDomain(domain);
    check('domain', domainProblem);
    // An audience taken from a bad domain is that domain's problem, reported once.
    const audienceGiven = getInput('audience') !== '';
    if ((audienceGiven || !domainProblem) &&
        (audience.length > 256 || CONTROL_OR_SPACE.test(audience))) {
        check('audience', `is ${shown(audience)}: expected one audience value without spaces, e.g. \`octo-sts.dev\`.`);
    }
    check('github-api-url', validateApiUrl(githubApiUrl));
    const booleans = { revoke: true, 'dry-run': false };
    const parsed = {};
    for (const [name, fallback] of Object.entries(booleans)) {
        const value = getInput(name);
        const b = parseBoolean(value, fallback);
        if (b === undefined)
            check(name, `is ${shown(value)}: expected \`true\` or \`false\`.`);
        parsed[name] = b ?? fallback;
    }
    const timeoutRaw = getInput('timeout-seconds');
    const timeoutSeconds = timeoutRaw === '' ? DEFAULT_TIMEOUT_SECONDS : Number(timeoutRaw);
    if (!/^\d*$/.test(timeoutRaw) || timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
        check('timeout-seconds', `is ${shown(timeoutRaw)}: expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, e.g. \`60\`.`);
    }
    if (problems.length) {
        throw new errors/* ActionError */.l('input', problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n- ${problems.join('\n- ')}`, "Fix the step's `with:` block; no request was made.");
    }
    return {
        scope,
        identity,
        domain,
        audience,
        githubApiUrl,
        revoke: parsed.revoke ?? true,
        timeoutSeconds,
        dryRun: parsed['dry-run'] ?? false
    };
}

;// CONCATENATED MODULE: ./src/diagnose.ts
// Turns an Octo STS error answer into a diagnosis: the class of failure and what to do about
// it, from the HTTP status and the server's message (the table in PROTOCOL.md).


/** The repository the STS reads the policy from: the repo itself, or the org's `.github`. */
function policyLocation(scope, identity) {
    const [owner, repo] = scope.split('/');
    return {
        repo: repo ? scope : `${owner}/.github`,
        path: `.github/chainguard/${identity}.sts.yaml`
    };
}
/** Which field of the policy a `trust policy: …` denial names. */
function mismatchField(message) {
    const m = /^trust policy: (?:(issuer|subject|audience)\b|(?:expected )?claim "([^"]*)")/.exec(message);
    return m?.[1] ?? (m?.[2] !== undefined ? `claim_pattern["${m[2]}"]` : undefined);
}
function diagnoseExchange(status, message, ctx) {
    const owner = ctx.scope.split('/')[0] ?? ctx.scope;
    const { repo, path } = policyLocation(ctx.scope, ctx.identity);
    const said = message ? `: "${message}"` : '';
    const hosted = ctx.domain === DEFAULT_DOMAIN;
    if (/^no installation found/.test(message)) {
        return {
            kind: 'app-not-installed',
            what: `The Octo STS GitHub App is not installed on "${owner}" (HTTP ${status}).`,
            fix: hosted
                ? `Install it on the account "${owner}" (https://github.com/apps/octo-sts), giving it access to ${repo}.`
                : `Install the GitHub App of your Octo STS server (${ctx.domain}) on "${owner}", giving it access to ${repo}.`
        };
    }
    if (/^unable to find trust policy/.test(message)) {
        return {
            kind: 'policy-not-found',
            what: `No trust policy "${ctx.identity}" was found in ${repo} (HTTP ${status}).`,
            fix: `Create ${path} in ${repo} on its default branch (a policy on another branch is not read). The server caches a miss for up to 5 minutes.`
        };
    }
    if (/^unable to (parse|compile) trust policy/.test(message)) {
        return {
            kind: 'policy-invalid',
            what: `The trust policy ${repo}/${path} is invalid (HTTP ${status})${said}.`,
            fix: 'Fix the file on the default branch: the server rejects unknown keys and Go RE2 patterns that do not compile. The validate action checks policies in pull requests.'
        };
    }
    if (/^trust policy:/.test(message)) {
        const field = mismatchField(message);
        return {
            kind: 'policy-mismatch',
            what: `The trust policy ${repo}/${path} does not admit this workflow${field ? ` (${field} did not match)` : ''} (HTTP ${status})${said}.`,
            fix: `Compare the token's claims (in the log and the job summary) with the policy's ${field ?? 'fields'}; edits apply from the default branch, after up to 5 minutes of server cache.`
        };
    }
    if (/^token exchange failure/.test(message)) {
        return {
            kind: 'permissions-refused',
            what: `GitHub refused the permissions or repositories the trust policy asks for (HTTP ${status})${said}.`,
            fix: `Ask only for permissions the Octo STS App has on "${owner}" (snake_case names such as \`pull_requests\`), and list only repositories the installation can access.`
        };
    }
    if (/^(unable to verify bearer token|invalid bearer token|invalid issuer format|unable to fetch or create the provider)/.test(message)) {
        return {
            kind: 'token-rejected',
            what: `Octo STS could not verify the job's OIDC token (HTTP ${status})${said}.`,
            fix: hosted
                ? `The token's audience must be "${DEFAULT_DOMAIN}": leave \`audience\` empty unless the policy sets one.`
                : `The token's audience ("${ctx.audience}") must be the domain the server was started with, or match the policy's \`audience\`: set the \`audience\` input to it.`
        };
    }
    if (status === 429) {
        return {
            kind: 'rate-limited',
            what: `Octo STS is rate limiting (HTTP 429)${said}.`,
            fix: 'Re-run the job in a few minutes.'
        };
    }
    if (status >= 500) {
        return {
            kind: 'unavailable',
            what: `Octo STS failed (HTTP ${status})${said}.`,
            fix: 'Re-run the job; if it persists, check the status of the STS.'
        };
    }
    return {
        kind: 'unexpected',
        what: `Octo STS refused the exchange (HTTP ${status})${said}.`,
        fix: `Check the inputs \`scope\` ("${ctx.scope}") and \`identity\` ("${ctx.identity}"); if they are right, report this answer.`
    };
}
const exchangeError = (status, message, ctx) => {
    const d = diagnoseExchange(status, message, ctx);
    return new errors/* ActionError */.l(d.kind, d.what, d.fix, {
        status,
        serverMessage: message,
        service: 'Octo STS'
    });
};

;// CONCATENATED MODULE: ./src/exchange.ts
// The Octo STS exchange: the OIDC token in, a GitHub installation token out.
// GET https://{domain}/sts/exchange?scope=…&scopes=…&identity=… with `Authorization: Bearer`.
// `scope` and `scopes` carry the same value: servers have read one or the other.




const STS_SERVICE = 'Octo STS';
function exchangeUrl(domain, scope, identity) {
    const url = new URL(`https://${domain}/sts/exchange`);
    url.search = new URLSearchParams({ scope, scopes: scope, identity }).toString();
    return url;
}
// A token ends up in HTTP headers and git config: printable ASCII, no spaces, nothing else.
const TOKEN = /^[\x21-\x7e]+$/;
/** Exchanges `idToken`; the GitHub token is masked the moment it is parsed. */
async function exchangeToken(ctx, idToken, deps) {
    const url = exchangeUrl(ctx.domain, ctx.scope, ctx.identity);
    const res = await (0,retry/* requestWithRetry */.En)(STS_SERVICE, {
        method: 'GET',
        url,
        headers: {
            authorization: `Bearer ${idToken}`,
            accept: 'application/json'
        }
    }, deps);
    const contentType = String(res.headers['content-type'] ?? '');
    if (res.status !== 200) {
        const { message } = (0,sanitize/* parseErrorBody */.kW)(res.body);
        if (message !== undefined)
            throw exchangeError(res.status, message, ctx);
        throw new errors/* ActionError */.l('protocol', `${STS_SERVICE} answered HTTP ${(0,retry/* statusText */.qS)(res)} with ${(0,sanitize/* describeBody */.MP)(res.body, contentType)}, not an Octo STS error.`, `Check that \`domain\` ("${ctx.domain}") is an Octo STS server, and any proxy in between.`, { status: res.status, service: STS_SERVICE });
    }
    let token;
    let shape;
    try {
        token = JSON.parse(res.body)?.token;
        shape = 'JSON without a "token" string';
    }
    catch {
        // A success body is never echoed: cut short, it may still hold most of a token.
        shape = (0,sanitize/* isHtml */._6)(res.body, contentType)
            ? 'an HTML page'
            : res.body.trim()
                ? 'a body that is not JSON'
                : 'an empty body';
    }
    if (typeof token === 'string' && token)
        deps.setSecret(token);
    if (typeof token !== 'string' || !token) {
        throw new errors/* ActionError */.l('protocol', `${STS_SERVICE} answered 200 without a token (${shape}).`, `Check that \`domain\` ("${ctx.domain}") is an Octo STS server; re-run the job.`, { status: 200, service: STS_SERVICE });
    }
    if (!TOKEN.test(token)) {
        throw new errors/* ActionError */.l('protocol', `${STS_SERVICE} answered 200 with a malformed token (it contains spaces or non-ASCII characters).`, 'Report this to the operator of the STS.', {
            status: 200,
            service: STS_SERVICE
        });
    }
    return token;
}

;// CONCATENATED MODULE: ./src/oidc.ts
// The job's OIDC token, asked of the runner's token endpoint (what core.getIDToken does,
// but through our client so it shares the retry policy, the deadline and the proxy rules).



const OIDC_SERVICE = 'the GitHub OIDC token endpoint';
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const noOidcError = () => new errors/* ActionError */.l('oidc-permission', 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.', 'Add `permissions: id-token: write` to the job (or the workflow). Pull requests from forks and Dependabot runs never get an OIDC token.');
/** The runner's token endpoint, or the error that says how to get one. Reads no network. */
function oidcEndpoint(env) {
    const raw = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!raw || !bearer)
        throw noOidcError();
    try {
        return { url: new URL(raw), bearer };
    }
    catch {
        throw new errors/* ActionError */.l('oidc', 'ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.', 'This is a runner problem: re-run the job, or report it to whoever runs the runner.');
    }
}
/** Requests an OIDC token for `audience`; the token is masked before anything else sees it. */
async function requestIdToken(endpoint, audience, deps) {
    const url = new URL(endpoint.url);
    url.searchParams.set('audience', audience);
    const res = await (0,retry/* requestWithRetry */.En)(OIDC_SERVICE, {
        method: 'GET',
        url,
        headers: {
            authorization: `Bearer ${endpoint.bearer}`,
            accept: 'application/json'
        }
    }, deps);
    let value;
    try {
        value = JSON.parse(res.body)?.value;
    }
    catch {
        value = undefined;
    }
    if (typeof value === 'string' && value)
        deps.setSecret(value);
    if (res.status !== 200) {
        throw new errors/* ActionError */.l('oidc', `${OIDC_SERVICE} refused the request: HTTP ${(0,retry/* statusText */.qS)(res)} (${(0,sanitize/* serverSays */.mJ)(res.body, String(res.headers['content-type'] ?? ''))}).`, 'Check that the job has `permissions: id-token: write`; if it has, re-run the job (the request token may have expired).', { status: res.status, service: OIDC_SERVICE });
    }
    if (typeof value !== 'string' || !JWT.test(value)) {
        throw new errors/* ActionError */.l('oidc', `${OIDC_SERVICE} answered 200 without a token.`, 'Re-run the job; if it persists, the runner is misconfigured.', {
            service: OIDC_SERVICE
        });
    }
    return value;
}
/** The token's claims, for display and diagnosis only: the signature is not checked here. */
function decodeClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return claims && typeof claims === 'object' && !Array.isArray(claims)
            ? claims
            : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/state.ts
// What the main step hands the post step, and how both identify themselves.
const STATE = {
    token: 'token',
    mintedAt: 'minted-at',
    apiUrl: 'api-url',
    revoke: 'revoke'
};
const USER_AGENT = 'octo-sts-token-action';

;// CONCATENATED MODULE: ./src/summary.ts
// Markdown for untrusted text (claims, server messages, policy contents). CommonMark lets any
// ASCII punctuation be backslash-escaped, so escaping all of it leaves no link, image, HTML,
// emphasis, table pipe or entity for a value to start, and the page shows the text as is.
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** One line of literal text: every Markdown-active character escaped, whitespace collapsed. */
const escapeMarkdown = (text) => text.replace(/\s+/g, ' ').replace(PUNCTUATION, c => `\\${c}`);
/**
 * Prose we wrote around values we did not: `code spans` are kept (their content is literal to
 * Markdown; a stray backtick only ends or starts one), everything else is escaped. Lines are
 * kept as hard line breaks.
 */
const markdownProse = (text) => text
    .split(/\r?\n/)
    .map(line => line
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 ? part : escapeMarkdown(part)))
    .join(''))
    .join('  \n');
/** A fenced code block that no line of `text` can close early. */
function codeBlock(text, lang = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/**
 * A one-line code span, usable in a table cell: the fence is longer than any backtick run in
 * `text`, and `|` is escaped (GFM splits cells before it parses code spans).
 */
function codeSpan(text) {
    const line = text.replace(/\s+/g, ' ');
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^`|`$|^ .* $/.test(line) || line === '' ? ' ' : '';
    return `${fence}${pad}${line.replace(/\|/g, '\\|')}${pad}${fence}`;
}
/** A table of literal cells (each escaped unless given as `{ md }`). */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(c => (typeof c === 'string' ? escapeMarkdown(c) : c.md)).join(' | ')} |`;
    return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
function successSummary(s) {
    const code = (v) => ({ md: codeSpan(v) });
    const rows = [
        ['Identity', code(s.identity)],
        ['Scope', code(s.scope)],
        ['STS', code(s.domain)],
        ['Audit hash (SHA-256)', code(s.hash)],
        ['Expires', code(s.expires)],
        ['Revoked at job end', { md: s.revoke ? 'yes' : 'no (`revoke: false`)' }]
    ];
    return [
        '### Octo STS token',
        '',
        // Our own labels are plain Markdown; every value is a literal code span.
        markdownTable(['', ''], rows.map(([label, value]) => [{ md: label }, value])),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/claims.ts
// The OIDC token claims a trust policy decides on, rendered for the log and the job summary.
// Claim values are untrusted display data: a branch or environment name is chosen by whoever
// can push, so every value is made printable, bounded and inert before it is shown.


/** The claims a GitHub Actions trust policy usually matches on, in the server's check order. */
const DECIDING_CLAIMS = [
    'iss',
    'sub',
    'aud',
    'repository',
    'ref',
    'event_name',
    'job_workflow_ref',
    'environment'
];
const MAX_VALUE = 500;
/** `text` made safe for a log line: one printable line, no secrets, no workflow command. */
const safeText = (text, max = MAX_VALUE) => (0,sanitize/* sanitize */.aj)(text, max);
/** How the server sees a claim value, made display-safe. */
function displayValue(value) {
    if (typeof value === 'string') {
        const text = safeText(value);
        return { text, altered: text !== value };
    }
    if (Array.isArray(value) && value.every(v => typeof v === 'string')) {
        const parts = value.map(v => displayValue(v));
        return { text: parts.map(p => p.text).join(', '), altered: parts.some(p => p.altered) };
    }
    if (typeof value === 'boolean')
        return { text: `${value} (boolean)`, altered: false };
    let json;
    try {
        json = JSON.stringify(value) ?? String(value);
    }
    catch {
        json = String(value);
    }
    const kind = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    return { text: `${safeText(json, 200)} (${kind}, not a string)`, altered: true };
}
/**
 * The claims to show: the usual deciding ones present in the token (and `iss`/`sub`/`aud`
 * even when missing), then `extra` (e.g. the claims a local policy's `claim_pattern` names).
 */
function decidingClaims(claims, extra = []) {
    const always = new Set(['iss', 'sub', 'aud']);
    const names = [...new Set([...DECIDING_CLAIMS, ...extra])];
    const rows = [];
    for (const name of names) {
        const present = Object.prototype.hasOwnProperty.call(claims, name);
        if (!present && !always.has(name) && !extra.includes(name))
            continue;
        const shown = present
            ? displayValue(claims[name])
            : { text: '(not in the token)', altered: false };
        rows.push({
            name: safeText(name, 100),
            value: shown.text,
            missing: !present,
            altered: shown.altered
        });
    }
    return rows;
}
const ALTERED_NOTE = '* shown altered: the value holds characters that cannot be printed safely, or is too long.';
/** Aligned lines for a log group. */
function claimLines(rows) {
    const width = Math.max(0, ...rows.map(r => r.name.length));
    const lines = rows.map(r => `${r.name.padEnd(width)}  ${r.value}${r.altered ? ' *' : ''}`);
    return rows.some(r => r.altered) ? [...lines, ALTERED_NOTE] : lines;
}
/** A Markdown table for the job summary. */
function claimsMarkdown(rows) {
    const table = markdownTable(['Claim', 'Value'], rows.map(r => [
        { md: codeSpan(r.name) },
        r.missing ? r.value : { md: codeSpan(r.value) + (r.altered ? ' \\*' : '') }
    ]));
    return rows.some(r => r.altered) ? `${table}\n\n${escapeMarkdown(ALTERED_NOTE)}` : table;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/explain.ts
// Explains a denial against the real policy: when the policy lives in the workflow's own
// repository and a copy is checked out in GITHUB_WORKSPACE, evaluate it against the token's
// claims with the server's semantics and report every field that fails, not just the first.
// The policy engine (yaml + RE2) is loaded only here, on the failure and dry-run paths.



const loadPolicyEngine = () => Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(904)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6904));
/** The server's limit is far below this; a bigger file is not a policy. */
const MAX_POLICY_BYTES = 256 * 1024;
/** Reads a regular file of at most `maxBytes`; `undefined` when there is none. */
function readSmallFile(path, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw e;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        const buf = Buffer.alloc(st.size);
        let read = 0;
        while (read < st.size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, read, st.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buf.subarray(0, read).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** GITHUB_REF and the default branch from the event payload (best effort, never throws). */
function readCheckout(env, readFile = readSmallFile) {
    const out = {};
    if (env.GITHUB_REF)
        out.ref = env.GITHUB_REF;
    try {
        const text = env.GITHUB_EVENT_PATH ? readFile(env.GITHUB_EVENT_PATH, 8 << 20) : undefined;
        const branch = JSON.parse(text ?? 'null')
            ?.repository?.default_branch;
        if (typeof branch === 'string' && branch)
            out.defaultBranch = branch;
    }
    catch {
        // no payload, or not JSON: the default branch stays unnamed
    }
    return out;
}
/** An org scope (or `org/.github`) reads the org's `.github` policy, where `repositories` is allowed. */
const isOrgPolicy = (scope) => {
    const repo = scope.split('/')[1];
    return repo === undefined || repo.toLowerCase() === '.github';
};
/** Whether `file` exists and resolves (through symbolic links) to outside `workspace`. */
function escapesWorkspace(workspace, file) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return false; // absent: the read says so
    }
    return !real.startsWith((0,external_node_fs_.realpathSync)(workspace) + external_node_path_namespaceObject.sep);
}
const sameRepo = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Evaluates the workspace copy of the policy the exchange used, when there is one. */
async function checkLocalPolicy(env, ctx, claims, deps = {}) {
    const { repo, path } = policyLocation(ctx.scope, ctx.identity);
    const workflowRepo = env.GITHUB_REPOSITORY;
    const workspace = env.GITHUB_WORKSPACE;
    if (!workflowRepo || !sameRepo(workflowRepo, repo) || !workspace || !(0,external_node_path_namespaceObject.isAbsolute)(workspace)) {
        return {
            status: 'elsewhere',
            policyRepo: repo,
            ...(workflowRepo ? { workflowRepo } : {})
        };
    }
    let text;
    try {
        const file = (0,external_node_path_namespaceObject.join)(workspace, path);
        if (escapesWorkspace(workspace, file)) {
            return { status: 'unreadable', path, why: 'it is a link to outside the workspace' };
        }
        text = (deps.readFile ?? readSmallFile)(file, MAX_POLICY_BYTES);
    }
    catch (e) {
        return { status: 'unreadable', path, why: String(e?.message ?? e) };
    }
    if (text === undefined)
        return { status: 'absent', path, workspace };
    try {
        const engine = await (deps.loadEngine ?? loadPolicyEngine)();
        const options = { isOrgPolicy: isOrgPolicy(ctx.scope) };
        const explained = engine.explainPolicy(text, claims, ctx.domain, options);
        const parsed = engine.parsePolicy(text, options);
        const policy = parsed.policy ?? parsed.partial;
        const permissions = {};
        for (const [name, level] of Object.entries(policy?.permissions ?? {})) {
            if (typeof level === 'string')
                permissions[name] = level;
        }
        return {
            status: 'checked',
            path,
            verdict: explained.verdict,
            findings: explained.findings,
            warnings: explained.warnings,
            claimNames: Object.keys(policy?.claim_pattern ?? {}),
            permissions
        };
    }
    catch (e) {
        return { status: 'failed', path, why: String(e?.message ?? e) };
    }
}

;// CONCATENATED MODULE: ./src/suggest.ts
// A trust policy that admits exactly the workflow that is running: the real issuer, the exact
// subject (exact match is the safer default), and commented, broader or stricter alternatives.
// Written by hand, not with the yaml package: this module must stay light, and the output is
// checked against the yaml parser in the tests.


const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Go's regexp.QuoteMeta: `s` as an RE2 pattern that matches exactly `s`. */
const quoteMeta = (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
const YAML_SPECIAL = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;
/** `s` as a YAML scalar: plain when unambiguous, otherwise single-quoted. */
function yamlScalar(s) {
    const plain = /^[A-Za-z0-9][A-Za-z0-9_./@:+-]*$/.test(s) &&
        !s.endsWith(':') &&
        !YAML_SPECIAL.test(s) &&
        !/^[-+.]?[0-9]/.test(s);
    return plain ? s : `'${s.replace(/'/g, "''")}'`;
}
const str = (v) => (typeof v === 'string' && v ? v : undefined);
/** The value to put in the policy; `undefined` when it cannot be shown as it is. */
function exact(v) {
    return v !== undefined && safeText(v, 1000) === v ? v : undefined;
}
/** A pattern for every branch (or tag) of the subject's repository, when `sub` names a ref. */
function everyRefPattern(sub) {
    const m = /^(.*?):ref:refs\/(heads|tags)\/([^:]+)(:.*)?$/.exec(sub);
    if (!m)
        return undefined;
    const [, prefix = '', kind, , rest] = m;
    const what = kind === 'heads' ? 'every branch' : 'every tag';
    const any = rest === undefined ? '.*' : '[^:]+';
    return {
        pattern: `${quoteMeta(prefix)}:ref:refs/${kind}/${any}${rest === undefined ? '' : quoteMeta(rest)}`,
        what
    };
}
/** `job_workflow_ref` as a pattern; a pull request's merge ref becomes any pull request's. */
function workflowPattern(ref) {
    const m = /^(.*)@refs\/pull\/\d+\/merge$/.exec(ref);
    return m ? `${quoteMeta(m[1] ?? '')}@refs/pull/[0-9]+/merge` : quoteMeta(ref);
}
/** Whether `sub` is the subject GitHub gives `pull_request` and `pull_request_target` runs. */
const isPullRequestSubject = (sub) => /:pull_request$/.test(sub);
function suggestPolicy(claims, ctx) {
    const { repo, path } = policyLocation(ctx.scope, ctx.identity);
    const orgPolicy = !ctx.scope.includes('/');
    const warnings = [];
    const lines = [
        `# ${path} on the default branch of ${repo}`,
        '# Admits exactly this workflow: review it before you commit it.'
    ];
    const rawIss = str(claims.iss);
    const iss = exact(rawIss);
    if (iss)
        lines.push(`issuer: ${yamlScalar(iss)}`);
    else {
        lines.push(`issuer: ${GITHUB_ISSUER}`);
        warnings.push(rawIss
            ? 'The token\'s `iss` cannot be shown as it is; the policy above uses GitHub\'s issuer: check the "iss" claim.'
            : "The token has no `iss` claim; the policy above uses GitHub's issuer.");
    }
    const rawSub = str(claims.sub);
    const sub = exact(rawSub);
    if (sub) {
        lines.push(`subject: ${yamlScalar(sub)}`);
        const every = everyRefPattern(sub);
        if (every) {
            lines.push(`# Or, instead of subject, ${every.what} of the repository (broader: anyone who can push one gets the token):`, `# subject_pattern: ${yamlScalar(every.pattern)}`);
        }
    }
    else {
        lines.push('subject: REPLACE-WITH-THE-SUB-CLAIM');
        warnings.push(rawSub
            ? "The token's `sub` holds characters that cannot be shown safely: copy it into `subject` yourself."
            : 'The token has no `sub` claim: set `subject` by hand.');
    }
    if (ctx.audience !== ctx.domain) {
        // The server wants its own domain in `aud` unless the policy names the audience.
        lines.push(`audience: ${yamlScalar(ctx.audience)}`);
    }
    const event = str(claims.event_name);
    const pinEvent = rawSub !== undefined && isPullRequestSubject(rawSub) && event === 'pull_request';
    const workflowRef = exact(str(claims.job_workflow_ref));
    const pinWorkflow = workflowRef
        ? `job_workflow_ref: ${yamlScalar(workflowPattern(workflowRef))}`
        : undefined;
    const pinWorkflowWhy = 'To also pin the workflow file (other workflows with this subject are then refused):';
    if (pinEvent) {
        lines.push('claim_pattern:', '  # pull_request_target runs (fork pull requests too) share this subject: pull_request only', '  event_name: pull_request');
        if (pinWorkflow)
            lines.push(`  # ${pinWorkflowWhy}`, `  # ${pinWorkflow}`);
    }
    else if (pinWorkflow) {
        lines.push(`# ${pinWorkflowWhy}`, '# claim_pattern:', `#   ${pinWorkflow}`);
    }
    lines.push('permissions:', '  contents: read # replace with what the job needs, snake_case: pull_requests: write, issues: write…');
    if (orgPolicy) {
        const own = str(claims.repository)?.split('/')[1];
        lines.push('# Org policies only: the repositories the token may access (omitted: all the App can see).', `# repositories:`, `#   - ${own && exact(own) ? yamlScalar(own) : 'REPOSITORY-NAME'}`);
    }
    if (rawSub !== undefined && isPullRequestSubject(rawSub)) {
        warnings.push(event === 'pull_request_target'
            ? 'This is a `pull_request_target` run: its subject also admits `pull_request` runs, and `pull_request_target` runs for pull requests from forks, whose authors you may not trust. Prefer a subject for a protected branch or environment.'
            : 'The subject `…:pull_request` is shared by `pull_request` and `pull_request_target` runs, including those for pull requests from forks; the suggestion pins `event_name` to `pull_request`. Grant such a policy read access only.');
    }
    return { repo, path, yaml: lines.join('\n'), warnings };
}

;// CONCATENATED MODULE: ./src/report.ts
// The diagnosis a user reads when there is no token (or in a dry run): the local policy's
// verdict field by field, the claims that decide a match, and a policy that would admit this
// workflow, written to the log (plain lines and collapsed groups) and to the job summary.
// Loaded only on the failure and dry-run paths; nothing here ever sees a token.





const KIND_TITLE = {
    input: 'invalid input',
    'oidc-permission': 'the job cannot request an OIDC token',
    oidc: 'the OIDC token request failed',
    'app-not-installed': 'the Octo STS App is not installed',
    'policy-not-found': 'trust policy not found',
    'policy-invalid': 'trust policy invalid',
    'policy-mismatch': 'the trust policy does not admit this workflow',
    'permissions-refused': 'GitHub refused the permissions',
    'token-rejected': 'the OIDC token was rejected',
    'rate-limited': 'rate limited',
    unavailable: 'Octo STS is unavailable',
    network: 'network error',
    timeout: 'timed out',
    protocol: 'unexpected answer',
    unexpected: 'the exchange was refused'
};
/** Failures a workspace copy of the policy can say something about. */
const LOCAL_KINDS = new Set([
    'policy-not-found',
    'policy-invalid',
    'policy-mismatch',
    'permissions-refused',
    'token-rejected'
]);
/** A value inside prose: display-safe and in a code span (literal in the summary). */
const v = (s, max = 300) => `\`${safeText(s, max).replace(/`/g, "'")}\``;
/** Prose written with code spans, for the log: the backticks read fine as they are. */
const logLine = (prose) => safeText(prose, 2000);
/**
 * A line we built (YAML, aligned details), kept as it is when making it safe would only
 * collapse its spaces; otherwise made safe.
 */
const aligned = (line) => {
    const safe = safeText(line, 1200);
    return safe === line.replace(/\s+/g, ' ').trim() ? line.replace(/\s/g, ' ') : safe;
};
const pluralFields = (n) => (n === 1 ? '1 field' : `${n} fields`);
function problemLine(p) {
    const at = p.line ? ` at line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';
    return `${p.severity === 'warning' ? 'warning' : 'error'}${at}: ${p.message}`;
}
/** A finding about the token (not about the file itself). */
const isMismatch = (f) => f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined;
function findingLines(f) {
    const lines = [`✗ ${f.field}${f.line ? ` (line ${f.line})` : ''}: ${f.reason}`];
    if (f.pattern !== undefined)
        lines.push(`    policy pattern: ^${f.pattern}$ (Go RE2)`);
    else if (f.expected !== undefined)
        lines.push(`    policy value:   ${f.expected}`);
    if (isMismatch(f))
        lines.push(`    token value:    ${f.actual ?? '(no such claim)'}`);
    return lines.map(aligned);
}
const findingRow = (f) => [
    { md: codeSpan(safeText(f.field, 200)) },
    f.line ? String(f.line) : '',
    {
        md: f.pattern !== undefined
            ? codeSpan(`^${safeText(f.pattern)}$`)
            : f.expected !== undefined
                ? codeSpan(safeText(f.expected))
                : ''
    },
    {
        md: f.actual !== undefined ? codeSpan(safeText(f.actual)) : isMismatch(f) ? '(no such claim)' : ''
    },
    safeText(f.reason, 600)
];
/** Where the server reads the policy, and how that relates to what was checked here. */
function defaultBranchNote(repo, checkout, checked) {
    const branch = checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : '';
    const ref = checkout.ref ? ` (${v(checkout.ref)})` : '';
    return checked
        ? `The server reads the policy from the default branch of ${v(repo)}${branch}; this check used the copy checked out in the workspace${ref}, which may differ.`
        : `The server reads the policy from the default branch of ${v(repo)}${branch}, not from the branch this job runs on.`;
}
/** What the local check says, given why the exchange failed (or `dry-run`). */
function verdict(kind, check, ctx, checkout) {
    const { repo, path } = policyLocation(ctx.scope, ctx.identity);
    const file = v(path);
    switch (check.status) {
        case 'elsewhere':
            return {
                title: 'Trust policy check: not possible here',
                prose: [
                    `The policy is read from ${v(repo)}, not from this workflow's repository${check.workflowRepo ? ` (${v(check.workflowRepo)})` : ''}: it cannot be checked from this workspace. Compare it with the claims that decide a match.`,
                    defaultBranchNote(repo, checkout, false)
                ],
                findings: [],
                warnings: []
            };
        case 'absent':
            return {
                title: `Trust policy check: no ${path} in the workspace`,
                prose: [
                    kind === 'policy-not-found' || kind === 'dry-run'
                        ? `There is no ${file} in the workspace either: create it on the default branch of ${v(repo)} (a suggested policy is below). If the file does exist, check out the repository (\`actions/checkout\`) before this step to have it checked here.`
                        : `The workspace has no ${file} to check (check out the repository with \`actions/checkout\` before this step to have the policy explained here).`
                ],
                findings: [],
                warnings: []
            };
        case 'unreadable':
        case 'failed':
            return {
                title: 'Trust policy check: not possible',
                prose: [`The workspace copy of ${file} could not be checked: ${v(check.why, 200)}.`],
                findings: [],
                warnings: []
            };
        case 'checked':
            break;
    }
    const mismatches = check.findings.filter(isMismatch);
    const fileProblems = check.findings.length - mismatches.length;
    const prose = [];
    let title;
    if (check.verdict === 'unparseable' || check.verdict === 'uncompilable') {
        title = `Trust policy check: ${path} in the workspace is invalid`;
        prose.push(`The workspace copy of ${file} is invalid (${fileProblems === 1 ? '1 problem' : `${fileProblems} problems`}): the server refuses the whole file${mismatches.length ? `. Once it is fixed, ${pluralFields(mismatches.length)} would still refuse this workflow` : ''}. Everything is listed, not just the first.`);
        if (kind === 'policy-not-found') {
            prose.push(`The server did not find the file at all: is it on the default branch of ${v(repo)} yet? Fix it before you merge it.`);
        }
    }
    else if (check.verdict === 'allow') {
        title = `Trust policy check: ${path} in the workspace admits this workflow`;
        const admitted = {
            'policy-not-found': `The workspace has ${file}, and it admits this workflow, but the server found no such file: is it merged to the default branch of ${v(repo)}${checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''} yet? The server caches a miss for up to 5 minutes: if it was merged just now, re-run the job in a few minutes.`,
            'policy-invalid': `The workspace copy of ${file} is valid and admits this workflow: the copy on the default branch must differ. Merge the fix; the server caches policies for up to 5 minutes.`,
            'policy-mismatch': `The workspace copy of ${file} admits this workflow, so the copy on the default branch differs (or the server still caches an older one, for up to 5 minutes).`,
            'dry-run': `The workspace copy of ${file} would admit this workflow, if it is the copy on the default branch of ${v(repo)}.`
        };
        prose.push(admitted[kind] ?? `The workspace copy of ${file} is valid and admits this workflow.`);
    }
    else {
        const n = mismatches.length;
        title = `Trust policy check: ${pluralFields(n)} of ${path} refuse${n === 1 ? 's' : ''} this workflow`;
        prose.push(kind === 'dry-run'
            ? `The workspace copy of ${file} would refuse this workflow. Every field that does not match is listed (the server reports only the first).`
            : kind === 'policy-not-found'
                ? `The server did not find ${file}; the workspace copy would refuse this workflow anyway. Every field that does not match is listed.`
                : `The workspace copy of ${file} refuses this workflow. Every field that does not match is listed (the server reports only the first).`);
    }
    if (kind === 'permissions-refused') {
        const asked = Object.entries(check.permissions)
            .filter(([, level]) => typeof level === 'string')
            .map(([name, level]) => `${name}: ${level}`);
        prose.push(asked.length
            ? `The workspace copy asks for ${asked.map(a => v(a)).join(', ')}: the Octo STS App must have each of these on the owner, with these exact snake_case names.`
            : 'The workspace copy asks for no permissions.');
    }
    prose.push(defaultBranchNote(repo, checkout, true));
    return { title, prose, findings: check.findings, warnings: check.warnings };
}
function verdictLog(vd) {
    return [
        logLine(vd.title),
        ...vd.findings.flatMap(f => findingLines(f).map(l => '  ' + l)),
        ...vd.warnings.map(p => '  ' + safeText(problemLine(p), 1000)),
        ...vd.prose.map(logLine)
    ];
}
function verdictMarkdown(vd) {
    const out = [`#### ${markdownProse(vd.title)}`, ''];
    out.push(vd.prose.map(markdownProse).join('\n\n'), '');
    if (vd.findings.length) {
        out.push(markdownTable(['Field', 'Line', 'Policy', 'Token', 'Why'], vd.findings.map(findingRow)), '');
    }
    if (vd.warnings.length) {
        out.push(markdownTable(['Warning', 'Line'], vd.warnings.map(p => [safeText(p.message, 600), p.line ? String(p.line) : ''])), '');
    }
    return out;
}
/** The claims and suggested-policy blocks both reports share. */
function claimsAndSuggestion(parts, kind) {
    const info = [];
    const groups = [];
    const markdown = [];
    const { ctx, claims, check } = parts;
    if (claims && ctx) {
        const extra = check?.status === 'checked' ? check.claimNames : [];
        const rows = decidingClaims(claims, extra);
        groups.push({
            title: "Claims that decide a match (from the job's OIDC token, which is not shown)",
            lines: claimLines(rows)
        });
        markdown.push('#### Claims that decide a match', '', claimsMarkdown(rows), '');
        const s = suggestPolicy(claims, ctx);
        const suggestTitle = `A trust policy that admits exactly this workflow: ${s.path} in ${s.repo}`;
        groups.push({
            title: suggestTitle,
            lines: [...s.yaml.split('\n'), ...s.warnings.map(w => `Warning: ${w}`)].map(aligned)
        });
        markdown.push(`#### A trust policy that admits exactly this workflow`, '', markdownProse(`Commit it as ${v(s.path)} to the default branch of ${v(s.repo)}:`), '', codeBlock(s.yaml, 'yaml'), '');
        for (const w of s.warnings)
            markdown.push(`> [!WARNING]\n> ${markdownProse(w)}`, '');
        for (const w of s.warnings)
            info.push(logLine(`Warning: ${w}`));
    }
    else if (kind !== 'input' && kind !== 'oidc-permission' && kind !== 'oidc') {
        info.push('The OIDC token could not be decoded: no claims to show.');
    }
    return { info, groups, markdown };
}
function failureReport(input) {
    const { error, ctx, check, checkout = {} } = input;
    const info = [];
    const markdown = [
        `### ❌ Octo STS: no token${ctx ? ` for ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}` : ''} (${KIND_TITLE[error.kind]})`,
        '',
        markdownProse(error.what),
        '',
        `**What to do:** ${markdownProse(error.fix)}`,
        ''
    ];
    if (error.kind === 'oidc-permission') {
        markdown.push(codeBlock('permissions:\n  id-token: write\n  contents: read', 'yaml'), '');
    }
    if (ctx && ['policy-not-found', 'policy-invalid', 'policy-mismatch'].includes(error.kind)) {
        const { repo, path } = policyLocation(ctx.scope, ctx.identity);
        const branch = checkout.defaultBranch
            ? `its default branch, ${v(checkout.defaultBranch)}`
            : 'its default branch';
        const where = `Where the server looks: ${v(path)} in ${v(repo)}, on ${branch} (a miss or a policy is cached for up to 5 minutes).`;
        markdown.push(markdownProse(where), '');
    }
    const vd = ctx && check ? verdict(error.kind, check, ctx, checkout) : undefined;
    if (vd) {
        info.push(...verdictLog(vd));
        markdown.push(...verdictMarkdown(vd));
    }
    const shared = claimsAndSuggestion(input, error.kind);
    info.push(...shared.info);
    markdown.push(...shared.markdown);
    return { info, groups: shared.groups, summary: markdown.join('\n') };
}
function dryRunReport(input) {
    const { ctx, check, checkout = {} } = input;
    const { repo } = policyLocation(ctx.scope, ctx.identity);
    const info = ['Dry run: no exchange was made, and no `token` output is set.'];
    const markdown = [
        `### Octo STS dry run: ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}`,
        '',
        markdownProse(`No exchange was made and no \`token\` output is set. The exchange would ask ${v(`https://${ctx.domain}`)} for identity ${v(ctx.identity, 100)} with scope ${v(ctx.scope, 100)}.`),
        ''
    ];
    const vd = check ? verdict('dry-run', check, ctx, checkout) : undefined;
    if (vd) {
        info.push(...verdictLog(vd));
        markdown.push(...verdictMarkdown(vd));
    }
    else {
        const note = defaultBranchNote(repo, checkout, false);
        info.push(logLine(note));
        markdown.push(markdownProse(note), '');
    }
    const shared = claimsAndSuggestion(input, 'dry-run');
    info.push(...shared.info);
    markdown.push(...shared.markdown);
    return { info, groups: shared.groups, summary: markdown.join('\n') };
}
function writeReport(runner, report) {
    for (const line of report.info)
        runner.info(line);
    for (const g of report.groups)
        runner.group(g.title, g.lines);
    runner.appendSummary(report.summary);
}
/** Checks the local policy when it can help with this failure, then writes the report. */
async function reportFailure(runner, env, error, ctx, claims, deps = {}) {
    const check = ctx && claims && LOCAL_KINDS.has(error.kind)
        ? await checkLocalPolicy(env, ctx, claims, deps)
        : undefined;
    const checkout = readCheckout(env, deps.readFile);
    writeReport(runner, failureReport({ error, ctx, claims, check, checkout }));
}
/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
async function reportDryRun(runner, env, ctx, claims, deps = {}) {
    const check = claims ? await checkLocalPolicy(env, ctx, claims, deps) : undefined;
    const report = dryRunReport({ ctx, claims, check, checkout: readCheckout(env, deps.readFile) });
    writeReport(runner, report);
    return report;
}

;// CONCATENATED MODULE: ./src/main.ts
// The main step: inputs → OIDC token → exchange → masked output + state for the post step.









/** About 4 attempts, 1 s → 8 s backoff with full jitter, 15 s per attempt, within the deadline. */
const retryPolicy = (deadline) => ({
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    attemptTimeoutMs: 15_000,
    deadline
});
async function main({ runner, env, http, clock, preconnect }) {
    let inputs;
    let claims;
    try {
        // The runner's request token is a credential too: masked before anything can print it.
        if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
            runner.setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        inputs = readInputs(runner.getInput, env);
        const endpoint = oidcEndpoint(env);
        const policy = retryPolicy(clock.now() + inputs.timeoutSeconds * 1000);
        const common = {
            http,
            policy,
            clock,
            log: runner.info,
            setSecret: runner.setSecret,
            userAgent: USER_AGENT
        };
        // The STS handshake overlaps the OIDC request (one round trip less on the critical path).
        if (!inputs.dryRun)
            preconnect?.(new URL(`https://${inputs.domain}`));
        const idToken = await requestIdToken(endpoint, inputs.audience, common);
        claims = decodeClaims(idToken);
        if (claims)
            runner.debug(`OIDC token claims: ${(0,sanitize/* sanitize */.aj)(JSON.stringify(claims), 4000)}`);
        if (inputs.dryRun) {
            // The diagnostics (and the policy engine they load) stay out of the success path.
            await reportDryRun(runner, env, inputs, claims);
            return;
        }
        runner.debug(`Exchanging identity "${inputs.identity}" for scope "${inputs.scope}" at https://${inputs.domain}`);
        const token = await exchangeToken(inputs, idToken, common);
        const mintedAt = clock.now();
        runner.setOutput('token', token);
        if (inputs.revoke) {
            runner.saveState(STATE.token, token);
            runner.saveState(STATE.mintedAt, String(mintedAt));
            runner.saveState(STATE.apiUrl, inputs.githubApiUrl);
        }
        else {
            runner.saveState(STATE.revoke, 'false');
        }
        const hash = auditHash(token);
        const expires = new Date(mintedAt + TOKEN_LIFETIME_MS).toISOString();
        runner.info(`Got a token for identity "${inputs.identity}" on ${inputs.scope} (audit hash ${hash}); it expires at ${expires}` +
            (inputs.revoke ? ' and is revoked when the job ends.' : '.'));
        runner.appendSummary(successSummary({ ...inputs, hash, expires }));
    }
    catch (e) {
        if ((0,errors/* isActionError */.B)(e))
            await main_reportFailure(runner, env, e, inputs, claims);
        runner.setFailed((0,errors/* isActionError */.B)(e)
            ? e.message
            : `Unexpected error: ${(0,sanitize/* sanitize */.aj)(String(e?.message ?? e))}. Please report it.`);
    }
}
/** The diagnosis (log groups, job summary); its own failure must not hide the real one. */
async function main_reportFailure(runner, env, error, inputs, claims) {
    try {
        await reportFailure(runner, env, error, inputs, claims);
    }
    catch (e) {
        runner.warning(`Could not write the diagnosis: ${(0,sanitize/* sanitize */.aj)(String(e?.message ?? e))}. Please report it.`);
    }
}


/***/ }),

/***/ 9809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ requestWithRetry),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   qS: () => (/* binding */ statusText)
/* harmony export */ });
/* unused harmony exports Transient, RETRYABLE_STATUS, isTransientHttpError, parseRetryAfter, withRetry, attemptRequest */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9902);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5540);
// One retry policy for every request: only what can succeed later is tried again
// (no answer, or 408/429/5xx), with exponential backoff and full jitter, honoring
// Retry-After, and never past the step's deadline. Denials are final on the first answer.



const systemClock = {
    now: () => Date.now(),
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
    random: Math.random
};
/** A failure that may succeed if tried again. */
class Transient extends Error {
    reason;
    final;
    retryAfterMs;
    name = 'Transient';
    constructor(
    /** Why, for the log: `STS answered 503 Service Unavailable`. */
    reason, 
    /** The error to report if no attempt is left. */
    final, retryAfterMs) {
        super(reason);
        this.reason = reason;
        this.final = final;
        this.retryAfterMs = retryAfterMs;
    }
}
const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const TRANSIENT_NETWORK_CODES = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'EAI_AGAIN',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'UND_ERR_SOCKET'
]);
/** Whether a request that got no usable answer is worth another attempt. */
const isTransientHttpError = (e) => e.code === 'timeout' ||
    (e.code === 'network' &&
        (e.cause_code === undefined || TRANSIENT_NETWORK_CODES.has(e.cause_code)));
/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function parseRetryAfter(value, now) {
    const v = Array.isArray(value) ? value[0] : value;
    if (!v)
        return undefined;
    if (/^\s*\d+\s*$/.test(v))
        return Number(v) * 1000;
    // Otherwise only an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`); Date.parse alone is lenient.
    if (!/^\s*[A-Za-z]{3},? /.test(v))
        return undefined;
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** `503 Service Unavailable`; the reason phrase is server text like any other. */
function statusText(res) {
    const reason = (0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .aj)(res.statusText.replace(/[^\x20-\x7e]/g, ''), 60);
    return reason ? `${res.status} ${reason}` : String(res.status);
}
/**
 * Runs `attempt` until it returns, throws something other than `Transient`, or the attempts or
 * the deadline run out (then the last `Transient`'s final error is thrown, with the time spent).
 */
async function withRetry(service, policy, attempt, log, clock = systemClock) {
    const started = clock.now();
    for (let n = 1;; n++) {
        const left = policy.deadline - clock.now();
        if (left <= 0)
            throw deadlineError(service, clock.now() - started, policy);
        try {
            return await attempt({ attempt: n, timeoutMs: Math.min(policy.attemptTimeoutMs, left) });
        }
        catch (err) {
            if (!(err instanceof Transient))
                throw err;
            if (n >= policy.attempts)
                throw withElapsed(err.final, n, clock.now() - started);
            const backoff = clock.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1));
            const delay = err.retryAfterMs ?? backoff;
            const remaining = policy.deadline - clock.now();
            if (delay >= remaining) {
                const why = err.retryAfterMs !== undefined
                    ? `${service} asked to retry after ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(err.retryAfterMs)}, past the step's deadline`
                    : `no time left before the step's deadline`;
                throw withElapsed(err.final, n, clock.now() - started, why);
            }
            log(`attempt ${n + 1}/${policy.attempts} in ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(delay)}: ${err.reason}`);
            await clock.sleep(delay);
        }
    }
}
function withElapsed(e, attempts, elapsedMs, why) {
    const notes = [
        ...(attempts > 1 ? [`${attempts} attempts over ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(elapsedMs)}`] : []),
        ...(why ? [why] : [])
    ];
    if (!notes.length)
        return e;
    const what = `${e.what.replace(/\.$/, '')} (${notes.join('; ')}).`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(e.kind, what, e.fix, e.details);
}
function deadlineError(service, elapsedMs, policy) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('timeout', `${service} did not answer in time: gave up after ${(0,_http_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSeconds */ .Xo)(elapsedMs)} (timeout-seconds).`, `Check the status of ${service}, or raise the \`timeout-seconds\` input (attempts: ${policy.attempts}).`);
}
const NETWORK_FIX = {
    proxy: 'Check the HTTPS_PROXY/NO_PROXY settings of the runner, and that the proxy is up.',
    timeout: 'The service may be overloaded; re-run the job, or raise `timeout-seconds`.',
    'too-large': 'This is not a response from the expected service; check the URL and any proxy in between.',
    insecure: 'Use an https URL.',
    network: 'Check that the host is right and reachable from the runner (DNS, firewall, HTTPS_PROXY/NO_PROXY).'
};
/**
 * One attempt of one request: transport failures and retryable statuses become `Transient`
 * (or a final error when not worth retrying); redirects are refused. Other answers are returned
 * for the caller to read.
 */
async function attemptRequest(http, service, req, ctx, now = Date.now) {
    let res;
    try {
        res = await http({ ...req, timeoutMs: ctx.timeoutMs });
    }
    catch (e) {
        if (!(e instanceof _http_js__WEBPACK_IMPORTED_MODULE_1__/* .HttpError */ .j$))
            throw e;
        const kind = e.code === 'timeout'
            ? 'timeout'
            : e.code === 'too-large' || e.code === 'insecure'
                ? 'protocol'
                : 'network';
        const final = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(kind, `${service}: ${e.message}.`, NETWORK_FIX[e.code] ?? '', {
            service
        });
        if (isTransientHttpError(e))
            throw new Transient(`${service}: ${e.message}`, final);
        throw final;
    }
    if (res.status >= 300 && res.status < 400) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('protocol', `${service} answered ${statusText(res)}, a redirect; it was not followed (a token is never sent to another address).`, 'Point the action at the service itself, not at an address that redirects.', { status: res.status, service });
    }
    if (RETRYABLE_STATUS.has(res.status)) {
        const reason = `${service} answered ${statusText(res)}`;
        const final = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(res.status === 429
            ? 'rate-limited'
            : res.status === 408 || res.status === 504
                ? 'timeout'
                : 'unavailable', `${reason} (${(0,_sanitize_js__WEBPACK_IMPORTED_MODULE_2__/* .serverSays */ .mJ)(res.body, String(res.headers['content-type'] ?? ''))}), a temporary failure.`, res.status === 429
            ? `${service} is rate limiting; re-run the job in a few minutes.`
            : `${service} may be having an outage; re-run the job later.`, { status: res.status, service });
        throw new Transient(reason, final, parseRetryAfter(res.headers['retry-after'], now()));
    }
    return res;
}
/** One request under the retry policy; returns the first answer that is final. */
function requestWithRetry(service, req, deps) {
    const headers = { ...req.headers, 'user-agent': deps.userAgent };
    return withRetry(service, deps.policy, ctx => attemptRequest(deps.http, service, { ...req, headers }, ctx), deps.log, deps.clock);
}


/***/ }),

/***/ 8186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ createRunner)
});

// UNUSED EXPORTS: escapeData, formatCommand

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/runner.ts
// The runner's side of the contract: inputs, masks, outputs, state, log lines and the job
// summary, spoken in the workflow-command and file-command formats the Actions runner reads.
//
// Why not @actions/core: importing it loads @actions/http-client and undici at start-up
// (+50 ms and +13 MB per step, measured), for the handful of lines below. The formats are
// the documented ones: `::cmd k=v::data` on stdout, `name<<delimiter` blocks in GITHUB_OUTPUT
// and GITHUB_STATE, plain Markdown appended to GITHUB_STEP_SUMMARY.



// `%`, CR and LF would end or alter a command; `:` and `,` also split properties.
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
const PROPERTY_NAMES = {
    title: 'title',
    file: 'file',
    startLine: 'line',
    endLine: 'endLine',
    startColumn: 'col'
};
function formatCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${PROPERTY_NAMES[k]}=${escapeProperty(String(v))}`);
    return `::${command}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}`;
}
/**
 * Plain log text must not be read as a command: a line starting with `::` is broken up, and so
 * is the legacy `##[command]` form, which the runner recognizes anywhere in a line.
 */
const neutralize = (s) => s.replace(/^(\s*):(?=:)/gm, '$1:\u200b').replace(/#(?=#\[)/g, '#\u200b');
function createRunner(env = process.env, write = t => void process.stdout.write(t)) {
    const line = (text) => write(text + external_node_os_namespaceObject.EOL);
    const fileCommand = (kind, name, value) => {
        const path = env[`GITHUB_${kind}`];
        if (!path) {
            throw new Error(`GITHUB_${kind} is not set: run this action in a GitHub Actions job (runner 2.297 or later).`);
        }
        const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
        if (name.includes(delimiter) || value.includes(delimiter)) {
            throw new Error(`refusing to write ${kind.toLowerCase()} "${name}": it contains the delimiter`);
        }
        (0,external_node_fs_.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
    };
    const runner = {
        getInput: name => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        setSecret: value => {
            if (value)
                line(formatCommand('add-mask', value));
        },
        setOutput: (name, value) => fileCommand('OUTPUT', name, value),
        saveState: (name, value) => fileCommand('STATE', name, value),
        getState: name => env[`STATE_${name}`] ?? '',
        isDebug: () => env.RUNNER_DEBUG === '1',
        debug: message => line(formatCommand('debug', message)),
        info: message => line(neutralize(message)),
        notice: (message, props) => line(formatCommand('notice', message, props)),
        warning: (message, props) => line(formatCommand('warning', message, props)),
        error: (message, props) => line(formatCommand('error', message, props)),
        group: (title, lines) => {
            line(formatCommand('group', title));
            for (const l of lines)
                line(neutralize(l));
            line('::endgroup::');
        },
        appendSummary: markdown => {
            const path = env.GITHUB_STEP_SUMMARY;
            if (path)
                (0,external_node_fs_.appendFileSync)(path, markdown + external_node_os_namespaceObject.EOL, 'utf8');
        },
        setFailed: message => {
            process.exitCode = 1;
            runner.error(message);
        }
    };
    return runner;
}


/***/ }),

/***/ 5540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ describeBody),
/* harmony export */   _6: () => (/* binding */ isHtml),
/* harmony export */   aj: () => (/* binding */ sanitize),
/* harmony export */   kW: () => (/* binding */ parseErrorBody),
/* harmony export */   mJ: () => (/* binding */ serverSays)
/* harmony export */ });
/* unused harmony export neutralize */
// Every byte a server sends is untrusted, and so is every claim, policy file and file name.
// Before any of it reaches the job log it goes through `neutralize` (no line of it can act as a
// workflow command) and, where it must be one bounded line, `sanitize`.
const MAX_DEFAULT = 300;
// What .NET's Char.IsWhiteSpace accepts: the runner trims these from the start of a line
// (String.TrimStart) before it looks for `::`. U+0085 (NEL) is one of them; U+FEFF is not.
const DOTNET_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING_COMMAND = new RegExp(`^([${DOTNET_SPACE}]*):(?=:)`);
// C0 controls (ESC included) but the line feed, DEL, and C1 controls (NEL included).
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/**
 * `text` as log lines no part of which the runner reads as a command: controls dropped (line
 * breaks kept, a CR becomes one), a `::` at the start of a line after .NET white space broken
 * with a zero-width space, and the legacy `##[` broken wherever it stands (the runner finds it
 * anywhere in a line). This is the one rule; everything printed to the log passes it.
 */
function neutralize(text) {
    return text
        .replace(/\r\n?/g, '\n')
        .replace(CONTROLS, '')
        .split('\n')
        .map(line => line.replace(LEADING_COMMAND, '$1:\u200b'))
        .join('\n')
        .replace(/#(?=#\[)/g, '#\u200b');
}
// Unicode line/paragraph separators and bidi overrides, which can break a log line or make it
// read differently from what it is.
const UNPRINTABLE = /[\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
// Things that look like credentials: GitHub tokens of every prefix and JWTs.
const SECRET_LIKE = /\b(?:gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{16,}|eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*)/g;
/**
 * One printable, bounded line with no secrets in it, inert wherever it is placed in a line:
 * neutralized, and every `::` broken (not only a leading one), since a value may be embedded
 * after text that the runner trims away.
 */
function sanitize(text, max = MAX_DEFAULT) {
    let s = neutralize(text
        .replace(SECRET_LIKE, '***')
        // Controls become spaces here rather than vanish, so words stay apart.
        .replace(CONTROLS, ' ')
        .replace(UNPRINTABLE, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        // Every `:` followed by `:`, so `:::` cannot leave a `::`.
        .replace(/:(?=:)/g, ': '));
    if (s.length > max)
        s = s.slice(0, Math.max(0, max - 1)).trimEnd() + '…';
    return s;
}
/** True when a body is an HTML page (a proxy's or load balancer's error page, not the STS). */
function isHtml(body, contentType = '') {
    return /text\/html/i.test(contentType) || /^\s*<(!doctype|html|head|body|\?xml)/i.test(body);
}
/** A short, safe description of a response body for an error message. */
function describeBody(body, contentType = '') {
    if (!body.trim())
        return 'an empty body';
    if (isHtml(body, contentType))
        return 'an HTML page (likely from a proxy or load balancer)';
    return `"${sanitize(body, 200)}"`;
}
/** The JSON error fields both the STS (`{code, message}`) and GitHub (`{message}`) send. */
function parseErrorBody(body) {
    try {
        const v = JSON.parse(body);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const { message, code } = v;
            return {
                ...(typeof message === 'string' ? { message: sanitize(message) } : {}),
                ...(typeof code === 'number' && Number.isInteger(code) ? { code } : {})
            };
        }
    }
    catch {
        // not JSON: the caller describes the body instead
    }
    return {};
}
/** What the server said, safe to print: its JSON `message`, or a description of the body. */
function serverSays(body, contentType = '') {
    const { message } = parseErrorBody(body);
    return message ? `"${message}"` : describeBody(body, contentType);
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9719);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
