export const id = 418;
export const ids = [418,425];
export const modules = {

/***/ 6418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
/* harmony export */   check: () => (/* binding */ check)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2339);
/* harmony import */ var _log_markdown_js__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(157);
/* harmony import */ var _net_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7893);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1425);
/* harmony import */ var _policy_token_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(1423);
/* harmony import */ var _diagnosis_claims_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6932);
/* harmony import */ var _diagnosis_verdict_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6359);
/* harmony import */ var _diagnosis_verdict_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(384);
/* harmony import */ var _diagnosis_suggested_policy_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1685);
/* harmony import */ var _sts_names_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9884);
/* harmony import */ var _sts_oidc_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(950);
/* harmony import */ var _sts_request_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(8329);
/* harmony import */ var _validation_policy_files_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(7747);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3338);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6890);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(1604);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(4984);
/* harmony import */ var _token_source_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1885);
// `octo-sts-token check`: a trust policy against a token's claims, offline, with the server's
// semantics (src/policy): every field that refuses them, the file's own problems, and the
// claims that decide a match. The verdict is the command's result, so it goes to stdout.




















const CHECK_USAGE = `Usage: octo-sts-token check --policy FILE (--claims FILE | TOKEN SOURCE) [options]

Checks a trust policy against a token's claims offline, the way the Octo STS server would,
and lists every field that refuses them (the server reports only the first).

Claims (one of; without one the CI system is detected: GitHub Actions with id-token: write,
HCP Terraform, CircleCI, Buildkite):
  --claims FILE                a JSON object of claims (a token's decoded payload)
  --oidc-token-file PATH       a file holding the OIDC token (a JWT)
  --oidc-token-env NAME        an environment variable holding the OIDC token
  --oidc-token-command CMD     a command that prints the OIDC token (see \`exchange --help\`)
Options:
  --policy FILE            the trust policy ({identity}.sts.yaml)
  --scope S                the exchange's scope: owner/repo, or owner for an org policy
                           (default: an org policy when FILE is in a checkout named .github,
                           or named as --org-policy-repository says)
  --org-policy-repository R
                           the repository of an org holding its org policies, the server's
                           ORG_POLICY_REPO (default .github; compared exactly, as the server does)
  --domain D               the Octo STS domain, the audience it expects (default ${_sts_request_js__WEBPACK_IMPORTED_MODULE_17__/* .DEFAULT_DOMAIN */ .lV})
  --timeout-seconds N      the time limit for reading the token, 1 to ${_sts_names_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_TIMEOUT_SECONDS */ .Pe} (default ${_sts_names_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_TIMEOUT_SECONDS */ .KU})
  -h, --help               show this help

The token's signature and expiry are not checked, and nothing is sent to Octo STS.
Exit status: 0 the policy admits the claims, 1 it does not, 2 the policy is invalid, no token
could be read, or a usage error.
`;
/** A claims file is small; anything larger is not one. */
const MAX_CLAIMS_BYTES = 1 << 20;
const shown = (s) => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .a)(s, 300);
function readFileArg(io, flag, path, max) {
    let text;
    try {
        text = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_12__/* .readSmallFile */ .EW)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, path), max);
    }
    catch (e) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`${flag} ${shown(path)}: ${shown(String(e?.message ?? e))}.`);
    }
    if (text === undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`${flag} ${shown(path)}: no such file.`);
    return text;
}
const sourceFlags = (values) => ({
    file: (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'oidc-token-file'),
    env: (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'oidc-token-env'),
    command: (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'oidc-token-command')
});
/** `--claims FILE`, read and parsed: the offline alternative to a token. */
function readClaimsFile(io, claimsFile) {
    const payload = readFileArg(io, '--claims', claimsFile, MAX_CLAIMS_BYTES);
    let display;
    try {
        display = JSON.parse(payload);
    }
    catch (e) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--claims ${shown(claimsFile)} is not JSON (${shown(e.message)}).`);
    }
    if (!display || typeof display !== 'object' || Array.isArray(display)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--claims ${shown(claimsFile)} is not a JSON object of claims.`);
    }
    return { payload, display: display };
}
/** The claims of the OIDC token from its source (token-source.ts, as `exchange` reads it). */
async function readTokenClaims(io, flags, audience, timeoutSeconds) {
    const deps = (0,_token_source_js__WEBPACK_IMPORTED_MODULE_16__/* .tokenSourceDeps */ .dk)(io, (0,_net_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .retryPolicy */ .Jb)(io.clock.now() + timeoutSeconds * 1000));
    const { token, source } = await (0,_token_source_js__WEBPACK_IMPORTED_MODULE_16__/* .readOidcToken */ .HD)(flags, audience, deps);
    deps.log(`OIDC token: from ${source}.`);
    const payload = (0,_policy_token_js__WEBPACK_IMPORTED_MODULE_18__/* .jwtPayload */ .c$)(token);
    const display = (0,_sts_oidc_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeClaims */ .Yq)(token);
    // Never echo the token: only where it came from.
    if (payload === undefined || display === undefined) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`the OIDC token from ${source} has no JSON object of claims; it is not shown.`);
    }
    return { payload, display };
}
const fields = (n) => (n === 1 ? '1 field' : `${n} fields`);
const more = (n, what) => n > _log_markdown_js__WEBPACK_IMPORTED_MODULE_19__/* .MAX_LISTED */ .Bl ? [`  … and ${n - _log_markdown_js__WEBPACK_IMPORTED_MODULE_19__/* .MAX_LISTED */ .Bl} more ${what}, not listed.`] : [];
const OPTIONS = {
    policy: { type: 'string' },
    claims: { type: 'string' },
    'oidc-token-file': { type: 'string' },
    'oidc-token-env': { type: 'string' },
    'oidc-token-command': { type: 'string' },
    scope: { type: 'string' },
    domain: { type: 'string' },
    'org-policy-repository': { type: 'string' },
    'timeout-seconds': { type: 'string' }
};
const check = (args, io) => (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .withArgs */ .qm)('check', CHECK_USAGE, OPTIONS, args, io, values => runCheck(values, io));
async function runCheck(values, io) {
    const policyArg = (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'policy');
    if (policyArg === undefined)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb('--policy FILE is required.');
    const scope = (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'scope');
    const scopeProblem = scope === undefined ? undefined : (0,_sts_names_js__WEBPACK_IMPORTED_MODULE_9__/* .validateScope */ .JG)(scope);
    if (scopeProblem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--scope ${scopeProblem}`);
    const domain = ((0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'domain') ?? _sts_request_js__WEBPACK_IMPORTED_MODULE_17__/* .DEFAULT_DOMAIN */ .lV).toLowerCase();
    const domainProblem = (0,_sts_names_js__WEBPACK_IMPORTED_MODULE_9__/* .validateDomain */ .Nr)(domain);
    if (domainProblem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--domain ${domainProblem}`);
    const orgPolicyRepo = (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'org-policy-repository') ?? _sts_request_js__WEBPACK_IMPORTED_MODULE_17__/* .DEFAULT_ORG_POLICY_REPO */ .Jl;
    const orgRepoProblem = (0,_sts_names_js__WEBPACK_IMPORTED_MODULE_9__/* .validateOrgPolicyRepo */ .R8)(orgPolicyRepo);
    if (orgRepoProblem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--org-policy-repository ${orgRepoProblem}`);
    const timeout = (0,_sts_names_js__WEBPACK_IMPORTED_MODULE_9__/* .parseTimeout */ .ZZ)((0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'timeout-seconds') ?? '');
    if (timeout.problem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`--timeout-seconds ${timeout.problem}`);
    const claimsFile = (0,_args_js__WEBPACK_IMPORTED_MODULE_13__/* .str */ .gx)(values, 'claims');
    const flags = sourceFlags(values);
    const several = (0,_token_source_js__WEBPACK_IMPORTED_MODULE_16__/* .severalSources */ .X)(flags);
    if (several)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(several);
    if (claimsFile !== undefined && Object.values(flags).some(v => v !== undefined)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_13__/* .UsageError */ .eb(`give --claims FILE or a token source (${_token_source_js__WEBPACK_IMPORTED_MODULE_16__/* .SOURCE_FLAGS */ .sJ.join(', ')}), not both.`);
    }
    const text = readFileArg(io, '--policy', policyArg, _workspace_js__WEBPACK_IMPORTED_MODULE_12__/* .MAX_POLICY_BYTES */ .mk);
    let claims;
    if (claimsFile !== undefined)
        claims = readClaimsFile(io, claimsFile);
    else {
        try {
            claims = await readTokenClaims(io, flags, domain, timeout.seconds);
        }
        catch (e) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isActionError */ .B)(e))
                throw e;
            // No token, no verdict: the reason (never the token) and what to do, as exchange says it.
            io.stderr((0,_render_js__WEBPACK_IMPORTED_MODULE_15__/* .renderFailure */ .z)(e));
            return _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .d.usage;
        }
    }
    const decoded = (0,_policy_token_js__WEBPACK_IMPORTED_MODULE_18__/* .decodeToken */ .oL)(claims.payload);
    if (!decoded.ok) {
        io.stderr(`octo-sts-token check: the server would refuse these claims before reading any policy (${shown(decoded.reason)}: ${shown(decoded.why)}).\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .d.usage;
    }
    const policyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, policyArg);
    const file = shown(policyArg);
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(policyPath);
    const identity = name.endsWith(_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_11__/* .POLICY_SUFFIX */ .T9) ? name.slice(0, -_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_11__/* .POLICY_SUFFIX */ .T9.length) : name;
    const isOrgPolicy = scope !== undefined
        ? (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_17__/* .isOrgPolicyRepo */ .Fd)((0,_sts_request_js__WEBPACK_IMPORTED_MODULE_17__/* .policyLocation */ .a0)(scope, identity, orgPolicyRepo).repo, orgPolicyRepo)
        : (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_11__/* .isOrgPolicyPath */ .OE)(policyPath, orgPolicyRepo);
    const explained = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__.explainPolicy)(text, claims.payload, domain, { isOrgPolicy });
    const mismatches = explained.findings.filter(_diagnosis_verdict_js__WEBPACK_IMPORTED_MODULE_7__/* .isMismatch */ .R0).length;
    const problems = explained.findings.length - mismatches;
    const kind = isOrgPolicy ? 'an org policy' : 'a repository policy';
    const out = [];
    switch (explained.verdict) {
        case 'allow':
            out.push(`✓ ${file} (${kind}) admits these claims.`);
            break;
        case 'deny':
            out.push(`✗ ${fields(mismatches)} of ${file} (${kind}) refuse${mismatches === 1 ? 's' : ''} these claims. Every field that does not match is listed (the server reports only the first).`);
            break;
        default:
            out.push(`✗ ${file} (${kind}) is invalid (${problems === 1 ? '1 problem' : `${problems} problems`}): the server refuses the whole file (unable to ${explained.verdict === 'unparseable' ? 'parse' : 'compile'} trust policy)${mismatches ? `; once it is fixed, ${fields(mismatches)} would still refuse these claims` : ''}.`);
    }
    const { findings, warnings } = explained;
    out.push(...findings.slice(0, _log_markdown_js__WEBPACK_IMPORTED_MODULE_19__/* .MAX_LISTED */ .Bl).flatMap(f => (0,_diagnosis_verdict_log_js__WEBPACK_IMPORTED_MODULE_6__/* .findingLines */ .hq)(f).map(l => '  ' + l)));
    out.push(...more(findings.length, 'findings'));
    out.push(...warnings.slice(0, _log_markdown_js__WEBPACK_IMPORTED_MODULE_19__/* .MAX_LISTED */ .Bl).map(p => '  ' + (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .a)((0,_diagnosis_verdict_log_js__WEBPACK_IMPORTED_MODULE_6__/* .problemLine */ .YK)(p), 1000)));
    out.push(...more(warnings.length, 'warnings'));
    const parsed = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__.parsePolicy)(text, { isOrgPolicy });
    const claimNames = Object.keys((parsed.policy ?? parsed.partial)?.claim_pattern ?? {});
    out.push('', 'Claims that decide a match:');
    out.push(...(0,_diagnosis_claims_js__WEBPACK_IMPORTED_MODULE_5__/* .claimLines */ .K3)((0,_diagnosis_claims_js__WEBPACK_IMPORTED_MODULE_5__/* .decidingClaims */ .R3)(claims.display, claimNames)).map(l => '  ' + l));
    if (explained.verdict === 'deny' && scope !== undefined) {
        const aud = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_4__.audiences)(claims.payload);
        const audience = aud.includes(domain) || aud.length === 0 ? domain : aud[0];
        const s = (0,_diagnosis_suggested_policy_js__WEBPACK_IMPORTED_MODULE_8__/* .suggestPolicy */ .Rl)(claims.display, { scope, identity, domain, audience, orgPolicyRepo });
        out.push('', `A trust policy that admits exactly these claims: ${s.path} in ${s.repo}`);
        out.push(...s.yaml.split('\n').map(l => '  ' + l));
        out.push(...s.warnings.map(w => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .a)(`Warning: ${w}`, 2000)));
    }
    io.stdout(out.join('\n') + '\n');
    return explained.verdict === 'allow'
        ? _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .d.ok
        : explained.verdict === 'deny'
            ? _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .d.failed
            : _io_js__WEBPACK_IMPORTED_MODULE_14__/* .EXIT */ .d.usage;
}


