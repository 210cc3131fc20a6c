export const id = 446;
export const ids = [446];
export const modules = {

/***/ 4446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VALIDATE_USAGE: () => (/* binding */ VALIDATE_USAGE),
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2339);
/* harmony import */ var _validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7747);
/* harmony import */ var _sts_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9884);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3338);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6890);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1604);
// `octo-sts-token validate [PATH…]`: the validate action's checks, one finding a line in the
// form editors and pre-commit hooks read (`file:line:column: error|warning: message`).








const MAX_MESSAGE = 1000;
const VALIDATE_USAGE = `Usage: octo-sts-token validate [--org-policies auto|true|false] [--org-policy-repository R] [--timeout-seconds N] [PATH…]

Checks trust policies (*.sts.yaml) and the org issuer allowlist (trusted-token-issuers.yaml)
the way the Octo STS server reads them. A PATH is a policy file or a folder of them; with
none, ${_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY_PATH */ .lo} under the current directory.

Prints one finding a line, as file:line:column: error|warning: message.

Options:
  --org-policies auto|true|false  whether the policies are org policies (read from the org's
                                  .github repository, where \`repositories\` is allowed);
                                  auto: when the path is in a checkout named .github
  --org-policy-repository R       the name \`auto\` looks for instead of .github: the
                                  server's ORG_POLICY_REPO (compared exactly)
  --timeout-seconds N             the time limit for the whole run, 1 to ${_sts_names_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_TIMEOUT_SECONDS */ .Pe} (default ${_sts_names_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_TIMEOUT_SECONDS */ .KU});
                                  a file not reached by then is an error
  -h, --help                      show this help

Exit status: 0 no errors (warnings allowed), 1 any error, 2 a usage error.
`;
const exists = (path) => {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
};
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** The root links must not leave: the current directory, or the path itself when outside it. */
const rootFor = (cwd, path, isDir) => (0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .isWithin */ .UO)(cwd, path) ? cwd : isDir ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
/** Checks one PATH; a path that is not there or cannot be listed is one error finding. */
async function checkPath(io, input, org, orgPolicyRepo, engine) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, input);
    // Named relative to the current directory when inside it; otherwise as typed, not `../../x`.
    const file = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .isWithin */ .UO)(io.cwd, path) ? (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(io.cwd, path)) || '.' : (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .toPosix */ .d7)(input);
    const isOrgPolicy = org ?? (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isOrgPolicyPath */ .OE)(path, orgPolicyRepo);
    const probe = (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeFiles */ .kT)(rootFor(io.cwd, path, true));
    const kind = probe.kind(path);
    const fail = (message) => [
        { file, identity: '', problems: [{ severity: 'error', message, line: 1 }] }
    ];
    if (kind === 'dir') {
        const root = rootFor(io.cwd, path, true);
        const fs = (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeFiles */ .kT)(root);
        let names;
        try {
            names = fs.list(path);
        }
        catch (e) {
            if (e instanceof _workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .OutsideWorkspaceError */ .v$)
                return fail(`${(0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(file)} is a link to outside ${(0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(root)}: refused.`);
            return fail(`cannot list ${(0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(file)}: ${(0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .a)(String(e?.message ?? e), 200)}`);
        }
        const { files } = await (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPolicyFolder */ .hw)(fs, path, io.cwd, names, isOrgPolicy, engine);
        if (files.length === 0) {
            return [
                {
                    file,
                    identity: '',
                    problems: [
                        {
                            severity: 'warning',
                            message: `No *.sts.yaml files in ${(0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(file)}: nothing to validate. Policies are named {identity}.sts.yaml.`
                        }
                    ]
                }
            ];
        }
        return files;
    }
    const fs = (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .nodeFiles */ .kT)(rootFor(io.cwd, path, false));
    if (kind === 'other' && !exists(path)) {
        // Nothing checked is not a pass: a mistyped path must fail a pre-commit hook.
        return fail(`No such policy file or folder ${(0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(file)}: nothing was validated (policies live in ${_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY_PATH */ .lo}).`);
    }
    return [
        (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path) === _validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .ALLOWLIST_FILE */ .xW
            ? await (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .checkAllowlistFile */ .uH)(fs, path, file, engine)
            : await (0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPolicyFile */ .BZ)(fs, path, file, isOrgPolicy, engine)
    ];
}
/** `file:line:column: severity: message`, every part inert. */
function findingLine(file, p) {
    const at = `${p.line ?? 1}:${p.column ?? 1}`;
    return `${(0,_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .shown */ .SP)(file)}:${at}: ${p.severity}: ${(0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .a)(p.message, MAX_MESSAGE)}`;
}
const validate = (args, io) => (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .withArgs */ .qm)('validate', VALIDATE_USAGE, {
    'org-policies': { type: 'string' },
    'org-policy-repository': { type: 'string' },
    'timeout-seconds': { type: 'string' }
}, args, io, async (values, positionals) => {
    const raw = ((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(values, 'org-policies') ?? 'auto').toLowerCase();
    if (!['auto', 'true', 'false'].includes(raw)) {
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--org-policies must be auto, true or false, not "${(0,_log_neutralize_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitize */ .a)(raw, 40)}".`);
    }
    const org = raw === 'auto' ? undefined : raw === 'true';
    const orgPolicyRepo = (0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(values, 'org-policy-repository');
    const problem = orgPolicyRepo === undefined ? undefined : (0,_sts_names_js__WEBPACK_IMPORTED_MODULE_4__/* .validateOrgPolicyRepo */ .R8)(orgPolicyRepo);
    if (problem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--org-policy-repository ${problem}`);
    const timeout = (0,_sts_names_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimeout */ .ZZ)((0,_args_js__WEBPACK_IMPORTED_MODULE_6__/* .str */ .gx)(values, 'timeout-seconds') ?? '');
    if (timeout.problem)
        throw new _args_js__WEBPACK_IMPORTED_MODULE_6__/* .UsageError */ .eb(`--timeout-seconds ${timeout.problem}`);
    const engine = {
        deadline: io.clock.now() + timeout.seconds * 1000,
        now: io.clock.now,
        ...(io.sandbox ? { sandbox: io.sandbox } : {})
    };
    const paths = positionals.length ? positionals : [_validation_policy_files_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_POLICY_PATH */ .lo];
    return validatePaths(io, paths, org, orgPolicyRepo, engine);
}, { positionals: true });
/** Checks every path, one finding a line on stdout and the totals on stderr. */
async function validatePaths(io, paths, org, orgPolicyRepo, engine) {
    let errors = 0;
    let warnings = 0;
    let checked = 0;
    for (const input of paths) {
        for (const report of await checkPath(io, input, org, orgPolicyRepo, engine)) {
            if (report.identity !== '' || report.allowlist)
                checked++;
            for (const p of report.problems) {
                if (p.severity === 'error')
                    errors++;
                else if (p.severity === 'warning')
                    warnings++;
                io.stdout(findingLine(report.file, p) + '\n');
            }
        }
    }
    io.stderr(`Checked ${checked === 1 ? '1 file' : `${checked} files`}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.\n`);
    return errors > 0 ? _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.failed : _io_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
}


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
/* unused harmony export notChecked */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _sts_request_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8329);
/* harmony import */ var _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9905);
/* harmony import */ var _log_neutralize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2339);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3338);
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
        list: dir => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .realPathWithin */ .Nm)(workspace, dir)).sort(),
        kind: path => {
            let real;
            try {
                real = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .realPathWithin */ .Nm)(workspace, path);
            }
            catch (e) {
                if (e instanceof _workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .OutsideWorkspaceError */ .v$)
                    return 'outside';
                return 'other'; // a broken link or a link loop
            }
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
            return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
        },
        read: path => {
            const text = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .readSmallFile */ .EW)(path, _workspace_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_POLICY_BYTES */ .mk, workspace);
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
const ALLOWLIST_FILE = _sts_request_js__WEBPACK_IMPORTED_MODULE_5__/* .ALLOWLIST_PATH */ .ch.split('/').pop();
/** A file the time limit left unchecked: not a pass. */
const notChecked = (file) => `${shown(file)} was not checked: the time limit (timeout-seconds) was reached first. Raise it, or validate fewer files at a time.`;
/** A lint job on `file`'s text: its problems, or the one problem saying why there are none. */
async function lint(engine, file, name, args) {
    const one = (severity, message) => [
        { severity, message, line: 1 }
    ];
    if (engine.deadline !== undefined && (engine.now ?? Date.now)() >= engine.deadline)
        return one('error', notChecked(file));
    const outcome = await (engine.sandbox ?? _policy_sandbox_js__WEBPACK_IMPORTED_MODULE_2__/* .inThreadSandbox */ .Td).run(name, args, engine.deadline);
    if (outcome.ok)
        return outcome.value;
    if (outcome.costly !== undefined)
        return one('warning', (0,_policy_sandbox_js__WEBPACK_IMPORTED_MODULE_2__/* .tooCostly */ .fE)(shown(file), outcome.costly));
    throw new Error(outcome.why);
}
/** One trust policy file at `path` (shown as `file`, relative to the workspace). */
async function checkPolicyFile(fs, path, file, isOrgPolicy, engine = {}) {
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
        problems = await lint(engine, file, 'lintPolicy', [text, { isOrgPolicy }]);
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
async function checkPolicyFolder(fs, dir, workspace, names, isOrgPolicy, engine = {}) {
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
        files.push(await checkPolicyFile(fs, path, file, isOrgPolicy, engine));
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
    return (0,_sts_request_js__WEBPACK_IMPORTED_MODULE_5__/* .hostsOrgPolicies */ .q8)(`owner/${parts[at - 2] ?? ''}`, orgPolicyRepo);
}


/***/ })

};
