import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 1448:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6181);
/* harmony import */ var _steps_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6578);
/* harmony import */ var _steps_validate_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2237);



// The policy engine's worker is this bundle again (src/policy/sandbox.ts).
if ((0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .isEngineWorker */ .lm)())
    await (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .serveEngine */ .c8)();
else {
    await (0,_steps_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validate */ .tf)({
        runner: (0,_steps_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .createRunner */ .j)(),
        env: process.env,
        sandbox: (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .workerSandbox */ .oq)(new URL(import.meta.url))
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2339:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ neutralize),
/* harmony export */   a: () => (/* binding */ sanitize)
/* harmony export */ });
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


/***/ }),

/***/ 4543:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ GITHUB_ISSUER)
/* harmony export */ });
// The issuer of GitHub Actions OIDC tokens, named by the engine's hints and the suggested
// policy. A leaf module: the suggestion (on the main bundle's failure path) imports it without
// loading the engine.
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ goQuoteList),
/* harmony export */   Pp: () => (/* binding */ formatFloat32),
/* harmony export */   WL: () => (/* binding */ quoteMeta),
/* harmony export */   dg: () => (/* binding */ goQuote)
/* harmony export */ });
// Go's text formatting, as far as the server's messages use it: `%q` of strings and string
// slices (strconv.Quote) and strconv.FormatFloat(f, 'g', -1, 32), which the server's YAML
// reader uses when a number lands in a string field.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u; // Go's unicode.IsPrint
const SHORT_ESCAPES = {
    '\u0007': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v'
};
const hex = (n, width) => n.toString(16).padStart(width, '0');
/** strconv.Quote: a double-quoted Go string literal; non-printable runes escaped. */
function goQuote(s) {
    let out = '"';
    for (const ch of s) {
        let cp = ch.codePointAt(0) ?? 0;
        // A lone surrogate cannot come from valid UTF-8; Go's JSON decoder makes it U+FFFD.
        if (cp >= 0xd800 && cp <= 0xdfff)
            cp = 0xfffd;
        const c = String.fromCodePoint(cp);
        if (c === '"' || c === '\\')
            out += '\\' + c;
        else if (PRINTABLE.test(c))
            out += c;
        else if (SHORT_ESCAPES[c])
            out += SHORT_ESCAPES[c];
        else if (cp < 0x20 || cp === 0x7f)
            out += '\\x' + hex(cp, 2);
        else if (cp < 0x10000)
            out += '\\u' + hex(cp, 4);
        else
            out += '\\U' + hex(cp, 8);
    }
    return out + '"';
}
/** `%q` of a []string: `["a" "b"]`. */
const goQuoteList = (list) => `[${list.map(goQuote).join(' ')}]`;
/** strconv.FormatFloat(f, 'g', -1, 32): shortest float32 digits; exponent form below 1e-4 and from 1e6. */
function formatFloat32(f) {
    if (Number.isNaN(f))
        return 'NaN';
    if (f === Infinity)
        return '+Inf';
    if (f === -Infinity)
        return '-Inf';
    const f32 = Math.fround(f);
    if (f32 === 0)
        return Object.is(f32, -0) ? '-0' : '0';
    if (!Number.isFinite(f32))
        return f32 > 0 ? '+Inf' : '-Inf';
    // Shortest decimal that reads back as the same float32.
    let digits = '';
    let exp = 0;
    for (let p = 1; p <= 9; p++) {
        const e = Math.abs(f32).toExponential(p - 1);
        if (Math.fround(Number(e)) === Math.abs(f32)) {
            const [mant = '', ex = '0'] = e.split('e');
            digits = mant.replace('.', '');
            exp = Number(ex);
            break;
        }
    }
    digits = digits.replace(/0+$/, '') || '0';
    const sign = f32 < 0 ? '-' : '';
    // With shortest precision Go switches to %e when the exponent is < -4 or >= 6.
    if (exp < -4 || exp >= 6) {
        const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const e = Math.abs(exp);
        return `${sign}${mant}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
    }
    if (exp < 0)
        return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
    if (digits.length <= exp + 1)
        return sign + digits + '0'.repeat(exp + 1 - digits.length);
    return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
/** Go's regexp.QuoteMeta: `s` as an RE2 pattern that matches exactly `s`. */
const quoteMeta = (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');


/***/ }),

/***/ 6181:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yh: () => (/* binding */ GO_MAX_SIZE),
  Th: () => (/* binding */ MAX_CHECKED_SIZE),
  Td: () => (/* binding */ inThreadSandbox),
  lm: () => (/* binding */ isEngineWorker),
  c8: () => (/* binding */ serveEngine),
  fE: () => (/* binding */ tooCostly),
  oq: () => (/* binding */ workerSandbox)
});

// UNUSED EXPORTS: ENGINE_LIMITS

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/policy/sandbox.ts
// Where the policy engine runs. A pattern the server (Go) accepts can still cost re2js seconds
// and gigabytes to build (`[\p{L}\p{N}]{0,1000}` repeated 200 times: 9 s and 1.7 GB), and a
// policy file comes from whoever can push a branch. So every consumer (the diagnosis, `check`,
// the validate action and `validate`) runs the engine through a Sandbox: in production a
// worker thread with a memory bound (ENGINE_LIMITS) and the step's deadline, terminated when
// either is reached; the job then reports that the file is too costly to check here, and the
// step goes on to report what it came for. The worker is the same bundle re-entered
// (`isEngineWorker` in each entry), so no other file has to ship. Loading this module loads
// nothing of the engine: it is imported (lazily) by the worker and the in-thread sandbox only.

/**
 * The worker's bounds: its heap (a program re2js cannot build within it is too costly; Go
 * bounds its own at 128 MB of instructions) and its stack.
 */
const ENGINE_LIMITS = {
    maxOldGenerationSizeMb: 256,
    maxYoungGenerationSizeMb: 16,
    stackSizeMb: 4
};
const MARK = 'octo-sts-token:policy-engine';
/** Go's regexp/syntax maxSize (1.19+): 128 MB of 40-byte instructions. */
const GO_MAX_SIZE = Math.floor((128 << 20) / 40);
/**
 * The largest program the engine builds here, in Go's instructions. re2js needs about 5 KB
 * and 25 µs an instruction (20,000: 100 MB, half a second); a hand-written pattern needs a few
 * hundred. Larger ones, up to Go's bound, are too costly to check here (src/policy/cost.ts).
 */
const MAX_CHECKED_SIZE = 20_000;
const COSTLY = {
    time: 'it could not be checked within the time limit',
    memory: `checking it needs more than the ${ENGINE_LIMITS.maxOldGenerationSizeMb} MB of memory the check is given`,
    size: `a pattern compiles to more than the ${MAX_CHECKED_SIZE.toLocaleString('en-US')} instructions checked here (the server builds up to ${GO_MAX_SIZE.toLocaleString('en-US')})`
};
/**
 * The words every consumer uses for a file that is too costly to check here; `what` names it
 * and is already inert. It is not called invalid: the server builds what Go can build.
 */
const tooCostly = (what, costly) => `${what} is too costly to check here: ${COSTLY[costly]}. That does not make it invalid (the server may accept it), but nothing here can say what it admits. Counted repetitions such as {0,1000}, many times over, cost the most: simplify the patterns to have them checked.`;
/** This thread is the engine's worker: the entry serves jobs and does nothing else. */
const isEngineWorker = () => !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.[MARK] === true;
/** The worker's side: answers each job with its outcome, one at a time. */
async function serveEngine() {
    const { runJob } = await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(565)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4565));
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port)
        return;
    port.on('message', ({ name, args }) => {
        port.postMessage(runJob(name, args));
    });
}
/** The engine in this thread, unbounded: for tests, which pass their own deadlines and data. */
const inThreadSandbox = {
    run: async (name, args) => (await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(565)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4565))).runJob(name, args)
};
/**
 * The engine in a worker running `file` (the entry's own bundle, which must call
 * `serveEngine` when `isEngineWorker`). One worker serves the jobs in turn and is started
 * again after a job it had to be stopped for; an idle worker holds no process open.
 */
function workerSandbox(file, now = Date.now) {
    let worker;
    let queue = Promise.resolve();
    const start = () => {
        const w = new external_node_worker_threads_namespaceObject.Worker(file, {
            workerData: { [MARK]: true },
            resourceLimits: ENGINE_LIMITS,
            // Its output is not ours to print: whatever it writes stays unread.
            stdout: true,
            stderr: true
        });
        w.unref();
        return w;
    };
    const runOne = (request, deadline) => new Promise(resolve => {
        const w = (worker ??= start());
        let timer;
        const finish = (outcome, stop) => {
            clearTimeout(timer);
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
            if (stop) {
                if (worker === w)
                    worker = undefined;
                void w.terminate();
            }
            w.unref();
            resolve(outcome);
        };
        const onMessage = (outcome) => finish(outcome, false);
        const onError = (e) => finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { ok: false, costly: 'memory' }
            : { ok: false, why: `the policy engine stopped: ${e.message}` }, true);
        const onExit = () => finish({ ok: false, why: 'the policy engine stopped unexpectedly' }, true);
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.ref();
        if (deadline !== undefined) {
            timer = setTimeout(() => finish({ ok: false, costly: 'time' }, true), Math.max(0, deadline - now()));
        }
        w.postMessage(request);
    });
    const run = (name, args, deadline) => {
        const next = queue.then(() => runOne({ name, args }, deadline));
        queue = next.catch(() => undefined);
        return next;
    };
    return { run };
}


/***/ }),

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QK: () => (/* binding */ formatSubject),
/* harmony export */   Wt: () => (/* binding */ repositorySegment),
/* harmony export */   Zm: () => (/* binding */ patternRepository),
/* harmony export */   Zu: () => (/* binding */ namesOtherForm),
/* harmony export */   w$: () => (/* binding */ idsFromEnv),
/* harmony export */   w3: () => (/* binding */ idsFromClaims)
/* harmony export */ });
/* unused harmony exports parseSubject, formOf, subjectForm, inForm, idsCommand */
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6353);
// GitHub's two forms of an Actions subject. The name-only form `repo:OWNER/REPO:…` is what
// GHES and older github.com repositories present; the immutable form
// `repo:OWNER@OWNER_ID/REPO@REPO_ID:…` is the default for repositories created or renamed on
// github.com since mid-2026 (older ones can opt in). The IDs are also the `repository_owner_id`
// and `repository_id` claims, and GITHUB_REPOSITORY_OWNER_ID / GITHUB_REPOSITORY_ID on the
// runner. A policy written in one form never matches a token of the other, so every part that
// reads, writes or explains a subject asks this module. A leaf: no engine, no RE2; a caller that
// compares patterns passes the engine's matcher in.

// GitHub's owner and repository names: letters, digits, `-`, `_` (managed users) and `.` (repos).
// Nothing else, so a command built from them (idsCommand) is safe to copy into a shell.
const NAME = '[A-Za-z0-9._-]+';
const SUBJECT = new RegExp(`^repo:(${NAME})(?:@([0-9]+))?/(${NAME})(?:@([0-9]+))?:(.*)$`, 's');
const ID = /^[0-9]+$/;
/** `sub` split into owner, repository, IDs and the rest; `undefined` when not GitHub's shape. */
function parseSubject(sub) {
    const m = SUBJECT.exec(sub);
    if (!m)
        return undefined;
    const [, owner = '', ownerId, repo = '', repoId, rest = ''] = m;
    // GitHub appends both IDs or neither.
    if ((ownerId === undefined) !== (repoId === undefined))
        return undefined;
    return { owner, repo, rest, ...(ownerId && repoId ? { ids: { ownerId, repoId } } : {}) };
}
const formOf = (s) => s.ids ? 'immutable' : 'name-only';
/** The form of `sub`; `undefined` when it is not a GitHub repository subject. */
function subjectForm(sub) {
    const s = parseSubject(sub);
    return s && formOf(s);
}
/** `repo:OWNER/REPO:REST`, or with `ids` the immutable `repo:OWNER@ID/REPO@ID:REST`. */
function formatSubject(s, ids) {
    return `repo:${repositorySegment(s.owner, s.repo, ids)}:${s.rest}`;
}
/** `OWNER/REPO` or `OWNER@ID/REPO@ID`, as a subject writes it. */
const repositorySegment = (owner, repo, ids) => ids ? `${owner}@${ids.ownerId}/${repo}@${ids.repoId}` : `${owner}/${repo}`;
/**
 * `sub` written in `form`: the immutable form needs `ids` unless `sub` already has them.
 * `undefined` when `sub` is not a GitHub subject or the IDs are unknown.
 */
function inForm(sub, form, ids) {
    const s = parseSubject(sub);
    if (!s)
        return undefined;
    if (form === 'name-only')
        return formatSubject(s);
    const use = s.ids ?? ids;
    return use ? formatSubject(s, use) : undefined;
}
const idOf = (v) => typeof v === 'string' && ID.test(v) ? v : undefined;
/** The IDs from a GitHub token's `repository_owner_id` and `repository_id` claims. */
function idsFromClaims(claims) {
    const ownerId = idOf(claims.repository_owner_id);
    const repoId = idOf(claims.repository_id);
    return ownerId && repoId ? { ownerId, repoId } : undefined;
}
/** The IDs from the runner's GITHUB_REPOSITORY_OWNER_ID and GITHUB_REPOSITORY_ID. */
function idsFromEnv(env) {
    const ownerId = idOf(env.GITHUB_REPOSITORY_OWNER_ID);
    const repoId = idOf(env.GITHUB_REPOSITORY_ID);
    return ownerId && repoId ? { ownerId, repoId } : undefined;
}
/** The command that prints a repository's owner ID and repository ID, one a line. */
const idsCommand = (owner, repo) => `gh api repos/${owner}/${repo} --jq '.owner.id, .id'`;
/** `text` as it may be spelled in a pattern: each punctuation character optionally escaped. */
const spelled = (text) => [...text]
    .map(c => (/[A-Za-z0-9]/.test(c) ? c : `\\\\?${c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')}`))
    .join('');
/**
 * `pattern` with every literal `repo:OWNER/REPO:` of the repository in the other form than
 * `toIds` says replaced by the one in that form: from the immutable form (with `fromIds`, or
 * any IDs when unknown) to the name-only one, or the other way round. `undefined` when the
 * pattern spells none.
 */
function rewritePattern(pattern, s, fromIds, toIds) {
    const id = (v) => `${spelled('@')}${v ?? '[0-9]+'}`;
    const named = toIds
        ? `${spelled(s.owner)}${spelled('/')}${spelled(s.repo)}`
        : `${spelled(s.owner)}${id(fromIds?.ownerId)}${spelled('/')}${spelled(s.repo)}${id(fromIds?.repoId)}`;
    const segment = new RegExp(`repo${spelled(':')}${named}${spelled(':')}`, 'g');
    const to = (0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMeta */ .WL)(`repo:${repositorySegment(s.owner, s.repo, toIds)}:`);
    const out = pattern.replace(segment, () => to);
    return out === pattern ? undefined : out;
}
/**
 * `pattern` with every literal `repo:OWNER/` (or `repo:OWNER@ID/`) made `repo:OWNER(?:@ID)?/`:
 * an owner-wide pattern then admits both forms. `undefined` when it spells none, or only
 * another owner ID.
 */
function rewriteOwner(pattern, owner, ownerId) {
    const re = new RegExp(`repo${spelled(':')}${spelled(owner)}(?:${spelled('@')}([0-9]+))?${spelled('/')}`, 'g');
    const out = pattern.replace(re, (all, id) => {
        const use = ownerId ?? id;
        if (!use || (id !== undefined && id !== use))
            return all;
        return `${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteMeta */ .WL)(`repo:${owner}`)}(?:@${use})?/`;
    });
    return out === pattern ? undefined : out;
}
const PATTERN_HEAD = /^repo:([A-Za-z0-9_-]+)(?:@([0-9]+)|\(\?:@([0-9]+)\)\?)?\/(?:((?:[A-Za-z0-9_-]|\\\.)+)(?:@([0-9]+))?:)?/;
/**
 * What `repo:OWNER/` or `repo:OWNER@ID/` at the start of `pattern` names, and then `REPO:` or
 * `REPO@ID:` when written literally: the lint's probes are built in the pattern's own form.
 */
function patternRepository(pattern) {
    // The owner's ID may be optional, as an owner-wide pattern admitting both forms writes it.
    const m = PATTERN_HEAD.exec(pattern);
    if (!m)
        return undefined;
    const [, owner = '', id, optionalId, repo, repoId] = m;
    const ownerId = id ?? optionalId;
    return {
        owner,
        ...(ownerId ? { ownerId } : {}),
        ...(repo ? { repo: repo.replace(/\\\./g, '.') } : {}),
        ...(repo && repoId ? { repoId } : {})
    };
}
const sameIds = (a, b) => a.ownerId === b.ownerId && a.repoId === b.repoId;
/**
 * Whether the policy's `subject` or `subject_pattern` refuses `sub` because it names the
 * repository in the other form, and the line to write in the token's form. `ids` are the
 * token's `repository_owner_id` / `repository_id` (idsFromClaims): they turn a name-only
 * subject into the immutable one, and tell a re-created repository (other IDs) from the same
 * one. `undefined` when the policy admits `sub`, names another repository, or `sub` is not a
 * GitHub subject.
 */
function namesOtherForm(policy, sub, ids, test) {
    const token = parseSubject(sub);
    if (!token)
        return undefined;
    const form = formOf(token);
    const known = token.ids ?? ids;
    const base = {
        token: form,
        owner: token.owner,
        repo: token.repo,
        ...(known ? { ids: known } : {})
    };
    if (policy.subject !== undefined && policy.subject_pattern === undefined) {
        const named = parseSubject(policy.subject);
        if (!named || formOf(named) === form)
            return undefined;
        if (named.owner !== token.owner || named.repo !== token.repo)
            return undefined;
        // A policy naming other IDs names another repository that had this name.
        if (named.ids && known && !sameIds(named.ids, known))
            return undefined;
        const value = formatSubject(named, token.ids);
        const admits = value === sub;
        return { field: 'subject', ...base, write: { field: 'subject', value }, admits, covers: 'same' };
    }
    const pattern = policy.subject_pattern;
    if (pattern === undefined || test(pattern, sub))
        return undefined;
    const rewritten = rewritePattern(pattern, token, known, token.ids);
    if (rewritten !== undefined) {
        const admits = test(rewritten, sub);
        return {
            field: 'subject_pattern',
            ...base,
            write: { field: 'subject_pattern', value: rewritten },
            admits,
            covers: 'same'
        };
    }
    // What it admits is the other form of this subject, without naming this repository literally.
    const other = inForm(sub, form === 'immutable' ? 'name-only' : 'immutable', known);
    if (other !== undefined && !test(pattern, other))
        return undefined;
    const ownerWide = rewriteOwner(pattern, token.owner, known?.ownerId);
    if (ownerWide !== undefined && test(ownerWide, sub)) {
        const write = { field: 'subject_pattern', value: ownerWide };
        return { field: 'subject_pattern', ...base, write, admits: true, covers: 'both' };
    }
    if (other === undefined)
        return undefined;
    const write = { field: 'subject', value: sub };
    return { field: 'subject_pattern', ...base, write, admits: true, covers: 'exact' };
}


/***/ }),

/***/ 6578:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j: () => (/* binding */ createRunner)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/platform.js
var platform_namespaceObject = {};
__nccwpck_require__.r(platform_namespaceObject);
__nccwpck_require__.d(platform_namespaceObject, {
  arch: () => (arch),
  getDetails: () => (getDetails),
  isLinux: () => (isLinux),
  isMacOS: () => (isMacOS),
  isWindows: () => (isWindows),
  platform: () => (platform)
});

// NAMESPACE OBJECT: ./node_modules/@actions/core/lib/core.js
var core_namespaceObject = {};
__nccwpck_require__.r(core_namespaceObject);
__nccwpck_require__.d(core_namespaceObject, {
  ExitCode: () => (ExitCode),
  addPath: () => (addPath),
  debug: () => (debug),
  endGroup: () => (endGroup),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getBooleanInput: () => (getBooleanInput),
  getIDToken: () => (getIDToken),
  getInput: () => (getInput),
  getMultilineInput: () => (getMultilineInput),
  getState: () => (getState),
  group: () => (group),
  info: () => (info),
  isDebug: () => (isDebug),
  markdownSummary: () => (markdownSummary),
  notice: () => (notice),
  platform: () => (platform_namespaceObject),
  saveState: () => (saveState),
  setCommandEcho: () => (setCommandEcho),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  startGroup: () => (startGroup),
  summary: () => (summary),
  toPlatformPath: () => (toPlatformPath),
  toPosixPath: () => (toPosixPath),
  toWin32Path: () => (toWin32Path),
  warning: () => (warning)
});

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
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
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
;// CONCATENATED MODULE: ./scripts/build/not-bundled.mjs
// Stands in, in the bundles, for toolkit modules that @actions/core and @actions/http-client
// import at their top level but that no path of this action calls. scripts/build.mjs wires it
// in at bundle time and says which modules it replaces and why. Evaluating it costs nothing;
// calling anything it exports throws an error naming this file, so a path that ever reaches it
// fails loudly (and the end-to-end tests fail on any output that names it).

/** Named in every error thrown here. */
const SUBSTITUTE_FILE = 'scripts/build/not-bundled.mjs'

/** A function that throws when called, with or without `new`. */
function notBundled(name) {
  return function () {
    throw new Error(
      `octo-sts-token: ${name} is not bundled (${SUBSTITUTE_FILE} stands in for the module ` +
        'that exports it). This is a bug in octo-sts-token: please report it with this message.'
    )
  }
}

// What the importers use: http-client `new ProxyAgent(…)` (for getProxyFetch and
// getAgentDispatcher); core's platform module `exec.getExecOutput(…)` (for core.platform).
const ProxyAgent = notBundled('ProxyAgent')
const exec = notBundled('exec')
const getExecOutput = notBundled('getExecOutput')

;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = _summary;
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, external_path_namespaceObject.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_namespaceObject.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
;// CONCATENATED MODULE: ./src/steps/runner.ts
// The runner's side of the contract (inputs, masks, outputs, state, log lines, the job summary)
// is @actions/core's: this adapter only adds what the action needs on top of it. Plain log text
// passes the one neutralizer first (core.info writes it raw); outputs and state refuse to fall
// back to stdout commands outside a runner; a summary that cannot be written is a warning.


function createRunner(core = core_namespaceObject, env = process.env) {
    // Without the file, core would print `::set-output`/`::save-state` on stdout: a token too.
    const requireFile = (kind) => {
        if (!env[`GITHUB_${kind}`]) {
            throw new Error(`GITHUB_${kind} is not set: run this action in a GitHub Actions job (runner 2.297 or later).`);
        }
    };
    return {
        // Trimmed as core does by default; said explicitly for local-action's core, which does not.
        getInput: name => core.getInput(name, { trimWhitespace: true }),
        setSecret: value => {
            if (value)
                core.setSecret(value);
        },
        setOutput: (name, value) => {
            requireFile('OUTPUT');
            core.setOutput(name, value);
        },
        saveState: (name, value) => {
            requireFile('STATE');
            core.saveState(name, value);
        },
        getState: name => core.getState(name),
        isDebug: () => core.isDebug(),
        debug: message => core.debug(message),
        info: message => core.info((0,neutralize/* neutralize */.Y)(message)),
        notice: (message, properties) => core.notice(message, properties),
        warning: (message, properties) => core.warning(message, properties),
        error: (message, properties) => core.error(message, properties),
        group: (title, lines) => {
            core.startGroup(title);
            try {
                for (const line of lines)
                    core.info((0,neutralize/* neutralize */.Y)(line));
            }
            finally {
                core.endGroup();
            }
        },
        appendSummary: async (markdown) => {
            if (!env.GITHUB_STEP_SUMMARY)
                return;
            try {
                await core.summary.addRaw(markdown, true).write();
            }
            catch (e) {
                // The summary only repeats the log; losing it must not fail the step (or crash the
                // validator, which does not wait for it). Unwritten text must not reach a later write.
                core.summary.emptyBuffer();
                core.warning(`Could not write the job summary: ${(0,neutralize/* sanitize */.a)(String(e?.message ?? e))}`);
            }
        },
        setFailed: message => core.setFailed(message)
    };
}


/***/ }),

