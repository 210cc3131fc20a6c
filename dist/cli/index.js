#!/usr/bin/env node
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

/***/ 6890:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  eb: () => (/* binding */ UsageError),
  gx: () => (/* binding */ str),
  qm: () => (/* binding */ withArgs)
});

// UNUSED EXPORTS: usageLine

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
// EXTERNAL MODULE: ./src/policy/reader.ts
var reader = __nccwpck_require__(5171);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
;// CONCATENATED MODULE: ./src/cli/args.ts
// Arguments of one command, parsed strictly with node:util's parseArgs: an unknown flag, a
// missing value, a flag given twice or a stray word (unless the command takes words) is a
// usage error (exit 2), worded by this tool (not Node's parser) and shown with the command's
// usage line and the way to get help.




/** A mistake in how the command was called (or in what it was given), found before any request. */
class UsageError extends Error {
    name = 'UsageError';
}
/** `--name`'s value as a string, when given. */
const str = (values, name) => {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
};
const shown = (s) => (0,neutralize/* sanitize */.a)(s, 60);
/** The flag nearest to an unknown one (`--scopes` → `--scope`), when one is near. */
function nearestFlag(name, options) {
    const known = new Map(Object.keys(options).map(k => [k.replace(/-/g, '_'), k]));
    const hit = (0,reader/* suggestKey */.Ax)(name, known.keys());
    return hit === undefined ? undefined : known.get(hit);
}
/**
 * Why parseArgs refused `args`, in this tool's words: read again without `strict`, which
 * lists every word as a token instead of throwing at the first problem.
 */
function whatIsWrong(args, options, allowPositionals) {
    const { tokens } = (0,external_node_util_namespaceObject.parseArgs)({
        args,
        options,
        strict: false,
        allowPositionals: true,
        tokens: true
    });
    for (const t of tokens) {
        if (t.kind === 'positional') {
            if (allowPositionals)
                continue;
            return `unexpected word "${shown(t.value)}": this command takes no words, only options.`;
        }
        if (t.kind !== 'option')
            continue;
        const raw = shown(t.rawName);
        const option = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
        if (!option) {
            const near = nearestFlag(t.name, options);
            return `unknown option ${raw}${near ? ` (did you mean --${near}?)` : ''}.${allowPositionals ? ` A word that starts with "-" goes after --.` : ''}`;
        }
        if (option.type === 'boolean' && t.value !== undefined)
            return `${raw} takes no value (given "${shown(t.value)}").`;
        if (option.type === 'string') {
            if (t.value === undefined)
                return `${raw} needs a value.`;
            if (!t.inlineValue && t.value.startsWith('-'))
                return `${raw} needs a value, and the next word is the option ${shown(t.value)} (for a value that starts with "-", write ${raw}=VALUE).`;
        }
    }
    return 'the arguments cannot be read.';
}
/** The first flag given more than once: for a credential tool, last-wins is a silent surprise. */
function givenTwice(tokens) {
    const seen = new Set();
    for (const t of tokens ?? []) {
        if (t.kind !== 'option')
            continue;
        if (seen.has(t.name))
            return `--${t.name} is given twice: give it once.`;
        seen.add(t.name);
    }
    return undefined;
}
/**
 * Runs a command body on its parsed flags: `--help` prints `help` on stdout (exit 0); a
 * UsageError prints its message, the command's usage line and the pointer to `--help` on
 * stderr (exit 2). Words that are not flags are refused unless `positionals` is set; then the
 * body gets them.
 */
async function withArgs(name, help, options, args, io, body, { positionals: allowPositionals = false } = {}) {
    const all = { ...options, help: { type: 'boolean', short: 'h' } };
    try {
        let values;
        let positionals;
        try {
            const parsed = (0,external_node_util_namespaceObject.parseArgs)({ args, options: all, strict: true, allowPositionals, tokens: true });
            const twice = givenTwice(parsed.tokens);
            if (twice)
                throw new UsageError(twice);
            values = parsed.values;
            positionals = parsed.positionals;
        }
        catch (e) {
            if (e instanceof UsageError)
                throw e;
            throw new UsageError(whatIsWrong(args, all, allowPositionals));
        }
        if (values.help) {
            io.stdout(help);
            return cli_io/* EXIT */.d.ok;
        }
        return await body(values, positionals);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr(`octo-sts-token ${name}: ${e.message}\n${usageLine(help, name)}`);
        return cli_io/* EXIT */.d.usage;
    }
}
/** The help's `Usage:` line, and where the rest is. */
const usageLine = (help, name) => `${help.split('\n')[0] ?? ''}\nRun \`octo-sts-token ${name} --help\` for its options.\n`;


/***/ }),

/***/ 6898:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ splitCommand),
/* harmony export */   u: () => (/* binding */ COMMAND_RULES)
/* harmony export */ });
// `--oidc-token-command` is run without a shell, so its text is split into argv here by
// simple, documented rules (no variables, globs, pipes or redirections, ever):
// - a JSON array of strings (`["gcloud","auth","print-identity-token"]`) is taken as it is;
// - otherwise words are separated by white space; inside '…' everything is literal; inside
//   "…" a backslash escapes `"` and `\` only; outside quotes a backslash escapes any character.
/** Help text for the rules above, one short line each. */
const COMMAND_RULES = [
    'CMD is run without a shell: a JSON array of strings (["helper","--flag"]),',
    'or words split on spaces, where \'…\' is literal, "…" escapes only \\" and \\\\,',
    'and \\ outside quotes escapes the next character.'
];
/** `text` as argv, or the reason it cannot be split. */
function splitCommand(text) {
    if (text.trimStart().startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            return { problem: 'it starts with `[` but is not a JSON array' };
        }
        if (!Array.isArray(parsed) || !parsed.every(a => typeof a === 'string'))
            return { problem: 'a JSON array must hold strings only' };
        return parsed.length && parsed[0] ? { argv: parsed } : { problem: 'the command is empty' };
    }
    const argv = [];
    let word = '';
    let inWord = false; // a word has begun (`''` is an empty argument)
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote === "'") {
            if (c === "'")
                quote = undefined;
            else
                word += c;
        }
        else if (quote === '"') {
            if (c === '"')
                quote = undefined;
            else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\'))
                word += text[++i];
            else
                word += c;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                argv.push(word);
            word = '';
            inWord = false;
        }
        else {
            inWord = true;
            if (c === "'" || c === '"')
                quote = c;
            else if (c !== '\\')
                word += c;
            else if (i + 1 < text.length)
                word += text[++i];
            else
                return { problem: 'it ends with a lone `\\`' };
        }
    }
    if (quote)
        return { problem: `a ${quote} quote is not closed` };
    if (inWord)
        argv.push(word);
    return argv.length ? { argv } : { problem: 'the command is empty' };
}


/***/ }),

/***/ 1604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT)
/* harmony export */ });
/** A command's exit status: 0 success, 1 the operation failed, 2 a usage or input error. */
const EXIT = { ok: 0, failed: 1, usage: 2 };


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ renderFailure)
/* harmony export */ });
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2339);
/* harmony import */ var _diagnosis_report_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4697);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7819);



function renderFailure(error, words, report) {
    const lines = [
        `octo-sts-token: no token (${_diagnosis_report_js__WEBPACK_IMPORTED_MODULE_1__/* .KIND_TITLE */ .Yg[error.kind]}).`,
        (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .speak */ .Lr)(error.what, words),
        ...(error.fix ? [`What to do: ${(0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .speak */ .Lr)(error.fix, words)}`] : [])
    ];
    if (report) {
        if (report.info.length)
            lines.push('', ...report.info);
        for (const g of report.groups)
            lines.push('', `── ${g.title}`, ...g.lines.map(l => `  ${l}`));
    }
    return (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__/* .neutralize */ .Y)(lines.join('\n')) + '\n';
}


/***/ }),

/***/ 7620:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  sJ: () => (/* binding */ SOURCE_FLAGS),
  HD: () => (/* binding */ readOidcToken),
  X: () => (/* binding */ severalSources),
  dk: () => (/* binding */ tokenSourceDeps)
});

// UNUSED EXPORTS: MAX_TOKEN_BYTES, masker

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __nccwpck_require__(3705);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
// EXTERNAL MODULE: ./src/sts/oidc.ts + 1 modules
var oidc = __nccwpck_require__(950);
// EXTERNAL MODULE: ./src/policy/token.ts
var policy_token = __nccwpck_require__(1423);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __nccwpck_require__(3338);
// EXTERNAL MODULE: ./src/cli/command-line.ts
var command_line = __nccwpck_require__(6898);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/cli/run-command.ts
// Runs a token helper (`--oidc-token-command`, `buildkite-agent`) without a shell, bounded in
// time and output: a helper that hangs or floods cannot hold the exchange past its deadline.
// The helper runs in its own process group, and the whole group is killed when it is done, at
// the time limit or past the output limit: a background child it leaves behind (`sleep 60 &`)
// is killed with it and cannot hold the pipes open, so nothing outlives the command. A bare
// name is looked up on PATH in absolute directories only: an empty entry or `.` in PATH must
// not run a `buildkite-agent` from the checkout with the agent's credentials in its environment.



const MAX_STDERR = 4096;
/** After the helper exits, how long what it left behind may keep its pipes before they are cut. */
const DRAIN_MS = 500;
const WINDOWS = process.platform === 'win32';
const isExecutableFile = (path) => {
    try {
        if (!(0,external_node_fs_.statSync)(path).isFile())
            return false;
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
};
/**
 * Where `name` runs from: a name with a path separator as it is given (the user chose that
 * file); a bare name from the first absolute directory of `path` that holds it as an executable
 * file. Relative entries (`.`, `bin`) and empty ones, which mean the current directory, are
 * skipped. Undefined when it is nowhere.
 */
function findExecutable(name, path) {
    if (name.includes('/') || (WINDOWS && name.includes('\\')))
        return name;
    const suffixes = WINDOWS ? ['', '.exe', '.com'] : [''];
    for (const dir of (path ?? '').split(external_node_path_.delimiter)) {
        if (!dir || !(0,external_node_path_.isAbsolute)(dir))
            continue;
        for (const suffix of suffixes) {
            const file = (0,external_node_path_.join)(dir, name + suffix);
            if (isExecutableFile(file))
                return file;
        }
    }
    return undefined;
}
const runCommand = ([name = '', ...args], opts) => new Promise(resolve => {
    const env = Object.fromEntries(Object.entries(opts.env).filter((e) => e[1] !== undefined));
    const file = findExecutable(name, env.PATH);
    if (file === undefined) {
        resolve({ code: null, stdout: '', stderr: '', startError: 'ENOENT' });
        return;
    }
    // Its own process group (POSIX): one signal to the group reaches everything it started.
    const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        shell: false,
        detached: !WINDOWS
    });
    const out = [];
    const err = [];
    let outBytes = 0;
    let errBytes = 0;
    let code = null;
    let done = false;
    const flags = {};
    const killAll = () => {
        try {
            if (!WINDOWS && child.pid !== undefined)
                process.kill(-child.pid, 'SIGKILL');
            else
                child.kill('SIGKILL');
        }
        catch {
            // the group is already gone
        }
    };
    const text = (chunks) => Buffer.concat(chunks).toString('utf8');
    /** Resolves once: everything killed, the pipes no longer waited on. */
    const finish = (result) => {
        if (done)
            return;
        done = true;
        clearTimeout(timer);
        clearTimeout(drain);
        killAll();
        child.stdout?.destroy();
        child.stderr?.destroy();
        child.unref();
        resolve(result);
    };
    const stopped = () => ({
        code: null,
        stdout: text(out),
        stderr: text(err),
        ...flags
    });
    const timer = setTimeout(() => {
        flags.timedOut = true;
        finish(stopped());
    }, opts.timeoutMs);
    let drain;
    child.stdout.on('data', (c) => {
        outBytes += c.length;
        if (outBytes > opts.maxBytes) {
            flags.tooLarge = true;
            finish(stopped());
        }
        else
            out.push(c);
    });
    child.stderr.on('data', (c) => {
        if (errBytes < MAX_STDERR)
            err.push(c.subarray(0, MAX_STDERR - errBytes));
        errBytes += c.length;
    });
    child.once('error', e => {
        const why = e.code;
        finish({ code: null, stdout: '', stderr: '', startError: why ?? e.message });
    });
    child.once('exit', exitCode => {
        code = exitCode;
        // The helper is done: what it started goes too, and the pipes close once they are read.
        killAll();
        drain = setTimeout(() => finish({ code, stdout: text(out), stderr: text(err), ...flags }), DRAIN_MS);
    });
    child.once('close', () => finish({ code, stdout: text(out), stderr: text(err), ...flags }));
});

;// CONCATENATED MODULE: ./src/cli/token-source.ts
// Where the OIDC token comes from: a flag names the source (a file, a variable, a command),
// or the CI system is recognized from its environment. The token itself is never printed;
// stderr says only which source was used.








/**
 * Inside GitHub Actions (GITHUB_ACTIONS=true) the job log masks what is registered: the OIDC
 * token and the minted token are, before anything is printed. Elsewhere there is no such log.
 */
const masker = (io) => (secret) => {
    if (io.env.GITHUB_ACTIONS === 'true' && secret)
        io.mask?.(secret);
};
/** The deps from a command's io, with a terminal's defaults: what exchange and check pass. */
function tokenSourceDeps(io, policy) {
    return {
        env: io.env,
        readFile: io.readFile ?? workspace/* readSmallFile */.EW,
        run: io.run ?? runCommand,
        getIDToken: io.getIDToken ?? core/* getIDToken */.V9,
        policy,
        clock: io.clock,
        log: line => io.stderr(`${(0,neutralize/* sanitize */.a)(line, 2000)}\n`),
        mask: masker(io)
    };
}
/** The usage problem when the flags name more than one source. */
const severalSources = (flags) => Object.values(flags).filter(v => v !== undefined).length > 1
    ? 'give one OIDC token source, not several.'
    : undefined;
/** JWTs from any issuer are a few KiB; anything bigger is not a token. */
const MAX_TOKEN_BYTES = 64 * 1024;
/** A helper that takes longer than this is not coming back. */
const MAX_COMMAND_MS = 30_000;
const SOURCE_FLAGS = [
    '--oidc-token-file PATH',
    '--oidc-token-env NAME',
    '--oidc-token-command CMD'
];
const inputError = (what, fix) => new errors/* ActionError */.l('input', what, fix);
/** The value as a token: trimmed, and shaped like a JWT, or an input error naming the source. */
function asToken(raw, source) {
    const token = raw.trim();
    if (!token)
        throw inputError(`The OIDC token from ${source} is empty.`, 'Give a source that holds the token.');
    if (!(0,oidc/* isJwt */.ky)(token)) {
        throw inputError(`The OIDC token from ${source} is not a JWT (three base64url parts separated by dots); it is not shown.`, 'Give the raw token (`eyJ…`), not a file of JSON or a header such as `Bearer …`.');
    }
    // Shaped like a JWT is not enough: a payload that is not claims is refused before any request.
    if (!(0,oidc/* decodeClaims */.Yq)(token)) {
        throw inputError(`The OIDC token from ${source} has a JWT's three parts, but ${payloadProblem(token)}; it is not shown.`, 'Give the OIDC token itself, as its issuer wrote it (`eyJ…`), not a placeholder or a shortened copy.');
    }
    return { token, source };
}
/** What is wrong with a JWT-shaped token that decodeClaims refuses, without showing it. */
function payloadProblem(token) {
    const payload = (0,policy_token/* jwtPayload */.c$)(token) ?? '';
    const decoded = payload.trim() ? (0,policy_token/* decodeToken */.oL)(payload) : undefined;
    if (!decoded)
        return 'its middle part (the payload) is empty';
    if (!decoded.ok)
        return `its middle part (the payload) is not a JSON object of claims: ${decoded.why}`;
    return 'its middle part (the payload) is JSON `null`, not an object of claims';
}
/** Runs a helper and returns its trimmed stdout, or a clear error with its stderr. */
async function fromCommand(argv, name, deps) {
    const timeoutMs = Math.max(1, Math.min(MAX_COMMAND_MS, deps.policy.deadline - deps.clock.now()));
    const r = await deps.run(argv, { timeoutMs, maxBytes: MAX_TOKEN_BYTES, env: deps.env });
    const cmd = `\`${(0,neutralize/* sanitize */.a)(name, 80)}\``;
    const fail = (what, fix) => {
        throw new errors/* ActionError */.l('oidc', what, fix);
    };
    if (r.startError) {
        fail(`${cmd} could not be started (${(0,neutralize/* sanitize */.a)(r.startError, 80)}).`, r.startError === 'ENOENT'
            ? 'Check that it is installed and on PATH.'
            : 'Check that it can be run.');
    }
    if (r.timedOut)
        fail(`${cmd} did not finish within ${Math.round(timeoutMs / 1000)}s; it was stopped.`, 'Check why it hangs, or raise `--timeout-seconds`.');
    if (r.tooLarge)
        fail(`${cmd} wrote more than ${MAX_TOKEN_BYTES / 1024} KiB: that is not a token.`, 'It must print the token only.');
    if (r.code !== 0) {
        const said = (0,neutralize/* sanitize */.a)(r.stderr, 500);
        fail(`${cmd} failed (${r.code === null ? 'killed by a signal' : `exit status ${r.code}`})${said ? `: ${said}` : ''}.`, 'Run it by hand to see why; it must print the token on stdout and exit 0.');
    }
    return r.stdout;
}
/** The OIDC token from the flags, or from the CI system the environment shows; masked. */
async function readOidcToken(flags, audience, deps, 
/** What else the command accepts instead of a token (`--claims FILE`), for the no-source error. */
alternatives = []) {
    const read = await readUnmasked(flags, audience, deps, alternatives);
    deps.mask(read.token);
    return read;
}
async function readUnmasked(flags, audience, deps, alternatives) {
    const { env } = deps;
    if (flags.file !== undefined) {
        const source = `the file ${(0,neutralize/* sanitize */.a)(flags.file, 200)}`;
        let text;
        try {
            text = deps.readFile(flags.file, MAX_TOKEN_BYTES);
        }
        catch (e) {
            throw inputError(`Cannot read ${source}: ${(0,neutralize/* sanitize */.a)(String(e?.message ?? e), 200)}.`, 'Check the path given to `--oidc-token-file`.');
        }
        if (text === undefined)
            throw inputError(`${source.replace(/^t/, 'T')} does not exist.`, 'Check the path given to `--oidc-token-file`.');
        return asToken(text, source);
    }
    if (flags.env !== undefined) {
        const source = `the variable ${(0,neutralize/* sanitize */.a)(flags.env, 100)}`;
        const value = env[flags.env];
        if (value === undefined)
            throw inputError(`${source.replace(/^t/, 'T')} is not set.`, 'Check the name given to `--oidc-token-env` (the name, not `$NAME`).');
        return asToken(value, source);
    }
    if (flags.command !== undefined) {
        const split = (0,command_line/* splitCommand */.G)(flags.command);
        if ('problem' in split)
            throw inputError(`\`--oidc-token-command\` cannot be split into a command: ${split.problem}.`, 'See `octo-sts-token exchange --help` for the rules, or give a JSON array.');
        return asToken(await fromCommand(split.argv, split.argv[0] ?? '', deps), `the command ${(0,neutralize/* sanitize */.a)(split.argv[0] ?? '', 80)}`);
    }
    if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
        (0,oidc/* requireOidc */.bv)(env); // the request token goes to that URL: https only
        const token = await (0,oidc/* requestIdToken */.gj)(audience, { ...deps, env });
        return asToken(token, 'GitHub Actions (the job’s OIDC token endpoint)');
    }
    if (env.TFC_WORKLOAD_IDENTITY_TOKEN !== undefined)
        return asToken(env.TFC_WORKLOAD_IDENTITY_TOKEN, 'HCP Terraform (TFC_WORKLOAD_IDENTITY_TOKEN)');
    if (env.CIRCLE_OIDC_TOKEN_V2 !== undefined)
        return asToken(env.CIRCLE_OIDC_TOKEN_V2, 'CircleCI (CIRCLE_OIDC_TOKEN_V2)');
    if (env.BUILDKITE_AGENT_ACCESS_TOKEN || env.BUILDKITE) {
        const argv = ['buildkite-agent', 'oidc', 'request-token', '--audience', audience];
        return asToken(await fromCommand(argv, 'buildkite-agent oidc request-token', deps), 'Buildkite (buildkite-agent oidc request-token)');
    }
    const inActions = env.GITHUB_ACTIONS === 'true';
    throw inputError(`No OIDC token source was given and none was found in the environment${inActions ? ' (this is GitHub Actions, but the job cannot request an OIDC token: add `permissions: id-token: write`)' : ''}.`, `Give one of ${[...alternatives, ...SOURCE_FLAGS].join(', ')}; or run in GitHub Actions (with \`id-token: write\`), HCP Terraform (workload identity), CircleCI or Buildkite, which are detected.`);
}


/***/ }),

/***/ 6932:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   K3: () => (/* binding */ claimLines),
/* harmony export */   Pf: () => (/* binding */ claimsMarkdown),
/* harmony export */   R3: () => (/* binding */ decidingClaims),
/* harmony export */   jT: () => (/* binding */ codeValue)
/* harmony export */ });
/* unused harmony exports DECIDING_CLAIMS, displayValue */
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2339);
/* harmony import */ var _log_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(157);
/* harmony import */ var _issuers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(761);
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
const safeText = (text, max = MAX_VALUE) => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitize */ .a)(text, max);
/** A value inside prose: display-safe and in a code span (literal in the summary). */
const codeValue = (s, max = 300) => `\`${safeText(s, max).replace(/`/g, "'")}\``;
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
 * The usual ones are GitHub's, or those of the other issuer the claims show (issuers.ts).
 */
function decidingClaims(claims, extra = []) {
    const always = new Set(['iss', 'sub', 'aud']);
    const profile = (0,_issuers_js__WEBPACK_IMPORTED_MODULE_1__/* .issuerProfile */ .x)(claims);
    const usual = profile ? ['iss', 'sub', 'aud', ...profile.claims] : DECIDING_CLAIMS;
    const names = [...new Set([...usual, ...extra])];
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
/** A Markdown list for the job summary (a list wraps a long value; a table cuts it off). */
function claimsMarkdown(rows) {
    const list = (0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownList */ .Al)(rows.map(r => [
        `${(0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(r.name, false)}: ${r.missing ? (0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(r.value) : (0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeSpan */ .SS)(r.value, false) + (r.altered ? ' \\*' : '')}`
    ]));
    return rows.some(r => r.altered) ? `${list}\n\n${(0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(ALTERED_NOTE)}` : list;
}


/***/ }),

/***/ 761:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ issuerProfile)
/* harmony export */ });
// The OIDC issuers besides GitHub Actions whose tokens Octo STS commonly sees, recognised by
// their claims (self-managed GitLab and Terraform Enterprise have their own issuer URLs), and
// the claims their trust policies commonly match. GitHub's tokens, and tokens of issuers not
// listed here, are none of these: they keep GitHub's display and suggestion.
const PROFILES = {
    gitlab: {
        kind: 'gitlab',
        name: 'GitLab CI',
        claims: [
            'project_path',
            'namespace_path',
            'ref',
            'ref_type',
            'ref_protected',
            'pipeline_source',
            'environment',
            'environment_protected',
            'ci_config_ref_uri'
        ]
    },
    buildkite: {
        kind: 'buildkite',
        name: 'Buildkite',
        claims: [
            'organization_slug',
            'pipeline_slug',
            'build_branch',
            'build_tag',
            'build_source',
            'step_key'
        ]
    },
    kubernetes: { kind: 'kubernetes', name: 'Kubernetes', claims: ['kubernetes.io'] },
    circleci: {
        kind: 'circleci',
        name: 'CircleCI',
        claims: [
            'oidc.circleci.com/project-id',
            'oidc.circleci.com/vcs-origin',
            'oidc.circleci.com/vcs-ref',
            'oidc.circleci.com/context-ids'
        ]
    },
    terraform: {
        kind: 'terraform',
        name: 'HCP Terraform',
        claims: [
            'terraform_organization_name',
            'terraform_project_name',
            'terraform_workspace_name',
            'terraform_run_phase',
            'terraform_full_workspace'
        ]
    }
};
const has = (claims, name) => Object.prototype.hasOwnProperty.call(claims, name);
const text = (v) => (typeof v === 'string' ? v : '');
/** Which known non-GitHub issuer minted a token with these claims, if any. */
function issuerProfile(claims) {
    const iss = text(claims.iss);
    const sub = text(claims.sub);
    if (has(claims, 'project_path') &&
        (has(claims, 'pipeline_source') || has(claims, 'namespace_path')))
        return PROFILES.gitlab;
    if (iss === 'https://agent.buildkite.com' ||
        (has(claims, 'organization_slug') && has(claims, 'pipeline_slug')))
        return PROFILES.buildkite;
    if (sub.startsWith('system:serviceaccount:') || has(claims, 'kubernetes.io'))
        return PROFILES.kubernetes;
    if (iss.startsWith('https://oidc.circleci.com/') || has(claims, 'oidc.circleci.com/project-id'))
        return PROFILES.circleci;
    if (has(claims, 'terraform_organization_name') && has(claims, 'terraform_workspace_name'))
        return PROFILES.terraform;
    return undefined;
}


