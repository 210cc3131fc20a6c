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

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runMain: () => (/* binding */ runMain)
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

// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __nccwpck_require__(7819);
;// CONCATENATED MODULE: ./src/errors.ts
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
        super((0,vocabulary/* speak */.Lr)(fix ? `${what}\n${fix}` : what, vocabulary/* ACTION */.hr));
        this.kind = kind;
        this.what = what;
        this.fix = fix;
        this.details = details;
    }
}
const isActionError = (e) => e instanceof ActionError;

;// CONCATENATED MODULE: ./src/net/http.ts




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
    throw new ActionError('input', `${bad.name} is set but cannot be used: ${bad.problem}; no request was sent (it would have gone out directly, not through the proxy).`, `Fix ${bad.name} in ${vocabulary.W.runnerEnv} (a URL such as http://host:port, special characters in credentials percent-encoded, e.g. %25 for %), or unset it.`);
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
    const proxy = getProxyUrl(url);
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
        const client = new HttpClient(userAgent, [forAttempt(controller.signal)], {
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/sts/token.ts

/** base64(SHA-256(token)): the `hashed_token` GitHub's audit log shows for this token. */
const auditHash = (token) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(token).digest('base64');
/** Installation tokens live one hour from minting and cannot be refreshed. */
const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __nccwpck_require__(2339);
;// CONCATENATED MODULE: ./src/net/answer.ts
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
    return `"${(0,neutralize/* sanitize */.a)(body, 200)}"`;
}
/** The JSON error fields both the STS (`{code, message}`) and GitHub (`{message}`) send. */
function parseErrorBody(body) {
    try {
        const v = JSON.parse(body);
        if (v && typeof v === 'object' && !Array.isArray(v)) {
            const { message, code } = v;
            return {
                ...(typeof message === 'string' ? { message: (0,neutralize/* sanitize */.a)(message) } : {}),
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

;// CONCATENATED MODULE: ./src/net/retry.ts
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
    const reason = (0,neutralize/* sanitize */.a)(res.statusText.replace(/[^\x20-\x7e]/g, ''), 60);
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
                    ? `${service} asked to retry after ${formatSeconds(err.retryAfterMs)}, past ${vocabulary.W.deadline}`
                    : `no time left before ${vocabulary.W.deadline}`;
                throw withElapsed(err.final, n, clock.now() - started, why);
            }
            log(`attempt ${n + 1}/${policy.attempts} in ${formatSeconds(delay)}: ${err.reason}`);
            await clock.sleep(delay);
        }
    }
}
function withElapsed(e, attempts, elapsedMs, why) {
    const notes = [
        ...(attempts > 1 ? [`${attempts} attempts over ${formatSeconds(elapsedMs)}`] : []),
        ...(why ? [why] : [])
    ];
    if (!notes.length)
        return e;
    const what = `${e.what.replace(/\.$/, '')} (${notes.join('; ')}).`;
    return new ActionError(e.kind, what, e.fix, e.details);
}
function deadlineError(service, elapsedMs, policy) {
    return new ActionError('timeout', `${service} did not answer in time: gave up after ${formatSeconds(elapsedMs)} (${vocabulary.W.setting('timeout-seconds')}).`, `Check the status of ${service}, or raise ${vocabulary.W.input('timeout-seconds')} (attempts: ${policy.attempts}).`);
}
const NETWORK_FIX = {
    proxy: `Check the HTTPS_PROXY/NO_PROXY settings of ${vocabulary.W.runner}, and that the proxy is up.`,
    timeout: `The service may be overloaded; ${vocabulary.W.rerun}, or raise ${vocabulary.W.setting('timeout-seconds')}.`,
    'too-large': 'This is not a response from the expected service; check the URL and any proxy in between.',
    insecure: 'Use an https URL.',
    network: `Check that the host is right and reachable from ${vocabulary.W.runner} (DNS, firewall, HTTPS_PROXY/NO_PROXY).`
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
        if (!(e instanceof HttpError))
            throw e;
        const kind = e.code === 'timeout'
            ? 'timeout'
            : e.code === 'too-large' || e.code === 'insecure'
                ? 'protocol'
                : 'network';
        const final = new ActionError(kind, `${service}: ${e.message}.`, NETWORK_FIX[e.code] ?? '', {
            service
        });
        if (isTransientHttpError(e))
            throw new Transient(`${service}: ${e.message}`, final);
        throw final;
    }
    if (res.status >= 300 && res.status < 400) {
        throw new ActionError('protocol', `${service} answered ${statusText(res)}, a redirect; it was not followed (a token is never sent to another address).`, `Point ${vocabulary.W.tool} at the service itself, not at an address that redirects.`, { status: res.status, service });
    }
    if (RETRYABLE_STATUS.has(res.status)) {
        throw temporaryFailure(service, res.status, statusText(res), responseSays(res), parseRetryAfter(res.headers['retry-after'], now()), explain?.(res));
    }
    return res;
}
/** A retryable status (RETRYABLE_STATUS) as a `Transient`; `says` is already safe to print. */
function temporaryFailure(service, status, statusLine, says, retryAfterMs, 
/** The service's own reading of the answer, when it has one (see ServiceDeps.explain). */
explained) {
    const reason = `${service} answered ${statusLine}`;
    const final = explained ??
        new ActionError(status === 429
            ? 'rate-limited'
            : status === 408 || status === 504
                ? 'timeout'
                : 'unavailable', `${reason} (${says}), a temporary failure.`, status === 429
            ? `${service} is rate limiting; ${vocabulary.W.rerun} in a few minutes.`
            : `${service} may be having an outage; ${vocabulary.W.rerun} later.`, { status, service });
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

// EXTERNAL MODULE: ./src/sts/request.ts
var sts_request = __nccwpck_require__(8329);
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
                audience: `The server refuses an audience with white space, quotes, \`@\`, \`|\` or other shell characters, or over 255 characters. Set ${vocabulary.W.input('audience')} (now "${f.ctx.audience}") to a plain host name, normally the domain the server was started with${f.hosted ? ` ("${sts_request/* DEFAULT_DOMAIN */.lV}"; leaving it empty uses that)` : ''}.`
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
            what: `The organization "${f.owner}" allows only listed OIDC issuers to federate into any of its repositories, and this token's issuer${f.ctx.issuer ? ` ("${f.ctx.issuer}")` : ''} is not listed. The list is ${sts_request/* ALLOWLIST_PATH */.ch} in ${f.orgRepo}, and it applies to every repository of "${f.owner}" whatever the trust policy says.`,
            fix: `An admin of "${f.owner}" adds the issuer to \`issuers\` (exact, byte for byte) or to an \`issuer_patterns\` entry in ${sts_request/* ALLOWLIST_PATH */.ch} on the default branch of ${f.orgRepo}; the server caches the list for up to 5 minutes. Otherwise run the job where its token comes from a listed issuer.`
        })
    },
    {
        kind: 'issuer-allowlist-invalid',
        message: /^organization trusted-issuer configuration is invalid/,
        explain: f => ({
            what: `The organization "${f.owner}" has an OIDC issuer allowlist (${sts_request/* ALLOWLIST_PATH */.ch} in ${f.orgRepo}) that the server cannot use, and it has no earlier valid copy: every exchange into "${f.owner}" is refused until the file is fixed.`,
            fix: `An admin of "${f.owner}" fixes the file on the default branch of ${f.orgRepo}: only the keys \`mode\`, \`issuers\` and \`issuer_patterns\`, at least one entry, at most 64 issuers and 16 patterns, issuers as https URLs with a lower-case host. ${vocabulary.W.validateAllowlist}`
        })
    },
    {
        kind: 'issuer-allowlist-unavailable',
        message: /^organization trusted-issuer lookup (rate limited|unavailable)/,
        explain: f => ({
            what: `Octo STS could not read the OIDC issuer allowlist of "${f.owner}" (${sts_request/* ALLOWLIST_PATH */.ch} in ${f.orgRepo}): the lookup was ${f.m[1] === 'rate limited' ? 'rate limited by GitHub' : 'unavailable'}. The server refuses the exchange rather than guess, before it reads the trust policy.`,
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
    const owner = (0,sts_request/* scopeOwner */.Qi)(ctx.scope);
    const { repo, path } = (0,sts_request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    const hosted = ctx.domain === sts_request/* DEFAULT_DOMAIN */.lV;
    const base = {
        status,
        message,
        ctx,
        owner,
        repo,
        path,
        orgRepo: (0,sts_request/* orgRepo */.zh)(owner, ctx.orgPolicyRepo),
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
    return new ActionError(d.kind, d.what, d.fix, {
        status,
        serverMessage: message,
        service: 'Octo STS'
    });
};

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
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
const noOidcError = () => new ActionError('oidc-permission', 'This job cannot request an OIDC token: ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set.', 'Add `permissions: id-token: write` to the job (or the workflow). Pull requests from forks and Dependabot runs never get an OIDC token.');
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
        throw new ActionError('oidc', 'ACTIONS_ID_TOKEN_REQUEST_URL is not an https URL: the request token would be sent in clear text.', 'This is a runner problem: the runner must reach the Actions service over https. Report it to whoever runs the runner.', { service: OIDC_SERVICE });
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
const refused = (status, says) => new ActionError('oidc', `${OIDC_SERVICE} refused the request: HTTP ${statusLine(status)} (${says}).`, 'Check that the job has `permissions: id-token: write`; if it has, re-run the job (the request token may have expired).', { status, service: OIDC_SERVICE });
const noToken = () => new ActionError('oidc', `${OIDC_SERVICE} answered without a token (no \`value\` in its answer, or HTTP 404).`, 'Re-run the job; if it persists, the runner is misconfigured.', { service: OIDC_SERVICE });
/** A failure of one core.getIDToken call as the error to report, or a `Transient` to retry. */
function classifyFailure(failure, env = {}) {
    const { status, text } = failure;
    if (status !== undefined) {
        // core's own words when the body was empty.
        const says = describeBody(text === `Failed request: (${status})` ? '' : text);
        if (RETRYABLE_STATUS.has(status)) {
            return temporaryFailure(OIDC_SERVICE, status, statusLine(status), says);
        }
        if (status === 403 && PENDING.test(text)) {
            return new Transient(`${OIDC_SERVICE} answered 403: the job is still starting ('Pending' state)`, refused(status, says));
        }
        return refused(status, says);
    }
    if (/Unable to get ACTIONS_ID_TOKEN_REQUEST_(URL|TOKEN)/.test(text))
        return noOidcError();
    if (/do not have ID Token field/.test(text))
        return noToken();
    if (/^Invalid URL/.test(text)) {
        return new ActionError('oidc', 'ACTIONS_ID_TOKEN_REQUEST_URL is not a valid URL.', 'This is a runner problem: re-run the job, or report it to whoever runs the runner.', { service: OIDC_SERVICE });
    }
    const said = (0,neutralize/* sanitize */.a)(text, 200);
    // core's proxy tunnel (HTTPS_PROXY): a proxy that refuses or cannot be reached is a setting.
    const viaProxy = tunnelError(text, env);
    if (viaProxy) {
        return new ActionError('network', `${OIDC_SERVICE}: ${viaProxy}.`, 'Check the HTTPS_PROXY/NO_PROXY settings of the runner (and the proxy credentials), and that the proxy is up.', { service: OIDC_SERVICE });
    }
    const final = new ActionError('network', `${OIDC_SERVICE}: no answer (${said}).`, 'Check that the runner can reach the GitHub Actions service (DNS, firewall, HTTPS_PROXY/NO_PROXY), then re-run the job.', { service: OIDC_SERVICE });
    // Worth another attempt: a dropped or refused connection, a timeout, or no code at all
    // (`socket hang up`); not a name that does not resolve or a certificate that does not verify.
    const code = SYSTEM_CODE.exec(text)?.[1];
    const transient = code
        ? TRANSIENT_NETWORK_CODES.has(code)
        : !/certificate|self.signed/i.test(text);
    return transient ? new Transient(`${OIDC_SERVICE}: ${said}`, final) : final;
}
/** core's tunnel failure, with the proxy named by `host:port` only, as http-client picks it. */
function tunnelError(text, env) {
    if (!URL.canParse(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''))
        return undefined;
    const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '');
    const proxy = getProxyUrl(url);
    return proxyError(new Error(text), proxy ? `proxy ${proxyName(proxy)}` : 'the proxy', url)
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
            const what = `${OIDC_SERVICE} did not answer within ${formatSeconds(ctx.timeoutMs)}`;
            reject(new Transient(what, new ActionError('timeout', `${what}.`, `Check https://www.githubstatus.com for an Actions incident and re-run the job, or raise ${vocabulary.W.input('timeout-seconds')}.`, { service: OIDC_SERVICE })));
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
    const value = await withRetry(OIDC_SERVICE, deps.policy, async (ctx) => {
        try {
            return await oneAttempt(audience, ctx, deps);
        }
        catch (e) {
            if (e instanceof Transient || isActionError(e))
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
    const iss = decodeClaims(idToken)?.iss;
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
        const { message } = parseErrorBody(res.body);
        if (message === undefined)
            return undefined;
        return exchangeError(res.status, message, { ...ctx, issuer: tokenIssuer(idToken) });
    };
    const res = await requestWithRetry(STS_SERVICE, {
        method: 'GET',
        url,
        headers: {
            authorization: `Bearer ${idToken}`,
            accept: 'application/json'
        }
    }, { ...deps, explain });
    const contentType = contentTypeOf(res);
    if (res.status !== 200) {
        const diagnosed = explain(res);
        if (diagnosed)
            throw diagnosed;
        throw new ActionError('protocol', `${STS_SERVICE} answered HTTP ${statusText(res)} with ${describeBody(res.body, contentType)}, not an Octo STS error.`, `Check that ${vocabulary.W.setting('domain')} ("${ctx.domain}") is an Octo STS server, and any proxy in between.`, { status: res.status, service: STS_SERVICE });
    }
    let token;
    let shape;
    try {
        token = JSON.parse(res.body)?.token;
        shape = 'JSON without a "token" string';
    }
    catch {
        // A success body is never echoed: cut short, it may still hold most of a token.
        shape = isHtml(res.body, contentType)
            ? 'an HTML page'
            : res.body.trim()
                ? 'a body that is not JSON'
                : 'an empty body';
    }
    if (typeof token !== 'string' || !token) {
        throw new ActionError('protocol', `${STS_SERVICE} answered 200 without a token (${shape}).`, `Check that ${vocabulary.W.setting('domain')} ("${ctx.domain}") is an Octo STS server; ${vocabulary.W.rerun}.`, { status: 200, service: STS_SERVICE });
    }
    // Checked before it is masked: a mask of a few characters would blank them in every later
    // line of the log, and a malformed value is never used, so it is never printed either.
    const malformed = token.length < MIN_TOKEN_LENGTH
        ? `a token of ${token.length} character${token.length === 1 ? '' : 's'}, too short to be a GitHub token`
        : !TOKEN.test(token)
            ? 'a malformed token: it contains spaces, control or non-ASCII characters'
            : undefined;
    if (malformed) {
        throw new ActionError('protocol', `${STS_SERVICE} answered 200 with ${malformed}. It was not used.`, `Check that ${vocabulary.W.setting('domain')} ("${ctx.domain}") is an Octo STS server, and report this to its operator.`, { status: 200, service: STS_SERVICE });
    }
    deps.setSecret(token);
    return token;
}

;// CONCATENATED MODULE: ./src/sts/names.ts
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
const shown = (value) => `"${(0,neutralize/* sanitize */.a)(value, 80)}"`;
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

;// CONCATENATED MODULE: ./src/steps/inputs.ts
// Inputs are read and validated before any network call; every problem is reported at once,
// naming the input and showing a valid example. Values that pass are safe to place in a URL
// query (they are still percent-encoded) and cannot select another policy file.





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
    const domain = (getInput('domain') || sts_request/* DEFAULT_DOMAIN */.lV).toLowerCase();
    const audience = getInput('audience') || domain;
    const orgPolicyRepo = getInput('org-policy-repository') || sts_request/* DEFAULT_ORG_POLICY_REPO */.Jl;
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

// EXTERNAL MODULE: ./src/policy/token.ts
var policy_token = __nccwpck_require__(1423);
;// CONCATENATED MODULE: ./src/steps/state.ts
// What the main step hands the post step, and how both identify themselves.
const STATE = {
    token: 'token',
    mintedAt: 'minted-at',
    apiUrl: 'api-url',
    revoke: 'revoke'
};
const USER_AGENT = 'octo-sts-token-action';

// EXTERNAL MODULE: ./src/log/markdown.ts
var markdown = __nccwpck_require__(157);
;// CONCATENATED MODULE: ./src/steps/summary.ts
// The job summary of a successful exchange: what was minted, never the token itself.

function successSummary(s) {
    const code = (v) => (0,markdown/* codeSpan */.SS)(v, false);
    const rows = [
        ['Identity', code(s.identity)],
        ['Scope', code(s.scope)],
        ['STS', code(s.domain)],
        ['Audit hash (SHA-256)', code(s.hash)],
        ['Expires', code(s.expires)],
        ['Revoked at job end', s.revoke ? 'yes' : 'no (`revoke: false`)']
    ];
    return [
        '### Octo STS token',
        '',
        // Our own labels are plain Markdown; every value is a literal code span.
        (0,markdown/* markdownList */.Al)(rows.map(([label, value]) => [`${label}: ${value}`])),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/steps/main.ts
// The main step: inputs → OIDC token → exchange → masked output + state for the post step.











/**
 * The diagnosis, loaded when there is something to explain (a failure, the dry run): the
 * success path neither compiles nor evaluates it (bench/README.md, "Where the time goes").
 */
const diagnosisReport = () => __nccwpck_require__.e(/* import() */ 697).then(__nccwpck_require__.bind(__nccwpck_require__, 8697));
async function main({ runner, env, http, getIDToken, clock, sandbox }) {
    let inputs;
    let oidc;
    // `timeout-seconds` bounds the whole step: the exchange, then the diagnosis after it.
    let diagnosis = {};
    try {
        // The runner's request token is a credential too: masked before anything can print it.
        if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
            runner.setSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
        checkProxyEnv(env); // before any request: a set but unusable proxy must not mean "direct"
        inputs = readInputs(runner.getInput, env);
        requireOidc(env);
        const policy = retryPolicy(clock.now() + inputs.timeoutSeconds * 1000);
        diagnosis = { deadline: policy.deadline, now: clock.now, ...(sandbox ? { sandbox } : {}) };
        const common = {
            http,
            policy,
            clock,
            log: runner.info,
            setSecret: runner.setSecret,
            userAgent: USER_AGENT
        };
        const idToken = await requestIdToken(inputs.audience, { ...common, getIDToken, env });
        const claims = decodeClaims(idToken);
        const payload = (0,policy_token/* jwtPayload */.c$)(idToken);
        if (claims)
            runner.debug(`OIDC token claims: ${(0,neutralize/* sanitize */.a)(JSON.stringify(claims), 4000)}`);
        // The claims are for display; the policy check decodes the payload as the server does.
        if (claims && payload !== undefined)
            oidc = { claims, payload };
        if (inputs.dryRun) {
            // The diagnostics (and the policy engine they load) stay out of the success path.
            await (await diagnosisReport()).reportDryRun(runner, env, inputs, oidc, diagnosis);
            return;
        }
        runner.debug(`Exchanging identity "${inputs.identity}" for scope "${inputs.scope}" at https://${inputs.domain}`);
        const token = await exchangeToken(inputs, idToken, common);
        const mintedAt = clock.now();
        // Masked (by the exchange) → state for the post step → output: if the output cannot be
        // written, the post step still finds the token and revokes it.
        if (inputs.revoke) {
            runner.saveState(STATE.token, token);
            runner.saveState(STATE.mintedAt, String(mintedAt));
            runner.saveState(STATE.apiUrl, inputs.githubApiUrl);
        }
        else {
            runner.saveState(STATE.revoke, 'false');
        }
        runner.setOutput('token', token);
        const hash = auditHash(token);
        const expires = new Date(mintedAt + TOKEN_LIFETIME_MS).toISOString();
        runner.info(`Got a token for identity "${inputs.identity}" on ${inputs.scope} (audit hash ${hash}); it expires at ${expires}` +
            (inputs.revoke ? ' and is revoked when the job ends.' : '.'));
        await runner.appendSummary(successSummary({ ...inputs, hash, expires }));
    }
    catch (e) {
        if (isActionError(e))
            await reportFailure(runner, env, e, inputs, oidc, diagnosis);
        runner.setFailed(isActionError(e)
            ? e.message
            : `Unexpected error: ${(0,neutralize/* sanitize */.a)(String(e?.message ?? e))}. Please report it.`);
    }
}
/** The diagnosis (log groups, job summary); its own failure must not hide the real one. */
async function reportFailure(runner, env, error, inputs, oidc, diagnosis) {
    try {
        await (await diagnosisReport()).reportFailure(runner, env, error, inputs, oidc, diagnosis);
    }
    catch (e) {
        runner.warning(`Could not write the diagnosis: ${(0,neutralize/* sanitize */.a)(String(e?.message ?? e))}. Please report it.`);
    }
}

// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __nccwpck_require__(9905);
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

;// CONCATENATED MODULE: ./src/entries/main-step.ts
// The main step, wired (entries/main.ts loads it on the main thread only).







/** Runs the step; `bundle` is the entry's own file, which the policy engine's worker runs. */
async function runMain(bundle) {
    await main({
        runner: createRunner(),
        env: process.env,
        http: request,
        getIDToken: getIDToken,
        clock: systemClock,
        sandbox: (0,sandbox/* workerSandbox */.oq)(bundle)
    });
    exitWhenDone();
}


/***/ }),

/***/ 9719:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9905);

// The policy engine's worker is this bundle again (src/policy/sandbox.ts). It is told apart
// before anything of the step loads: the worker evaluates neither the toolkit nor HTTPS
// ("eager" keeps the step in this file, evaluated only when imported).
if (await (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .isEngineWorker */ .lm)())
    await (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_0__/* .serveEngine */ .c8)();
else
    await (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 7766))).runMain(new URL(import.meta.url));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

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
        Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9619)),
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
    run: async (name, args) => (await Promise.all(/* import() */[__nccwpck_require__.e(366), __nccwpck_require__.e(619)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9619))).runJob(name, args)
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

/***/ 8329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ isOrgPolicyRepo),
/* harmony export */   Jl: () => (/* binding */ DEFAULT_ORG_POLICY_REPO),
/* harmony export */   Qi: () => (/* binding */ scopeOwner),
/* harmony export */   a0: () => (/* binding */ policyLocation),
/* harmony export */   ch: () => (/* binding */ ALLOWLIST_PATH),
/* harmony export */   lV: () => (/* binding */ DEFAULT_DOMAIN),
/* harmony export */   zh: () => (/* binding */ orgRepo)
/* harmony export */ });
/* unused harmony exports POLICY_DIR, hostsOrgPolicies */
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
/* harmony export */   hr: () => (/* binding */ ACTION)
/* harmony export */ });
/* unused harmony exports MARKS, commandLine, FLAGS */
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
/******/ var __webpack_exports__ = __nccwpck_require__(9719);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