/***/ 2237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tf: () => (/* binding */ validate)
});

// UNUSED EXPORTS: DEFAULT_POLICY_PATH, nodeFiles

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/sts/request.ts
// What an exchange asks for, and where the server looks for the trust policy that decides it.
// These are the server's rules, shared by every front end (the action, the command line).
/** The hosted Octo STS; also the default audience. */
const request_DEFAULT_DOMAIN = 'octo-sts.dev';
/**
 * The repository of an organization that holds its org policies and its issuer allowlist:
 * the server's `ORG_POLICY_REPO` setting (octo-sts/app#1283), `.github` unless a self-hosted
 * server was started with another.
 */
const request_DEFAULT_ORG_POLICY_REPO = '.github';
/** The folder of a repository the server reads trust policies (and the allowlist) from. */
const POLICY_DIR = '.github/chainguard';
/** Where an organization's OIDC issuer allowlist lives, in its policy repository. */
const ALLOWLIST_PATH = `${POLICY_DIR}/trusted-token-issuers.yaml`;
/**
 * The repository the STS reads the policy from: the repo itself, or for an org scope the
 * org's policy repository (`orgPolicyRepo`, `.github` by default).
 */
function policyLocation(scope, identity, orgPolicyRepo = request_DEFAULT_ORG_POLICY_REPO) {
    return {
        repo: scope.split('/')[1] ? scope : orgRepo(scopeOwner(scope), orgPolicyRepo),
        path: `${POLICY_DIR}/${identity}.sts.yaml`
    };
}
/** The owner (user or organization) of a scope, `owner` or `owner/repo`. */
const scopeOwner = (scope) => scope.split('/')[0] ?? scope;
/** The org's policy repository: its org policies and its issuer allowlist live there. */
const orgRepo = (owner, orgPolicyRepo = request_DEFAULT_ORG_POLICY_REPO) => `${owner}/${orgPolicyRepo || request_DEFAULT_ORG_POLICY_REPO}`;
/**
 * The repository of a scope (`owner/repo`, as `policyLocation` gives it) is the org's policy
 * repository, so its policies are read as org policies (where `repositories` is allowed): the
 * server reads scope `org/.github` as the org's. It compares the name byte for byte
 * (`repo == ORG_POLICY_REPO` in Go), so scope `org/.GitHub`, which GitHub resolves to the same
 * repository, is read as a repository policy.
 */