/***/ }),

/***/ 1425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INSTALLATION_PERMISSIONS: () => (/* reexport */ permissions/* INSTALLATION_PERMISSIONS */.c),
  MAX_ISSUERS: () => (/* reexport */ allowlist/* MAX_ISSUERS */.i7),
  MAX_ISSUER_PATTERNS: () => (/* reexport */ allowlist/* MAX_ISSUER_PATTERNS */.vf),
  MAX_PATTERN_LENGTH: () => (/* reexport */ allowlist/* MAX_PATTERN_LENGTH */.n7),
  PERMISSION_LEVELS: () => (/* reexport */ permissions/* PERMISSION_LEVELS */.e),
  audiences: () => (/* reexport */ audiences),
  checkToken: () => (/* reexport */ checkToken),
  compileAnchored: () => (/* reexport */ compile/* compileAnchored */.mv),
  compilePartial: () => (/* reexport */ compile/* compilePartial */.fW),
  compilePolicy: () => (/* reexport */ compile/* compilePolicy */.C_),
  decodeToken: () => (/* reexport */ token/* decodeToken */.oL),
  explainPolicy: () => (/* reexport */ explainPolicy),
  explainToken: () => (/* reexport */ explainToken),
  goQuote: () => (/* reexport */ goformat/* goQuote */.dg),
  hasTopLevelAlternation: () => (/* reexport */ lint/* hasTopLevelAlternation */.Rb),
  isValidAudience: () => (/* reexport */ token_validity/* isValidAudience */.PA),
  isValidIssuer: () => (/* reexport */ token_validity/* isValidIssuer */.sw),
  isValidSubject: () => (/* reexport */ token_validity/* isValidSubject */.xh),
  lintAllowlist: () => (/* reexport */ allowlist/* lintAllowlist */.h6),
  lintPolicy: () => (/* reexport */ lint/* lintPolicy */.GF),
  nearestEntry: () => (/* reexport */ allowlist/* nearestEntry */.ZR),
  parseAllowlist: () => (/* reexport */ allowlist/* parseAllowlist */.JK),
  parsePolicy: () => (/* reexport */ parse/* parsePolicy */.ON),
  permitsIssuer: () => (/* reexport */ allowlist/* permitsIssuer */.GI)
});

// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/policy/compile.ts
var compile = __webpack_require__(1835);
// EXTERNAL MODULE: ./src/policy/goformat.ts
var goformat = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/policy/token.ts
var token = __webpack_require__(1423);
// EXTERNAL MODULE: ./src/policy/token-validity.ts
var token_validity = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/policy/check.ts
// The server's TrustPolicy.CheckToken, and an explanation that lists every failing field
// instead of the first. Order and messages follow the server: the token's own iss/sub/aud
// sanity checks, then issuer, subject, audience (by default the server's domain must be in
// `aud`), then each claim_pattern entry: a missing claim is denied, a boolean is compared as
// "true"/"false", anything else that is not a string is denied. Messages are the server's
// without its `trust policy: ` prefix. The token is read as the server decodes it (./token.ts):
// a payload it cannot decode is refused before any policy is looked at.





/** `aud` as go-oidc reads it: one string or a list of strings (null is ""). */
function audiences(claims) {
    const d = (0,token/* decodeToken */.oL)(claims);
    return d.ok ? d.token.aud : [];
}
/** The finding for a token the server cannot decode, or the decoded token. */
function decoded(claims) {
    const d = (0,token/* decodeToken */.oL)(claims);
    if (d.ok)
        return d.token;
    return { field: '(token)', reason: d.reason, actual: d.why };
}
/** A claim value as it was in the token's JSON. */
const shown = (v) => JSON.stringify(v) ?? String(v);
/** Every way `claims` fails `compiled`, in the server's order (the first is the server's). */
function evaluate(compiled, input, domain) {
    const token = decoded(input);
    if (!('claims' in token))
        return [token];
    return evaluateToken(compiled, token, domain);
}
function evaluateToken(compiled, token, domain) {
    const findings = [];
    const add = (rule, f) => {
        if (rule?.line !== undefined)
            f.line = rule.line;
        findings.push(f);
    };
    const { iss, sub, aud, claims } = token;
    /** The server refuses a malformed iss, sub or aud before it compares it with the policy. */
    const invalid = (name, actual) => {
        const rule = compiled[name];
        add(rule, { field: rule?.field ?? name, actual, reason: `invalid ${name} in token` });
    };
    const issOk = (0,token_validity/* isValidIssuer */.sw)(iss);
    if (!issOk)
        invalid('issuer', iss);
    const subOk = (0,token_validity/* isValidSubject */.xh)(sub);
    if (!subOk)
        invalid('subject', sub);
    const audOk = aud.every(token_validity/* isValidAudience */.PA);
    if (!audOk)
        invalid('audience', shown(aud));
    const single = (rule, name, value) => {
        if (!rule)
            return;
        if (rule.re) {
            if (!rule.re.test(value)) {
                add(rule, {
                    field: rule.field,
                    pattern: rule.pattern,
                    actual: value,
                    reason: `${name} ${(0,goformat/* goQuote */.dg)(value)} did not match pattern ${(0,goformat/* goQuote */.dg)(rule.pattern)}`
                });
            }
        }
        else if (value !== rule.literal) {
            add(rule, {
                field: rule.field,
                expected: rule.literal,
                actual: value,
                reason: `${name} ${(0,goformat/* goQuote */.dg)(value)} did not match ${(0,goformat/* goQuote */.dg)(rule.literal)}`
            });
        }
    };
    if (issOk)
        single(compiled.issuer, 'issuer', iss);
    if (subOk)
        single(compiled.subject, 'subject', sub);
    if (audOk) {
        const rule = compiled.audience;
        if (rule?.re) {
            const re = rule.re;
            if (!aud.some(a => re.test(a))) {
                add(rule, {
                    field: rule.field,
                    pattern: rule.pattern,
                    actual: shown(aud),
                    reason: `audience_pattern ${(0,goformat/* goQuote */.dg)(rule.pattern)} did not match any of ${(0,goformat/* goQuoteList */.Hx)(aud)}`
                });
            }
        }
        else {
            // With no audience in the policy the server's own domain must be in `aud`.
            const expected = rule ? rule.literal : domain;
            if (!aud.includes(expected)) {
                add(rule, {
                    field: rule?.field ?? 'audience',
                    expected,
                    actual: shown(aud),
                    reason: `audience ${(0,goformat/* goQuote */.dg)(expected)} did not match any of ${(0,goformat/* goQuoteList */.Hx)(aud)}`
                });
            }
        }
    }
    if (compiled.claims.length && token.claimsError) {
        // token.Claims(&map) fails: CheckToken returns the decoder's error as it is.
        findings.push({ field: '(token)', reason: token.claimsError });
        return findings;
    }
    for (const rule of compiled.claims) {
        const claim = rule.claim ?? '';
        const name = (0,goformat/* goQuote */.dg)(claim);
        const pattern = rule.pattern;
        if (!claims.has(claim)) {
            add(rule, {
                field: rule.field,
                pattern,
                reason: `expected claim ${name} not found in token`
            });
            continue;
        }
        let raw = claims.get(claim);
        if (typeof raw === 'boolean')
            raw = raw ? 'true' : 'false';
        if (typeof raw !== 'string') {
            add(rule, {
                field: rule.field,
                pattern,
                actual: shown(raw),
                reason: `expected claim ${name} not a string`
            });
            continue;
        }
        if (!rule.re.test(raw)) {
            // The server formats the compiled regexp, so its message shows the added anchors.
            add(rule, {
                field: rule.field,
                pattern,
                actual: raw,
                reason: `claim ${name} did not match ${(0,goformat/* goQuote */.dg)('^' + pattern + '$')}`
            });
        }
    }
    return findings;
}
/**
 * The server's decision for a token (its claims, decoded) against a compiled policy, with its
 * message (without `trust policy: `). The server checks claim_pattern entries in Go map order,
 * which is random: when several claims fail, its message may name another one than ours.
 */
