export const id = 619;
export const ids = [619];
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

/***/ 9619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JOBS: () => (/* binding */ JOBS),
  MAX_TOKENS_PER_JOB: () => (/* binding */ MAX_TOKENS_PER_JOB),
  runJob: () => (/* binding */ runJob)
});

// EXTERNAL MODULE: ./src/policy/anchoring.ts
var anchoring = __webpack_require__(3401);
// EXTERNAL MODULE: ./src/policy/github.ts
var policy_github = __webpack_require__(4543);
// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __webpack_require__(9905);
;// CONCATENATED MODULE: ./src/policy/cost.ts
// Patterns that cost too much to build here although the server builds them. Go's program
// size is estimated from the pattern before re2js builds it (`goProgramSize`): past
// MAX_CHECKED_SIZE and up to Go's bound, the pattern is too costly to check here (TooCostly,
// which ends the job: see src/policy/jobs.ts), since re2js would take seconds and gigabytes.
// re2js also bounds a program at 1,398,101 instructions where Go's regexp/syntax (1.19+) allows
// 3,355,443, and both refuse "expression too large" past their bound: between the two, that
// refusal is not the server's, so it too is TooCostly. Past Go's bound, or past the rune bound
// the two share, the pattern is invalid, as the server says.



/** A pattern the server accepts but this engine cannot afford to build. */
class TooCostly extends Error {
    name = 'TooCostly';
}
const isTooLarge = (e) => e instanceof Error && /expression too large/.test(e.message);
/**
 * Go's calcSize over the pattern's structure (without the factoring of alternations, which
 * only makes Go's smaller): literals 1 a rune, a class 1, a capture or `*` 2 + its part, `+`
 * and `?` 1 + its part, `x{n,m}` m·x + (m - n), alternatives their sum + one per `|`. Undefined
 * for a pattern this reading cannot follow.
 */
function goProgramSize(pattern) {
    let i = 0;
    const repeat = () => {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 30));
        if (!m)
            return undefined;
        i += m[0].length;
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === '' ? -1 : Number(m[3]);
        return { min, max };
    };
    const alternation = () => {
        const alts = [concat()];
        while (pattern[i] === '|') {
            i++;
            alts.push(concat());
        }
        const sum = alts.reduce((a, b) => a + b, 0) + alts.length - 1;
        return { size: Math.max(1, sum) };
    };
    const concat = () => {
        let size = 0;
        while (i < pattern.length && pattern[i] !== '|' && pattern[i] !== ')') {
            let atom = atomSize();
            if (atom === undefined)
                continue; // a flag group such as (?i): no node
            for (;;) {
                const c = pattern[i];
                if (c === '*') {
                    i++;
                    atom = 2 + atom;
                }
                else if (c === '+' || c === '?') {
                    i++;
                    atom = 1 + atom;
                }
                else if (c === '{') {
                    const r = repeat();
                    if (!r)
                        break;
                    atom =
                        r.max === -1
                            ? r.min === 0
                                ? 2 + atom
                                : 1 + r.min * atom
                            : Math.max(1, r.max * atom + (r.max - r.min));
                }
                else
                    break;
                if (pattern[i] === '?')
                    i++; // non-greedy: the same size
            }
            size += atom;
        }
        return Math.max(1, size);
    };
    const atomSize = () => {
        // \pL, \p{Greek}, \x41, \x{263a}: one node, longer than the two characters of an escape.
        const braced = /^\\(?:[pP](?:\{[^}]*\}|[^{])|x(?:\{[^}]*\}|[0-9A-Fa-f]{2}))/.exec(pattern.slice(i, i + 100));
        if (braced) {
            i += braced[0].length;
            return 1;
        }
        const end = literalEnd(pattern, i);
        if (end !== undefined) {
            // An escape or a class is one node; `\Q…\E` is a literal of its runes.
            const quoted = pattern.startsWith('\\Q', i);
            const size = quoted
                ? Math.max(1, [...pattern.slice(i + 2, end).replace(/\\E$/, '')].length)
                : 1;
            i = end;
            return size;
        }
        if (pattern[i] === '(') {
            const flags = /^\(\?[imsU-]*\)/.exec(pattern.slice(i, i + 20));
            if (flags) {
                i += flags[0].length;
                return undefined;
            }
            const head = /^\((\?[imsU-]*:|\?P?<[A-Za-z0-9_]+>)?/.exec(pattern.slice(i, i + 300));
            const capture = !head?.[1] || !head[1].endsWith(':');
            i += head?.[0].length ?? 1;
            const inner = alternation();
            if (pattern[i] !== ')')
                throw new Error('unbalanced');
            i++;
            return capture ? 2 + inner.size : inner.size;
        }
        i += (pattern.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        return 1;
    };
    try {
        const size = alternation().size;
        return i === pattern.length ? size : undefined;
    }
    catch {
        return undefined;
    }
}
/** `pattern` with every counted repetition made `{1}`: the same runes, a small program. */
function withoutCounts(pattern) {
    return rewriteOutsideLiterals(pattern, i => {
        const m = pattern[i] === '{' ? /^\{\d+(,\d*)?\}/.exec(pattern.slice(i, i + 30)) : null;
        return m ? [m[0].length, '{1}'] : undefined;
    });
}
/**
 * Throws TooCostly before re2js builds `wrapped` (the pattern as the server compiles it) when
 * Go would build it but it is larger than MAX_CHECKED_SIZE. Past Go's bound, re2js refuses it
 * as the server does, at once.
 */
function checkCost(wrapped) {
    const size = goProgramSize(wrapped);
    if (size !== undefined && size > sandbox/* MAX_CHECKED_SIZE */.Th && size <= sandbox/* GO_MAX_SIZE */.yh)
        throw new TooCostly(`the pattern needs ${size} instructions`);
}
/**
 * What to throw for re2js's error `e` compiling `wrapped` (the pattern as the server compiles
 * it): `e` itself, or TooCostly when re2js found the program too large but Go would build it.
 */
function costlyOr(e, wrapped) {
    if (!isTooLarge(e))
        return e;
    // Too many runes (the bound both share) stays too large without the counts.
    try {
        build/* RE2JS */.L3.compile(withoutCounts(wrapped));
    }
    catch (again) {
        if (isTooLarge(again))
            return e;
    }
    const size = goProgramSize(wrapped);
    if (size !== undefined && size > sandbox/* GO_MAX_SIZE */.yh)
        return e;
    return new TooCostly(`the pattern needs ${size === undefined ? 'more instructions than this engine allows' : `${size} instructions`} (the server allows up to ${sandbox/* GO_MAX_SIZE */.yh})`);
}

;// CONCATENATED MODULE: ./src/policy/go-regexp.ts
// re2js as Go's regexp: where re2js (a port of Go's regexp/syntax) still parts from the Go the
// server runs (1.26), found by the Go differential test (__tests__/unit/go-differential.test.ts):
// its Unicode tables are newer (16.0 and 17.0) than Go's (15.0), so it knows scripts Go does
// not, which Go refuses as an invalid character class range.

/** Scripts re2js knows and Go 1.26 (Unicode 15.0) does not: Unicode 16.0, 17.0, and Unknown. */
const NOT_IN_GO = new Set([
    'Garay',
    'Gurung_Khema',
    'Kirat_Rai',
    'Ol_Onal',
    'Sunuwar',
    'Todhri',
    'Tulu_Tigalari',
    'Beria_Erfe',
    'Sidetic',
    'Tai_Yo',
    'Tolong_Siki',
    'Unknown'
]);
const PREFIX = 'error parsing regexp: ';
/** The first `\p{Name}` (or `\P{…}`) of `source` that Go does not know, as written. */
function unknownToGo(source) {
    for (let i = 0; i < source.length; i++) {
        if (source[i] !== '\\')
            continue;
        const next = source[i + 1];
        if (next === 'Q') {
            const end = source.indexOf('\\E', i + 2);
            if (end < 0)
                return undefined;
            i = end + 1;
        }
        else if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
            const end = source.indexOf('}', i + 3);
            if (end < 0)
                return undefined;
            const name = source.slice(i + 3, end).replace(/^\^/, '');
            if (NOT_IN_GO.has(name))
                return source.slice(i, end + 1);
            i = end;
        }
        else
            i++;
    }
    return undefined;
}
/** Compiles `source` with re2js, refusing the script names Go does not know as Go does. */
function goCompile(source) {
    const re = build/* RE2JS */.L3.compile(source);
    const unknown = unknownToGo(source);
    if (unknown !== undefined) {
        throw new Error(`${PREFIX}invalid character class range: \`${unknown}\``);
    }
    return re;
}
/**
 * An error for `stripped` (the source with its group names dropped, see compile.ts) told in
 * terms of `source`: Go quotes the expression as written.
 */
function restoreNames(e, stripped, source) {
    if (!(e instanceof Error))
        return e;
    const m = /: `([\s\S]*)`$/.exec(e.message);
    if (!m || m[1] === undefined || stripped === source)
        return e;
    const quoted = m[1];
    if (quoted === stripped)
        e.message = e.message.slice(0, m.index) + `: \`${source}\``;
    return e;
}

// EXTERNAL MODULE: ./src/policy/goformat.ts
var goformat = __webpack_require__(6353);
;// CONCATENATED MODULE: ./src/policy/compile.ts





/**
 * Where the RE2 syntax at `pattern[i]` ends (exclusive) when it can hold no group: an escape,
 * a `\Q…\E` quote or a character class, in which `(`, `)` and `|` are literal. Otherwise
 * undefined. Shared by every scanner of a pattern's structure.
 */
function literalEnd(pattern, i) {
    const c = pattern[i];
    if (c === '\\') {
        if (pattern[i + 1] !== 'Q')
            return i + 2;
        const end = pattern.indexOf('\\E', i + 2);
        return end < 0 ? pattern.length : end + 2;
    }
    if (c !== '[')
        return undefined;
    let j = i + 1;
    if (pattern[j] === '^')
        j++;
    if (pattern[j] === ']')
        j++;
    while (j < pattern.length && pattern[j] !== ']') {
        if (pattern[j] === '\\')
            j += 2;
        else if (pattern.startsWith('[:', j)) {
            const end = pattern.indexOf(':]', j + 2);
            j = end < 0 ? j + 1 : end + 2;
        }
        else
            j++;
    }
    return j + 1;
}
/**
 * `pattern` with every named group made a plain capturing group: names do not change what
 * matches, and Go's regexp/syntax accepts a name used twice where re2js refuses it.
 */
function withoutGroupNames(pattern) {
    return rewriteOutsideLiterals(pattern, i => {
        const named = /^\(\?P?<[A-Za-z0-9_]+>/.exec(pattern.slice(i, i + 300));
        return named ? [named[0].length, '('] : undefined;
    });
}
/**
 * `pattern` with the syntax at each position outside literals (escapes, `\Q…\E`, classes, which
 * are copied whole) replaced where `at(i)` says: `[length consumed, replacement]`.
 */
function rewriteOutsideLiterals(pattern, at) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const end = literalEnd(pattern, i);
        if (end !== undefined) {
            out += pattern.slice(i, end);
            i = end - 1;
            continue;
        }
        const hit = at(i);
        if (hit) {
            out += hit[1];
            i += hit[0] - 1;
        }
        else
            out += pattern[i];
    }
    return out;
}
/**
 * Compiles `wrap(pattern)` as Go does: Go (regexp/syntax, 1.22+) accepts a group name used
 * twice, re2js refuses it; names do not change what matches, so they are dropped then.
 */
function compileGo(pattern, wrap) {
    checkCost(wrap(pattern));
    try {
        return goCompile(wrap(pattern));
    }
    catch (e) {
        if (!/duplicate capture group name/.test(String(e?.message)))
            throw costlyOr(goError(e, wrap(pattern)), wrap(pattern));
        const stripped = wrap(withoutGroupNames(pattern));
        try {
            return goCompile(stripped);
        }
        catch (f) {
            throw restoreNames(goError(f, stripped), stripped, wrap(pattern));
        }
    }
}
/**
 * re2js's syntax error as Go prints it: Go always ends with the expression in backquotes, empty
 * for a trailing backslash and the whole pattern for one too large or nested too deeply, where
 * re2js leaves it out.
 */
function goError(e, source) {
    const x = e;
    if (x?.name !== 'RE2JSSyntaxException' || x.input || typeof x.message !== 'string')
        return e;
    const expr = /trailing backslash/.test(String(x.error)) ? '' : source;
    return new Error(`${x.message}: \`${expr}\``);
}
/**
 * Compiles a pattern exactly as today's server does (trust policy fields and org allowlist
 * patterns alike): alone first, so an unbalanced `)` in `a)|(` cannot close the group below and
 * `a\` cannot escape it, then as `^(?:pattern)$`, anchored at both ends even with a top-level
 * `|`; the group also keeps an inline flag such as `(?m)` from changing the anchors. Throws the
 * Go-formatted syntax error (of the pattern alone when that fails).
 */
function compileAnchored(pattern) {
    compileGo(pattern, p => p);
    return compileGo(pattern, anchoring/* anchoredSource */.CQ);
}
/**
 * Compiles a pattern as servers released before 2026-09 did (before octo-sts/app#1643):
 * `^pattern$`, no group, so `a|b` is `(^a)|(b$)`. Only to say where such a server decides
 * otherwise (./legacy.ts); never to decide.
 */
function compileLegacy(pattern) {
    return compileGo(pattern, p => '^' + p + '$');
}
/**
 * For a pattern today's server refuses: the note that older servers accepted it (`a\` compiled
 * inside `^a\$`), so a policy that worked on one is refused by the other. Empty otherwise.
 */
function legacyAccepted(pattern) {
    try {
        compileLegacy(pattern);
    }
    catch {
        return '';
    }
    return ` (servers released before 2026-09 compiled it as ${(0,goformat/* goQuote */.dg)('^' + pattern + '$')} and accepted it; today's server compiles the pattern alone first)`;
}
/** A compile error's text, as Go's regexp prints it. */
const regexpError = (e) => e instanceof Error ? e.message : `error parsing regexp: ${String(e)}`;
/**
 * Compiles every field it can and reports every problem, in the server's order (the first
 * one is the server's error). Fields with problems are left out of the result.
 */
function compile_compilePartial(policy, positions = {}, 
/** How each pattern compiles: today's server, or `compileLegacy` for an older one. */
compile = compileAnchored) {
    const errors = [];
    const fail = (text, field, at = field) => {
        const p = { severity: 'error', message: text, field };
        const pos = positions[at];
        if (pos) {
            p.line = pos.line;
            p.column = pos.column;
        }
        errors.push(p);
    };
    const rule = (field, value, isPattern) => {
        const line = positions[field]?.line;
        const base = line === undefined ? { field } : { field, line };
        if (!isPattern)
            return { ...base, literal: value };
        try {
            return { ...base, pattern: value, re: compile(value) };
        }
        catch (e) {
            if (e instanceof TooCostly)
                throw e; // the whole job: see ./jobs.ts
            // Today's Compile wraps the error as `trust policy: invalid subject_pattern: …` (octo-sts/app
            // pkg/octosts/trust_policy.go in the first stored version with #1643's compileAnchored;
            // whether #1643 itself or a later change added the wrap is unknown, older servers return
            // the regexp error bare). A client only ever sees `unable to compile trust policy`.
            fail(`invalid ${field}: ${regexpError(e)}${legacyAccepted(value)}`, field);
            return undefined;
        }
    };
    const oneOf = (name, required, hint) => {
        const literal = policy[name];
        const pattern = policy[`${name}_pattern`];
        if (literal && pattern) {
            fail(`only one of ${name} or ${name}_pattern can be set, got both. Keep ${name} for an exact match or ${name}_pattern for a regular expression.`, `${name}_pattern`);
            return undefined;
        }
        if (!literal && !pattern) {
            if (required)
                fail(`one of ${name} or ${name}_pattern must be set, got neither. ${hint}`, name);
            return undefined;
        }
        return literal ? rule(name, literal, false) : rule(`${name}_pattern`, pattern, true);
    };
    const issuer = oneOf('issuer', true, `For GitHub Actions: issuer: ${policy_github/* GITHUB_ISSUER */.o}`);
    const subject = oneOf('subject', true, 'For GitHub Actions, e.g. subject: repo:ORG/REPO:ref:refs/heads/main');
    const audience = oneOf('audience', false, '');
    const claims = [];
    // The same pattern compiles once: a file may repeat one thousands of times.
    const seen = new Map();
    const compileOnce = (pattern) => {
        const re = seen.get(pattern) ?? compile(pattern);
        seen.set(pattern, re);
        return re;
    };
    for (const [name, pattern] of Object.entries(policy.claim_pattern ?? {})) {
        const field = `claim_pattern[${(0,goformat/* goQuote */.dg)(name)}]`;
        try {
            const r = { field, pattern, re: compileOnce(pattern), claim: name };
            const line = positions[field]?.line;
            if (line !== undefined)
                r.line = line;
            claims.push(r);
        }
        catch (e) {
            if (e instanceof TooCostly)
                throw e;
            fail(`error compiling ${field}: ${regexpError(e)}${legacyAccepted(pattern)}`, field);
        }
    }
    const compiled = {
        policy,
        positions,
        ...(issuer ? { issuer } : {}),
        ...(subject ? { subject } : {}),
        ...(audience ? { audience } : {}),
        claims,
        complete: errors.length === 0
    };
    return { compiled, errors };
}
/**
 * The server's Compile. `compiled` is set only when the server would accept the policy;
 * `errors` lists every problem, the server's own first.
 */
function compilePolicy(policy, positions = {}) {
    const { compiled, errors } = compile_compilePartial(policy, positions);
    return errors.length ? { errors } : { compiled, errors };
}

;// CONCATENATED MODULE: ./src/policy/issuer-span/runes.ts
// Rune sets for the issuer-pattern check (../issuer-span.ts): Go's Perl and POSIX classes,
// simple case folding as far as the check needs it, and which sets hold "/".

const SLASH = 0x2f;
const MAX_RUNE = 0x10ffff;
// Go's Perl and POSIX classes (regexp/syntax perl_groups.go), as inclusive ranges.
const PERL = {
    d: [[0x30, 0x39]],
    s: [
        [0x09, 0x0a],
        [0x0c, 0x0d],
        [0x20, 0x20]
    ],
    w: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a]
    ]
};
const POSIX = {
    alnum: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x61, 0x7a]
    ],
    alpha: [
        [0x41, 0x5a],
        [0x61, 0x7a]
    ],
    ascii: [[0x00, 0x7f]],
    blank: [
        [0x09, 0x09],
        [0x20, 0x20]
    ],
    cntrl: [
        [0x00, 0x1f],
        [0x7f, 0x7f]
    ],
    digit: [[0x30, 0x39]],
    graph: [[0x21, 0x7e]],
    lower: [[0x61, 0x7a]],
    print: [[0x20, 0x7e]],
    punct: [
        [0x21, 0x2f],
        [0x3a, 0x40],
        [0x5b, 0x60],
        [0x7b, 0x7e]
    ],
    space: [
        [0x09, 0x0d],
        [0x20, 0x20]
    ],
    upper: [[0x41, 0x5a]],
    word: [
        [0x30, 0x39],
        [0x41, 0x5a],
        [0x5f, 0x5f],
        [0x61, 0x7a]
    ],
    xdigit: [
        [0x30, 0x39],
        [0x41, 0x46],
        [0x61, 0x66]
    ]
};
/** Sorted, merged ranges. */
function normalize(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of sorted) {
        const last = out.at(-1);
        if (last && lo <= last[1] + 1)
            last[1] = Math.max(last[1], hi);
        else
            out.push([lo, hi]);
    }
    return out;
}
function complement(ranges) {
    const out = [];
    let next = 0;
    for (const [lo, hi] of normalize(ranges)) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next <= MAX_RUNE)
        out.push([next, MAX_RUNE]);
    return out;
}
// Simple case folding: ASCII letters plus the two non-ASCII runes that fold with them.
const FOLD_EXTRA = {
    0x4b: [0x212a],
    0x6b: [0x212a],
    0x212a: [0x4b, 0x6b],
    0x53: [0x17f],
    0x73: [0x17f],
    0x17f: [0x53, 0x73]
};
function folded(ranges) {
    const out = [...ranges];
    for (const [lo, hi] of ranges) {
        for (const [a, z, shift] of [
            [0x41, 0x5a, 0x20],
            [0x61, 0x7a, -0x20]
        ]) {
            const l = Math.max(lo, a);
            const h = Math.min(hi, z);
            if (l <= h)
                out.push([l + shift, h + shift]);
        }
        for (const [r, extra] of Object.entries(FOLD_EXTRA)) {
            const rune = Number(r);
            if (lo <= rune && rune <= hi)
                for (const e of extra)
                    out.push([e, e]);
        }
    }
    return out;
}
/** Go's minFoldRune, for ASCII and the runes FOLD_EXTRA knows; others fold to themselves. */
function minFold(r) {
    const orbit = [r, ...(FOLD_EXTRA[r] ?? [])];
    if (r >= 0x61 && r <= 0x7a)
        orbit.push(r - 0x20);
    if (r >= 0x41 && r <= 0x5a)
        orbit.push(r + 0x20);
    for (const o of [...orbit])
        orbit.push(...(FOLD_EXTRA[o] ?? []));
    return Math.min(...orbit);
}
const groupSlash = new Map();
/** Whether the Unicode group `\p{name}` holds "/" (asked of re2js, which has the tables). */
function groupHasSlash(name) {
    let has = groupSlash.get(name);
    if (has === undefined) {
        has = build/* RE2JS */.L3.compile(`\\p{${name}}`).matches('/');
        groupSlash.set(name, has);
    }
    return has;
}
const partHasSlash = (p) => p.negated !==
    (p.ranges.some(([lo, hi]) => lo <= SLASH && SLASH <= hi) ||
        p.groups.some(g => g.negated !== groupHasSlash(g.name)));