const isOrgPolicyRepo = (repo, orgPolicyRepo = request_DEFAULT_ORG_POLICY_REPO) => repo.split('/')[1] === (orgPolicyRepo || request_DEFAULT_ORG_POLICY_REPO);
/**
 * A repository, named as GitHub names it (`GITHUB_REPOSITORY`, a checkout's folder), is where
 * the server reads the org's policies for an org scope: GitHub resolves repository names
 * case-insensitively, so `org/.GitHub` is `org/.github` there. Not for a scope's name: that
 * is `isOrgPolicyRepo`, byte for byte.
 */
const request_hostsOrgPolicies = (repository, orgPolicyRepo = request_DEFAULT_ORG_POLICY_REPO) => repository.split('/')[1]?.toLowerCase() ===
    (orgPolicyRepo || request_DEFAULT_ORG_POLICY_REPO).toLowerCase();

// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
;// CONCATENATED MODULE: ./src/sts/names.ts
// The rules for what an exchange names: scope, identity, domain, audience, the GitHub API URL
// and the time limit. One definition for every front end (the action's inputs, the command
// line); each returns the problem as the end of a sentence that starts with the setting's name
// (`scope` …, `--scope` …), or undefined when the value is fine. Values that pass are safe to
// place in a URL query (they are still percent-encoded) and cannot select another policy file.

const DEFAULT_TIMEOUT_SECONDS = 60;
// GitHub's OIDC tokens live minutes; the whole exchange must finish well inside that.
const MAX_TIMEOUT_SECONDS = 300;
const names_DEFAULT_API_URL = 'https://api.github.com';
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
const names_shown = (value) => `"${(0,neutralize/* sanitize */.a)(value, 80)}"`;
function names_validateScope(scope) {
    if (!scope)
        return 'is required: the repository (`org/repo`) or organization (`org`) whose trust policy to use, e.g. `acme/widgets`.';
    const [owner = '', repo, extra] = scope.split('/');
    const ok = OWNER.test(owner) &&
        extra === undefined &&
        (repo === undefined || (REPO.test(repo) && repo !== '.' && repo !== '..'));
    return ok
        ? undefined
        : `is ${names_shown(scope)}: expected \`org/repo\` or \`org\` (letters, digits, \`-\`, \`_\`, \`.\`), e.g. \`acme/widgets\` or \`acme\`.`;
}
function names_validateIdentity(identity) {
    if (!identity)
        return 'is required: the trust policy name, e.g. `deploy` for `.github/chainguard/deploy.sts.yaml`.';
    // Octo STS reads exactly one file name in .github/chainguard: since octo-sts/app#1683 it
    // refuses (400) an identity with `/`, `.` or `..`, or control characters, and older servers
    // would read a file in a subfolder that no validator checks. Refused here, before any request.
    const why = /[/\\]/.test(identity)
        ? 'a policy in a subfolder is never read: Octo STS takes one file name, without `/` or `\\`'
        : identity === '.' || identity === '..'
            ? '`.` and `..` name no policy file: Octo STS refuses them'
            : CONTROL_OR_SPACE.test(identity) || LONE_SURROGATE.test(identity)
                ? 'it holds spaces, control or invisible characters, which Octo STS refuses or no file name has'
                : identity.length > 200
                    ? 'it is longer than 200 characters'
                    : undefined;
    return why
        ? `is ${names_shown(identity)}: ${why}. Give the policy file name without the \`.sts.yaml\` suffix, e.g. \`deploy\` for \`.github/chainguard/deploy.sts.yaml\`.`
        : undefined;
}
/**
 * The server's org policy repository (`ORG_POLICY_REPO` of a self-hosted Octo STS): one
 * repository name, `.github` unless the server's operator set another.
 */