/***/ }),

/***/ 4697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yg: () => (/* reexport */ diagnosis_verdict/* KIND_TITLE */.Yg),
  xo: () => (/* binding */ diagnoseFailure)
});

// UNUSED EXPORTS: TIME_LIMIT_SKIPPED, diagnoseDryRun, dryRunReport, failureReport

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./src/sts/request.ts
var request = __nccwpck_require__(8329);
// EXTERNAL MODULE: ./src/policy/token.ts
var token = __nccwpck_require__(1423);
// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __nccwpck_require__(9905);
// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __nccwpck_require__(3338);
;// CONCATENATED MODULE: ./src/diagnosis/local-check.ts
// Explains a denial against the real policy: when the policy lives in the workflow's own
// repository and a copy is checked out in GITHUB_WORKSPACE, evaluate it against the token's
// claims with the server's semantics and report every field that fails, not just the first.
// The policy engine (yaml + RE2) is loaded only here, on the failure and dry-run paths, and runs
// in the sandbox (src/policy/sandbox.ts): bounded by the step's deadline and in memory.





/** GITHUB_REF and the default branch from the event payload (best effort, never throws). */
function local_check_readCheckout(env, readFile = src_workspace/* readSmallFile */.EW) {
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
const sameRepo = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The step's time limit was reached: no stage starts after it. */
const late = (deps) => deps.deadline !== undefined && (deps.now ?? Date.now)() >= deps.deadline;
/** The workspace copy, when the workflow runs in `policyRepo` and there is time to read it. */
function readWorkspaceCopy(env, policyRepo, path, deps) {
    const workflowRepo = env.GITHUB_REPOSITORY;
    const workspace = (0,src_workspace/* workspaceRoot */.oS)(env);
    if (!workflowRepo || !sameRepo(workflowRepo, policyRepo) || !workspace)
        return { status: 'elsewhere', ...(workflowRepo ? { workflowRepo } : {}) };
    if (late(deps))
        return { status: 'skipped' };
    let text;
    try {
        text = (deps.readFile ?? src_workspace/* readSmallFile */.EW)((0,external_node_path_.join)(workspace, path), src_workspace/* MAX_POLICY_BYTES */.mk, workspace);
    }
    catch (e) {
        return { status: 'unreadable', why: String(e?.message ?? e) };
    }
    return text === undefined ? { status: 'absent', workspace } : { status: 'read', text };
}
/** The file the user named, in place of the workspace copy. */
function readNamedCopy(file, deps) {
    if (late(deps))
        return { status: 'skipped' };
    try {
        const text = (deps.readFile ?? src_workspace/* readSmallFile */.EW)(file, src_workspace/* MAX_POLICY_BYTES */.mk);
        return text === undefined ? { status: 'absent', workspace: file } : { status: 'read', text };
    }
    catch (e) {
        return { status: 'unreadable', why: String(e?.message ?? e) };
    }
}
/** Evaluates the workspace copy of the policy the exchange used, when there is one. */
async function local_check_checkLocalPolicy(env, ctx, 
/** The token's payload text, as the server decodes it (src/policy/token.ts `jwtPayload`). */
payload, deps = {}) {
    const { repo, path } = (0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    const copy = deps.policyFile === undefined
        ? readWorkspaceCopy(env, repo, path, deps)
        : readNamedCopy(deps.policyFile, deps);
    if (copy.status === 'elsewhere')
        return { ...copy, policyRepo: repo };
    if (copy.status !== 'read')
        return { ...copy, path };
    const { text } = copy;
    if (late(deps))
        return { status: 'skipped', path };
    const options = { isOrgPolicy: (0,request/* isOrgPolicyRepo */.Fd)(repo, ctx.orgPolicyRepo) };
    const outcome = await runBounded(deps, 'explainPolicy', [text, payload, ctx.domain, options]);
    if (!outcome.ok)
        return notChecked(outcome, path);
    const { explained, claimNames, permissions } = outcome.value;
    return {
        status: 'checked',
        path,
        verdict: explained.verdict,
        findings: explained.findings,
        warnings: explained.warnings,
        ...(explained.legacy ? { legacy: explained.legacy } : {}),
        claimNames,
        permissions
    };
}
/** A job in the sandbox, to the deadline; an engine that cannot even start is a failure. */
async function runBounded(deps, name, args) {
    try {
        return await (deps.sandbox ?? sandbox/* inThreadSandbox */.Td).run(name, args, deps.deadline);
    }
    catch (e) {
        return { ok: false, why: String(e?.message ?? e) };
    }
}
/** A job without a result: too costly to check here, or an engine failure (a bug). */
const notChecked = (outcome, path) => outcome.costly !== undefined
    ? { status: 'costly', path, costly: outcome.costly }
    : { status: 'failed', path, why: outcome.why };
/**
 * Evaluates the workspace copy of the org's issuer allowlist against the token's `iss`, when
 * the workflow runs in the org's policy repository (`.github`, where the server reads it).
 */
async function checkLocalAllowlist(env, 
/** The exchange's scope, or the scope and the server's org policy repository. */
target, 
/** The token's payload as the server decodes it (see checkLocalPolicy), or its claims. */
payload, deps = {}) {
    const { scope, orgPolicyRepo } = typeof target === 'string' ? { scope: target } : target;
    const policyRepo = (0,request/* orgRepo */.zh)((0,request/* scopeOwner */.Qi)(scope), orgPolicyRepo);
    const path = request/* ALLOWLIST_PATH */.ch;
    const decoded = (0,token/* decodeToken */.oL)(payload);
    const issuer = decoded.ok ? decoded.token.iss : '';
    if (!issuer) {
        const why = decoded.ok ? '' : ` (${decoded.why})`;
        return { status: 'failed', policyRepo, path, why: `the token has no string iss claim${why}` };
    }
    const copy = readWorkspaceCopy(env, policyRepo, path, deps);
    if (copy.status === 'elsewhere')
        return { ...copy, policyRepo, path, issuer };
    if (copy.status === 'absent')
        return { status: 'absent', policyRepo, path, issuer };
    if (copy.status !== 'read')
        return { ...copy, policyRepo, path };
    if (late(deps))
        return { status: 'skipped', policyRepo, path };
    const outcome = await runBounded(deps, 'explainAllowlist', [copy.text, issuer]);
    if (!outcome.ok)
        return { ...notChecked(outcome, path), policyRepo };
    const a = outcome.value;
    return {
        status: 'checked',
        policyRepo,
        path,
        issuer,
        verdict: !a.valid ? 'invalid' : a.admitted ? 'admits' : 'refuses',
        mode: a.mode,
        errors: a.errors,
        issuers: a.issuers,
        patterns: a.patterns,
        ...(a.by ? { by: a.by } : {}),
        ...(a.nearest ? { nearest: a.nearest } : {})
    };
}

// EXTERNAL MODULE: ./src/diagnosis/subject-note.ts
var subject_note = __nccwpck_require__(1478);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __nccwpck_require__(517);
// EXTERNAL MODULE: ./src/diagnosis/verdict.ts
var diagnosis_verdict = __nccwpck_require__(384);
// EXTERNAL MODULE: ./src/diagnosis/verdict-log.ts
var verdict_log = __nccwpck_require__(6359);
// EXTERNAL MODULE: ./src/diagnosis/claims.ts
var claims = __nccwpck_require__(6932);
// EXTERNAL MODULE: ./src/log/markdown.ts
var markdown = __nccwpck_require__(157);
// EXTERNAL MODULE: ./src/policy/anchoring.ts
var anchoring = __nccwpck_require__(3401);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __nccwpck_require__(7819);
;// CONCATENATED MODULE: ./src/diagnosis/verdict-markdown.ts
// A verdict (verdict.ts) as the job summary shows it: Markdown in which every value is literal,
// its terms in the front end's words (src/vocabulary.ts).





/**
 * One finding as a list item: the field and its line, what the policy says and what the token
 * has. The reason is added when it says more than those two (a missing claim, a value that is
 * not a string, a problem of the file); "… did not match …" only repeats them.
 */
function findingItem(f) {
    const code = (s) => (0,markdown/* codeSpan */.SS)((0,claims/* safeText */.Hk)(s), false);
    const head = `${(0,markdown/* codeSpan */.SS)((0,claims/* safeText */.Hk)(f.field, 200), false)}${f.line ? `, line ${f.line}` : ''}`;
    const lines = [head];
    if (f.pattern !== undefined)
        lines.push(`Policy: ${code((0,anchoring/* anchoredSource */.CQ)(f.pattern))}`);
    else if (f.expected !== undefined)
        lines.push(`Policy: ${code(f.expected)}`);
    if (f.actual !== undefined)
        lines.push(`Token: ${code(f.actual)}`);
    const restates = lines.length === 3 && f.reason.includes(' did not match ');
    if (!restates)
        lines.push((0,markdown/* escapeMarkdown */.FV)((0,claims/* safeText */.Hk)(f.reason, 600)));
    return lines;
}
function checkMarkdown(vd, words) {
    const prose = (text) => (0,markdown/* markdownProse */.h$)((0,vocabulary/* speak */.Lr)(text, words));
    const out = [`#### ${prose(vd.title)}`, ''];
    out.push(vd.prose.map(prose).join('\n\n'), '');
    if (vd.findings.length) {
        out.push((0,markdown/* markdownList */.Al)(vd.findings.slice(0, markdown/* MAX_LISTED */.Bl).map(findingItem)), ...(0,markdown/* notListed */.NL)(vd.findings, 'findings'), '');
    }
    if (vd.warnings.length) {
        out.push((0,markdown/* markdownTable */.Qj)(['Warning', 'Line'], vd.warnings
            .slice(0, markdown/* MAX_LISTED */.Bl)
            .map(p => [(0,claims/* safeText */.Hk)(p.message, 600), p.line ? String(p.line) : ''])), ...(0,markdown/* notListed */.NL)(vd.warnings, 'warnings'), '');
    }
    return out;
}
function subjectFormMarkdown(prose, words) {
    if (!prose?.length)
        return [];
    const paragraphs = prose.map(p => (0,markdown/* markdownProse */.h$)((0,vocabulary/* speak */.Lr)(p, words)));
    return ["#### GitHub's subject forms", '', paragraphs.join('\n\n'), ''];
}
function evidenceMarkdown(e) {
    const out = [];
    if (e.claims)
        out.push('#### Claims that decide a match', '', (0,claims/* claimsMarkdown */.Pf)(e.claims), '');
    const s = e.suggestion;
    if (s) {
        out.push(`#### A trust policy that admits exactly this workflow`, '', (0,markdown/* markdownProse */.h$)(`Commit it as ${(0,diagnosis_verdict/* codeValue */.jT)(s.path)} to the default branch of ${(0,diagnosis_verdict/* codeValue */.jT)(s.repo)}:`), '', (0,markdown/* codeBlock */.DV)(s.yaml, 'yaml'), '');
        for (const w of s.warnings)
            out.push(`> [!WARNING]\n> ${(0,markdown/* markdownProse */.h$)(w)}`, '');
    }
    return out;
}
function failureMarkdown(fv, words) {
    const { error, target, whereServerLooks: where } = fv;
    const out = [
        `### ❌ Octo STS: no token${target ? ` for ${(0,diagnosis_verdict/* codeValue */.jT)(target.identity, 100)} on ${(0,diagnosis_verdict/* codeValue */.jT)(target.scope, 100)}` : ''} (${fv.title})`,
        '',
        (0,markdown/* markdownProse */.h$)((0,vocabulary/* speak */.Lr)(error.what, words)),
        '',
        `**What to do:** ${(0,markdown/* markdownProse */.h$)((0,vocabulary/* speak */.Lr)(error.fix, words))}`,
        ''
    ];
    if (fv.permissionsYaml !== undefined)
        out.push((0,markdown/* codeBlock */.DV)(fv.permissionsYaml, 'yaml'), '');
    if (where) {
        const branch = where.defaultBranch
            ? `its default branch, ${(0,diagnosis_verdict/* codeValue */.jT)(where.defaultBranch)}`
            : 'its default branch';
        out.push((0,markdown/* markdownProse */.h$)(`Where the server looks: ${(0,diagnosis_verdict/* codeValue */.jT)(where.path)} in ${(0,diagnosis_verdict/* codeValue */.jT)(where.repo)}, on ${branch} (a miss or a policy is cached for up to 5 minutes).`), '');
    }
    if (fv.check)
        out.push(...checkMarkdown(fv.check, words));
    out.push(...subjectFormMarkdown(fv.subjectForm, words));
    out.push(...evidenceMarkdown(fv.evidence));
    return out.join('\n');
}
function verdict_markdown_dryRunMarkdown(dv, words) {
    const { ctx } = dv;
    const out = [
        `### Octo STS dry run: ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}`,
        '',
        markdownProse(`No exchange was made and no \`token\` output is set. The exchange would ask ${v(`https://${ctx.domain}`)} for identity ${v(ctx.identity, 100)} with scope ${v(ctx.scope, 100)}.`),
        ''
    ];
    if (dv.check)
        out.push(...checkMarkdown(dv.check, words));
    if (dv.note !== undefined)
        out.push(markdownProse(speak(dv.note, words)), '');
    out.push(...subjectFormMarkdown(dv.subjectForm, words));
    out.push(...evidenceMarkdown(dv.evidence));
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/diagnosis/report.ts







function failureReport(input, words) {
    const verdict = (0,diagnosis_verdict/* failureVerdict */.Ui)(input);
    return { ...(0,verdict_log/* failureLog */.z1)(verdict, words), summary: failureMarkdown(verdict, words) };
}
function dryRunReport(input, words) {
    const verdict = dryRunVerdict(input);
    return { ...dryRunLog(verdict, words), summary: dryRunMarkdown(verdict, words) };
}
/** The failure's report, with the local policy checked when it can help: no runner needed. */
async function diagnoseFailure(env, error, words, ctx, token, deps = {}) {
    const claims = token?.claims;
    const check = ctx && token && diagnosis_verdict/* LOCAL_KINDS */.EB.has(error.kind)
        ? await local_check_checkLocalPolicy(env, ctx, token.payload, deps)
        : undefined;
    const allowlist = ctx && token && diagnosis_verdict/* ALLOWLIST_KINDS */.C9.has(error.kind)
        ? await checkLocalAllowlist(env, ctx, token.payload, deps)
        : undefined;
    const checkout = local_check_readCheckout(env, deps.readFile);
    const otherForm = await serverOtherForm(error, claims, check, deps);
    return failureReport({
        error,
        ctx,
        claims,
        check,
        checkout,
        ...(allowlist ? { allowlist } : {}),
        ...(otherForm ? { otherForm } : {})
    }, words);
}
/**
 * Whether the server's subject mismatch names the other form of the token's subject, when no
 * workspace copy said so. A `subject_pattern` needs the engine; a `subject` does not.
 */
async function serverOtherForm(error, claims, check, deps) {
    if (error.kind !== 'policy-mismatch' || !claims)
        return undefined;
    if (check?.status === 'checked' && check.otherForm)
        return undefined;
    const said = (0,subject_note/* subjectMismatch */.Vt)(error.details.serverMessage);
    if (!said)
        return undefined;
    // A `subject` is compared as it stands; a `subject_pattern` (from the server) is compiled
    // by the engine, bounded like any other pattern.
    if (!('subject_pattern' in said.policy))
        return (0,subject_form/* namesOtherForm */.Zu)(said.policy, said.sub, (0,subject_form/* idsFromClaims */.w3)(claims), () => false);
    if (deps.deadline !== undefined && (deps.now ?? Date.now)() >= deps.deadline)
        return undefined;
    const outcome = await runBounded(deps, 'otherForm', [said.policy, said.sub, claims]);
    return outcome.ok ? outcome.value : undefined;
}
/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
async function diagnoseDryRun(env, words, ctx, token, deps = {}) {
    const claims = token?.claims;
    const check = token ? await checkLocalPolicy(env, ctx, token.payload, deps) : undefined;
    return dryRunReport({ ctx, claims, check, checkout: readCheckout(env, deps.readFile) }, words);
}


/***/ }),

/***/ 1478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vt: () => (/* binding */ subjectMismatch),
/* harmony export */   nh: () => (/* binding */ subjectLine),
/* harmony export */   qR: () => (/* binding */ otherFormProse)
/* harmony export */ });
/* unused harmony export formNote */
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6932);
/* harmony import */ var _suggested_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1685);
/* harmony import */ var _policy_subject_form_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(517);
// What the diagnosis says about GitHub's two subject forms (src/policy/subject-form.ts decides):
// that a policy names the other form than the token has, with the line to write and where the
// IDs come from, and, in a dry run, which form this repository's tokens have. Prose with code
// spans, as verdict.ts writes it; the action's log and summary and the CLI all print these.



const IMMUTABLE_SHAPE = '`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`';
const NAME_ONLY_SHAPE = '`repo:OWNER/REPO:…`';
const WHO_GETS_IT = 'GitHub gives immutable subjects to repositories created, renamed or transferred on github.com since mid-2026 and to those that opt in; GHES has only name-only ones';
/** The `subject`/`subject_pattern` line, as YAML. */
const subjectLine = (o) => `${o.write.field}: ${(0,_suggested_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .yamlScalar */ .Ew)(o.write.value)}`;
const whereIds = (owner, repo) => `The IDs are the token's \`repository_owner_id\` and \`repository_id\` claims (\`GITHUB_REPOSITORY_OWNER_ID\` and \`GITHUB_REPOSITORY_ID\` on the runner); ${(0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT)((0,_policy_subject_form_js__WEBPACK_IMPORTED_MODULE_2__/* .idsCommand */ .Cj)(owner, repo))} prints them.`;
/** Why the policy's subject refuses this token, when the reason is the subject's form. */
function otherFormProse(o, file) {
    const field = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT)(o.field);
    const tokenNames = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT)((0,_policy_subject_form_js__WEBPACK_IMPORTED_MODULE_2__/* .repositorySegment */ .Wt)(o.owner, o.repo, o.ids));
    const line = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT)(subjectLine(o), 1000);
    const still = !o.admits
        ? ' (in that form it would still refuse this workflow: it differs in more than the form, see above)'
        : o.covers === 'both'
            ? ", which admits both forms (the owner's older repositories keep name-only subjects)"
            : o.covers === 'exact'
                ? ' (this pattern cannot be rewritten here: this line admits exactly this workflow; write a pattern in this form to admit more)'
                : '';
    if (o.token === 'immutable') {
        return [
            `This repository uses GitHub's immutable subjects (${IMMUTABLE_SHAPE}: ${WHO_GETS_IT}). The token's \`sub\` names it as ${tokenNames}, and the policy's ${field} names it by name only, which never matches such a token. Write this line in ${file}${still}: ${line}`,
            whereIds(o.owner, o.repo)
        ];
    }
    return [
        `This repository does not use GitHub's immutable subjects: the token's \`sub\` has the name-only form (${NAME_ONLY_SHAPE}) and names it as ${tokenNames}, while the policy's ${field} names it with owner and repository IDs (${IMMUTABLE_SHAPE}), which never matches such a token. ${WHO_GETS_IT}. Write this line in ${file}${still}: ${line}`,
        `On github.com you may instead opt the repository in to immutable subjects (its OIDC settings, or \`PUT repos/${o.owner}/${o.repo}/actions/oidc/customization/sub\`) and keep the policy; GHES has none.`
    ];
}
/** Which form this repository's tokens have, for the dry run; `undefined` for other subjects. */
function formNote(sub, ids) {
    const s = typeof sub === 'string' ? parseSubject(sub) : undefined;
    if (!s)
        return undefined;
    if (s.ids) {
        return `Subject form: this repository uses GitHub's immutable subjects (${IMMUTABLE_SHAPE}; ${WHO_GETS_IT}). A policy's \`subject\` or \`subject_pattern\` must name it as ${v(repositorySegment(s.owner, s.repo, s.ids))}: by name only, it never matches.`;
    }
    const immutable = ids ? ` as ${v(repositorySegment(s.owner, s.repo, ids))}` : '';
    return `Subject form: this repository's subjects are name-only (${NAME_ONLY_SHAPE}), without GitHub's immutable IDs (${WHO_GETS_IT}). If it opts in, or is renamed or transferred, its tokens name it${immutable} and its policies must follow.`;
}
/** `"…"` as Go's %q writes it, read back; `undefined` when it is not one. */
function goUnquote(quoted) {
    try {
        const json = quoted.replace(/\\(x[0-9a-fA-F]{2}|U[0-9a-fA-F]{8}|[abfv'])|\\(.)/g, (all, ours, other) => {
            if (other !== undefined)
                return all;
            const c = ours ?? '';
            if (c.startsWith('x'))
                return `\\u00${c.slice(1)}`;
            if (c.startsWith('U'))
                return JSON.stringify(String.fromCodePoint(parseInt(c.slice(1), 16))).slice(1, -1);
            return ({ a: '\\u0007', b: '\\b', f: '\\f', v: '\\u000b', "'": "'" }[c] ?? all);
        });
        const out = JSON.parse(json);
        return typeof out === 'string' ? out : undefined;
    }
    catch {
        return undefined;
    }
}
const QUOTED = '"(?:[^"\\\\]|\\\\.)*"';
const SUBJECT_MISMATCH = new RegExp(`^trust policy: subject (${QUOTED}) did not match (pattern )?(${QUOTED})$`);
/**
 * The token's subject and the policy's `subject` or `subject_pattern`, from the server's
 * `subject "…" did not match "…"` (or `… did not match pattern "…"`): without a copy of the
 * policy, the server's message alone can show the form is at fault.
 */
function subjectMismatch(message) {
    const m = message === undefined ? null : SUBJECT_MISMATCH.exec(message);
    if (!m)
        return undefined;
    const sub = goUnquote(m[1] ?? '');
    const value = goUnquote(m[3] ?? '');
    if (sub === undefined || value === undefined)
        return undefined;
    return { sub, policy: m[2] ? { subject_pattern: value } : { subject: value } };
}


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ yamlScalar),
/* harmony export */   F2: () => (/* binding */ isPullRequestSubject),
/* harmony export */   Rl: () => (/* binding */ suggestPolicy),
/* harmony export */   WL: () => (/* reexport safe */ _policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__.WL),
/* harmony export */   x0: () => (/* binding */ everyRefPattern)
/* harmony export */ });
/* unused harmony exports workflowPattern, otherIssuerSubject */
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6932);
/* harmony import */ var _sts_request_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8329);
/* harmony import */ var _policy_github_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4543);
/* harmony import */ var _policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6353);
/* harmony import */ var _policy_subject_form_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(517);
/* harmony import */ var _policy_token_validity_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1754);
/* harmony import */ var _issuers_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(761);
// A trust policy that admits exactly the workflow that is running: the real issuer, the exact
// subject (exact match is the safer default), and commented, broader or stricter alternatives.
// Written by hand, not with the yaml package: this module must stay light, and the output is
// checked against the yaml parser in the tests.








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
    return v !== undefined && (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(v, 1000) === v ? v : undefined;
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
        pattern: `${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(prefix)}:ref:refs/${kind}/${any}${rest === undefined ? '' : (0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(rest)}`,
        what
    };
}
/** `job_workflow_ref` as a pattern; a pull request's merge ref becomes any pull request's. */
function workflowPattern(ref) {
    const m = /^(.*)@refs\/pull\/\d+\/merge$/.exec(ref);
    return m ? `${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[1] ?? '')}@refs/pull/[0-9]+/merge` : (0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(ref);
}
/** Whether `sub` is the subject GitHub gives `pull_request` and `pull_request_target` runs. */
const isPullRequestSubject = (sub) => /:pull_request$/.test(sub);
/** `subject` (or `subject_pattern`) lines for a token of an issuer other than GitHub. */
function otherIssuerSubject(kind, sub) {
    const exactly = `subject: ${yamlScalar(sub)}`;
    const instead = (what, pattern) => [
        `# Or, instead of subject, ${what}:`,
        `# subject_pattern: ${yamlScalar(pattern)}`
    ];
    switch (kind) {
        case 'gitlab': {
            // The default subject; a project can configure another one, which stays exact.
            const m = /^(project_path:[^:]+:ref_type:(branch|tag):ref:).+$/.exec(sub);
            if (!m)
                return [exactly];
            const what = m[2] === 'branch' ? 'every branch' : 'every tag';
            return [
                exactly,
                ...instead(`${what} of the project (broader: anyone who can push one gets the token)`, `${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[1] ?? '')}.+`)
            ];
        }
        case 'buildkite': {
            const m = /^(organization:[^:]+:pipeline:[^:]+:ref:[^:]*):commit:[^:]*:step:(.*)$/.exec(sub);
            if (!m)
                return [exactly];
            const head = (0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[1] ?? '');
            const lines = [
                '# The subject names the commit, which changes with every build: any commit matches.',
                `subject_pattern: ${yamlScalar(`${head}:commit:[^:]+:step:${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[2] ?? '')}`)}`
            ];
            if (m[2]) {
                lines.push('# Or any step of these builds (broader):', `# subject_pattern: ${yamlScalar(`${head}:commit:[^:]+:step:.*`)}`);
            }
            return lines;
        }
        case 'circleci': {
            const m = /^(org\/[^/]+\/project\/[^/]+\/user\/)[^/]+(\/.*)?$/.exec(sub);
            if (!m)
                return [exactly];
            return [
                exactly,
                ...instead('the same for whoever starts the pipeline (broader: any user who can run it)', `${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[1] ?? '')}[^/]+${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[2] ?? '')}`)
            ];
        }
        case 'terraform': {
            const m = /^(organization:[^:]+:project:[^:]+:workspace:[^:]+:run_phase:)(?:plan|apply)$/.exec(sub);
            if (!m)
                return [exactly];
            return [
                exactly,
                ...instead('both run phases (plans run for speculative plans too: give them read access only)', `${(0,_policy_goformat_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteMeta */ .WL)(m[1] ?? '')}(plan|apply)`)
            ];
        }
        case 'kubernetes':
            return [exactly];
    }
}
function suggestPolicy(claims, ctx) {
    const { repo, path } = (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_4__/* .policyLocation */ .a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    // The server reads scope `org/.github` (its org policy repository) as the org's:
    // `repositories` is allowed there too.
    const orgPolicy = (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_4__/* .isOrgPolicyRepo */ .Fd)(repo, ctx.orgPolicyRepo);
    const warnings = [];
    const profile = (0,_issuers_js__WEBPACK_IMPORTED_MODULE_3__/* .issuerProfile */ .x)(claims);
    // A workflow is GitHub's word: another issuer's token names a pipeline, a run, an account.
    const admits = profile ? `this ${profile.name} token's issuer and subject` : 'this workflow';
    const lines = [
        `# ${path} on the default branch of ${repo}`,
        `# Admits exactly ${admits}: review it before you commit it.`
    ];
    const rawIss = str(claims.iss);
    const iss = exact(rawIss);
    if (iss)
        lines.push(`issuer: ${yamlScalar(iss)}`);
    else {
        lines.push(`issuer: ${_policy_github_js__WEBPACK_IMPORTED_MODULE_5__/* .GITHUB_ISSUER */ .o}`);
        warnings.push(rawIss
            ? 'The token\'s `iss` cannot be shown as it is; the policy above uses GitHub\'s issuer: check the "iss" claim.'
            : "The token has no `iss` claim; the policy above uses GitHub's issuer.");
    }
    const rawSub = str(claims.sub);
    const sub = exact(rawSub);
    if (sub && profile) {
        lines.push(...otherIssuerSubject(profile.kind, sub));
        if (!(0,_policy_token_validity_js__WEBPACK_IMPORTED_MODULE_6__/* .isValidSubject */ .xh)(sub)) {
            // GitHub's subjects never fail this; a Terraform project name with a space does.
            warnings.push(`The token's \`sub\` holds a space or a character such as a quote, \`;\`, \`$\` or a bracket: the server refuses it ("invalid subject in token") before reading any policy, so no policy can admit this ${profile.name} token. Rename what the subject is made of (e.g. the project or workspace).`);
        }
    }
    else if (sub) {
        if ((0,_policy_subject_form_js__WEBPACK_IMPORTED_MODULE_2__/* .subjectForm */ .nB)(sub) === 'immutable') {
            lines.push("# GitHub's immutable subject: the owner's and the repository's IDs follow their names.");
        }
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


/***/ }),

/***/ 6359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YK: () => (/* binding */ problemLine),
/* harmony export */   hq: () => (/* binding */ findingLines),
/* harmony export */   z1: () => (/* binding */ failureLog)
/* harmony export */ });
/* unused harmony export dryRunLog */
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6932);
/* harmony import */ var _verdict_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(384);
/* harmony import */ var _log_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(157);
/* harmony import */ var _policy_anchoring_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3401);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7819);
// A verdict (verdict.ts) as the job log (or a terminal) shows it: plain lines, visible without
// opening anything, and collapsed groups for the claims and the suggested policy; its terms in
// the front end's words (src/vocabulary.ts).