function checkToken(compiled, claims, domain) {
    const token = decoded(claims);
    if (!('claims' in token))
        return { allow: false, reason: token.reason };
    if (!compiled.complete || !compiled.issuer || !compiled.subject) {
        return { allow: false, reason: 'policy did not compile' };
    }
    const first = evaluateToken(compiled, token, domain)[0];
    return first ? { allow: false, reason: first.reason } : { allow: true };
}
/** Every field of the policy the token fails, not only the first; empty when it is admitted. */
function explainToken(compiled, claims, domain) {
    return evaluate(compiled, claims, domain);
}
const problemFinding = (p) => {
    const f = { field: p.field ?? '(file)', reason: p.message };
    if (p.line !== undefined)
        f.line = p.line;
    return f;
};
/** Reads a policy file and explains, field by field, how the server treats it for `claims`. */
function explainPolicy(text, claims, domain, options = {}) {
    const parsed = (0,parse/* parsePolicy */.ON)(text, options);
    const token = decoded(claims);
    if (!('claims' in token)) {
        // Refused before the server reads any policy; the file's own problems follow.
        return {
            verdict: 'deny',
            findings: [token, ...parsed.errors.map(problemFinding)],
            warnings: parsed.warnings
        };
    }
    const findings = parsed.errors.map(problemFinding);
    if (!parsed.partial)
        return { verdict: 'unparseable', findings, warnings: parsed.warnings };
    const { compiled, errors } = (0,compile/* compilePartial */.fW)(parsed.partial, parsed.positions);
    findings.push(...errors.map(problemFinding));
    const mismatches = evaluateToken(compiled, token, domain);
    findings.push(...mismatches);
    const verdict = parsed.errors.length
        ? 'unparseable'
        : errors.length
            ? 'uncompilable'
            : mismatches.length
                ? 'deny'
                : 'allow';
    return { verdict, findings, warnings: parsed.warnings };
}