function names_validateOrgPolicyRepo(name) {
    return REPO.test(name) && name !== '.' && name !== '..'
        ? undefined
        : `is ${names_shown(name)}: expected a repository name without the owner (letters, digits, \`-\`, \`_\`, \`.\`), the server's ORG_POLICY_REPO, e.g. \`.github\` (the default) or \`policies\`.`;
}
/** `domain` as given (the caller lower-cases it first). */
function names_validateDomain(domain) {
    const example = 'e.g. `octo-sts.dev` or `sts.example.com:8443`';
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(domain)) {
        return `is ${names_shown(domain)}: give the host only, without \`${domain.split('://')[0]}://\` (requests always use https), ${example}.`;
    }
    const m = /^(.*?)(?::(\d{1,5}))?$/.exec(domain.toLowerCase());
    const port = m?.[2] === undefined ? 443 : Number(m[2]);
    if (!m || !HOST.test(m[1] ?? '') || port < 1 || port > 65535 || !sameHost(m[1] ?? '')) {
        return `is ${names_shown(domain)}: expected a host name with an optional port, no path or credentials, ${example}.`;
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
function names_validateAudience(audience) {
    return audience.length > 256 || CONTROL_OR_SPACE.test(audience)
        ? `is ${names_shown(audience)}: expected one audience value without spaces, e.g. \`octo-sts.dev\`.`
        : undefined;
}
/** The API URL without its trailing slashes (compare and validate this form). */
const names_trimApiUrl = (value) => value.replace(/\/+$/, '');
function names_validateApiUrl(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        return `is ${names_shown(value)}: expected an https URL such as \`https://api.github.com\` or \`https://github.example.com/api/v3\`.`;
    }
    if (url.protocol !== 'https:')
        return `is ${names_shown(value)}: only https is allowed (the token is sent to it).`;
    if (url.username || url.password || /[?#]/.test(value)) {
        return `must not contain credentials, a query or a fragment, e.g. \`https://github.example.com/api/v3\`.`;
    }
    return undefined;
}
/** `raw` ('' for the default) as whole seconds in 1…MAX_TIMEOUT_SECONDS, or the problem. */
function names_parseTimeout(raw) {
    const seconds = raw === '' ? DEFAULT_TIMEOUT_SECONDS : Number(raw);
    if (!/^\d*$/.test(raw) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
        return {
            seconds: DEFAULT_TIMEOUT_SECONDS,
            problem: `is ${names_shown(raw)}: expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, e.g. \`60\`.`
        };
    }
    return { seconds };
}

;// CONCATENATED MODULE: ./src/vocabulary.ts
// The words a front end uses for what the shared texts (errors and the diagnosis) name: the
// action speaks of inputs, the job log and summary, the runner and the validate action; the
// command line of flags, stderr, this machine and `--policy`. Each text is written once, with
// terms in it (`${W.rerun}`, `${W.setting('identity')}`), and `speak` renders it in one
// vocabulary: one decision, two vocabularies. A term is a marker of control characters, which
// the neutralizer strips from every untrusted value (src/log/neutralize.ts) before it reaches
// a text, so only our own texts hold terms.
const OPEN = '\u0001';
const SEP = '\u001f';
const CLOSE = '\u0002';
/** A term's marker for "capitalize the first letter" (at the start of a sentence). */
const CAP = '^';
/** The characters terms are made of. */
const MARKS = new RegExp(`[${OPEN}${CLOSE}${SEP}]`, 'g');
const marker = (key, args = []) => OPEN + [key, ...args.map(a => a.replace(MARKS, ''))].join(SEP) + CLOSE;
/** The action's words: inputs, the job log and summary, the runner. */
const ACTION = {
    setting: name => `\`${name}\``,
    input: name => `the \`${name}\` input`,
    settings: 'the inputs',
    rerun: 're-run the job',
    runner: 'the runner',
    runnerEnv: "the runner's environment",
    shown: 'in the log and the job summary',
    tool: 'this action',
    staleToken: 'a job that waited long between requesting the token and the exchange must re-run',
    validatePolicies: 'The validate action checks policies in pull requests.',
    validateAllowlist: 'The validate action checks it in pull requests.',
    validateThere: 'Run the validate action in that repository to see its problems.',
    checkoutPolicy: 'check out the repository with `actions/checkout` before this step',
    otherBranch: 'the branch this job runs on',
    idToken: "the job's OIDC token",
    timeLimit: "the step's time limit",
    deadline: "the step's deadline",
    notChecked: 'not possible here',
    policyElsewhere: (repo, _file, workflowRepo) => `The policy is read from ${repo}, not from this workflow's repository${workflowRepo ? ` (${workflowRepo})` : ''}: it cannot be checked from this workspace. Compare it with the claims that decide a match.`
};
/** The command line's words: flags (or query keys), stderr, this machine, `--policy`. */
function commandLine(words) {
    const code = (s) => `\`${words.name(s)}\``;
    return {
        setting: code,
        input: code,
        settings: words.settings,
        rerun: 'run the command again',
        runner: 'this machine',
        runnerEnv: 'the environment',
        shown: 'listed below',
        tool: 'this tool',
        staleToken: 'a token read long before the exchange must be read again',
        validatePolicies: '`octo-sts-token validate` checks policy files before you merge them.',
        validateAllowlist: '`octo-sts-token validate` checks it before you merge it.',
        validateThere: 'Run `octo-sts-token validate` on a checkout of that repository to see its problems.',
        checkoutPolicy: words.explain,
        otherBranch: 'any other branch',
        idToken: 'the OIDC token',
        timeLimit: 'the time limit',
        deadline: `the ${code('timeout-seconds')} limit`,
        notChecked: 'not made (no copy of the policy given)',
        policyElsewhere: (repo, file, workflowRepo) => `${workflowRepo ? `The policy is read from ${repo}, not from this workflow's repository (${workflowRepo}). ` : ''}To explain the refusal field by field, ${words.explain}: a copy of ${file} from the default branch of ${repo}.`
    };
}
/** The words of the commands that take flags (`exchange`, `check`, `revoke`). */
const FLAGS = commandLine({
    name: s => `--${s}`,
    settings: 'the options',
    explain: 'pass `--policy FILE`'
});
const KEYS = Object.keys(ACTION);
/**
 * The terms to write texts with: the same shape as a vocabulary, each word a marker that
 * `speak` replaces.
 */
const W = Object.fromEntries(KEYS.map(k => [
    k,
    typeof ACTION[k] === 'function' ? (...args) => marker(k, args) : marker(k)
]));
/** A term at the start of a sentence: its first letter capitalized. */
const capital = (term) => term.startsWith(OPEN) ? OPEN + CAP + term.slice(1) : term;
const NOT_MARK = `[^${OPEN}${CLOSE}${SEP}]*`;
const TERM = new RegExp(`${OPEN}(\\${CAP}?)(${NOT_MARK})((?:${SEP}${NOT_MARK})*)${CLOSE}`, 'g');
/** `text` with every term in `words`; text without terms is returned as it is. */
function speak(text, words) {
    if (!text.includes(OPEN))
        return text;
    return text.replace(TERM, (_all, cap, key, rest) => {
        if (!KEYS.includes(key))
            return '';
        const term = words[key];
        const args = rest ? rest.slice(1).split(SEP) : [];
        const said = typeof term === 'function' ? term(...args) : term;
        return cap ? said.charAt(0).toUpperCase() + said.slice(1) : said;
    });
}

;// CONCATENATED MODULE: ./src/errors.ts
// Failures the user sees. Each one says what happened, why, and what to do next; the class
// (`kind`) lets the diagnosis and the job summary add detail without re-parsing text. `what`
// and `fix` hold terms (src/vocabulary.ts): a front end shows them with `speak` in its words.

class errors_ActionError extends Error {
    kind;
    what;
    fix;
    details;
    name = 'ActionError';
    constructor(kind, 
    /** What happened, one sentence (with terms). */
    what, 
    /** What to do next, one or two sentences (with terms). */
    fix, details = {}) {
        // In the action's words: the runner shows it as the step's error.
        super(speak(fix ? `${what}\n${fix}` : what, ACTION));
        this.kind = kind;
        this.what = what;
        this.fix = fix;
        this.details = details;
    }
}
const isActionError = (e) => e instanceof errors_ActionError;

;// CONCATENATED MODULE: ./src/steps/inputs.ts
// Inputs are read and validated before any network call; every problem is reported at once,
// naming the input and showing a valid example. Values that pass are safe to place in a URL
// query (they are still percent-encoded) and cannot select another policy file.




/** A YAML 1.2 core boolean, as the runner's own boolean inputs read it; `fallback` when empty. */
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
    const orgPolicyRepo = getInput('org-policy-repository') || DEFAULT_ORG_POLICY_REPO;
    const githubApiUrl = trimApiUrl(getInput('github-api-url') || env.GITHUB_API_URL || DEFAULT_API_URL);
    check('scope', validateScope(scope));
    check('identity', validateIdentity(identity));
    const domainProblem = validateDomain(domain);
    check('domain', domainProblem);
    // An audience taken from a bad domain is that domain's problem, reported once.
    const audienceGiven = getInput('audience') !== '';
    if (audienceGiven || !domainProblem)
        check('audience', validateAudience(audience));
    check('org-policy-repository', validateOrgPolicyRepo(orgPolicyRepo));
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
    const timeout = parseTimeout(getInput('timeout-seconds'));
    check('timeout-seconds', timeout.problem);
    const timeoutSeconds = timeout.seconds;
    if (problems.length) {
        throw new ActionError('input', problems.length === 1
            ? `Invalid input: ${problems[0]}`
            : `Invalid inputs:\n- ${problems.join('\n- ')}`, "Fix the step's `with:` block; no request was made.");
    }
    return {
        scope,
        identity,
        domain,
        audience,
        orgPolicyRepo,
        githubApiUrl,
        revoke: parsed.revoke ?? true,
        timeoutSeconds,
        dryRun: parsed['dry-run'] ?? false
    };
}

;// CONCATENATED MODULE: ./src/log/markdown.ts
// The job summary: what the run page shows without opening the log. Never a token.
/** A hostile file can hold any number of problems: each list (log, summary) stops after this many. */
const MAX_LISTED = 50;
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
 * A one-line code span: the fence is longer than any backtick run in `text`. In a table cell
 * (`inTable`, the default) `|` is escaped too, as GFM splits cells before it parses code spans;
 * anywhere else a backslash in a code span is shown as it is, so it is not added there.
 */
function codeSpan(text, inTable = true) {
    const line = text.replace(/\s+/g, ' ');
    const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = /^`|`$|^ .* $/.test(line) || line === '' ? ' ' : '';
    return `${fence}${pad}${inTable ? line.replace(/\|/g, '\\|') : line}${pad}${fence}`;
}
/**
 * A bulleted list of entries whose lines are already safe Markdown: the first line is the
 * item, the others continue it after a hard line break. Unlike a table, a list wraps long
 * values in a narrow pane (the job summary) instead of cutting them off.
 */