/** Prose written with code spans, for the log: the backticks read fine as they are. */
const logLine = (prose, words) => (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .speak */ .Lr)(prose, words), 2000);
/**
 * A line we built (YAML, aligned details), kept as it is when making it safe would only
 * collapse its spaces; otherwise made safe.
 */
const aligned = (line) => {
    const safe = (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(line, 1200);
    return safe === line.replace(/\s+/g, ' ').trim() ? line.replace(/\s/g, ' ') : safe;
};
function problemLine(p) {
    const at = p.line ? ` at line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';
    return `${p.severity}${at}: ${p.message}`;
}
function findingLines(f) {
    const lines = [`✗ ${f.field}${f.line ? ` (line ${f.line})` : ''}: ${f.reason}`];
    if (f.pattern !== undefined)
        lines.push(`    policy pattern: ${(0,_policy_anchoring_js__WEBPACK_IMPORTED_MODULE_2__/* .anchoredSource */ .CQ)(f.pattern)} (Go RE2)`);
    else if (f.expected !== undefined)
        lines.push(`    policy value:   ${f.expected}`);
    if ((0,_verdict_js__WEBPACK_IMPORTED_MODULE_1__/* .isMismatch */ .R0)(f))
        lines.push(`    token value:    ${f.actual ?? '(no such claim)'}`);
    return lines.map(aligned);
}
function checkLines(vd, words) {
    return [
        logLine(vd.title, words),
        ...vd.findings.slice(0, _log_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LISTED */ .Bl).flatMap(f => findingLines(f).map(l => '  ' + l)),
        ...(0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .notListed */ .NL)(vd.findings, 'findings').map(l => '  ' + l),
        ...vd.warnings.slice(0, _log_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_LISTED */ .Bl).map(p => '  ' + (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(problemLine(p), 1000)),
        ...(0,_log_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .notListed */ .NL)(vd.warnings, 'warnings').map(l => '  ' + l),
        ...vd.prose.map(p => logLine(p, words))
    ];
}
function evidenceLog(e, words) {
    const info = [];
    const groups = [];
    if (e.claims) {
        groups.push({
            title: (0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .speak */ .Lr)(`Claims that decide a match (from ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__.W.idToken}, which is not shown)`, words),
            lines: (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .claimLines */ .K3)(e.claims)
        });
    }
    const s = e.suggestion;
    if (s) {
        groups.push({
            title: `A trust policy that admits exactly this workflow: ${s.path} in ${s.repo}`,
            lines: [...s.yaml.split('\n'), ...s.warnings.map(w => `Warning: ${w}`)].map(aligned)
        });
        for (const w of s.warnings)
            info.push(logLine(`Warning: ${w}`, words));
    }
    if (e.undecodable)
        info.push('The OIDC token could not be decoded: no claims to show.');
    return { info, groups };
}
function failureLog(fv, words) {
    const shared = evidenceLog(fv.evidence, words);
    return {
        info: [
            ...(fv.check ? checkLines(fv.check, words) : []),
            ...(fv.subjectForm ?? []).map(l => logLine(l, words)),
            ...shared.info
        ],
        groups: shared.groups
    };
}
function dryRunLog(dv, words) {
    const shared = evidenceLog(dv.evidence, words);
    return {
        info: [
            'Dry run: no exchange was made, and no `token` output is set.',
            ...(dv.check ? checkLines(dv.check, words) : []),
            ...(dv.note !== undefined ? [logLine(dv.note, words)] : []),
            ...(dv.subjectForm ?? []).map(l => logLine(l, words)),
            ...shared.info
        ],
        groups: shared.groups
    };
}


/***/ }),

/***/ 384:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ ALLOWLIST_KINDS),
/* harmony export */   EB: () => (/* binding */ LOCAL_KINDS),
/* harmony export */   R0: () => (/* binding */ isMismatch),
/* harmony export */   Ui: () => (/* binding */ failureVerdict),
/* harmony export */   Yg: () => (/* binding */ KIND_TITLE),
/* harmony export */   jT: () => (/* reexport safe */ _claims_js__WEBPACK_IMPORTED_MODULE_0__.jT)
/* harmony export */ });
/* unused harmony exports TIME_LIMIT_SKIPPED, noAnswer, defaultBranchNote, policyVerdict, allowlistVerdict, dryRunVerdict */
/* harmony import */ var _claims_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6932);
/* harmony import */ var _sts_request_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8329);
/* harmony import */ var _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9905);
/* harmony import */ var _suggested_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1685);
/* harmony import */ var _policy_anchoring_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3401);
/* harmony import */ var _subject_note_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1478);
/* harmony import */ var _policy_subject_form_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(517);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7819);
// What a failure (or a dry run) means, as data: its title, where the server looks for the
// policy, what the workspace copy of the policy (or of the org's issuer allowlist) says, the
// claims that decide a match and a policy that would admit this workflow. Deciding only:
// verdict-log.ts and verdict-markdown.ts render it, report.ts puts the two together.
// Prose here is written with code spans around every value (see `codeValue`), which the log
// shows as they are and the job summary keeps literal.









const KIND_TITLE = {
    input: 'invalid input',
    'oidc-permission': 'the job cannot request an OIDC token',
    oidc: 'the OIDC token request failed',
    'request-rejected': 'the request was refused',
    'identity-refused': 'the server refused the policy name',
    'token-claims-invalid': "the OIDC token's claims are malformed",
    'org-not-configured': 'the server has no App for this owner',
    'app-not-installed': 'the Octo STS App is not installed',
    'issuer-not-allowed': "the organization does not allow this token's issuer",
    'issuer-allowlist-invalid': "the organization's issuer allowlist is invalid",
    'issuer-allowlist-unavailable': "the organization's issuer allowlist could not be read",
    'policy-not-found': 'trust policy not found',
    'policy-read-denied': 'GitHub refused to let the server read the policy',
    'policy-rate-limited': 'rate limited reading the policy',
    'policy-invalid': 'trust policy invalid',
    'policy-mismatch': 'the trust policy does not admit this workflow',
    'permissions-refused': 'GitHub refused the permissions',
    'token-rejected': 'the OIDC token was rejected',
    'rate-limited': 'rate limited',
    unavailable: 'Octo STS is unavailable',
    'server-error': 'Octo STS failed on its side',
    network: 'network error',
    timeout: 'timed out',
    protocol: 'unexpected answer',
    unexpected: 'the exchange was refused'
};
/** What the report says when the step's time limit cut the local check short. */
const TIME_LIMIT_SKIPPED = `The local policy check was skipped: ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.timeLimit} (${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.setting('timeout-seconds')}) was reached.`;
/** Failures a workspace copy of the policy can say something about. */
const LOCAL_KINDS = new Set([
    'policy-not-found',
    'policy-invalid',
    'policy-mismatch',
    'permissions-refused',
    'token-rejected'
]);
/** Failures the workspace copy of the org's issuer allowlist can say something about. */
const ALLOWLIST_KINDS = new Set([
    'issuer-not-allowed',
    'issuer-allowlist-invalid'
]);
/** Failures no trust policy could fix: a suggested policy would send the reader the wrong way. */
const POLICY_NOT_AT_ISSUE = new Set([
    'request-rejected',
    'identity-refused',
    'server-error',
    'token-claims-invalid',
    'org-not-configured',
    'issuer-not-allowed',
    'issuer-allowlist-invalid',
    'issuer-allowlist-unavailable',
    'policy-read-denied',
    'policy-rate-limited'
]);
/** Failures with the policy's location worth naming: the server looked for it and read it. */
const POLICY_READ = new Set(['policy-not-found', 'policy-invalid', 'policy-mismatch']);
/** Failures before there is an OIDC token: no claims are missing, there are none yet. */
const NO_TOKEN_YET = new Set(['input', 'oidc-permission', 'oidc']);
/**
 * No answer came (connection refused, DNS, TLS, a time-out before any answer): the network is
 * at issue, not the token or the policy, so neither claims nor a suggested policy are shown.
 */
const noAnswer = (error) => error.kind === 'network' || (error.kind === 'timeout' && error.details.status === undefined);
/** A finding about the token (not about the file itself). */
const isMismatch = (f) => f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined;
const pluralFields = (n) => (n === 1 ? '1 field' : `${n} fields`);
/** Where the server reads the policy, and how that relates to what was checked here. */
function defaultBranchNote(repo, checkout, checked) {
    const v = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT;
    const branch = checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : '';
    const ref = checkout.ref ? ` (${v(checkout.ref)})` : '';
    return checked
        ? `The server reads the policy from the default branch of ${v(repo)}${branch}; this check used the copy checked out in the workspace${ref}, which may differ.`
        : `The server reads the policy from the default branch of ${v(repo)}${branch}, not from ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.otherBranch}.`;
}
/** What the local check of the trust policy says, given why the exchange failed (or `dry-run`). */
function policyVerdict(kind, check, ctx, checkout) {
    const v = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT;
    const { repo, path } = (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_7__/* .policyLocation */ .a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    const file = v(path);
    switch (check.status) {
        case 'elsewhere':
            return {
                title: `Trust policy check: ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.notChecked}`,
                prose: [
                    _vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.policyElsewhere(v(repo), file, check.workflowRepo ? v(check.workflowRepo) : ''),
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
                        ? `There is no ${file} in the workspace either: create it on the default branch of ${v(repo)} (a suggested policy is below). If the file does exist, ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.checkoutPolicy} to have it checked here.`
                        : `The workspace has no ${file} to check (${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.checkoutPolicy} to have the policy explained here).`
                ],
                findings: [],
                warnings: []
            };
        case 'skipped':
            return { title: TIME_LIMIT_SKIPPED, prose: [], findings: [], warnings: [] };
        case 'costly':
            return {
                title: 'Trust policy check: too costly to check here',
                prose: [
                    (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_1__/* .tooCostly */ .fE)(`The workspace copy of ${file}`, check.costly),
                    'The failure above is what the server said; compare the claims that decide a match with the policy by hand.'
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
    if (check.verdict === 'misread') {
        title = `Trust policy check: ${path} in the workspace has line breaks only the server sees`;
        prose.push(`The workspace copy of ${file} has line breaks that the server (yaml.v2) reads and editors, GitHub's diff and reviewers do not: a lone CR, NEL, U+2028 or U+2029, listed below. The server reads another policy than the one reviewed; as it reads it, ${mismatches.length ? `${pluralFields(mismatches.length)} refuse${mismatches.length === 1 ? 's' : ''} this workflow` : 'it admits this workflow'}. Remove them.`);
    }
    else if (check.verdict === 'unparseable' || check.verdict === 'uncompilable') {
        title = `Trust policy check: ${path} in the workspace is invalid`;
        prose.push(`The workspace copy of ${file} is invalid (${fileProblems === 1 ? '1 problem' : `${fileProblems} problems`}): the server refuses the whole file${mismatches.length ? `. Once it is fixed, ${pluralFields(mismatches.length)} would still refuse this workflow` : ''}. Everything is listed, not just the first.`);
        if (kind === 'policy-not-found') {
            prose.push(`The server did not find the file at all: is it on the default branch of ${v(repo)} yet? Fix it before you merge it.`);
        }
    }
    else if (check.verdict === 'allow') {
        title = `Trust policy check: ${path} in the workspace admits this workflow`;
        const admitted = {
            'policy-not-found': `The workspace has ${file}, and it admits this workflow, but the server found no such file: is it merged to the default branch of ${v(repo)}${checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''} yet? The server caches a miss for up to 5 minutes: if it was merged just now, ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.rerun} in a few minutes.`,
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
    if (check.legacy)
        prose.push((0,_policy_anchoring_js__WEBPACK_IMPORTED_MODULE_3__/* .legacyVerdictLine */ .hO)(check.legacy, v));
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
/** What the workspace copy of the org's issuer allowlist says about a refusal by it. */
function allowlistVerdict(kind, check, checkout) {
    const v = _claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT;
    const brokenThere = kind === 'issuer-allowlist-invalid';
    const { policyRepo: repo, path } = check;
    const file = v(path);
    const none = { findings: [], warnings: [] };
    switch (check.status) {
        case 'elsewhere':
            return {
                title: 'Issuer allowlist check: not possible here',
                prose: [
                    `The org's issuer allowlist is ${file} in ${v(repo)}, not in this workflow's repository${check.workflowRepo ? ` (${v(check.workflowRepo)})` : ''}: it cannot be checked from this workspace. ${brokenThere ? _vocabulary_js__WEBPACK_IMPORTED_MODULE_6__.W.validateThere : `It does not permit this token's issuer, ${v(check.issuer)}: the org's owners decide whether to add it to \`issuers\` (byte for byte) or \`issuer_patterns\` there.`}`,
                    defaultBranchNote(repo, checkout, false)
                ],
                ...none
            };
        case 'absent':
            return {
                title: `Issuer allowlist check: no ${path} in the workspace`,
                prose: [
                    `The server has ${file} on the default branch of ${v(repo)}, and it ${brokenThere ? 'cannot use it' : `does not permit this token's issuer, ${v(check.issuer)}`}; the workspace has no copy to check (check out the default branch with \`actions/checkout\` to have it explained here).`
                ],
                ...none
            };
        case 'skipped':
            return { title: TIME_LIMIT_SKIPPED, prose: [], ...none };
        case 'costly':
            return {
                title: 'Issuer allowlist check: too costly to check here',
                prose: [(0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_1__/* .tooCostly */ .fE)(`The workspace copy of ${file}`, check.costly)],
                ...none
            };
        case 'unreadable':
        case 'failed':
            return {
                title: 'Issuer allowlist check: not possible',
                prose: [`The workspace copy of ${file} could not be checked: ${v(check.why, 200)}.`],
                ...none
            };
        case 'checked':
            break;
    }
    const iss = v(check.issuer);
    const findings = check.errors.map(p => ({
        field: p.field ?? path,
        reason: p.message,
        ...(p.line !== undefined ? { line: p.line } : {})
    }));
    const prose = [];
    let title;
    const misread = check.errors.length > 0 && check.errors.every(p => p.code === 'hidden-line-break');
    if (check.verdict === 'invalid' && misread) {
        title = `Issuer allowlist check: ${path} in the workspace has line breaks only the server sees`;
        prose.push(`The workspace copy of ${file} has line breaks that the server (yaml.v2) reads and editors, GitHub's diff and reviewers do not: a lone CR, NEL, U+2028 or U+2029, listed below. The server reads another list than the one reviewed; as it reads it, it ${check.by || check.mode === 'audit' ? 'lets' : 'does not let'} ${iss} through${check.mode === 'audit' ? ' (audit mode)' : ''}. Remove them.`);
    }
    else if (check.verdict === 'invalid') {
        title = `Issuer allowlist check: ${path} in the workspace is invalid`;
        prose.push(brokenThere
            ? `The workspace copy of ${file} has the problems below (the server says only that the file is invalid). Fix them on the default branch of ${v(repo)}: until then every exchange into the org is refused.`
            : `The workspace copy of ${file} is invalid: the server would refuse it (\`organization trusted-issuer configuration is invalid\`, or it keeps using its last good copy). The copy that denied ${iss} was valid: fix these problems before merging.`);
    }
    else if (brokenThere) {
        title = `Issuer allowlist check: ${path} in the workspace is valid`;
        prose.push(`The workspace copy of ${file} is valid${check.verdict === 'refuses' ? `, though it does not permit this token's issuer, ${iss}` : ''}: the copy on the default branch of ${v(repo)} must differ. Merge the fix; the server caches the list for up to 5 minutes.`);
    }
    else if (check.verdict === 'admits') {
        title = `Issuer allowlist check: the workspace copy permits this token's issuer`;
        prose.push(check.by
            ? `The workspace copy of ${file} permits ${iss} (${v(check.by.field)}${check.by.line ? `, line ${check.by.line}` : ''}), so the copy on the default branch of ${v(repo)} differs (or the server still caches an older one, for up to 5 minutes).`
            : `The workspace copy of ${file} is in audit mode, which lets every issuer through; the copy on the default branch of ${v(repo)} enforces its list.`);
    }
    else {
        title = `Issuer allowlist check: no entry of ${path} permits this token's issuer`;
        const n = check.nearest;
        if (n) {
            findings.push({
                field: n.field,
                expected: n.value,
                actual: check.issuer,
                reason: n.why,
                ...(n.line !== undefined ? { line: n.line } : {})
            });
        }
        else {
            findings.push({
                field: 'issuers',
                actual: check.issuer,
                reason: `no entry of ${check.issuers} issuers and ${check.patterns} issuer_patterns permits it`
            });
        }
        prose.push(`The token's issuer is ${iss}; no entry of the workspace copy of ${file} permits it (\`issuers\` match byte for byte, \`issuer_patterns\` as ^(?:…)$). ${n ? `Change ${v(n.field)}${n.line ? ` (line ${n.line})` : ''} to permit it` : `Add ${iss} to \`issuers\``} on the default branch of ${v(repo)}, if the org means to trust this issuer.`);
    }
    prose.push(defaultBranchNote(repo, checkout, true));
    return { title, prose, findings, warnings: [] };
}
function evidence(parts, kind, error) {
    const { ctx, claims, check } = parts;
    if (error && noAnswer(error))
        return { undecodable: false };
    if (!(claims && ctx)) {
        const undecodable = kind === 'dry-run' || !NO_TOKEN_YET.has(kind);
        return { undecodable };
    }
    const extra = check?.status === 'checked' ? check.claimNames : [];
    return {
        claims: (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .decidingClaims */ .R3)(claims, extra),
        ...(POLICY_NOT_AT_ISSUE.has(kind) ? {} : { suggestion: (0,_suggested_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .suggestPolicy */ .Rl)(claims, ctx) }),
        undecodable: false
    };
}
/** The policy names the other subject form: from the workspace copy, else the server's words. */
function subjectFormProse(parts, ctx) {
    const other = (parts.check?.status === 'checked' ? parts.check.otherForm : undefined) ?? parts.otherForm;
    return other
        ? (0,_subject_note_js__WEBPACK_IMPORTED_MODULE_4__/* .otherFormProse */ .qR)(other, (0,_claims_js__WEBPACK_IMPORTED_MODULE_0__/* .codeValue */ .jT)((0,_sts_request_js__WEBPACK_IMPORTED_MODULE_7__/* .policyLocation */ .a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo).path))
        : [];
}
function failureVerdict(input) {
    const { error, ctx, check, checkout = {} } = input;
    const out = {
        error,
        title: KIND_TITLE[error.kind],
        evidence: evidence(input, error.kind, error)
    };
    if (ctx)
        out.target = { identity: ctx.identity, scope: ctx.scope };
    if (error.kind === 'oidc-permission') {
        out.permissionsYaml = 'permissions:\n  id-token: write\n  contents: read';
    }
    if (ctx && POLICY_READ.has(error.kind)) {
        const { repo, path } = (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_7__/* .policyLocation */ .a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
        out.whereServerLooks = {
            repo,
            path,
            ...(checkout.defaultBranch ? { defaultBranch: checkout.defaultBranch } : {})
        };
    }
    const vd = input.allowlist
        ? allowlistVerdict(error.kind, input.allowlist, checkout)
        : ctx && check
            ? policyVerdict(error.kind, check, ctx, checkout)
            : undefined;
    if (vd)
        out.check = vd;
    const form = ctx ? subjectFormProse(input, ctx) : [];
    if (form.length)
        out.subjectForm = form;
    return out;
}
function dryRunVerdict(input) {
    const { ctx, check, checkout = {} } = input;
    const out = { ctx, evidence: evidence(input, 'dry-run') };
    if (check)
        out.check = policyVerdict('dry-run', check, ctx, checkout);
    else
        out.note = defaultBranchNote(policyLocation(ctx.scope, ctx.identity, ctx.orgPolicyRepo).repo, checkout, false);
    const form = [
        ...(input.claims ? [formNote(input.claims.sub, idsFromClaims(input.claims))] : []),
        ...subjectFormProse(input, ctx)
    ].filter((l) => l !== undefined);
    if (form.length)
        out.subjectForm = form;
    return out;
}


/***/ }),

/***/ 2146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/diagnosis/report.ts + 2 modules
var diagnosis_report = __nccwpck_require__(4697);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(9663);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(7893);
// EXTERNAL MODULE: ./src/policy/token.ts
var policy_token = __nccwpck_require__(1423);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __nccwpck_require__(7819);
// EXTERNAL MODULE: ./src/net/answer.ts
var answer = __nccwpck_require__(2633);
// EXTERNAL MODULE: ./src/sts/request.ts
var request = __nccwpck_require__(8329);
;// CONCATENATED MODULE: ./src/sts/server-messages.ts
// Turns an Octo STS error answer into a diagnosis: the class of failure, what it means and what
// to do about it, from the HTTP status and the server's message (as octo-sts/app words them).
// The server's own words always follow our reading of them, so a wrong reading shows the truth.




/** Which field of the policy a `trust policy: …` denial names. */
function mismatchField(message) {
    const m = /^trust policy: (?:(issuer|subject|audience)(?:_pattern)?\b|(?:expected )?claim "([^"]*)")/.exec(message);
    return m?.[1] ?? (m?.[2] !== undefined ? `claim_pattern["${m[2]}"]` : undefined);
}
const MAX_SAID = 300;
/** The one place a server's message joins our explanation: bounded, inert, quoted. */
function withServerWords(explanation, service, status, message) {
    const said = (0,neutralize/* sanitize */.a)(message, MAX_SAID);
    return `${explanation} ${service} said (HTTP ${status}): ${said ? `"${said}"` : 'nothing (an empty message)'}.`;
}
const REPO_ACCESS = "the owner's Settings → GitHub Apps (Applications for a user account) → Configure next to the App → Repository access";
/** The server's messages, in the order it checks them; the first rule that matches decides. */
const RULES = [
    {
        kind: 'request-rejected',
        message: /^(?:expected exactly one authorization header|no metadata found|multiple scopes not supported|too many values for field|invalid semicolon separator|scope must be provided|identity must be provided)/,
        explain: () => ({
            what: 'Octo STS refused the request itself, before it looked at any policy: a header or parameter it needs was missing, repeated or malformed.',
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.tool)} sends \`Authorization\`, \`scope\`, \`scopes\` and \`identity\` exactly once each, so something between ${vocabulary.W.runner} and the server changed the request (a proxy that adds an \`Authorization\` header or rewrites the query). Check the proxy settings (HTTPS_PROXY); if there is no proxy, report this answer.`
        })
    },
    {
        kind: 'identity-refused',
        // octo-sts/app#1683 (2026-09): an identity that is not one path segment (a `/`, `.` or `..`,
        // control characters) is refused with InvalidArgument before any policy is read. Its exact
        // wording was not in the source we could read: any other 400 that names the identity is it
        // ("identity must be provided" and "too many values for field" are matched above).
        message: /\bidentity\b/i,
        status: s => s === 400,
        explain: f => ({
            what: `Octo STS refused the policy name ${vocabulary.W.setting('identity')} ("${(0,neutralize/* sanitize */.a)(f.ctx.identity, 80)}") before reading any policy: the server takes exactly one file name in .github/chainguard, with no \`/\`, not \`.\` or \`..\`, and no control characters.`,
            fix: `Set ${vocabulary.W.setting('identity')} to the name of a policy file directly in .github/chainguard of ${f.repo}, without the \`.sts.yaml\` suffix (\`deploy\` for .github/chainguard/deploy.sts.yaml); a policy in a subfolder is never read. If it already is one, the server's rule is stricter than ${vocabulary.W.tool}'s check: report this answer.`
        })
    },
    {
        kind: 'token-rejected',
        message: /^invalid bearer token/,
        explain: () => ({
            what: "Octo STS could not read the job's OIDC token: the `Authorization` header did not hold a JWT when it reached the server.",
            fix: `Check that no proxy between ${vocabulary.W.runner} and the server replaces the \`Authorization\` header; ${vocabulary.W.rerun}.`
        })
    },
    {
        kind: 'token-rejected',
        message: /^(?:invalid issuer format|unable to fetch or create the provider)/,
        explain: f => ({
            what: `Octo STS does not accept the OIDC token's issuer${f.ctx.issuer ? ` ("${f.ctx.issuer}")` : ''}: it is not a valid issuer URL, or the server could not fetch its OpenID configuration and signing keys.`,
            fix: `The server must reach the issuer over https (\`/.well-known/openid-configuration\`): a GitHub Enterprise Server issuer is often not reachable from a hosted STS, so run your own Octo STS inside the network. ${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} if the issuer had an outage.`
        })
    },
    {
        kind: 'token-rejected',
        message: /^unable to verify bearer token/,
        explain: () => ({
            what: "Octo STS could not verify the job's OIDC token: its signature does not check against the issuer's published keys, or it has expired.",
            fix: `Tokens live minutes: ${vocabulary.W.staleToken}. The audience is not the cause (the server checks it against the trust policy later). If it persists, the issuer may have rotated its keys while the server cached the old ones: ${vocabulary.W.rerun} later.`
        })
    },
    {
        kind: 'token-claims-invalid',
        message: /^invalid (issuer|subject|audience) in token/,
        explain: f => {
            const field = f.m[1];
            const claim = { issuer: 'iss', subject: 'sub', audience: 'aud' }[field];
            const fixes = {
                issuer: 'The server takes only an https URL of at most 255 characters, with no query, fragment or user info and a path of letters, digits and `-._~/`. GitHub Actions issuers always are; a custom or self-hosted issuer may not be.',
                subject: 'The server refuses a subject with white space, quotes, or any of `\\ < > ; & $ ( ) { } [ ]`, or over 255 characters. GitHub puts the branch, tag or environment name into `sub`: one with such a character (an environment named `Production EU`, a branch `fix(ci)`) is refused. Rename it, or use a custom subject template without it.',
                audience: `The server refuses an audience with white space, quotes, \`@\`, \`|\` or other shell characters, or over 255 characters. Set ${vocabulary.W.input('audience')} (now "${f.ctx.audience}") to a plain host name, normally the domain the server was started with${f.hosted ? ` ("${request/* DEFAULT_DOMAIN */.lV}"; leaving it empty uses that)` : ''}.`
            };
            return {
                what: `Octo STS refuses the OIDC token's ${field} (\`${claim}\`) as malformed, before it compares anything with the trust policy.`,
                fix: fixes[field]
            };
        }
    },
    {
        kind: 'org-not-configured',
        message: /^no GitHub App configured for org /,
        explain: f => ({
            what: `This Octo STS server (${f.ctx.domain}) serves only the organizations it is configured for, and "${f.owner}" is not one of them.`,
            fix: `Check the owner in ${vocabulary.W.setting('scope')} ("${f.ctx.scope}"). If it is right, ask the operator of ${f.ctx.domain} to configure a GitHub App for "${f.owner}", or set ${vocabulary.W.setting('domain')} to the Octo STS server that serves it.`
        })
    },
    {
        kind: 'app-not-installed',
        message: /^no installation found for /,
        explain: f => ({
            what: `The Octo STS GitHub App is not installed on "${f.owner}".`,
            fix: f.hosted
                ? `Install it on the account "${f.owner}" (https://github.com/apps/octo-sts), giving it access to ${f.repo}.`
                : `Install the GitHub App of your Octo STS server (${f.ctx.domain}) on "${f.owner}", giving it access to ${f.repo}.`
        })
    },
    {
        kind: 'app-not-installed',
        // A server that remembered an installation (its cache, a sticky assignment) and asked
        // GitHub for it: the App was uninstalled, or reinstalled under a new installation ID.
        message: /^installation (\d+) not found for /,
        explain: f => ({
            what: `Octo STS had an installation of its GitHub App on "${f.owner}" on record (ID ${f.m[1]}), and GitHub no longer has it: the App was uninstalled from "${f.owner}", or reinstalled (a reinstall gets a new ID).`,
            fix: `Check that the ${f.hosted ? 'Octo STS App (https://github.com/apps/octo-sts)' : `GitHub App of your Octo STS server (${f.ctx.domain})`} is installed on "${f.owner}" with access to ${f.repo}. After a reinstall, ${vocabulary.W.rerun} in a few minutes, once the server's cache of installations has expired.`
        })
    },
    {
        kind: 'app-not-installed',
        message: /^no installation for .* matches the trust policy app pin/,
        explain: f => ({
            what: `The trust policy pins the GitHub Apps it may use, and none of them is installed on "${f.owner}".`,
            fix: `Install the pinned App on "${f.owner}", or change the policy's app pin in ${f.repo}.`
        })
    },
    {
        kind: 'issuer-not-allowed',
        message: /^issuer not permitted by organization policy/,
        explain: f => ({
            what: `The organization "${f.owner}" allows only listed OIDC issuers to federate into any of its repositories, and this token's issuer${f.ctx.issuer ? ` ("${f.ctx.issuer}")` : ''} is not listed. The list is ${request/* ALLOWLIST_PATH */.ch} in ${f.orgRepo}, and it applies to every repository of "${f.owner}" whatever the trust policy says.`,
            fix: `An admin of "${f.owner}" adds the issuer to \`issuers\` (exact, byte for byte) or to an \`issuer_patterns\` entry in ${request/* ALLOWLIST_PATH */.ch} on the default branch of ${f.orgRepo}; the server caches the list for up to 5 minutes. Otherwise run the job where its token comes from a listed issuer.`
        })
    },
    {
        kind: 'issuer-allowlist-invalid',
        message: /^organization trusted-issuer configuration is invalid/,
        explain: f => ({
            what: `The organization "${f.owner}" has an OIDC issuer allowlist (${request/* ALLOWLIST_PATH */.ch} in ${f.orgRepo}) that the server cannot use, and it has no earlier valid copy: every exchange into "${f.owner}" is refused until the file is fixed.`,
            fix: `An admin of "${f.owner}" fixes the file on the default branch of ${f.orgRepo}: only the keys \`mode\`, \`issuers\` and \`issuer_patterns\`, at least one entry, at most 64 issuers and 16 patterns, issuers as https URLs with a lower-case host. ${vocabulary.W.validateAllowlist}`
        })
    },
    {
        kind: 'issuer-allowlist-unavailable',
        message: /^organization trusted-issuer lookup (rate limited|unavailable)/,
        explain: f => ({
            what: `Octo STS could not read the OIDC issuer allowlist of "${f.owner}" (${request/* ALLOWLIST_PATH */.ch} in ${f.orgRepo}): the lookup was ${f.m[1] === 'rate limited' ? 'rate limited by GitHub' : 'unavailable'}. The server refuses the exchange rather than guess, before it reads the trust policy.`,
            fix: f.m[1] === 'rate limited'
                ? `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} in a few minutes: the App's GitHub API quota for "${f.owner}" is spent.`
                : `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} later. If it persists, GitHub refuses the App the read: an admin of "${f.owner}" checks that the Octo STS App can read ${f.orgRepo} (repository access, an IP allow list or SAML single sign-on can block it).`
        })
    },
    {
        kind: 'policy-not-found',
        message: /^unable to find trust policy for /,
        explain: f => ({
            what: `Octo STS found no trust policy "${f.ctx.identity}" in ${f.repo}. Either ${f.path} is not on the default branch of ${f.repo}, or the Octo STS App cannot read ${f.repo}: it is installed on "${f.owner}" but not given access to that repository, and GitHub answers "not found" for both.`,
            fix: `First check that ${f.path} is on the default branch of ${f.repo} (a policy on another branch is not read) and that ${vocabulary.W.setting('identity')} is spelled exactly. Then check the App's repository access on GitHub (${REPO_ACCESS}): it must include ${f.repo}. The server caches a miss for up to 5 minutes.`
        })
    },
    {
        kind: 'policy-invalid',
        message: /^unable to (?:parse|compile) trust policy/,
        explain: f => ({
            what: `The trust policy ${f.repo}/${f.path} is invalid.`,
            fix: `Fix the file on the default branch: the server rejects unknown keys and Go RE2 patterns that do not compile. ${vocabulary.W.validatePolicies}`
        })
    },
    {
        kind: 'policy-invalid',
        message: /^(?:unable to read trust policy found for |trust policy path is not a file for )/,
        explain: f => ({
            what: `Octo STS found ${f.path} in ${f.repo} but could not read it as a policy file (a directory, a symbolic link or submodule, or a file too large for GitHub's contents API).`,
            fix: `Make ${f.path} a regular, small YAML file on the default branch of ${f.repo}.`
        })
    },
    {
        kind: 'policy-rate-limited',
        // Today `GitHub API rate limit exceeded for "<identity>"`; 2026-02 to 2026-08 the server put
        // GitHub's status in it: `… exceeded (403) for "…"` or `(429) for "…"`.
        message: /^GitHub API rate limit exceeded(?: \((\d{3})\))?/,
        explain: f => ({
            what: `Octo STS hit GitHub's API rate limit while reading the trust policy "${f.ctx.identity}" from ${f.repo}: the App's installation on "${f.owner}" has spent its quota.`,
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} later: the quota resets within the hour. If it happens often, fewer jobs should share the installation, or run your own Octo STS with its own App.${f.m[1] === '403'
                ? ` This server is older than 2026-09 and also reports GitHub refusing the App access to the policy this way (octo-sts/app#1684): if it lasts over an hour, an admin of "${f.owner}" checks the App's access to ${f.repo} (${REPO_ACCESS}).`
                : ''}`
        })
    },
    {
        kind: 'policy-read-denied',
        // A 403 about reading the policy that is not a policy decision: newer servers answer
        // PermissionDenied when GitHub refuses the read (before, it passed as a rate limit).
        // Its exact wording was not in the source we could read: it is matched by what is stable,
        // a 403 that is none of the server's policy decisions and speaks of a policy or of access.
        message: /^(?!trust policy:|token exchange failure|issuer not permitted)[^]*\b(?:polic(?:y|ies)|permission|access|accessible)\b/i,
        status: s => s === 403,
        explain: f => ({
            what: `GitHub refused Octo STS access to ${f.path} in ${f.repo}. This is not a mismatch: the policy was never evaluated, and the server does not fall back to a copy it read before.`,
            fix: `An admin of "${f.owner}" checks the Octo STS App's installation (${REPO_ACCESS}: access to ${f.repo}, and \`Contents: read\` approved) and the organization's IP allow list and SAML single sign-on settings, which can block the App.`
        })
    },
    {
        kind: 'policy-mismatch',
        message: /^trust policy:/,
        status: s => s < 500,
        explain: f => {
            const field = mismatchField(f.message);
            return {
                what: `The trust policy ${f.repo}/${f.path} does not admit this workflow${field ? ` (${field} did not match)` : ''}.`,
                fix: `Compare the token's claims (${vocabulary.W.shown}) with the policy's ${field ?? 'fields'}; edits apply from the default branch, after up to 5 minutes of server cache.`
            };
        }
    },
    {
        kind: 'permissions-refused',
        message: /^token exchange failure/,
        explain: f => ({
            what: 'GitHub refused the permissions or repositories the trust policy asks for.',
            fix: `Ask only for permissions the Octo STS App has on "${f.owner}" (snake_case names such as \`pull_requests\`), and list only repositories the installation can access.`
        })
    },
    {
        kind: 'unavailable',
        message: /^failed to get token/,
        explain: () => ({
            what: 'The trust policy admitted this workflow, but GitHub failed to create the installation token (an error other than a refusal).',
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)}; if it persists, check https://www.githubstatus.com and the status of the STS.`
        })
    },
    {
        kind: 'unavailable',
        message: /^transient error fetching trust policy for /,
        explain: f => ({
            what: `Octo STS could not read the trust policy from ${f.repo}: GitHub kept failing through the server's own retries.`,
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} later; check https://www.githubstatus.com.`
        })
    },
    {
        kind: 'unavailable',
        // A server with several Apps (octo-sts.dev has a pool) asks GitHub for each App's
        // installations on the owner; one failed, so it cannot tell which App may answer.
        message: /^enumerating installations for /,
        explain: f => ({
            what: `Octo STS could not list the installations of its GitHub Apps on "${f.owner}": GitHub failed for at least one of them, a temporary failure.`,
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} in a few minutes; ${vocabulary.W.tool} already retried it. If it persists, check https://www.githubstatus.com and the status of the STS.`
        })
    },
    {
        kind: 'server-error',
        message: /^listing installations for app (\d+)/,
        explain: f => ({
            what: `Octo STS could not list where its own GitHub App (ID ${f.m[1]}) is installed: GitHub refused or failed the App's request. This is on the server's side, not in this workflow or its policy.`,
            fix: f.hosted
                ? `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} later and check https://www.githubstatus.com; if it persists, report it to the Octo STS operators (https://github.com/octo-sts/app/issues) with the server's words below.`
                : `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} later. If it persists, the operator of ${f.ctx.domain} checks the server's GitHub App ID and private key (its signing key), and GitHub's status.`
        })
    },
    {
        kind: 'server-error',
        message: /^creating GitHub client/,
        explain: f => ({
            what: "Octo STS could not set up its connection to GitHub's API: a problem with the server's own configuration (such as its GitHub Enterprise URL), not with this workflow or its policy.",
            fix: f.hosted
                ? `Report it to the Octo STS operators (https://github.com/octo-sts/app/issues) with the server's words below; ${vocabulary.W.rerun} later.`
                : `The operator of ${f.ctx.domain} checks the server's GitHub settings (the GitHub Enterprise URL, the App's credentials) and its log.`
        })
    }
];
/** What is left: classified by status alone. */
function byStatus(f) {
    if (f.status === 429) {
        return {
            kind: 'rate-limited',
            what: 'Octo STS is rate limiting.',
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)} in a few minutes.`
        };
    }
    if (f.status >= 500) {
        return {
            kind: 'unavailable',
            what: 'Octo STS failed.',
            fix: `${(0,vocabulary/* capital */.Nx)(vocabulary.W.rerun)}; if it persists, check the status of the STS.`
        };
    }
    return {
        kind: 'unexpected',
        what: `Octo STS refused the exchange with an answer ${vocabulary.W.tool} does not know.`,
        fix: `Check ${vocabulary.W.settings} ${vocabulary.W.setting('scope')} ("${f.ctx.scope}") and ${vocabulary.W.setting('identity')} ("${f.ctx.identity}"); if they are right, report this answer.`
    };
}
function diagnoseExchange(status, message, ctx) {
    const owner = (0,request/* scopeOwner */.Qi)(ctx.scope);
    const { repo, path } = (0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    const hosted = ctx.domain === request/* DEFAULT_DOMAIN */.lV;
    const base = {
        status,
        message,
        ctx,
        owner,
        repo,
        path,
        orgRepo: (0,request/* orgRepo */.zh)(owner, ctx.orgPolicyRepo),
        hosted
    };
    let found;
    for (const rule of RULES) {
        const m = rule.message.exec(message);
        if (m && (rule.status?.(status) ?? true)) {
            found = { kind: rule.kind, ...rule.explain({ ...base, m }) };
            break;
        }
    }
    const d = found ?? byStatus(base);
    return { ...d, what: withServerWords(d.what, 'Octo STS', status, message) };
}
const exchangeError = (status, message, ctx) => {
    const d = diagnoseExchange(status, message, ctx);
    return new errors/* ActionError */.l(d.kind, d.what, d.fix, {
        status,
        serverMessage: message,
        service: 'Octo STS'
    });
};

// EXTERNAL MODULE: ./src/sts/oidc.ts + 1 modules
var sts_oidc = __nccwpck_require__(950);
;// CONCATENATED MODULE: ./src/sts/exchange.ts
// The Octo STS exchange: the OIDC token in, a GitHub installation token out.
// GET https://{domain}/sts/exchange?scope=…&scopes=…&identity=… with `Authorization: Bearer`.
// `scope` and `scopes` carry the same value: servers have read one or the other.







const STS_SERVICE = 'Octo STS';
function exchangeUrl(domain, scope, identity) {
    const url = new URL(`https://${domain}/sts/exchange`);
    url.search = new URLSearchParams({ scope, scopes: scope, identity }).toString();
    return url;
}
/** The OIDC token's issuer, to name it in a diagnosis (display only, never verified here). */
function tokenIssuer(idToken) {
    const iss = (0,sts_oidc/* decodeClaims */.Yq)(idToken)?.iss;
    return typeof iss === 'string' ? (0,neutralize/* sanitize */.a)(iss, 200) : undefined;
}
// A token ends up in HTTP headers and git config: printable ASCII, no spaces, nothing else.
const TOKEN = /^[\x21-\x7e]+$/;
// GitHub's tokens are 40 characters or more; a shorter value is not one.
const MIN_TOKEN_LENGTH = 16;
/** Exchanges `idToken`; the GitHub token is masked the moment it is parsed and checked. */
async function exchangeToken(ctx, idToken, deps) {
    const url = exchangeUrl(ctx.domain, ctx.scope, ctx.identity);
    // An STS error answer is diagnosed from its message, a retried one included.
    const explain = (res) => {
        const { message } = (0,answer/* parseErrorBody */.kW)(res.body);
        if (message === undefined)
            return undefined;
        return exchangeError(res.status, message, { ...ctx, issuer: tokenIssuer(idToken) });
    };
    const res = await (0,retry/* requestWithRetry */.En)(STS_SERVICE, {
        method: 'GET',
        url,
        headers: {
            authorization: `Bearer ${idToken}`,
            accept: 'application/json'
        }
    }, { ...deps, explain });
    const contentType = (0,answer/* contentTypeOf */.JX)(res);
    if (res.status !== 200) {
        const diagnosed = explain(res);
        if (diagnosed)
            throw diagnosed;
        throw new errors/* ActionError */.l('protocol', `${STS_SERVICE} answered HTTP ${(0,retry/* statusText */.qS)(res)} with ${(0,answer/* describeBody */.MP)(res.body, contentType)}, not an Octo STS error.`, `Check that ${vocabulary.W.setting('domain')} ("${ctx.domain}") is an Octo STS server, and any proxy in between.`, { status: res.status, service: STS_SERVICE });
    }
    let token;
    let shape;
    try {
        token = JSON.parse(res.body)?.token;
        shape = 'JSON without a "token" string';
    }
    catch {
        // A success body is never echoed: cut short, it may still hold most of a token.
        shape = (0,answer/* isHtml */._6)(res.body, contentType)
            ? 'an HTML page'
            : res.body.trim()
                ? 'a body that is not JSON'
                : 'an empty body';
    }
    if (typeof token !== 'string' || !token) {
        throw new errors/* ActionError */.l('protocol', `${STS_SERVICE} answered 200 without a token (${shape}).`, `Check that ${vocabulary.W.setting('domain')} ("${ctx.domain}") is an Octo STS server; ${vocabulary.W.rerun}.`, { status: 200, service: STS_SERVICE });
    }
    // Checked before it is masked: a mask of a few characters would blank them in every later
    // line of the log, and a malformed value is never used, so it is never printed either.
    const malformed = token.length < MIN_TOKEN_LENGTH
        ? `a token of ${token.length} character${token.length === 1 ? '' : 's'}, too short to be a GitHub token`
        : !TOKEN.test(token)
            ? 'a malformed token: it contains spaces, control or non-ASCII characters'
            : undefined;
    if (malformed) {
        throw new errors/* ActionError */.l('protocol', `${STS_SERVICE} answered 200 with ${malformed}. It was not used.`, `Check that ${vocabulary.W.setting('domain')} ("${ctx.domain}") is an Octo STS server, and report this to its operator.`, { status: 200, service: STS_SERVICE });
    }
    deps.setSecret(token);
    return token;
}

