export const id = 368;
export const ids = [368];
export const modules = {

/***/ 5368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  KIND_TITLE: () => (/* binding */ KIND_TITLE),
  dryRunReport: () => (/* binding */ dryRunReport),
  failureReport: () => (/* binding */ failureReport),
  reportDryRun: () => (/* binding */ reportDryRun),
  reportFailure: () => (/* binding */ reportFailure),
  writeReport: () => (/* binding */ writeReport)
});

// EXTERNAL MODULE: ./src/sanitize.ts
var sanitize = __webpack_require__(5540);
// EXTERNAL MODULE: ./src/summary.ts
var summary = __webpack_require__(8855);
;// CONCATENATED MODULE: ./src/claims.ts
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
/**
 * `text` made safe for a log line: one printable line, no secrets, no workflow command
 * (sanitize breaks `::`; `##[` is the runner's older command prefix, honoured anywhere in a line).
 */
const safeText = (text, max = MAX_VALUE) => (0,sanitize/* sanitize */.aj)(text, max).replace(/##\[/g, '#\u200b#[');
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
 */
function decidingClaims(claims, extra = []) {
    const always = new Set(['iss', 'sub', 'aud']);
    const names = [...new Set([...DECIDING_CLAIMS, ...extra])];
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
/** A Markdown table for the job summary. */
function claimsMarkdown(rows) {
    const table = (0,summary/* markdownTable */.Qj)(['Claim', 'Value'], rows.map(r => [
        { md: (0,summary/* codeSpan */.SS)(r.name) },
        r.missing ? r.value : { md: (0,summary/* codeSpan */.SS)(r.value) + (r.altered ? ' \\*' : '') }
    ]));
    return rows.some(r => r.altered) ? `${table}\n\n${(0,summary/* escapeMarkdown */.FV)(ALTERED_NOTE)}` : table;
}

// EXTERNAL MODULE: ./src/diagnose.ts
var diagnose = __webpack_require__(51);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/explain.ts
// Explains a denial against the real policy: when the policy lives in the workflow's own
// repository and a copy is checked out in GITHUB_WORKSPACE, evaluate it against the token's
// claims with the server's semantics and report every field that fails, not just the first.
// The policy engine (yaml + RE2) is loaded only here, on the failure and dry-run paths.



const loadPolicyEngine = () => Promise.all(/* import() */[__webpack_require__.e(366), __webpack_require__.e(904)]).then(__webpack_require__.bind(__webpack_require__, 6904));
/** The server's limit is far below this; a bigger file is not a policy. */
const MAX_POLICY_BYTES = 256 * 1024;
/** Reads a regular file of at most `maxBytes`; `undefined` when there is none. */
function readSmallFile(path, maxBytes) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw e;
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > maxBytes)
            throw new Error(`larger than ${maxBytes / 1024} KiB`);
        const buf = Buffer.alloc(st.size);
        let read = 0;
        while (read < st.size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, read, st.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return buf.subarray(0, read).toString('utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
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
/** An org scope (or `org/.github`) reads the org's `.github` policy, where `repositories` is allowed. */
const isOrgPolicy = (scope) => {
    const repo = scope.split('/')[1];
    return repo === undefined || repo.toLowerCase() === '.github';
};
/** Whether `file` exists and resolves (through symbolic links) to outside `workspace`. */
function escapesWorkspace(workspace, file) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return false; // absent: the read says so
    }
    return !real.startsWith((0,external_node_fs_.realpathSync)(workspace) + external_node_path_.sep);
}
const sameRepo = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Evaluates the workspace copy of the policy the exchange used, when there is one. */
async function checkLocalPolicy(env, ctx, claims, deps = {}) {
    const { repo, path } = (0,diagnose/* policyLocation */.a0)(ctx.scope, ctx.identity);
    const workflowRepo = env.GITHUB_REPOSITORY;
    const workspace = env.GITHUB_WORKSPACE;
    if (!workflowRepo || !sameRepo(workflowRepo, repo) || !workspace || !(0,external_node_path_.isAbsolute)(workspace)) {
        return {
            status: 'elsewhere',
            policyRepo: repo,
            ...(workflowRepo ? { workflowRepo } : {})
        };
    }
    let text;
    try {
        const file = (0,external_node_path_.join)(workspace, path);
        if (escapesWorkspace(workspace, file)) {
            return { status: 'unreadable', path, why: 'it is a link to outside the workspace' };
        }
        text = (deps.readFile ?? readSmallFile)(file, MAX_POLICY_BYTES);
    }
    catch (e) {
        return { status: 'unreadable', path, why: String(e?.message ?? e) };
    }
    if (text === undefined)
        return { status: 'absent', path, workspace };
    try {
        const engine = await (deps.loadEngine ?? loadPolicyEngine)();
        const options = { isOrgPolicy: isOrgPolicy(ctx.scope) };
        const explained = engine.explainPolicy(text, claims, ctx.domain, options);
        const parsed = engine.parsePolicy(text, options);
        const policy = parsed.policy ?? parsed.partial;
        const permissions = {};
        for (const [name, level] of Object.entries(policy?.permissions ?? {})) {
            if (typeof level === 'string')
                permissions[name] = level;
        }
        return {
            status: 'checked',
            path,
            verdict: explained.verdict,
            findings: explained.findings,
            warnings: explained.warnings,
            claimNames: Object.keys(policy?.claim_pattern ?? {}),
            permissions
        };
    }
    catch (e) {
        return { status: 'failed', path, why: String(e?.message ?? e) };
    }
}

;// CONCATENATED MODULE: ./src/suggest.ts
// A trust policy that admits exactly the workflow that is running: the real issuer, the exact
// subject (exact match is the safer default), and commented, broader or stricter alternatives.
// Written by hand, not with the yaml package: this module must stay light, and the output is
// checked against the yaml parser in the tests.


const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Go's regexp.QuoteMeta: `s` as an RE2 pattern that matches exactly `s`. */
const quoteMeta = (s) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
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
        pattern: `${quoteMeta(prefix)}:ref:refs/${kind}/${any}${rest === undefined ? '' : quoteMeta(rest)}`,
        what
    };
}
/** `job_workflow_ref` as a pattern; a pull request's merge ref becomes any pull request's. */
function workflowPattern(ref) {
    const m = /^(.*)@refs\/pull\/\d+\/merge$/.exec(ref);
    return m ? `${quoteMeta(m[1] ?? '')}@refs/pull/[0-9]+/merge` : quoteMeta(ref);
}
/** Whether `sub` is the subject GitHub gives `pull_request` and `pull_request_target` runs. */
const isPullRequestSubject = (sub) => /:pull_request$/.test(sub);
function suggestPolicy(claims, ctx) {
    const { repo, path } = (0,diagnose/* policyLocation */.a0)(ctx.scope, ctx.identity);
    const orgPolicy = !ctx.scope.includes('/');
    const warnings = [];
    const lines = [
        `# ${path} on the default branch of ${repo}`,
        '# Admits exactly this workflow: review it before you commit it.'
    ];
    const rawIss = str(claims.iss);
    const iss = exact(rawIss);
    if (iss)
        lines.push(`issuer: ${yamlScalar(iss)}`);
    else {
        lines.push(`issuer: ${GITHUB_ISSUER}`);
        warnings.push(rawIss
            ? 'The token\'s `iss` cannot be shown as it is; the policy above uses GitHub\'s issuer: check the "iss" claim.'
            : "The token has no `iss` claim; the policy above uses GitHub's issuer.");
    }
    const rawSub = str(claims.sub);
    const sub = exact(rawSub);
    if (sub) {
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

;// CONCATENATED MODULE: ./src/report.ts
// The diagnosis a user reads when there is no token (or in a dry run): the local policy's
// verdict field by field, the claims that decide a match, and a policy that would admit this
// workflow, written to the log (plain lines and collapsed groups) and to the job summary.
// Loaded only on the failure and dry-run paths; nothing here ever sees a token.





const KIND_TITLE = {
    input: 'invalid input',
    'oidc-permission': 'the job cannot request an OIDC token',
    oidc: 'the OIDC token request failed',
    'app-not-installed': 'the Octo STS App is not installed',
    'policy-not-found': 'trust policy not found',
    'policy-invalid': 'trust policy invalid',
    'policy-mismatch': 'the trust policy does not admit this workflow',
    'permissions-refused': 'GitHub refused the permissions',
    'token-rejected': 'the OIDC token was rejected',
    'rate-limited': 'rate limited',
    unavailable: 'Octo STS is unavailable',
    network: 'network error',
    timeout: 'timed out',
    protocol: 'unexpected answer',
    unexpected: 'the exchange was refused'
};
/** Failures a workspace copy of the policy can say something about. */
const LOCAL_KINDS = new Set([
    'policy-not-found',
    'policy-invalid',
    'policy-mismatch',
    'permissions-refused',
    'token-rejected'
]);
/** A value inside prose: display-safe and in a code span (literal in the summary). */
const v = (s, max = 300) => `\`${safeText(s, max).replace(/`/g, "'")}\``;
/** Prose written with code spans, for the log: the backticks read fine as they are. */
const logLine = (prose) => safeText(prose, 2000);
/**
 * A line we built (YAML, aligned details), kept as it is when making it safe would only
 * collapse its spaces; otherwise made safe.
 */