const markdownList = (items) => items.map(lines => `- ${lines.join('  \n  ')}`).join('\n');
/** A table of literal cells (each escaped unless given as `{ md }`). */
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(c => (typeof c === 'string' ? escapeMarkdown(c) : c.md)).join(' | ')} |`;
    return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
/** The line saying how many of `items` a list stopped before (at MAX_LISTED); none if all fit. */
const notListed = (items, what) => items.length > MAX_LISTED ? [`… and ${items.length - MAX_LISTED} more ${what}, not listed.`] : [];

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/workspace.ts
// Files of the checked-out repository, read as untrusted input: whoever can push a branch or
// open a pull request decides what is there, links included. One reader for every policy file
// (the validate action's and the explanation's): size-capped, regular files only, and never
// through a link that leaves the workspace or reaches into its `.git` folder (which holds the
// checkout's credentials and is never part of the repository's content).


/**
 * The checked-out repository: GITHUB_WORKSPACE, resolved against `cwd` when it is relative (the
 * runner always sets an absolute path; a local `.env` may say `.`); `undefined` when unset.
 */
function workspaceRoot(env, cwd = process.cwd()) {
    return env.GITHUB_WORKSPACE ? (0,external_node_path_namespaceObject.resolve)(cwd, env.GITHUB_WORKSPACE) : undefined;
}
/** The server's limit is far below this; a bigger file is not a policy. */
const MAX_POLICY_BYTES = 256 * 1024;
const OUTSIDE_WORKSPACE = 'it is a link to outside the workspace';
/** Thrown when a path leads out of the workspace; its message is `OUTSIDE_WORKSPACE`. */
class OutsideWorkspaceError extends Error {
    code = 'EOUTSIDE';
    constructor() {
        super(OUTSIDE_WORKSPACE);
    }
}
/** `path` is `root` or below it, by name (no links resolved), and not in its `.git`. */
function isWithin(root, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    if (rel === '')
        return true;
    if ((0,external_node_path_namespaceObject.isAbsolute)(rel) || rel === '..' || rel.startsWith('..' + external_node_path_namespaceObject.sep))
        return false;
    return rel.split(external_node_path_namespaceObject.sep)[0] !== '.git';
}
/**
 * The real path of `path` (every link resolved) when it stays inside `workspace`; throws
 * `OutsideWorkspaceError` when it leaves, and ENOENT-style errors when there is nothing there.
 */
function realPathWithin(workspace, path) {
    const real = (0,external_node_fs_namespaceObject.realpathSync)(path);
    if (!isWithin((0,external_node_fs_namespaceObject.realpathSync)(workspace), real))
        throw new OutsideWorkspaceError();
    return real;
}
// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW (for a real path already
// checked): a link there now was swapped in since. Both are 0 where the platform lacks them.
const OPEN_FLAGS = external_node_fs_namespaceObject.constants.O_RDONLY | (external_node_fs_namespaceObject.constants.O_NONBLOCK ?? 0);
const NOFOLLOW = external_node_fs_namespaceObject.constants.O_NOFOLLOW ?? 0;
/**
 * Reads a regular file of at most `maxBytes`; `undefined` when there is none. With `workspace`,
 * the file must resolve (through links) to inside it, or this throws `OutsideWorkspaceError`.
 */
function workspace_readSmallFile(path, maxBytes, workspace) {
    let fd;
    try {
        fd =
            workspace === undefined
                ? (0,external_node_fs_namespaceObject.openSync)(path, OPEN_FLAGS)
                : (0,external_node_fs_namespaceObject.openSync)(realPathWithin(workspace, path), OPEN_FLAGS | NOFOLLOW);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        if (code === 'ELOOP')
            throw new Error('it is a symbolic link loop', { cause: e });
        throw e;
    }
    try {
        const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!st.isFile())
            throw new Error(st.isDirectory() ? 'it is a directory' : 'not a regular file');
        if (st.size > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        // One byte more than allowed is read, so a file that grows meanwhile is still refused.
        const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
        let read = 0;
        while (read < buf.length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, read, buf.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        if (read > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        return buf.subarray(0, read).toString('utf8');
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Where the `path` input points, when it names a place inside `workspace` (relative to it, or
 * absolute); `undefined` when it leaves it (`../..`, `/etc`).
 */
function resolveInWorkspace(workspace, input) {
    const path = (0,external_node_path_namespaceObject.resolve)(workspace, input);
    const rel = (0,external_node_path_namespaceObject.relative)(workspace, path);
    return (0,external_node_path_namespaceObject.isAbsolute)(rel) || rel === '..' || rel.startsWith('..' + external_node_path_namespaceObject.sep) ? undefined : path;
}

// EXTERNAL MODULE: ./src/policy/sandbox.ts + 1 modules
var sandbox = __nccwpck_require__(6181);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __nccwpck_require__(517);
;// CONCATENATED MODULE: ./src/workflows/predicted-token.ts
// The OIDC token a job will present, predicted from how it runs (a Presentation) and the facts
// beyond the files (SubjectFacts): one token per subject form to check. The subject follows
// GitHub's default template `repo:OWNER/REPO:CONTEXT` (subject-form.ts writes it in either
// form), or a customized one: GitHub writes the template's `include_claim_keys` in order as
// `key:value` pairs joined by `:`, except `repo`, written `repo:OWNER/REPO` (here in the form
// checked), and `context`, written as the context itself (`environment:prod`), e.g.
// `repo:octo-org/octo-repo:environment:prod:job_workflow_ref:octo-org/…/oidc.yml@refs/heads/main`.
// A key whose value the files cannot tell leaves no subject to check: said, never guessed.

/** The forms to check: the one in use, or both when unknown (the immutable one needs the IDs). */
function formsToCheck(facts) {
    if (facts.form)
        return [facts.form];
    return facts.ids ? ['name-only', 'immutable'] : ['name-only'];
}
/**
 * What the policy folder check needs of the facts (the pull request write warning): the
 * repository, its IDs, the forms to check, the issuer.
 */
function pullRequestContext(facts) {
    const { owner, repo, defaultBranch } = facts.repository;
    return {
        owner,
        repo,
        ...(facts.ids ? { ids: facts.ids } : {}),
        forms: formsToCheck(facts),
        issuer: facts.issuer,
        ...(defaultBranch ? { defaultBranch } : {})
    };
}
/** The claims every token of this repository carries, as far as they are known. */
function repositoryClaims(facts) {
    const { owner, repo } = facts.repository;
    return {
        repository: `${owner}/${repo}`,
        repository_owner: owner,
        ...(facts.ids
            ? { repository_owner_id: facts.ids.ownerId, repository_id: facts.ids.repoId }
            : {})
    };
}
/** The subject under a customized template; the key it cannot tell when there is one. */
function customSubject(keys, segment, presentation, claims) {
    const parts = [];
    for (const key of keys) {
        if (key === 'repo')
            parts.push(`repo:${segment}`);
        else if (key === 'context')
            parts.push(presentation.context);
        else if (Object.hasOwn(claims, key))
            parts.push(`${key}:${claims[key]}`);
        else
            return { unknown: key };
    }
    return { sub: parts.join(':') };
}
/**
 * Every token `presentation` will present, one per form to check, with `audience` as `aud`
 * (the step's `audience` input, else its domain), and why any form has none.
 */
function predictPresentation(presentation, facts, audience) {
    const { owner, repo } = facts.repository;
    const known = repositoryClaims(facts);
    const claims = { ...presentation.claims, ...known };
    const unknownClaims = [
        ...(presentation.unknownClaims ?? []),
        ...(facts.ids ? [] : ['repository_owner_id', 'repository_id'])
    ].filter(c => !Object.hasOwn(claims, c));
    const tokens = [];
    const unpredictable = [];
    for (const form of formsToCheck(facts)) {
        const ids = form === 'immutable' ? facts.ids : undefined;
        if (form === 'immutable' && !ids) {
            unpredictable.push('The repository uses immutable subjects, but its IDs are unknown: its subject cannot be predicted, so it is not checked.');
            continue;
        }
        let sub;
        if (facts.claimKeys) {
            const custom = customSubject(facts.claimKeys, repositorySegment(owner, repo, ids), presentation, claims);
            if ('unknown' in custom) {
                const forTrigger = presentation.unknownClaims?.includes(custom.unknown);
                unpredictable.push(`The subject template names \`${custom.unknown}\`, whose value ${forTrigger ? `is not known for ${presentation.trigger}` : 'the workflow files do not tell'}: the subject cannot be predicted, so it is not checked.`);
                // The same key is missing in every form.
                break;
            }
            sub = custom.sub;
        }
        else {
            sub = formatSubject({ owner, repo, rest: presentation.context }, ids);
        }
        tokens.push({
            payload: { ...claims, iss: facts.issuer, aud: audience, sub },
            form,
            unknownClaims: [...unknownClaims]
        });
    }
    return { tokens, unpredictable };
}
/** The tokens alone (see predictPresentation for why a form has none). */
const predictTokens = (presentation, facts, audience) => predictPresentation(presentation, facts, audience).tokens;

;// CONCATENATED MODULE: ./src/validation/policy-files.ts
// The validator's checks, without a runner: every trust policy (`*.sts.yaml`) and the org
// issuer allowlist in a folder, each file's problems located at file:line. The validate action
// (src/steps/validate.ts) and the command line (src/cli/validate.ts) both report these. The
// engine runs in the sandbox (src/policy/sandbox.ts), one file at a time, to the deadline.







const DEFAULT_POLICY_PATH = '.github/chainguard';
const POLICY_SUFFIX = '.sts.yaml';
/** File names and paths as shown in the log and the summary. */
const MAX_NAME = 300;
/** The workspace's files, through the one link-refusing, size-capped reader. */
function nodeFiles(workspace) {
    return {
        list: dir => (0,external_node_fs_namespaceObject.readdirSync)(realPathWithin(workspace, dir)).sort(),
        kind: path => {
            let real;
            try {
                real = realPathWithin(workspace, path);
            }
            catch (e) {
                if (e instanceof OutsideWorkspaceError)
                    return 'outside';
                return 'other'; // a broken link or a link loop
            }
            const st = (0,external_node_fs_namespaceObject.statSync)(real);
            return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
        },
        read: path => {
            const text = workspace_readSmallFile(path, MAX_POLICY_BYTES, workspace);
            if (text === undefined)
                throw new Error('it is gone');
            return text;
        }
    };
}
const toPosix = (p) => p.split(external_node_path_namespaceObject.sep).join('/');
/** A name or path from the repository, as one inert line. */
const policy_files_shown = (path) => (0,neutralize/* sanitize */.a)(path, MAX_NAME);
/** Why a file could not be read or checked, as one inert line. */
const why = (e) => (0,neutralize/* sanitize */.a)(e instanceof Error ? e.message : String(e), 200);
/** A file that is a link leaving the workspace: never read. */
const outsideWorkspace = (file) => `${policy_files_shown(file)} is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`;
const ALLOWLIST_FILE = ALLOWLIST_PATH.split('/').pop();
/** A file the time limit left unchecked: not a pass. */
const notChecked = (file) => `${policy_files_shown(file)} was not checked: the time limit (timeout-seconds) was reached first. Raise it, or validate fewer files at a time.`;
/** A lint job on `file`'s text: its problems, or the one problem saying why there are none. */
async function lint(engine, file, name, args) {
    const one = (severity, message) => [
        { severity, message, line: 1 }
    ];
    if (engine.deadline !== undefined && (engine.now ?? Date.now)() >= engine.deadline)
        return one('error', notChecked(file));
    const outcome = await (engine.sandbox ?? sandbox/* inThreadSandbox */.Td).run(name, args, engine.deadline);
    if (outcome.ok)
        return outcome.value;
    if (outcome.costly !== undefined)
        return one('warning', (0,sandbox/* tooCostly */.fE)(policy_files_shown(file), outcome.costly));
    throw new Error(outcome.why);
}
/**
 * One trust policy file at `path` (shown as `file`, relative to the workspace). With the facts
 * of the repository it is in (`repository`), a write token for its pull requests is warned of.
 */
async function checkPolicyFile(fs, path, file, isOrgPolicy, engine = {}, repository) {
    const name = (0,external_node_path_namespaceObject.basename)(path);
    const identity = name.endsWith(POLICY_SUFFIX) ? name.slice(0, -POLICY_SUFFIX.length) : name;
    const kind = fs.kind(path);
    if (kind !== 'file') {
        return {
            file,
            identity,
            problems: [
                {
                    severity: 'error',
                    message: kind === 'outside'
                        ? outsideWorkspace(file)
                        : `${policy_files_shown(file)} is not a regular file (${kind === 'dir' ? 'a directory' : 'a broken link or special file'}); the server reads a file's contents from the repository.`,
                    line: 1
                }
            ]
        };
    }
    let problems;
    let text;
    try {
        text = fs.read(path);
        problems =
            repository && !isOrgPolicy
                ? await lint(engine, file, 'lintPolicyInRepository', [
                    text,
                    { isOrgPolicy },
                    pullRequestContext(repository)
                ])
                : await lint(engine, file, 'lintPolicy', [text, { isOrgPolicy }]);
    }
    catch (e) {
        problems = [
            {
                severity: 'error',
                message: text === undefined
                    ? `cannot read ${policy_files_shown(file)}: ${why(e)}`
                    : `${policy_files_shown(file)} could not be checked (${why(e)}); the server may not be able to read it either. Please report it.`,
                line: 1
            }
        ];
    }
    return { file, identity, problems };
}
/** The org issuer allowlist at `path` (shown as `file`). */
async function checkAllowlistFile(fs, path, file, engine = {}) {
    const report = (problems) => ({
        file,
        identity: '',
        problems,
        allowlist: true
    });
    const error = (message) => report([{ severity: 'error', message, line: 1 }]);
    const kind = fs.kind(path);
    if (kind === 'outside') {
        return error(outsideWorkspace(file));
    }
    if (kind !== 'file') {
        return error(`${policy_files_shown(file)} is not a regular file: the server reads the allowlist as a file from the repository (a directory there is an invalid configuration).`);
    }
    let text;
    try {
        text = fs.read(path);
        return report(await lint(engine, file, 'lintAllowlist', [text]));
    }
    catch (e) {
        return error(text === undefined
            ? `cannot read ${policy_files_shown(file)}: ${why(e)}`
            : `${policy_files_shown(file)} could not be checked (${why(e)}); please report it.`);
    }
}
/**
 * Every policy in `dir`, whose entries are `names` (as `fs.list` gave them): the policies in
 * order, then the allowlist, then files the server never reads because of their names.
 */
