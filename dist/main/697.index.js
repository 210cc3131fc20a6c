export const id = 697;
export const ids = [697];
export const modules = {

/***/ 3401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CQ: () => (/* binding */ anchoredSource),
/* harmony export */   ck: () => (/* binding */ OLDER_SERVERS),
/* harmony export */   hO: () => (/* binding */ legacyVerdictLine)
/* harmony export */ });
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ GITHUB_ISSUER)
/* harmony export */ });
// The issuer of GitHub Actions OIDC tokens, named by the engine's hints and the suggested
// policy. A leaf module: the suggestion (on the main bundle's failure path) imports it without
// loading the engine.
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';


/***/ }),

/***/ 6353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 517:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ parseSubject),
/* harmony export */   Cj: () => (/* binding */ idsCommand),
/* harmony export */   QK: () => (/* binding */ formatSubject),
/* harmony export */   Wt: () => (/* binding */ repositorySegment),
/* harmony export */   Zm: () => (/* binding */ patternRepository),
/* harmony export */   Zu: () => (/* binding */ namesOtherForm),
/* harmony export */   nB: () => (/* binding */ subjectForm),
/* harmony export */   w3: () => (/* binding */ idsFromClaims)
/* harmony export */ });
/* unused harmony exports formOf, inForm, idsFromEnv */
/* harmony import */ var _goformat_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6353);
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 8697:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportDryRun: () => (/* binding */ reportDryRun),
  reportFailure: () => (/* binding */ reportFailure),
  writeReport: () => (/* binding */ writeReport)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/sts/request.ts
var request = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/policy/token.ts
var token = __webpack_require__(1423);
// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __webpack_require__(9905);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
    return env.GITHUB_WORKSPACE ? (0,external_node_path_.resolve)(cwd, env.GITHUB_WORKSPACE) : undefined;
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
    const rel = (0,external_node_path_.relative)(root, path);
    if (rel === '')
        return true;
    if ((0,external_node_path_.isAbsolute)(rel) || rel === '..' || rel.startsWith('..' + external_node_path_.sep))
        return false;
    return rel.split(external_node_path_.sep)[0] !== '.git';
}
/**
 * The real path of `path` (every link resolved) when it stays inside `workspace`; throws
 * `OutsideWorkspaceError` when it leaves, and ENOENT-style errors when there is nothing there.
 */
function realPathWithin(workspace, path) {
    const real = (0,external_node_fs_.realpathSync)(path);
    if (!isWithin((0,external_node_fs_.realpathSync)(workspace), real))
        throw new OutsideWorkspaceError();
    return real;
}
// O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOFOLLOW (for a real path already
// checked): a link there now was swapped in since. Both are 0 where the platform lacks them.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
/**
 * Reads a regular file of at most `maxBytes`; `undefined` when there is none. With `workspace`,
 * the file must resolve (through links) to inside it, or this throws `OutsideWorkspaceError`.
 */