// EXTERNAL MODULE: ./src/sts/names.ts
var names = __nccwpck_require__(9884);
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/sts/token.ts

/** base64(SHA-256(token)): the `hashed_token` GitHub's audit log shows for this token. */
const auditHash = (token) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(token).digest('base64');
/** Installation tokens live one hour from minting and cannot be refreshed. */
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __nccwpck_require__(3338);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __nccwpck_require__(6890);
// EXTERNAL MODULE: ./src/cli/command-line.ts
var command_line = __nccwpck_require__(6898);
;// CONCATENATED MODULE: ./src/cli/format.ts
// What `exchange` writes on stdout: the result only, in the form the caller reads.

const FORMATS = ['token', 'json', 'env'];
const isFormat = (value) => FORMATS.includes(value);
/** When a token minted at `mintedAt` (epoch ms) expires: it cannot be refreshed. */
const expiresAt = (mintedAt) => new Date(mintedAt + TOKEN_LIFETIME_MS).toISOString();
/** `token`: the token and a newline; `json`: token and expiry; `env`: `GH_TOKEN=…`. */
function formatToken(format, token, expires) {
    if (format === 'json')
        return `${JSON.stringify({ token, expires_at: expires })}\n`;
    if (format === 'env')
        return `GH_TOKEN=${token}\n`;
    return `${token}\n`;
}

// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __nccwpck_require__(1604);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __nccwpck_require__(4984);
// EXTERNAL MODULE: ./src/cli/token-source.ts + 2 modules
var token_source = __nccwpck_require__(7620);
;// CONCATENATED MODULE: ./src/cli/exchange.ts
// `octo-sts-token exchange`: the action's exchange from any CI system. The same rules for
// the names, the same retry policy and deadline, the same diagnosis; stdout carries only the
// token, stderr everything else. The OIDC token is never printed, the GitHub token only on stdout.



















const USER_AGENT = 'octo-sts-token';
/**
 * The request, or a UsageError listing every problem. `name` gives each setting's name as the
 * user wrote it. The rules are the action's (src/sts/names.ts).
 */
function validateRequest(raw, name, source) {
    const problems = [];
    const check = (key, problem) => {
        if (problem)
            problems.push(`${name(key)} ${problem}`);
    };
    const scope = raw.scope ?? '';
    const identity = raw.identity ?? '';
    const domain = (raw.domain || request/* DEFAULT_DOMAIN */.lV).toLowerCase();
    const audience = raw.audience || domain;
    const orgPolicyRepo = raw.orgPolicyRepo || request/* DEFAULT_ORG_POLICY_REPO */.Jl;
    check('scope', (0,names/* validateScope */.JG)(scope));
    check('identity', (0,names/* validateIdentity */.lo)(identity));
    const domainProblem = (0,names/* validateDomain */.Nr)(domain);
    check('domain', domainProblem);
    // An audience taken from a bad domain is that domain's problem, reported once.
    if (raw.audience || !domainProblem)
        check('audience', (0,names/* validateAudience */.Ze)(audience));
    check('orgPolicyRepo', (0,names/* validateOrgPolicyRepo */.R8)(orgPolicyRepo));
    const timeout = (0,names/* parseTimeout */.ZZ)(raw.timeoutSeconds ?? '');
    check('timeoutSeconds', timeout.problem);
    const several = (0,token_source/* severalSources */.X)(source);
    if (several)
        problems.push(several);
    if (problems.length) {
        throw new cli_args/* UsageError */.eb(problems.length === 1 ? problems[0] : `invalid arguments:\n- ${problems.join('\n- ')}`);
    }
    return {
        scope,
        identity,
        domain,
        audience,
        orgPolicyRepo,
        timeoutSeconds: timeout.seconds,
        source
    };
}
/** `--policy` names a file that can be read: said before any request, not after a denial. */
function checkPolicyFile(file, readFile) {
    const fail = (why) => {
        throw new errors/* ActionError */.l('input', `Cannot use the policy file ${(0,neutralize/* sanitize */.a)(file, 200)}: ${why}.`, 'Check the path given to `--policy`.');
    };
    try {
        if (readFile(file, workspace/* MAX_POLICY_BYTES */.mk) === undefined)
            fail('there is no such file');
    }
    catch (e) {
        if ((0,errors/* isActionError */.B)(e))
            throw e;
        fail((0,neutralize/* sanitize */.a)(String(e?.message ?? e), 200));
    }
}
/** Runs the exchange; on failure the diagnosis is on stderr and the exit code returned. */
async function runExchange(req, io, 
/** How the command names its settings and the way to explain a refusal. */
words) {
    let oidc;
    const policy = (0,retry/* retryPolicy */.Jb)(io.clock.now() + req.timeoutSeconds * 1000);
    const deps = (0,token_source/* tokenSourceDeps */.dk)(io, policy);
    const { readFile, log } = deps;
    const ctx = {
        scope: req.scope,
        identity: req.identity,
        domain: req.domain,
        audience: req.audience,
        ...(req.orgPolicyRepo !== undefined ? { orgPolicyRepo: req.orgPolicyRepo } : {})
    };
    try {
        (0,http/* checkProxyEnv */.qG)(io.env); // before any request: a set but unusable proxy must not mean "direct"
        if (req.policyFile !== undefined)
            checkPolicyFile(req.policyFile, readFile);
        const { token: idToken, source } = await (0,token_source/* readOidcToken */.HD)(req.source, req.audience, deps);
        log(`OIDC token: from ${source}.`);
        const claims = (0,sts_oidc/* decodeClaims */.Yq)(idToken);
        const payload = (0,policy_token/* jwtPayload */.c$)(idToken);
        if (claims && payload !== undefined)
            oidc = { claims, payload };
        log(`Exchanging identity "${req.identity}" for scope "${req.scope}" at https://${req.domain}`);
        const token = await exchangeToken(ctx, idToken, {
            http: io.http,
            policy,
            clock: io.clock,
            log,
            // Masked on stderr inside GitHub Actions, before the caller prints it on stdout.
            setSecret: deps.mask,
            userAgent: USER_AGENT
        });
        const expires = expiresAt(io.clock.now());
        log(`Got a token for identity "${req.identity}" on ${req.scope} (audit hash ${auditHash(token)}); it expires at ${expires}.`);
        return { token, expires };
    }
    catch (e) {
        if (!(0,errors/* isActionError */.B)(e))
            throw e;
        if (e.kind === 'input') {
            io.stderr((0,render/* renderFailure */.z)(e, words));
            return { code: cli_io/* EXIT */.d.usage };
        }
        let report;
        try {
            report = await (0,diagnosis_report/* diagnoseFailure */.xo)(io.env, e, words, ctx, oidc, {
                deadline: policy.deadline,
                now: io.clock.now,
                ...(req.policyFile !== undefined ? { policyFile: req.policyFile } : {}),
                ...(io.sandbox ? { sandbox: io.sandbox } : {}),
                readFile
            });
        }
        catch (d) {
            // The diagnosis failing must not hide the failure itself.
            log(`Could not write the diagnosis: ${String(d?.message ?? d)}. Please report it.`);
        }
        io.stderr((0,render/* renderFailure */.z)(e, words, report));
        return { code: cli_io/* EXIT */.d.failed };
    }
}
const SOURCE_OPTIONS = {
    'oidc-token-file': { type: 'string' },
    'oidc-token-env': { type: 'string' },
    'oidc-token-command': { type: 'string' }
};
const EXCHANGE_HELP = `Usage: octo-sts-token exchange --scope S --identity I [options] [TOKEN SOURCE]

Exchanges an OIDC token for a short-lived GitHub token with Octo STS. The token alone is
written to stdout; progress and, on failure, the diagnosis go to stderr.

Options:
  --scope S              the repository (org/repo) or organization (org) whose trust policy to use
  --identity I           the trust policy name: .github/chainguard/I.sts.yaml
  --domain D             the Octo STS host[:port] (default ${request/* DEFAULT_DOMAIN */.lV})
  --audience A           the OIDC audience to request (default: the domain)
  --org-policy-repository R
                         the repository of an org holding its org policies and issuer
                         allowlist, the server's ORG_POLICY_REPO (default .github)
  --timeout-seconds N    the time limit for the whole exchange, 1 to ${names/* MAX_TIMEOUT_SECONDS */.Pe} (default 60)
  --format F             ${FORMATS.join('|')}: the token and a newline (default);
                         {"token": "…", "expires_at": "<ISO 8601>"}; GH_TOKEN=…
  --policy FILE          on a denial, explain it against this copy of the trust policy
  -h, --help             this help

Token source (at most one; without one the CI system is detected: GitHub Actions with
id-token: write, HCP Terraform, CircleCI, Buildkite):
  --oidc-token-file PATH     read the token from a file
  --oidc-token-env NAME      read the token from the variable NAME
  --oidc-token-command CMD   run CMD; its stdout is the token.
${command_line/* COMMAND_RULES */.u.map(l => `                             ${l}\n`).join('')}
Exit status: 0 a token was written; 1 the exchange failed; 2 a usage or input error (no request
was made).
`;
const exchange = (args, io) => (0,cli_args/* withArgs */.qm)('exchange', EXCHANGE_HELP, {
    scope: { type: 'string' },
    identity: { type: 'string' },
    domain: { type: 'string' },
    audience: { type: 'string' },
    'org-policy-repository': { type: 'string' },
    'timeout-seconds': { type: 'string' },
    format: { type: 'string' },
    policy: { type: 'string' },
    ...SOURCE_OPTIONS
}, args, io, async (values) => {
    const format = (0,cli_args/* str */.gx)(values, 'format') ?? 'token';
    if (!isFormat(format))
        throw new cli_args/* UsageError */.eb(`--format is "${(0,neutralize/* sanitize */.a)(format, 40)}": expected one of ${FORMATS.join(', ')}.`);
    const flag = (key) => key === 'timeoutSeconds'
        ? '--timeout-seconds'
        : key === 'orgPolicyRepo'
            ? '--org-policy-repository'
            : `--${key}`;
    const request = validateRequest({
        scope: (0,cli_args/* str */.gx)(values, 'scope'),
        identity: (0,cli_args/* str */.gx)(values, 'identity'),
        domain: (0,cli_args/* str */.gx)(values, 'domain'),
        audience: (0,cli_args/* str */.gx)(values, 'audience'),
        orgPolicyRepo: (0,cli_args/* str */.gx)(values, 'org-policy-repository'),
        timeoutSeconds: (0,cli_args/* str */.gx)(values, 'timeout-seconds')
    }, flag, {
        file: (0,cli_args/* str */.gx)(values, 'oidc-token-file'),
        env: (0,cli_args/* str */.gx)(values, 'oidc-token-env'),
        command: (0,cli_args/* str */.gx)(values, 'oidc-token-command')
    });
    const policyFile = (0,cli_args/* str */.gx)(values, 'policy');
    const result = await runExchange({ ...request, ...(policyFile !== undefined ? { policyFile } : {}) }, io, vocabulary/* FLAGS */.Wg);
    if ('code' in result)
        return result.code;
    io.stdout(formatToken(format, result.token, result.expires));
    return cli_io/* EXIT */.d.ok;
});

;// CONCATENATED MODULE: ./src/sts/revoke.ts
// Revocation: DELETE {api}/installation/token with the token itself. 204 revoked it; 401 is
// ambiguous: the token was already dead, or {api} is not the GitHub that minted it (then the
// token is still alive). The post step never fails the job over this.





const API_SERVICE = 'the GitHub API';
/** Both meanings of a 401, since the answer cannot tell them apart. */
const unauthorizedMessage = (apiUrl) => `The GitHub API at ${(0,neutralize/* sanitize */.a)(apiUrl, 200)} refused the revocation (HTTP 401). Either the token was already revoked or had expired, or ${vocabulary.W.setting('github-api-url')} points at a different GitHub than the one that minted it: a GitHub Enterprise Server token sent to github.com is refused and stays valid until it expires, within the hour. Check ${vocabulary.W.setting('github-api-url')} if this job runs against GitHub Enterprise Server.`;
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
        if (res.status === 401) {
            const says = (0,answer/* responseSays */._n)(res);
            return {
                result: 'unauthorized',
                message: `${unauthorizedMessage(apiUrl)} The GitHub API said: ${says}.`
            };
        }
        return {
            result: 'failed',
            message: `${API_SERVICE} answered HTTP ${(0,retry/* statusText */.qS)(res)} (${(0,answer/* responseSays */._n)(res)}).`
        };
    }
    catch (e) {
        if (e instanceof errors/* ActionError */.l)
            return { result: 'failed', message: e.what };
        throw e;
    }
}

;// CONCATENATED MODULE: ./src/cli/revoke.ts
// `octo-sts-token revoke`: revokes a GitHub token (the one `exchange` printed) before it
// expires. The token comes on stdin or from a variable, never as an argument (arguments are
// visible to every process on the machine).










/** Revocation is retried briefly: it is cleanup. */
const REVOKE_BUDGET_MS = 10_000;
const REVOKE_HELP = `Usage: octo-sts-token revoke [--github-api-url URL] [--token-env NAME] < token

Revokes a GitHub token, read from stdin (or from the variable NAME).

Options:
  --github-api-url URL   the GitHub API (default $GITHUB_API_URL, else ${names/* DEFAULT_API_URL */.rK})
  --token-env NAME       read the token from the variable NAME instead of stdin
  -h, --help             this help

Exit status: 0 revoked, or already invalid (stderr says which); 1 the revocation failed;
2 a usage or input error.
`;
const revoke = (args, io) => (0,cli_args/* withArgs */.qm)('revoke', REVOKE_HELP, { 'github-api-url': { type: 'string' }, 'token-env': { type: 'string' } }, args, io, async (values) => {
    const apiUrl = (0,names/* trimApiUrl */.ue)((0,cli_args/* str */.gx)(values, 'github-api-url') || io.env.GITHUB_API_URL || names/* DEFAULT_API_URL */.rK);
    const problem = (0,names/* validateApiUrl */.G1)(apiUrl);
    if (problem)
        throw new cli_args/* UsageError */.eb(`--github-api-url ${problem}`);
    const name = (0,cli_args/* str */.gx)(values, 'token-env');
    const raw = name !== undefined ? io.env[name] : await io.readStdin();
    if (raw === undefined)
        throw new cli_args/* UsageError */.eb(`the variable ${(0,neutralize/* sanitize */.a)(name ?? '', 100)} (--token-env) is not set.`);
    const token = raw.trim();
    if (!token)
        throw new cli_args/* UsageError */.eb(`no token on ${name !== undefined ? `the variable ${(0,neutralize/* sanitize */.a)(name, 100)}` : 'stdin'}.`);
    if (!/^[\x21-\x7e]+$/.test(token))
        throw new cli_args/* UsageError */.eb('the token holds spaces, control or non-ASCII characters: give one token.');
    try {
        (0,http/* checkProxyEnv */.qG)(io.env);
    }
    catch (e) {
        if (!(0,errors/* isActionError */.B)(e))
            throw e;
        io.stderr((0,render/* renderFailure */.z)(e, vocabulary/* FLAGS */.Wg));
        return cli_io/* EXIT */.d.usage;
    }
    const outcome = await revokeToken(apiUrl, token, {
        http: io.http,
        clock: io.clock,
        log: line => io.stderr(`${(0,neutralize/* sanitize */.a)(line, 2000)}\n`),
        userAgent: USER_AGENT,
        policy: {
            attempts: 3,
            baseDelayMs: 500,
            maxDelayMs: 2000,
            attemptTimeoutMs: 5000,
            deadline: io.clock.now() + REVOKE_BUDGET_MS
        }
    });
    if (outcome.result === 'revoked') {
        io.stderr('Token revoked.\n');
        return cli_io/* EXIT */.d.ok;
    }
    if (outcome.result === 'unauthorized') {
        io.stderr(`Not revoked: the token is no longer valid (already revoked or expired), or it belongs to another GitHub. ${(0,vocabulary/* speak */.Lr)(outcome.message, vocabulary/* FLAGS */.Wg)}\n`);
        return cli_io/* EXIT */.d.ok;
    }
    io.stderr(`Could not revoke the token: ${(0,vocabulary/* speak */.Lr)(outcome.message, vocabulary/* FLAGS */.Wg)} It expires on its own within the hour.\n`);
    return cli_io/* EXIT */.d.failed;
});

;// CONCATENATED MODULE: ./src/cli/terraform.ts
// `octo-sts-token terraform`: Terraform's external data source protocol. The query is a JSON
// object of strings on stdin; the result, a JSON object of strings on stdout. Terraform shows
// stderr when the exit status is not 0. The token then lands in Terraform's state: see the
// README.





/** Query keys → the request's settings; anything else is refused, as a typo would be. */
const TERRAFORM_QUERY_KEYS = [
    'scope',
    'identity',
    'domain',
    'audience',
    'org_policy_repository',
    'oidc_token_env',
    'oidc_token_file',
    'timeout_seconds'
];
/** The query's keys for the settings, and how to explain a refusal without `--policy`. */
const TERRAFORM_WORDS = (0,vocabulary/* commandLine */.ay)({
    name: s => s.replace(/-/g, '_'),
    settings: 'the query keys',
    explain: 'run `octo-sts-token check --policy FILE` with the same token'
});
/** The query Terraform sends is at most a few hundred bytes. */
const MAX_QUERY_BYTES = 64 * 1024;
const TERRAFORM_HELP = `Usage: octo-sts-token terraform < query.json

Terraform's external data source protocol:

  data "external" "github_token" {
    program = ["octo-sts-token", "terraform"]
    query = {
      scope    = "org/repo"
      identity = "deploy"
    }
  }

The query (stdin) is a JSON object of strings: scope, identity, and optional domain, audience,
org_policy_repository, timeout_seconds, oidc_token_env, oidc_token_file (without them the CI
system is detected, as for \`exchange\`). The result (stdout) is {"token": "…"}; on failure the diagnosis is on stderr.
The token is stored in Terraform's state.

Exit status: 0 a token was written; 1 the exchange failed; 2 the query is invalid.
`;
function readQuery(text) {
    if (text.length > MAX_QUERY_BYTES)
        throw new cli_args/* UsageError */.eb('the query on stdin is too large.');
    let query;
    try {
        query = JSON.parse(text);
    }
    catch {
        throw new cli_args/* UsageError */.eb('the query on stdin is not JSON: Terraform sends a JSON object of strings.');
    }
    if (!query || typeof query !== 'object' || Array.isArray(query))
        throw new cli_args/* UsageError */.eb('the query on stdin must be a JSON object of strings.');
    const out = {};
    for (const [key, value] of Object.entries(query)) {
        if (!TERRAFORM_QUERY_KEYS.includes(key))
            throw new cli_args/* UsageError */.eb(`unknown query key "${(0,neutralize/* sanitize */.a)(key, 60)}": expected ${TERRAFORM_QUERY_KEYS.join(', ')}.`);
        if (typeof value !== 'string')
            throw new cli_args/* UsageError */.eb(`query key "${key}" must be a string, as Terraform's protocol requires.`);
        out[key] = value;
    }
    return out;
}
const terraform = (args, io) => (0,cli_args/* withArgs */.qm)('terraform', TERRAFORM_HELP, {}, args, io, async () => {
    const q = readQuery(await io.readStdin());
    const name = (key) => `"${key === 'timeoutSeconds' ? 'timeout_seconds' : key === 'orgPolicyRepo' ? 'org_policy_repository' : key}"`;
    const request = validateRequest({
        scope: q.scope,
        identity: q.identity,
        domain: q.domain,
        audience: q.audience,
        orgPolicyRepo: q.org_policy_repository,
        timeoutSeconds: q.timeout_seconds
    }, name, { file: q.oidc_token_file, env: q.oidc_token_env });
    const result = await runExchange(request, io, TERRAFORM_WORDS);
    if ('code' in result)
        return result.code;
    io.stdout(`${JSON.stringify({ token: result.token })}\n`);
    return cli_io/* EXIT */.d.ok;
});

;// CONCATENATED MODULE: ./src/cli/main.ts
// The command-line tool: one command per module, chosen by the first argument.





// check and validate need the policy engine (yaml, re2js): they load only when run, so the other
// commands start without it (bench/README.md, "Levers measured").
const COMMANDS = {
    exchange: { run: exchange, summary: 'exchange an OIDC token for a GitHub token' },
    revoke: { run: revoke, summary: 'revoke a GitHub token (read from stdin)' },
    terraform: { run: terraform, summary: 'the Terraform external data source protocol' },
    check: {
        run: async (args, io) => (await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(2), __nccwpck_require__.e(97)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9097))).check(args, io),
        summary: 'check a trust policy against a token’s claims, offline'
    },
    validate: {
        run: async (args, io) => (await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(2), __nccwpck_require__.e(988)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3988))).validate(args, io),
        summary: 'validate trust policy files'
    }
};
const usage = () => [
    'Usage: octo-sts-token <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`),
    '',
    'Run `octo-sts-token <command> --help` for a command’s options.',
    ''
].join('\n');
async function cli(argv, io, version) {
    const [name, ...rest] = argv;
    if (name === '--version' || name === '-V') {
        io.stdout(`${version}\n`);
        return cli_io/* EXIT */.d.ok;
    }
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        ;
        (name === undefined ? io.stderr : io.stdout)(usage());
        return name === undefined ? cli_io/* EXIT */.d.usage : cli_io/* EXIT */.d.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
        io.stderr(`octo-sts-token: unknown command "${(0,neutralize/* sanitize */.a)(name, 40)}".\n\n${usage()}`);
        return cli_io/* EXIT */.d.usage;
    }
    try {
        return await command.run(rest, io);
    }
    catch (e) {
        // A bug, not a usage error: one line, no stack (it could quote a server's words raw).
        io.stderr(`octo-sts-token: unexpected error: ${(0,neutralize/* sanitize */.a)(String(e?.message ?? e))}. Please report it.\n`);
        return cli_io/* EXIT */.d.failed;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __nccwpck_require__(3705);
;// CONCATENATED MODULE: ./src/cli/process.ts
// The process the command-line tool runs in: its streams, environment, network and clock.
// stdout is the result alone: libraries may write to process.stdout themselves (@actions/core's
// getIDToken issues add-mask and debug workflow commands there, the mask holding the OIDC token),
// so only what a command prints reaches it, and every stray write is dropped. The one write of
// core's that is wanted, a mask (`mask`), is sent to stderr, where the runner reads it too.




/** Stdin is read whole, up to a bound: a token or a Terraform query is small. */
const MAX_STDIN_BYTES = 1 << 20;
async function readStdin() {
    if (process.stdin.isTTY)
        process.stderr.write('Reading stdin (end it with Ctrl-D)…\n');
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
        size += chunk.length;
        if (size > MAX_STDIN_BYTES)
            throw new cli_args/* UsageError */.eb('stdin is larger than 1 MiB.');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** This process as a CliIo; from here on, only the command's own output reaches stdout. */
function processIo() {
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    const dropped = (() => true);
    const toStderr = process.stderr.write.bind(process.stderr);
    process.stdout.write = dropped;
    return {
        stdout: text => void stdoutWrite(text),
        stderr: text => void process.stderr.write(text),
        mask: secret => {
            // core formats the command and writes it to process.stdout: for this call, stderr.
            process.stdout.write = toStderr;
            try {
                (0,core/* setSecret */.Pq)(secret);
            }
            finally {
                process.stdout.write = dropped;
            }
        },
        readStdin,
        env: process.env,
        cwd: process.cwd(),
        http: http/* request */.Em,
        clock: retry/* systemClock */.ml
    };
}

// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __nccwpck_require__(9905);
;// CONCATENATED MODULE: ./src/steps/exit.ts
// The end of a step. A request the step has given up on can still hold the event loop:
// core.getIDToken has no time limit (its socket waits up to 3 minutes) and its socket is out
// of reach, so it cannot be destroyed. Rather than track what might linger, the entry arms one
// unref'd timer once the step's work is done: when nothing else holds the loop the process
// exits as usual and the timer never fires; when something does, the timer ends the process
// with the exit code the step set. Everything the step writes (stdout, files, the summary) is
// awaited or synchronous by then, so nothing is cut short.
/** Time allowed after the step's work for Node to wind down by itself. */
const EXIT_GRACE_MS = 1000;
function exitWhenDone(graceMs = EXIT_GRACE_MS, exit = () => process.exit()) {
    setTimeout(exit, graceMs).unref();
}

;// CONCATENATED MODULE: ./src/entries/cli-run.ts
// The command line, wired (entries/cli.ts loads it on the main thread only).




/** Runs the command line; `bundle` is the entry's own file, which the engine's worker runs. */
async function runCli(bundle, version) {
    const io = { ...processIo(), sandbox: (0,sandbox/* workerSandbox */.oq)(bundle) };
    process.exitCode = await cli(process.argv.slice(2), io, version);
    exitWhenDone();
}


/***/ }),