async function checkPolicyFolder(fs, dir, workspace, names, isOrgPolicy, engine = {}, repository) {
    const files = [];
    const misnamed = [];
    for (const name of names) {
        const path = (0,external_node_path_namespaceObject.join)(dir, name);
        const file = toPosix((0,external_node_path_namespaceObject.relative)(workspace, path));
        if (!name.endsWith(POLICY_SUFFIX)) {
            if (/\.sts(\.ya?ml|\.json)?$/i.test(name))
                misnamed.push(file);
            continue;
        }
        files.push(await checkPolicyFile(fs, path, file, isOrgPolicy, engine, repository));
    }
    const allowlist = names.includes(ALLOWLIST_FILE);
    if (allowlist) {
        const path = (0,external_node_path_namespaceObject.join)(dir, ALLOWLIST_FILE);
        files.push(await checkAllowlistFile(fs, path, toPosix((0,external_node_path_namespaceObject.relative)(workspace, path)), engine));
    }
    for (const file of misnamed) {
        files.push({
            file,
            identity: '',
            problems: [
                {
                    severity: 'warning',
                    message: `${policy_files_shown(file)} is never read: the server reads exactly .github/chainguard/{identity}.sts.yaml (lower-case, .yaml). Rename it.`,
                    line: 1
                }
            ]
        });
    }
    return { files, allowlist };
}
/**
 * Whether the policies at `path` are org policies, judged from where they are: a checkout of
 * the org's policy repository (`.github`, or the server's ORG_POLICY_REPO) is a folder of that
 * name holding `.github/chainguard`.
 */
function isOrgPolicyPath(path, orgPolicyRepo) {
    const parts = toPosix(path).split('/');
    const at = parts.lastIndexOf('chainguard');
    if (at < 2 || parts[at - 1] !== '.github')
        return false;
    return hostsOrgPolicies(`owner/${parts[at - 2] ?? ''}`, orgPolicyRepo);
}

;// CONCATENATED MODULE: ./src/workflows/customization.ts
// The repository's OIDC subject settings, from GitHub's REST API:
// `GET /repos/{owner}/{repo}/actions/oidc/customization/sub` answers
// `{ "use_default": bool, "include_claim_keys": [..], "use_immutable_subject": bool }`.
// The job's token may not be allowed to read it; then nothing is known and both forms are
// checked. HTTP is passed in (the entries create the client); every byte of the answer is
// untrusted, and the token is only ever placed in the Authorization header.

const CUSTOMIZATION_TIMEOUT_MS = 10_000;
const MAX_BYTES = 16 * 1024;
/** GitHub's rule for a claim key of the template: letters, digits and underscores. */
const CLAIM_KEY = /^[A-Za-z0-9_]{1,64}$/;
const MAX_CLAIM_KEYS = 32;
const unknown = (why) => ({ known: false, why });
/** What GitHub says about a failed request, as one short inert line (its `message`). */
function said(body) {
    try {
        const message = JSON.parse(body)?.message;
        return typeof message === 'string' && message ? `: "${(0,neutralize/* sanitize */.a)(message, 120)}"` : '';
    }
    catch {
        return '';
    }
}
/** Reads the answer's JSON; undefined when it is not the template's shape. */
function parseCustomization(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const v = value;
    if (typeof v.use_default !== 'boolean')
        return undefined;
    const immutable = v.use_immutable_subject;
    if (immutable !== undefined && typeof immutable !== 'boolean')
        return undefined;
    const form = immutable === undefined ? undefined : immutable ? 'immutable' : 'name-only';
    const base = { known: true, ...(form ? { form } : {}) };
    if (v.use_default)
        return base;
    const keys = v.include_claim_keys;
    if (keys === undefined || (Array.isArray(keys) && keys.length === 0))
        return { ...base, orgTemplate: true };
    if (!Array.isArray(keys) ||
        keys.length > MAX_CLAIM_KEYS ||
        !keys.every(k => typeof k === 'string' && CLAIM_KEY.test(k)))
        return undefined;
    return { ...base, claimKeys: keys };
}
/**
 * The repository's subject settings; never throws. `apiUrl` is GITHUB_API_URL (no trailing
 * slash), `token` the job's token (never shown).
 */
async function fetchCustomization(http, apiUrl, owner, repo, token, timeoutMs = CUSTOMIZATION_TIMEOUT_MS) {
    let url;
    try {
        url = new URL(`${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions/oidc/customization/sub`);
    }
    catch {
        return unknown('GITHUB_API_URL is not a URL');
    }
    let answer;
    try {
        answer = await http({
            method: 'GET',
            url,
            headers: {
                Accept: 'application/vnd.github+json',
                Authorization: `Bearer ${token}`,
                'X-GitHub-Api-Version': '2022-11-28'
            },
            timeoutMs,
            maxBytes: MAX_BYTES
        });
    }
    catch (e) {
        return unknown(`the request failed (${(0,neutralize/* sanitize */.a)(e instanceof Error ? e.message : String(e), 160)})`);
    }
    const { status, body } = answer;
    if (status === 200) {
        return (parseCustomization(body) ??
            unknown('GitHub answered 200 with something that is not the template'));
    }
    if (status === 401 || status === 403)
        return unknown(`GitHub answered ${status}${said(body)}: the token may not read this repository's OIDC settings`);
    if (status === 404)
        return unknown(`GitHub answered 404${said(body)}: this GitHub has no such endpoint, or the token cannot see the repository`);
    return unknown(`GitHub answered ${status}${said(body)}`);
}

;// CONCATENATED MODULE: ./src/workflows/git-remote.ts
// What a git checkout says about the repository it is a clone of, for the command line: the
// `origin` remote's owner and name (from the config) and its default branch (`origin/HEAD`).
// Every file is read size-capped through the workspace reader; a `.git` *file* (a worktree or a
// submodule: `gitdir: PATH`) is followed. Nothing here throws: a missing or malformed file is
// an unknown fact with the reason. The remote's URL is never shown (it may hold credentials).




/** Git's own small files (config, HEAD refs, `.git` pointer files); a larger one is not git's. */
const MAX_GIT_FILE_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
/** `owner/repo` when both are GitHub names (the rule the scope input follows); else undefined. */
function repositoryName(owner, repo) {
    const name = `${owner}/${repo}`;
    return names_validateScope(name) === undefined && owner !== '' && repo !== '' ? name : undefined;
}
/**
 * The host, owner and repository of a remote URL: `git@HOST:O/R.git` (scp form),
 * `ssh://[user@]HOST[:port]/O/R.git`, `https://[user@]HOST/O/R(.git)`; undefined otherwise.
 */
function parseRemoteUrl(url) {
    let host;
    let path;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
    if (scheme) {
        if (!/^(?:ssh|git\+ssh|ssh\+git|https?|git)$/i.test(scheme[1]))
            return undefined;
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            return undefined;
        }
        host = parsed.hostname;
        path = decodeURIComponentSafe(parsed.pathname);
    }
    else {
        // scp-like syntax: no scheme, `[user@]host:path`, and no `/` before the first `:`.
        const m = /^(?:[^@/:]+@)?([^@/:]+):(?!\/\/)(.+)$/.exec(url);
        if (!m)
            return undefined;
        host = m[1];
        path = m[2];
    }
    const parts = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/');
    if (parts.length !== 2)
        return undefined;
    const [owner, repo] = parts;
    if (!repositoryName(owner, repo) || !/^[A-Za-z0-9.-]+$/.test(host))
        return undefined;
    return { host: host.toLowerCase(), owner, repo };
}
const decodeURIComponentSafe = (s) => {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
};
/** A git config value: quotes removed, escapes read, a comment after it dropped. */
function configValue(raw) {
    let out = '';
    let quoted = false;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c === '"')
            quoted = !quoted;
        else if (c === '\\' && i + 1 < raw.length) {
            const n = raw[++i];
            out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        }
        else if (!quoted && (c === '#' || c === ';'))
            break;
        else
            out += c;
    }
    return out.trim();
}
/**
 * The first `url` of `[remote "origin"]` (or the old `[remote.origin]`) in a git config's
 * text; undefined when there is none. Section and key names are case-insensitive, the remote's
 * name is not, as git reads them.
 */
function originUrl(config) {
    let inOrigin = false;
    for (const line of config.split(/\r?\n/)) {
        const section = /^\s*\[([^\]]*)\]\s*(.*)$/.exec(line);
        if (section) {
            const head = section[1].trim();
            // `[remote "origin"]`: the subsection is case-sensitive; the old `[remote.origin]` is not.
            const sub = /^([A-Za-z.-]+)\s+"(.*)"$/.exec(head);
            inOrigin = sub
                ? sub[1].toLowerCase() === 'remote' && sub[2] === 'origin'
                : head.toLowerCase() === 'remote.origin';
            // A key may follow the header on the same line.
            if (!inOrigin || !section[2])
                continue;
            const url = urlOf(section[2]);
            if (url !== undefined)
                return url;
            continue;
        }
        if (!inOrigin)
            continue;
        const url = urlOf(line);
        if (url !== undefined)
            return url;
    }
    return undefined;
}
const urlOf = (line) => {
    const m = /^\s*url\s*=(.*)$/i.exec(line);
    return m ? configValue(m[1]) : undefined;
};
/** `ref: refs/remotes/origin/BRANCH` → BRANCH, when BRANCH is a plausible branch name. */
function originHeadBranch(text) {
    const m = /^ref: refs\/remotes\/origin\/(.+)$/.exec(text.trim());
    const branch = m?.[1];
    return branch !== undefined && isBranchName(branch) ? branch : undefined;
}
/** A name git accepts for a branch (the parts of check-ref-format that matter here). */
function isBranchName(name) {
    return (name.length > 0 &&
        name.length <= 255 &&
        // eslint-disable-next-line no-control-regex
        !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name) &&
        !name.includes('..') &&
        !name.includes('@{') &&
        !name.includes('//') &&
        !/(^|\/)\./.test(name) &&
        !/(^\/|\/$|\.lock$|\.$)/.test(name));
}
function read(path) {
    try {
        const text = readSmallFile(path, MAX_GIT_FILE_BYTES);
        return text === undefined ? { missing: true } : { text };
    }
    catch (e) {
        // The workspace reader throws only Errors (its own, or the system's).
        return { error: sanitize(e.message, 120) };
    }
}
/**
 * Where the checkout at `root` keeps git's files: `dir` (its own: HEAD, and for a submodule its
 * config too) and `common` (config and refs, shared by every worktree).
 */
