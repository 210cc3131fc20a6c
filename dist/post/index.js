import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 568:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(902);
/* harmony import */ var _post_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(960);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(809);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(783);




await (0,_post_js__WEBPACK_IMPORTED_MODULE_1__/* .post */ .b)({ runner: (0,_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .createRunner */ .ji)(), http: _http_js__WEBPACK_IMPORTED_MODULE_0__/* .request */ .Em, clock: _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/* unused harmony export isActionError */
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

/***/ 902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j$: () => (/* binding */ HttpError),
  Xo: () => (/* binding */ formatSeconds),
  Em: () => (/* binding */ request)
});

// UNUSED EXPORTS: DEFAULT_MAX_BYTES, preconnect, proxyName

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
function proxy_getProxyUrl(reqUrl) {
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
    const socket = tls.connect({ ...tlsOptions(host), port });
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
    const proxy = proxy_getProxyUrl(url);
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

/***/ 960:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ post)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: ./src/audit.ts

/** base64(SHA-256(token)): the `hashed_token` GitHub's audit log shows for this token. */
const auditHash = (token) => createHash('sha256').update(token).digest('base64');
/** Installation tokens live one hour from minting and cannot be refreshed. */
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(916);
// EXTERNAL MODULE: ./src/retry.ts
var retry = __nccwpck_require__(809);
// EXTERNAL MODULE: ./src/sanitize.ts
var sanitize = __nccwpck_require__(540);
;// CONCATENATED MODULE: ./src/revoke.ts
// Revocation: DELETE {api}/installation/token with the token itself. 204 revoked it;
// 401 means it was already dead. The post step never fails the job over this.



const API_SERVICE = 'the GitHub API';
async function revokeToken(apiUrl, token, deps) {
    const url = new URL(`${apiUrl}/installation/token`);
    try {
        const res = await (0,retry/* requestWithRetry */.En)(API_SERVICE, {
            method: 'DELETE',
            url,
            headers: {
                authorization: `Bearer ${token}`,
                accept: 'application/vnd.github+json',
                'x-github-api-version': '2022-11-28'
            }
        }, deps);
        if (res.status === 204)
            return { result: 'revoked' };
        if (res.status === 401)
            return { result: 'already-invalid' };
        return {
            result: 'failed',
            message: `${API_SERVICE} answered HTTP ${(0,retry/* statusText */.qS)(res)} (${(0,sanitize/* serverSays */.mJ)(res.body, String(res.headers['content-type'] ?? ''))}).`
        };
    }
    catch (e) {
        if (e instanceof errors/* ActionError */.l)
            return { result: 'failed', message: e.what };
        throw e;
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

;// CONCATENATED MODULE: ./src/post.ts
// The post step: revoke the token the main step minted. Never fails the job.




/** Revocation is retried briefly: a job should not wait long on its cleanup. */
const REVOKE_BUDGET_MS = 5_000;
async function post({ runner, http, clock }) {
    try {
        const token = runner.getState(STATE.token);
        if (token)
            runner.setSecret(token);
        if (!token) {
            runner.info(runner.getState(STATE.revoke) === 'false'
                ? 'Token revocation is off (`revoke: false`): the token expires on its own, one hour after it was minted.'
                : 'No token was minted by the main step: nothing to revoke.');
            return;
        }
        // Unknown age (no or bad state) means try to revoke; Number('') would be 0, i.e. 1970.
        const mintedAt = Number(runner.getState(STATE.mintedAt) || NaN);
        if (Number.isFinite(mintedAt) && clock.now() - mintedAt >= TOKEN_LIFETIME_MS) {
            runner.info('The token is more than an hour old and has already expired: nothing to revoke.');
            return;
        }
        const apiUrl = runner.getState(STATE.apiUrl) || 'https://api.github.com';
        const outcome = await revokeToken(apiUrl, token, {
            http,
            clock,
            log: runner.info,
            userAgent: USER_AGENT,
            policy: {
                attempts: 3,
                baseDelayMs: 500,
                maxDelayMs: 2000,
                attemptTimeoutMs: 4000,
                deadline: clock.now() + REVOKE_BUDGET_MS
            }
        });
        if (outcome.result === 'revoked')
            runner.info('Token revoked.');
        else if (outcome.result === 'already-invalid')
            runner.info('The token was already expired or revoked.');
        else
            runner.warning(`Could not revoke the token: ${outcome.message} It expires on its own within the hour.`);
    }
    catch (e) {
        runner.warning(`Could not revoke the token: ${(0,sanitize/* sanitize */.aj)(String(e?.message ?? e))}. It expires on its own within the hour.`);
    }
}


/***/ }),

/***/ 809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ requestWithRetry),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   qS: () => (/* binding */ statusText)
/* harmony export */ });
/* unused harmony exports Transient, RETRYABLE_STATUS, isTransientHttpError, parseRetryAfter, withRetry, attemptRequest */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(916);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(902);
/* harmony import */ var _sanitize_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(540);
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

/***/ 783:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ createRunner)
});

// UNUSED EXPORTS: escapeData, formatCommand

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(598);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
        (0,external_node_fs_namespaceObject.appendFileSync)(path, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
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
                (0,external_node_fs_namespaceObject.appendFileSync)(path, markdown + external_node_os_namespaceObject.EOL, 'utf8');
        },
        setFailed: message => {
            process.exitCode = 1;
            runner.error(message);
        }
    };
    return runner;
}


/***/ }),

/***/ 540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aj: () => (/* binding */ sanitize),
/* harmony export */   mJ: () => (/* binding */ serverSays)
/* harmony export */ });
/* unused harmony exports neutralize, isHtml, describeBody, parseErrorBody */
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

/***/ 598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(568);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