/***/ 3546:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9905);

// Replaced with package.json's version by scripts/build.mjs.
const VERSION = "0.1.0";
// The policy engine's worker is this bundle again (src/policy/sandbox.ts), told apart before
// anything of the command line loads ("eager" keeps it in this file, evaluated when imported).
if (await (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .isEngineWorker */ .lm)())
    await (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .serveEngine */ .c8)();
else
    await (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2146))).runCli(new URL(import.meta.url), VERSION);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isActionError),
/* harmony export */   l: () => (/* binding */ ActionError)
/* harmony export */ });
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7819);
// Failures the user sees. Each one says what happened, why, and what to do next; the class
// (`kind`) lets the diagnosis and the job summary add detail without re-parsing text. `what`
// and `fix` hold terms (src/vocabulary.ts): a front end shows them with `speak` in its words.

class ActionError extends Error {
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
        super((0,_vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .speak */ .Lr)(fix ? `${what}\n${fix}` : what, _vocabulary_js__WEBPACK_IMPORTED_MODULE_0__/* .ACTION */ .hr));
        this.kind = kind;
        this.what = what;
        this.fix = fix;
        this.details = details;
    }
}
const isActionError = (e) => e instanceof ActionError;


/***/ }),

/***/ 157:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ markdownList),
/* harmony export */   Bl: () => (/* binding */ MAX_LISTED),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   NL: () => (/* binding */ notListed),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   h$: () => (/* binding */ markdownProse)
/* harmony export */ });
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

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JX: () => (/* binding */ contentTypeOf),
/* harmony export */   MP: () => (/* binding */ describeBody),
/* harmony export */   _6: () => (/* binding */ isHtml),
/* harmony export */   _n: () => (/* binding */ responseSays),
/* harmony export */   kW: () => (/* binding */ parseErrorBody)
/* harmony export */ });
/* unused harmony export serverSays */
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2339);
// Reading a server's answer for an error message: its JSON message, or what kind of body it was.

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
    return `"${(0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitize */ .a)(body, 200)}"`;
}
/** The JSON error fields both the STS (`{code, message}`) and GitHub (`{message}`) send. */
function parseErrorBody(body) {
    try {
        const v = JSON.parse(body);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const { message, code } = v;
            return {
                ...(typeof message === 'string' ? { message: (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitize */ .a)(message) } : {}),
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
/** The answer's Content-Type header, or '' when it has none. */
const contentTypeOf = (res) => String(res.headers['content-type'] ?? '');
/** What the server said in `res`, safe to print (see serverSays). */
const responseSays = (res) => serverSays(res.body, contentTypeOf(res));


/***/ }),

/***/ 9663:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ request),
/* harmony export */   FV: () => (/* binding */ proxyError),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   ec: () => (/* binding */ proxyName),
/* harmony export */   j$: () => (/* binding */ HttpError),
/* harmony export */   qG: () => (/* binding */ checkProxyEnv),
/* harmony export */   sf: () => (/* binding */ SYSTEM_CODE)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_BYTES */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2779);
/* harmony import */ var _actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9783);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7819);




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
/**
 * Fails when HTTPS_PROXY (or https_proxy, which http-client reads first) is set but
 * http-client cannot use it: it would then silently send every request directly. Called before
 * any request, so that the OIDC request (made by @actions/core's own client) is covered too.
 * The error names the variable and the problem, never the value (it may hold credentials).
 */
function checkProxyEnv(env) {
    const bad = proxyEnvProblem(env);
    if (!bad)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .l('input', `${bad.name} is set but cannot be used: ${bad.problem}; no request was sent (it would have gone out directly, not through the proxy).`, `Fix ${bad.name} in ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_3__.W.runnerEnv} (a URL such as http://host:port, special characters in credentials percent-encoded, e.g. %25 for %), or unset it.`);
}
/** The proxy variable http-client reads for https, and why it cannot use it (if it cannot). */
function proxyEnvProblem(env) {
    const name = env.https_proxy ? 'https_proxy' : env.HTTPS_PROXY ? 'HTTPS_PROXY' : undefined;
    const problem = name && proxyProblem(env[name]);
    return name && problem ? { name, problem } : undefined;
}
/** Why http-client (lib/proxy.js, HttpClient's agent) cannot use `value` as a proxy URL. */
function proxyProblem(value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        // Like http-client: a value without a scheme is taken as http://value.
        if (/^https?:\/\//.test(value))
            return 'it is not a valid URL';
        try {
            url = new URL(`http://${value}`);
        }
        catch {
            return 'it is not a valid URL';
        }
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        // Never echo the "scheme": in `user:password@host` it is the user name. (An http(s) URL
        // always has a host: the parser refuses an empty one.)
        return 'it does not start with http:// or https:// (the only proxies supported)';
    }
    for (const [part, encoded] of [
        ['user name', url.username],
        ['password', url.password]
    ]) {
        try {
            decodeURIComponent(encoded);
        }
        catch {
            return `its ${part} is not validly percent-encoded (a % must start an escape such as %25 or %40)`;
        }
    }
    return undefined;
}
/**
 * Puts the attempt's abort signal into the options http-client hands to `https.request`, and,
 * through a proxy, into those of the tunnel agent's CONNECT request (`tunnel` merges its
 * `proxyOptions` into them): a proxy that never answers must not hold the step open. Without
 * it, aborting the request would not even fail it until the agent produced a socket.
 */
const forAttempt = (signal) => ({
    prepareRequest: options => {
        options.signal = signal;
        const tunnel = options.agent
            ?.proxyOptions;
        if (tunnel) {
            tunnel.signal = signal;
            tunnel.host = unbracket(tunnel.host);
        }
        else {
            options.host = unbracket(options.host);
        }
    },
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('no authentication handler'))
});
// http-client passes URL.hostname, brackets and all, which a connection would look up in DNS.
// (The target's stay for a tunnel: they belong in the CONNECT authority.)
const unbracket = (host) => (host?.startsWith('[') ? host.slice(1, -1) : host);
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
// The tunnel agent http-client uses (the `tunnel` package) reports a failed CONNECT only in the
// text of an ECONNRESET: the proxy's status, or the error of the connection to the proxy.
const TUNNEL_REFUSED = /^tunneling socket could not be established, statusCode=(\d+)/;
const TUNNEL_FAILED = /^tunneling socket could not be established, cause=(.*)/s;
/** A system error code (ECONNRESET, EAI_AGAIN…) in an error's text. */
const SYSTEM_CODE = /\b(E[A-Z0-9_]{2,})\b/;
/**
 * A failure of the proxy's tunnel to `url`, read from the tunnel agent's text; undefined when
 * it is not one. `proxy` names it (`proxy host:port`, never its credentials).
 */
function proxyError(err, proxy, url) {
    const refused = TUNNEL_REFUSED.exec(err.message);
    if (refused) {
        const target = `${url.hostname}:${url.port || 443}`;
        return new HttpError('proxy', `${proxy} refused to connect to ${target} (HTTP ${refused[1]})`);
    }
    const failed = TUNNEL_FAILED.exec(err.message);
    if (failed) {
        // Node's own text (an address, a TLS reason), never the proxy URL: kept short and plain.
        const cause = failed[1];
        const code = SYSTEM_CODE.exec(cause)?.[1];
        const why = code ?? cause.replace(/[^\x20-\x7e]/g, '').slice(0, 100);
        return new HttpError('proxy', `${proxy} is unreachable (${why})`, code);
    }
    if (err.message === 'got illegal response body from proxy') {
        return new HttpError('proxy', `${proxy} sent data before opening the tunnel to ${url.host}`);
    }
    return undefined;
}
/** The proxy http-client's agent will use for `url` (none for NO_PROXY hosts and loopback). */
function proxyFor(url) {
    const proxy = (0,_actions_http_client_lib_proxy__WEBPACK_IMPORTED_MODULE_1__/* .getProxyUrl */ .s)(url);
    return proxy?.hostname ? proxy : undefined;
}
const request = async (req) => {
    const { url } = req;
    if (url.protocol !== 'https:') {
        throw new HttpError('insecure', `refusing to send a request over ${url.protocol.replace(':', '')}: only https is allowed`);
    }
    // Also checked here, not only by the steps: this client never goes direct past a bad proxy.
    const badProxy = proxyEnvProblem(process.env);
    if (badProxy) {
        throw new HttpError('proxy', `${badProxy.name} is set but cannot be used: ${badProxy.problem}`);
    }
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), req.timeoutMs);
    const proxy = proxyFor(url);
    try {
        // http-client sets the User-Agent itself, from its constructor argument.
        const headers = {};
        let userAgent;
        for (const [k, v] of Object.entries(req.headers ?? {})) {
            if (k.toLowerCase() === 'user-agent')
                userAgent = v;
            else
                headers[k] = v;
        }
        const client = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(userAgent, [forAttempt(controller.signal)], {
            allowRedirects: false,
            allowRetries: false,
            keepAlive: false
        });
        // `undefined` data sends no body; a string gets its Content-Length from http-client.
        const res = await client.request(req.method, url.href, req.body, headers);
        const text = await readBody(res.message, req.maxBytes ?? DEFAULT_MAX_BYTES, url);
        return {
            status: res.message.statusCode ?? 0,
            statusText: res.message.statusMessage ?? '',
            headers: res.message.headers,
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
        const viaProxy = proxy && proxyError(e, `proxy ${proxyName(proxy)}`, url);
        if (viaProxy)
            throw viaProxy;
        const via = proxy ? ` through proxy ${proxyName(proxy)}` : '';
        throw new HttpError('network', `could not reach ${url.host}${via}: ${e.code ?? e.message}`, e.code);
    }
    finally {
        clearTimeout(timer);
    }
};
const formatSeconds = (ms) => ms < 10_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.round(ms / 1000)}s`;


/***/ }),

/***/ 7893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   En: () => (/* binding */ requestWithRetry),
/* harmony export */   Iy: () => (/* binding */ temporaryFailure),
/* harmony export */   Jb: () => (/* binding */ retryPolicy),
/* harmony export */   Rc: () => (/* binding */ Transient),
/* harmony export */   Uz: () => (/* binding */ RETRYABLE_STATUS),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   pE: () => (/* binding */ TRANSIENT_NETWORK_CODES),
/* harmony export */   qS: () => (/* binding */ statusText)
/* harmony export */ });
/* unused harmony exports isTransientHttpError, parseRetryAfter, attemptRequest */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7819);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9663);
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2339);
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2633);
// One retry policy for every request: only what can succeed later is tried again (no answer,
// or a RETRYABLE_STATUS: 408, 429, 500, 502, 503, 504; not 501), with exponential backoff and
// full jitter, honoring Retry-After, and never past the step's deadline. Denials are final on
// the first answer.





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
    'ENETDOWN'
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
    const reason = (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitize */ .a)(res.statusText.replace(/[^\x20-\x7e]/g, ''), 60);
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
                    ? `${service} asked to retry after ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(err.retryAfterMs)}, past ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.deadline}`
                    : `no time left before ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.deadline}`;
                throw withElapsed(err.final, n, clock.now() - started, why);
            }
            log(`attempt ${n + 1}/${policy.attempts} in ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(delay)}: ${err.reason}`);
            await clock.sleep(delay);
        }
    }
}
function withElapsed(e, attempts, elapsedMs, why) {
    const notes = [
        ...(attempts > 1 ? [`${attempts} attempts over ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(elapsedMs)}`] : []),
        ...(why ? [why] : [])
    ];
    if (!notes.length)
        return e;
    const what = `${e.what.replace(/\.$/, '')} (${notes.join('; ')}).`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(e.kind, what, e.fix, e.details);
}
function deadlineError(service, elapsedMs, policy) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('timeout', `${service} did not answer in time: gave up after ${(0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(elapsedMs)} (${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.setting('timeout-seconds')}).`, `Check the status of ${service}, or raise ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.input('timeout-seconds')} (attempts: ${policy.attempts}).`);
}
const NETWORK_FIX = {
    proxy: `Check the HTTPS_PROXY/NO_PROXY settings of ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.runner}, and that the proxy is up.`,
    timeout: `The service may be overloaded; ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.rerun}, or raise ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.setting('timeout-seconds')}.`,
    'too-large': 'This is not a response from the expected service; check the URL and any proxy in between.',
    insecure: 'Use an https URL.',
    network: `Check that the host is right and reachable from ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.runner} (DNS, firewall, HTTPS_PROXY/NO_PROXY).`
};
/**
 * One attempt of one request: transport failures and retryable statuses become `Transient`
 * (or a final error when not worth retrying); redirects are refused. Other answers are returned
 * for the caller to read.
 */
async function attemptRequest(http, service, req, ctx, now = Date.now, explain) {
    let res;
    try {
        res = await http({ ...req, timeoutMs: ctx.timeoutMs });
    }
    catch (e) {
        if (!(e instanceof _http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpError */ .j$))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l('protocol', `${service} answered ${statusText(res)}, a redirect; it was not followed (a token is never sent to another address).`, `Point ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.tool} at the service itself, not at an address that redirects.`, { status: res.status, service });
    }
    if (RETRYABLE_STATUS.has(res.status)) {
        throw temporaryFailure(service, res.status, statusText(res), (0,_answer_js__WEBPACK_IMPORTED_MODULE_4__/* .responseSays */ ._n)(res), parseRetryAfter(res.headers['retry-after'], now()), explain?.(res));
    }
    return res;
}
/** A retryable status (RETRYABLE_STATUS) as a `Transient`; `says` is already safe to print. */
function temporaryFailure(service, status, statusLine, says, retryAfterMs, 
/** The service's own reading of the answer, when it has one (see ServiceDeps.explain). */
explained) {
    const reason = `${service} answered ${statusLine}`;
    const final = explained ??
        new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(status === 429
            ? 'rate-limited'
            : status === 408 || status === 504
                ? 'timeout'
                : 'unavailable', `${reason} (${says}), a temporary failure.`, status === 429
            ? `${service} is rate limiting; ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.rerun} in a few minutes.`
            : `${service} may be having an outage; ${_vocabulary_js__WEBPACK_IMPORTED_MODULE_1__.W.rerun} later.`, { status, service });
    return new Transient(reason, final, retryAfterMs);
}
/** One request under the retry policy; returns the first answer that is final. */
function requestWithRetry(service, req, deps) {
    const headers = { ...req.headers, 'user-agent': deps.userAgent };
    return withRetry(service, deps.policy, ctx => attemptRequest(deps.http, service, { ...req, headers }, ctx, (deps.clock ?? systemClock).now, deps.explain), deps.log, deps.clock);
}
/** About 4 attempts, 1 s → 8 s backoff with full jitter, 15 s per attempt, within the deadline. */
const retryPolicy = (deadline) => ({
    attempts: 4,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    attemptTimeoutMs: 15_000,
    deadline
});


/***/ }),

/***/ 3401:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ anchoredSource),
/* harmony export */   ck: () => (/* binding */ OLDER_SERVERS),
/* harmony export */   hO: () => (/* binding */ legacyVerdictLine)
/* harmony export */ });
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6353);
// How today's server anchors a trust-policy pattern, and how servers released before 2026-09
// did: the words and the one line the explanations use. Light (no RE2, no YAML), so the
// diagnosis can word what the engine (./check.ts, ./legacy.ts) found.

/** `pattern` as today's server compiles it, `^(?:pattern)$`: the text its messages print. */
const anchoredSource = (pattern) => '^(?:' + pattern + ')$';
/** Who "older servers" are, in every note. */
const OLDER_SERVERS = 'servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may be older)';
const VERDICT_THERE = {
    allow: 'admit this token',
    deny: 'refuse this token',
    uncompilable: 'refuse this policy (it does not compile there)'
};
/**
 * The one line that says how an older server decides, with each field name passed through
 * `code` (a code span in the action's prose, inert text on the command line).
 */
function legacyVerdictLine(legacy, code = _goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg) {
    const byField = new Map();
    for (const f of legacy.fields)
        byField.set(f.field, [...(byField.get(f.field) ?? []), f.there]);
    const fields = [...byField]
        .map(([field, there]) => `${code(field)} ${there.join(' and ')}`)
        .join(', ');
    return `On ${OLDER_SERVERS}, which compile \`^pattern$\` instead of \`^(?:pattern)$\`, the verdict differs: they would ${VERDICT_THERE[legacy.verdict]}${fields ? ` (there ${fields})` : ''}.`;
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

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ goField)
/* harmony export */ });
/* unused harmony export goFold */
// How Go's encoding/json finds a struct field for a JSON key: the exact name, else the first
// whose case-folded name is the key's. The server decodes both its trust policies (through
// sigs.k8s.io/yaml) and the OIDC token's payload (go-oidc) this way.
/** Go's case folding of a JSON key (encoding/json foldName): ASCII case, and the two non-ASCII
 * runes that fold to ASCII letters (U+017F ſ → S, U+212A Kelvin → K). */
const goFold = (key) => key.replace(/[a-z\u017f\u212a]/g, c => c === '\u017f' ? 'S' : c === '\u212a' ? 'K' : c.toUpperCase());
/** The field of `known` that Go's JSON decoder fills for `key`; undefined when none. */
function goField(key, known) {
    let folded;
    const fk = goFold(key);
    for (const k of known) {
        if (k === key)
            return k;
        if (folded === undefined && goFold(k) === fk)
            folded = k;
    }
    return folded;
}


/***/ }),

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ suggestKey),
/* harmony export */   mP: () => (/* binding */ Reader),
/* harmony export */   q0: () => (/* binding */ describe),
/* harmony export */   vS: () => (/* binding */ documentReader),
/* harmony export */   zW: () => (/* binding */ nullObject)
/* harmony export */ });
/* unused harmony export compareGo */
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6353);
/* harmony import */ var _gojson_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9452);
// Decodes yaml.v2's values into Go struct fields as the server does: sigs.k8s.io/yaml turns
// them into JSON, and Go's encoding/json (v1, unknown fields disallowed) fills the struct. Keys
// are converted and sorted in Go's byte order, struct keys fold like Go, scalars become
// strings where the server converts them. Used by the trust policy (parse.ts) and the org
// allowlist (allowlist.ts); each adds its own fields.