function gitDirs(root) {
    const dotGit = join(root, '.git');
    const pointer = read(dotGit);
    let dir;
    if ('text' in pointer) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(pointer.text);
        if (!m)
            return { why: 'its `.git` file does not say `gitdir: PATH`' };
        dir = isAbsolute(m[1]) ? m[1] : resolve(root, m[1]);
    }
    else if ('error' in pointer && pointer.error === 'it is a directory') {
        dir = dotGit;
    }
    else if ('missing' in pointer) {
        return { why: 'there is no `.git` here (not the root of a git checkout)' };
    }
    else {
        return { why: `its \`.git\` cannot be read (${pointer.error})` };
    }
    // A worktree's gitdir names the shared one in `commondir` (relative to itself).
    const common = read(join(dir, 'commondir'));
    if ('text' in common) {
        const to = common.text.trim();
        return { dir, common: isAbsolute(to) ? to : resolve(dir, to) };
    }
    return { dir, common: dir };
}
/** What the git checkout at `root` tells about its `origin`. Never throws. */
function readGitFacts(root) {
    const dirs = gitDirs(root);
    if ('why' in dirs)
        return { remoteUnknown: dirs.why, defaultBranchUnknown: dirs.why };
    const out = {};
    const config = read(join(dirs.common, 'config'));
    if ('text' in config) {
        const url = originUrl(config.text);
        const remote = url === undefined ? undefined : parseRemoteUrl(url);
        if (remote)
            out.remote = remote;
        else
            out.remoteUnknown =
                url === undefined
                    ? 'the git config has no `origin` remote'
                    : "the `origin` remote's URL names no GitHub repository (OWNER/REPO)";
    }
    else {
        out.remoteUnknown =
            'error' in config
                ? `the git config cannot be read (${config.error})`
                : 'the git checkout has no config file';
    }
    const head = read(join(dirs.common, 'refs', 'remotes', 'origin', 'HEAD'));
    if ('text' in head) {
        const branch = originHeadBranch(head.text);
        if (branch !== undefined)
            out.defaultBranch = branch;
        else
            out.defaultBranchUnknown =
                '`refs/remotes/origin/HEAD` does not say `ref: refs/remotes/origin/BRANCH`';
    }
    else {
        out.defaultBranchUnknown =
            'error' in head
                ? `\`refs/remotes/origin/HEAD\` cannot be read (${head.error})`
                : '`origin/HEAD` is not set (`git remote set-head origin --auto` sets it)';
    }
    return out;
}

// EXTERNAL MODULE: ./src/policy/github.ts
var github = __nccwpck_require__(4543);
;// CONCATENATED MODULE: ./src/workflows/issuer.ts
// Which GitHub a repository is on, from its server URL (GITHUB_SERVER_URL, `--server-url`), and
// so who issues its Actions OIDC tokens:
// - github.com: https://token.actions.githubusercontent.com (GITHUB_ISSUER);
// - GitHub Enterprise Cloud with data residency (`SUBDOMAIN.ghe.com`): GitHub's data residency
//   documentation names https://token.actions.SUBDOMAIN.ghe.com;
// - any other host is GitHub Enterprise Server: https://HOST/_services/token.
// An enterprise on github.com with a custom issuer (`include_enterprise_slug`) presents
// `…githubusercontent.com/SLUG`; nothing in a checkout tells that, so it is not predicted.

const GITHUB_SERVER_URL = 'https://github.com';
const GHE_COM = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.ghe\.com$/;
/** The server at `url` (an http(s) URL with nothing but a host); undefined when it is not one. */
function gitHubServer(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    if (u.username || u.password || u.search || u.hash || !/^\/*$/.test(u.pathname))
        return undefined;
    const host = u.host.toLowerCase();
    if (host === 'github.com')
        return { kind: 'github.com', host, issuer: github/* GITHUB_ISSUER */.o };
    const sub = GHE_COM.exec(host)?.[1];
    if (sub)
        return { kind: 'ghe.com', host, issuer: `https://token.actions.${sub}.ghe.com` };
    return { kind: 'ghes', host, issuer: `https://${host}/_services/token` };
}
/** Immutable subjects are a github.com feature; GitHub Enterprise Server has only names. */
const hasImmutableSubjects = (server) => server.kind !== 'ghes';

;// CONCATENATED MODULE: ./src/workflows/subject-facts.ts
// What both front ends of the facts share (action-facts.ts, cli-facts.ts): the result's shape,
// the subject template as a user states it, repository names, and the lines that say how each
// fact was known. Every value shown comes from the environment, a file or a server: sanitized.




const show = (value) => (0,neutralize/* sanitize */.a)(value, 100);
const list = (keys) => keys.join(', ');
/** `subject-claim-keys` as given: the keys, `default`, or nothing; the problem when invalid. */
function parseClaimKeys(raw) {
    const text = raw.trim();
    if (text === '')
        return {};
    if (text.toLowerCase() === 'default')
        return { keys: 'default' };
    const keys = text.split(/[\s,]+/).filter(k => k !== '');
    const bad = keys.find(k => !CLAIM_KEY.test(k));
    const why = bad !== undefined
        ? `holds ${JSON.stringify(show(bad))}: a claim key is letters, digits and \`_\``
        : keys.length > MAX_CLAIM_KEYS
            ? `lists ${keys.length} keys (at most ${MAX_CLAIM_KEYS})`
            : new Set(keys).size !== keys.length
                ? 'names a key twice'
                : undefined;
    return why === undefined
        ? { keys }
        : {
            problem: `${why}. Give the repository's \`include_claim_keys\` in order, e.g. \`repo,context,job_workflow_ref\`, or \`default\`.`
        };
}
/** `OWNER/REPO` split, when it is a GitHub repository name. */
function splitRepository(value) {
    const [owner = '', repo = '', extra] = (value ?? '').split('/');
    return extra === undefined && repositoryName(owner, repo) ? { owner, repo } : undefined;
}
const sameRepository = (a, b) => a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
/** The lines about the form and the template, once the facts are gathered. */
function formLines(form, formSource, formUnknown, ids) {
    if (form !== undefined) {
        const line = `Subject form: ${form} (${formSource}).`;
        return form === 'immutable' && !ids
            ? [
                `${line} The repository's IDs are unknown, so its subjects cannot be predicted: no subject is checked.`
            ]
            : [line];
    }
    return ids
        ? [`Subject form unknown (${formUnknown}): both forms are checked.`]
        : [
            `Subject form unknown (${formUnknown}) and the repository's IDs are unknown: only the name-only form is checked.`
        ];
}
function templateLine(keys, source, orgTemplate, words) {
    if (keys !== undefined)
        return `Subject template: ${list(keys)} (${source}).`;
    if (source !== undefined)
        return `Subject template: GitHub's default (${source}).`;
    const set = speak(W.setting('subject-claim-keys'), words);
    return orgTemplate
        ? `Assumed GitHub's default subject template: the repository follows its organization's template, which was not read (set ${set} if it customizes the subject).`
        : `Assumed GitHub's default subject template (set ${set} if the repository customizes it).`;
}
const idsLine = (ids, source) => `Repository IDs: owner ${ids.ownerId}, repository ${ids.repoId} (${source}).`;
const serverLine = (server, source) => `Issuer: ${server.issuer} (${server.kind === 'ghes' ? `GitHub Enterprise Server at ${server.host}` : server.host}, ${source}).`;

;// CONCATENATED MODULE: ./src/workflows/action-facts.ts
// The facts for the validate action: GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER_ID/_ID, the
// event payload (GITHUB_EVENT_PATH: the default branch, the IDs), GITHUB_SERVER_URL (the
// issuer), and the repository's OIDC subject settings, read with the `github-token` input.








/** The event payload can be large (a push lists its commits); the facts are near its top. */
const MAX_EVENT_BYTES = 4 * 1024 * 1024;
/** What an event payload tells: the default branch and the IDs (the `repository` object). */
function readEventPayload(path) {
    if (!path)
        return { why: 'GITHUB_EVENT_PATH is not set' };
    let value;
    try {
        const text = workspace_readSmallFile(path, MAX_EVENT_BYTES);
        if (text === undefined)
            return { why: 'the event payload file is missing' };
        value = JSON.parse(text);
    }
    catch (e) {
        return {
            why: `the event payload cannot be read (${e instanceof SyntaxError ? 'not JSON' : show(String(e?.message ?? e))})`
        };
    }
    const repo = value?.repository;
    if (typeof repo !== 'object' || repo === null)
        return { why: 'the event payload has no `repository`' };
    const r = repo;
    const id = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? String(v) : undefined;
    const ownerId = id(r.owner?.id);
    const repoId = id(r.id);
    const branch = typeof r.default_branch === 'string' ? r.default_branch : undefined;
    return {
        ...(branch !== undefined && isBranchName(branch) ? { defaultBranch: branch } : {}),
        ...(ownerId && repoId ? { ids: { ownerId, repoId } } : {}),
        ...(branch === undefined || !isBranchName(branch)
            ? {
                why: branch === undefined
                    ? 'the event payload does not name it'
                    : 'the event payload names no valid branch'
            }
            : {})
    };
}
/** The input names of the validate action these facts read. */
const FACT_INPUTS = { claimKeys: 'subject-claim-keys', token: 'github-token' };
/**
 * The facts for the validate action: GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER_ID/_ID, the
 * event payload, GITHUB_SERVER_URL, and the repository's OIDC settings read with the
 * `github-token` input (when given) through `http`.
 */
