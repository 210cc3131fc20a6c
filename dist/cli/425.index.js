export const id = 425;
export const ids = [425];
export const modules = {

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











/***/ })

};
