export const id = 656;
export const ids = [656];
export const modules = {

/***/ 7656:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JOBS: () => (/* binding */ JOBS),
/* harmony export */   runJob: () => (/* binding */ runJob)
/* harmony export */ });
/* harmony import */ var _allowlist_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7908);
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8218);
/* harmony import */ var _cost_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1429);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4857);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2745);
/* harmony import */ var _subject_form_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(517);
/* harmony import */ var _subject_match_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2362);
/* harmony import */ var _token_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1423);
// What the policy engine is asked to do, as plain data in and out: the work that can meet an
// expensive pattern, run by src/policy/sandbox.ts in a worker with a deadline and a memory
// bound (or in this thread, in the unit tests). Each job is one consumer's whole use of the
// engine for one file, so a file that costs too much stops at one place.








const JOBS = {
    /** A policy against a token: the verdict field by field, and what the policy names. */
    explainPolicy(text, payload, domain, options) {
        const explained = (0,_check_js__WEBPACK_IMPORTED_MODULE_1__/* .explainPolicy */ .yh)(text, payload, domain, options);
        const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePolicy */ .v)(text, options);
        const policy = parsed.policy ?? parsed.partial;
        const permissions = {};
        for (const [name, level] of Object.entries(policy?.permissions ?? {})) {
            if (typeof level === 'string')
                permissions[name] = level;
        }
        const token = explained.verdict === 'allow' ? undefined : (0,_token_js__WEBPACK_IMPORTED_MODULE_7__/* .decodeToken */ .oL)(payload);
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
    /** Whether a refused subject is the other form of what `policy` names (subject-form.ts). */
    otherForm: (policy, sub, claims) => (0,_subject_form_js__WEBPACK_IMPORTED_MODULE_5__/* .namesOtherForm */ .Zu)(policy, sub, (0,_subject_form_js__WEBPACK_IMPORTED_MODULE_5__/* .idsFromClaims */ .w3)(claims), _subject_match_js__WEBPACK_IMPORTED_MODULE_6__/* .subjectPatternTest */ .p),
    /** The org issuer allowlist against a token's issuer. */
    explainAllowlist(text, issuer) {
        const parsed = (0,_allowlist_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllowlist */ .JK)(text);
        const list = parsed.allowlist ?? parsed.partial;
        const permit = (0,_allowlist_js__WEBPACK_IMPORTED_MODULE_0__/* .permitsIssuer */ .GI)(list, issuer);
        const nearest = permit.listed ? undefined : (0,_allowlist_js__WEBPACK_IMPORTED_MODULE_0__/* .nearestEntry */ .ZR)(list, issuer);
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
    lintPolicy: (text, options) => (0,_lint_js__WEBPACK_IMPORTED_MODULE_3__/* .lintPolicy */ .GF)(text, options),
    lintAllowlist: (text) => (0,_allowlist_js__WEBPACK_IMPORTED_MODULE_0__/* .lintAllowlist */ .h6)(text)
};
/** Runs a job here and now; an expensive pattern the engine refuses to build is `size`. */
function runJob(name, args) {
    try {
        const job = JOBS[name];
        return { ok: true, value: job(...args) };
    }
    catch (e) {
        if (e instanceof _cost_js__WEBPACK_IMPORTED_MODULE_2__/* .TooCostly */ .Py)
            return { ok: false, costly: 'size' };
        return { ok: false, why: String(e?.message ?? e) };
    }
}


/***/ })

};