async function actionFacts(getInput, env, http, timeoutMs) {
    const problems = [];
    const repository = splitRepository(env.GITHUB_REPOSITORY);
    if (!repository) {
        return {
            problems: [
                env.GITHUB_REPOSITORY
                    ? `GITHUB_REPOSITORY is "${show(env.GITHUB_REPOSITORY)}", not OWNER/REPO: the workflows cannot be checked.`
                    : 'GITHUB_REPOSITORY is not set: the workflows cannot be checked (the validate action runs in GitHub Actions).'
            ]
        };
    }
    const said = [`Repository: ${repository.owner}/${repository.repo} (GITHUB_REPOSITORY).`];
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    if (payload.defaultBranch !== undefined) {
        repository.defaultBranch = payload.defaultBranch;
        said.push(`Default branch: ${show(payload.defaultBranch)} (the event payload).`);
    }
    else {
        const ref = env.GITHUB_REF ?? '';
        const scheduled = env.GITHUB_EVENT_NAME === 'schedule' && ref.startsWith('refs/heads/');
        const branch = ref.slice('refs/heads/'.length);
        if (scheduled && isBranchName(branch)) {
            repository.defaultBranch = branch;
            said.push(`Default branch: ${show(branch)} (GITHUB_REF: a schedule runs on it).`);
        }
        else
            said.push(`Default branch unknown (${payload.why}).`);
    }
    const envIds = (0,subject_form/* idsFromEnv */.w$)(env);
    const ids = envIds ?? payload.ids;
    if (ids)
        said.push(idsLine(ids, envIds ? 'GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID' : 'the event payload'));
    let server = gitHubServer(env.GITHUB_SERVER_URL || GITHUB_SERVER_URL);
    if (server) {
        said.push(serverLine(server, env.GITHUB_SERVER_URL ? 'GITHUB_SERVER_URL' : 'assumed'));
    }
    else {
        server = gitHubServer(GITHUB_SERVER_URL);
        said.push(serverLine(server, `assumed: GITHUB_SERVER_URL "${show(env.GITHUB_SERVER_URL ?? '')}" is not a server URL`));
    }
    const given = parseClaimKeys(getInput(FACT_INPUTS.claimKeys));
    if (given.problem)
        problems.push(`${speak(W.setting('subject-claim-keys'), ACTION)} ${given.problem}`);
    const token = getInput(FACT_INPUTS.token);
    let settings;
    const apiUrl = env.GITHUB_API_URL || names_DEFAULT_API_URL;
    if (!token)
        settings = { known: false, why: 'no `github-token` to read its OIDC settings with' };
    else if (names_validateApiUrl(apiUrl) !== undefined)
        settings = { known: false, why: 'GITHUB_API_URL is not an https URL' };
    else
        settings = await fetchCustomization(http, apiUrl, repository.owner, repository.repo, token, timeoutMs);
    const fromSettings = "the repository's OIDC settings";
    let form;
    let formSource = '';
    if (settings.known && settings.form) {
        form = settings.form;
        formSource = fromSettings;
    }
    else if (!hasImmutableSubjects(server)) {
        form = 'name-only';
        formSource = 'GitHub Enterprise Server has no immutable subjects';
    }
    said.push(...formLines(form, formSource, settings.known ? 'the OIDC settings do not say' : settings.why, ids));
    let claimKeys;
    let keysSource;
    if (given.keys !== undefined) {
        claimKeys = given.keys === 'default' ? undefined : given.keys;
        keysSource = `the ${FACT_INPUTS.claimKeys} input`;
    }
    else if (settings.known && !settings.orgTemplate) {
        claimKeys = settings.claimKeys;
        keysSource = fromSettings;
    }
    said.push(templateLine(claimKeys, keysSource, settings.known && !!settings.orgTemplate, ACTION));
    return {
        facts: {
            repository,
            ...(ids ? { ids } : {}),
            ...(form ? { form } : {}),
            issuer: server.issuer,
            ...(claimKeys ? { claimKeys } : {}),
            said
        },
        problems
    };
}

;// CONCATENATED MODULE: ./src/steps/validate.ts
// The validate action: checks every trust policy (`*.sts.yaml`) under a folder of the workspace
// before it reaches the default branch, where the server reads it. The server itself only
// finds out at exchange time (and then only says "unable to parse"); this annotates every
// problem at file:line in the pull request, writes a job summary, and fails on errors.












const MAX_MESSAGE = 1000;
const noHttp = () => Promise.reject(new Error('no HTTP client was given'));
function booleanInput(runner, name, fallback) {
    const raw = runner.getInput(name);
    const b = parseBoolean(raw, fallback);
    if (b !== undefined)
        return b;
    throw new Error(`Input \`${name}\` must be true or false, not "${(0,neutralize/* sanitize */.a)(raw, 40)}".`);
}
function orgPoliciesInput(runner, env) {
    const raw = runner.getInput('org-policies') || 'auto';
    if (raw.toLowerCase() === 'auto') {
        const orgRepo = runner.getInput('org-policy-repository') || request_DEFAULT_ORG_POLICY_REPO;
        const problem = names_validateOrgPolicyRepo(orgRepo);
        if (problem)
            throw new Error(`Input \`org-policy-repository\` ${problem}`);
        return request_hostsOrgPolicies(env.GITHUB_REPOSITORY ?? '', orgRepo);
    }
    const b = parseBoolean(raw, false);
    if (b !== undefined)
        return b;
    throw new Error(`Input \`org-policies\` must be auto, true or false, not "${(0,neutralize/* sanitize */.a)(raw, 40)}".`);
}
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** Checks the policies and reports through the runner, within `timeout-seconds`; never throws. */
async function validate({ runner, env, files, sandbox, now = Date.now, http = noHttp }) {
    const started = now();
    const report = { files: [], errors: 0, warnings: 0, failed: false };
    const fail = (message) => {
        runner.setFailed(message);
        return { ...report, failed: true };
    };
    try {
        const workspace = workspaceRoot(env) ?? process.cwd();
        const input = runner.getInput('path') || DEFAULT_POLICY_PATH;
        const isOrgPolicy = orgPoliciesInput(runner, env);
        const failOnWarnings = booleanInput(runner, 'fail-on-warnings', false);
        const timeout = names_parseTimeout(runner.getInput('timeout-seconds'));
        if (timeout.problem)
            throw new Error(`Input \`timeout-seconds\` ${timeout.problem}`);
        const engine = {
            deadline: started + timeout.seconds * 1000,
            now,
            ...(sandbox ? { sandbox } : {})
        };
        const dir = resolveInWorkspace(workspace, input);
        if (dir === undefined) {
            return fail(`Input \`path\` is "${policy_files_shown(input)}", which is outside the workspace (${policy_files_shown(workspace)}): the validator reads only the checked-out repository. Set \`path\` to a folder inside it, e.g. \`${DEFAULT_POLICY_PATH}\`.`);
        }
        const shownDir = policy_files_shown(toPosix((0,external_node_path_namespaceObject.relative)(workspace, dir)) || '.');
        const fs = files ?? nodeFiles(workspace);
        let names;
        try {
            names = fs.list(dir);
        }
        catch (e) {
            if (e instanceof OutsideWorkspaceError) {
                return fail(`The policy folder ${shownDir} is a link to outside the workspace: refused, nothing in it was read. The server reads policies only from the repository; make ${shownDir} a real folder.`);
            }
            const code = e.code;
            if (code !== 'ENOENT' && code !== 'ENOTDIR')
                throw e;
            // Nothing checked is not a pass: a mistyped path must not let a pull request through.
            writeSummary(runner, shownDir, isOrgPolicy, report);
            return fail(`No policy folder ${shownDir} in the workspace (${policy_files_shown(workspace)}): nothing was validated. Check out the repository first (actions/checkout), or fix \`path\`.`);
        }
        // The repository's facts (GITHUB_REPOSITORY…), for its pull request subject's warning.
        const budget = Math.min(CUSTOMIZATION_TIMEOUT_MS, Math.max(1, engine.deadline - now()));
        const { facts } = await actionFacts(name => runner.getInput(name), env, http, budget);
        const folder = await checkPolicyFolder(fs, dir, workspace, names, isOrgPolicy, engine, facts);
        const { files: checked, allowlist } = folder;
        report.files.push(...checked);
        for (const { file, problems, allowlist: isAllowlist } of report.files) {
            problems.forEach((p, i) => {
                if (p.severity === 'error')
                    report.errors++;
                else if (p.severity === 'warning')
                    report.warnings++;
                // A hostile file can hold any number of problems: the log gets a bounded share.
                if (i >= MAX_LISTED)
                    return;
                const props = {
                    title: (0,neutralize/* sanitize */.a)(`${isAllowlist ? 'Issuer allowlist' : 'Trust policy'} ${p.severity}${p.field ? `: ${p.field}` : ''}`, 200),
                    // The real path, so the annotation lands on the file; inert like every printed name.
                    file: (0,neutralize/* neutralize */.Y)(file),
                    ...(p.line !== undefined ? { startLine: p.line } : {}),
                    ...(p.column !== undefined ? { startColumn: p.column } : {})
                };
                const message = (0,neutralize/* sanitize */.a)(p.message, MAX_MESSAGE);
                if (p.severity === 'error')
                    runner.error(message, props);
                else if (p.severity === 'warning')
                    runner.warning(message, props);
                else
                    runner.notice(message, props);
            });
            if (problems.length > MAX_LISTED) {
                runner.info(`${policy_files_shown(file)}: ${problems.length - MAX_LISTED} more problems, not annotated.`);
            }
            if (problems.every(p => p.severity === 'note'))
                runner.info(`✓ ${policy_files_shown(file)}`);
        }
        const policies = report.files.filter(f => f.identity !== '').length;
        if (policies === 0 && !allowlist) {
            runner.warning(`No *${POLICY_SUFFIX} files in ${shownDir}: nothing to validate. Policies are named {identity}${POLICY_SUFFIX}.`);
            report.warnings++;
        }
        runner.info(`Checked ${policies === 1 ? '1 policy' : `${policies} policies`}${allowlist ? ' and the org issuer allowlist' : ''} in ${shownDir} (${isOrgPolicy ? 'org policies: repositories allowed' : 'repository policies'}): ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}.`);
        writeSummary(runner, shownDir, isOrgPolicy, report);
        if (report.errors > 0) {
            return fail(`${count(report.errors, 'error')} in trust policies: the server would reject them or they can never admit a token. See the annotations.`);
        }
        if (failOnWarnings && report.warnings > 0) {
            return fail(`${count(report.warnings, 'warning')} in trust policies, and fail-on-warnings is true.`);
        }
        return report;
    }
    catch (e) {
        return fail((0,neutralize/* sanitize */.a)(e instanceof Error ? e.message : String(e), MAX_MESSAGE));
    }
}
function writeSummary(runner, dir, isOrgPolicy, report) {
    const rows = report.files.map(f => {
        const errors = f.problems.filter(p => p.severity === 'error').length;
        const warnings = f.problems.filter(p => p.severity === 'warning').length;
        const result = errors ? '❌ errors' : warnings ? '⚠️ warnings' : '✅ ok';
        return [{ md: codeSpan(policy_files_shown(f.file)) }, result, String(errors), String(warnings)];
    });
    const details = report.files.flatMap(f => f.problems
        .slice(0, MAX_LISTED)
        .map(p => [
        { md: codeSpan(policy_files_shown(p.line !== undefined ? `${f.file}:${p.line}` : f.file)) },
        p.severity,
        (0,neutralize/* sanitize */.a)(p.message, MAX_MESSAGE)
    ]));
    const parts = [
        '## Trust policy validation',
        '',
        `${count(report.errors, 'error')}, ${count(report.warnings, 'warning')} in ${codeSpan(dir)} (${isOrgPolicy ? 'org policies' : 'repository policies'}).`,
        ''
    ];
    if (rows.length)
        parts.push(markdownTable(['Policy', 'Result', 'Errors', 'Warnings'], rows), '');
    if (details.length)
        parts.push(markdownTable(['Where', 'Severity', 'Problem'], details), '');
    parts.push('The server reads policies from the default branch and caches them for up to 5 minutes.');
    runner.appendSummary(parts.join('\n'));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ var __webpack_exports__ = __nccwpck_require__(1448);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