function readSmallFile(path, maxBytes, workspace) {
    let fd;
    try {
        fd =
            workspace === undefined
                ? (0,external_node_fs_.openSync)(path, OPEN_FLAGS)
                : (0,external_node_fs_.openSync)(realPathWithin(workspace, path), OPEN_FLAGS | NOFOLLOW);
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
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new Error(st.isDirectory() ? 'it is a directory' : 'not a regular file');
        if (st.size > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        // One byte more than allowed is read, so a file that grows meanwhile is still refused.
        const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
        let read = 0;
        while (read < buf.length) {
            const n = (0,external_node_fs_.readSync)(fd, buf, read, buf.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        if (read > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        return buf.subarray(0, read).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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

;// CONCATENATED MODULE: ./src/diagnosis/local-check.ts
// Explains a denial against the real policy: when the policy lives in the workflow's own
// repository and a copy is checked out in GITHUB_WORKSPACE, evaluate it against the token's
// claims with the server's semantics and report every field that fails, not just the first.
// The policy engine (yaml + RE2) is loaded only here, on the failure and dry-run paths, and runs
// in the sandbox (src/policy/sandbox.ts): bounded by the step's deadline and in memory.





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
const sameRepo = (a, b) => a.toLowerCase() === b.toLowerCase();
/** The step's time limit was reached: no stage starts after it. */
const late = (deps) => deps.deadline !== undefined && (deps.now ?? Date.now)() >= deps.deadline;
/** The workspace copy, when the workflow runs in `policyRepo` and there is time to read it. */
function readWorkspaceCopy(env, policyRepo, path, deps) {
    const workflowRepo = env.GITHUB_REPOSITORY;
    const workspace = workspaceRoot(env);
    if (!workflowRepo || !sameRepo(workflowRepo, policyRepo) || !workspace)
        return { status: 'elsewhere', ...(workflowRepo ? { workflowRepo } : {}) };
    if (late(deps))
        return { status: 'skipped' };
    let text;
    try {
        text = (deps.readFile ?? readSmallFile)((0,external_node_path_.join)(workspace, path), MAX_POLICY_BYTES, workspace);
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
        const text = (deps.readFile ?? readSmallFile)(file, MAX_POLICY_BYTES);
        return text === undefined ? { status: 'absent', workspace: file } : { status: 'read', text };
    }
    catch (e) {
        return { status: 'unreadable', why: String(e?.message ?? e) };
    }
}
/** Evaluates the workspace copy of the policy the exchange used, when there is one. */
async function checkLocalPolicy(env, ctx, 
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

// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __webpack_require__(2339);
// EXTERNAL MODULE: ./src/log/markdown.ts
var markdown = __webpack_require__(157);
;// CONCATENATED MODULE: ./src/diagnosis/issuers.ts
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
const issuers_text = (v) => (typeof v === 'string' ? v : '');
/** Which known non-GitHub issuer minted a token with these claims, if any. */
function issuerProfile(claims) {
    const iss = issuers_text(claims.iss);
    const sub = issuers_text(claims.sub);
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

;// CONCATENATED MODULE: ./src/diagnosis/claims.ts
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
const safeText = (text, max = MAX_VALUE) => (0,neutralize/* sanitize */.a)(text, max);
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
    const profile = issuerProfile(claims);
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
    const list = (0,markdown/* markdownList */.Al)(rows.map(r => [
        `${(0,markdown/* codeSpan */.SS)(r.name, false)}: ${r.missing ? (0,markdown/* escapeMarkdown */.FV)(r.value) : (0,markdown/* codeSpan */.SS)(r.value, false) + (r.altered ? ' \\*' : '')}`
    ]));
    return rows.some(r => r.altered) ? `${list}\n\n${(0,markdown/* escapeMarkdown */.FV)(ALTERED_NOTE)}` : list;
}

// EXTERNAL MODULE: ./src/policy/github.ts
var github = __webpack_require__(4543);
// EXTERNAL MODULE: ./src/policy/goformat.ts
var goformat = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __webpack_require__(517);
// EXTERNAL MODULE: ./src/policy/token-validity.ts
var token_validity = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/diagnosis/suggested-policy.ts
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
        pattern: `${(0,goformat/* quoteMeta */.WL)(prefix)}:ref:refs/${kind}/${any}${rest === undefined ? '' : (0,goformat/* quoteMeta */.WL)(rest)}`,
        what
    };
}
/** `job_workflow_ref` as a pattern; a pull request's merge ref becomes any pull request's. */
function workflowPattern(ref) {
    const m = /^(.*)@refs\/pull\/\d+\/merge$/.exec(ref);
    return m ? `${(0,goformat/* quoteMeta */.WL)(m[1] ?? '')}@refs/pull/[0-9]+/merge` : (0,goformat/* quoteMeta */.WL)(ref);
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
                ...instead(`${what} of the project (broader: anyone who can push one gets the token)`, `${(0,goformat/* quoteMeta */.WL)(m[1] ?? '')}.+`)
            ];
        }
        case 'buildkite': {
            const m = /^(organization:[^:]+:pipeline:[^:]+:ref:[^:]*):commit:[^:]*:step:(.*)$/.exec(sub);
            if (!m)
                return [exactly];
            const head = (0,goformat/* quoteMeta */.WL)(m[1] ?? '');
            const lines = [
                '# The subject names the commit, which changes with every build: any commit matches.',
                `subject_pattern: ${yamlScalar(`${head}:commit:[^:]+:step:${(0,goformat/* quoteMeta */.WL)(m[2] ?? '')}`)}`
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
                ...instead('the same for whoever starts the pipeline (broader: any user who can run it)', `${(0,goformat/* quoteMeta */.WL)(m[1] ?? '')}[^/]+${(0,goformat/* quoteMeta */.WL)(m[2] ?? '')}`)
            ];
        }
        case 'terraform': {
            const m = /^(organization:[^:]+:project:[^:]+:workspace:[^:]+:run_phase:)(?:plan|apply)$/.exec(sub);
            if (!m)
                return [exactly];
            return [
                exactly,
                ...instead('both run phases (plans run for speculative plans too: give them read access only)', `${(0,goformat/* quoteMeta */.WL)(m[1] ?? '')}(plan|apply)`)
            ];
        }
        case 'kubernetes':
            return [exactly];
    }
}
function suggestPolicy(claims, ctx) {
    const { repo, path } = (0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    // The server reads scope `org/.github` (its org policy repository) as the org's:
    // `repositories` is allowed there too.
    const orgPolicy = (0,request/* isOrgPolicyRepo */.Fd)(repo, ctx.orgPolicyRepo);
    const warnings = [];
    const profile = issuerProfile(claims);
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
        lines.push(`issuer: ${github/* GITHUB_ISSUER */.o}`);
        warnings.push(rawIss
            ? 'The token\'s `iss` cannot be shown as it is; the policy above uses GitHub\'s issuer: check the "iss" claim.'
            : "The token has no `iss` claim; the policy above uses GitHub's issuer.");
    }
    const rawSub = str(claims.sub);
    const sub = exact(rawSub);
    if (sub && profile) {
        lines.push(...otherIssuerSubject(profile.kind, sub));
        if (!(0,token_validity/* isValidSubject */.xh)(sub)) {
            // GitHub's subjects never fail this; a Terraform project name with a space does.
            warnings.push(`The token's \`sub\` holds a space or a character such as a quote, \`;\`, \`$\` or a bracket: the server refuses it ("invalid subject in token") before reading any policy, so no policy can admit this ${profile.name} token. Rename what the subject is made of (e.g. the project or workspace).`);
        }
    }
    else if (sub) {
        if ((0,subject_form/* subjectForm */.nB)(sub) === 'immutable') {
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

;// CONCATENATED MODULE: ./src/diagnosis/subject-note.ts
// What the diagnosis says about GitHub's two subject forms (src/policy/subject-form.ts decides):
// that a policy names the other form than the token has, with the line to write and where the
// IDs come from, and, in a dry run, which form this repository's tokens have. Prose with code
// spans, as verdict.ts writes it; the action's log and summary and the CLI all print these.



const IMMUTABLE_SHAPE = '`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`';
const NAME_ONLY_SHAPE = '`repo:OWNER/REPO:…`';
const WHO_GETS_IT = 'GitHub gives immutable subjects to repositories created, renamed or transferred on github.com since mid-2026 and to those that opt in; GHES has only name-only ones';
/** The `subject`/`subject_pattern` line, as YAML. */
const subjectLine = (o) => `${o.write.field}: ${yamlScalar(o.write.value)}`;
const whereIds = (owner, repo) => `The IDs are the token's \`repository_owner_id\` and \`repository_id\` claims (\`GITHUB_REPOSITORY_OWNER_ID\` and \`GITHUB_REPOSITORY_ID\` on the runner); ${codeValue((0,subject_form/* idsCommand */.Cj)(owner, repo))} prints them.`;
/** Why the policy's subject refuses this token, when the reason is the subject's form. */
function otherFormProse(o, file) {
    const field = codeValue(o.field);
    const tokenNames = codeValue((0,subject_form/* repositorySegment */.Wt)(o.owner, o.repo, o.ids));
    const line = codeValue(subjectLine(o), 1000);
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
    const s = typeof sub === 'string' ? (0,subject_form/* parseSubject */.Ci)(sub) : undefined;
    if (!s)
        return undefined;
    if (s.ids) {
        return `Subject form: this repository uses GitHub's immutable subjects (${IMMUTABLE_SHAPE}; ${WHO_GETS_IT}). A policy's \`subject\` or \`subject_pattern\` must name it as ${codeValue((0,subject_form/* repositorySegment */.Wt)(s.owner, s.repo, s.ids))}: by name only, it never matches.`;
    }
    const immutable = ids ? ` as ${codeValue((0,subject_form/* repositorySegment */.Wt)(s.owner, s.repo, ids))}` : '';
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

// EXTERNAL MODULE: ./src/policy/anchoring.ts
var anchoring = __webpack_require__(3401);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(7819);
;// CONCATENATED MODULE: ./src/diagnosis/verdict.ts
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
const TIME_LIMIT_SKIPPED = `The local policy check was skipped: ${vocabulary.W.timeLimit} (${vocabulary.W.setting('timeout-seconds')}) was reached.`;
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
    const v = codeValue;
    const branch = checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : '';
    const ref = checkout.ref ? ` (${v(checkout.ref)})` : '';
    return checked
        ? `The server reads the policy from the default branch of ${v(repo)}${branch}; this check used the copy checked out in the workspace${ref}, which may differ.`
        : `The server reads the policy from the default branch of ${v(repo)}${branch}, not from ${vocabulary.W.otherBranch}.`;
}
/** What the local check of the trust policy says, given why the exchange failed (or `dry-run`). */
function policyVerdict(kind, check, ctx, checkout) {
    const v = codeValue;
    const { repo, path } = (0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
    const file = v(path);
    switch (check.status) {
        case 'elsewhere':
            return {
                title: `Trust policy check: ${vocabulary.W.notChecked}`,
                prose: [
                    vocabulary.W.policyElsewhere(v(repo), file, check.workflowRepo ? v(check.workflowRepo) : ''),
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
                        ? `There is no ${file} in the workspace either: create it on the default branch of ${v(repo)} (a suggested policy is below). If the file does exist, ${vocabulary.W.checkoutPolicy} to have it checked here.`
                        : `The workspace has no ${file} to check (${vocabulary.W.checkoutPolicy} to have the policy explained here).`
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
                    (0,sandbox/* tooCostly */.fE)(`The workspace copy of ${file}`, check.costly),
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
            'policy-not-found': `The workspace has ${file}, and it admits this workflow, but the server found no such file: is it merged to the default branch of ${v(repo)}${checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''} yet? The server caches a miss for up to 5 minutes: if it was merged just now, ${vocabulary.W.rerun} in a few minutes.`,
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
        prose.push((0,anchoring/* legacyVerdictLine */.hO)(check.legacy, v));
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
    const v = codeValue;
    const brokenThere = kind === 'issuer-allowlist-invalid';
    const { policyRepo: repo, path } = check;
    const file = v(path);
    const none = { findings: [], warnings: [] };
    switch (check.status) {
        case 'elsewhere':
            return {
                title: 'Issuer allowlist check: not possible here',
                prose: [
                    `The org's issuer allowlist is ${file} in ${v(repo)}, not in this workflow's repository${check.workflowRepo ? ` (${v(check.workflowRepo)})` : ''}: it cannot be checked from this workspace. ${brokenThere ? vocabulary.W.validateThere : `It does not permit this token's issuer, ${v(check.issuer)}: the org's owners decide whether to add it to \`issuers\` (byte for byte) or \`issuer_patterns\` there.`}`,
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
                prose: [(0,sandbox/* tooCostly */.fE)(`The workspace copy of ${file}`, check.costly)],
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
        claims: decidingClaims(claims, extra),
        ...(POLICY_NOT_AT_ISSUE.has(kind) ? {} : { suggestion: suggestPolicy(claims, ctx) }),
        undecodable: false
    };
}
/** The policy names the other subject form: from the workspace copy, else the server's words. */
function subjectFormProse(parts, ctx) {
    const other = (parts.check?.status === 'checked' ? parts.check.otherForm : undefined) ?? parts.otherForm;
    return other
        ? otherFormProse(other, codeValue((0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo).path))
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
        const { repo, path } = (0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo);
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
        out.note = defaultBranchNote((0,request/* policyLocation */.a0)(ctx.scope, ctx.identity, ctx.orgPolicyRepo).repo, checkout, false);
    const form = [
        ...(input.claims ? [formNote(input.claims.sub, (0,subject_form/* idsFromClaims */.w3)(input.claims))] : []),
        ...subjectFormProse(input, ctx)
    ].filter((l) => l !== undefined);
    if (form.length)
        out.subjectForm = form;
    return out;
}

;// CONCATENATED MODULE: ./src/diagnosis/verdict-log.ts
// A verdict (verdict.ts) as the job log (or a terminal) shows it: plain lines, visible without
// opening anything, and collapsed groups for the claims and the suggested policy; its terms in
// the front end's words (src/vocabulary.ts).





/** Prose written with code spans, for the log: the backticks read fine as they are. */
const logLine = (prose, words) => safeText((0,vocabulary/* speak */.Lr)(prose, words), 2000);
/**
 * A line we built (YAML, aligned details), kept as it is when making it safe would only
 * collapse its spaces; otherwise made safe.
 */
const aligned = (line) => {
    const safe = safeText(line, 1200);
    return safe === line.replace(/\s+/g, ' ').trim() ? line.replace(/\s/g, ' ') : safe;
};
function problemLine(p) {
    const at = p.line ? ` at line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';
    return `${p.severity}${at}: ${p.message}`;
}
function findingLines(f) {
    const lines = [`✗ ${f.field}${f.line ? ` (line ${f.line})` : ''}: ${f.reason}`];
    if (f.pattern !== undefined)
        lines.push(`    policy pattern: ${(0,anchoring/* anchoredSource */.CQ)(f.pattern)} (Go RE2)`);
    else if (f.expected !== undefined)
        lines.push(`    policy value:   ${f.expected}`);
    if (isMismatch(f))
        lines.push(`    token value:    ${f.actual ?? '(no such claim)'}`);
    return lines.map(aligned);
}
function checkLines(vd, words) {
    return [
        logLine(vd.title, words),
        ...vd.findings.slice(0, markdown/* MAX_LISTED */.Bl).flatMap(f => findingLines(f).map(l => '  ' + l)),
        ...(0,markdown/* notListed */.NL)(vd.findings, 'findings').map(l => '  ' + l),
        ...vd.warnings.slice(0, markdown/* MAX_LISTED */.Bl).map(p => '  ' + safeText(problemLine(p), 1000)),
        ...(0,markdown/* notListed */.NL)(vd.warnings, 'warnings').map(l => '  ' + l),
        ...vd.prose.map(p => logLine(p, words))
    ];
}
function evidenceLog(e, words) {
    const info = [];
    const groups = [];
    if (e.claims) {
        groups.push({
            title: (0,vocabulary/* speak */.Lr)(`Claims that decide a match (from ${vocabulary.W.idToken}, which is not shown)`, words),
            lines: claimLines(e.claims)
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

;// CONCATENATED MODULE: ./src/diagnosis/verdict-markdown.ts
// A verdict (verdict.ts) as the job summary shows it: Markdown in which every value is literal,
// its terms in the front end's words (src/vocabulary.ts).





/**
 * One finding as a list item: the field and its line, what the policy says and what the token
 * has. The reason is added when it says more than those two (a missing claim, a value that is
 * not a string, a problem of the file); "… did not match …" only repeats them.
 */
function findingItem(f) {
    const code = (s) => (0,markdown/* codeSpan */.SS)(safeText(s), false);
    const head = `${(0,markdown/* codeSpan */.SS)(safeText(f.field, 200), false)}${f.line ? `, line ${f.line}` : ''}`;
    const lines = [head];
    if (f.pattern !== undefined)
        lines.push(`Policy: ${code((0,anchoring/* anchoredSource */.CQ)(f.pattern))}`);
    else if (f.expected !== undefined)
        lines.push(`Policy: ${code(f.expected)}`);
    if (f.actual !== undefined)
        lines.push(`Token: ${code(f.actual)}`);
    const restates = lines.length === 3 && f.reason.includes(' did not match ');
    if (!restates)
        lines.push((0,markdown/* escapeMarkdown */.FV)(safeText(f.reason, 600)));
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
            .map(p => [safeText(p.message, 600), p.line ? String(p.line) : ''])), ...(0,markdown/* notListed */.NL)(vd.warnings, 'warnings'), '');
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
        out.push('#### Claims that decide a match', '', claimsMarkdown(e.claims), '');
    const s = e.suggestion;
    if (s) {
        out.push(`#### A trust policy that admits exactly this workflow`, '', (0,markdown/* markdownProse */.h$)(`Commit it as ${codeValue(s.path)} to the default branch of ${codeValue(s.repo)}:`), '', (0,markdown/* codeBlock */.DV)(s.yaml, 'yaml'), '');
        for (const w of s.warnings)
            out.push(`> [!WARNING]\n> ${(0,markdown/* markdownProse */.h$)(w)}`, '');
    }
    return out;
}
function failureMarkdown(fv, words) {
    const { error, target, whereServerLooks: where } = fv;
    const out = [
        `### ❌ Octo STS: no token${target ? ` for ${codeValue(target.identity, 100)} on ${codeValue(target.scope, 100)}` : ''} (${fv.title})`,
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
            ? `its default branch, ${codeValue(where.defaultBranch)}`
            : 'its default branch';
        out.push((0,markdown/* markdownProse */.h$)(`Where the server looks: ${codeValue(where.path)} in ${codeValue(where.repo)}, on ${branch} (a miss or a policy is cached for up to 5 minutes).`), '');
    }
    if (fv.check)
        out.push(...checkMarkdown(fv.check, words));
    out.push(...subjectFormMarkdown(fv.subjectForm, words));
    out.push(...evidenceMarkdown(fv.evidence));
    return out.join('\n');
}
function dryRunMarkdown(dv, words) {
    const { ctx } = dv;
    const out = [
        `### Octo STS dry run: ${codeValue(ctx.identity, 100)} on ${codeValue(ctx.scope, 100)}`,
        '',
        (0,markdown/* markdownProse */.h$)(`No exchange was made and no \`token\` output is set. The exchange would ask ${codeValue(`https://${ctx.domain}`)} for identity ${codeValue(ctx.identity, 100)} with scope ${codeValue(ctx.scope, 100)}.`),
        ''
    ];
    if (dv.check)
        out.push(...checkMarkdown(dv.check, words));
    if (dv.note !== undefined)
        out.push((0,markdown/* markdownProse */.h$)((0,vocabulary/* speak */.Lr)(dv.note, words)), '');
    out.push(...subjectFormMarkdown(dv.subjectForm, words));
    out.push(...evidenceMarkdown(dv.evidence));
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/diagnosis/report.ts







function failureReport(input, words) {
    const verdict = failureVerdict(input);
    return { ...failureLog(verdict, words), summary: failureMarkdown(verdict, words) };
}
function dryRunReport(input, words) {
    const verdict = dryRunVerdict(input);
    return { ...dryRunLog(verdict, words), summary: dryRunMarkdown(verdict, words) };
}
/** The failure's report, with the local policy checked when it can help: no runner needed. */
async function diagnoseFailure(env, error, words, ctx, token, deps = {}) {
    const claims = token?.claims;
    const check = ctx && token && LOCAL_KINDS.has(error.kind)
        ? await checkLocalPolicy(env, ctx, token.payload, deps)
        : undefined;
    const allowlist = ctx && token && ALLOWLIST_KINDS.has(error.kind)
        ? await checkLocalAllowlist(env, ctx, token.payload, deps)
        : undefined;
    const checkout = readCheckout(env, deps.readFile);
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
    const said = subjectMismatch(error.details.serverMessage);
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

;// CONCATENATED MODULE: ./src/steps/report.ts
// A diagnosis written where the runner shows it: plain log lines, collapsed groups, job summary.


function writeReport(runner, report) {
    for (const line of report.info)
        runner.info(line);
    for (const g of report.groups)
        runner.group(g.title, g.lines);
    return runner.appendSummary(report.summary);
}
/** Checks the local policy when it can help with this failure, then writes the report. */
async function reportFailure(runner, env, error, ctx, token, deps = {}) {
    await writeReport(runner, await diagnoseFailure(env, error, vocabulary/* ACTION */.hr, ctx, token, deps));
}
/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
async function reportDryRun(runner, env, ctx, token, deps = {}) {
    const report = await diagnoseDryRun(env, vocabulary/* ACTION */.hr, ctx, token, deps);
    await writeReport(runner, report);
    return report;
}


/***/ })

};