/** The exact rune set of a class without Unicode groups. */
const exactRanges = (parts) => parts.every(p => p.groups.length === 0)
    ? normalize(parts.flatMap(p => (p.negated ? complement(p.ranges) : p.ranges)))
    : undefined;
const classKey = (parts) => JSON.stringify(exactRanges(parts) ?? parts);

;// CONCATENATED MODULE: ./src/policy/issuer-span/tree.ts
// The tree Go's regexp/syntax builds, as far as the issuer-pattern check needs it, and Go's
// factoring of alternations (`https://a|https://b` becomes `https://(?:a|b)`).

class Unsupported extends Error {
}
const isCharClass = (n) => (n.op === 'lit' && n.runes.length === 1) || n.op === 'class' || n.op === 'any';
function equal(a, b) {
    switch (a.op) {
        case 'lit':
            return (b.op === 'lit' &&
                a.fold === b.fold &&
                a.runes.length === b.runes.length &&
                a.runes.every((r, i) => r === b.runes[i]));
        case 'class':
            return b.op === 'class' && classKey(a.parts) === classKey(b.parts);
        case 'any':
            return b.op === 'any' && a.src === b.src;
        case 'empty':
            return b.op === 'empty';
        case 'assert':
            return b.op === 'assert' && a.kind === b.kind;
        case 'capture':
            return b.op === 'capture' && a.index === b.index && equal(a.sub, b.sub);
        case 'repeat':
            return (b.op === 'repeat' &&
                a.kind === b.kind &&
                a.min === b.min &&
                a.max === b.max &&
                a.greedy === b.greedy &&
                equal(a.sub, b.sub));
        case 'concat':
        case 'alt':
            return (b.op === a.op &&
                a.subs.length === b.subs.length &&
                a.subs.every((s, i) => equal(s, b.subs[i])));
    }
}
const concat = (subs) => subs.length === 0
    ? { op: 'empty' }
    : subs.length === 1
        ? subs[0]
        : { op: 'concat', subs };
function leadingString(n) {
    const first = n.op === 'concat' && n.subs.length ? n.subs[0] : n;
    return first.op === 'lit' ? { runes: first.runes, fold: first.fold } : { runes: [], fold: false };
}
function removeLeadingString(n, count) {
    if (n.op === 'concat' && n.subs.length) {
        const sub = removeLeadingString(n.subs[0], count);
        return sub.op === 'empty'
            ? concat(n.subs.slice(1))
            : { op: 'concat', subs: [sub, ...n.subs.slice(1)] };
    }
    if (n.op === 'lit') {
        const runes = n.runes.slice(count);
        return runes.length ? { ...n, runes } : { op: 'empty' };
    }
    return n;
}
function leadingRegexp(n) {
    if (n.op === 'empty')
        return undefined;
    if (n.op === 'concat' && n.subs.length) {
        const first = n.subs[0];
        return first.op === 'empty' ? undefined : first;
    }
    return n;
}
const removeLeadingRegexp = (n) => n.op === 'concat' && n.subs.length ? concat(n.subs.slice(1)) : { op: 'empty' };
function asClass(n) {
    if (n.op === 'class')
        return n.parts;
    if (n.op === 'lit') {
        const r = n.runes[0];
        const ranges = [[r, r]];
        return [{ ranges: n.fold ? folded(ranges) : ranges, groups: [], negated: false }];
    }
    return [];
}
/** Go's factor: the four rounds that simplify an alternation, in order. */
function factor(input) {
    // Round 1: common literal prefixes.
    let subs = input;
    let out = [];
    let start = 0;
    let str = [];
    let strFold = false;
    for (let i = 0; i <= subs.length; i++) {
        let next = { runes: [], fold: false };
        if (i < subs.length) {
            next = leadingString(subs[i]);
            if (next.fold === strFold) {
                let same = 0;
                while (same < str.length && same < next.runes.length && str[same] === next.runes[same])
                    same++;
                if (same > 0) {
                    str = str.slice(0, same);
                    continue;
                }
            }
        }
        if (i === start + 1)
            out.push(subs[start]);
        else if (i > start + 1) {
            const rest = subs.slice(start, i).map(s => removeLeadingString(s, str.length));
            out.push({ op: 'concat', subs: [{ op: 'lit', runes: str, fold: strFold }, alternate(rest)] });
        }
        start = i;
        str = next.runes;
        strFold = next.fold;
    }
    // Round 2: a common leading class (or fixed repetition of one).
    subs = out;
    out = [];
    start = 0;
    let first;
    for (let i = 0; i <= subs.length; i++) {
        let ifirst;
        if (i < subs.length) {
            ifirst = leadingRegexp(subs[i]);
            if (first &&
                ifirst &&
                equal(first, ifirst) &&
                (isCharClass(first) ||
                    (first.op === 'repeat' &&
                        first.kind === '{}' &&
                        first.min === first.max &&
                        isCharClass(first.sub)))) {
                continue;
            }
        }
        if (i === start + 1)
            out.push(subs[start]);
        else if (i > start + 1 && first) {
            const rest = subs.slice(start, i).map(removeLeadingRegexp);
            out.push({ op: 'concat', subs: [first, alternate(rest)] });
        }
        start = i;
        first = ifirst;
    }
    // Round 3: runs of single characters and classes become one class.
    subs = out;
    out = [];
    start = 0;
    for (let i = 0; i <= subs.length; i++) {
        if (i < subs.length && isCharClass(subs[i]))
            continue;
        const run = subs.slice(start, i);
        if (run.length === 1)
            out.push(run[0]);
        else if (run.length > 1) {
            const any = run.find(n => n.op === 'any');
            out.push(any ?? {
                op: 'class',
                parts: run.flatMap(asClass),
                src: run
                    .map(n => n.op === 'class' ? n.src : String.fromCodePoint(...n.runes))
                    .join('|')
            });
        }
        if (i < subs.length)
            out.push(subs[i]);
        start = i + 1;
    }
    // Round 4: runs of empty matches become one.
    return out.filter((n, i) => !(n.op === 'empty' && out[i + 1]?.op === 'empty'));
}
function alternate(alts) {
    if (alts.length === 1)
        return alts[0];
    const flat = alts.flatMap(a => (a.op === 'alt' ? a.subs : [a]));
    const subs = factor(flat);
    return subs.length === 1 ? subs[0] : { op: 'alt', subs };
}

;// CONCATENATED MODULE: ./src/policy/issuer-span/syntax.ts
// A reading of Go RE2 syntax (syntax.Perl) into the tree of ./tree.ts, for patterns that
// compile: atoms and their rune sets, repetition, groups and flags.