/** Byte order of UTF-8 strings (Go's sort of map keys), i.e. code point order. */
function compareGo(a, b) {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
        if (d)
            return d;
    }
    return x.length - y.length;
}
/** Edit distance, for "did you mean" hints on unknown keys. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0] ?? 0;
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j] ?? 0;
            row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length] ?? 0;
}
function suggestKey(key, known) {
    if (key.length > 64)
        return undefined; // no known name is that long; keeps the distance cheap
    const normal = key.toLowerCase().replace(/[-\s.]/g, '_');
    let best;
    let bestD = Infinity;
    for (const k of known) {
        if (k === normal)
            return k;
        const d = distance(normal, k);
        if (d < bestD) {
            best = k;
            bestD = d;
        }
    }
    return bestD <= Math.max(1, Math.floor(normal.length / 4)) ? best : undefined;
}
const nullObject = () => Object.create(null);
function describe(v) {
    switch (v.kind) {
        case 'map':
            return 'a mapping';
        case 'seq':
            return 'a list';
        case 'null':
            return 'null';
        case 'str':
            return `the string ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(v.value)}`;
        case 'bool':
            return `the boolean ${v.source}`;
        default:
            return `the number ${v.source}`;
    }
}
/** A scalar as sigs.k8s.io/yaml turns it into a string (strconv formatting). */
function scalarString(v) {
    switch (v.kind) {
        case 'str':
            return v.value;
        case 'bool':
            return v.value ? 'true' : 'false';
        case 'int':
        case 'uint':
            return v.value.toString();
        case 'float':
            return (0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFloat32 */ .Pp)(v.value);
        default:
            return undefined;
    }
}
/** A map key as sigs.k8s.io/yaml spells it; undefined for keys it refuses. */
function keyString(v) {
    if (v.kind === 'float') {
        if (v.value === Infinity)
            return '.inf';
        if (v.value === -Infinity)
            return '-.inf';
        if (Number.isNaN(v.value))
            return '.nan';
    }
    if (v.kind === 'uint')
        return undefined;
    return scalarString(v);
}
/** Reads a document's Go values the server's way (also used by allowlist.ts). */
class Reader {
    isOrgPolicy;
    errors = [];
    warnings = [];
    positions = nullObject();
    constructor(isOrgPolicy) {
        this.isOrgPolicy = isOrgPolicy;
    }
    problem(severity, message, field, at) {
        const p = { severity, message };
        if (field !== undefined)
            p.field = field;
        if (at) {
            p.line = at.line;
            p.column = at.column;
        }
        ;
        (severity === 'error' ? this.errors : this.warnings).push(p);
    }
    /** The entries of a map with their keys converted, in the JSON decoder's (sorted) order. */
    keyed(map, where, sorted = true) {
        const byKey = new Map();
        for (const entry of map.entries) {
            const key = keyString(entry.key);
            if (key === undefined) {
                this.problem('error', `${where}: a key must be a string, number or boolean (got ${describe(entry.key)}): the server cannot read this policy.`, undefined, entry.key.at);
                continue;
            }
            const earlier = byKey.get(key);
            if (earlier) {
                this.problem('warning', `${where}: two keys are both spelled ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)} once converted to JSON; the server keeps one of them at random. Keep one.`, undefined, entry.key.at);
            }
            byKey.set(key, { key, entry });
        }
        const list = [...byKey.values()];
        return sorted ? list.sort((a, b) => compareGo(a.key, b.key)) : list;
    }
    /** NaN and infinities cannot be JSON: json.Marshal fails on them wherever they are left. */
    marshalable(v, field) {
        if (v.kind === 'float' && !Number.isFinite(v.value)) {
            this.problem('error', `${field} is ${v.source}, which JSON cannot hold: the server cannot read this policy.`, field, v.at);
            return false;
        }
        return true;
    }
    /**
     * A value decoded into a Go string. `convert`: sigs.k8s.io/yaml turns scalars into strings
     * here. `null` returns `onNull`.
     */
    str(v, field, convert, onNull, 
    /** The values the field takes, when quoting this one would not make it valid either. */
    valid) {
        if (v.kind === 'null')
            return onNull;
        if (v.kind === 'str')
            return v.value;
        if (v.kind === 'map' || v.kind === 'seq') {
            this.problem('error', `${field} must be a string, not ${describe(v)}: the server cannot read this policy.`, field, v.at);
            return undefined;
        }
        const s = scalarString(v) ?? '';
        if (!convert) {
            if (this.marshalable(v, field)) {
                this.problem('error', `${field} must be a string, not ${describe(v)}: in an org policy the server does not turn it into a string, so it cannot read this policy. ${valid ? `Use ${valid}.` : `Quote it: ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(v.source)}.`}`, field, v.at);
            }
            return undefined;
        }
        if (v.source !== s) {
            this.problem('warning', `${field}: the unquoted value ${v.source} is a YAML 1.1 ${v.kind === 'bool' ? 'boolean' : 'number'}, which the server reads as the string ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(s)}; ${valid ? `use ${valid}` : `quote it if you meant ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(v.source)}`}.`, field, v.at);
        }
        return s;
    }
    /** A key the server does not know: it refuses the whole file; a hint when one is near. */
    unknownKey(key, at, known, alias, refusal) {
        const hint = alias ?? suggestKey(key, known);
        this.problem('error', `unknown key ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)}: ${refusal}.${hint ? ` Did you mean ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(hint)}?` : ` Known keys: ${known.join(', ')}.`}`, key, at);
    }
    /**
     * Known keys of a struct, folded like Go; unknown ones reported by `unknown`. A `topLevel`
     * struct's fields are named alone (`issuer`), a nested one's as `where["key"]`.
     */
    fields(map, where, known, unknown, kindOfName, topLevel = false) {
        const out = [];
        const assigned = new Map();
        for (const { key, entry } of this.keyed(map, where)) {
            const at = entry.key.at;
            const name = (0,_gojson_js__WEBPACK_IMPORTED_MODULE_1__/* .goField */ .t)(key, known);
            if (name === undefined) {
                unknown(key, at);
                continue;
            }
            const path = topLevel ? name : `${where}[${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)}]`;
            if (name !== key) {
                this.problem('warning', `${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)} is read as ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(name)} (the server matches ${kindOfName} case-insensitively); write ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(name)}.`, path, at);
            }
            const earlier = assigned.get(name);
            if (earlier !== undefined) {
                this.problem('warning', `${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)} and ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(earlier)} both set ${name}; the server uses ${(0,_goformat_js__WEBPACK_IMPORTED_MODULE_0__/* .goQuote */ .dg)(key)}. Keep one.`, path, at);
            }
            assigned.set(name, key);
            out.push({ name, key, entry });
        }
        return out;
    }
    /**
     * A file's top-level keys, as `fields` reads them. A key it does not know refuses the whole
     * file (`refusal`), hinted from `aliases` (by lower case) or the nearest known key, unless
     * `refused` has already reported it.
     */
    topLevelFields(root, where, known, aliases, refusal, refused = () => false) {
        const unknown = (key, at) => {
            if (!refused(key, at))
                this.unknownKey(key, at, known, aliases.get(key.toLowerCase()), refusal);
        };
        return this.fields(root, where, known, unknown, 'keys', true);
    }
    /** Whether `v` is a mapping; a finding at it when it is not (the server cannot decode it). */
    isMapping(v, field) {
        if (v.kind === 'map')
            return true;
        this.problem('error', `${field} must be a mapping, not ${describe(v)}: the server cannot read this policy.`, field, v.at);
        return false;
    }
    /** A Go []string: null is nil (undefined), a null item is "". */
    stringList(v, field, noun, refusal = 'the server cannot read this policy') {
        if (v.kind === 'null')
            return undefined;
        if (v.kind !== 'seq') {
            this.problem('error', `${field} must be a list of ${noun}, not ${describe(v)}: ${refusal}.`, field, v.at);
            return undefined;
        }
        return v.items.map((item, i) => {
            const path = `${field}[${i}]`;
            this.positions[path] = item.at;
            return this.str(item, path, true, '') ?? '';
        });
    }
}
/** A Reader of `read`'s first document, with the YAML warnings and a note on later documents. */
function documentReader(read, reader) {
    reader.warnings.push(...read.warnings);
    if (read.laterDocument !== undefined) {
        const { line, col } = read.lines.linePos(read.laterDocument);
        reader.problem('warning', 'the file holds several YAML documents; the server reads only the first.', undefined, { line, column: col });
    }
    return reader;
}


/***/ }),

/***/ 9905:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Td: () => (/* binding */ inThreadSandbox),
/* harmony export */   Th: () => (/* binding */ MAX_CHECKED_SIZE),
/* harmony export */   c8: () => (/* binding */ serveEngine),
/* harmony export */   fE: () => (/* binding */ tooCostly),
/* harmony export */   lm: () => (/* binding */ isEngineWorker),
/* harmony export */   oq: () => (/* binding */ workerSandbox),
/* harmony export */   yh: () => (/* binding */ GO_MAX_SIZE)
/* harmony export */ });
/* unused harmony export ENGINE_LIMITS */
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
/** Appended to the worker's `process.argv`: a test the main thread makes without loading anything. */
const ENGINE_ARG = `--${MARK.replace(':', '-')}`;
/** Go's regexp/syntax maxSize (1.19+): 128 MB of 40-byte instructions. */
const GO_MAX_SIZE = Math.floor((128 << 20) / 40);
/**
 * The largest program the engine builds here, in Go's instructions. re2js needs about 5 KB
 * and 25 µs an instruction (20,000: 100 MB, half a second); a hand-written pattern needs a few
 * hundred. Larger ones, up to Go's bound, are too costly to check here (src/policy/cost.ts).
 */
const MAX_CHECKED_SIZE = 20_000;
/**
 * `n` with its digits in groups of three (20,000). Not `toLocaleString`: its first call loads
 * ICU's locale data, 30-40 ms and 7 MB at the start of every step that imports this module.
 */
const grouped = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const COSTLY = {
    time: 'it could not be checked within the time limit',
    memory: `checking it needs more than the ${ENGINE_LIMITS.maxOldGenerationSizeMb} MB of memory the check is given`,
    size: `a pattern compiles to more than the ${grouped(MAX_CHECKED_SIZE)} instructions checked here (the server builds up to ${grouped(GO_MAX_SIZE)})`
};
/**
 * The words every consumer uses for a file that is too costly to check here; `what` names it
 * and is already inert. It is not called invalid: the server builds what Go can build.
 */
const tooCostly = (what, costly) => `${what} is too costly to check here: ${COSTLY[costly]}. That does not make it invalid (the server may accept it), but nothing here can say what it admits. Counted repetitions such as {0,1000}, many times over, cost the most: simplify the patterns to have them checked.`;
/**
 * This thread is the engine's worker: the entry serves jobs and does nothing else. Only a
 * thread whose arguments carry the mark loads node:worker_threads to confirm it (a command
 * line that names the mark is still the main thread).
 */
async function isEngineWorker() {
    if (!process.argv.includes(ENGINE_ARG))
        return false;
    const { isMainThread, workerData } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    return !isMainThread && workerData?.[MARK] === true;
}
/** The worker's side: answers each job with its outcome, one at a time. */
async function serveEngine() {
    const [{ runJob }, { parentPort: port }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(2), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9593)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23))
    ]);
    if (!port)
        return;
    port.on('message', ({ name, args }) => {
        port.postMessage(runJob(name, args));
    });
}
/** The engine in this thread, unbounded: for tests, which pass their own deadlines and data. */
const inThreadSandbox = {
    run: async (name, args) => (await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(2), __nccwpck_require__.e(593)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9593))).runJob(name, args)
};
/**
 * The engine in a worker running `file` (the entry's own bundle, which must call
 * `serveEngine` when `isEngineWorker`). One worker serves the jobs in turn and is started
 * again after a job it had to be stopped for; an idle worker holds no process open.
 */
function workerSandbox(file, now = Date.now) {
    let worker;
    let queue = Promise.resolve();
    const start = (WorkerThread) => {
        const w = new WorkerThread(file, {
            argv: [ENGINE_ARG],
            workerData: { [MARK]: true },
            resourceLimits: ENGINE_LIMITS,
            // Its output is not ours to print: whatever it writes stays unread.
            stdout: true,
            stderr: true
        });
        w.unref();
        return w;
    };
    const runOne = async (request, deadline) => {
        const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
        return new Promise(resolve => {
            const w = (worker ??= start(Worker));
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
    };
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
/* harmony export */   Ci: () => (/* binding */ parseSubject),
/* harmony export */   Cj: () => (/* binding */ idsCommand),
/* harmony export */   QK: () => (/* binding */ formatSubject),
/* harmony export */   Wt: () => (/* binding */ repositorySegment),
/* harmony export */   Zm: () => (/* binding */ patternRepository),
/* harmony export */   Zu: () => (/* binding */ namesOtherForm),
/* harmony export */   nB: () => (/* binding */ subjectForm),
/* harmony export */   w$: () => (/* binding */ idsFromEnv),
/* harmony export */   w3: () => (/* binding */ idsFromClaims)
/* harmony export */ });
/* unused harmony exports formOf, inForm */
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

/***/ 1754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ isValidAudience),
/* harmony export */   sw: () => (/* binding */ isValidIssuer),
/* harmony export */   xh: () => (/* binding */ isValidSubject)
/* harmony export */ });
// The server's sanity checks on a token's `iss`, `sub` and `aud` before it compares them with
// a policy (octo-sts/app pkg/oidcvalidate). A token that fails them is refused whatever the
// policy says. The issuer check leans on Go's url.Parse; the parts of it that matter here are
// reproduced below.
const CONTROL_OR_SPACE = /[\u0000-\u001f ]/; // eslint-disable-line no-control-regex
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u; // Go's unicode.IsPrint
const runeCount = (s) => [...s].length;
const allPrintable = (s) => [...s].every(c => PRINTABLE.test(c));
const containsAny = (s, chars) => [...chars].some(c => s.includes(c));
const validOptionalPort = (port) => port === '' || /^:[0-9]*$/.test(port);
// Characters Go's url.unescape refuses in a host (shouldEscape in encodeHost mode).
const HOST_OK = /^[A-Za-z0-9!$&'()*+,;=:[\]<>"\-_.~\u0080-\u{10ffff}]*$/u;
function unescapePath(s) {
    if (/%(?![0-9A-Fa-f]{2})/.test(s))
        return undefined;
    try {
        return decodeURIComponent(s);
    }
    catch {
        // Go unescapes byte by byte and accepts invalid UTF-8; such a path fails the character check
        return '\u0000';
    }
}
/** Go's url.Parse, as far as IsValidIssuer depends on it; undefined where Go returns an error. */
function parseGoURL(raw) {
    if (/[\u0000-\u001f\u007f]/.test(raw))
        return undefined; // eslint-disable-line no-control-regex
    let rest = raw;
    let fragment = '';
    const hash = rest.indexOf('#');
    if (hash >= 0) {
        fragment = rest.slice(hash + 1);
        rest = rest.slice(0, hash);
    }
    let scheme = '';
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(rest);
    if (m?.[1]) {
        scheme = m[1].toLowerCase();
        rest = rest.slice(m[0].length);
    }
    else if (rest.startsWith(':'))
        return undefined; // missing protocol scheme
    let rawQuery = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        rawQuery = rest.slice(q + 1);
        rest = rest.slice(0, q);
    }
    const url = { scheme, userinfo: false, host: '', path: '', rawQuery, fragment };
    if (!rest.startsWith('/'))
        return url; // opaque (`https:host`) or relative: no host
    if (rest.startsWith('//') && (scheme !== '' || !rest.startsWith('///'))) {
        const slash = rest.indexOf('/', 2);
        const authority = slash >= 0 ? rest.slice(2, slash) : rest.slice(2);
        rest = slash >= 0 ? rest.slice(slash) : '';
        const at = authority.lastIndexOf('@');
        let host = authority;
        if (at >= 0) {
            url.userinfo = true;
            host = authority.slice(at + 1);
        }
        if (host.startsWith('[')) {
            const close = host.lastIndexOf(']');
            if (close < 0 || !validOptionalPort(host.slice(close + 1)))
                return undefined;
        }
        else {
            const colon = host.lastIndexOf(':');
            if (colon >= 0 && !validOptionalPort(host.slice(colon)))
                return undefined;
        }
        if (!HOST_OK.test(host))
            return undefined;
        url.host = host;
    }
    const path = unescapePath(rest);
    if (path === undefined)
        return undefined;
    url.path = path;
    return url;
}
/** Go's URL.Hostname(): the host without port or IPv6 brackets. */
function hostname(host) {
    let h = host;
    const colon = h.lastIndexOf(':');
    if (colon >= 0 && validOptionalPort(h.slice(colon)))
        h = h.slice(0, colon);
    if (h.startsWith('[') && h.endsWith(']'))
        h = h.slice(1, -1);
    return h;
}
/** oidcvalidate.IsValidIssuer: https (http only for localhost), a host, a plain path. */
function isValidIssuer(iss) {
    if (iss.length === 0 || runeCount(iss) > 255)
        return false;
    const u = parseGoURL(iss);
    if (!u)
        return false;
    const host = hostname(u.host);
    if (u.scheme !== 'https') {
        if (u.scheme !== 'http')
            return false;
        if (host !== 'localhost' && host !== '127.0.0.1' && host !== '::1')
            return false;
    }
    if (u.rawQuery !== '' || u.fragment !== '' || containsAny(iss, '?#'))
        return false;
    if (u.host === '' || u.userinfo)
        return false;
    if (host === '' || CONTROL_OR_SPACE.test(host) || /[^\u0000-\u007f]/.test(host))
        return false; // eslint-disable-line no-control-regex
    if (u.path !== '') {
        const p = u.path;
        if (p.includes('..') || !p.startsWith('/') || p.includes('//') || p.includes('~~'))
            return false;
        if (p.endsWith('~') || !/^[a-zA-Z0-9\-._~/]+$/.test(p))
            return false;
        for (const segment of p.split('/')) {
            if (segment === '.' || segment === '..' || segment === '~' || segment.length > 150)
                return false;
        }
    }
    return true;
}
/** What oidcvalidate asks of a subject and an audience: 1 to 255 printable runes, no space or
 * control, none of `forbidden`. */
const validValue = (value, forbidden) => value !== '' &&
    runeCount(value) <= 255 &&
    !CONTROL_OR_SPACE.test(value) &&
    !containsAny(value, forbidden) &&
    allPrintable(value);
/** oidcvalidate.IsValidSubject. */
const isValidSubject = (sub) => validValue(sub, '"\'`\\<>;&$(){}[]');
/** oidcvalidate.IsValidAudience. */
const isValidAudience = (aud) => validValue(aud, '"\'`\\<>;|&$(){}[]@');


/***/ }),

/***/ 1423:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c$: () => (/* binding */ jwtPayload),
/* harmony export */   oL: () => (/* binding */ decodeToken)
/* harmony export */ });
/* unused harmony exports goUtf8, parseGoJson */
/* harmony import */ var _gojson_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9452);
// A token's claims as the server decodes them, with Go's encoding/json (v1 semantics; Go 1.26
// as octo-sts/app builds), before it matches any policy:
// 1. chainguard.dev/sdk auth.ExtractIssuerAndSubject reads {iss, sub string}: failing that,
//    "invalid bearer token";
// 2. go-oidc v3 (IDTokenVerifier.Verify) reads its idToken struct: iss, sub, nonce, at_hash
//    strings; aud one string or a list of strings (null is [""]); exp, iat (and nbf unless
//    null) numbers or numeric strings; _claim_names a map of strings whose sources exist in
//    _claim_sources. Failing that, "unable to verify bearer token";
// 3. CheckToken reads every claim into map[string]interface{} (only when the policy has a
//    claim_pattern): numbers past float64 fail it.
// Struct fields match JSON keys case-insensitively (the last key wins: `"Sub"` is sub); map
// keys are exact (the last duplicate wins). Invalid UTF-8 and lone surrogate escapes
// (`"\ud800"`) become U+FFFD. A claim named `__proto__` or `constructor` is a plain name.

/** Lone surrogates (from `\\ud800` escapes) as Go decodes them: U+FFFD. */
const wellFormed = (s) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
/** Go's encoding/json nesting limit. */
const MAX_DEPTH = 10000;
class JsonSyntaxError extends Error {
}
/** Go's UTF-8 decoding: every byte of an invalid sequence is one U+FFFD. */
function goUtf8(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i] ?? 0;
        let cp = -1;
        let n = 1;
        if (b < 0x80)
            cp = b;
        else {
            const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
            if (need > 0 && i + need < bytes.length + 0) {
                let v = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
                let ok = true;
                for (let k = 1; k <= need; k++) {
                    const c = bytes[i + k];
                    if (c === undefined || (c & 0xc0) !== 0x80) {
                        ok = false;
                        break;
                    }
                    v = (v << 6) | (c & 0x3f);
                }
                const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
                if (ok && v >= min && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff)) {
                    cp = v;
                    n = need + 1;
                }
            }
        }
        out += cp < 0 ? '\ufffd' : String.fromCodePoint(cp);
        i += n;
    }
    return out;
}
/** Parses JSON the way Go's decoder does (checkValid, then literals); no recursion. */
function parseGoJson(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length &&
            (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
            i++;
    };
    const fail = () => {
        throw new JsonSyntaxError(`invalid character at offset ${i}`);
    };
    const string = () => {
        i++; // opening quote
        let out = '';
        for (;;) {
            const c = text[i];
            if (c === undefined)
                return fail();
            if (c === '"') {
                i++;
                return wellFormed(out);
            }
            if (c < ' ')
                return fail();
            if (c !== '\\') {
                const end = text.slice(i).search(/["\\\u0000-\u001f]/); // eslint-disable-line no-control-regex
                const stop = end < 0 ? text.length : i + end;
                out += text.slice(i, stop);
                i = stop;
                continue;
            }
            const e = text[i + 1];
            const simple = {
                '"': '"',
                '\\': '\\',
                '/': '/',
                b: '\b',
                f: '\f',
                n: '\n',
                r: '\r',
                t: '\t'
            };
            if (e !== undefined && Object.hasOwn(simple, e)) {
                out += simple[e];
                i += 2;
            }
            else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
                // Pairs combine; a lone surrogate becomes U+FFFD (toWellFormed above).
                out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
                i += 6;
            }
            else
                return fail();
        }
    };
    const number = () => {
        const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 1100));
        if (!m || m[0] === '' || m[0] === '-')
            return fail();
        i += m[0].length;
        return m[0];
    };
    const stack = [];
    const key = () => {
        ws();
        if (text[i] !== '"')
            fail();
        const k = string();
        ws();
        if (text[i] !== ':')
            fail();
        i++;
        return k;
    };
    let result;
    while (result === undefined) {
        // A value starts here.
        ws();
        const c = text[i];
        let value;
        if (c === '{' || c === '[') {
            if (stack.length >= MAX_DEPTH)
                throw new JsonSyntaxError('exceeded max depth');
            i++;
            ws();
            if (text[i] === (c === '{' ? '}' : ']')) {
                i++;
                value = c === '{' ? { t: 'obj', entries: [] } : { t: 'arr', items: [] };
            }
            else {
                stack.push(c === '{' ? { entries: [], key: key() } : { items: [] });
                continue;
            }
        }
        else if (c === '"')
            value = { t: 'str', v: string() };
        else if (text.startsWith('true', i)) {
            i += 4;
            value = { t: 'bool', v: true };
        }
        else if (text.startsWith('false', i)) {
            i += 5;
            value = { t: 'bool', v: false };
        }
        else if (text.startsWith('null', i)) {
            i += 4;
            value = { t: 'null' };
        }
        else
            value = { t: 'num', raw: number() };
        // The value is complete: add it to its container, closing containers as they end.
        for (;;) {
            const top = stack[stack.length - 1];
            if (!top) {
                result = value;
                break;
            }
            if ('items' in top)
                top.items.push(value);
            else
                top.entries.push([top.key, value]);
            ws();
            if (text[i] === ',') {
                i++;
                if ('entries' in top)
                    top.key = key();
                break;
            }
            if (text[i] !== ('items' in top ? ']' : '}'))
                fail();
            i++;
            stack.pop();
            value = 'items' in top ? { t: 'arr', items: top.items } : { t: 'obj', entries: top.entries };
        }
    }
    ws();
    if (i !== text.length)
        fail();
    return result;
}
class TypeError_ extends Error {
}
/** A JSON value decoded into a Go string field: null leaves `old`. */
function goString(v, old) {
    if (v.t === 'null')
        return old;
    if (v.t === 'str')
        return v.v;
    throw new TypeError_(`cannot unmarshal ${kind(v)} into a string`);
}
const kind = (v) => ({ null: 'null', bool: 'bool', num: 'number', str: 'string', arr: 'array', obj: 'object' })[v.t];
/** go-oidc's jsonTime: a number, or a string holding one, that int64 or float64 can hold. */
function jsonTime(v) {
    let raw;
    if (v.t === 'num')
        raw = v.raw;
    else if (v.t === 'str' && /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/.test(v.v))
        raw = v.v;
    else
        throw new TypeError_(`cannot unmarshal ${kind(v)} into a time`);
    if (!Number.isFinite(Number(raw)))
        throw new TypeError_(`time ${raw} is out of range`);
}
/** go-oidc's audience: one string (null is ""), or a list of strings (null items are ""). */
function audience(v) {
    if (v.t === 'null')
        return [''];
    if (v.t === 'str')
        return [v.v];
    if (v.t === 'arr')
        return v.items.map(i => goString(i, ''));
    throw new TypeError_(`cannot unmarshal ${kind(v)} into the audience`);
}
const ID_TOKEN_FIELDS = [
    'iss',
    'sub',
    'aud',
    'exp',
    'iat',
    'nbf',
    'nonce',
    'at_hash',
    '_claim_names',
    '_claim_sources'
];
/** A claim value as map[string]interface{} holds it (shown to the user, never matched on
 * beyond its type); deep containers are cut short. */
function plain(v, depth = 0) {
    switch (v.t) {
        case 'null':
            return null;
        case 'bool':
        case 'str':
            return v.v;
        case 'num':
            return Number(v.raw);
        case 'arr':
            return depth > 20 ? '…' : v.items.map(i => plain(i, depth + 1));
        case 'obj': {
            if (depth > 20)
                return '…';
            const o = Object.create(null);
            for (const [k, x] of v.entries)
                o[k] = plain(x, depth + 1);
            return o;
        }
    }
}
/** The first number anywhere in `v` that float64 cannot hold (Claims() fails on it). */
function hugeNumber(v) {
    const stack = [v];
    while (stack.length) {
        const x = stack.pop();
        if (x.t === 'num' && !Number.isFinite(Number(x.raw)))
            return x.raw;
        if (x.t === 'arr')
            stack.push(...x.items);
        if (x.t === 'obj')
            for (const [, y] of x.entries)
                stack.push(y);
    }
    return undefined;
}
/** A JWT's payload as the server's decoder reads it: base64url bytes as Go's UTF-8 text. */
function jwtPayload(jwt) {
    const part = jwt.split('.')[1];
    return part ? goUtf8(Buffer.from(part, 'base64url')) : undefined;
}
/** A payload as JSON text: bytes as Go reads them, claims JSON.parse already read as text again. */
function payloadText(payload) {
    if (typeof payload === 'string')
        return payload;
    if (payload instanceof Uint8Array)
        return goUtf8(payload);
    return JSON.stringify(payload) ?? 'null';
}
/**
 * Decodes a token's payload (its JSON text or bytes, or claims JSON.parse already read) the
 * way the server does; see the top of this file. Expiry and signature are not checked.
 */
