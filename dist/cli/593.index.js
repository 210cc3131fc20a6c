export const id = 593;
export const ids = [593];
export const modules = {

/***/ 9593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JOBS: () => (/* binding */ JOBS),
  MAX_TOKENS_PER_JOB: () => (/* binding */ MAX_TOKENS_PER_JOB),
  runJob: () => (/* binding */ runJob)
});

// EXTERNAL MODULE: ./src/policy/allowlist.ts + 4 modules
var allowlist = __webpack_require__(7908);
// EXTERNAL MODULE: ./src/policy/check.ts
var check = __webpack_require__(8218);
// EXTERNAL MODULE: ./src/policy/cost.ts
var cost = __webpack_require__(1429);
// EXTERNAL MODULE: ./src/policy/lint.ts
var lint = __webpack_require__(4857);
// EXTERNAL MODULE: ./src/policy/parse.ts
var parse = __webpack_require__(2745);
// EXTERNAL MODULE: ./src/policy/compile.ts + 1 modules
var compile = __webpack_require__(3919);
// EXTERNAL MODULE: ./src/policy/goformat.ts
var goformat = __webpack_require__(6353);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __webpack_require__(517);
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
    const { problems, parsed, compiled } = (0,lint/* lintPolicyParts */.Ax)(text, options);
    const warnings = options.isOrgPolicy ? [] : writeWarning(parsed, compiled, ctx);
    if (warnings.length === 0)
        return problems;
    const fields = new Set(warnings.map(p => p.field));
    const kept = problems.filter(p => !(p.code === 'pull-request' && fields.has(p.field)));
    return (0,lint/* byLine */.uf)([...kept, ...warnings]);
}

// EXTERNAL MODULE: ./src/policy/subject-match.ts
var subject_match = __webpack_require__(2362);
// EXTERNAL MODULE: ./src/policy/token.ts
var policy_token = __webpack_require__(1423);
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
        const explained = (0,check/* explainPolicy */.yh)(text, payload, domain, options);
        const parsed = (0,parse/* parsePolicy */.v)(text, options);
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
    otherForm: (policy, sub, claims) => (0,subject_form/* namesOtherForm */.Zu)(policy, sub, (0,subject_form/* idsFromClaims */.w3)(claims), subject_match/* subjectPatternTest */.p),
    /** The org issuer allowlist against a token's issuer. */
    explainAllowlist(text, issuer) {
        const parsed = (0,allowlist/* parseAllowlist */.JK)(text);
        const list = parsed.allowlist ?? parsed.partial;
        const permit = (0,allowlist/* permitsIssuer */.GI)(list, issuer);
        const nearest = permit.listed ? undefined : (0,allowlist/* nearestEntry */.ZR)(list, issuer);
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
    lintPolicy: (text, options) => (0,lint/* lintPolicy */.GF)(text, options),
    /** lintPolicy for a policy of a known repository: also a write token for its pull requests. */
    lintPolicyInRepository: (text, options, context) => lintInRepository(text, options, context),
    lintAllowlist: (text) => (0,allowlist/* lintAllowlist */.h6)(text)
};
/** Runs a job here and now; an expensive pattern the engine refuses to build is `size`. */
function runJob(name, args) {
    try {
        const job = JOBS[name];
        return { ok: true, value: job(...args) };
    }
    catch (e) {
        if (e instanceof cost/* TooCostly */.Py)
            return { ok: false, costly: 'size' };
        return { ok: false, why: String(e?.message ?? e) };
    }
}


/***/ })

};