const isOctal = (c) => c !== undefined && c >= 0x30 && c <= 0x37;
const isHex = (c) => c !== undefined && /^[0-9A-Fa-f]$/.test(String.fromCodePoint(c));
const isAlnum = (c) => /^[0-9A-Za-z]$/.test(String.fromCodePoint(c));
/** A recursive-descent reading of Go RE2 syntax (syntax.Perl), for patterns that compile. */
class Parser {
    i = 0;
    captures = 0;
    flags = { fold: false, dotNL: false, ungreedy: false };
    s;
    constructor(text) {
        this.s = Array.from(text, c => c.codePointAt(0));
    }
    peek(k = 0) {
        return this.s[this.i + k];
    }
    is(ch, k = 0) {
        return this.peek(k) === ch.codePointAt(0);
    }
    src(from) {
        return String.fromCodePoint(...this.s.slice(from, this.i));
    }
    parse() {
        const node = this.alternation();
        if (this.i < this.s.length)
            throw new Unsupported('unbalanced )');
        return node;
    }
    alternation() {
        const alts = [this.concatenation()];
        while (this.is('|')) {
            this.i++;
            alts.push(this.concatenation());
        }
        return alternate(alts);
    }
    concatenation() {
        const items = [];
        /** Where each item starts in the pattern, to quote a repetition in messages. */
        const starts = [];
        while (this.i < this.s.length && !this.is('|') && !this.is(')')) {
            if (this.repetition(items, starts))
                continue;
            const start = this.i;
            for (const atom of this.atom()) {
                items.push(atom);
                starts.push(start);
            }
        }
        // Adjacent literals with the same folding are one string (Go's maybeConcat); then nested
        // concatenations are flattened (Go's collapse).
        const merged = [];
        for (const n of items) {
            const last = merged.at(-1);
            if (n.op === 'lit' && last?.op === 'lit' && last.fold === n.fold) {
                merged[merged.length - 1] = { ...last, runes: [...last.runes, ...n.runes] };
            }
            else
                merged.push(n);
        }
        return concat(merged.flatMap(n => (n.op === 'concat' ? n.subs : [n])));
    }
    /** Applies `*`, `+`, `?` or `{n,m}` to the last item; false when there is none here. */
    repetition(items, starts) {
        let kind;
        let min = 0;
        let max = -1;
        if (this.is('*') || this.is('+') || this.is('?')) {
            kind = String.fromCodePoint(this.peek());
            this.i++;
        }
        else if (this.is('{')) {
            const ahead = String.fromCodePoint(...this.s.slice(this.i, this.i + 16));
            const m = /^\{([0-9]+)(,([0-9]*))?\}/.exec(ahead);
            const zeros = (d) => d !== undefined && /^0[0-9]/.test(d);
            if (!m || zeros(m[1]) || zeros(m[3]))
                return false; // Go reads it as a literal "{"
            kind = '{}';
            min = Number(m[1]);
            max = m[2] === undefined ? min : m[3] ? Number(m[3]) : -1;
            this.i += m[0].length;
        }
        else
            return false;
        let greedy = !this.flags.ungreedy;
        if (this.is('?')) {
            this.i++;
            greedy = !greedy;
        }
        const sub = items.pop();
        const start = starts.at(-1) ?? this.i;
        if (!sub)
            throw new Unsupported('missing argument to repetition operator');
        items.push({ op: 'repeat', kind, min, max, greedy, sub, src: this.src(start) });
        return true;
    }
    /** The next atom: usually one node, none for a flag group, one literal a rune for \Q…\E. */
    atom() {
        const c = this.peek();
        const ch = String.fromCodePoint(c);
        switch (ch) {
            case '(': {
                const g = this.group();
                return g ? [g] : [];
            }
            case '[':
                return [this.charClass()];
            case '.':
                this.i++;
                return [{ op: 'any', src: '.' }];
            case '^':
            case '$':
                this.i++;
                return [{ op: 'assert', kind: ch }];
            case '\\':
                return this.escapeAtom();
            default:
                this.i++;
                return [this.literal(c)];
        }
    }
    literal(r) {
        return this.flags.fold
            ? { op: 'lit', runes: [minFold(r)], fold: true }
            : { op: 'lit', runes: [r], fold: false };
    }
    group() {
        this.i++; // (
        const saved = { ...this.flags };
        let capture;
        if (this.is('?')) {
            const rest = String.fromCodePoint(...this.s.slice(this.i, this.i + 300));
            const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(rest);
            if (named) {
                this.i += named[0].length;
                capture = ++this.captures;
            }
            else {
                const f = /^\?([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
                if (!f)
                    throw new Unsupported('bad group');
                this.i += f[0].length;
                for (const [set, on] of [
                    [f[1] ?? '', true],
                    [f[2] ?? '', false]
                ]) {
                    if (set.includes('i'))
                        this.flags.fold = on;
                    if (set.includes('s'))
                        this.flags.dotNL = on;
                    if (set.includes('U'))
                        this.flags.ungreedy = on;
                }
                // `(?i)` changes the flags until the end of the enclosing group: no node.
                if (f[3] === ')')
                    return undefined;
            }
        }
        else
            capture = ++this.captures;
        const sub = this.alternation();
        if (!this.is(')'))
            throw new Unsupported('missing )');
        this.i++;
        this.flags = saved;
        return capture === undefined ? sub : { op: 'capture', index: capture, sub };
    }
    /** A class atom: a single rune (or a folding pair) becomes a literal, as in Go's push. */
    classNode(part, src) {
        const exact = exactRanges([part]);
        if (exact?.length === 1 && exact[0]?.[0] === exact[0]?.[1]) {
            return { op: 'lit', runes: [exact[0]?.[0]], fold: false };
        }
        if (exact?.length === 2 && exact[0]?.[0] === exact[0]?.[1] && exact[1]?.[0] === exact[1]?.[1]) {
            const [a, b] = [exact[0]?.[0], exact[1]?.[0]];
            const pair = a >= 0x41 && a <= 0x5a && b === a + 0x20 && a !== 0x4b && a !== 0x53;
            if (pair)
                return { op: 'lit', runes: [a], fold: true };
        }
        return { op: 'class', parts: [part], src };
    }
    escapeAtom() {
        const start = this.i;
        const next = this.peek(1);
        if (next === undefined)
            throw new Unsupported('trailing backslash');
        const e = String.fromCodePoint(next);
        if ('AbBz'.includes(e)) {
            this.i += 2;
            return [{ op: 'assert', kind: '\\' + e }];
        }
        if (e === 'Q') {
            this.i += 2;
            const lits = [];
            while (this.i < this.s.length && !(this.is('\\') && this.is('E', 1))) {
                lits.push(this.literal(this.peek()));
                this.i++;
            }
            if (this.i < this.s.length)
                this.i += 2;
            return lits;
        }
        const part = this.classEscape();
        if (part)
            return [this.classNode(part, this.src(start))];
        return [this.literal(this.escape())];
    }
    /** `\d`, `\pL`, `\p{Greek}`, … at the cursor, consumed; undefined when there is none. */
    classEscape() {
        if (!this.is('\\'))
            return undefined;
        const e = String.fromCodePoint(this.peek(1) ?? 0);
        const perl = PERL[e.toLowerCase()];
        if (perl) {
            this.i += 2;
            return this.part(perl, [], e !== e.toLowerCase());
        }
        if (e === 'p' || e === 'P') {
            this.i += 2;
            let name;
            if (this.is('{')) {
                const close = this.s.indexOf(0x7d, this.i);
                if (close < 0)
                    throw new Unsupported('bad \\p');
                name = String.fromCodePoint(...this.s.slice(this.i + 1, close));
                this.i = close + 1;
            }
            else {
                name = String.fromCodePoint(this.peek());
                this.i++;
            }
            let negated = e === 'P';
            if (name.startsWith('^')) {
                negated = !negated;
                name = name.slice(1);
            }
            return name === 'Any'
                ? this.part([[0, MAX_RUNE]], [], negated)
                : { ranges: [], groups: [{ name, negated: false }], negated };
        }
        return undefined;
    }
    part(ranges, groups, negated) {
        return { ranges: this.flags.fold ? folded(ranges) : ranges, groups, negated };
    }
    /** Go's parseEscape: the rune a `\…` escape spells. */
    escape() {
        this.i++; // backslash
        const c = this.peek();
        if (c === undefined)
            throw new Unsupported('trailing backslash');
        this.i++;
        const ch = String.fromCodePoint(c);
        if (ch >= '1' && ch <= '7' && !isOctal(this.peek()))
            throw new Unsupported('backreference');
        if (ch >= '0' && ch <= '7') {
            let r = c - 0x30;
            for (let k = 1; k < 3 && isOctal(this.peek()); k++)
                r = r * 8 + (this.s[this.i++] - 0x30);
            return r;
        }
        if (ch === 'x') {
            if (this.is('{')) {
                const close = this.s.indexOf(0x7d, this.i);
                const digits = String.fromCodePoint(...this.s.slice(this.i + 1, close));
                if (close < 0 || !/^[0-9A-Fa-f]+$/.test(digits))
                    throw new Unsupported('bad \\x');
                this.i = close + 1;
                return parseInt(digits, 16);
            }
            if (!isHex(this.peek()) || !isHex(this.peek(1)))
                throw new Unsupported('bad \\x');
            const r = parseInt(String.fromCodePoint(this.peek(), this.peek(1)), 16);
            this.i += 2;
            return r;
        }
        const named = { a: 7, f: 12, n: 10, r: 13, t: 9, v: 11 };
        if (named[ch] !== undefined)
            return named[ch];
        if (c < 0x80 && !isAlnum(c))
            return c;
        throw new Unsupported(`bad escape \\${ch}`);
    }
    /** Go's parseClass. */
    charClass() {
        const start = this.i;
        this.i++; // [
        let negated = false;
        if (this.is('^')) {
            negated = true;
            this.i++;
        }
        const ranges = [];
        const parts = [];
        let first = true;
        while (this.i < this.s.length && (!this.is(']') || first)) {
            first = false;
            if (this.is('[') && this.is(':', 1)) {
                // `[:name:]` only when a `:]` follows somewhere; otherwise `[` is a member.
                const text = String.fromCodePoint(...this.s.slice(this.i + 2));
                const end = text.indexOf(':]');
                if (end >= 0) {
                    let name = text.slice(0, end);
                    const neg = name.startsWith('^');
                    if (neg)
                        name = name.slice(1);
                    const cls = POSIX[name];
                    if (!cls)
                        throw new Unsupported(`bad class ${name}`);
                    const f = this.flags.fold ? folded(cls) : cls;
                    ranges.push(...(neg ? complement(f) : f));
                    this.i += 2 + Array.from(text.slice(0, end)).length + 2;
                    continue;
                }
            }
            const escaped = this.classEscape();
            if (escaped) {
                if (escaped.groups.length)
                    parts.push(escaped);
                else
                    ranges.push(...(escaped.negated ? complement(escaped.ranges) : escaped.ranges));
                continue;
            }
            const lo = this.classChar();
            let hi = lo;
            if (this.is('-') && this.peek(1) !== undefined && !this.is(']', 1)) {
                this.i++;
                hi = this.classChar();
                if (hi < lo)
                    throw new Unsupported('bad range');
            }
            ranges.push(...(this.flags.fold ? folded([[lo, hi]]) : [[lo, hi]]));
        }
        if (!this.is(']'))
            throw new Unsupported('missing ]');
        this.i++;
        const src = this.src(start);
        // Negation applies to the whole class: its groups and its ranges together.
        const part = parts.length === 0
            ? { ranges, groups: [], negated }
            : {
                ranges: [...ranges, ...parts.filter(p => !p.negated).flatMap(p => p.ranges)],
                groups: parts.flatMap(p => p.groups.map(g => ({ name: g.name, negated: g.negated !== p.negated }))),
                negated
            };
        return this.classNode(part, src);
    }
    classChar() {
        if (this.is('\\'))
            return this.escape();
        const c = this.peek();
        if (c === undefined)
            throw new Unsupported('missing ]');
        this.i++;
        return c;
    }
}

;// CONCATENATED MODULE: ./src/policy/issuer-span.ts
// Can an org allowlist's issuer pattern match "/" where it varies? `https://.*\.example\.com`
// also admits `https://evil.com/x.example.com`, so the server (octo-sts/app
// pkg/octosts/org_trusted_issuers.go, checkPatternCannotSpanHost) refuses a pattern when, in
// the tree Go's regexp/syntax.Parse builds, a "." or a character class that includes "/"
// appears anywhere, or a literal "/" sits under a repetition, an optional part or an
// alternation. re2js builds that tree but does not expose it, so this module rebuilds the
// parts of Go's parse the answer depends on: the atoms and their rune sets, repetition,
// groups and flags, and the factoring of alternations (`https://a|https://b` becomes
// `https://(?:a|b)`, which takes the "/" out of the alternation). Like the server's, it is a
// guard against a mistake, not a proof that a pattern is narrow.
//
// The parts: issuer-span/runes.ts (rune sets, classes, folding), issuer-span/tree.ts (the tree
// and Go's factoring), issuer-span/syntax.ts (reading the pattern into it).
//
// Known approximations, none of which changes whether "/" is matched: case folding beyond
// ASCII (and k/K, s/ſ) is not modelled, and classes holding \p{…} compare by how they are
// written. They only decide whether two alternatives start with "the same" class.


/** Why the element at hand lets the pattern match "/", or undefined (Go's spanningElement). */
function spanning(n, variable) {
    let where = variable;
    if (n.op === 'repeat')
        where = `the repetition ${JSON.stringify(n.src)}`;
    if (n.op === 'alt')
        where = 'an alternation';
    switch (n.op) {
        case 'any':
            return `${JSON.stringify(n.src)} can match "/"`;
        case 'class':
            if (n.parts.some(partHasSlash))
                return `the class ${JSON.stringify(n.src)} can match "/"`;
            return undefined;
        case 'lit':
            return where && n.runes.includes(SLASH) ? `a "/" sits inside ${where}` : undefined;
        case 'capture':
        case 'repeat':
            return spanning(n.sub, where);
        case 'concat':
        case 'alt':
            for (const sub of n.subs) {
                const what = spanning(sub, where);
                if (what)
                    return what;
            }
            return undefined;
        default:
            return undefined;
    }
}
/**
 * What lets `pattern` match "/" where it varies (a "." or a class holding "/", or a literal
 * "/" under a repetition, optional part or alternation), or undefined when nothing does.
 * The pattern must compile (Go RE2); one that this reading cannot follow gets a reason too.
 */
function slashSpan(pattern) {
    let tree;
    try {
        tree = new Parser(pattern).parse();
    }
    catch (e) {
        return `its syntax could not be followed to check it (${e instanceof Error ? e.message : String(e)}), so it may match "/"`;
    }
    return spanning(tree, undefined);
}

;// CONCATENATED MODULE: ./src/policy/legacy.ts
// Servers released before 2026-09 (before octo-sts/app#1643; a self-hosted server may still run
// one) compiled every trust-policy pattern as `^pattern$`, without a group: `a|b` was
// `(^a)|(b$)`, each alternative anchored at one end only, and `(?m)` turned the final `$` into
// an end of line. Today's server decides (./compile.ts); this module only says, in one line,
// where an older server reads a pattern otherwise (the validator's notes); what it decides for
// a token is computed with the engine (./check.ts) and worded in ./anchoring.ts.



/** True when `pattern` has a `|` outside any group or class: `^…$` does not anchor it. */
function hasTopLevelAlternation(pattern) {
    return topLevel(pattern).alternation;
}
/** What of `pattern` is outside every group: a `|`, an inline flag group setting `m`. */
function topLevel(pattern) {
    let depth = 0;
    const out = { alternation: false, multiline: false };
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        const end = literalEnd(pattern, i);
        if (end !== undefined) {
            i = end - 1;
            continue;
        }
        if (c === '(') {
            // `(?flags)` sets flags up to the end of the enclosing group: at the top, to the `$`.
            const flags = /^\(\?([a-zA-Z-]*)\)/.exec(pattern.slice(i, i + 20))?.[1];
            if (depth === 0 && flags?.split('-')[0]?.includes('m'))
                out.multiline = true;
            depth++;
        }
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            out.alternation = true;
    }
    return out;
}
/**
 * Whether an older server may match other values with `pattern` than today's server does, when
 * both compile it: only a top-level `|` or `m` flag changes what the anchors mean.
 */
function legacyMayDiffer(pattern) {
    const top = topLevel(pattern);
    return top.alternation || top.multiline;
}
/**
 * What an older server reads in a pattern today's server compiles, when it admits other values
 * there; undefined when both mean the same. One sentence, for the validator.
 */
function legacyPatternNote(field, pattern) {
    const q = (0,goformat/* goQuote */.dg)(pattern);
    const old = (0,goformat/* goQuote */.dg)('^' + pattern + '$');
    const top = topLevel(pattern);
    if (top.alternation) {
        return `${field} ${q} has a top-level |: today's server anchors every alternative (^(?:…)$), but ${anchoring/* OLDER_SERVERS */.ck} compile ${old}, where the first alternative is anchored only at the start and the last only at the end, so there it also admits longer values. To mean the same on both, group it: ${(0,goformat/* goQuote */.dg)('(?:' + pattern + ')')}.`;
    }
    if (top.multiline) {
        return `${field} ${q} sets the m flag outside a group: today's server keeps it inside ^(?:…)$, but ${anchoring/* OLDER_SERVERS */.ck} compile ${old}, where the final $ also matches before a line break, so there it also admits values with more lines. To mean the same on both, set the flag in a group: (?m:…).`;
    }
    return undefined;
}
/** Every pattern rule of a compiled policy, in the server's order. */
const patternRules = (compiled) => [compiled.issuer, compiled.subject, compiled.audience, ...compiled.claims].filter((r) => r?.pattern !== undefined);

// EXTERNAL MODULE: ./src/policy/gojson.ts
var gojson = __webpack_require__(9452);
;// CONCATENATED MODULE: ./src/policy/permissions.ts
// The installation permission names the server accepts under `permissions:`: the JSON names of
// go-github v88's InstallationPermissions, which octo-sts/app decodes strictly (any other name
// fails the whole policy). Newer go-github versions add names the server does not know yet.
const INSTALLATION_PERMISSIONS = new Set([
    'actions',
    'actions_variables',
    'administration',
    'attestations',
    'blocking',
    'checks',
    'codespaces',
    'codespaces_lifecycle_admin',
    'codespaces_metadata',
    'codespaces_secrets',
    'codespaces_user_secrets',
    'contents',
    'content_references',
    'copilot_messages',
    'dependabot_secrets',
    'deployments',
    'discussions',
    'emails',
    'environments',
    'followers',
    'gists',
    'git_signing_ssh_public_keys',
    'gpg_keys',
    'interaction_limits',
    'issues',
    'keys',
    'metadata',
    'members',
    'merge_queues',
    'organization_actions_variables',
    'organization_administration',
    'organization_announcement_banners',
    'organization_api_insights',
    'organization_codespaces',
    'organization_codespaces_secrets',
    'organization_codespaces_settings',
    'organization_copilot_metrics',
    'organization_copilot_seat_management',
    'organization_custom_properties',
    'organization_custom_roles',
    'organization_custom_org_roles',
    'organization_dependabot_secrets',
    'organization_events',
    'organization_hooks',
    'organization_knowledge_bases',
    'organization_packages',
    'organization_personal_access_tokens',
    'organization_personal_access_token_requests',
    'organization_plan',
    'organization_pre_receive_hooks',
    'organization_projects',
    'organization_secrets',
    'organization_self_hosted_runners',
    'organization_user_blocking',
    'packages',
    'pages',
    'plan',
    'profile',
    'pull_requests',
    'repository_advisories',
    'repository_custom_properties',
    'repository_hooks',
    'repository_projects',
    'repository_pre_receive_hooks',
    'secrets',
    'secret_scanning_alerts',
    'security_events',
    'single_file',
    'starring',
    'statuses',
    'team_discussions',
    'user_events',
    'vulnerability_alerts',
    'watching',
    'workflows'
]);
/** Access levels GitHub grants installation tokens. */
const PERMISSION_LEVELS = new Set(['read', 'write', 'admin']);

;// CONCATENATED MODULE: ./src/policy/reader.ts
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
            return `the string ${(0,goformat/* goQuote */.dg)(v.value)}`;
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
            return (0,goformat/* formatFloat32 */.Pp)(v.value);
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
                this.problem('warning', `${where}: two keys are both spelled ${(0,goformat/* goQuote */.dg)(key)} once converted to JSON; the server keeps one of them at random. Keep one.`, undefined, entry.key.at);
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
                this.problem('error', `${field} must be a string, not ${describe(v)}: in an org policy the server does not turn it into a string, so it cannot read this policy. ${valid ? `Use ${valid}.` : `Quote it: ${(0,goformat/* goQuote */.dg)(v.source)}.`}`, field, v.at);
            }
            return undefined;
        }
        if (v.source !== s) {
            this.problem('warning', `${field}: the unquoted value ${v.source} is a YAML 1.1 ${v.kind === 'bool' ? 'boolean' : 'number'}, which the server reads as the string ${(0,goformat/* goQuote */.dg)(s)}; ${valid ? `use ${valid}` : `quote it if you meant ${(0,goformat/* goQuote */.dg)(v.source)}`}.`, field, v.at);
        }
        return s;
    }
    /** A key the server does not know: it refuses the whole file; a hint when one is near. */
    unknownKey(key, at, known, alias, refusal) {
        const hint = alias ?? suggestKey(key, known);
        this.problem('error', `unknown key ${(0,goformat/* goQuote */.dg)(key)}: ${refusal}.${hint ? ` Did you mean ${(0,goformat/* goQuote */.dg)(hint)}?` : ` Known keys: ${known.join(', ')}.`}`, key, at);
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
            const name = (0,gojson/* goField */.t)(key, known);
            if (name === undefined) {
                unknown(key, at);
                continue;
            }
            const path = topLevel ? name : `${where}[${(0,goformat/* goQuote */.dg)(key)}]`;
            if (name !== key) {
                this.problem('warning', `${(0,goformat/* goQuote */.dg)(key)} is read as ${(0,goformat/* goQuote */.dg)(name)} (the server matches ${kindOfName} case-insensitively); write ${(0,goformat/* goQuote */.dg)(name)}.`, path, at);
            }
            const earlier = assigned.get(name);
            if (earlier !== undefined) {
                this.problem('warning', `${(0,goformat/* goQuote */.dg)(key)} and ${(0,goformat/* goQuote */.dg)(earlier)} both set ${name}; the server uses ${(0,goformat/* goQuote */.dg)(key)}. Keep one.`, path, at);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/yamlv2/values.ts
/** What makes yaml.v2 fail, at an offset of the file when it has one. */
class YamlFailure extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Line and column (1-based) of an offset, lines broken at `\n` only, as editors number them. */
const posOf = (lines, offset) => {
    const { line, col } = lines.linePos(offset ?? 0);
    return { line, column: col };
};

;// CONCATENATED MODULE: ./src/policy/yamlv2/breaks.ts

const HIDDEN = /\r(?!\n)|[\u0085\u2028\u2029]/g;
/** At most this many hidden breaks are reported one by one. */
const MAX_REPORTED = 10;
/** Offsets of the line breaks yaml.v2 sees and an editor does not. */
const hiddenBreaks = (text) => Array.from(text.matchAll(HIDDEN), m => m.index);
/** The text as yaml.v2 breaks its lines: every hidden break a line feed (same offsets). */
const asYamlV2Lines = (text) => text.replace(HIDDEN, '\n');
const NAMES = {
    '\r': 'a carriage return (CR, U+000D) that no line feed follows',
    '\u0085': 'a NEXT LINE character (NEL, U+0085)',
    '\u2028': 'a LINE SEPARATOR (U+2028)',
    '\u2029': 'a PARAGRAPH SEPARATOR (U+2029)'
};
/** A short, printable quotation of a line's text (control characters escaped). */
function quote(s) {
    const short = s.length > 80 ? s.slice(0, 77) + '…' : s;
    return JSON.stringify(short).replace(/[\u0080-\u009f\u2028\u2029]/g, c => {
        return '\\u' + (c.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
    });
}
const keyName = (k) => k.kind === 'str' ? k.value : 'value' in k ? String(k.value) : k.kind === 'null' ? 'null' : '?';
/** Every map key of `v` with its path (`permissions.administration`) and offset. */
function keysOf(v, lines, text) {
    const out = [];
    const lineOffsets = lines.lineStarts;
    const offsetOf = (at) => (lineOffsets[at.line - 1] ?? text.length) + at.column - 1;
    const stack = v ? [[v, '']] : [];
    while (stack.length) {
        const [node, path] = stack.pop();
        if (node.kind === 'map') {
            for (const e of node.entries) {
                const name = path ? `${path}.${keyName(e.key)}` : keyName(e.key);
                out.push([name, offsetOf(e.key.at)]);
                stack.push([e.value, name]);
            }
        }
        else if (node.kind === 'seq') {
            node.items.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
        }
    }
    return out;
}
/**
 * One error per hidden break (the first ten, then a count), at its line and column as an
 * editor numbers them, saying what yaml.v2 reads on the line it starts. `value`: the file as
 * yaml.v2 decodes it, when it does.
 */
function hiddenBreakProblems(text, breaks, lines, value) {
    const keys = keysOf(value, lines, text);
    const problems = [];
    breaks.slice(0, MAX_REPORTED).forEach((at, i) => {
        const next = breaks[i + 1] ?? text.length;
        const nl = text.indexOf('\n', at + 1);
        const end = Math.min(next, nl < 0 ? text.length : nl);
        const hiddenLine = text.slice(at + 1, end).replace(/\r$/, '');
        const hidden = keys.filter(([, offset]) => offset > at && offset < end).map(([k]) => k);
        const pos = posOf(lines, at);
        const reads = hiddenLine.trim()
            ? `it reads ${quote(hiddenLine)} as a line of its own${hidden.length ? `, which sets ${hidden.map(k => JSON.stringify(k)).join(', ')}` : ''}`
            : 'it reads the rest of this line as a line of its own';
        problems.push({
            severity: 'error',
            code: 'hidden-line-break',
            message: `${NAMES[text[at] ?? ''] ?? 'a line break'}: the server reads the file with yaml.v2, which breaks the line there, so ${reads}, while editors and GitHub's diff show it as part of line ${pos.line}. A reviewer does not see what the server reads: remove the character (end lines with a line feed only).`,
            ...pos
        });
    });
    if (breaks.length > MAX_REPORTED) {
        const pos = posOf(lines, breaks[MAX_REPORTED]);
        problems.push({
            severity: 'error',
            code: 'hidden-line-break',
            message: `${breaks.length - MAX_REPORTED} more line breaks that only the server sees (CR, NEL, U+2028 or U+2029), the first at line ${pos.line}, column ${pos.column}: remove them all.`,
            ...pos
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/policy/yamlv2/resolve.ts
// yaml.v2's resolve.go for interface{}, not the YAML 1.1 spec: `yes`/`on`/`y` are booleans,
// `0o17`/`0x1F`/`017`/`0b1`/`1_000` integers (Go's strconv base 0), timestamps and `1:20` stay
// strings; an explicit tag (`!!int`) must resolve to its kind.

const STR = 'tag:yaml.org,2002:str';
const INT = 'tag:yaml.org,2002:int';
const FLOAT = 'tag:yaml.org,2002:float';
const BOOL = 'tag:yaml.org,2002:bool';
const NULL = 'tag:yaml.org,2002:null';
const BINARY = 'tag:yaml.org,2002:binary';
const TIMESTAMP = 'tag:yaml.org,2002:timestamp';
const MERGE = 'tag:yaml.org,2002:merge';
const RESOLVABLE = new Set(['', STR, INT, FLOAT, BOOL, NULL, TIMESTAMP]);
const WORDS = new Map();
for (const w of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    WORDS.set(w, ['bool', true]);
for (const w of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    WORDS.set(w, ['bool', false]);
for (const w of ['', '~', 'null', 'Null', 'NULL'])
    WORDS.set(w, ['null', null]);
for (const w of ['.nan', '.NaN', '.NAN'])
    WORDS.set(w, ['float', NaN]);
for (const w of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'])
    WORDS.set(w, ['float', Infinity]);
for (const w of ['-.inf', '-.Inf', '-.INF'])
    WORDS.set(w, ['float', -Infinity]);
const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const UINT64_MAX = (1n << 64n) - 1n;
/** strconv.ParseInt/ParseUint(s, 0, 64) digits: a sign, a base prefix, no underscores left. */
function parseGoInt(s) {
    const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m)
        return undefined;
    const digits = m[2] ?? '';
    let v;
    if (/^0[oO]/.test(digits))
        v = BigInt('0o' + digits.slice(2));
    else if (/^0[0-7]*$/.test(digits))
        v = BigInt('0o0' + digits.slice(1));
    else
        v = BigInt(digits);
    return m[1] === '-' ? -v : v;
}
const GO_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** strconv.ParseFloat(s, 64) for the forms resolve.go lets through; NaN when Go fails. */
function parseGoFloat(s) {
    if (!GO_FLOAT.test(s))
        return NaN;
    const f = Number(s);
    // Go reports a range error (and resolve.go then keeps the string) past float64.
    return Number.isFinite(f) ? f : NaN;
}
/** resolve.go's parseTimestamp quick check: timestamps stay strings in interface{}. */
const looksLikeTimestamp = (s) => /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/.test(s);
/** yaml.v2's resolve(tag, in) for an implicit plain scalar (tag '') or an explicit tag. */
function resolvePlain(tag, text) {
    if (!RESOLVABLE.has(tag))
        return { kind: 'str', value: text };
    const out = resolveUntyped(tag, text);
    if (tag === '' || tag === STR || tag === TIMESTAMP)
        return out;
    const want = { [INT]: 'int', [FLOAT]: 'float', [BOOL]: 'bool', [NULL]: 'null' }[tag];
    if (out.kind === want || (want === 'int' && out.kind === 'uint'))
        return out;
    if (want === 'float' && out.kind === 'int')
        return { kind: 'float', value: Number(out.value) };
    throw new YamlFailure(`cannot decode ${out.kind === 'str' ? '!!str' : '!!' + out.kind} \`${text}\` as a !!${want}`, undefined);
}
function resolveUntyped(tag, text) {
    if (tag === STR)
        return { kind: 'str', value: text };
    const first = text[0] ?? '';
    const hint = text === ''
        ? 'N'
        : /[+-]/.test(first)
            ? 'S'
            : /[0-9]/.test(first)
                ? 'D'
                : /[yYnNtTfFoO~]/.test(first)
                    ? 'M'
                    : first === '.'
                        ? '.'
                        : '';
    if (hint === '')
        return { kind: 'str', value: text };
    const word = WORDS.get(text);
    if (word) {
        if (word[0] === 'null')
            return { kind: 'null' };
        if (word[0] === 'bool')
            return { kind: 'bool', value: word[1] };
        return { kind: 'float', value: word[1] };
    }
    if (hint === '.') {
        const f = parseGoFloat(text);
        return Number.isNaN(f) ? { kind: 'str', value: text } : { kind: 'float', value: f };
    }
    if (hint === 'D' || hint === 'S') {
        if ((tag === '' || tag === TIMESTAMP) && looksLikeTimestamp(text)) {
            return { kind: 'str', value: text };
        }
        const plain = text.replace(/_/g, '');
        const i = parseGoInt(plain);
        if (i !== undefined && i >= INT64_MIN && i <= INT64_MAX)
            return { kind: 'int', value: i };
        if (i !== undefined && i > 0n && i <= UINT64_MAX && !/^[+-]/.test(plain))
            return { kind: 'uint', value: i };
        const f = parseGoFloat(plain);
        if (!Number.isNaN(f))
            return { kind: 'float', value: f };
    }
    return { kind: 'str', value: text };
}

;// CONCATENATED MODULE: ./src/policy/yamlv2/decode.ts
// yaml.v2's decoder (decode.go) over the composed nodes: aliases refer to the latest preceding
// anchor (an enclosing one is "contains itself"); `<<` merges maps; in strict mode any key set
// twice, by a merge or not, fails; the "excessive aliasing" rule is applied by counting its
// decode steps exactly; `!!binary` is decoded as Go's base64.StdEncoding does.



// yaml.v2's alias ratio limits (decode.go allowedAliasRatio).
const RATIO_LOW = 400000;
const RATIO_HIGH = 4000000;
function allowedAliasRatio(count) {
    if (count <= RATIO_LOW)
        return 0.99;
    if (count >= RATIO_HIGH)
        return 0.1;
    return 0.99 - (0.89 * (count - RATIO_LOW)) / (RATIO_HIGH - RATIO_LOW);
}
const isMergeKey = (key) => (0,dist/* isScalar */.jn)(key) && (key.tag === MERGE || (key.type === 'PLAIN' && !key.tag && key.source === '<<'));
/**
 * A `!!binary` scalar as Go's base64.StdEncoding decodes it (padding required, only CR and LF
 * ignored), then the bytes as JSON carries them: each byte that is not part of valid UTF-8
 * becomes U+FFFD, as Go's encoding/json writes it.
 */
function decodeBinary(text, offset) {
    const clean = text.replace(/[\r\n]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) {
        throw new YamlFailure('!!binary value contains invalid base64 data (Go ignores only line breaks in it)', offset);
    }
    const bytes = Buffer.from(clean, 'base64');
    const value = goUtf8(bytes);
    const valid = Buffer.from(value, 'utf8').equals(bytes);
    return valid ? { kind: 'str', value } : { kind: 'str', value, bytes: bytes.toString('latin1') };
}
/** Bytes as Go's utf8.DecodeRune reads them: each invalid byte alone is U+FFFD. */
function goUtf8(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length;) {
        const b = bytes[i] ?? 0;
        const width = b < 0x80
            ? 1
            : b >= 0xc2 && b <= 0xdf
                ? 2
                : b >= 0xe0 && b <= 0xef
                    ? 3
                    : b >= 0xf0 && b <= 0xf4
                        ? 4
                        : 0;
        let ok = width > 0 && i + width <= bytes.length;
        for (let k = 1; ok && k < width; k++) {
            const c = bytes[i + k] ?? 0;
            let lo = 0x80;
            let hi = 0xbf;
            if (k === 1 && b === 0xe0)
                lo = 0xa0;
            if (k === 1 && b === 0xed)
                hi = 0x9f;
            if (k === 1 && b === 0xf0)
                lo = 0x90;
            if (k === 1 && b === 0xf4)
                hi = 0x8f;
            ok = c >= lo && c <= hi;
        }
        if (!ok) {
            out += '\ufffd';
            i++;
            continue;
        }
        out += Buffer.from(bytes.subarray(i, i + width)).toString('utf8');
        i += width;
    }
    return out;
}
/** The Go map key identity of a decoded key, for yaml.v2's strict duplicate check. */
function keyIdentity(k, unique) {
    switch (k.kind) {
        case 'str':
            return k.bytes === undefined ? 's' + k.value : 'B' + k.bytes;
        case 'int':
            return 'i' + k.value.toString();
        case 'uint':
            return 'u' + k.value.toString();
        case 'float':
            return Number.isNaN(k.value) ? `nan${unique}` : 'f' + String(k.value === 0 ? 0 : k.value);
        case 'bool':
            return 'b' + String(k.value);
        case 'null':
            return 'n';
        default:
            return `x${unique}`;
    }
}
/** Go's %#v of a map key, for yaml.v2's messages. */
function goKeyText(k) {
    switch (k.kind) {
        case 'str':
            return JSON.stringify(k.value);
        case 'null':
            return '<nil>';
        case 'map':
        case 'seq':
            return k.kind; // refused before any duplicate check
        default:
            return String(k.value);
    }
}
class Decoder {
    lines;
    quoted;
    /** Alias node → the node its anchor named when it was read. */
    targets = new Map();
    done = new Map();
    active = new Set();
    unique = 0;
    constructor(lines, 
    /** Quoted scalars as yaml.v2 reads them (./quoted.ts), by offset. */
    quoted = { values: new Map(), joined: new Set(), inserted: [] }) {
        this.lines = lines;
        this.quoted = quoted;
    }
    at(node) {
        return posOf(this.lines, node?.range?.[0]);
    }
    /** One pre-order pass: anchors as yaml.v2's parser registers them, then aliases resolved. */
    link(root) {
        const anchors = new Map();
        const stack = [root];
        while (stack.length) {
            const n = stack.pop();
            if ((0,dist/* isAlias */.Vj)(n)) {
                const target = anchors.get(n.source);
                if (!target) {
                    throw new YamlFailure(`unknown anchor '${n.source}' referenced`, n.range?.[0]);
                }
                this.targets.set(n, target);
                continue;
            }
            const node = n;
            if (node && ((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) && node.anchor) {
                anchors.set(node.anchor, node);
            }
            const children = [];
            if ((0,dist/* isMap */.jh)(node)) {
                for (const p of node.items)
                    children.push(p.key, p.value);
            }
            else if ((0,dist/* isSeq */.oP)(node))
                children.push(...node.items);
            for (let i = children.length - 1; i >= 0; i--)
                stack.push(children[i]);
        }
    }
    /** yaml.v2's decode count with aliases expanded, failing as its ratio rule does. */
    countAliases(root) {
        let decodes = 1; // the document node
        let aliased = 0;
        const stack = [{ n: root, inAlias: false }];
        const open = new Set();
        while (stack.length) {
            const top = stack.pop();
            if ('leave' in top) {
                open.delete(top.leave);
                continue;
            }
            const { n, inAlias, via } = top;
            if (top.merge && (0,dist/* isSeq */.oP)(n)) {
                for (let i = n.items.length - 1; i >= 0; i--)
                    stack.push({ n: n.items[i], inAlias, via });
                continue;
            }
            decodes++;
            if (inAlias)
                aliased++;
            if (aliased > 100 && decodes > 1000 && aliased / decodes > allowedAliasRatio(decodes)) {
                throw new YamlFailure('document contains excessive aliasing (yaml.v2 refuses a file whose aliases expand to most of what it decodes)', (via ?? n)?.range?.[0]);
            }
            if ((0,dist/* isAlias */.Vj)(n)) {
                if (open.has(n))
                    return; // decode() reports "contains itself"
                const target = this.targets.get(n);
                open.add(n);
                stack.push({ leave: n }, { n: target, inAlias: true, via: via ?? n });
                continue;
            }
            const pending = [];
            if ((0,dist/* isMap */.jh)(n)) {
                for (const p of n.items) {
                    if (isMergeKey(p.key))
                        pending.push({ n: p.value, inAlias, merge: true, via });
                    else
                        pending.push({ n: p.key, inAlias, via }, { n: p.value, inAlias, via });
                }
            }
            else if ((0,dist/* isSeq */.oP)(n))
                for (const i of n.items)
                    pending.push({ n: i, inAlias, via });
            for (let i = pending.length - 1; i >= 0; i--)
                stack.push(pending[i]);
        }
    }
    decode(n, at) {
        if ((0,dist/* isAlias */.Vj)(n)) {
            const target = this.targets.get(n);
            if (this.active.has(target)) {
                throw new YamlFailure(`anchor '${n.source}' value contains itself`, n.range?.[0]);
            }
            return { ...this.decode(target), at: at ?? this.at(n) };
        }
        const node = n;
        const cached = node ? this.done.get(node) : undefined;
        if (cached)
            return at ? { ...cached, at } : cached;
        const where = at ?? this.at(node);
        let value;
        if (node === null || node === undefined)
            value = { kind: 'null', at: where, source: '' };
        else if ((0,dist/* isScalar */.jn)(node))
            value = this.scalar(node, where);
        else {
            this.active.add(node);
            try {
                value = (0,dist/* isMap */.jh)(node) ? this.mapping(node, where) : this.sequence(node, where);
            }
            finally {
                this.active.delete(node);
            }
        }
        if (node)
            this.done.set(node, value);
        return value;
    }
    scalar(node, at) {
        const start = node.range?.[0] ?? -1;
        const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
        const text = (quoted ? this.quoted.values.get(start) : undefined) ??
            String(node.source ?? node.value ?? '');
        const tag = node.tag && node.tag !== '!' ? node.tag : '';
        if (tag === BINARY)
            return { ...decodeBinary(text, start), at, plain: false };
        const plain = node.type === 'PLAIN' && !node.tag;
        if (!plain && !tag)
            return { kind: 'str', value: text, at, plain: false };
        let r;
        try {
            r = resolvePlain(tag, text);
        }
        catch (e) {
            throw new YamlFailure(e.message, node.range?.[0]);
        }
        if (r.kind === 'str')
            return { kind: 'str', value: r.value, at, plain };
        if (r.kind === 'null')
            return { kind: 'null', at, source: text };
        return { ...r, at, source: text };
    }
    mapping(node, at) {
        const entries = [];
        const seen = new Map();
        const add = (key, value, where) => {
            if (key.kind === 'map' || key.kind === 'seq') {
                throw new YamlFailure(`a key must be a string, number or boolean (got a ${key.kind === 'map' ? 'mapping' : 'list'})`, where?.range?.[0]);
            }
            const id = keyIdentity(key, this.unique++);
            if (seen.has(id)) {
                throw new YamlFailure(`key ${goKeyText(key)} already set in map (a key may appear once, merges (<<) included)`, where?.range?.[0]);
            }
            seen.set(id, key);
            entries.push({ key, value });
        };
        if (!(0,dist/* isMap */.jh)(node))
            return { kind: 'map', entries, at };
        for (const pair of node.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            if (isMergeKey(pair.key)) {
                for (const src of this.mergeSources(pair.value)) {
                    const m = this.decode(src);
                    if (m.kind === 'map')
                        for (const e of m.entries)
                            add(e.key, e.value, pair.key);
                }
                continue;
            }
            if ((0,dist/* isScalar */.jn)(pair.key) && this.quoted.joined.has(pair.key.range?.[0] ?? -1)) {
                throw new YamlFailure('a quoted key must be on one line (yaml.v2 reads one that spans lines as "mapping values are not allowed in this context")', pair.key.range?.[0]);
            }
            const key = this.decode(pair.key);
            const value = this.decode(pair.value, pair.value ? undefined : key.at);
            add(key, value, pair.key);
        }
        return { kind: 'map', entries, at };
    }
    /** What a `<<` merges, in yaml.v2's order (a list backwards), or its error. */
    mergeSources(value) {
        const wantMap = () => {
            throw new YamlFailure('map merge requires map or sequence of maps as the value', value?.range?.[0]);
        };
        const isMapNode = (v) => (0,dist/* isMap */.jh)(v) || ((0,dist/* isAlias */.Vj)(v) && (0,dist/* isMap */.jh)(this.targets.get(v)));
        if (isMapNode(value))
            return [value];
        if (!(0,dist/* isSeq */.oP)(value))
            return wantMap();
        const list = [...value.items].reverse();
        for (const v of list)
            if (!isMapNode(v))
                wantMap();
        return list;
    }
    sequence(node, at) {
        const items = (0,dist/* isSeq */.oP)(node) ? node.items.map(i => this.decode(i)) : [];
        return { kind: 'seq', items, at };
    }
}

;// CONCATENATED MODULE: ./src/policy/yamlv2/scanner.ts
// What yaml.v2's reader and scanner (readerc.go, scannerc.go) refuse before any value is
// decoded, where the `yaml` package (YAML 1.2) reads on:
// - characters its reader does not accept (DEL, C1 controls, U+FFFE…);
// - a directive other than `%YAML 1.1` (and `%TAG`): `%YAML 1.2` is "incompatible";
// - a tab where yaml.v2 looks for the next token in block context (at the start of a line,
//   after `-`, `?` or a complex key's `:`), a tab in the indentation of a plain scalar's
//   continuation line or of a block scalar. Tabs elsewhere (after a key's `:`, after a value,
//   inside quotes, inside `[…]` and `{…}`) are blanks to yaml.v2 too;
// - `...` before the first document's content;
// - anchor and alias names with characters other than [0-9A-Za-z_-] (a name ended by `:` or
//   `?` is read on: splitAnchor).


/** The characters yaml.v2's reader accepts (readerc.go). */
const allowedChar = (cp) => cp === 0x09 ||
    cp === 0x0a ||
    cp === 0x0d ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
/** The first character yaml.v2's reader refuses in the bytes it reads, as an offset. */
function refusedChar(text, byteLimit) {
    let bytes = 0;
    for (let i = 0; i < text.length && bytes < byteLimit;) {
        const cp = text.codePointAt(i) ?? 0;
        if (!allowedChar(cp))
            return i;
        const width = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        bytes += width;
        i += cp >= 0x10000 ? 2 : 1;
    }
    return undefined;
}
/** The `yaml` lexer's tokens with their offsets; its zero-width control tokens are dropped. */
function lexTokens(text) {
    const out = [];
    let offset = 0;
    let scalarNext = false;
    for (const source of new dist/* Lexer */.JG().lex(text)) {
        if (source.length === 1 && source < ' ' && !'\t\n\r'.includes(source)) {
            scalarNext = source === '\x1f';
            continue;
        }
        const type = scalarNext ? 'scalar' : (dist/* CST */.DB.tokenType(source) ?? 'scalar');
        scalarNext = false;
        out.push({ offset, source, type });
        offset += source.length;
    }
    return out;
}
/** The first document's directives as yaml.v2 checks them: only `%YAML 1.1` and `%TAG`. */
function checkDirectives(tokens) {
    let version = false;
    for (const t of tokens) {
        if (t.type === 'space' || t.type === 'newline' || t.type === 'comment')
            continue;
        if (t.type === 'byte-order-mark')
            continue;
        if (t.type !== 'directive-line')
            return;
        const m = /^%([^\s#]*)(.*)$/.exec(t.source);
        const name = m?.[1] ?? '';
        if (name === 'TAG')
            continue;
        if (name !== 'YAML') {
            throw new YamlFailure(`found unknown directive name %${name} (yaml.v2 knows %YAML and %TAG only)`, t.offset);
        }
        if (version)
            throw new YamlFailure('found duplicate %YAML directive', t.offset);
        version = true;
        const v = /^[ \t]+([0-9]{1,9})\.([0-9]{1,9})(?=[ \t]|$)/.exec(m?.[2] ?? '');
        if (!v || Number(v[1]) !== 1 || Number(v[2]) !== 1) {
            throw new YamlFailure(`found incompatible YAML document: yaml.v2 accepts only "%YAML 1.1" (here "${t.source.replace(/\s*(#.*)?$/, '')}"); remove the directive`, t.offset);
        }
    }
}
/** `...` before any content: yaml.v2 finds no node for the first document. */
function checkDocumentStart(tokens) {
    for (const t of tokens) {
        if (['byte-order-mark', 'space', 'newline', 'comment'].includes(t.type))
            continue;
        if (t.type === 'doc-end') {
            throw new YamlFailure('did not find expected node content ("..." ends a document before any content; remove it)', t.offset);
        }
        return;
    }
}
/**
 * An anchor or alias token (`&name`, `*name`, as the `yaml` lexer ends it) at `offset`, as
 * yaml.v2's scan_anchor reads it: the name is [0-9A-Za-z_-]+, followed by a blank, a line
 * break, the end, or one of ?:,]}%@`. Returns the name yaml.v2 reads: at a `:` or `?` it ends
 * the name and scans the rest as the next token (see splitAnchors). `next`: the character
 * after the token.
 */
function checkAnchorName(source, offset, next) {
    const name = source.slice(1);
    const goName = /^[0-9A-Za-z_-]*/.exec(name)?.[0] ?? '';
    const rest = name.slice(goName.length);
    const after = rest[0] ?? next ?? '';
    const what = source[0] === '&' ? 'anchor' : 'alias';
    if (goName && (after === '' || ' \t\r\n,]}?:'.includes(after)))
        return goName;
    if (goName && '%@`'.includes(after)) {
        throw new YamlFailure(`found character that cannot start any token (yaml.v2 ends the ${what} name "${goName}" before "${after}")`, offset + 1 + goName.length);
    }
    throw new YamlFailure(`did not find expected alphabetic or numeric character (${what} names hold only letters, digits, "_" and "-"; here "${source}")`, offset);
}
/**
 * Where yaml.v2 scans a token boundary inside the `yaml` lexer's anchor or alias token at
 * `offset`: `&a:b` is the anchor `a`, then `:b` (YAML 1.2 names may hold `:` and `?`, yaml.v2's
 * end there). The text yaml.v2 reads is the same with a space put there; in a flow collection
 * (`flow`) `:` and `?` are always indicators to yaml.v2, so a space goes after them too.
 * Returns the offsets (of `text`) before which a space goes, none if the name ends elsewhere.
 */
function splitAnchor(text, offset, source, flow) {
    const goName = /^[0-9A-Za-z_-]*/.exec(source.slice(1))?.[0] ?? '';
    const at = offset + 1 + goName.length;
    const c = source[1 + goName.length];
    if (!goName || (c !== ':' && c !== '?'))
        return [];
    const next = text[at + 1];
    const blankz = next === undefined || ' \t\r\n'.includes(next);
    return flow && !blankz && !',[]{}'.includes(next) ? [at, at + 1] : [at];
}
/** Every anchor and alias name in `tokens`, as checkAnchorName checks them. */
function checkAnchorNames(text, tokens) {
    for (const t of tokens) {
        if (t.type === 'anchor' || t.type === 'alias') {
            checkAnchorName(t.source, t.offset, text[t.offset + t.source.length]);
        }
    }
}
const isBreakChar = (c) => c === '\n' || c === '\r';
/**
 * Where a block scalar whose header is at `header` ends, checking the tabs in its indentation
 * as yaml.v2 does (scan_block_scalar_breaks). `parent`: yaml.v2's indent around it.
 */
function blockScalarEnd(text, header, from, parent) {
    const increment = Number(/[1-9]/.exec(header)?.[0] ?? 0);
    let indent = increment ? (parent >= 0 ? parent + increment : increment) : 0;
    let maxIndent = 0;
    let i = text.indexOf('\n', from);
    if (i < 0)
        return text.length;
    i++;
    for (;;) {
        const lineStart = i;
        let col = 0;
        while ((indent === 0 || col < indent) && text[i] === ' ') {
            i++;
            col++;
        }
        if (indent === 0 && col > maxIndent)
            maxIndent = col;
        if ((indent === 0 || col < indent) && text[i] === '\t') {
            throw new YamlFailure('found a tab character where an indentation space is expected (in a block scalar: indent with spaces)', i);
        }
        if (i >= text.length)
            return text.length;
        if (isBreakChar(text[i])) {
            i = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
            continue;
        }
        if (indent === 0)
            indent = Math.max(maxIndent, parent + 1, 1);
        if (col < indent)
            return lineStart;
        const nl = text.indexOf('\n', i);
        if (nl < 0)
            return text.length;
        i = nl + 1;
    }
}
const CANNOT_START = 'found character that cannot start any token: a tab where yaml.v2 looks for the next token (at the start of a line, or after "-", "?" or a complex key\'s ":"); indent with spaces';
const VIOLATES = 'found a tab character that violates indentation (in the indentation of a continued plain scalar); indent with spaces';
/** The first tab yaml.v2 refuses in `text` (see the top of this file). */
function checkTabs(text, tokens) {
    if (!text.includes('\t'))
        return;
    let flow = 0;
    let simpleKeyAllowed = true;
    const indents = [];
    const top = () => indents.at(-1) ?? -1;
    /** After a plain scalar in block context: yaml.v2 still scans its blank lines. */
    let plain;
    let lineStart = 0;
    let keyLine = -1;
    let keyColumn = -1;
    let skipTo = -1;
    const newlines = (t) => {
        const nl = t.source.lastIndexOf('\n');
        if (nl >= 0)
            lineStart = t.offset + nl + 1;
    };
    for (const t of tokens) {
        if (t.offset < skipTo)
            continue;
        const col = t.offset - lineStart;
        if (t.type === 'space') {
            for (let k = 0; k < t.source.length; k++) {
                if (t.source[k] !== '\t' || flow > 0)
                    continue;
                const at = t.offset + k;
                if (plain) {
                    if (plain.crossed && at - lineStart < plain.indent)
                        throw new YamlFailure(VIOLATES, at);
                }
                else if (simpleKeyAllowed)
                    throw new YamlFailure(CANNOT_START, at);
            }
            continue;
        }
        if (t.type === 'newline') {
            if (flow === 0)
                simpleKeyAllowed = true;
            if (plain)
                plain.crossed = true;
            newlines(t);
            continue;
        }
        if (t.type === 'comment') {
            plain = undefined;
            continue;
        }
        plain = undefined;
        if (flow === 0)
            while (top() > col)
                indents.pop();
        const roll = (column) => {
            if (flow === 0 && top() < column)
                indents.push(column);
        };
        const maybeKey = () => {
            if (flow === 0 && simpleKeyAllowed) {
                keyLine = lineStart;
                keyColumn = col;
            }
        };
        switch (t.type) {
            case 'doc-start':
            case 'doc-end':
            case 'directive-line':
                indents.length = 0;
                simpleKeyAllowed = false;
                break;
            case 'flow-map-start':
            case 'flow-seq-start':
                maybeKey();
                flow++;
                simpleKeyAllowed = true;
                break;
            case 'flow-map-end':
            case 'flow-seq-end':
                flow = Math.max(0, flow - 1);
                simpleKeyAllowed = false;
                break;
            case 'comma':
                simpleKeyAllowed = true;
                break;
            case 'seq-item-ind':
            case 'explicit-key-ind':
                roll(col);
                simpleKeyAllowed = true;
                break;
            case 'map-value-ind':
                if (flow === 0 && keyLine === lineStart) {
                    roll(keyColumn);
                    simpleKeyAllowed = false;
                }
                else {
                    roll(col);
                    simpleKeyAllowed = flow === 0;
                }
                keyLine = -1;
                break;
            case 'block-scalar-header':
                skipTo = blockScalarEnd(text, t.source, t.offset, top());
                lineStart = skipTo;
                simpleKeyAllowed = true;
                break;
            case 'scalar': {
                maybeKey();
                const indent = top() + 1;
                // A continued plain scalar: yaml.v2 refuses a tab in a continuation line's indentation.
                for (let k = t.source.indexOf('\n'); flow === 0 && k >= 0; k = t.source.indexOf('\n', k + 1)) {
                    for (let j = k + 1; j < t.source.length && /[ \t]/.test(t.source[j] ?? ''); j++) {
                        if (t.source[j] === '\t' && j - (k + 1) < indent) {
                            throw new YamlFailure(VIOLATES, t.offset + j);
                        }
                    }
                }
                newlines(t);
                if (flow === 0)
                    plain = { indent, crossed: false };
                simpleKeyAllowed = false;
                break;
            }
            default:
                // Anchors, tags, aliases and quoted scalars: a simple key may start here.
                maybeKey();
                newlines(t);
                simpleKeyAllowed = false;
        }
    }
}

;// CONCATENATED MODULE: ./src/policy/yamlv2/quoted.ts
// Quoted scalars as yaml.v2's scanner reads them (scannerc.go, scan_flow_scalar), which is not
// how the YAML 1.2 `yaml` package reads them:
// - continuation lines need no indentation (`subject: "repo:acme/widgets:ref:` then
//   `refs/heads/main"` at column 1 is one string); a line break folds to a space, an empty
//   line to a line break, and a `\` at the end of a line joins the lines;
// - only YAML 1.1's escapes: `\/` is refused, `\'` and `\<TAB>` are accepted, `\u`/`\U`/`\x`
//   must not name a surrogate or pass U+10FFFF;
// - a `---` or `...` at the start of a line inside one, or the end of the file, is refused.
// The `yaml` package's lexer stops a quoted scalar at an under-indented line; such a scalar is
// handed to it on one line (its line breaks become spaces, offsets unchanged), and its value
// is taken from here.
// The same pass puts a space where yaml.v2 ends an anchor or alias name that the `yaml` package
// reads on (`&a:b x` is the anchor `a` on ":b x": splitAnchor); later offsets move by one, and
// `inserted` says where.


/** More scalars than this folded over under-indented lines is refused (each costs a pass). */
const MAX_JOINED = 64;
/** More spaces than this put after anchor names is refused (each costs a pass). */
const MAX_SPLIT = 64;
const isBreak = (c) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlank = (c) => c === ' ' || c === '\t';
const isBlankOrEnd = (c) => c === undefined || isBlank(c) || isBreak(c);
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    t: '\t',
    '\t': '\t',
    n: '\n',
    v: '\v',
    f: '\f',
    r: '\r',
    e: '\x1b',
    ' ': ' ',
    '"': '"',
    "'": "'",
    '\\': '\\',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029'
};
const CODE_LENGTH = { x: 2, u: 4, U: 8 };
/** The line break at `i` as yaml.v2 copies it into a scalar, and where the next line starts. */
function readBreak(text, i) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n')
        return ['\n', i + 2];
    // CR and NEL become a line feed; LS and PS are kept as they are.
    return [c === '\u2028' || c === '\u2029' ? c : '\n', i + 1];
}
const atDocumentMarker = (text, i) => (text.startsWith('---', i) || text.startsWith('...', i)) && isBlankOrEnd(text[i + 3]);
/**
 * The quoted scalar whose opening quote is at `start`: where it ends (past the closing
 * quote) and its value, or a YamlFailure with yaml.v2's reason.
 */
function scanQuoted(text, start) {
    const single = text[start] === "'";
    const fail = (why, at = start) => {
        throw new YamlFailure(why, at);
    };
    let out = '';
    let i = start + 1;
    for (;;) {
        const lineStart = i === 0 || isBreak(text[i - 1]);
        if (lineStart && atDocumentMarker(text, i)) {
            fail('found unexpected document indicator (--- or ...) inside a quoted scalar', i);
        }
        if (i >= text.length) {
            const q = single ? "'" : '"';
            fail(`Missing closing ${q}quote: the quoted scalar runs to the end of the file (yaml.v2: found unexpected end of stream)`);
        }
        let leadingBlanks = false;
        while (!isBlankOrEnd(text[i])) {
            const c = text[i];
            if (single && c === "'" && text[i + 1] === "'") {
                out += "'";
                i += 2;
            }
            else if (single ? c === "'" : c === '"') {
                break;
            }
            else if (!single && c === '\\' && isBreak(text[i + 1])) {
                // An escaped line break: the lines are joined without a space.
                i = readBreak(text, i + 1)[1];
                leadingBlanks = true;
                break;
            }
            else if (!single && c === '\\') {
                const e = text[i + 1] ?? '';
                const simple = ESCAPES[e];
                const length = CODE_LENGTH[e] ?? 0;
                if (simple !== undefined) {
                    out += simple;
                    i += 2;
                }
                else if (length) {
                    const digits = text.slice(i + 2, i + 2 + length);
                    if (!new RegExp(`^[0-9A-Fa-f]{${length}}$`).test(digits)) {
                        fail('did not find expected hexadecimal number in an escape', i);
                    }
                    const code = parseInt(digits, 16);
                    if ((code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
                        fail('found invalid Unicode character escape code (a surrogate or past U+10FFFF)', i);
                    }
                    out += String.fromCodePoint(code);
                    i += 2 + length;
                }
                else {
                    fail(`found unknown escape character \\${e === '' ? '' : String.fromCodePoint(e.codePointAt(0) ?? 0)} (yaml.v2 knows YAML 1.1's escapes only; \\/ is not one: write / alone)`, i);
                }
            }
            else {
                const cp = text.codePointAt(i) ?? 0;
                const ch = String.fromCodePoint(cp);
                out += ch;
                i += ch.length;
            }
        }
        if (text[i] === (single ? "'" : '"'))
            break;
        // Blanks and line breaks: trailing blanks dropped, breaks folded.
        let whitespace = '';
        let leadingBreak = '';
        let trailingBreaks = '';
        while (isBlank(text[i]) || isBreak(text[i])) {
            if (isBlank(text[i])) {
                if (!leadingBlanks)
                    whitespace += text[i];
                i++;
                continue;
            }
            const [br, next] = readBreak(text, i);
            if (!leadingBlanks) {
                whitespace = '';
                leadingBreak = br;
                leadingBlanks = true;
            }
            else
                trailingBreaks += br;
            i = next;
            // The document marker check happens at the top of the outer loop for this position.
            if (atDocumentMarker(text, i))
                break;
        }
        if (leadingBlanks) {
            out += leadingBreak === '\n' ? trailingBreaks || ' ' : leadingBreak + trailingBreaks;
        }
        else
            out += whitespace;
    }
    return { end: i + 1, value: out };
}
/** The `yaml` lexer's quoted scalars and anchors in `text`, in order, with their flow level. */
function* tokensToFix(text) {
    let depth = 0;
    for (const t of lexTokens(text)) {
        if (t.type === 'flow-map-start' || t.type === 'flow-seq-start')
            depth++;
        else if ((t.type === 'flow-map-end' || t.type === 'flow-seq-end') && depth > 0)
            depth--;
        const kind = t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar'
            ? 'quoted'
            : t.type === 'anchor' || t.type === 'alias'
                ? 'anchor'
                : undefined;
        if (kind)
            yield { kind, offset: t.offset, length: t.source.length, source: t.source, flow: depth > 0 };
    }
}
/**
 * Reads every quoted scalar of `text` as yaml.v2 does, and returns the text to hand to the
 * `yaml` package (the same length, with each quoted scalar its lexer would cut short at an
 * under-indented line put on one line). yaml.v2 reads no further than the first document:
 * a scalar from `limit` on is not checked.
 */
function readQuoted(text, limit) {
    const quoted = { values: new Map(), joined: new Set(), inserted: [] };
    let source = text;
    let end = limit;
    for (let pass = 0;; pass++) {
        let changed = false;
        for (const { kind, offset, length, source: token, flow } of tokensToFix(source)) {
            if (offset >= end)
                break;
            if (kind === 'anchor') {
                const spaces = splitAnchor(source, offset, token, flow);
                if (!spaces.length)
                    continue;
                if (quoted.inserted.length + spaces.length > MAX_SPLIT) {
                    const failure = new YamlFailure(`more than ${MAX_SPLIT} anchor or alias names end in ":" or "?" (use only letters, digits, "_" and "-" in names)`, offset);
                    return { source, quoted, failure };
                }
                spaces.forEach((at, i) => {
                    source = source.slice(0, at + i) + ' ' + source.slice(at + i);
                    quoted.inserted.push(at + i);
                });
                end += spaces.length;
                changed = true;
                break; // the lexer's reading of the rest changes: read it again
            }
            // Read in an earlier pass (a joined one's text has changed since).
            if (quoted.values.has(offset))
                continue;
            let scanned;
            try {
                scanned = scanQuoted(source, offset);
            }
            catch (e) {
                if (e instanceof YamlFailure)
                    return { source, quoted, failure: e };
                throw e;
            }
            const { value } = scanned;
            quoted.values.set(offset, value);
            if (scanned.end === offset + length)
                continue;
            if (pass >= MAX_JOINED) {
                const failure = new YamlFailure(`more than ${MAX_JOINED} quoted scalars continue on less indented lines (write each on one line)`, offset);
                return { source, quoted, failure };
            }
            const inside = source.slice(offset, scanned.end).replace(/[\r\n\u0085\u2028\u2029]/g, ' ');
            source = source.slice(0, offset) + inside + source.slice(scanned.end);
            quoted.joined.add(offset);
            changed = true;
            break; // the lexer's reading of the rest changes: read it again
        }
        if (!changed)
            return { source, quoted };
    }
}

;// CONCATENATED MODULE: ./src/policy/yamlv2/after-root.ts
// What yaml.v2 scans after the top-level node when the next token is on a later line. Its
// Unmarshal reads one document's node and then only asks for the document's end: the scanner
// fetches the next token, and, while that token may still be a simple key (a scalar, an
// anchor, an alias, a tag or a flow collection's start, which any token at the start of a line
// may be), the tokens after it on its line and the first token past that line. If one of those
// fails to scan (a tab where a token should start, a bad escape, a bad anchor name…), yaml.v2
// fails; otherwise everything from the next token on is ignored, whatever it holds.



const after_root_isBreak = (c) => c === '\n' || c === '\r';
const isBlankz = (c) => c === undefined || c === ' ' || c === '\t' || after_root_isBreak(c);
const columnOf = (text, at) => at - (Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1);
const NO_TOKEN = 'found character that cannot start any token';
/**
 * The first token after the line break at `lineEnd`, skipping blank and comment lines, as
 * yaml.v2's scan_to_next_token does: a tab before it on its line is an error in block context
 * (`flow`: inside a flow collection, where tabs are blanks). Undefined at the end of the text.
 */
function tokenAfterLine(text, lineEnd, flow) {
    let pos = lineEnd;
    while (pos < text.length) {
        if (after_root_isBreak(text[pos])) {
            pos += text[pos] === '\r' && text[pos + 1] === '\n' ? 2 : 1;
            continue;
        }
        if (text[pos] === ' ' || (flow && text[pos] === '\t')) {
            pos++;
            continue;
        }
        if (text[pos] === '\t')
            throw new YamlFailure(CANNOT_START, pos);
        if (text[pos] === '#') {
            while (pos < text.length && !after_root_isBreak(text[pos]))
                pos++;
            continue;
        }
        return pos;
    }
    return undefined;
}
/** The end of the anchor or alias at `at`, checked as yaml.v2 scans it (it may throw). */
function anchorEnd(text, at) {
    const token = /^[&*][^\s,[\]{}]*/.exec(text.slice(at))?.[0] ?? text[at] ?? '';
    return at + 1 + checkAnchorName(token, at, text[at + token.length]).length;
}
/** The end of a simple tag (`!x`, `!!str`, `!e!x`) followed by a blank; undefined if unsure. */
function tagEnd(text, at) {
    const tag = /^!(?:[0-9A-Za-z_-]*!)?[0-9A-Za-z_\-;/?:@&=+$.!~*'()]*/.exec(text.slice(at))?.[0];
    return tag && isBlankz(text[at + tag.length]) ? at + tag.length : undefined;
}
/** A directive after the root, as yaml.v2's scanner checks it (the version is not checked). */
function directive(text, at) {
    const line = /^[^\r\n]*/.exec(text.slice(at))?.[0] ?? '';
    const name = /^%([0-9A-Za-z_-]*)/.exec(line)?.[1] ?? '';
    if (name === 'YAML')
        return /^%YAML[ \t]+[0-9]{1,9}\.[0-9]{1,9}[ \t]*(?:#.*)?$/.test(line);
    if (name === 'TAG') {
        return /^%TAG[ \t]+!(?:[0-9A-Za-z_-]*!)?[ \t]+[0-9A-Za-z_\-;/?:@&=+$,.!~*'()[\]]+[ \t]*(?:#.*)?$/.test(line);
    }
    if (name && isBlankz(line[name.length + 1])) {
        throw new YamlFailure('found unknown directive name', at);
    }
    return false;
}
/** A block scalar after the root: its header, and tabs in its indentation (scanned whole). */
function blockScalar(text, at) {
    const header = /^[|>](?:[+-][1-9]?|[1-9][+-]?)?/.exec(text.slice(at))?.[0] ?? '';
    const rest = /^[ \t]*(?:#[^\r\n]*)?/.exec(text.slice(at + header.length))?.[0] ?? '';
    const next = text[at + header.length + rest.length];
    if (next !== undefined && !after_root_isBreak(next))
        return false;
    blockScalarEnd(text, header, at, -1);
    return true;
}
/**
 * One token at `at`, as yaml.v2 scans it when it needs just that token: true if it scans,
 * false if unsure (left to the `yaml` package, which refuses the text); throws yaml.v2's error.
 */
function oneToken(text, at, flow) {
    const c = text[at] ?? '';
    const column0 = columnOf(text, at) === 0;
    if (column0 && /^(?:---|\.\.\.)/.test(text.slice(at, at + 3)) && isBlankz(text[at + 3])) {
        return true;
    }
    if (c === '%' && column0)
        return directive(text, at);
    if (c === '"' || c === "'") {
        scanQuoted(text, at);
        return true;
    }
    if (c === '&' || c === '*') {
        anchorEnd(text, at);
        return true;
    }
    if (c === '!')
        return tagEnd(text, at) !== undefined;
    if (c === '@' || c === '`' || c === '%')
        throw new YamlFailure(NO_TOKEN, at);
    if ((c === '|' || c === '>') && !flow)
        return blockScalar(text, at);
    return c !== '|' && c !== '>'; // in a flow collection they start no token: an error
}
/**
 * Where yaml.v2 goes on scanning after the plain scalar at `at` (in block context, or in a
 * flow collection with `flow`): it consumes the blanks and line breaks after each word, and
 * ends the scalar at a comment, a document marker, a `:` and a blank (or in a flow collection
 * one of `,?[]{}` and `:`). `crossed`: it consumed a line break.
 */
function plainEnd(text, at, flow) {
    let pos = at;
    let crossed = false;
    for (;;) {
        while (!isBlankz(text[pos])) {
            const c = text[pos];
            if (c === ':' && isBlankz(text[pos + 1]))
                return { resume: pos, crossed };
            if (flow && ',?[]{}'.includes(c))
                return { resume: pos, crossed };
            pos++;
        }
        let broke = false;
        while (text[pos] === ' ' || text[pos] === '\t' || after_root_isBreak(text[pos])) {
            if (after_root_isBreak(text[pos]))
                broke = true;
            pos++;
        }
        if (broke)
            crossed = true;
        if (pos >= text.length || text[pos] === '#')
            return { resume: pos, crossed };
        const marker = /^(?:---|\.\.\.)/.test(text.slice(pos, pos + 3)) && isBlankz(text[pos + 3]);
        if (broke && marker && columnOf(text, pos) === 0)
            return { resume: pos, crossed };
        if (flow && (',?[]{}'.includes(text[pos]) || text[pos] === ':')) {
            return { resume: pos, crossed };
        }
    }
}
/**
 * Whether yaml.v2 scans the tokens from `at` (the first token after the top-level node) without
 * failing: true if it does (it then ignores all of them), false if unsure; throws yaml.v2's
 * error when it fails. See the top of this file. `sameLine`: the token is on the node's last
 * line, where it cannot be a simple key, but the node's own key may still be possible
 * (`keyPossible`: the node is on one line): then yaml.v2 scans the rest of the line the same
 * way, and a `:` there makes the node a key (not ignored: left to the `yaml` package).
 */
function scansAfterRoot(text, at, sameLine) {
    const c = text[at] ?? '';
    const next = text[at + 1];
    if (sameLine) {
        // After the node on its line, `-`, `?` and `:` are not allowed (or make it a key).
        if ('-?:'.includes(c) && isBlankz(next))
            return false;
        if (!sameLine.keyPossible)
            return oneToken(text, at, false);
    }
    else {
        // Tokens that cannot be a simple key: yaml.v2 scans only them.
        if ('-?:'.includes(c) && isBlankz(next))
            return true;
        if (',]}'.includes(c) || c === '|' || c === '>' || c === '%' || c === '@' || c === '`') {
            return oneToken(text, at, false);
        }
        if (columnOf(text, at) === 0 && /^(?:---|\.\.\.)/.test(text.slice(at, at + 3))) {
            if (isBlankz(text[at + 3]))
                return true;
        }
    }
    // A possible simple key: the rest of its line, up to a `:` that makes it a key, then one
    // token past the line.
    let depth = 0;
    let pos = at;
    for (;;) {
        const ch = text[pos];
        if (ch === undefined)
            return true;
        if (ch === ' ' || ch === '\t') {
            pos++;
            continue;
        }
        if (after_root_isBreak(ch)) {
            const t = tokenAfterLine(text, pos, depth > 0);
            return t === undefined || oneToken(text, t, depth > 0);
        }
        const after = text[pos + 1];
        if (ch === '#') {
            while (pos < text.length && !after_root_isBreak(text[pos]))
                pos++;
        }
        else if (ch === '"' || ch === "'") {
            const { end } = scanQuoted(text, pos);
            if (/[\r\n]/.test(text.slice(pos, end)))
                return true; // the key is no longer possible
            pos = end;
        }
        else if (ch === '&' || ch === '*') {
            pos = anchorEnd(text, pos);
        }
        else if (ch === '!') {
            const end = tagEnd(text, pos);
            if (end === undefined)
                return false;
            pos = end;
        }
        else if (ch === '[' || ch === '{') {
            depth++;
            pos++;
        }
        else if (ch === ']' || ch === '}' || ch === ',') {
            if (ch !== ',')
                depth = Math.max(0, depth - 1);
            pos++;
        }
        else if (ch === ':' && depth === 0 && isBlankz(after)) {
            return !sameLine; // the value indicator: the key is found
        }
        else if (depth > 0 && (ch === ':' || ch === '?' || (ch === '-' && isBlankz(after)))) {
            pos++;
        }
        else if (depth === 0 && '-?'.includes(ch) && isBlankz(after)) {
            return false; // not allowed after a token on this line: left to the `yaml` package
        }
        else if ('@`%'.includes(ch)) {
            throw new YamlFailure(NO_TOKEN, pos);
        }
        else if ('|>'.includes(ch)) {
            // A block scalar is scanned whole, past the key's line (in a flow collection: an error).
            return depth === 0 && blockScalar(text, pos);
        }
        else {
            const { resume, crossed } = plainEnd(text, pos, depth > 0);
            if (crossed)
                return true; // past its line: the key is no longer possible
            pos = Math.max(resume, pos + 1);
        }
    }
}
/**
 * The first token after the line break at `lineEnd` that ends the top-level node (blank and
 * comment lines skipped); throws yaml.v2's error for a tab before it. Undefined at the end.
 */
const firstTokenAfter = (text, lineEnd) => tokenAfterLine(text, lineEnd, false);

;// CONCATENATED MODULE: ./src/policy/yamlv2/root.ts
// Where yaml.v2 stops reading the first document. Its parser ends the document right after the
// root node and ignores what follows, having scanned only the tokens it needs to end it:
// `{}:0777`, `[a] b`, `{a: b}` then any later lines, and `&a *b` read as `{}`, `[a]`,
// `{a: b}` and an empty document, where the `yaml` package reports the rest as an error.
// Handled here: the root is a flow collection, an indented block collection followed by a
// less indented line, or properties only (anchor, tag) before an alias. What yaml.v2 scans
// after it (./after-root.ts): on the root's line, while the root's first token may still be
// a simple key (up to the end of its line, 1024 characters), every token and one token past
// the line, and a `:` there makes the root a key instead; on a later line, the next token and,
// while that may be a key, the same. Where those tokens fail to scan, yaml.v2's error is
// thrown; where the reader is unsure, the rest is left to the `yaml` package: an error.



const tokensOf = (v) => (Array.isArray(v) ? v : []);
/**
 * The offset where yaml.v2 stops reading the first document `doc` (a CST document token of
 * `text`) before the `yaml` package would, or undefined when both read on.
 */
function rootEnd(doc, text) {
    let value = doc.value;
    if (!value)
        return undefined;
    // `{a: b} {c: d}`: the `yaml` package takes the root for a key until it finds no `:`.
    const first = value.items?.[0];
    if (value.type === 'block-map' &&
        first?.key?.type === 'flow-collection' &&
        tokensOf(first.sep).find(t => t.type !== 'space')?.type !== 'map-value-ind') {
        value = first.key;
    }
    if (value.type === 'block-map' || value.type === 'block-seq') {
        return blockRootEnd(value, tokensOf(doc.end), text);
    }
    const props = tokensOf(doc.start).filter(t => t.type === 'anchor' || t.type === 'tag');
    const keyAt = props[0]?.offset ?? value.offset;
    if (value.type === 'flow-collection') {
        const [close] = tokensOf(value.end);
        if (close?.type !== 'flow-map-end' && close?.type !== 'flow-seq-end')
            return undefined;
        const from = close.offset + 1;
        const lineEnd = from + (/^[ \t]*(?:#[^\r\n]*)?/.exec(text.slice(from))?.[0].length ?? 0);
        if (/[\r\n]/.test(text[lineEnd] ?? ''))
            return laterLine(text, lineEnd);
        if (lineEnd >= text.length)
            return undefined;
        const at = from + (/^[ \t]*/.exec(text.slice(from))?.[0].length ?? 0);
        // The node's key is possible while on its line, unless `---` comes first on that line.
        const afterMarker = tokensOf(doc.start).some(t => t.type === 'doc-start' && !/[\r\n]/.test(text.slice(t.offset, keyAt)));
        const keyPossible = !afterMarker && !/[\r\n]/.test(text.slice(keyAt, at)) && at <= keyAt + 1024;
        return scansAfterRoot(text, at, { keyPossible }) ? at : undefined;
    }
    let after;
    let from;
    if (value.type === 'alias') {
        // Properties with no node: yaml.v2 reads an empty node and stops at the alias.
        const last = tokensOf(doc.start)
            .filter(t => t.type !== 'space')
            .at(-1);
        if (last?.type !== 'anchor' && last?.type !== 'tag')
            return undefined;
        // yaml.v2 ends `&a:b` at the colon and reads ":b …" as the node (see splitAnchor).
        if (props.some(t => t.type === 'anchor' && /[:?]/.test(t.source ?? '')))
            return undefined;
        after = [value];
        from = last.offset + (last.source?.length ?? 0);
    }
    else
        return undefined;
    const next = after.find(t => t.type !== 'space');
    if (!next || !next.source)
        return undefined;
    if (/[\r\n]/.test(text.slice(from, next.offset)))
        return undefined;
    let end = next.offset + next.source.length;
    if (next.type === 'alias') {
        end = next.offset + 1 + checkAnchorName(next.source, next.offset, text[end]).length;
    }
    else if (next.type !== 'scalar' || !plainStart(text, next.offset))
        return undefined;
    const keyPossible = !/[\r\n]/.test(text.slice(keyAt, end)) && end <= keyAt + 1024;
    return !keyPossible || safeLookahead(text, end) ? next.offset : undefined;
}
/** A plain scalar as yaml.v2 starts one in block context (not %, @ or `, nor "- ", "? ", ": "). */
const plainStart = (text, at) => !/^(?:[-?:](?:[ \t\r\n]|$)|[,[\]{}#&*!|>'"%@`])/.test(text.slice(at, at + 2));
/**
 * Whether yaml.v2 scans the tokens after `from` (up to the first one on a later line) without
 * failing, and without reading a value indicator that turns the root into a key: on the same
 * line only plain scalars (to the end of the line or a comment) and good aliases or anchors;
 * then, with no tab before it, a plain scalar, a good alias or anchor, a document marker, or
 * one of `-`, `?`, `:` and a blank, `[`, `{`, `]`, `}`, `,`.
 */
function safeLookahead(text, from) {
    for (let pos = from;;) {
        const gap = /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n))*[ \t]*/.exec(text.slice(pos))?.[0] ?? '';
        const at = pos + gap.length;
        if (/[\r\n][^\r\n]*\t/.test(gap))
            return false; // a tab where yaml.v2 looks for a token
        if (at >= text.length)
            return true;
        const later = /[\r\n]/.test(gap);
        const name = /^[&*][^\s,[\]{}]*/.exec(text.slice(at))?.[0];
        const goName = name ? checkAnchorName(name, at, text[at + name.length]) : undefined;
        if (later) {
            return (name !== undefined ||
                plainStart(text, at) ||
                /^(?:[-?:](?:[ \t\r\n]|$)|[[\]{},])/.test(text.slice(at, at + 2)));
        }
        if (name) {
            pos = at + 1 + (goName ?? '').length;
            continue;
        }
        if (!plainStart(text, at))
            return false;
        // A plain scalar on the root's line: to the line's end (then on, a later line), or a comment.
        const plain = /^[^\r\n]*?(?=[ \t]#|:(?:[ \t\r\n]|$)|[\r\n]|$)/.exec(text.slice(at))?.[0] ?? '';
        const stop = text[at + plain.length];
        if (stop === ':')
            return false;
        if (stop !== ' ' && stop !== '\t')
            return true;
        pos = at + plain.length;
    }
}
/**
 * Where yaml.v2 stops when the root node ends at a line break at `lineEnd` and more follows:
 * the first token on a later line, if yaml.v2 scans what it looks at there without failing
 * (it throws yaml.v2's error if not). A document marker is left to the `yaml` package, which
 * reads it as yaml.v2 does.
 */
function laterLine(text, lineEnd) {
    const at = firstTokenAfter(text, lineEnd);
    if (at === undefined)
        return undefined;
    if (/^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(at, at + 4)) &&
        /[\r\n]/.test(text[at - 1] ?? '')) {
        return undefined;
    }
    return scansAfterRoot(text, at) ? at : undefined;
}
/**
 * A block collection at the top whose lines are indented: yaml.v2 ends it at the first token
 * of a less indented line (`end`: the tokens the `yaml` package left after it).
 */
function blockRootEnd(root, end, text) {
    const next = end.find(t => !['space', 'newline', 'comment'].includes(t.type));
    if (!next || !root.indent)
        return undefined;
    const lineStart = Math.max(text.lastIndexOf('\n', next.offset - 1), text.lastIndexOf('\r', next.offset - 1)) + 1;
    if (next.offset - lineStart >= root.indent || lineStart <= root.offset)
        return undefined;
    if (/^[ \t]*$/.test(text.slice(lineStart, next.offset)) === false)
        return undefined;
    const head = text.slice(0, next.offset);
    if (/['"]/.test(head)) {
        // A quoted scalar that goes on at a less indented line is one scalar to yaml.v2, and not
        // to the `yaml` package: the root must end where both say it does.
        const q = readQuoted(head, head.length);
        if (q.failure || q.source !== head)
            return undefined;
    }
    if (/^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(next.offset, next.offset + 4)))
        return undefined;
    return scansAfterRoot(text, next.offset) ? next.offset : undefined;
}

;// CONCATENATED MODULE: ./src/policy/yamlv2.ts
// Reads a YAML file the way gopkg.in/yaml.v2 (go.yaml.in/yaml/v2 v2.4.4, the version
// sigs.k8s.io/yaml v1.6.0 uses in octo-sts/app) decodes it into interface{} with
// UnmarshalStrict, in time linear in the file. The `yaml` package composes the nodes; the
// parts in ./yamlv2/ make it read what yaml.v2 reads:
// - breaks.ts: a lone CR, NEL, U+2028 or U+2029 is a line break to yaml.v2 and not to an
//   editor; the file is read as yaml.v2 reads it, and each such break is an error;
// - scanner.ts: only the first document is read; the reader refuses control characters (DEL,
//   C1, U+FFFE…) in the part of the file it reads (512-byte chunks up to the next document's
//   marker), directives other than `%YAML 1.1`, tabs where yaml.v2 does, `...` before the
//   first document and anchor names other than [0-9A-Za-z_-]+;
// - root.ts, after-root.ts: yaml.v2 stops reading after the root node (`{}:0777` reads as
//   `{}`, and so does `{}` followed by any lines it can scan), with a warning there;
// - quoted.ts: quoted scalars with YAML 1.1's escapes, folded over lines of any indentation;
//   a `#` right after a closing quote or bracket starts a comment; a space where yaml.v2
//   ends an anchor name at `:` or `?` (`&a:b x` is the anchor a on ":b x");
// - resolve.ts: plain scalars resolve as yaml.v2's resolve.go does (`yes` is a boolean);
// - decode.ts: aliases, merges, strict duplicate keys, the "excessive aliasing" rule, !!binary.
// Nesting is bounded far below yaml.v2's 10000 levels (see MAX_DEPTH): the yaml package's
// composer recurses, and a policy is at most a few levels deep.








/** Deeper nesting is refused before composing; only nested merge keys are valid past ~5. */
const MAX_DEPTH = 100;
/**
 * Nesting deeper than `max` in a CST token (the `yaml` package's Parser output), walked without
 * recursion, as an offset. Check before composing: the composer recurses.
 */
function tooDeep(root, max = MAX_DEPTH) {
    const stack = [[root, 0]];
    while (stack.length) {
        const [tok, depth] = stack.pop();
        if (!tok || typeof tok !== 'object')
            continue;
        const t = tok;
        const collection = t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
        const d = collection ? depth + 1 : depth;
        if (d > max)
            return t.offset;
        if (t.type === 'document')
            stack.push([t.value, d]);
        if (Array.isArray(t.items)) {
            for (const item of t.items) {
                stack.push([item.key, d], [item.value, d]);
            }
        }
    }
    return undefined;
}
const utf8Length = (s) => Buffer.byteLength(s, 'utf8');
/** Lines as an editor numbers them: broken at `\n` only. */
function editorLines(text) {
    const lines = new dist/* LineCounter */.HN();
    lines.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lines.addNewLine(i + 1);
    return lines;
}
/** The `yaml` package's complaint about a `#` right after a quote or bracket (yaml.v2: a comment). */
const commentAfterToken = (source, e) => /^Comments must be separated/.test(e.message) && /['"\]},]/.test(source[e.pos[0] - 1] ?? '');
/** Reads `text` as yaml.v2's UnmarshalStrict into interface{}; see the top of this file. */
function readYamlV2(text) {
    const lines = editorLines(text);
    const result = { errors: [], hidden: [], warnings: [], lines };
    const breaks = hiddenBreaks(text);
    const read = readAsYamlV2(breaks.length ? asYamlV2Lines(text) : text, result);
    if (breaks.length)
        result.hidden = hiddenBreakProblems(text, breaks, lines, read);
    return result;
}
function readAsYamlV2(whole, result) {
    let text = whole;
    // Offsets are the file's until spaces go after anchor names (quoted.ts), then shifted.
    let lines = result.lines;
    const fail = (e) => {
        if (!(e instanceof YamlFailure))
            throw e;
        result.errors.push(yamlError(e.message, e.offset === undefined ? undefined : posOf(lines, e.offset)));
        return undefined;
    };
    let tokens = Array.from(new dist/* Parser */.iX().parse(text));
    const documentRange = () => {
        const first = tokens.findIndex(t => t.type === 'document');
        const next = first < 0 ? -1 : tokens.findIndex((t, i) => i > first && t.type === 'document');
        return [first, next];
    };
    let [firstDoc, nextDoc] = documentRange();
    // yaml.v2 stops after the first document; its reader has checked 512-byte chunks up to just
    // past the next document's marker.
    const readTo = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? text.length) + 4 : text.length;
    const byteLimit = Math.ceil((utf8Length(text.slice(0, readTo)) + 1) / 512) * 512;
    const bad = refusedChar(text, byteLimit);
    if (bad !== undefined) {
        const cp = text.codePointAt(bad) ?? 0;
        return fail(new YamlFailure(`control characters are not allowed (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`, bad));
    }
    let stop;
    try {
        const doc = firstDoc >= 0 ? tokens[firstDoc] : undefined;
        stop = doc ? rootEnd(doc, text) : undefined;
    }
    catch (e) {
        return fail(e);
    }
    if (stop !== undefined) {
        // yaml.v2 reads no further: neither the rest of the line nor any later line or document.
        result.warnings.push(ignoredFrom(text, stop, lines));
        text = text.slice(0, stop);
        tokens = Array.from(new dist/* Parser */.iX().parse(text));
        [firstDoc, nextDoc] = documentRange();
    }
    let firstEnd = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? text.length) : text.length;
    let source = text;
    const quoted = /['"]|[&*][0-9A-Za-z_-]+[:?]/.test(text)
        ? readQuoted(text, firstEnd)
        : { source: text, quoted: undefined, failure: undefined };
    if (quoted.failure)
        return fail(quoted.failure);
    if (quoted.source !== text) {
        source = quoted.source;
        tokens = Array.from(new dist/* Parser */.iX().parse(source));
        [firstDoc, nextDoc] = documentRange();
        lines = shiftedLines(lines, quoted.quoted?.inserted ?? []);
        firstEnd = nextDoc >= 0 ? (tokens[nextDoc]?.offset ?? source.length) : source.length;
    }
    if (nextDoc >= 0)
        result.laterDocument = unshift(tokens[nextDoc]?.offset ?? 0, quoted.quoted);
    try {
        // Each is one more pass of the lexer, made only when the file has what it looks for.
        const head = source.slice(0, firstEnd);
        const directives = /^%/m.test(head);
        const anchors = /[&*]/.test(head);
        const docEnd = head.includes('...');
        if (directives || anchors || docEnd || head.includes('\t')) {
            const lexed = lexTokens(head);
            if (docEnd)
                checkDocumentStart(lexed);
            if (directives)
                checkDirectives(lexed);
            if (anchors)
                checkAnchorNames(head, lexed);
            checkTabs(head, lexed);
        }
    }
    catch (e) {
        return fail(e);
    }
    const mine = tokens.slice(0, nextDoc >= 0 ? nextDoc : tokens.length);
    const doc = firstDoc >= 0 ? tokens[firstDoc] : undefined;
    const deep = doc ? tooDeep(doc) : undefined;
    if (deep !== undefined) {
        return fail(new YamlFailure(`nesting deeper than ${MAX_DEPTH} levels (no trust policy needs more than a few)`, deep));
    }
    const composer = new dist/* Composer */.Dk({
        version: '1.1',
        schema: 'failsafe',
        uniqueKeys: false,
        prettyErrors: false
    });
    const docs = Array.from(composer.compose(mine, true, source.length));
    const first = docs[0];
    if (!first)
        return undefined;
    // yaml.v2 checks escapes itself (quoted.ts) and reads `'a'#b` as `'a'` and a comment.
    const errors = first.errors.filter(e => e.code !== 'BAD_DQ_ESCAPE' && !commentAfterToken(source, e));
    if (errors.length) {
        result.errors.push(...errors.map(e => yamlError(e.message.split('\n')[0] ?? '', posOf(lines, errorOffset(first, e)))));
        return undefined;
    }
    for (const w of first.warnings) {
        // yaml.v2 resolves its own tags; others it reads as strings (worth a word to the author)
        if (w.code === 'TAG_RESOLVE_FAILED' && w.message.includes('tag:yaml.org,2002:'))
            continue;
        result.warnings.push({
            severity: 'warning',
            message: `YAML: ${w.message.split('\n')[0]}`,
            ...posOf(lines, w.pos[0])
        });
    }
    const decoder = new Decoder(lines, quoted.quoted);
    try {
        decoder.link(first.contents);
        decoder.countAliases(first.contents);
        result.value = decoder.decode(first.contents);
    }
    catch (e) {
        return fail(e);
    }
    return result.value;
}
/** An offset of the text with spaces put after anchor names, as an offset of the file. */
const unshift = (offset, quoted) => offset - (quoted?.inserted.filter(at => at < offset).length ?? 0);
/** Lines of the file, for offsets of the text with spaces put at `inserted`. */
function shiftedLines(lines, inserted) {
    if (!inserted.length)
        return lines;
    const shifted = new dist/* LineCounter */.HN();
    shifted.linePos = offset => lines.linePos(offset - inserted.filter(at => at < offset).length);
    return shifted;
}
/**
 * The warning at `stop`, where yaml.v2 stops reading: the server reads a different file than
 * a reviewer sees (what follows is ignored, not refused).
 */
function ignoredFrom(text, stop, lines) {
    const line = /^[^\r\n]*/.exec(text.slice(stop))?.[0] ?? '';
    return {
        severity: 'warning',
        message: `YAML: the server ignores everything from here: yaml.v2 stops reading at the end of the top-level node before it, so ${quote(line.length > 40 ? line.slice(0, 40) + '…' : line)} and all that follows are not part of what the server reads, though a reviewer sees them. Remove them, or move them into the top-level node.`,
        ...posOf(lines, stop)
    };
}
const yamlError = (message, at) => ({
    severity: 'error',
    message: `YAML error: ${message}; the server cannot read this policy.`,
    ...(at ?? {})
});
/**
 * Where to point for a YAML error. An unclosed quote is reported at the end of the file; the
 * quote that opened it is more use to the author.
 */
function errorOffset(doc, error) {
    let offset = error.pos[0];
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
        const stack = [doc.contents];
        while (stack.length) {
            const n = stack.pop();
            if ((0,dist/* isScalar */.jn)(n)) {
                const [start, end] = n.range ?? [0, 0];
                if ((n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE') &&
                    start < offset &&
                    end >= error.pos[0]) {
                    offset = start;
                }
            }
            else if ((0,dist/* isMap */.jh)(n))
                for (const p of n.items)
                    stack.push(p.key, p.value);
            else if ((0,dist/* isSeq */.oP)(n))
                stack.push(...n.items);
        }
    }
    return offset;
}

;// CONCATENATED MODULE: ./src/policy/parse.ts
// Reads a trust policy file the way the server does: sigs.k8s.io/yaml v1.6.0 UnmarshalStrict,
// i.e. YAML read by yaml.v2 (./yamlv2.ts), converted to JSON, and decoded by Go's encoding/json
// (v1 semantics, Go 1.26 as octo-sts/app builds) with unknown fields disallowed:
// - any unknown key, at any level, fails the whole policy (`permissions` included);
// - struct keys match case-insensitively (Go's fold: `ſ` is `s`, `K` is `k`), map keys
//   (`claim_pattern`) do not; with two spellings of one field the last in byte order wins;
// - a number or boolean where a string is expected becomes that string (`yes` → "true",
//   `0777` → "511", `1.50` → "1.5") — except in an org policy: OrgTrustPolicy embeds
//   TrustPolicy, and sigs.k8s.io/yaml looks up only the first index of an embedded field, so
//   it never converts `subject: 123` or `permissions: {contents: yes}` there and the JSON
//   decoder refuses them; `repositories` still converts;
// - `null` leaves a field as it was (a map field becomes unset), a null map element is "",
//   a null permission is unset; duplicate keys fail; only the first document is read;
// - `repositories` exists only in org policies (the org's `.github` repository).
// Every field keeps its line and column so problems can be annotated at `file:line`. Maps are
// null-prototype objects: a claim or key named `__proto__` or `constructor` is a plain name.





/** A permission's valid values, as a fix names them. */
const PERMISSION_CHOICE = `one of ${[...PERMISSION_LEVELS].join(', ')} (e.g. contents: read)`;
const STRING_FIELDS = [
    'issuer',
    'issuer_pattern',
    'subject',
    'subject_pattern',
    'audience',
    'audience_pattern'
];
const TOP_LEVEL_KEYS = [...STRING_FIELDS, 'claim_pattern', 'permissions', 'repositories'];
const ALIASES = new Map([
    ['iss', 'issuer'],
    ['sub', 'subject'],
    ['aud', 'audience'],
    ['claims', 'claim_pattern'],
    ['claim_patterns', 'claim_pattern'],
    ['permission', 'permissions'],
    ['repos', 'repositories']
]);
/** TrustPolicy's string fields, by JSON name: what sigs.k8s.io/yaml converts scalars for in an
 * org policy's claim_pattern (it looks the claim names up in the embedded struct). */
const TRUST_POLICY_FIELDS = [...STRING_FIELDS, 'claim_pattern', 'permissions'];
/** Reads a trust policy's fields the server's way. */
class PolicyReader extends Reader {
    claimPattern(v, into) {
        const field = 'claim_pattern';
        if (v.kind === 'null')
            return undefined; // Go sets a map field to nil on null
        if (!this.isMapping(v, field))
            return into;
        const out = into ?? nullObject();
        // A Go map has no order; the file's is the author's.
        for (const { key, entry } of this.keyed(v, field, false)) {
            const path = `${field}[${(0,goformat/* goQuote */.dg)(key)}]`;
            this.positions[path] = entry.key.at;
            // In an org policy the names are looked up among TrustPolicy's fields (see the top).
            const convert = !this.isOrgPolicy ||
                STRING_FIELDS.includes((0,gojson/* goField */.t)(key, TRUST_POLICY_FIELDS) ?? '');
            const s = this.str(entry.value, path, convert, '');
            if (s !== undefined)
                out[key] = s;
        }
        return out;
    }
    permissions(v, into) {
        const field = 'permissions';
        if (v.kind === 'null')
            return into; // null into a struct changes nothing
        if (!this.isMapping(v, field))
            return into;
        const out = into ?? nullObject();
        const entries = this.fields(v, field, INSTALLATION_PERMISSIONS, (key, at) => {
            const hint = suggestKey(key, INSTALLATION_PERMISSIONS);
            this.problem('error', `unknown permission ${(0,goformat/* goQuote */.dg)(key)} in ${field}: the server rejects the whole policy.${hint ? ` Did you mean ${(0,goformat/* goQuote */.dg)(hint)}?` : ' Use the snake_case names of GitHub App installation permissions (e.g. contents, pull_requests, issues).'}`, `${field}[${(0,goformat/* goQuote */.dg)(key)}]`, at);
        }, 'names');
        for (const { name, entry } of entries) {
            const path = `${field}[${(0,goformat/* goQuote */.dg)(name)}]`;
            this.positions[path] = entry.key.at;
            if (entry.value.kind === 'null') {
                // A null *string is nil: the permission is not requested.
                delete out[name];
                this.problem('warning', `${path} has no value: the server ignores it.`, path, entry.key.at);
                continue;
            }
            const s = this.str(entry.value, path, !this.isOrgPolicy, undefined, PERMISSION_CHOICE);
            if (s !== undefined)
                out[name] = s;
        }
        return out;
    }
    policy(root) {
        if (root === undefined || root.kind === 'null')
            return {};
        if (root.kind !== 'map') {
            this.problem('error', `a trust policy must be a YAML mapping (issuer:, subject:, …), not ${describe(root)}.`, undefined, root.at);
            return undefined;
        }
        const isOrg = this.isOrgPolicy;
        const known = isOrg
            ? TOP_LEVEL_KEYS
            : TOP_LEVEL_KEYS.filter(k => k !== 'repositories');
        const policy = {};
        const entries = this.topLevelFields(root, 'policy', known, ALIASES, 'the server parses policies strictly and rejects the whole policy', (key, at) => {
            if (isOrg || !(0,gojson/* goField */.t)(key, ['repositories']))
                return false;
            this.problem('error', `"repositories" is only allowed in an org policy (in the org's .github repository): the server rejects this policy. A repository's own policy always covers just that repository.`, key, at);
            return true;
        });
        for (const { name, entry } of entries) {
            const match = name;
            this.positions[match] = entry.key.at;
            const v = entry.value;
            switch (match) {
                case 'claim_pattern': {
                    const m = this.claimPattern(v, policy.claim_pattern);
                    if (m)
                        policy.claim_pattern = m;
                    else
                        delete policy.claim_pattern;
                    break;
                }
                case 'permissions': {
                    const m = this.permissions(v, policy.permissions);
                    if (m)
                        policy.permissions = m;
                    break;
                }
                case 'repositories': {
                    const list = this.stringList(v, 'repositories', 'repository names');
                    if (list)
                        policy.repositories = list;
                    else
                        delete policy.repositories;
                    break;
                }
                default: {
                    // OrgTrustPolicy's embedded fields are not converted (see the top of this file).
                    const s = this.str(v, match, !isOrg, undefined);
                    if (s === undefined)
                        break; // null leaves the field as it was
                    // An empty string is as good as absent to the server.
                    if (s)
                        policy[match] = s;
                    else
                        delete policy[match];
                }
            }
        }
        return policy;
    }
}
/** Parses a policy file strictly, as the server does; see the top of this file. */
function parse_parsePolicy(text, options = {}) {
    const read = readYamlV2(text);
    if (read.errors.length) {
        return {
            errors: [...read.hidden, ...read.errors],
            warnings: [],
            positions: nullObject()
        };
    }
    const reader = documentReader(read, new PolicyReader(options.isOrgPolicy ?? false));
    // With line breaks only the server sees, `partial` is what the server reads; never `policy`.
    const partial = reader.policy(read.value);
    const result = {
        errors: [...read.hidden, ...reader.errors],
        warnings: reader.warnings,
        positions: reader.positions
    };
    if (partial)
        result.partial = partial;
    if (partial && result.errors.length === 0)
        result.policy = partial;
    return result;
}

// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __webpack_require__(517);
// EXTERNAL MODULE: ./src/policy/token-validity.ts
var token_validity = __webpack_require__(1754);
;// CONCATENATED MODULE: ./src/policy/lint.ts
// Everything wrong with one policy file, for policy authors (the validate action): what the
// server would reject (errors), what can never admit a token (errors), what admits more
// than its author likely meant (warnings), and what servers released before 2026-09 read
// otherwise (notes). Risky patterns are found by matching the compiled
// RE2 pattern against probe values a stranger could produce, not by reading the pattern text.








const PROBE = 'zz-probe';
/** An issuer no one runs: a pattern that matches it admits any host. */
const PROBE_ISSUER = `https://${PROBE}.example`;
const matches = (rule, value) => rule?.re ? rule.re.test(value) : rule?.literal === value;
/** A claim_pattern rule that refuses `value` (so it narrows what the subject admits). */
const claimRefuses = (compiled, claim, value) => compiled.claims.some(r => r.field === `claim_pattern[${(0,goformat/* goQuote */.dg)(claim)}]` && !matches(r, value));
class Linter {
    positions;
    earlier;
    problems = [];
    constructor(positions, earlier) {
        this.positions = positions;
        this.earlier = earlier;
    }
    /** A field (or one inside it) already has an error. */
    faulty(field) {
        return this.earlier.some(p => p.severity === 'error' && p.field?.startsWith(field));
    }
    add(severity, field, message, code) {
        const p = { severity, field, message, ...(code ? { code } : {}) };
        const pos = this.positions[field];
        if (pos) {
            p.line = pos.line;
            p.column = pos.column;
        }
        this.problems.push(p);
    }
    permissions(policy) {
        const perms = policy.permissions;
        if ((!perms || Object.keys(perms).length === 0) && !this.faulty('permissions')) {
            this.add('warning', 'permissions', 'no permissions listed: the token may get every permission the Octo STS App has on the installation. List only what the workflow needs, e.g. `contents: read`.');
            return;
        }
        for (const [name, level] of Object.entries(perms ?? {})) {
            if (!PERMISSION_LEVELS.has(level)) {
                this.add('error', `permissions[${(0,goformat/* goQuote */.dg)(name)}]`, `permissions[${(0,goformat/* goQuote */.dg)(name)}] is ${(0,goformat/* goQuote */.dg)(level)}: GitHub grants only read, write or admin, and refuses the whole token otherwise.`);
            }
        }
    }
    repositories(policy) {
        ;
        (policy.repositories ?? []).forEach((repo, i) => {
            const field = `repositories[${i}]`;
            if (repo === '')
                this.add('error', field, `${field} is empty: GitHub refuses the token.`);
            else if (repo.includes('/')) {
                this.add('error', field, `${field} is ${(0,goformat/* goQuote */.dg)(repo)}: list repository names without the owner (${(0,goformat/* goQuote */.dg)(repo.split('/').pop() ?? '')}); GitHub refuses the token otherwise.`);
            }
        });
    }
    /** Literal values no valid token can carry. */
    impossible(compiled) {
        const { issuer, subject, audience } = compiled;
        if (issuer?.literal !== undefined) {
            if (!(0,token_validity/* isValidIssuer */.sw)(issuer.literal)) {
                this.add('error', 'issuer', `issuer ${(0,goformat/* goQuote */.dg)(issuer.literal)} is not a valid OIDC issuer (an https URL without query, fragment or user): the server refuses every token with such an iss, so this policy admits nothing. For GitHub Actions: ${policy_github/* GITHUB_ISSUER */.o}`);
            }
            else if (issuer.literal.replace(/\/+$/, '') === policy_github/* GITHUB_ISSUER */.o &&
                issuer.literal !== policy_github/* GITHUB_ISSUER */.o) {
                this.add('error', 'issuer', `issuer ${(0,goformat/* goQuote */.dg)(issuer.literal)} has a trailing slash; GitHub's tokens say ${(0,goformat/* goQuote */.dg)(policy_github/* GITHUB_ISSUER */.o)} and the match is exact.`);
            }
        }
        if (subject?.literal !== undefined && !(0,token_validity/* isValidSubject */.xh)(subject.literal)) {
            this.add('error', 'subject', `subject ${(0,goformat/* goQuote */.dg)(subject.literal)} contains characters (spaces, quotes, brackets, …) the server refuses in a token's sub: this policy admits nothing.`);
        }
        if (audience?.literal !== undefined && !(0,token_validity/* isValidAudience */.PA)(audience.literal)) {
            this.add('error', 'audience', `audience ${(0,goformat/* goQuote */.dg)(audience.literal)} contains characters the server refuses in a token's aud: this policy admits nothing.`);
        }
    }
    /** Patterns servers released before 2026-09 read otherwise: a note, not a warning. */
    legacy(compiled) {
        for (const rule of patternRules(compiled)) {
            const note = legacyPatternNote(rule.field, rule.pattern ?? '');
            if (note)
                this.add('note', rule.field, note);
        }
    }
    issuerPattern(compiled) {
        const rule = compiled.issuer;
        if (!rule?.re || !rule.pattern)
            return;
        if (rule.re.test(PROBE_ISSUER)) {
            this.add('warning', rule.field, `issuer_pattern ${(0,goformat/* goQuote */.dg)(rule.pattern)} admits any issuer (it matches "${PROBE_ISSUER}"): anyone who runs an OIDC provider can present a token. Use issuer: ${policy_github/* GITHUB_ISSUER */.o}, or a pattern naming your issuers.`);
            return;
        }
        const host = /^https:\/\/((?:[A-Za-z0-9-]|\\\.|\.)+)/.exec(rule.pattern)?.[1];
        if (!host)
            return;
        const plain = host.replace(/\\\./g, '.');
        if (rule.re.test(`https://${plain}.${PROBE}.example`)) {
            this.add('warning', rule.field, `issuer_pattern ${(0,goformat/* goQuote */.dg)(rule.pattern)} admits other hosts (it matches "https://${plain}.${PROBE}.example"): end the host part explicitly.`);
        }
        else if (/(^|[^\\])\./.test(host) && rule.re.test(`https://${plain.replace(/\./g, 'x')}`)) {
            this.add('warning', rule.field, `issuer_pattern ${(0,goformat/* goQuote */.dg)(rule.pattern)} has an unescaped "." in its host, which matches any character: write \\. instead.`);
        }
    }
    audiencePattern(compiled) {
        const rule = compiled.audience;
        if (rule?.re && rule.pattern && rule.re.test(`${PROBE}-audience`)) {
            this.add('warning', rule.field, `audience_pattern ${(0,goformat/* goQuote */.dg)(rule.pattern)} admits any audience: a token the workflow requested for another service can be replayed here. Name the audience.`);
        }
    }
    subject(compiled) {
        const rule = compiled.subject;
        if (!rule)
            return;
        const field = rule.field;
        const shown = (0,goformat/* goQuote */.dg)(rule.pattern ?? rule.literal ?? '');
        const narrowedToWorkflow = (repo) => claimRefuses(compiled, 'job_workflow_ref', `${repo}/.github/workflows/${PROBE}.yml@refs/heads/main`) || claimRefuses(compiled, 'repository', repo);
        const prWarning = () => {
            if (claimRefuses(compiled, 'event_name', 'pull_request_target'))
                return;
            this.add('warning', field, `${field} ${shown} admits pull_request subjects, which GitHub also gives pull_request_target runs: those run for pull requests from forks, so a workflow that runs a fork's code could hand it this token. Add claim_pattern: {event_name: pull_request}, or use a subject for a branch or environment.`, 'pull-request');
        };
        if (rule.literal !== undefined) {
            if (rule.literal.endsWith(':pull_request'))
                prWarning();
            return;
        }
        if (!rule.re || !rule.pattern)
            return;
        const pattern = rule.pattern;
        if (rule.re.test(`repo:${PROBE}-owner/${PROBE}-repo:ref:refs/heads/main`) ||
            rule.re.test(PROBE)) {
            if (!narrowedToWorkflow(`${PROBE}-owner/${PROBE}-repo`)) {
                this.add('warning', field, `subject_pattern ${shown} admits any repository of any owner (it matches "repo:${PROBE}-owner/${PROBE}-repo:ref:refs/heads/main"): any workflow anywhere can get this token. Name the repository and ref.`);
            }
            return;
        }
        // Probes in the pattern's own subject form (subject-form.ts): name-only or immutable.
        const named = (0,subject_form/* patternRepository */.Zm)(pattern);
        if (!named)
            return;
        const { owner } = named;
        const probe = named.ownerId ? { ownerId: named.ownerId, repoId: '1' } : undefined;
        const anyRepo = (0,subject_form/* formatSubject */.QK)({ owner, repo: `${PROBE}-repo`, rest: 'ref:refs/heads/main' }, probe);
        if (rule.re.test(anyRepo)) {
            if (!narrowedToWorkflow(`${owner}/${PROBE}-repo`)) {
                this.add('warning', field, `subject_pattern ${shown} admits any repository of ${owner} (it matches "${anyRepo}"): every workflow of every repository there, on any branch, can get this token. Name the repository, or pin the workflow with claim_pattern on job_workflow_ref.`);
            }
            return;
        }
        if (!named.repo)
            return;
        const ids = named.ownerId && named.repoId ? { ownerId: named.ownerId, repoId: named.repoId } : undefined;
        const full = (0,subject_form/* repositorySegment */.Wt)(owner, named.repo, ids);
        const refs = [];
        if (rule.re.test(`repo:${full}:ref:refs/heads/${PROBE}-branch`))
            refs.push('any branch');
        if (rule.re.test(`repo:${full}:ref:refs/tags/${PROBE}-tag`))
            refs.push('any tag');
        if (rule.re.test(`repo:${full}:environment:${PROBE}-env`))
            refs.push('any environment');
        const refNarrowed = claimRefuses(compiled, 'ref', `refs/heads/${PROBE}-branch`) ||
            claimRefuses(compiled, 'ref_protected', 'false');
        if (refs.length && !refNarrowed) {
            this.add('warning', field, `subject_pattern ${shown} admits ${refs.join(', ')} of ${full}: anyone who can push a branch or tag there can get this token. Name the ref (e.g. repo:${full}:ref:refs/heads/main), or add claim_pattern: {ref_protected: "true"}.`);
        }
        if (rule.re.test(`repo:${full}:pull_request`))
            prWarning();
    }
}
/**
 * A problem about the whole file, or a field that is not written (`no permissions listed`),
 * still needs a line to be annotated in a pull request: the key it concerns when there is one
 * (`permissions` for `permissions["x"]`), else the first line of the file.
 */
function locate(p, positions) {
    if (p.line !== undefined)
        return p;
    const key = p.field?.replace(/\[.*$/, '');
    const at = (p.field !== undefined ? positions[p.field] : undefined) ?? (key ? positions[key] : undefined);
    return at ? { ...p, line: at.line, column: at.column } : { ...p, line: 1 };
}
/** Every problem of one policy file, ordered by line; errors are what fails the server or GitHub. */
function lintPolicy(text, options) {
    return lintPolicyParts(text, options).problems;
}
/** The lint's problems, with the policy as it was parsed and compiled for them. */
function lintPolicyParts(text, options) {
    const parsed = parse_parsePolicy(text, { isOrgPolicy: options.isOrgPolicy });
    const problems = [...parsed.errors, ...parsed.warnings];
    const policy = parsed.partial;
    let compiled;
    if (policy) {
        const result = compile_compilePartial(policy, parsed.positions);
        compiled = result.compiled;
        problems.push(...result.errors);
        const linter = new Linter(parsed.positions, problems);
        linter.permissions(policy);
        linter.repositories(policy);
        linter.impossible(compiled);
        linter.legacy(compiled);
        linter.issuerPattern(compiled);
        linter.audiencePattern(compiled);
        linter.subject(compiled);
        problems.push(...linter.problems);
    }
    return {
        problems: byLine(problems.map(p => locate(p, parsed.positions))),
        parsed,
        ...(compiled ? { compiled } : {})
    };
}
/** Problems in file order (line, then column), ties in the order they were found. */
const byLine = (problems) => problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
    .map(({ p }) => p);

;// CONCATENATED MODULE: ./src/policy/allowlist.ts









// The server's caps on AllowlistFile: they bound memory and compile time.
const MAX_ISSUERS = 64;
const MAX_ISSUER_PATTERNS = 16;
/** In bytes, as Go's len() counts. */
const MAX_PATTERN_LENGTH = 256;
const KEYS = ['issuer_patterns', 'issuers', 'mode'];
// A Map, not an object: a key named `constructor` is not a hint.
const allowlist_ALIASES = new Map([
    ['issuer', 'issuers'],
    ['issuer_pattern', 'issuer_patterns'],
    ['patterns', 'issuer_patterns'],
    ['trusted_issuers', 'issuers']
]);
/** Reads the YAML the way sigs.k8s.io/yaml UnmarshalStrict fills AllowlistFile. */
function decode(reader, root) {
    if (root === undefined || root.kind === 'null')
        return {};
    if (root.kind !== 'map') {
        reader.problem('error', `the allowlist must be a YAML mapping (issuers:, issuer_patterns:, mode:), not ${describe(root)}.`, undefined, root.at);
        return undefined;
    }
    const file = {};
    // The JSON decoder's order and folding: with two spellings of a key, the last one wins.
    const entries = reader.topLevelFields(root, 'allowlist', KEYS, allowlist_ALIASES, 'the server reads the allowlist strictly and refuses the whole file');
    for (const { name, entry } of entries) {
        const match = name;
        reader.positions[match] = entry.key.at;
        if (match === 'mode') {
            // null leaves a Go string as it was.
            const v = reader.str(entry.value, 'mode', true, undefined);
            if (v !== undefined)
                file.mode = v;
            continue;
        }
        const list = reader.stringList(entry.value, match, 'strings', 'the server refuses the whole file');
        if (list)
            file[match] = list;
        else
            delete file[match];
    }
    return file;
}
/** The raw check the server makes: matching is exact, so upper case there never matches. */
function schemeAndHost(iss) {
    const sep = iss.indexOf('://');
    if (sep < 0)
        return iss;
    const slash = iss.indexOf('/', sep + 3);
    return slash < 0 ? iss : iss.slice(0, slash);
}
const byteLength = (s) => Buffer.byteLength(s, 'utf8');
class Checker {
    positions;
    decodeFailed;
    errors = [];
    warnings = [];
    constructor(positions, 
    /** The YAML could not be decoded in full: entries may be missing. */
    decodeFailed) {
        this.positions = positions;
        this.decodeFailed = decodeFailed;
    }
    add(severity, field, text) {
        const p = { severity, message: text };
        if (field !== undefined)
            p.field = field;
        const pos = (field !== undefined ? this.positions[field] : undefined) ?? { line: 1, column: 1 };
        p.line = pos.line;
        p.column = pos.column;
        (severity === 'error' ? this.errors : this.warnings).push(p);
    }
    entry(field, value) {
        const line = this.positions[field]?.line;
        return line === undefined ? { field, value } : { field, value, line };
    }
    /** The server's Compile, every problem rather than the first; returns what compiles. */
    compile(file) {
        const decodeFailed = this.decodeFailed;
        let mode = 'enforce';
        if (file.mode === 'audit')
            mode = 'audit';
        else if (file.mode !== undefined && file.mode !== '' && file.mode !== 'enforce') {
            const folded = file.mode.toLowerCase();
            this.add('error', 'mode', `mode ${(0,goformat/* goQuote */.dg)(file.mode)} is neither "enforce" nor "audit": the server refuses the whole file.${folded === 'enforce' || folded === 'audit' ? ` Values are case-sensitive: write ${(0,goformat/* goQuote */.dg)(folded)}.` : ' Leave mode out to enforce the list.'}`);
        }
        const issuers = file.issuers ?? [];
        const patterns = file.issuer_patterns ?? [];
        // After a decoding error the lists may be empty only because a value could not be read.
        if (issuers.length === 0 && patterns.length === 0 && !decodeFailed) {
            this.add('error', file.issuers ? 'issuers' : file.issuer_patterns ? 'issuer_patterns' : undefined, `the allowlist permits no issuer: the server refuses an empty list (it would stop every exchange in the org). List at least one entry in issuers or issuer_patterns, e.g. issuers: [${policy_github/* GITHUB_ISSUER */.o}].`);
        }
        if (issuers.length > MAX_ISSUERS) {
            this.add('error', 'issuers', `too many issuers: ${issuers.length} (the server allows at most ${MAX_ISSUERS}). Cover families of issuers with issuer_patterns.`);
        }
        if (patterns.length > MAX_ISSUER_PATTERNS) {
            this.add('error', 'issuer_patterns', `too many issuer_patterns: ${patterns.length} (the server allows at most ${MAX_ISSUER_PATTERNS}).`);
        }
        const out = { mode, issuers: [], patterns: [] };
        issuers.forEach((iss, i) => {
            const field = `issuers[${i}]`;
            if (!(0,token_validity/* isValidIssuer */.sw)(iss)) {
                this.add('error', field, `${field} ${(0,goformat/* goQuote */.dg)(iss)} is not a valid issuer URL: the server refuses the whole file. An issuer is https://host with an optional plain path, without query, fragment or user (http only for localhost), e.g. ${policy_github/* GITHUB_ISSUER */.o}.`);
            }
            else if (schemeAndHost(iss) !== schemeAndHost(iss).toLowerCase()) {
                this.add('error', field, `${field} ${(0,goformat/* goQuote */.dg)(iss)} must be lower-case in its scheme and host: the match is byte for byte and tokens carry lower case, so it could never match; the server refuses the whole file. Write ${(0,goformat/* goQuote */.dg)(schemeAndHost(iss).toLowerCase() + iss.slice(schemeAndHost(iss).length))}.`);
            }
            else
                out.issuers.push(this.entry(field, iss));
        });
        patterns.forEach((pattern, i) => {
            const field = `issuer_patterns[${i}]`;
            const length = byteLength(pattern);
            if (length > MAX_PATTERN_LENGTH) {
                this.add('error', field, `${field} is too long: ${length} bytes (the server allows at most ${MAX_PATTERN_LENGTH}).`);
                return;
            }
            let re;
            try {
                re = compileAnchored(pattern);
            }
            catch (e) {
                if (e instanceof TooCostly)
                    throw e; // the whole job: see ./jobs.ts
                this.add('error', field, `${field} ${(0,goformat/* goQuote */.dg)(pattern)}: ${regexpError(e)}`);
                return;
            }
            const span = slashSpan(pattern);
            if (span) {
                this.add('error', field, `${field} ${(0,goformat/* goQuote */.dg)(pattern)} can match "/" where it varies (${span}), so it can reach past the host: "https://.*\\.example\\.com" also admits "https://evil.com/x.example.com". The server refuses the whole file. Escape dots as \\., bound each varying part to a class without "/" (e.g. https://[a-z0-9-]+\\.example\\.com), keep every "/" at a fixed place, and give each alternative its own entry.`);
                return;
            }
            out.patterns.push({ ...this.entry(field, pattern), re });
        });
        return out;
    }
    /** What the server accepts but probably is not what the author meant. */
    lint(file, list) {
        if (list.mode === 'audit') {
            this.add('warning', 'mode', 'mode: audit permits every issuer: the server still exchanges tokens from issuers this list does not permit, and only records in its logs that it would have refused them. Use it to roll the list out; remove mode (or write enforce) to enforce it.');
        }
        const seen = new Map();
        for (const e of list.issuers) {
            const earlier = seen.get(e.value);
            if (earlier)
                this.add('warning', e.field, `${e.field} repeats ${earlier}: keep one.`);
            else
                seen.set(e.value, e.field);
            if (e.value.startsWith('http://')) {
                this.add('warning', e.field, `${e.field} ${(0,goformat/* goQuote */.dg)(e.value)} is a plain-http issuer: the server allows http only for localhost, for local development. Do not keep it in an org's allowlist.`);
            }
            if (e.value !== policy_github/* GITHUB_ISSUER */.o && e.value.replace(/\/+$/, '') === policy_github/* GITHUB_ISSUER */.o) {
                this.add('warning', e.field, `${e.field} ${(0,goformat/* goQuote */.dg)(e.value)} has a trailing slash; GitHub's tokens say ${(0,goformat/* goQuote */.dg)(policy_github/* GITHUB_ISSUER */.o)} and the match is byte for byte, so it permits no GitHub Actions workflow.`);
            }
            const by = list.patterns.find(p => p.re.test(e.value));
            if (by) {
                this.add('warning', e.field, `${e.field} ${(0,goformat/* goQuote */.dg)(e.value)} is also permitted by ${by.field}: one of them is enough.`);
            }
        }
        const seenPatterns = new Map();
        for (const p of list.patterns) {
            const earlier = seenPatterns.get(p.value);
            if (earlier)
                this.add('warning', p.field, `${p.field} repeats ${earlier}: keep one.`);
            else
                seenPatterns.set(p.value, p.field);
            if (p.value === '') {
                this.add('warning', p.field, `${p.field} is empty: it permits no issuer.`);
            }
            else if (p.re.test(PROBE_ISSUER)) {
                this.add('warning', p.field, `${p.field} ${(0,goformat/* goQuote */.dg)(p.value)} permits issuers of any host (it matches ${(0,goformat/* goQuote */.dg)(PROBE_ISSUER)}): anyone who runs an OIDC provider can federate into the org. Name your issuers' hosts.`);
            }
        }
        const listsAny = (file.issuers?.length ?? 0) + (file.issuer_patterns?.length ?? 0) > 0;
        const github = list.issuers.some(e => e.value === policy_github/* GITHUB_ISSUER */.o || e.value.startsWith(policy_github/* GITHUB_ISSUER */.o + '/')) ||
            list.patterns.some(p => p.re.test(policy_github/* GITHUB_ISSUER */.o) || p.value.startsWith('https://token\\.actions\\.'));
        const clean = this.errors.length === 0 && !this.decodeFailed;
        if (clean && listsAny && !github && list.mode === 'enforce') {
            this.add('warning', file.issuers ? 'issuers' : 'issuer_patterns', `no entry permits GitHub Actions (${policy_github/* GITHUB_ISSUER */.o}): once this is on the default branch, no GitHub Actions workflow of the org can get a token from Octo STS. Add it to issuers (or ${policy_github/* GITHUB_ISSUER */.o}/<enterprise> if your enterprise uses a custom issuer).`);
        }
    }
}
/** Reads an allowlist file as the server does; see the top of this file. */
function parseAllowlist(text) {
    const empty = { mode: 'enforce', issuers: [], patterns: [] };
    const read = readYamlV2(text);
    if (read.errors.length) {
        return { partial: empty, errors: [...read.hidden, ...read.errors], warnings: [], positions: {} };
    }
    const reader = documentReader(read, new Reader(false));
    const file = decode(reader, read.value);
    const checker = new Checker(reader.positions, reader.errors.length > 0);
    const partial = file ? checker.compile(file) : empty;
    if (file)
        checker.lint(file, partial);
    // With line breaks only the server sees, `partial` is what the server reads; never `allowlist`.
    const errors = [...read.hidden, ...reader.errors, ...checker.errors];
    const warnings = [...reader.warnings, ...checker.warnings];
    const result = { partial, errors, warnings, positions: reader.positions };
    if (errors.length === 0)
        result.allowlist = partial;
    return result;
}
/** Every problem of an allowlist file, ordered by line (for the validate action). */
function lintAllowlist(text) {
    const { errors, warnings } = parseAllowlist(text);
    return byLine([...errors, ...warnings]);
}
/** Does the allowlist permit issuer `iss`? Exact, byte-for-byte entries, then anchored patterns. */
function permitsIssuer(list, iss) {
    const by = list.issuers.find(e => e.value === iss) ?? list.patterns.find(p => p.re.test(iss));
    const listed = by !== undefined;
    const result = { listed, admitted: listed || list.mode === 'audit' };
    if (by)
        result.by = plainEntry(by);
    return result;
}
const plainEntry = (e) => e.line === undefined
    ? { field: e.field, value: e.value }
    : { field: e.field, value: e.value, line: e.line };
/** The entry closest to `iss` that does not permit it: the one to change, when there is one. */
function nearestEntry(list, iss) {
    const plain = (s) => s.toLowerCase().replace(/\/+$/, '');
    for (const e of list.issuers) {
        if (e.value !== iss && plain(e.value) === plain(iss)) {
            return {
                entry: plainEntry(e),
                why: 'differs from the token only in case or a trailing slash; the match is byte for byte'
            };
        }
    }
    for (const e of list.issuers) {
        if (schemeAndHost(e.value).toLowerCase() === schemeAndHost(iss).toLowerCase()) {
            return {
                entry: plainEntry(e),
                why: 'names the same host with another path; the match is exact'
            };
        }
    }
    const origin = schemeAndHost(iss);
    for (const p of list.patterns) {
        if (p.re.test(origin)) {
            return { entry: plainEntry(p), why: "permits the token's host, but not the whole issuer" };
        }
    }
    // The last two labels of the host, e.g. "example.com", written in a pattern.
    const domain = origin
        .replace(/^[a-z]+:\/\//i, '')
        .split('.')
        .slice(-2)
        .join('.');
    for (const p of list.patterns) {
        if (domain.includes('.') && p.value.replace(/\\\./g, '.').includes(domain)) {
            return { entry: plainEntry(p), why: "names the token's domain but does not match the issuer" };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/policy/token.ts
var policy_token = __webpack_require__(1423);
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
    const d = decodeToken(claims);
    return d.ok ? d.token.aud : [];
}
/** The finding for a token the server cannot decode, or the decoded token. */
function decoded(claims) {
    const d = (0,policy_token/* decodeToken */.oL)(claims);
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
            // The server formats the compiled regexp (%q of a *regexp.Regexp prints its source), so
            // its message shows the pattern as compiled: `claim "ref" did not match "^(?:main)$"`.
            add(rule, {
                field: rule.field,
                pattern,
                actual: raw,
                reason: `claim ${name} did not match ${(0,goformat/* goQuote */.dg)((0,anchoring/* anchoredSource */.CQ)(pattern))}`
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
    const parsed = parse_parsePolicy(text, options);
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
    const { compiled, errors } = compile_compilePartial(parsed.partial, parsed.positions);
    findings.push(...errors.map(problemFinding));
    const mismatches = evaluateToken(compiled, token, domain);
    findings.push(...mismatches);
    // Line breaks only the server sees are errors of their own: the server reads the file.
    const misread = parsed.errors.every(p => p.code === 'hidden-line-break');
    const verdict = parsed.errors.length
        ? misread && !errors.length
            ? 'misread'
            : 'unparseable'
        : errors.length
            ? 'uncompilable'
            : mismatches.length
                ? 'deny'
                : 'allow';
    const out = { verdict, findings, warnings: parsed.warnings };
    // Compiled and evaluated again only where an older server can decide otherwise: a pattern
    // that does not compile today, or one whose anchors meant something else there.
    const policy = parsed.partial;
    const patterns = [
        policy.issuer_pattern,
        policy.subject_pattern,
        policy.audience_pattern,
        ...Object.values(policy.claim_pattern ?? {})
    ];
    const mayDiffer = errors.length > 0 || patterns.some(p => typeof p === 'string' && legacyMayDiffer(p));
    if (verdict !== 'unparseable' && mayDiffer) {
        const legacy = legacyVerdict(parsed.partial, parsed.positions, token, domain, verdict, {
            errors,
            mismatches
        });
        if (legacy)
            out.legacy = legacy;
    }
    return out;
}
/**
 * How a server released before 2026-09 decides (every pattern compiled as `^pattern$`), when
 * its verdict differs from today's: which fields compile or match there and not here, or the
 * other way round. Undefined when both decide alike.
 */
function legacyVerdict(policy, positions, token, domain, today, now) {
    const old = compile_compilePartial(policy, positions, compileLegacy);
    const oldMismatches = evaluateToken(old.compiled, token, domain);
    const verdict = old.errors.length ? 'uncompilable' : oldMismatches.length ? 'deny' : 'allow';
    if (verdict === today)
        return undefined;
    const fields = [];
    const differ = (here, there, says) => {
        for (const { field } of here) {
            if (field !== undefined && !there.some(t => t.field === field))
                fields.push({ field, there: says });
        }
    };
    differ(now.errors, old.errors, 'compiles');
    differ(old.errors, now.errors, 'does not compile');
    if (verdict !== 'uncompilable') {
        differ(now.mismatches, oldMismatches, 'matches');
        differ(oldMismatches, now.mismatches, 'does not match');
    }
    return { verdict, fields };
}

;// CONCATENATED MODULE: ./src/policy/pull-request-write.ts
// A repository policy that admits the repository's pull request subject and grants a write (or
// admin) permission: every pull request presents `repo:OWNER/REPO:pull_request`, and GitHub
// gives the same subject to `pull_request_target` runs, which run with the base repository's
// token for pull requests from forks, and check out a fork's code when the workflow says so.
// The lint's pull_request warning (lint.ts) knows no repository; this one is for a known one,
// in the subject form(s) its tokens use, and it replaces that warning on the same field.





const admits = (rule, value) => rule?.re ? rule.re.test(value) : rule?.literal === value;
/** The claims of a pull_request_target run that the policy can be told apart by. */
function targetClaims(ctx) {
    return {
        event_name: 'pull_request_target',
        repository: `${ctx.owner}/${ctx.repo}`,
        repository_owner: ctx.owner,
        ref_type: 'branch',
        ...(ctx.defaultBranch ? { ref: `refs/heads/${ctx.defaultBranch}` } : {}),
        ...(ctx.ids ? { repository_owner_id: ctx.ids.ownerId, repository_id: ctx.ids.repoId } : {})
    };
}
/**
 * The warning for a policy (`text`) of the repository `ctx` names that hands a write token to
 * pull request subjects; none when it does not. Located at the subject's line.
 */
function pullRequestWrite(text, ctx, options) {
    const parsed = parsePolicy(text, options);
    return writeWarning(parsed, parsed.partial && compilePartial(parsed.partial, parsed.positions).compiled, ctx);
}
/** pullRequestWrite for a policy already parsed and compiled (as the lint has it). */
function writeWarning(parsed, compiled, ctx) {
    const policy = parsed.partial;
    if (!policy || !compiled)
        return [];
    const writes = Object.entries(policy.permissions ?? {})
        .filter(([, level]) => level === 'write' || level === 'admin')
        .map(([name, level]) => `${name}: ${level}`);
    if (writes.length === 0)
        return [];
    const rule = compiled.subject;
    if (!rule || (compiled.issuer && !admits(compiled.issuer, ctx.issuer)))
        return [];
    const admitted = ctx.forms
        .map(form => (form === 'immutable' ? ctx.ids : undefined))
        .filter((ids, i) => ctx.forms[i] === 'name-only' || ids)
        .map(ids => ({
        ids,
        sub: (0,subject_form/* formatSubject */.QK)({ owner: ctx.owner, repo: ctx.repo, rest: 'pull_request' }, ids)
    }))
        .filter(s => admits(rule, s.sub));
    if (admitted.length === 0)
        return [];
    const subjects = admitted.map(s => s.sub);
    // A claim_pattern that refuses pull_request_target runs keeps forks' code away from it.
    const claims = targetClaims(ctx);
    if (compiled.claims.some(r => r.claim !== undefined && r.claim in claims && !r.re.test(claims[r.claim])))
        return [];
    const full = `${ctx.owner}/${ctx.repo}`;
    // The fixes in the form the admitted subject is written in.
    const segment = (0,subject_form/* repositorySegment */.Wt)(ctx.owner, ctx.repo, admitted[0].ids);
    const written = (0,goformat/* goQuote */.dg)(rule.re ? rule.pattern : rule.literal);
    const pos = parsed.positions[rule.field];
    return [
        {
            severity: 'warning',
            field: rule.field,
            code: 'pull-request-write',
            message: `${rule.field} ${written} admits ${subjects.map(s => (0,goformat/* goQuote */.dg)(s)).join(' and ')}, and this policy grants ${writes.join(', ')}: every pull request of ${full} presents that subject, including pull_request_target runs that check out a fork's code, which could then write with this token. Admit an environment with required reviewers (repo:${segment}:environment:NAME) or a protected branch (repo:${segment}:ref:refs/heads/main) instead, add claim_pattern: {event_name: pull_request}, or grant only read.`,
            ...(pos ? { line: pos.line, column: pos.column } : {})
        }
    ];
}
/**
 * Every problem of a policy of the repository `ctx` names: the lint's, with the pull request
 * write warning in place of the lint's pull_request warning on the same field.
 */
function lintInRepository(text, options, ctx) {
    const { problems, parsed, compiled } = lintPolicyParts(text, options);
    const warnings = options.isOrgPolicy ? [] : writeWarning(parsed, compiled, ctx);
    if (warnings.length === 0)
        return problems;
    const fields = new Set(warnings.map(p => p.field));
    const kept = problems.filter(p => !(p.code === 'pull-request' && fields.has(p.field)));
    return byLine([...kept, ...warnings]);
}

;// CONCATENATED MODULE: ./src/policy/subject-match.ts
// The engine's side of subject-form.ts: a subject pattern tested as the server compiles policy
// patterns (compile.ts decides how), so the form check agrees with the server's verdict.

const subjectPatternTest = (pattern, value) => {
    const rule = compile_compilePartial({ subject_pattern: pattern }).compiled.subject;
    return rule?.re ? rule.re.test(value) : false;
};

;// CONCATENATED MODULE: ./src/policy/jobs.ts
// What the policy engine is asked to do, as plain data in and out: the work that can meet an
// expensive pattern, run by src/policy/sandbox.ts in a worker with a deadline and a memory
// bound (or in this thread, in the unit tests). Each job is one consumer's whole use of the
// engine for one file, so a file that costs too much stops at one place.









/** The most tokens one explainTokens job decides (every way one step can run, in both forms). */
const MAX_TOKENS_PER_JOB = 64;
const JOBS = {
    /** A policy against a token: the verdict field by field, and what the policy names. */
    explainPolicy(text, payload, domain, options) {
        const explained = explainPolicy(text, payload, domain, options);
        const parsed = parse_parsePolicy(text, options);
        const policy = parsed.policy ?? parsed.partial;
        const permissions = {};
        for (const [name, level] of Object.entries(policy?.permissions ?? {})) {
            if (typeof level === 'string')
                permissions[name] = level;
        }
        const token = explained.verdict === 'allow' ? undefined : (0,policy_token/* decodeToken */.oL)(payload);
        const otherForm = policy && token?.ok
            ? JOBS.otherForm(policy, token.token.sub, Object.fromEntries(token.token.claims))
            : undefined;
        return {
            explained,
            claimNames: Object.keys(policy?.claim_pattern ?? {}),
            permissions,
            ...(otherForm ? { otherForm } : {})
        };
    },
    /**
     * One policy against several tokens (the validator's predicted tokens of one workflow step):
     * one job, so a costly file stops at one place, and each token explained as explainPolicy
     * explains it. At most MAX_TOKENS_PER_JOB tokens; the caller bounds what it asks.
     */
    explainTokens(text, payloads, domain, options) {
        return payloads
            .slice(0, MAX_TOKENS_PER_JOB)
            .map(payload => JOBS.explainPolicy(text, payload, domain, options));
    },
    /** Whether a refused subject is the other form of what `policy` names (subject-form.ts). */
    otherForm: (policy, sub, claims) => (0,subject_form/* namesOtherForm */.Zu)(policy, sub, (0,subject_form/* idsFromClaims */.w3)(claims), subjectPatternTest),
    /** The org issuer allowlist against a token's issuer. */
    explainAllowlist(text, issuer) {
        const parsed = parseAllowlist(text);
        const list = parsed.allowlist ?? parsed.partial;
        const permit = permitsIssuer(list, issuer);
        const nearest = permit.listed ? undefined : nearestEntry(list, issuer);
        return {
            valid: parsed.allowlist !== undefined,
            admitted: permit.admitted,
            listed: permit.listed,
            mode: list.mode,
            errors: parsed.errors,
            issuers: list.issuers.length,
            patterns: list.patterns.length,
            ...(permit.by ? { by: permit.by } : {}),
            ...(nearest ? { nearest: { ...nearest.entry, why: nearest.why } } : {})
        };
    },
    lintPolicy: (text, options) => lintPolicy(text, options),
    /** lintPolicy for a policy of a known repository: also a write token for its pull requests. */
    lintPolicyInRepository: (text, options, context) => lintInRepository(text, options, context),
    lintAllowlist: (text) => lintAllowlist(text)
};
/** Runs a job here and now; an expensive pattern the engine refuses to build is `size`. */
function runJob(name, args) {
    try {
        const job = JOBS[name];
        return { ok: true, value: job(...args) };
    }
    catch (e) {
        if (e instanceof TooCostly)
            return { ok: false, costly: 'size' };
        return { ok: false, why: String(e?.message ?? e) };
    }
}


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


/***/ })

};