function decodeToken(payload) {
    let root;
    try {
        root = parseGoJson(payloadText(payload));
    }
    catch (e) {
        return {
            ok: false,
            reason: 'invalid bearer token',
            why: `the payload is not JSON (${e.message})`
        };
    }
    if (root.t === 'null')
        root = { t: 'obj', entries: [] };
    if (root.t !== 'obj') {
        return {
            ok: false,
            reason: 'invalid bearer token',
            why: `the payload is a JSON ${kind(root)}, not an object`
        };
    }
    // auth.ExtractIssuerAndSubject, then go-oidc's idToken; both fold keys, the last one wins.
    let iss = '';
    let sub = '';
    try {
        for (const [k, v] of root.entries) {
            const f = (0,_gojson_js__WEBPACK_IMPORTED_MODULE_0__/* .goField */ .t)(k, ['iss', 'sub']);
            if (f === 'iss')
                iss = goString(v, iss);
            else if (f === 'sub')
                sub = goString(v, sub);
        }
    }
    catch (e) {
        return { ok: false, reason: 'invalid bearer token', why: `iss or sub: ${e.message}` };
    }
    let aud = [];
    const claimNames = new Map();
    const claimSources = new Set();
    try {
        for (const [k, v] of root.entries) {
            switch ((0,_gojson_js__WEBPACK_IMPORTED_MODULE_0__/* .goField */ .t)(k, ID_TOKEN_FIELDS)) {
                case 'aud':
                    aud = audience(v);
                    break;
                case 'exp':
                case 'iat':
                    jsonTime(v);
                    break;
                case 'nbf':
                    if (v.t !== 'null')
                        jsonTime(v);
                    break;
                case 'nonce':
                case 'at_hash':
                    goString(v, '');
                    break;
                case '_claim_names':
                    if (v.t === 'null')
                        break;
                    if (v.t !== 'obj')
                        throw new TypeError_(`_claim_names is ${kind(v)}, not an object`);
                    for (const [n, src] of v.entries)
                        claimNames.set(n, goString(src, ''));
                    break;
                case '_claim_sources':
                    if (v.t === 'null')
                        break;
                    if (v.t !== 'obj')
                        throw new TypeError_(`_claim_sources is ${kind(v)}, not an object`);
                    for (const [n, src] of v.entries) {
                        if (src.t === 'obj') {
                            for (const [f, x] of src.entries)
                                if ((0,_gojson_js__WEBPACK_IMPORTED_MODULE_0__/* .goField */ .t)(f, ['endpoint', 'access_token']))
                                    goString(x, '');
                        }
                        else if (src.t !== 'null')
                            throw new TypeError_(`_claim_sources[${JSON.stringify(n)}] is ${kind(src)}`);
                        claimSources.add(n);
                    }
                    break;
            }
        }
        for (const src of claimNames.values()) {
            if (src === '' || !claimSources.has(src))
                throw new TypeError_('a _claim_names entry names no _claim_sources entry');
        }
    }
    catch (e) {
        return { ok: false, reason: 'unable to verify bearer token', why: e.message };
    }
    const claims = new Map();
    for (const [k, v] of root.entries)
        claims.set(k, plain(v));
    const token = { iss, sub, aud, claims };
    const huge = hugeNumber(root);
    if (huge !== undefined)
        token.claimsError = `json: cannot unmarshal number ${huge} into Go value of type float64`;
    return { ok: true, token };
}


/***/ }),

/***/ 9884:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ validateApiUrl),
/* harmony export */   JG: () => (/* binding */ validateScope),
/* harmony export */   KU: () => (/* binding */ DEFAULT_TIMEOUT_SECONDS),
/* harmony export */   Nr: () => (/* binding */ validateDomain),
/* harmony export */   Pe: () => (/* binding */ MAX_TIMEOUT_SECONDS),
/* harmony export */   R8: () => (/* binding */ validateOrgPolicyRepo),
/* harmony export */   ZZ: () => (/* binding */ parseTimeout),
/* harmony export */   Ze: () => (/* binding */ validateAudience),
/* harmony export */   lo: () => (/* binding */ validateIdentity),
/* harmony export */   rK: () => (/* binding */ DEFAULT_API_URL),
/* harmony export */   ue: () => (/* binding */ trimApiUrl),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export shown */
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2339);
// The rules for what an exchange names: scope, identity, domain, audience, the GitHub API URL
// and the time limit. One definition for every front end (the action's inputs, the command
// line); each returns the problem as the end of a sentence that starts with the setting's name
// (`scope` …, `--scope` …), or undefined when the value is fine. Values that pass are safe to
// place in a URL query (they are still percent-encoded) and cannot select another policy file.

const DEFAULT_TIMEOUT_SECONDS = 60;
// GitHub's OIDC tokens live minutes; the whole exchange must finish well inside that.
const MAX_TIMEOUT_SECONDS = 300;
const DEFAULT_API_URL = 'https://api.github.com';
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
const shown = (value) => `"${(0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitize */ .a)(value, 80)}"`;
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
        ? `is ${shown(identity)}: ${why}. Give the policy file name without the \`.sts.yaml\` suffix, e.g. \`deploy\` for \`.github/chainguard/deploy.sts.yaml\`.`
        : undefined;
}
/**
 * The server's org policy repository (`ORG_POLICY_REPO` of a self-hosted Octo STS): one
 * repository name, `.github` unless the server's operator set another.
 */
function validateOrgPolicyRepo(name) {
    return REPO.test(name) && name !== '.' && name !== '..'
        ? undefined
        : `is ${shown(name)}: expected a repository name without the owner (letters, digits, \`-\`, \`_\`, \`.\`), the server's ORG_POLICY_REPO, e.g. \`.github\` (the default) or \`policies\`.`;
}
/** `domain` as given (the caller lower-cases it first). */
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
function validateAudience(audience) {
    return audience.length > 256 || CONTROL_OR_SPACE.test(audience)
        ? `is ${shown(audience)}: expected one audience value without spaces, e.g. \`octo-sts.dev\`.`
        : undefined;
}
/** The API URL without its trailing slashes (compare and validate this form). */
const trimApiUrl = (value) => value.replace(/\/+$/, '');
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
/** `raw` ('' for the default) as whole seconds in 1…MAX_TIMEOUT_SECONDS, or the problem. */
function parseTimeout(raw) {
    const seconds = raw === '' ? DEFAULT_TIMEOUT_SECONDS : Number(raw);
    if (!/^\d*$/.test(raw) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
        return {
            seconds: DEFAULT_TIMEOUT_SECONDS,
            problem: `is ${shown(raw)}: expected a whole number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, e.g. \`60\`.`
        };
    }
    return { seconds };
}


/***/ }),

/***/ 950:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yq: () => (/* binding */ decodeClaims),
  ky: () => (/* binding */ isJwt),
  gj: () => (/* binding */ requestIdToken),
  bv: () => (/* binding */ requireOidc)
});

// UNUSED EXPORTS: OIDC_SERVICE, classifyFailure, coreFailure, noOidcError

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __nccwpck_require__(9783);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __nccwpck_require__(7819);
// EXTERNAL MODULE: ./src/net/http.ts
var http = __nccwpck_require__(9663);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __nccwpck_require__(7893);
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
// EXTERNAL MODULE: ./src/net/answer.ts
var answer = __nccwpck_require__(2633);
;// CONCATENATED MODULE: ./src/sts/oidc.ts
// The job's OIDC token, from @actions/core's getIDToken (the toolkit's request to the runner's
// token endpoint; it masks the JWT before it returns), under the project's retry policy and
// the step's deadline. core reports a failure as text only; `coreFailure` reads the status and
// the server's words back out of it, so the user gets the same clear classification as for
// every other service.








const OIDC_SERVICE = 'the GitHub OIDC token endpoint';
const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** Whether `value` has a JWT's form (three base64url parts); nothing is verified. */
const isJwt = (value) => JWT.test(value);
const noOidcError = () => new errors/* ActionError */.l('oidc-permission', 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.', 'Add `permissions: id-token: write` to the job (or the workflow). Pull requests from forks and Dependabot runs never get an OIDC token.');
/**
 * Whether the runner gave this job a way to ask for a token (core reads the same two
 * variables): said before any request, with the fix. Reads no network.
 */
function requireOidc(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    if (!url || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
        throw noOidcError();
    // core sends the runner's request token to this URL: over https only, like every request.
    if (URL.canParse(url) && new URL(url).protocol !== 'https:') {
        throw new errors/* ActionError */.l('oidc', 'ACTIONS_ID_TOKEN_REQUEST_URL is not an https URL: the request token would be sent in clear text.', 'This is a runner problem: the runner must reach the Actions service over https. Report it to whoever runs the runner.', { service: OIDC_SERVICE });
    }
}
/**
 * Reads core's failure text, `Error message: Failed to get ID Token. \n … Error Code : 403\n …
 * Error Message: <server text>` (Error Code is `undefined` when no answer came).
 */
function coreFailure(e) {
    const message = String(e?.message ?? e);
    const m = /Error Code : (\S*)\s*\n[\s\S]*?Error Message: ([\s\S]*)$/.exec(message);
    if (!m)
        return { text: message.replace(/^Error message: /, '').trim() };
    const [, code = '', text = ''] = m;
    return /^\d{3}$/.test(code) ? { status: Number(code), text } : { text };
}
// The first moments of a job: the service has not marked it in progress yet. Only 'Pending'
// passes with time; a 'Completed' job never gets a token.
const PENDING = /Can't issue ID_TOKEN for job in 'Pending' state/i;
const statusLine = (status) => external_node_http_namespaceObject.STATUS_CODES[status] ? `${status} ${external_node_http_namespaceObject.STATUS_CODES[status]}` : String(status);
const refused = (status, says) => new errors/* ActionError */.l('oidc', `${OIDC_SERVICE} refused the request: HTTP ${statusLine(status)} (${says}).`, 'Check that the job has `permissions: id-token: write`; if it has, re-run the job (the request token may have expired).', { status, service: OIDC_SERVICE });
const noToken = () => new errors/* ActionError */.l('oidc', `${OIDC_SERVICE} answered without a token (no \`value\` in its answer, or HTTP 404).`, 'Re-run the job; if it persists, the runner is misconfigured.', { service: OIDC_SERVICE });
/** A failure of one core.getIDToken call as the error to report, or a `Transient` to retry. */
function classifyFailure(failure, env = {}) {
    const { status, text } = failure;
    if (status !== undefined) {
        // core's own words when the body was empty.
        const says = (0,answer/* describeBody */.MP)(text === `Failed request: (${status})` ? '' : text);
        if (retry/* RETRYABLE_STATUS */.Uz.has(status)) {
            return (0,retry/* temporaryFailure */.Iy)(OIDC_SERVICE, status, statusLine(status), says);
        }
        if (status === 403 && PENDING.test(text)) {
            return new retry/* Transient */.Rc(`${OIDC_SERVICE} answered 403: the job is still starting ('Pending' state)`, refused(status, says));
        }
        return refused(status, says);
    }
    if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(text))
        return noOidcError();
    if (/do not have ID Token field/.test(text))
        return noToken();
    if (/^Invalid URL/.test(text)) {
        return new errors/* ActionError */.l('oidc', 'ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.', 'This is a runner problem: re-run the job, or report it to whoever runs the runner.', { service: OIDC_SERVICE });
    }
    const said = (0,neutralize/* sanitize */.a)(text, 200);
    // core's proxy tunnel (HTTPS_PROXY): a proxy that refuses or cannot be reached is a setting.
    const viaProxy = tunnelError(text, env);
    if (viaProxy) {
        return new errors/* ActionError */.l('network', `${OIDC_SERVICE}: ${viaProxy}.`, 'Check the HTTPS_PROXY/NO_PROXY settings of the runner (and the proxy credentials), and that the proxy is up.', { service: OIDC_SERVICE });
    }
    const final = new errors/* ActionError */.l('network', `${OIDC_SERVICE}: no answer (${said}).`, 'Check that the runner can reach the GitHub Actions service (DNS, firewall, HTTPS_PROXY/NO_PROXY), then re-run the job.', { service: OIDC_SERVICE });
    // Worth another attempt: a dropped or refused connection, a timeout, or no code at all
    // (`socket hang up`); not a name that does not resolve or a certificate that does not verify.
    const code = http/* SYSTEM_CODE */.sf.exec(text)?.[1];
    const transient = code
        ? retry/* TRANSIENT_NETWORK_CODES */.pE.has(code)
        : !/certificate|self.signed/i.test(text);
    return transient ? new retry/* Transient */.Rc(`${OIDC_SERVICE}: ${said}`, final) : final;
}
/** core's tunnel failure, with the proxy named by `host:port` only, as http-client picks it. */
function tunnelError(text, env) {
    if (!URL.canParse(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''))
        return undefined;
    const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
    const proxy = (0,lib_proxy/* getProxyUrl */.s)(url);
    return (0,http/* proxyError */.FV)(new Error(text), proxy ? `proxy ${(0,http/* proxyName */.ec)(proxy)}` : 'the proxy', url)
        ?.message;
}
// core's request has no time limit of its own (its socket gives up after 3 minutes) and no
// way to cancel it: an attempt stops waiting at its timeout and the request is abandoned (the
// step's entry makes sure it cannot keep the process alive, see src/exit.ts).
function oneAttempt(audience, ctx, deps) {
    const request = deps.getIDToken(audience);
    request.catch(() => undefined); // an abandoned request's failure is nobody's
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => {
            const what = `${OIDC_SERVICE} did not answer within ${(0,http/* formatSeconds */.Xo)(ctx.timeoutMs)}`;
            reject(new retry/* Transient */.Rc(what, new errors/* ActionError */.l('timeout', `${what}.`, `Check https://www.githubstatus.com for an Actions incident and re-run the job, or raise ${vocabulary.W.input('timeout-seconds')}.`, { service: OIDC_SERVICE })));
        }, ctx.timeoutMs);
    });
    return Promise.race([request, timeout]).finally(() => clearTimeout(timer));
}
/**
 * The OIDC token for `audience`. Transient failures (no answer, RETRYABLE_STATUS, a job still
 * 'Pending') are retried within the policy; others fail at once. core's HttpClient also retries
 * 502/503/504 by itself, up to 10 times with a short backoff (~10 s in all), inside one of our
 * attempts: a persistently failing endpoint is asked more often than `attempts` says.
 */
async function requestIdToken(audience, deps) {
    const value = await (0,retry/* withRetry */.bD)(OIDC_SERVICE, deps.policy, async (ctx) => {
        try {
            return await oneAttempt(audience, ctx, deps);
        }
        catch (e) {
            if (e instanceof retry/* Transient */.Rc || (0,errors/* isActionError */.B)(e))
                throw e;
            throw classifyFailure(coreFailure(e), deps.env);
        }
    }, deps.log, deps.clock);
    // core returns whatever `value` held (and masked it): only a JWT is a token.
    if (typeof value !== 'string' || !JWT.test(value))
        throw noToken();
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


/***/ }),

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ isOrgPolicyRepo),
/* harmony export */   Jl: () => (/* binding */ DEFAULT_ORG_POLICY_REPO),
/* harmony export */   Qi: () => (/* binding */ scopeOwner),
/* harmony export */   a0: () => (/* binding */ policyLocation),
/* harmony export */   ch: () => (/* binding */ ALLOWLIST_PATH),
/* harmony export */   lV: () => (/* binding */ DEFAULT_DOMAIN),
/* harmony export */   q8: () => (/* binding */ hostsOrgPolicies),
/* harmony export */   xL: () => (/* binding */ POLICY_DIR),
/* harmony export */   zh: () => (/* binding */ orgRepo)
/* harmony export */ });
// What an exchange asks for, and where the server looks for the trust policy that decides it.
// These are the server's rules, shared by every front end (the action, the command line).
/** The hosted Octo STS; also the default audience. */
const DEFAULT_DOMAIN = 'octo-sts.dev';
/**
 * The repository of an organization that holds its org policies and its issuer allowlist:
 * the server's `ORG_POLICY_REPO` setting (octo-sts/app#1283), `.github` unless a self-hosted
 * server was started with another.
 */
const DEFAULT_ORG_POLICY_REPO = '.github';
/** The folder of a repository the server reads trust policies (and the allowlist) from. */
const POLICY_DIR = '.github/chainguard';
/** Where an organization's OIDC issuer allowlist lives, in its policy repository. */
const ALLOWLIST_PATH = `${POLICY_DIR}/trusted-token-issuers.yaml`;
/**
 * The repository the STS reads the policy from: the repo itself, or for an org scope the
 * org's policy repository (`orgPolicyRepo`, `.github` by default).
 */
function policyLocation(scope, identity, orgPolicyRepo = DEFAULT_ORG_POLICY_REPO) {
    return {
        repo: scope.split('/')[1] ? scope : orgRepo(scopeOwner(scope), orgPolicyRepo),
        path: `${POLICY_DIR}/${identity}.sts.yaml`
    };
}
/** The owner (user or organization) of a scope, `owner` or `owner/repo`. */
const scopeOwner = (scope) => scope.split('/')[0] ?? scope;
/** The org's policy repository: its org policies and its issuer allowlist live there. */
const orgRepo = (owner, orgPolicyRepo = DEFAULT_ORG_POLICY_REPO) => `${owner}/${orgPolicyRepo || DEFAULT_ORG_POLICY_REPO}`;
/**
 * The repository of a scope (`owner/repo`, as `policyLocation` gives it) is the org's policy
 * repository, so its policies are read as org policies (where `repositories` is allowed): the
 * server reads scope `org/.github` as the org's. It compares the name byte for byte
 * (`repo == ORG_POLICY_REPO` in Go), so scope `org/.GitHub`, which GitHub resolves to the same
 * repository, is read as a repository policy.
 */
const isOrgPolicyRepo = (repo, orgPolicyRepo = DEFAULT_ORG_POLICY_REPO) => repo.split('/')[1] === (orgPolicyRepo || DEFAULT_ORG_POLICY_REPO);
/**
 * A repository, named as GitHub names it (`GITHUB_REPOSITORY`, a checkout's folder), is where
 * the server reads the org's policies for an org scope: GitHub resolves repository names
 * case-insensitively, so `org/.GitHub` is `org/.github` there. Not for a scope's name: that
 * is `isOrgPolicyRepo`, byte for byte.
 */
const hostsOrgPolicies = (repository, orgPolicyRepo = DEFAULT_ORG_POLICY_REPO) => repository.split('/')[1]?.toLowerCase() ===
    (orgPolicyRepo || DEFAULT_ORG_POLICY_REPO).toLowerCase();


/***/ }),

/***/ 7819:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ speak),
/* harmony export */   Nx: () => (/* binding */ capital),
/* harmony export */   W: () => (/* binding */ W),
/* harmony export */   Wg: () => (/* binding */ FLAGS),
/* harmony export */   ay: () => (/* binding */ commandLine),
/* harmony export */   hr: () => (/* binding */ ACTION)
/* harmony export */ });
/* unused harmony export MARKS */
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


/***/ }),

/***/ 3338:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EW: () => (/* binding */ readSmallFile),
/* harmony export */   Nm: () => (/* binding */ realPathWithin),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   oS: () => (/* binding */ workspaceRoot),
/* harmony export */   v$: () => (/* binding */ OutsideWorkspaceError)
/* harmony export */ });
/* unused harmony exports OUTSIDE_WORKSPACE, resolveInWorkspace */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    return env.GITHUB_WORKSPACE ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, env.GITHUB_WORKSPACE) : undefined;
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
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    if (rel === '')
        return true;
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) || rel === '..' || rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_1__.sep))
        return false;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)[0] !== '.git';
}
/**
 * The real path of `path` (every link resolved) when it stays inside `workspace`; throws
 * `OutsideWorkspaceError` when it leaves, and ENOENT-style errors when there is nothing there.
 */
function realPathWithin(workspace, path) {
    const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    if (!isWithin((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace), real))
        throw new OutsideWorkspaceError();
    return real;
}
// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW (for a real path already
// checked): a link there now was swapped in since. Both are 0 where the platform lacks them.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
const NOFOLLOW = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0;
/**
 * Reads a regular file of at most `maxBytes`; `undefined` when there is none. With `workspace`,
 * the file must resolve (through links) to inside it, or this throws `OutsideWorkspaceError`.
 */
function readSmallFile(path, maxBytes, workspace) {
    let fd;
    try {
        fd =
            workspace === undefined
                ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS)
                : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(realPathWithin(workspace, path), OPEN_FLAGS | NOFOLLOW);
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
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!st.isFile())
            throw new Error(st.isDirectory() ? 'it is a directory' : 'not a regular file');
        if (st.size > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        // One byte more than allowed is read, so a file that grows meanwhile is still refused.
        const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
        let read = 0;
        while (read < buf.length) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, read, buf.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        if (read > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        return buf.subarray(0, read).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * Where the `path` input points, when it names a place inside `workspace` (relative to it, or
 * absolute); `undefined` when it leaves it (`../..`, `/etc`).
 */
function resolveInWorkspace(workspace, input) {
    const path = resolve(workspace, input);
    const rel = relative(workspace, path);
    return isAbsolute(rel) || rel === '..' || rel.startsWith('..' + sep) ? undefined : path;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = new Proxy(function () {}, Object.fromEntries(['get', 'apply', 'construct'].map(trap => [trap, () => { throw new Error("octo-sts-token: node:assert is not loaded (the build leaves it out, as scripts/build/not-bundled.mjs stands in for modules no path reaches). This is a bug in octo-sts-token: please report it with this message.") }])));

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

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

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

/***/ }),

/***/ 3705:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  V9: () => (/* binding */ getIDToken),
  Pq: () => (/* binding */ setSecret)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getInput, getMultilineInput, getState, group, info, isDebug, markdownSummary, notice, platform, saveState, setCommandEcho, setFailed, setOutput, startGroup, summary, toPlatformPath, toPosixPath, toWin32Path, warning

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
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
function utils_toCommandProperties(annotationProperties) {
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
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
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
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
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




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!fs.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    fs.appendFileSync(filePath, `${toCommandValue(message)}${os.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
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
    return `${key}<<${delimiter}${os.EOL}${convertedValue}${os.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js
var lib = __nccwpck_require__(2779);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return __awaiter(this, void 0, void 0, function* () {
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
        return new lib/* HttpClient */.Qq('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
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
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = (/* unused pure expression or super */ null && (_summary));
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
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./scripts/build/not-bundled.mjs
var not_bundled = __nccwpck_require__(2014);
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
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
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
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
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
    command_issueCommand('add-mask', {}, secret);
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
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
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
    process.stdout.write(os.EOL);
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
    command_issueCommand('debug', {}, message);
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
    process.stdout.write(message + os.EOL);
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

/***/ }),

/***/ 2779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var https__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
var http__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient)
/* harmony export */ });
/* unused harmony exports HttpCodes, Headers, MediaTypes, getProxyUrl, HttpClientError, HttpClientResponse, isHttps */
/* harmony import */ var http__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8611);
/* harmony import */ var https__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5692);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9783);
/* harmony import */ var tunnel__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(770);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2014);
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
function getProxyUrl(serverUrl) {
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
        const proxyUrl = _proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s(parsedUrl);
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
        info.httpModule = usingSsl ? /*#__PURE__*/ (https__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (https__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __nccwpck_require__.t(https__WEBPACK_IMPORTED_MODULE_1__, 2))) : /*#__PURE__*/ (http__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (http__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __nccwpck_require__.t(http__WEBPACK_IMPORTED_MODULE_0__, 2)));
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
        const proxyUrl = _proxy_js__WEBPACK_IMPORTED_MODULE_2__/* .getProxyUrl */ .s(parsedUrl);
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
            maxSockets = this.requestOptions.maxSockets || http__WEBPACK_IMPORTED_MODULE_0__.globalAgent.maxSockets;
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
                tunnelAgent = overHttps ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttps : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttps : tunnel__WEBPACK_IMPORTED_MODULE_3__.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https__WEBPACK_IMPORTED_MODULE_1__.Agent(options) : new http__WEBPACK_IMPORTED_MODULE_0__.Agent(options);
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
        proxyAgent = new undici__WEBPACK_IMPORTED_MODULE_4__/* .ProxyAgent */ .kT(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
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

/***/ }),

/***/ 9783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
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

/***/ }),

/***/ 2014:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kT: () => (/* binding */ ProxyAgent)
/* harmony export */ });
/* unused harmony exports SUBSTITUTE_FILE, exec, getExecOutput */
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
/******/ var __webpack_exports__ = __nccwpck_require__(3546);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