// EXTERNAL MODULE: ./src/policy/permissions.ts
var permissions = __webpack_require__(4958);
// EXTERNAL MODULE: ./src/policy/lint.ts
var lint = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/policy/allowlist.ts + 1 modules
var allowlist = __webpack_require__(7697);
;// CONCATENATED MODULE: ./src/policy/index.ts











/***/ }),

/***/ 7747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ checkPolicyFile),
/* harmony export */   OE: () => (/* binding */ isOrgPolicyPath),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   T9: () => (/* binding */ POLICY_SUFFIX),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   hw: () => (/* binding */ checkPolicyFolder),
/* harmony export */   kT: () => (/* binding */ nodeFiles),
/* harmony export */   lo: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   uH: () => (/* binding */ checkAllowlistFile),
/* harmony export */   xW: () => (/* binding */ ALLOWLIST_FILE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sts_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8329);
/* harmony import */ var _policy_allowlist_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7697);
/* harmony import */ var _policy_lint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4857);
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2339);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3338);
// The validator's checks, without a runner: every trust policy (`*.sts.yaml`) and the org
// issuer allowlist in a folder, each file's problems located at file:line. The validate action
// (src/steps/validate.ts) and the command line (src/cli/validate.ts) both report these.







const DEFAULT_POLICY_PATH = '.github/chainguard';
const POLICY_SUFFIX = '.sts.yaml';
/** File names and paths as shown in the log and the summary. */
const MAX_NAME = 300;
/** The workspace's files, through the one link-refusing, size-capped reader. */
function nodeFiles(workspace) {
    return {
        list: dir => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .realPathWithin */ .Nm)(workspace, dir)).sort(),
        kind: path => {
            let real;
            try {
                real = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .realPathWithin */ .Nm)(workspace, path);
            }
            catch (e) {
                if (e instanceof _workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .OutsideWorkspaceError */ .v$)
                    return 'outside';
                return 'other'; // a broken link or a link loop
            }
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
        },
        read: path => {
            const text = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .readSmallFile */ .EW)(path, _workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_POLICY_BYTES */ .mk, workspace);
            if (text === undefined)
                throw new Error('it is gone');
            return text;
        }
    };
}
const toPosix = (p) => p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
/** A name or path from the repository, as one inert line. */
const shown = (path) => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitize */ .a)(path, MAX_NAME);
/** Why a file could not be read or checked, as one inert line. */
const why = (e) => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_4__/* .sanitize */ .a)(e instanceof Error ? e.message : String(e), 200);
/** A file that is a link leaving the workspace: never read. */
const outsideWorkspace = (file) => `${shown(file)} is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`;
const ALLOWLIST_FILE = _sts_request_js__WEBPACK_IMPORTED_MODULE_6__/* .ALLOWLIST_PATH */ .ch.split('/').pop();
/** One trust policy file at `path` (shown as `file`, relative to the workspace). */
function checkPolicyFile(fs, path, file, isOrgPolicy) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path);
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
                        : `${shown(file)} is not a regular file (${kind === 'dir' ? 'a directory' : 'a broken link or special file'}); the server reads a file's contents from the repository.`,
                    line: 1
                }
            ]
        };
    }
    let problems;
    let text;
    try {
        text = fs.read(path);
        problems = (0,_policy_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .lintPolicy */ .GF)(text, { isOrgPolicy });
    }
    catch (e) {
        problems = [
            {
                severity: 'error',
                message: text === undefined
                    ? `cannot read ${shown(file)}: ${why(e)}`
                    : `${shown(file)} could not be checked (${why(e)}); the server may not be able to read it either. Please report it.`,
                line: 1
            }
        ];
    }
    return { file, identity, problems };
}
/** The org issuer allowlist at `path` (shown as `file`). */
function checkAllowlistFile(fs, path, file) {
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
        return error(`${shown(file)} is not a regular file: the server reads the allowlist as a file from the repository (a directory there is an invalid configuration).`);
    }
    let text;
    try {
        text = fs.read(path);
        return report((0,_policy_allowlist_js__WEBPACK_IMPORTED_MODULE_2__/* .lintAllowlist */ .h6)(text));
    }
    catch (e) {
        return error(text === undefined
            ? `cannot read ${shown(file)}: ${why(e)}`
            : `${shown(file)} could not be checked (${why(e)}); please report it.`);
    }
}
/**
 * Every policy in `dir`, whose entries are `names` (as `fs.list` gave them): the policies in
 * order, then the allowlist, then files the server never reads because of their names.
 */
function checkPolicyFolder(fs, dir, workspace, names, isOrgPolicy) {
    const files = [];
    const misnamed = [];
    for (const name of names) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const file = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path));
        if (!name.endsWith(POLICY_SUFFIX)) {
            if (/\.sts(\.ya?ml|\.json)?$/i.test(name))
                misnamed.push(file);
            continue;
        }
        files.push(checkPolicyFile(fs, path, file, isOrgPolicy));
    }
    const allowlist = names.includes(ALLOWLIST_FILE);
    if (allowlist) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ALLOWLIST_FILE);
        files.push(checkAllowlistFile(fs, path, toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path))));
    }
    for (const file of misnamed) {
        files.push({
            file,
            identity: '',
            problems: [
                {
                    severity: 'warning',
                    message: `${shown(file)} is never read: the server reads exactly .github/chainguard/{identity}.sts.yaml (lower-case, .yaml). Rename it.`,
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
    return (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_6__/* .hostsOrgPolicies */ .q8)(`owner/${parts[at - 2] ?? ''}`, orgPolicyRepo);
}


/***/ })

};
