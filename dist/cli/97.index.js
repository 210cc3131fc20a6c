export const id = 97;
export const ids = [97];
export const modules = {

/***/ 9097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHECK_USAGE: () => (/* binding */ CHECK_USAGE),
  check: () => (/* binding */ check_check)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __webpack_require__(2339);
// EXTERNAL MODULE: ./src/log/markdown.ts
var markdown = __webpack_require__(157);
// EXTERNAL MODULE: ./src/net/retry.ts
var retry = __webpack_require__(7893);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/policy/compile.ts + 1 modules
var compile = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
// EXTERNAL MODULE: ./src/policy/permissions.ts
var permissions = __webpack_require__(4958);
// EXTERNAL MODULE: ./src/policy/goformat.ts
var goformat = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/policy/lint.ts
var lint = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/policy/legacy.ts
var legacy = __webpack_require__(2299);
// EXTERNAL MODULE: ./src/policy/anchoring.ts
var anchoring = __webpack_require__(3401);
// EXTERNAL MODULE: ./src/policy/allowlist.ts + 4 modules
var allowlist = __webpack_require__(7908);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __webpack_require__(517);
// EXTERNAL MODULE: ./src/policy/subject-match.ts
var subject_match = __webpack_require__(2362);
;// CONCATENATED MODULE: ./src/policy/index.ts














// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/policy/token.ts
var policy_token = __webpack_require__(1423);
// EXTERNAL MODULE: ./src/diagnosis/claims.ts
var diagnosis_claims = __webpack_require__(6932);
// EXTERNAL MODULE: ./src/diagnosis/verdict-log.ts
var verdict_log = __webpack_require__(6359);
// EXTERNAL MODULE: ./src/diagnosis/verdict.ts
var verdict = __webpack_require__(384);
// EXTERNAL MODULE: ./src/diagnosis/suggested-policy.ts
var suggested_policy = __webpack_require__(1685);
// EXTERNAL MODULE: ./src/diagnosis/subject-note.ts
var subject_note = __webpack_require__(1478);
// EXTERNAL MODULE: ./src/sts/names.ts
var names = __webpack_require__(9884);
// EXTERNAL MODULE: ./src/sts/oidc.ts + 1 modules
var oidc = __webpack_require__(950);
// EXTERNAL MODULE: ./src/sts/request.ts
var request = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/validation/policy-files.ts
var policy_files = __webpack_require__(7747);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(7819);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __webpack_require__(6890);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(4984);
// EXTERNAL MODULE: ./src/cli/token-source.ts + 2 modules
var token_source = __webpack_require__(7620);
;// CONCATENATED MODULE: ./src/cli/check.ts
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
  --domain D               the Octo STS domain, the audience it expects (default ${request/* DEFAULT_DOMAIN */.lV})
  --timeout-seconds N      the time limit for reading the token and checking the policy,
                           1 to ${names/* MAX_TIMEOUT_SECONDS */.Pe} (default ${names/* DEFAULT_TIMEOUT_SECONDS */.KU})
  -h, --help               show this help

The token's signature and expiry are not checked, and nothing is sent to Octo STS.
Exit status: 0 the policy admits the claims, 1 it does not (or it is too costly to check here),
2 the policy is invalid, no token could be read, or a usage error.
`;
/** A claims file is small; anything larger is not one. */
const MAX_CLAIMS_BYTES = 1 << 20;
const shown = (s) => (0,neutralize/* sanitize */.a)(s, 300);
function readFileArg(io, flag, path, max) {
    let text;
    try {
        text = (0,workspace/* readSmallFile */.EW)((0,external_node_path_.resolve)(io.cwd, path), max);
    }
    catch (e) {
        throw new cli_args/* UsageError */.eb(`${flag} ${shown(path)}: ${shown(String(e?.message ?? e))}.`);
    }
    if (text === undefined)
        throw new cli_args/* UsageError */.eb(`${flag} ${shown(path)}: no such file.`);
    return text;
}
const sourceFlags = (values) => ({
    file: (0,cli_args/* str */.gx)(values, 'oidc-token-file'),
    env: (0,cli_args/* str */.gx)(values, 'oidc-token-env'),
    command: (0,cli_args/* str */.gx)(values, 'oidc-token-command')
});
/** `--claims FILE`, read and parsed: the offline alternative to a token. */
function readClaimsFile(io, claimsFile) {
    const payload = readFileArg(io, '--claims', claimsFile, MAX_CLAIMS_BYTES);
    let display;
    try {
        display = JSON.parse(payload);
    }
    catch (e) {
        // A token where claims were expected: say which flag takes it (the token is not shown).
        const hint = (0,oidc/* isJwt */.ky)(payload.trim())
            ? ': it holds a token (a JWT), not its claims; give it with --oidc-token-file instead'
            : ` (${shown(e.message)})`;
        throw new cli_args/* UsageError */.eb(`--claims ${shown(claimsFile)} is not JSON${hint}.`);
    }
    if (!display || typeof display !== 'object' || Array.isArray(display)) {
        throw new cli_args/* UsageError */.eb(`--claims ${shown(claimsFile)} is not a JSON object of claims.`);
    }
    return { payload, display: display };
}
/** The claims of the OIDC token from its source (token-source.ts, as `exchange` reads it). */
async function readTokenClaims(io, flags, audience, deadline) {
    const deps = (0,token_source/* tokenSourceDeps */.dk)(io, (0,retry/* retryPolicy */.Jb)(deadline));
    const { token, source } = await (0,token_source/* readOidcToken */.HD)(flags, audience, deps, ['--claims FILE']);
    deps.log(`OIDC token: from ${source}.`);
    const payload = (0,policy_token/* jwtPayload */.c$)(token);
    const display = (0,oidc/* decodeClaims */.Yq)(token);
    // Never echo the token: only where it came from.
    if (payload === undefined || display === undefined) {
        throw new cli_args/* UsageError */.eb(`the OIDC token from ${source} has no JSON object of claims; it is not shown.`);
    }
    return { payload, display };
}
const fields = (n) => (n === 1 ? '1 field' : `${n} fields`);
const more = (n, what) => n > markdown/* MAX_LISTED */.Bl ? [`  … and ${n - markdown/* MAX_LISTED */.Bl} more ${what}, not listed.`] : [];
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
const check_check = (args, io) => (0,cli_args/* withArgs */.qm)('check', CHECK_USAGE, OPTIONS, args, io, values => runCheck(values, io));
async function runCheck(values, io) {
    const policyArg = (0,cli_args/* str */.gx)(values, 'policy');
    if (policyArg === undefined)
        throw new cli_args/* UsageError */.eb('--policy FILE is required.');
    const scope = (0,cli_args/* str */.gx)(values, 'scope');
    const scopeProblem = scope === undefined ? undefined : (0,names/* validateScope */.JG)(scope);
    if (scopeProblem)
        throw new cli_args/* UsageError */.eb(`--scope ${scopeProblem}`);
    const domain = ((0,cli_args/* str */.gx)(values, 'domain') ?? request/* DEFAULT_DOMAIN */.lV).toLowerCase();
    const domainProblem = (0,names/* validateDomain */.Nr)(domain);
    if (domainProblem)
        throw new cli_args/* UsageError */.eb(`--domain ${domainProblem}`);
    const orgPolicyRepo = (0,cli_args/* str */.gx)(values, 'org-policy-repository') ?? request/* DEFAULT_ORG_POLICY_REPO */.Jl;
    const orgRepoProblem = (0,names/* validateOrgPolicyRepo */.R8)(orgPolicyRepo);
    if (orgRepoProblem)
        throw new cli_args/* UsageError */.eb(`--org-policy-repository ${orgRepoProblem}`);
    const timeout = (0,names/* parseTimeout */.ZZ)((0,cli_args/* str */.gx)(values, 'timeout-seconds') ?? '');
    if (timeout.problem)
        throw new cli_args/* UsageError */.eb(`--timeout-seconds ${timeout.problem}`);
    const deadline = io.clock.now() + timeout.seconds * 1000;
    const claimsFile = (0,cli_args/* str */.gx)(values, 'claims');
    const flags = sourceFlags(values);
    const several = (0,token_source/* severalSources */.X)(flags);
    if (several)
        throw new cli_args/* UsageError */.eb(several);
    if (claimsFile !== undefined && Object.values(flags).some(v => v !== undefined)) {
        throw new cli_args/* UsageError */.eb(`give --claims FILE or a token source (${token_source/* SOURCE_FLAGS */.sJ.join(', ')}), not both.`);
    }
    const text = readFileArg(io, '--policy', policyArg, workspace/* MAX_POLICY_BYTES */.mk);
    let claims;
    if (claimsFile !== undefined)
        claims = readClaimsFile(io, claimsFile);
    else {
        try {
            claims = await readTokenClaims(io, flags, domain, deadline);
        }
        catch (e) {
            if (!(0,errors/* isActionError */.B)(e))
                throw e;
            // No token, no verdict: the reason (never the token) and what to do, as exchange says it.
            io.stderr((0,render/* renderFailure */.z)(e, vocabulary/* FLAGS */.Wg));
            return cli_io/* EXIT */.d.usage;
        }
    }
    const decoded = (0,policy_token/* decodeToken */.oL)(claims.payload);
    if (!decoded.ok) {
        io.stderr(`octo-sts-token check: the server would refuse these claims before reading any policy (${shown(decoded.reason)}: ${shown(decoded.why)}).\n`);
        return cli_io/* EXIT */.d.usage;
    }
    const policyPath = (0,external_node_path_.resolve)(io.cwd, policyArg);
    const file = shown(policyArg);
    const name = (0,external_node_path_.basename)(policyPath);
    const identity = name.endsWith(policy_files/* POLICY_SUFFIX */.T9) ? name.slice(0, -policy_files/* POLICY_SUFFIX */.T9.length) : name;
    const isOrgPolicy = scope !== undefined
        ? (0,request/* isOrgPolicyRepo */.Fd)((0,request/* policyLocation */.a0)(scope, identity, orgPolicyRepo).repo, orgPolicyRepo)
        : (0,policy_files/* isOrgPolicyPath */.OE)(policyPath, orgPolicyRepo);
    const kind = isOrgPolicy ? 'an org policy' : 'a repository policy';
    const outcome = await (io.sandbox ?? sandbox/* inThreadSandbox */.Td).run('explainPolicy', [text, claims.payload, domain, { isOrgPolicy }], deadline);
    if (!outcome.ok && outcome.costly === undefined)
        throw new Error(outcome.why);
    if (!outcome.ok) {
        // No verdict is not a pass; the claims are still what the user compares by hand.
        const out = [`? ${(0,sandbox/* tooCostly */.fE)(`${file} (${kind})`, outcome.costly)}`];
        out.push('', 'Claims that decide a match:');
        out.push(...(0,diagnosis_claims/* claimLines */.K3)((0,diagnosis_claims/* decidingClaims */.R3)(claims.display, [])).map(l => '  ' + l));
        io.stdout(out.join('\n') + '\n');
        return cli_io/* EXIT */.d.failed;
    }
    const { explained, claimNames, otherForm } = outcome.value;
    const mismatches = explained.findings.filter(verdict/* isMismatch */.R0).length;
    const problems = explained.findings.length - mismatches;
    const out = [];
    switch (explained.verdict) {
        case 'allow':
            out.push(`✓ ${file} (${kind}) admits these claims.`);
            break;
        case 'deny':
            out.push(`✗ ${fields(mismatches)} of ${file} (${kind}) refuse${mismatches === 1 ? 's' : ''} these claims. Every field that does not match is listed (the server reports only the first).`);
            break;
        case 'misread':
            out.push(`✗ ${file} (${kind}) has line breaks only the server sees (a lone CR, NEL, U+2028 or U+2029, listed below): the server reads another policy than editors and reviewers see. As the server reads it, ${mismatches ? `${fields(mismatches)} refuse${mismatches === 1 ? 's' : ''} these claims` : 'it admits these claims'}. Remove them.`);
            break;
        default:
            out.push(`✗ ${file} (${kind}) is invalid (${problems === 1 ? '1 problem' : `${problems} problems`}): the server refuses the whole file (unable to ${explained.verdict === 'unparseable' ? 'parse' : 'compile'} trust policy)${mismatches ? `; once it is fixed, ${fields(mismatches)} would still refuse these claims` : ''}.`);
    }
    const { findings, warnings } = explained;
    out.push(...findings.slice(0, markdown/* MAX_LISTED */.Bl).flatMap(f => (0,verdict_log/* findingLines */.hq)(f).map(l => '  ' + l)));
    out.push(...more(findings.length, 'findings'));
    out.push(...warnings.slice(0, markdown/* MAX_LISTED */.Bl).map(p => '  ' + (0,neutralize/* sanitize */.a)((0,verdict_log/* problemLine */.YK)(p), 1000)));
    out.push(...more(warnings.length, 'warnings'));
    if (explained.legacy)
        out.push((0,neutralize/* sanitize */.a)((0,anchoring/* legacyVerdictLine */.hO)(explained.legacy), 2000));
    if (otherForm)
        out.push(...(0,subject_note/* otherFormProse */.qR)(otherForm, (0,diagnosis_claims/* codeValue */.jT)(policyArg)).map(l => (0,neutralize/* sanitize */.a)(l, 2000)));
    out.push('', 'Claims that decide a match:');
    out.push(...(0,diagnosis_claims/* claimLines */.K3)((0,diagnosis_claims/* decidingClaims */.R3)(claims.display, claimNames)).map(l => '  ' + l));
    if (explained.verdict === 'deny' && scope !== undefined) {
        const aud = (0,check/* audiences */.EJ)(claims.payload);
        const audience = aud.includes(domain) || aud.length === 0 ? domain : aud[0];
        const s = (0,suggested_policy/* suggestPolicy */.Rl)(claims.display, { scope, identity, domain, audience, orgPolicyRepo });
        out.push('', `A trust policy that admits exactly these claims: ${s.path} in ${s.repo}`);
        out.push(...s.yaml.split('\n').map(l => '  ' + l));
        out.push(...s.warnings.map(w => (0,neutralize/* sanitize */.a)(`Warning: ${w}`, 2000)));
    }
    io.stdout(out.join('\n') + '\n');
    return explained.verdict === 'allow'
        ? cli_io/* EXIT */.d.ok
        : explained.verdict === 'deny'
            ? cli_io/* EXIT */.d.failed
            : cli_io/* EXIT */.d.usage;
}


/***/ }),

/***/ 7747:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ checkPolicyFile),
/* harmony export */   OE: () => (/* binding */ isOrgPolicyPath),
/* harmony export */   Rs: () => (/* binding */ pastDeadline),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   T9: () => (/* binding */ POLICY_SUFFIX),
/* harmony export */   Zi: () => (/* binding */ TIME_LIMIT_REACHED),
/* harmony export */   cn: () => (/* binding */ runEngine),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   hw: () => (/* binding */ checkPolicyFolder),
/* harmony export */   kT: () => (/* binding */ nodeFiles),
/* harmony export */   lo: () => (/* binding */ DEFAULT_POLICY_PATH),
/* harmony export */   uH: () => (/* binding */ checkAllowlistFile),
/* harmony export */   xW: () => (/* binding */ ALLOWLIST_FILE)
/* harmony export */ });
/* unused harmony export notChecked */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sts_request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8329);
/* harmony import */ var _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2339);
/* harmony import */ var _workflows_predicted_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1238);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3338);
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
const shown = (path) => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitize */ .a)(path, MAX_NAME);
/** Why a file could not be read or checked, as one inert line. */
const why = (e) => (0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_3__/* .sanitize */ .a)(e instanceof Error ? e.message : String(e), 200);
/** A file that is a link leaving the workspace: never read. */
const outsideWorkspace = (file) => `${shown(file)} is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`;
const ALLOWLIST_FILE = _sts_request_js__WEBPACK_IMPORTED_MODULE_6__/* .ALLOWLIST_PATH */ .ch.split('/').pop();
/** Why something was not checked when the time limit ran out, and what to do. */
const TIME_LIMIT_REACHED = 'the time limit (timeout-seconds) was reached first. Raise it, or validate fewer files at a time.';
/** A file the time limit left unchecked: not a pass. */
const notChecked = (file) => `${shown(file)} was not checked: ${TIME_LIMIT_REACHED}`;
/** The validator's time limit has run out: no engine job starts after it. */
const pastDeadline = (engine) => engine.deadline !== undefined && (engine.now ?? Date.now)() >= engine.deadline;
/** Runs an engine job where `engine` says, until its deadline. */
const runEngine = (engine, name, args) => (engine.sandbox ?? _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_2__/* .inThreadSandbox */ .Td).run(name, args, engine.deadline);
/** A lint job on `file`'s text: its problems, or the one problem saying why there are none. */
async function lint(engine, file, name, args) {
    const one = (severity, message) => [
        { severity, message, line: 1 }
    ];
    if (pastDeadline(engine))
        return one('error', notChecked(file));
    const outcome = await runEngine(engine, name, args);
    if (outcome.ok)
        return outcome.value;
    if (outcome.costly !== undefined) {
        return [
            {
                severity: 'warning',
                message: (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_2__/* .tooCostly */ .fE)(shown(file), outcome.costly),
                line: 1,
                code: 'too-costly'
            }
        ];
    }
    throw new Error(outcome.why);
}
/**
 * One trust policy file at `path` (shown as `file`, relative to the workspace). With the facts
 * of the repository it is in (`repository`), a write token for its pull requests is warned of.
 */
async function checkPolicyFile(fs, path, file, isOrgPolicy, engine = {}, repository) {
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
        problems =
            repository && !isOrgPolicy
                ? await lint(engine, file, 'lintPolicyInRepository', [
                    text,
                    { isOrgPolicy },
                    (0,_workflows_predicted_token_js__WEBPACK_IMPORTED_MODULE_4__/* .pullRequestContext */ .EG)(repository)
                ])
                : await lint(engine, file, 'lintPolicy', [text, { isOrgPolicy }]);
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
        return error(`${shown(file)} is not a regular file: the server reads the allowlist as a file from the repository (a directory there is an invalid configuration).`);
    }
    let text;
    try {
        text = fs.read(path);
        return report(await lint(engine, file, 'lintAllowlist', [text]));
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
async function checkPolicyFolder(fs, dir, workspace, names, isOrgPolicy, engine = {}, repository) {
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
        files.push(await checkPolicyFile(fs, path, file, isOrgPolicy, engine, repository));
    }
    const allowlist = names.includes(ALLOWLIST_FILE);
    if (allowlist) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ALLOWLIST_FILE);
        files.push(await checkAllowlistFile(fs, path, toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path)), engine));
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


/***/ }),

/***/ 1238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ pullRequestContext),
/* harmony export */   qp: () => (/* binding */ predictPresentation)
/* harmony export */ });
/* unused harmony exports formsToCheck, predictTokens */
/* harmony import */ var _policy_subject_form_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(517);
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
            const custom = customSubject(facts.claimKeys, (0,_policy_subject_form_js__WEBPACK_IMPORTED_MODULE_0__/* .repositorySegment */ .Wt)(owner, repo, ids), presentation, claims);
            if ('unknown' in custom) {
                const forTrigger = presentation.unknownClaims?.includes(custom.unknown);
                unpredictable.push(`The subject template names \`${custom.unknown}\`, whose value ${forTrigger ? `is not known for ${presentation.trigger}` : 'the workflow files do not tell'}: the subject cannot be predicted, so it is not checked.`);
                // The same key is missing in every form.
                break;
            }
            sub = custom.sub;
        }
        else {
            sub = (0,_policy_subject_form_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSubject */ .QK)({ owner, repo, rest: presentation.context }, ids);
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


/***/ })

};