const aligned = (line) => {
    const safe = safeText(line, 1200);
    return safe === line.replace(/\s+/g, ' ').trim() ? line.replace(/\s/g, ' ') : safe;
};
const pluralFields = (n) => (n === 1 ? '1 field' : `${n} fields`);
function problemLine(p) {
    const at = p.line ? ` at line ${p.line}${p.column ? `, column ${p.column}` : ''}` : '';
    return `${p.severity === 'warning' ? 'warning' : 'error'}${at}: ${p.message}`;
}
/** A finding about the token (not about the file itself). */
const isMismatch = (f) => f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined;
function findingLines(f) {
    const lines = [`✗ ${f.field}${f.line ? ` (line ${f.line})` : ''}: ${f.reason}`];
    if (f.pattern !== undefined)
        lines.push(`    policy pattern: ^${f.pattern}$ (Go RE2)`);
    else if (f.expected !== undefined)
        lines.push(`    policy value:   ${f.expected}`);
    if (isMismatch(f))
        lines.push(`    token value:    ${f.actual ?? '(no such claim)'}`);
    return lines.map(aligned);
}
const findingRow = (f) => [
    { md: (0,summary/* codeSpan */.SS)(safeText(f.field, 200)) },
    f.line ? String(f.line) : '',
    {
        md: f.pattern !== undefined
            ? (0,summary/* codeSpan */.SS)(`^${safeText(f.pattern)}$`)
            : f.expected !== undefined
                ? (0,summary/* codeSpan */.SS)(safeText(f.expected))
                : ''
    },
    {
        md: f.actual !== undefined ? (0,summary/* codeSpan */.SS)(safeText(f.actual)) : isMismatch(f) ? '(no such claim)' : ''
    },
    safeText(f.reason, 600)
];
/** Where the server reads the policy, and how that relates to what was checked here. */
function defaultBranchNote(repo, checkout, checked) {
    const branch = checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : '';
    const ref = checkout.ref ? ` (${v(checkout.ref)})` : '';
    return checked
        ? `The server reads the policy from the default branch of ${v(repo)}${branch}; this check used the copy checked out in the workspace${ref}, which may differ.`
        : `The server reads the policy from the default branch of ${v(repo)}${branch}, not from the branch this job runs on.`;
}
/** What the local check says, given why the exchange failed (or `dry-run`). */
function verdict(kind, check, ctx, checkout) {
    const { repo, path } = (0,diagnose/* policyLocation */.a0)(ctx.scope, ctx.identity);
    const file = v(path);
    switch (check.status) {
        case 'elsewhere':
            return {
                title: 'Trust policy check: not possible here',
                prose: [
                    `The policy is read from ${v(repo)}, not from this workflow's repository${check.workflowRepo ? ` (${v(check.workflowRepo)})` : ''}: it cannot be checked from this workspace. Compare it with the claims that decide a match.`,
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
                        ? `There is no ${file} in the workspace either: create it on the default branch of ${v(repo)} (a suggested policy is below). If the file does exist, check out the repository (\`actions/checkout\`) before this step to have it checked here.`
                        : `The workspace has no ${file} to check (check out the repository with \`actions/checkout\` before this step to have the policy explained here).`
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
    if (check.verdict === 'unparseable' || check.verdict === 'uncompilable') {
        title = `Trust policy check: ${path} in the workspace is invalid`;
        prose.push(`The workspace copy of ${file} is invalid (${fileProblems === 1 ? '1 problem' : `${fileProblems} problems`}): the server refuses the whole file${mismatches.length ? `. Once it is fixed, ${pluralFields(mismatches.length)} would still refuse this workflow` : ''}. Everything is listed, not just the first.`);
        if (kind === 'policy-not-found') {
            prose.push(`The server did not find the file at all: is it on the default branch of ${v(repo)} yet? Fix it before you merge it.`);
        }
    }
    else if (check.verdict === 'allow') {
        title = `Trust policy check: ${path} in the workspace admits this workflow`;
        const admitted = {
            'policy-not-found': `The workspace has ${file}, and it admits this workflow, but the server found no such file: is it merged to the default branch of ${v(repo)}${checkout.defaultBranch ? ` (${v(checkout.defaultBranch)})` : ''} yet? The server caches a miss for up to 5 minutes: if it was merged just now, re-run the job in a few minutes.`,
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
function verdictLog(vd) {
    return [
        logLine(vd.title),
        ...vd.findings.flatMap(f => findingLines(f).map(l => '  ' + l)),
        ...vd.warnings.map(p => '  ' + safeText(problemLine(p), 1000)),
        ...vd.prose.map(logLine)
    ];
}
function verdictMarkdown(vd) {
    const out = [`#### ${(0,summary/* markdownProse */.h$)(vd.title)}`, ''];
    out.push(vd.prose.map(summary/* markdownProse */.h$).join('\n\n'), '');
    if (vd.findings.length) {
        out.push((0,summary/* markdownTable */.Qj)(['Field', 'Line', 'Policy', 'Token', 'Why'], vd.findings.map(findingRow)), '');
    }
    if (vd.warnings.length) {
        out.push((0,summary/* markdownTable */.Qj)(['Warning', 'Line'], vd.warnings.map(p => [safeText(p.message, 600), p.line ? String(p.line) : ''])), '');
    }
    return out;
}
/** The claims and suggested-policy blocks both reports share. */
function claimsAndSuggestion(parts, kind) {
    const info = [];
    const groups = [];
    const markdown = [];
    const { ctx, claims, check } = parts;
    if (claims && ctx) {
        const extra = check?.status === 'checked' ? check.claimNames : [];
        const rows = decidingClaims(claims, extra);
        groups.push({
            title: "Claims that decide a match (from the job's OIDC token, which is not shown)",
            lines: claimLines(rows)
        });
        markdown.push('#### Claims that decide a match', '', claimsMarkdown(rows), '');
        const s = suggestPolicy(claims, ctx);
        const suggestTitle = `A trust policy that admits exactly this workflow: ${s.path} in ${s.repo}`;
        groups.push({
            title: suggestTitle,
            lines: [...s.yaml.split('\n'), ...s.warnings.map(w => `Warning: ${w}`)].map(aligned)
        });
        markdown.push(`#### A trust policy that admits exactly this workflow`, '', (0,summary/* markdownProse */.h$)(`Commit it as ${v(s.path)} to the default branch of ${v(s.repo)}:`), '', (0,summary/* codeBlock */.DV)(s.yaml, 'yaml'), '');
        for (const w of s.warnings)
            markdown.push(`> [!WARNING]\n> ${(0,summary/* markdownProse */.h$)(w)}`, '');
        for (const w of s.warnings)
            info.push(logLine(`Warning: ${w}`));
    }
    else if (kind !== 'input' && kind !== 'oidc-permission' && kind !== 'oidc') {
        info.push('The OIDC token could not be decoded: no claims to show.');
    }
    return { info, groups, markdown };
}
function failureReport(input) {
    const { error, ctx, check, checkout = {} } = input;
    const info = [];
    const markdown = [
        `### ❌ Octo STS: no token${ctx ? ` for ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}` : ''} (${KIND_TITLE[error.kind]})`,
        '',
        (0,summary/* markdownProse */.h$)(error.what),
        '',
        `**What to do:** ${(0,summary/* markdownProse */.h$)(error.fix)}`,
        ''
    ];
    if (error.kind === 'oidc-permission') {
        markdown.push((0,summary/* codeBlock */.DV)('permissions:\n  id-token: write\n  contents: read', 'yaml'), '');
    }
    if (ctx && ['policy-not-found', 'policy-invalid', 'policy-mismatch'].includes(error.kind)) {
        const { repo, path } = (0,diagnose/* policyLocation */.a0)(ctx.scope, ctx.identity);
        const branch = checkout.defaultBranch
            ? `its default branch, ${v(checkout.defaultBranch)}`
            : 'its default branch';
        const where = `Where the server looks: ${v(path)} in ${v(repo)}, on ${branch} (a miss or a policy is cached for up to 5 minutes).`;
        markdown.push((0,summary/* markdownProse */.h$)(where), '');
    }
    const vd = ctx && check ? verdict(error.kind, check, ctx, checkout) : undefined;
    if (vd) {
        info.push(...verdictLog(vd));
        markdown.push(...verdictMarkdown(vd));
    }
    const shared = claimsAndSuggestion(input, error.kind);
    info.push(...shared.info);
    markdown.push(...shared.markdown);
    return { info, groups: shared.groups, summary: markdown.join('\n') };
}
function dryRunReport(input) {
    const { ctx, check, checkout = {} } = input;
    const { repo } = (0,diagnose/* policyLocation */.a0)(ctx.scope, ctx.identity);
    const info = ['Dry run: no exchange was made, and no `token` output is set.'];
    const markdown = [
        `### Octo STS dry run: ${v(ctx.identity, 100)} on ${v(ctx.scope, 100)}`,
        '',
        (0,summary/* markdownProse */.h$)(`No exchange was made and no \`token\` output is set. The exchange would ask ${v(`https://${ctx.domain}`)} for identity ${v(ctx.identity, 100)} with scope ${v(ctx.scope, 100)}.`),
        ''
    ];
    const vd = check ? verdict('dry-run', check, ctx, checkout) : undefined;
    if (vd) {
        info.push(...verdictLog(vd));
        markdown.push(...verdictMarkdown(vd));
    }
    else {
        const note = defaultBranchNote(repo, checkout, false);
        info.push(logLine(note));
        markdown.push((0,summary/* markdownProse */.h$)(note), '');
    }
    const shared = claimsAndSuggestion(input, 'dry-run');
    info.push(...shared.info);
    markdown.push(...shared.markdown);
    return { info, groups: shared.groups, summary: markdown.join('\n') };
}
function writeReport(runner, report) {
    for (const line of report.info)
        runner.info(line);
    for (const g of report.groups)
        runner.group(g.title, g.lines);
    runner.appendSummary(report.summary);
}
/** Checks the local policy when it can help with this failure, then writes the report. */
async function reportFailure(runner, env, error, ctx, claims, deps = {}) {
    const check = ctx && claims && LOCAL_KINDS.has(error.kind)
        ? await checkLocalPolicy(env, ctx, claims, deps)
        : undefined;
    const checkout = readCheckout(env, deps.readFile);
    writeReport(runner, failureReport({ error, ctx, claims, check, checkout }));
}
/** The dry run's report: claims, suggested policy, and the local policy's verdict. */
async function reportDryRun(runner, env, ctx, claims, deps = {}) {
    const check = claims ? await checkLocalPolicy(env, ctx, claims, deps) : undefined;
    const report = dryRunReport({ ctx, claims, check, checkout: readCheckout(env, deps.readFile) });
    writeReport(runner, report);
    return report;
}


/***/ })

};
