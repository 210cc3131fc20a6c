export const id = 988;
export const ids = [988,593];
export const modules = {

/***/ 3988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_USAGE: () => (/* binding */ VALIDATE_USAGE),
  validate: () => (/* binding */ validate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __webpack_require__(2339);
// EXTERNAL MODULE: ./src/validation/policy-files.ts
var policy_files = __webpack_require__(7747);
// EXTERNAL MODULE: ./src/sts/names.ts
var names = __webpack_require__(9884);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/cli/args.ts + 1 modules
var cli_args = __webpack_require__(6890);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(1604);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __webpack_require__(517);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(7819);
;// CONCATENATED MODULE: ./src/workflows/customization.ts
// The repository's OIDC subject settings, from GitHub's REST API:
// `GET /repos/{owner}/{repo}/actions/oidc/customization/sub` answers
// `{ "use_default": bool, "include_claim_keys": [..], "use_immutable_subject": bool }`.
// The job's token may not be allowed to read it; then nothing is known and both forms are
// checked. HTTP is passed in (the entries create the client); every byte of the answer is
// untrusted, and the token is only ever placed in the Authorization header.

const CUSTOMIZATION_TIMEOUT_MS = 10_000;
const MAX_BYTES = (/* unused pure expression or super */ null && (16 * 1024));
/** GitHub's rule for a claim key of the template: letters, digits and underscores. */
const CLAIM_KEY = /^[A-Za-z0-9_]{1,64}$/;
const MAX_CLAIM_KEYS = 32;
const unknown = (why) => ({ known: false, why });
/** What GitHub says about a failed request, as one short inert line (its `message`). */
function said(body) {
    try {
        const message = JSON.parse(body)?.message;
        return typeof message === 'string' && message ? `: "${sanitize(message, 120)}"` : '';
    }
    catch {
        return '';
    }
}
/** Reads the answer's JSON; undefined when it is not the template's shape. */
function parseCustomization(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const v = value;
    if (typeof v.use_default !== 'boolean')
        return undefined;
    const immutable = v.use_immutable_subject;
    if (immutable !== undefined && typeof immutable !== 'boolean')
        return undefined;
    const form = immutable === undefined ? undefined : immutable ? 'immutable' : 'name-only';
    const base = { known: true, ...(form ? { form } : {}) };
    if (v.use_default)
        return base;
    const keys = v.include_claim_keys;
    if (keys === undefined || (Array.isArray(keys) && keys.length === 0))
        return { ...base, orgTemplate: true };
    if (!Array.isArray(keys) ||
        keys.length > MAX_CLAIM_KEYS ||
        !keys.every(k => typeof k === 'string' && CLAIM_KEY.test(k)))
        return undefined;
    return { ...base, claimKeys: keys };
}
/**
 * The repository's subject settings; never throws. `apiUrl` is GITHUB_API_URL (no trailing
 * slash), `token` the job's token (never shown).
 */
async function customization_fetchCustomization(http, apiUrl, owner, repo, token, timeoutMs = CUSTOMIZATION_TIMEOUT_MS) {
    let url;
    try {
        url = new URL(`${apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/actions/oidc/customization/sub`);
    }
    catch {
        return unknown('GITHUB_API_URL is not a URL');
    }
    let answer;
    try {
        answer = await http({
            method: 'GET',
            url,
            headers: {
                Accept: 'application/vnd.github+json',
                Authorization: `Bearer ${token}`,
                'X-GitHub-Api-Version': '2022-11-28'
            },
            timeoutMs,
            maxBytes: MAX_BYTES
        });
    }
    catch (e) {
        return unknown(`the request failed (${sanitize(e instanceof Error ? e.message : String(e), 160)})`);
    }
    const { status, body } = answer;
    if (status === 200) {
        return (parseCustomization(body) ??
            unknown('GitHub answered 200 with something that is not the template'));
    }
    if (status === 401 || status === 403)
        return unknown(`GitHub answered ${status}${said(body)}: the token may not read this repository's OIDC settings`);
    if (status === 404)
        return unknown(`GitHub answered 404${said(body)}: this GitHub has no such endpoint, or the token cannot see the repository`);
    return unknown(`GitHub answered ${status}${said(body)}`);
}

;// CONCATENATED MODULE: ./src/workflows/git-remote.ts
// What a git checkout says about the repository it is a clone of, for the command line: the
// `origin` remote's owner and name (from the config) and its default branch (`origin/HEAD`).
// Every file is read size-capped through the workspace reader; a `.git` *file* (a worktree or a
// submodule: `gitdir: PATH`) is followed. Nothing here throws: a missing or malformed file is
// an unknown fact with the reason. The remote's URL is never shown (it may hold credentials).




/** Git's own small files (config, HEAD refs, `.git` pointer files); a larger one is not git's. */
const MAX_GIT_FILE_BYTES = 64 * 1024;
/** `owner/repo` when both are GitHub names (the rule the scope input follows); else undefined. */
function repositoryName(owner, repo) {
    const name = `${owner}/${repo}`;
    return (0,names/* validateScope */.JG)(name) === undefined && owner !== '' && repo !== '' ? name : undefined;
}
/**
 * The host, owner and repository of a remote URL: `git@HOST:O/R.git` (scp form),
 * `ssh://[user@]HOST[:port]/O/R.git`, `https://[user@]HOST/O/R(.git)`; undefined otherwise.
 */
function parseRemoteUrl(url) {
    let host;
    let path;
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url);
    if (scheme) {
        if (!/^(?:ssh|git\+ssh|ssh\+git|https?|git)$/i.test(scheme[1]))
            return undefined;
        let parsed;
        try {
            parsed = new URL(url);
        }
        catch {
            return undefined;
        }
        host = parsed.hostname;
        path = decodeURIComponentSafe(parsed.pathname);
    }
    else {
        // scp-like syntax: no scheme, `[user@]host:path`, and no `/` before the first `:`.
        const m = /^(?:[^@/:]+@)?([^@/:]+):(?!\/\/)(.+)$/.exec(url);
        if (!m)
            return undefined;
        host = m[1];
        path = m[2];
    }
    const parts = path
        .replace(/^\/+/, '')
        .replace(/\/+$/, '')
        .replace(/\.git$/, '')
        .split('/');
    if (parts.length !== 2)
        return undefined;
    const [owner, repo] = parts;
    if (!repositoryName(owner, repo) || !/^[A-Za-z0-9.-]+$/.test(host))
        return undefined;
    return { host: host.toLowerCase(), owner, repo };
}
const decodeURIComponentSafe = (s) => {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
};
/** A git config value: quotes removed, escapes read, a comment after it dropped. */
function configValue(raw) {
    let out = '';
    let quoted = false;
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c === '"')
            quoted = !quoted;
        else if (c === '\\' && i + 1 < raw.length) {
            const n = raw[++i];
            out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        }
        else if (!quoted && (c === '#' || c === ';'))
            break;
        else
            out += c;
    }
    return out.trim();
}
/**
 * The first `url` of `[remote "origin"]` (or the old `[remote.origin]`) in a git config's
 * text; undefined when there is none. Section and key names are case-insensitive, the remote's
 * name is not, as git reads them.
 */
function originUrl(config) {
    let inOrigin = false;
    for (const line of config.split(/\r?\n/)) {
        const section = /^\s*\[([^\]]*)\]\s*(.*)$/.exec(line);
        if (section) {
            const head = section[1].trim();
            // `[remote "origin"]`: the subsection is case-sensitive; the old `[remote.origin]` is not.
            const sub = /^([A-Za-z.-]+)\s+"(.*)"$/.exec(head);
            inOrigin = sub
                ? sub[1].toLowerCase() === 'remote' && sub[2] === 'origin'
                : head.toLowerCase() === 'remote.origin';
            // A key may follow the header on the same line.
            if (!inOrigin || !section[2])
                continue;
            const url = urlOf(section[2]);
            if (url !== undefined)
                return url;
            continue;
        }
        if (!inOrigin)
            continue;
        const url = urlOf(line);
        if (url !== undefined)
            return url;
    }
    return undefined;
}
const urlOf = (line) => {
    const m = /^\s*url\s*=(.*)$/i.exec(line);
    return m ? configValue(m[1]) : undefined;
};
/** `ref: refs/remotes/origin/BRANCH` → BRANCH, when BRANCH is a plausible branch name. */
function originHeadBranch(text) {
    const m = /^ref: refs\/remotes\/origin\/(.+)$/.exec(text.trim());
    const branch = m?.[1];
    return branch !== undefined && git_remote_isBranchName(branch) ? branch : undefined;
}
/** A name git accepts for a branch (the parts of check-ref-format that matter here). */
function git_remote_isBranchName(name) {
    return (name.length > 0 &&
        name.length <= 255 &&
        // eslint-disable-next-line no-control-regex
        !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name) &&
        !name.includes('..') &&
        !name.includes('@{') &&
        !name.includes('//') &&
        !/(^|\/)\./.test(name) &&
        !/(^\/|\/$|\.lock$|\.$)/.test(name));
}
function read(path) {
    try {
        const text = (0,workspace/* readSmallFile */.EW)(path, MAX_GIT_FILE_BYTES);
        return text === undefined ? { missing: true } : { text };
    }
    catch (e) {
        // The workspace reader throws only Errors (its own, or the system's).
        return { error: (0,neutralize/* sanitize */.a)(e.message, 120) };
    }
}
/**
 * Where the checkout at `root` keeps git's files: `dir` (its own: HEAD, and for a submodule its
 * config too) and `common` (config and refs, shared by every worktree).
 */
function gitDirs(root) {
    const dotGit = (0,external_node_path_.join)(root, '.git');
    const pointer = read(dotGit);
    let dir;
    if ('text' in pointer) {
        const m = /^gitdir:\s*(.+?)\s*$/m.exec(pointer.text);
        if (!m)
            return { why: 'its `.git` file does not say `gitdir: PATH`' };
        dir = (0,external_node_path_.isAbsolute)(m[1]) ? m[1] : (0,external_node_path_.resolve)(root, m[1]);
    }
    else if ('error' in pointer && pointer.error === 'it is a directory') {
        dir = dotGit;
    }
    else if ('missing' in pointer) {
        return { why: 'there is no `.git` here (not the root of a git checkout)' };
    }
    else {
        return { why: `its \`.git\` cannot be read (${pointer.error})` };
    }
    // A worktree's gitdir names the shared one in `commondir` (relative to itself).
    const common = read((0,external_node_path_.join)(dir, 'commondir'));
    if ('text' in common) {
        const to = common.text.trim();
        return { dir, common: (0,external_node_path_.isAbsolute)(to) ? to : (0,external_node_path_.resolve)(dir, to) };
    }
    return { dir, common: dir };
}
/** What the git checkout at `root` tells about its `origin`. Never throws. */
function readGitFacts(root) {
    const dirs = gitDirs(root);
    if ('why' in dirs)
        return { remoteUnknown: dirs.why, defaultBranchUnknown: dirs.why };
    const out = {};
    const config = read((0,external_node_path_.join)(dirs.common, 'config'));
    if ('text' in config) {
        const url = originUrl(config.text);
        const remote = url === undefined ? undefined : parseRemoteUrl(url);
        if (remote)
            out.remote = remote;
        else
            out.remoteUnknown =
                url === undefined
                    ? 'the git config has no `origin` remote'
                    : "the `origin` remote's URL names no GitHub repository (OWNER/REPO)";
    }
    else {
        out.remoteUnknown =
            'error' in config
                ? `the git config cannot be read (${config.error})`
                : 'the git checkout has no config file';
    }
    const head = read((0,external_node_path_.join)(dirs.common, 'refs', 'remotes', 'origin', 'HEAD'));
    if ('text' in head) {
        const branch = originHeadBranch(head.text);
        if (branch !== undefined)
            out.defaultBranch = branch;
        else
            out.defaultBranchUnknown =
                '`refs/remotes/origin/HEAD` does not say `ref: refs/remotes/origin/BRANCH`';
    }
    else {
        out.defaultBranchUnknown =
            'error' in head
                ? `\`refs/remotes/origin/HEAD\` cannot be read (${head.error})`
                : '`origin/HEAD` is not set (`git remote set-head origin --auto` sets it)';
    }
    return out;
}

;// CONCATENATED MODULE: ./src/workflows/subject-facts.ts
// What both front ends of the facts share (action-facts.ts, cli-facts.ts): the result's shape,
// the subject template as a user states it, repository names, and the lines that say how each
// fact was known. Every value shown comes from the environment, a file or a server: sanitized.




const subject_facts_show = (value) => (0,neutralize/* sanitize */.a)(value, 100);
const list = (keys) => keys.join(', ');
/** `subject-claim-keys` as given: the keys, `default`, or nothing; the problem when invalid. */
function subject_facts_parseClaimKeys(raw) {
    const text = raw.trim();
    if (text === '')
        return {};
    if (text.toLowerCase() === 'default')
        return { keys: 'default' };
    const keys = text.split(/[\s,]+/).filter(k => k !== '');
    const bad = keys.find(k => !CLAIM_KEY.test(k));
    const why = bad !== undefined
        ? `holds ${JSON.stringify(subject_facts_show(bad))}: a claim key is letters, digits and \`_\``
        : keys.length > MAX_CLAIM_KEYS
            ? `lists ${keys.length} keys (at most ${MAX_CLAIM_KEYS})`
            : new Set(keys).size !== keys.length
                ? 'names a key twice'
                : undefined;
    return why === undefined
        ? { keys }
        : {
            problem: `${why}. Give the repository's \`include_claim_keys\` in order, e.g. \`repo,context,job_workflow_ref\`, or \`default\`.`
        };
}
/** `OWNER/REPO` split, when it is a GitHub repository name. */
function subject_facts_splitRepository(value) {
    const [owner = '', repo = '', extra] = (value ?? '').split('/');
    return extra === undefined && repositoryName(owner, repo) ? { owner, repo } : undefined;
}
const sameRepository = (a, b) => a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
/** The lines about the form and the template, once the facts are gathered. */
function subject_facts_formLines(form, formSource, formUnknown, ids) {
    if (form !== undefined) {
        const line = `Subject form: ${form} (${formSource}).`;
        return form === 'immutable' && !ids
            ? [
                `${line} The repository's IDs are unknown, so its subjects cannot be predicted: no subject is checked.`
            ]
            : [line];
    }
    return ids
        ? [`Subject form unknown (${formUnknown}): both forms are checked.`]
        : [
            `Subject form unknown (${formUnknown}) and the repository's IDs are unknown: only the name-only form is checked.`
        ];
}
function subject_facts_templateLine(keys, source, orgTemplate, words) {
    if (keys !== undefined)
        return `Subject template: ${list(keys)} (${source}).`;
    if (source !== undefined)
        return `Subject template: GitHub's default (${source}).`;
    const set = (0,vocabulary/* speak */.Lr)(vocabulary.W.setting('subject-claim-keys'), words);
    return orgTemplate
        ? `Assumed GitHub's default subject template: the repository follows its organization's template, which was not read (set ${set} if it customizes the subject).`
        : `Assumed GitHub's default subject template (set ${set} if the repository customizes it).`;
}
const subject_facts_idsLine = (ids, source) => `Repository IDs: owner ${ids.ownerId}, repository ${ids.repoId} (${source}).`;
const subject_facts_serverLine = (server, source) => `Issuer: ${server.issuer} (${server.kind === 'ghes' ? `GitHub Enterprise Server at ${server.host}` : server.host}, ${source}).`;
/** SubjectFacts from what was gathered, the facts not known left out. */
const subject_facts_factsOf = ({ ids, form, claimKeys, ...known }) => ({
    ...known,
    ...(ids ? { ids } : {}),
    ...(form ? { form } : {}),
    ...(claimKeys ? { claimKeys } : {})
});

;// CONCATENATED MODULE: ./src/workflows/action-facts.ts
// The facts for the validate action: GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER_ID/_ID, the
// event payload (GITHUB_EVENT_PATH: the default branch, the IDs), GITHUB_SERVER_URL (the
// issuer), and the repository's OIDC subject settings, read with the `github-token` input.








/** The event payload can be large (a push lists its commits); the facts are near its top. */
const MAX_EVENT_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
/** What an event payload tells: the default branch and the IDs (the `repository` object). */
function readEventPayload(path) {
    if (!path)
        return { why: 'GITHUB_EVENT_PATH is not set' };
    let value;
    try {
        const text = readSmallFile(path, MAX_EVENT_BYTES);
        if (text === undefined)
            return { why: 'the event payload file is missing' };
        value = JSON.parse(text);
    }
    catch (e) {
        return {
            why: `the event payload cannot be read (${e instanceof SyntaxError ? 'not JSON' : show(String(e?.message ?? e))})`
        };
    }
    const repo = value?.repository;
    if (typeof repo !== 'object' || repo === null)
        return { why: 'the event payload has no `repository`' };
    const r = repo;
    const id = (v) => typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? String(v) : undefined;
    const ownerId = id(r.owner?.id);
    const repoId = id(r.id);
    const branch = typeof r.default_branch === 'string' ? r.default_branch : undefined;
    return {
        ...(branch !== undefined && isBranchName(branch) ? { defaultBranch: branch } : {}),
        ...(ownerId && repoId ? { ids: { ownerId, repoId } } : {}),
        ...(branch === undefined || !isBranchName(branch)
            ? {
                why: branch === undefined
                    ? 'the event payload does not name it'
                    : 'the event payload names no valid branch'
            }
            : {})
    };
}
/** The input names of the validate action these facts read. */
const FACT_INPUTS = { claimKeys: 'subject-claim-keys', token: 'github-token' };
/**
 * The facts for the validate action: GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER_ID/_ID, the
 * event payload, GITHUB_SERVER_URL, and the repository's OIDC settings read with the
 * `github-token` input (when given) through `http`.
 */
async function actionFacts(getInput, env, http, timeoutMs) {
    const problems = [];
    const repository = splitRepository(env.GITHUB_REPOSITORY);
    if (!repository) {
        return {
            problems: [
                env.GITHUB_REPOSITORY
                    ? `GITHUB_REPOSITORY is "${show(env.GITHUB_REPOSITORY)}", not OWNER/REPO: the workflows cannot be checked.`
                    : 'GITHUB_REPOSITORY is not set: the workflows cannot be checked (the validate action runs in GitHub Actions).'
            ]
        };
    }
    const said = [`Repository: ${repository.owner}/${repository.repo} (GITHUB_REPOSITORY).`];
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    if (payload.defaultBranch !== undefined) {
        repository.defaultBranch = payload.defaultBranch;
        said.push(`Default branch: ${show(payload.defaultBranch)} (the event payload).`);
    }
    else {
        const ref = env.GITHUB_REF ?? '';
        const scheduled = env.GITHUB_EVENT_NAME === 'schedule' && ref.startsWith('refs/heads/');
        const branch = ref.slice('refs/heads/'.length);
        if (scheduled && isBranchName(branch)) {
            repository.defaultBranch = branch;
            said.push(`Default branch: ${show(branch)} (GITHUB_REF: a schedule runs on it).`);
        }
        else
            said.push(`Default branch unknown (${payload.why}).`);
    }
    const envIds = idsFromEnv(env);
    const ids = envIds ?? payload.ids;
    if (ids)
        said.push(idsLine(ids, envIds ? 'GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID' : 'the event payload'));
    let server = gitHubServer(env.GITHUB_SERVER_URL || GITHUB_SERVER_URL);
    if (server) {
        said.push(serverLine(server, env.GITHUB_SERVER_URL ? 'GITHUB_SERVER_URL' : 'assumed'));
    }
    else {
        server = gitHubServer(GITHUB_SERVER_URL);
        said.push(serverLine(server, `assumed: GITHUB_SERVER_URL "${show(env.GITHUB_SERVER_URL ?? '')}" is not a server URL`));
    }
    const given = parseClaimKeys(getInput(FACT_INPUTS.claimKeys));
    if (given.problem)
        problems.push(`${speak(W.setting('subject-claim-keys'), ACTION)} ${given.problem}`);
    const token = getInput(FACT_INPUTS.token);
    let settings;
    const apiUrl = env.GITHUB_API_URL || DEFAULT_API_URL;
    if (!token)
        settings = { known: false, why: 'no `github-token` to read its OIDC settings with' };
    else if (validateApiUrl(apiUrl) !== undefined)
        settings = { known: false, why: 'GITHUB_API_URL is not an https URL' };
    else
        settings = await fetchCustomization(http, apiUrl, repository.owner, repository.repo, token, timeoutMs);
    const fromSettings = "the repository's OIDC settings";
    let form;
    let formSource = '';
    const fixed = serverForm(server);
    if (settings.known && settings.form) {
        form = settings.form;
        formSource = fromSettings;
    }
    else if (fixed)
        ({ form, source: formSource } = fixed);
    said.push(...formLines(form, formSource, settings.known ? 'the OIDC settings do not say' : settings.why, ids));
    let claimKeys;
    let keysSource;
    if (given.keys !== undefined) {
        claimKeys = given.keys === 'default' ? undefined : given.keys;
        keysSource = `the ${FACT_INPUTS.claimKeys} input`;
    }
    else if (settings.known && !settings.orgTemplate) {
        claimKeys = settings.claimKeys;
        keysSource = fromSettings;
    }
    said.push(templateLine(claimKeys, keysSource, settings.known && !!settings.orgTemplate, ACTION));
    return {
        facts: factsOf({ repository, ids, form, issuer: server.issuer, claimKeys, said }),
        problems
    };
}

// EXTERNAL MODULE: ./src/policy/github.ts
var github = __webpack_require__(4543);
;// CONCATENATED MODULE: ./src/workflows/issuer.ts
// Which GitHub a repository is on, from its server URL (GITHUB_SERVER_URL, `--server-url`), and
// so who issues its Actions OIDC tokens:
// - github.com: https://token.actions.githubusercontent.com (GITHUB_ISSUER);
// - GitHub Enterprise Cloud with data residency (`SUBDOMAIN.ghe.com`): GitHub's data residency
//   documentation names https://token.actions.SUBDOMAIN.ghe.com;
// - any other host is GitHub Enterprise Server: https://HOST/_services/token.
// An enterprise on github.com with a custom issuer (`include_enterprise_slug`) presents
// `…githubusercontent.com/SLUG`; nothing in a checkout tells that, so it is not predicted.

const issuer_GITHUB_SERVER_URL = 'https://github.com';
const GHE_COM = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.ghe\.com$/;
/** The server at `url` (an http(s) URL with nothing but a host); undefined when it is not one. */
function issuer_gitHubServer(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return undefined;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        return undefined;
    if (u.username || u.password || u.search || u.hash || !/^\/*$/.test(u.pathname))
        return undefined;
    const host = u.host.toLowerCase();
    if (host === 'github.com')
        return { kind: 'github.com', host, issuer: github/* GITHUB_ISSUER */.o };
    const sub = GHE_COM.exec(host)?.[1];
    if (sub)
        return { kind: 'ghe.com', host, issuer: `https://token.actions.${sub}.ghe.com` };
    return { kind: 'ghes', host, issuer: `https://${host}/_services/token` };
}
/**
 * The form every subject of `server` has, and why: immutable subjects are a github.com
 * feature, GitHub Enterprise Server has only names. Undefined where the repository chooses.
 */
const issuer_serverForm = (server) => server.kind === 'ghes'
    ? { form: 'name-only', source: 'GitHub Enterprise Server has no immutable subjects' }
    : undefined;

;// CONCATENATED MODULE: ./src/workflows/cli-facts.ts
// The facts for `octo-sts-token validate`: its flags first, then the environment
// (GITHUB_REPOSITORY and its IDs, GITHUB_SERVER_URL), then the git checkout (the `origin`
// remote and `origin/HEAD`).





/** The flags, for a command's parseArgs options and its usage text. */
const FACT_FLAGS = [
    'repository',
    'default-branch',
    'owner-id',
    'repository-id',
    'subject-form',
    'server-url',
    'subject-claim-keys'
];
const FACT_FLAGS_USAGE = `  --repository OWNER/REPO         the repository the workflows belong to (default
                                  $GITHUB_REPOSITORY, else the origin remote)
  --default-branch B              its default branch (default: origin/HEAD)
  --owner-id N --repository-id N  its owner's and its own numeric IDs (immutable subjects)
  --subject-form immutable|name-only|auto
                                  the form of its subjects (auto: both are checked when
                                  unknown; GitHub Enterprise Server has only name-only)
  --server-url URL                its GitHub (default $GITHUB_SERVER_URL, else the origin
                                  remote's host, else https://github.com): the issuer
  --subject-claim-keys K,K…       its customized subject template (include_claim_keys),
                                  or default
`;
const ID = /^[1-9][0-9]{0,19}$/;
/**
 * The facts for `octo-sts-token validate` run at `cwd`: the flags first, then the environment
 * (GITHUB_REPOSITORY, its IDs, GITHUB_SERVER_URL), then the git checkout (`origin`).
 */
function cliFacts(flags, cwd, env) {
    const problems = [];
    const said = [];
    const flag = (name) => flags[name]?.trim() ?? '';
    let git;
    const gitFacts = () => (git ??= readGitFacts(cwd));
    // The repository.
    let repository;
    let fromRemote = false;
    const envRepo = subject_facts_splitRepository(env.GITHUB_REPOSITORY);
    if (flag('repository')) {
        repository = subject_facts_splitRepository(flag('repository'));
        if (!repository)
            return {
                problems: [
                    `--repository is "${subject_facts_show(flag('repository'))}": expected OWNER/REPO, e.g. acme/widgets.`
                ]
            };
        said.push(`Repository: ${repository.owner}/${repository.repo} (--repository).`);
    }
    else if (envRepo) {
        repository = envRepo;
        said.push(`Repository: ${repository.owner}/${repository.repo} (GITHUB_REPOSITORY).`);
    }
    else {
        const remote = gitFacts().remote;
        if (!remote)
            return {
                problems: [
                    `The repository is unknown: ${gitFacts().remoteUnknown}. Pass --repository OWNER/REPO.`
                ]
            };
        repository = { owner: remote.owner, repo: remote.repo };
        fromRemote = true;
        said.push(`Repository: ${repository.owner}/${repository.repo} (the origin remote).`);
    }
    // The server, and so the issuer.
    let server;
    if (flag('server-url')) {
        const s = issuer_gitHubServer(flag('server-url'));
        if (!s)
            problems.push(`--server-url is "${subject_facts_show(flag('server-url'))}": expected a URL such as https://github.example.com.`);
        server = s ?? issuer_gitHubServer(issuer_GITHUB_SERVER_URL);
        said.push(subject_facts_serverLine(server, s ? '--server-url' : 'assumed'));
    }
    else if (env.GITHUB_SERVER_URL && issuer_gitHubServer(env.GITHUB_SERVER_URL)) {
        server = issuer_gitHubServer(env.GITHUB_SERVER_URL);
        said.push(subject_facts_serverLine(server, 'GITHUB_SERVER_URL'));
    }
    else if (fromRemote) {
        const host = gitFacts().remote.host;
        server = issuer_gitHubServer(`https://${host === 'ssh.github.com' ? 'github.com' : host}`);
        said.push(subject_facts_serverLine(server, server.kind === 'ghes'
            ? "the origin remote's host; pass --server-url if it is not a GitHub Enterprise Server"
            : "the origin remote's host"));
    }
    else {
        server = issuer_gitHubServer(issuer_GITHUB_SERVER_URL);
        said.push(subject_facts_serverLine(server, 'assumed; pass --server-url for another GitHub'));
    }
    // The IDs: both flags, or the runner's when they are this repository's.
    let ids;
    const ownerId = flag('owner-id');
    const repoId = flag('repository-id');
    if (ownerId || repoId) {
        const bad = [
            ...(ownerId && !ID.test(ownerId) ? [`--owner-id is "${subject_facts_show(ownerId)}"`] : []),
            ...(repoId && !ID.test(repoId) ? [`--repository-id is "${subject_facts_show(repoId)}"`] : [])
        ];
        if (bad.length)
            problems.push(`${bad.join(' and ')}: an ID is a number, e.g. 1000001 (\`gh api repos/OWNER/REPO --jq '.owner.id, .id'\`).`);
        else if (!ownerId || !repoId)
            problems.push(`--owner-id and --repository-id go together: give both (\`gh api repos/${repository.owner}/${repository.repo} --jq '.owner.id, .id'\`).`);
        else {
            ids = { ownerId, repoId };
            said.push(subject_facts_idsLine(ids, '--owner-id, --repository-id'));
        }
    }
    else if (envRepo && sameRepository(envRepo, repository) && (0,subject_form/* idsFromEnv */.w$)(env)) {
        ids = (0,subject_form/* idsFromEnv */.w$)(env);
        said.push(subject_facts_idsLine(ids, 'GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID'));
    }
    // The form.
    const formFlag = flag('subject-form').toLowerCase();
    let form;
    let formSource = '';
    if (formFlag === 'immutable' || formFlag === 'name-only') {
        form = formFlag;
        formSource = '--subject-form';
        if (form === 'immutable' && !ids && !problems.some(p => p.includes('--owner-id')))
            problems.push(`--subject-form immutable needs the repository's IDs: pass --owner-id and --repository-id (\`gh api repos/${repository.owner}/${repository.repo} --jq '.owner.id, .id'\`).`);
    }
    else if (formFlag !== '' && formFlag !== 'auto') {
        problems.push(`--subject-form is "${subject_facts_show(flag('subject-form'))}": expected immutable, name-only or auto.`);
    }
    const fixed = issuer_serverForm(server);
    if (form === undefined && fixed)
        ({ form, source: formSource } = fixed);
    said.push(...subject_facts_formLines(form, formSource, ids
        ? 'pass --subject-form to say which'
        : 'pass --subject-form, and --owner-id and --repository-id to check the immutable form', ids));
    // The default branch: the flag, else origin/HEAD when origin is this repository.
    const branchFlag = flag('default-branch');
    if (branchFlag) {
        if (git_remote_isBranchName(branchFlag)) {
            repository.defaultBranch = branchFlag;
            said.push(`Default branch: ${subject_facts_show(branchFlag)} (--default-branch).`);
        }
        else
            problems.push(`--default-branch is "${subject_facts_show(branchFlag)}": not a branch name.`);
    }
    else {
        const remote = gitFacts().remote;
        const other = remote !== undefined && !sameRepository(remote, repository);
        const branch = gitFacts().defaultBranch;
        if (!other && branch !== undefined) {
            repository.defaultBranch = branch;
            said.push(`Default branch: ${subject_facts_show(branch)} (origin/HEAD).`);
        }
        else {
            const why = other
                ? `origin is ${remote.owner}/${remote.repo}, another repository`
                : gitFacts().defaultBranchUnknown;
            said.push(`Default branch unknown (${why}): pass --default-branch.`);
        }
    }
    // The template.
    const given = subject_facts_parseClaimKeys(flag('subject-claim-keys'));
    if (given.problem)
        problems.push(`${(0,vocabulary/* speak */.Lr)(vocabulary.W.setting('subject-claim-keys'), vocabulary/* FLAGS */.Wg)} ${given.problem}`);
    const claimKeys = Array.isArray(given.keys) ? given.keys : undefined;
    said.push(subject_facts_templateLine(claimKeys, given.keys !== undefined ? '--subject-claim-keys' : undefined, false, vocabulary/* FLAGS */.Wg));
    return {
        facts: subject_facts_factsOf({ repository, ids, form, issuer: server.issuer, claimKeys, said }),
        problems
    };
}

;// CONCATENATED MODULE: ./src/workflows/facts.ts
// The facts beyond the workflow files that decide what a job's OIDC token will say (SubjectFacts):
// the repository, its default branch and IDs, the form of its subjects, its subject template
// and the issuer. Two front ends gather them: the validate action from the runner's environment,
// the event payload and GitHub's API (`actionFacts`); the command line from its flags, the
// environment and the git checkout (`cliFacts`). Each fact says how it was known, or what was
// assumed, in `said`; a value the user gave that is not valid is a usage problem naming it.
// Every value shown comes from the environment, a file or a server: it is sanitized.




// EXTERNAL MODULE: ./src/sts/request.ts
var request = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/policy/sandbox.ts
var sandbox = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/policy/jobs.ts + 1 modules
var jobs = __webpack_require__(9593);
// EXTERNAL MODULE: ./src/diagnosis/claims.ts
var diagnosis_claims = __webpack_require__(6932);
// EXTERNAL MODULE: ./src/diagnosis/suggested-policy.ts
var suggested_policy = __webpack_require__(1685);
// EXTERNAL MODULE: ./src/diagnosis/subject-note.ts
var subject_note = __webpack_require__(1478);
;// CONCATENATED MODULE: ./src/validation/workflow-fix.ts
// The smallest change that lets a refused workflow step through: the line to write in the
// policy (a subject or pattern admitting what it admitted and this job too), the environment to
// name, the audience to set. Values are the engine's and the prediction's, shown as code; the
// YAML lines are written with the suggested policy's helpers, so they read back as written.





/** A pattern admitting what `current` (a pattern, or a literal when `literal`) did, and `value`. */
const widened = (current, literal, value) => `(?:${literal ? (0,suggested_policy/* quoteMeta */.WL)(current) : current}|${(0,suggested_policy/* quoteMeta */.WL)(value)})`;
const line = (field, value) => (0,diagnosis_claims/* codeValue */.jT)(`${field}: ${(0,suggested_policy/* yamlScalar */.Ew)(value)}`, 1000);
const PULL_REQUEST_CAUTION = 'Grant a policy admitting `…:pull_request` read access only: every pull request presents that subject, `pull_request_target` runs for pull requests from forks too.';
function subjectFix(f, d, ctx) {
    const sub = subjectOf(d.token);
    const file = (0,diagnosis_claims/* codeValue */.jT)(ctx.file);
    const job = (0,diagnosis_claims/* codeValue */.jT)(ctx.step.job);
    const o = d.otherForm;
    if (o?.admits) {
        return {
            why: 'The policy names the repository in the other subject form.',
            fix: `write ${(0,diagnosis_claims/* codeValue */.jT)((0,subject_note/* subjectLine */.nh)(o), 1000)} in ${file}`
        };
    }
    const literal = f.expected !== undefined;
    const current = f.expected ?? String(f.pattern);
    const admitBoth = `write ${line('subject_pattern', widened(current, literal, sub))} in ${file}${literal ? ' instead of `subject`' : ''}`;
    const ownIdentity = `give job ${job} its own identity whose policy has ${line('subject', sub)}`;
    // A name standing for a filter (`v*`): the line above admits that one name only.
    const every = ctx.presentation.assumed ? (0,suggested_policy/* everyRefPattern */.x0)(sub) : undefined;
    const after = (0,suggested_policy/* isPullRequestSubject */.F2)(sub)
        ? { after: PULL_REQUEST_CAUTION }
        : every
            ? {
                after: `That name stands for a filter: admit the names it matches, not only this one (${every.what}: ${(0,diagnosis_claims/* codeValue */.jT)(every.pattern, 500)}).`
            }
            : {};
    if (ctx.presentation.claims.environment === undefined) {
        return { fix: `${admitBoth}, or ${ownIdentity}`, ...after };
    }
    const wanted = literal ? (0,subject_form/* parseSubject */.Ci)(current) : undefined;
    const named = wanted?.rest.startsWith('environment:')
        ? wanted.rest.slice('environment:'.length)
        : undefined;
    if (named !== undefined) {
        return {
            fix: `name the environment the policy admits on job ${job} (${(0,diagnosis_claims/* codeValue */.jT)(`environment: ${named}`)}), or admit this one: ${admitBoth}`
        };
    }
    return {
        why: `A job with ${(0,diagnosis_claims/* codeValue */.jT)('environment:')} presents its environment's subject whatever its trigger.`,
        fix: `${admitBoth}, or ${ownIdentity}, or remove ${(0,diagnosis_claims/* codeValue */.jT)('environment:')} from the job if it needs none`
    };
}
function fieldFix(f, d, ctx) {
    const file = (0,diagnosis_claims/* codeValue */.jT)(ctx.file);
    const claim = claimOf(f.field);
    // The token itself (not a field of the policy): no line of the policy changes that.
    if (claim === undefined)
        return {};
    if (f.expected === undefined && f.pattern === undefined) {
        return claim === 'sub'
            ? {
                why: 'No policy can admit it: the server refuses a subject with a space, a quote, `;`, `$` or a bracket. Rename what the subject is made of (the environment, the branch or the tag).'
            }
            : {};
    }
    if (claim === 'sub')
        return subjectFix(f, d, ctx);
    const value = d.token.payload[claim];
    const actual = Array.isArray(value) ? String(value[0]) : value;
    // One of the literal and the pattern: writing the literal replaces the pattern.
    const instead = f.field.endsWith('_pattern') ? ` instead of ${(0,diagnosis_claims/* codeValue */.jT)(f.field)}` : '';
    if (claim === 'iss') {
        return {
            fix: `write ${line('issuer', String(actual))} in ${file}${instead} (this job's tokens are issued there)`
        };
    }
    if (claim === 'aud') {
        const set = f.expected !== undefined ? `set the step's ${(0,diagnosis_claims/* codeValue */.jT)('audience')} to ${(0,diagnosis_claims/* codeValue */.jT)(f.expected)}, or ` : '';
        return { fix: `${set}write ${line('audience', String(actual))} in ${file}${instead}` };
    }
    if (actual === undefined) {
        return {
            fix: claim === 'environment'
                ? `name the environment on job ${(0,diagnosis_claims/* codeValue */.jT)(ctx.step.job)} (${(0,diagnosis_claims/* codeValue */.jT)('environment: NAME')}), or remove ${(0,diagnosis_claims/* codeValue */.jT)(f.field)} from ${file}`
                : `remove ${(0,diagnosis_claims/* codeValue */.jT)(f.field)} from ${file} (this job's token has no ${(0,diagnosis_claims/* codeValue */.jT)(claim)} claim)`
        };
    }
    return {
        fix: `under ${(0,diagnosis_claims/* codeValue */.jT)('claim_pattern')} in ${file}, write ${line(claim, widened(String(f.pattern), false, actual))}`
    };
}
/**
 * The smallest fix: why first (what the reader must know), then one change per refusing field
 * in the engine's order, then any caution.
 */
function smallestFix(d, ctx) {
    const fixes = d.refusing.map(f => fieldFix(f, d, ctx));
    const whys = fixes.flatMap(f => (f.why ? [f.why] : []));
    const changes = fixes.flatMap(f => (f.fix ? [f.fix] : []));
    const afters = fixes.flatMap(f => (f.after ? [f.after] : []));
    return [
        ...whys,
        ...(changes.length ? [`Smallest fix: ${changes.join('; and ')}.`] : []),
        ...afters
    ].join(' ');
}

;// CONCATENATED MODULE: ./src/validation/workflow-verdict.ts


/** The claim a policy field decides on: `subject_pattern` → `sub`, `claim_pattern["ref"]` → `ref`. */
function claimOf(field) {
    const m = /^claim_pattern\["(.*)"\]$/.exec(field);
    if (m)
        return m[1];
    if (field.startsWith('issuer'))
        return 'iss';
    if (field.startsWith('subject'))
        return 'sub';
    if (field.startsWith('audience'))
        return 'aud';
    return undefined;
}
/** A finding about the token, not the file (as the diagnosis tells them apart). */
const isMismatch = (f) => f.pattern !== undefined || f.expected !== undefined || f.actual !== undefined;
/** The engine's explanation of `token`, split into what refuses and what cannot be known. */
function decideToken(token, explained) {
    const { verdict, findings } = explained.explained;
    const unknownClaims = new Set(token.unknownClaims);
    const invalid = verdict === 'unparseable' || verdict === 'uncompilable' || verdict === 'misread';
    const refusing = [];
    const unknown = new Set();
    for (const f of findings) {
        const claim = claimOf(f.field);
        if (claim !== undefined && unknownClaims.has(claim)) {
            unknown.add(claim);
            continue;
        }
        if (isMismatch(f) || f.reason.startsWith('expected claim'))
            refusing.push(f);
    }
    return {
        token,
        refusing: invalid ? [] : refusing,
        unknown: [...unknown],
        invalid,
        ...(explained.otherForm ? { otherForm: explained.otherForm } : {})
    };
}
const isRefused = (d) => !d.invalid && d.refusing.length > 0;
const FORM_WORDS = {
    'name-only': 'in the name-only subject form (`repo:OWNER/REPO:…`)',
    immutable: "in GitHub's immutable subject form (`repo:OWNER@OWNER_ID/REPO@REPO_ID:…`)"
};
/** The subject of a predicted token, as a string; empty when the files cannot tell it. */
const subjectOf = (token) => String(token.payload.sub ?? '');
/** The value of a claim of `token` in words. */
const claimValue = (token, claim) => {
    const value = token.payload[claim];
    if (value === undefined)
        return undefined;
    return Array.isArray(value) ? value.join(', ') : value;
};
/** What one refusing field wants, and what the job presents instead. */
function fieldWants(f, token) {
    const line = f.line !== undefined ? ` (line ${f.line})` : '';
    const field = (0,diagnosis_claims/* codeValue */.jT)(f.field);
    const claim = claimOf(f.field);
    const has = claim !== undefined ? claimValue(token, claim) : undefined;
    const wants = f.expected !== undefined
        ? `wants ${(0,diagnosis_claims/* codeValue */.jT)(f.expected, 500)}`
        : `wants a match of ${(0,diagnosis_claims/* codeValue */.jT)(String(f.pattern), 500)}`;
    if (claim === undefined)
        return `the server refuses the token itself (${(0,diagnosis_claims/* codeValue */.jT)(f.reason, 300)})`;
    // `invalid subject in token` and the like: refused before any field of the policy is read.
    if (f.expected === undefined && f.pattern === undefined) {
        return `the server refuses the token's ${(0,diagnosis_claims/* codeValue */.jT)(claim)} before it reads the policy (${(0,diagnosis_claims/* codeValue */.jT)(f.reason, 300)})`;
    }
    if (claim === 'sub')
        return `its ${field}${line} ${wants}`;
    if (has === undefined)
        return `its ${field}${line} ${wants}, and the job's token has no ${(0,diagnosis_claims/* codeValue */.jT)(claim)} claim`;
    return `its ${field}${line} ${wants}, and the job's ${(0,diagnosis_claims/* codeValue */.jT)(claim)} is ${(0,diagnosis_claims/* codeValue */.jT)(has, 500)}`;
}
/**
 * The text of a refusal: trigger, job, subject, the refusing fields, then the smallest fix.
 * `forms`: how many forms this way was checked in (`all`: every one refuses it).
 */
function refusalMessage(d, ctx, forms) {
    const { step, presentation: p, file } = ctx;
    const sub = subjectOf(d.token);
    const form = ctx.formKnown
        ? ''
        : forms.checked === 1
            ? ` (in the ${d.token.form} form, the only one checked: the form in use could not be known)`
            : forms.all
                ? ' (in either subject form: the one this repository uses could not be known)'
                : ` ${FORM_WORDS[d.token.form]}, if this repository uses it (the form in use could not be known)`;
    const assumed = p.assumed ? ` (${p.assumed})` : '';
    const subject = sub ? `the subject ${(0,diagnosis_claims/* codeValue */.jT)(sub, 500)}` : 'a subject the workflow files cannot tell';
    const head = `On ${(0,diagnosis_claims/* codeValue */.jT)(p.trigger)}${assumed}, job ${(0,diagnosis_claims/* codeValue */.jT)(step.job)} presents ${subject}${form}: ${(0,diagnosis_claims/* codeValue */.jT)(file)} refuses it.`;
    const why = d.refusing.map(f => fieldWants(f, d.token)).join('; ');
    const fix = smallestFix(d, ctx);
    return `${head} ${capital(why)}.${fix ? ` ${fix}` : ''}`;
}
/** The note for claims a policy names that the files cannot tell for one presentation. */
function unknownClaimsMessage(claims, ctx) {
    const names = claims.map(c => (0,diagnosis_claims/* codeValue */.jT)(c)).join(', ');
    const plural = claims.length === 1 ? 'claim' : 'claims';
    return `On ${(0,diagnosis_claims/* codeValue */.jT)(ctx.presentation.trigger)}, ${(0,diagnosis_claims/* codeValue */.jT)(ctx.file)} decides on the ${plural} ${names}, which the workflow files cannot tell: not decided here (never counted as a refusal). The server decides it when the job runs.`;
}
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

;// CONCATENATED MODULE: ./src/validation/workflow-check.ts
// Whether the repository's policies admit the Octo STS steps of its workflows, before any of
// them runs: for each step (src/workflows reads them), where its policy lives, that policy's
// file among the checked ones, and every way the step can run decided by the engine through
// the sandbox (one job per step), as the server will decide it. An error when the policy
// refuses every way the step runs, a warning when it refuses some, nothing when it admits it;
// notes for what the files cannot tell. The validate action and `octo-sts-token validate`
// print these findings; neither decides anything itself.








/** Every outcome, in the order the count line names them. */
const OUTCOMES = [
    'admitted',
    'refused',
    'partly',
    'undecided',
    'elsewhere',
    'skipped',
    'invalid',
    'dry-run'
];
/**
 * The ways one step runs that are decided, at most: a step with more is cut, and says so.
 * Each way is predicted in at most both forms, so one job takes them all.
 */
const MAX_WAYS = jobs.MAX_TOKENS_PER_JOB / 2;
/** The step, as a finding's title names it. */
const titleOf = (step, what) => `Octo STS step ${(0,policy_files/* shown */.SP)(step.label)} (job ${(0,policy_files/* shown */.SP)(step.job)}): ${what}`;
/** What an input's value is, or why it is not known; `undefined` when absent. */
const known = (i) => (i.kind === 'known' ? i.value : undefined);
/**
 * Why a step cannot be checked from the files: an input the files cannot tell (the reader has
 * said so in its notices: `undefined` here), or a required one missing (said here).
 */
function unknownInput(step) {
    const inputs = ['scope', 'identity', 'domain', 'audience'];
    if (inputs.some(name => step[name].kind === 'unknown'))
        return {};
    for (const name of ['scope', 'identity']) {
        if (step[name].kind === 'absent') {
            return {
                say: `it has no ${(0,diagnosis_claims/* codeValue */.jT)(name)} input, which the action requires: it fails before any exchange.`
            };
        }
    }
    return undefined;
}
/**
 * What this action does with the step's literal inputs before any request, as its input check
 * (src/steps/inputs.ts) does it: refuses them (the step fails whatever the policy says), or
 * makes a dry run (it never exchanges). octo-sts/action checks its inputs its own way.
 */
function beforeAnyRequest(step) {
    if (step.client !== 'octo-sts-token')
        return undefined;
    const domain = domainOf(step);
    const problems = [
        ['scope', (0,names/* validateScope */.JG)(known(step.scope))],
        ['identity', (0,names/* validateIdentity */.lo)(known(step.identity))],
        ['domain', (0,names/* validateDomain */.Nr)(domain)],
        ['audience', step.audience.kind === 'known' ? (0,names/* validateAudience */.Ze)(step.audience.value) : undefined]
    ].flatMap(([name, problem]) => (problem ? [`\`${name}\` ${problem}`] : []));
    if (problems.length > 0) {
        return {
            outcome: 'invalid',
            say: `The action refuses this step's inputs before any exchange, whatever the policy says: ${problems.join(' ')}`
        };
    }
    const dryRun = step.dryRun?.kind === 'known' ? (0,names/* parseBoolean */.yG)(step.dryRun.value, false) : false;
    return dryRun ? { outcome: 'dry-run' } : undefined;
}
function locatePolicy(scope, identity, facts, orgPolicyRepo) {
    const { owner, repo } = facts.repository;
    const self = `${owner}/${repo}`;
    const { repo: where, path } = (0,request/* policyLocation */.a0)(scope, identity, orgPolicyRepo);
    // GitHub resolves names case-insensitively; the server compares ORG_POLICY_REPO exactly.
    if (scope.includes('/')) {
        return scope.toLowerCase() === self.toLowerCase()
            ? { here: true, path, isOrgPolicy: (0,request/* isOrgPolicyRepo */.Fd)(scope, orgPolicyRepo) }
            : { here: false, repo: where, path };
    }
    if (scope.toLowerCase() === owner.toLowerCase() && (0,request/* hostsOrgPolicies */.q8)(self, orgPolicyRepo)) {
        return { here: true, path, isOrgPolicy: true };
    }
    return { here: false, repo: (0,request/* orgRepo */.zh)(scope, orgPolicyRepo), path };
}
/** Checks every step of `workflows` against the policies; never throws for a step. */
async function checkWorkflows(input) {
    const { workflows, facts } = input;
    const out = {
        findings: [],
        said: [...facts.said],
        steps: [],
        files: workflows.files
    };
    for (const n of workflows.notices) {
        out.findings.push({
            severity: 'note',
            file: n.file,
            ...(n.at ? { line: n.at.line, column: n.at.column } : {}),
            title: 'Octo STS workflow check',
            message: n.message
        });
    }
    for (const plan of workflows.plans) {
        const outcome = await checkStep(plan, input, out.findings);
        out.steps.push({ step: plan.step, outcome });
    }
    return out;
}
/** The count line: `N steps in M workflows checked: …`. */
function countLine(check) {
    const n = (outcome) => check.steps.filter(s => s.outcome === outcome).length;
    const words = {
        admitted: 'admitted',
        refused: 'refused every way they run',
        partly: 'refused some ways they run',
        undecided: 'not decided',
        elsewhere: 'with their policy in another repository',
        skipped: 'not checkable from the files',
        invalid: 'failing on their inputs before any exchange',
        'dry-run': n('dry-run') === 1 ? 'dry run (no exchange)' : 'dry runs (no exchange)'
    };
    const parts = OUTCOMES.filter(o => o === 'admitted' || n(o) > 0).map(o => `${n(o)} ${words[o]}`);
    const steps = check.steps.length === 1 ? '1 step' : `${check.steps.length} steps`;
    const files = check.files === 1 ? '1 workflow' : `${check.files} workflows`;
    return `${steps} in ${files} checked: ${parts.join(', ')}.`;
}
async function checkStep(plan, input, findings) {
    const { step } = plan;
    const at = { file: step.file, line: step.at.line, column: step.at.column };
    const add = (severity, what, message) => {
        findings.push({ severity, ...at, title: titleOf(step, what), message });
    };
    const cannot = unknownInput(step);
    if (cannot !== undefined) {
        if (cannot.say)
            add('note', 'not checked', `This Octo STS step is not checked: ${cannot.say}`);
        return 'skipped';
    }
    const early = beforeAnyRequest(step);
    if (early !== undefined) {
        if (early.say)
            add('warning', 'inputs refused', early.say);
        return early.outcome;
    }
    if (plan.presentations.length === 0)
        return 'skipped';
    const scope = known(step.scope);
    const identity = known(step.identity);
    const where = locatePolicy(scope, identity, input.facts, input.orgPolicyRepo);
    if (!where.here) {
        add('note', 'policy in another repository', `Its policy ${(0,diagnosis_claims/* codeValue */.jT)(identity)} (scope ${(0,diagnosis_claims/* codeValue */.jT)(scope)}) lives in ${(0,diagnosis_claims/* codeValue */.jT)(where.repo)} at ${(0,diagnosis_claims/* codeValue */.jT)(where.path)}, not in this repository: not checked here. Check it there, with the workflows that use it in mind.`);
        return 'elsewhere';
    }
    const policy = input.policies.find(f => f.file === where.path);
    if (policy === undefined && input.exists?.(where.path)) {
        add('note', 'not decided', `Not decided: its policy ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} was not among the files validated. Validate it too (the folder ${(0,diagnosis_claims/* codeValue */.jT)(request/* POLICY_DIR */.xL)}) to have this step checked.`);
        return 'undecided';
    }
    if (policy === undefined) {
        add('error', 'no trust policy', `No ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} in this repository: the server will answer "not found" (${(0,diagnosis_claims/* codeValue */.jT)(`unable to find trust policy for ${identity}`)}) every time this step runs. Create ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} on the default branch, admitting the subjects this step presents, or fix the step's ${(0,diagnosis_claims/* codeValue */.jT)('identity')}.${subjectsHint(plan, input)}`);
        return 'refused';
    }
    const costly = policy.problems.find(p => p.code === 'too-costly');
    if (policy.problems.some(p => p.severity === 'error')) {
        add('warning', 'policy invalid', `Not decided: ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} has errors (see its findings), and the server refuses an invalid policy every time ("unable to parse trust policy" or "unable to compile trust policy"). Fix the policy first; this step is checked against it then.`);
        return 'undecided';
    }
    if (costly) {
        add('warning', 'not decided', `Not decided: ${costly.message}`);
        return 'undecided';
    }
    return decideStep(plan, where, input, add);
}
/** The subjects a step will present, for the "create it" hint (name-only form when unknown). */
function subjectsHint(plan, input) {
    const subjects = new Set();
    for (const p of plan.presentations.slice(0, MAX_WAYS)) {
        for (const token of input.predict(p, input.facts, audienceOf(plan.step)).tokens.slice(0, 1)) {
            subjects.add(subjectOf(token));
        }
    }
    const list = [...subjects].slice(0, 8).map(s => (0,diagnosis_claims/* codeValue */.jT)(s, 500));
    return list.length ? ` The job presents ${list.join(', ')}.` : '';
}
/** The server the step asks, as the action reads `domain`: lower-cased, the hosted one by default. */
const domainOf = (step) => (known(step.domain) || request/* DEFAULT_DOMAIN */.lV).toLowerCase();
/** The audience the step asks for: `audience`, else its domain. */
const audienceOf = (step) => known(step.audience) || domainOf(step);
async function decideStep(plan, where, input, add) {
    const { step } = plan;
    const { engine, facts } = input;
    const audience = audienceOf(step);
    const domain = domainOf(step);
    // Every way the step runs, each in the forms to check, bounded as one job.
    const ways = [];
    // Ways whose token cannot be predicted (an unknown template key, unknown IDs): not decided.
    let unpredicted = 0;
    for (const presentation of plan.presentations.slice(0, MAX_WAYS)) {
        const predicted = input.predict(presentation, facts, audience);
        for (const why of predicted.unpredictable) {
            add('note', `not decided on ${(0,policy_files/* shown */.SP)(presentation.trigger)}`, `On ${(0,diagnosis_claims/* codeValue */.jT)(presentation.trigger)}: ${why}`);
        }
        if (predicted.tokens.length === 0)
            unpredicted++;
        else
            ways.push({ presentation, tokens: predicted.tokens.slice(0, 2) });
    }
    if (plan.presentations.length > MAX_WAYS) {
        add('note', 'not every way checked', `This step can run in more ways than are checked here: the first ${MAX_WAYS} are decided, the others are not.`);
    }
    if (ways.length === 0)
        return 'undecided';
    if ((0,policy_files/* pastDeadline */.Rs)(engine)) {
        add('error', 'not checked', `Not checked: ${policy_files/* TIME_LIMIT_REACHED */.Zi}`);
        return 'undecided';
    }
    let text;
    try {
        text = input.read(where.path);
    }
    catch (e) {
        add('warning', 'not decided', `Not decided: ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} could not be read (${(0,policy_files/* shown */.SP)(e instanceof Error ? e.message : String(e))}).`);
        return 'undecided';
    }
    const payloads = ways.flatMap(w => w.tokens.map(t => t.payload));
    const outcome = await (0,policy_files/* runEngine */.cn)(engine, 'explainTokens', [
        text,
        payloads,
        domain,
        { isOrgPolicy: where.isOrgPolicy }
    ]);
    if (!outcome.ok) {
        add('warning', 'not decided', outcome.costly !== undefined
            ? `Not decided: ${(0,sandbox/* tooCostly */.fE)((0,diagnosis_claims/* codeValue */.jT)(where.path), outcome.costly)}`
            : `Not decided: the policy engine failed on ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} (${(0,policy_files/* shown */.SP)(outcome.why)}). Please report it.`);
        return 'undecided';
    }
    const explained = outcome.value;
    let k = 0;
    const decided = ways.map(w => ({
        presentation: w.presentation,
        decisions: w.tokens.map(t => decideToken(t, explained[k++]))
    }));
    if (decided.some(w => w.decisions.some(d => d.invalid))) {
        add('warning', 'policy invalid', `Not decided: the server reads ${(0,diagnosis_claims/* codeValue */.jT)(where.path)} as invalid. Fix the policy first.`);
        return 'undecided';
    }
    return report(decided, where.path, input.facts.form !== undefined, step, add, unpredicted > 0);
}
/** The findings of a decided step, and its outcome. */
function report(decided, file, formKnown, step, add, someUndecided) {
    // A way is refused when every form refuses it; a form-dependent refusal is only a warning,
    // and so is a refusal when some way could not be decided.
    const refusedAll = (ds) => ds.every(isRefused);
    const everyWay = !someUndecided && decided.every(w => refusedAll(w.decisions));
    const severity = everyWay ? 'error' : 'warning';
    let any = false;
    for (const { presentation, decisions } of decided) {
        const ctx = { step, presentation, file, formKnown };
        const refused = decisions.filter(isRefused);
        if (refused.length > 0) {
            any = true;
            const what = `refused on ${(0,policy_files/* shown */.SP)(presentation.trigger)}`;
            if (refused.length === decisions.length) {
                add(severity, what, refusalMessage(refused[0], ctx, { checked: decisions.length, all: true }));
            }
            else {
                for (const d of refused) {
                    add('warning', what, refusalMessage(d, ctx, { checked: decisions.length, all: false }));
                }
            }
        }
        const unknown = [...new Set(decisions.filter(d => !isRefused(d)).flatMap(d => d.unknown))];
        if (unknown.length > 0) {
            add('note', `not decided on ${(0,policy_files/* shown */.SP)(presentation.trigger)}`, unknownClaimsMessage(unknown, ctx));
        }
    }
    return everyWay ? 'refused' : any ? 'partly' : someUndecided ? 'undecided' : 'admitted';
}

// EXTERNAL MODULE: ./src/workflows/predicted-token.ts
var predicted_token = __webpack_require__(1238);
;// CONCATENATED MODULE: ./src/workflows/expressions.ts
/** One value written in a workflow, resolved as far as the files allow. */
function resolveValue(text, repo) {
    let out = '';
    let rest = text;
    for (;;) {
        const open = rest.indexOf('${{');
        if (open < 0)
            return { kind: 'known', value: out + rest, text };
        const close = rest.indexOf('}}', open + 3);
        if (close < 0)
            return { kind: 'unknown', text, why: 'an expression that is never closed' };
        const known = knownValue(rest.slice(open + 3, close), repo);
        if (typeof known !== 'string')
            return { kind: 'unknown', text, why: known.why };
        out += rest.slice(0, open) + known;
        rest = rest.slice(close + 2);
    }
}
/** `github.repository` written as GitHub allows it: `github.repository`, `github['repository']`. */
const property = (context, name) => new RegExp(`^${context}\\s*(?:\\.\\s*${name}|\\[\\s*'${name}'\\s*\\])$`, 'i');
const REPOSITORY = property('github', 'repository');
const OWNER = property('github', 'repository_owner');
const STRING = /^'((?:[^']|'')*)'$/;
/** Why an expression's value cannot be known, by the context it reads first. */
const WHY = [
    [/^matrix\b/i, 'a matrix value'],
    [/^(?:inputs\b|github\s*\.\s*event\s*\.\s*inputs\b)/i, 'an input of the workflow'],
    [/^env\b/i, 'an env value'],
    [/^(?:steps|needs|jobs)\b/i, 'a step or job output'],
    [/^secrets\b/i, 'a secret'],
    [/^vars\b/i, 'a configuration variable']
];
function knownValue(body, repo) {
    const expr = body.trim();
    if (REPOSITORY.test(expr))
        return `${repo.owner}/${repo.repo}`;
    if (OWNER.test(expr))
        return repo.owner;
    const literal = STRING.exec(expr);
    if (literal)
        return literal[1].replace(/''/g, "'");
    const why = WHY.find(([re]) => re.test(expr));
    return { why: why ? why[1] : 'an expression' };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/policy/yamlv2.ts + 8 modules
var yamlv2 = __webpack_require__(8123);
;// CONCATENATED MODULE: ./src/workflows/workflow-file.ts
// One workflow file read as a tree that keeps where each value is written. Its bytes are
// untrusted (whoever opens a pull request writes them), so reading is bounded before the `yaml`
// package composes anything: nesting depth (its composer recurses), aliases (a "billion laughs"
// file expands exponentially) and the number of nodes. A file that cannot be read is one Notice
// at the line of its first problem, never a throw.



/** No workflow needs more: GitHub's own schema is a few levels deep below `jobs:`. */
const MAX_DEPTH = 64;
/** Aliases followed in one file; each may stand for a whole subtree. */
const MAX_ALIASES = 1000;
/** Values in one file once aliases are expanded (a large real workflow has a few thousand). */
const MAX_NODES = 100_000;
class TooBig extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** The text of a value at `key` of a mapping, when it is a scalar. */
const entry = (node, key) => node?.kind === 'map' ? node.entries.find(e => e.key === key)?.value : undefined;
const scalar = (node) => node?.kind === 'scalar' ? node.value : undefined;
/** A one-line, inert rendering of untrusted text for messages. */
const shownText = (text, max = 120) => (0,neutralize/* sanitize */.a)(text, max);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** A value with a control character (C0, DEL, C1) is no name GitHub or git accepts. */
const hasControl = (text) => CONTROL.test(text);
/** Reads `text` (the file `file`, repository-relative) as a tree, bounded; see the top. */
function readWorkflowFile(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const tokens = Array.from(new dist/* Parser */.iX(lines.addNewLine).parse(text));
    const pos = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const fail = (why, offset) => ({
        ok: false,
        notice: {
            file,
            ...(offset === undefined ? {} : { at: pos(offset) }),
            message: `${shownText(file, 300)} could not be read as a workflow: ${why}. Its steps were not checked; GitHub will refuse the file too, so fix it first.`
        }
    });
    const docs = tokens.filter(t => t.type === 'document');
    if (docs.length > 1)
        return fail('it holds more than one YAML document', docs[1]?.offset);
    for (const t of docs) {
        const deep = (0,yamlv2/* tooDeep */.DI)(t, MAX_DEPTH);
        if (deep !== undefined)
            return fail(`nesting deeper than ${MAX_DEPTH} levels`, deep);
    }
    const composer = new dist/* Composer */.Dk({ schema: 'failsafe', prettyErrors: false, uniqueKeys: true });
    const doc = Array.from(composer.compose(tokens, true, text.length))[0];
    if (!doc || doc.contents === null)
        return fail('it is empty', undefined);
    const error = doc.errors[0];
    if (error) {
        return fail(`YAML: ${shownText(error.message.split('\n')[0], 200)}`, error.pos[0]);
    }
    try {
        return { ok: true, root: toTree(doc, doc.contents, pos) };
    }
    catch (e) {
        // A bound (TooBig, with its place); anything else is still a notice, never a crash.
        const failure = e;
        return fail(shownText(failure.message, 200), failure.offset);
    }
}
/** The composed document as a tree, aliases expanded within the bounds. */
function toTree(doc, root, pos) {
    let aliases = 0;
    let nodes = 0;
    // Every composed node has its range.
    const start = (n) => n.range[0];
    const at = (n) => pos(start(n));
    // A bound passed inside an alias is reported at the outermost alias being expanded: that is
    // the line the author wrote.
    const walk = (n, depth, via) => {
        const offset = via ?? start(n);
        if (++nodes > MAX_NODES) {
            throw new TooBig(`more than ${MAX_NODES} values (aliases included)`, offset);
        }
        if (depth > MAX_DEPTH)
            throw new TooBig(`nesting deeper than ${MAX_DEPTH} levels`, offset);
        if ((0,dist/* isAlias */.Vj)(n)) {
            if (++aliases > MAX_ALIASES)
                throw new TooBig(`more than ${MAX_ALIASES} aliases`, offset);
            const target = n.resolve(doc);
            if (!target)
                throw new TooBig('an alias to no anchor', offset);
            return walk(target, depth + 1, offset);
        }
        // A missing value (`? key` alone) reads as empty text, placed where its key is.
        const child = (v, where) => v ? walk(v, depth + 1, via) : { kind: 'scalar', at: where, value: '' };
        if ((0,dist/* isMap */.jh)(n)) {
            const entries = [];
            for (const pair of n.items) {
                const key = pair.key;
                // A key that is not text names nothing a workflow reads.
                if (!(0,dist/* isScalar */.jn)(key))
                    continue;
                entries.push({ key: String(key.value), at: at(key), value: child(pair.value, at(key)) });
            }
            return { kind: 'map', at: at(n), entries };
        }
        if ((0,dist/* isSeq */.oP)(n)) {
            return { kind: 'seq', at: at(n), items: n.items.map(item => child(item, at(n))) };
        }
        // What is left is a scalar; failsafe keeps its text, and an empty one is null.
        const value = n.value;
        return { kind: 'scalar', at: at(n), value: value === null ? '' : String(value) };
    };
    return walk(root, 0);
}

;// CONCATENATED MODULE: ./src/workflows/action-steps.ts
// The steps of a workflow that exchange a token with Octo STS: this action at any ref
// (`octo-sts-token/action@…`, owner and name compared case-insensitively as GitHub does, not
// its `/validate` subfolder), `octo-sts/action@…` (same inputs), or a local `./path` whose
// action.yml is one of the two. Their `with:` inputs, resolved as far as the files allow.


/** GitHub's own limit is 256 jobs per workflow. */
const MAX_JOBS = 256;
/** Steps read per job (GitHub's limit is far lower in practice). */
const MAX_STEPS = 1000;
/** The `name:` of each client's action.yml, for local copies. */
const ACTION_NAMES = {
    'Octo STS token': 'octo-sts-token',
    'Octo STS': 'octo-sts/action'
};
const PUBLISHED = [
    [/^octo-sts-token\/action@./i, 'octo-sts-token'],
    [/^octo-sts\/action@./i, 'octo-sts/action']
];
/** The repository-relative folder of a local `uses: ./path`; undefined when it leaves the repository. */
function localFolder(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    const parts = [];
    for (const part of uses.slice(2).split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.pop() === undefined)
                return undefined;
        }
        else
            parts.push(part);
    }
    return parts.join('/');
}
const INPUTS = ['scope', 'identity', 'domain', 'audience'];
function input(withNode, name, repo) {
    if (withNode?.kind === 'scalar') {
        return { kind: 'unknown', text: withNode.value, why: 'an expression (the whole `with:`)' };
    }
    const node = entry(withNode, name);
    if (node === undefined)
        return { kind: 'absent' };
    if (node.kind !== 'scalar')
        return { kind: 'unknown', text: '…', why: 'not a single value' };
    const value = resolveValue(node.value, repo);
    return value.kind === 'known' && hasControl(value.value)
        ? { kind: 'unknown', text: node.value, why: 'a value with control characters' }
        : value;
}
/** The Octo STS steps of a workflow whose root is `root`, job by job. */
function findActionSteps(root, file, repo, local) {
    const out = { jobs: [], problems: [] };
    const jobs = entry(root, 'jobs');
    if (jobs?.kind !== 'map')
        return out;
    if (jobs.entries.length > MAX_JOBS) {
        out.problems.push({
            at: jobs.at,
            message: `it has ${jobs.entries.length} jobs; only the first ${MAX_JOBS} were read (GitHub runs at most ${MAX_JOBS})`
        });
    }
    for (const { key: job, value: node } of jobs.entries.slice(0, MAX_JOBS)) {
        const steps = entry(node, 'steps');
        if (steps?.kind !== 'seq')
            continue;
        if (steps.items.length > MAX_STEPS) {
            out.problems.push({
                at: steps.at,
                message: `job ${shownText(job)} has ${steps.items.length} steps; only the first ${MAX_STEPS} were read`
            });
        }
        const found = [];
        for (const step of steps.items.slice(0, MAX_STEPS)) {
            const usesKey = step.kind === 'map' ? step.entries.find(e => e.key === 'uses') : undefined;
            const uses = scalar(usesKey?.value);
            if (uses === undefined || usesKey === undefined)
                continue;
            const folder = localFolder(uses);
            const client = folder !== undefined ? local(folder) : PUBLISHED.find(([re]) => re.test(uses))?.[1];
            if (client === undefined)
                continue;
            const name = scalar(entry(step, 'name'));
            const withNode = entry(step, 'with');
            const [scope, identity, domain, audience] = INPUTS.map(n => input(withNode, n, repo));
            // Only this action has `dry-run`; said only when the step sets it.
            const dryRun = client === 'octo-sts-token' ? input(withNode, 'dry-run', repo) : undefined;
            found.push({
                file,
                job: shownText(job),
                label: shownText(name ?? uses),
                uses: shownText(uses, 300),
                at: usesKey.at,
                client,
                scope,
                identity,
                domain,
                audience,
                ...(dryRun && dryRun.kind !== 'absent' ? { dryRun } : {})
            });
        }
        if (found.length)
            out.jobs.push({ job, node, steps: found });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/workflows/events.ts
// What ref a run of each event checks out, as GitHub documents it ("Events that trigger
// workflows": GITHUB_REF for each event), which decides the subject of a job without an
// environment. One table, read by runs.ts.
const DEFAULT_BRANCH = [
    'branch_protection_rule',
    'check_run',
    'check_suite',
    'delete',
    'discussion',
    'discussion_comment',
    'fork',
    'gollum',
    'issue_comment',
    'issues',
    'label',
    'milestone',
    'page_build',
    'project',
    'project_card',
    'project_column',
    'public',
    'repository_dispatch',
    'schedule',
    'status',
    'watch',
    'workflow_run'
];
const TABLE = {
    ...Object.fromEntries(DEFAULT_BRANCH.map(e => [e, { kind: 'default-branch' }])),
    workflow_dispatch: {
        kind: 'default-branch',
        note: 'it can also be dispatched on another branch or tag, which presents that ref'
    },
    push: { kind: 'push' },
    pull_request: { kind: 'pull-request' },
    pull_request_target: { kind: 'pull-request-target' },
    release: { kind: 'tag' },
    workflow_call: { kind: 'call' },
    create: { kind: 'unknown', why: 'it runs on the branch or tag that was created' },
    deployment: { kind: 'unknown', why: 'it runs on the branch, tag or commit deployed' },
    deployment_status: { kind: 'unknown', why: 'it runs on the branch, tag or commit deployed' },
    merge_group: {
        kind: 'unknown',
        why: 'it runs on a temporary merge queue branch (refs/heads/gh-readonly-queue/…)'
    },
    registry_package: { kind: 'unknown', why: "it runs on the published package's ref" },
    pull_request_review: {
        kind: 'unknown',
        why: 'GitHub does not document the subject of a pull request review run'
    },
    pull_request_review_comment: {
        kind: 'unknown',
        why: 'GitHub does not document the subject of a pull request review comment run'
    }
};
/** The event's ref rule; undefined for a name that is not one of GitHub's events. */
const eventRef = (event) => Object.hasOwn(TABLE, event) ? TABLE[event] : undefined;

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/workflows/filter-glob.ts
// GitHub's filter pattern syntax for `branches`, `tags` and their `-ignore` forms, as its
// "filter pattern cheat sheet" documents it: `*` (any run of characters but `/`), `**` (any run),
// `?` and `+` (zero-or-one and one-or-more of the character before), `[…]` (one of the listed
// letters, digits or ranges), `\` (escape), and a leading `!` that excludes what earlier
// patterns included (the order matters: the last pattern that matches decides). Compiled for
// re2js, which matches in linear time whatever the pattern.

/** A filter pattern longer than this is not a branch or tag name (git's refs are short). */
const MAX_PATTERN = 255;
const quote = (c) => /[A-Za-z0-9_/-]/.test(c) ? c : `\\x{${c.codePointAt(0)?.toString(16)}}`;
/** A class `[…]` from `i` (its `[`): its regexp, a member, and where it ends; undefined if bad. */
function readClass(p, i) {
    const close = p.indexOf(']', i + 1);
    if (close < 0)
        return undefined;
    const body = p.slice(i + 1, close);
    if (!/^(?:[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|[A-Za-z0-9])+$/.test(body))
        return undefined;
    for (const [, a, b] of body.matchAll(/([A-Za-z0-9])-([A-Za-z0-9])/g)) {
        if (a > b)
            return undefined;
    }
    return { re: `[${body}]`, member: body.charAt(0), end: close + 1 };
}
/**
 * One pattern, compiled; a string saying why when GitHub would not read it. Alongside the
 * regexp it builds a name the pattern matches: each wildcard stands for `fill`, each `?` and
 * `+` keeps one of its character, each class its first member.
 */
function compileGlob(text, fill = 'x') {
    if (text.length === 0)
        return 'an empty pattern';
    if (text.length > MAX_PATTERN)
        return `a pattern longer than ${MAX_PATTERN} characters`;
    const negated = text.startsWith('!');
    const p = negated ? text.slice(1) : text;
    let re = '';
    let sample = '';
    let literal = true;
    // Whether the last piece is one character (or class) that `?` and `+` can repeat.
    let repeatable = false;
    for (let i = 0; i < p.length; i++) {
        const c = p.charAt(i);
        if (c === '\\' && i + 1 < p.length) {
            const next = p.charAt(++i);
            re += quote(next);
            sample += next;
            repeatable = true;
        }
        else if (c === '*') {
            literal = false;
            repeatable = false;
            if (p.charAt(i + 1) === '*') {
                i++;
                re += '.*';
            }
            else
                re += '[^/]*';
            sample += fill;
        }
        else if ((c === '?' || c === '+') && repeatable) {
            literal = false;
            repeatable = false;
            re += c;
        }
        else if (c === '[') {
            const cls = readClass(p, i);
            if (!cls)
                return `a bracket expression GitHub does not read (${p.slice(i, i + 20)})`;
            literal = false;
            re += cls.re;
            sample += cls.member;
            i = cls.end - 1;
            repeatable = true;
        }
        else {
            re += quote(c);
            sample += c;
            repeatable = true;
        }
    }
    const compiled = build/* RE2JS */.L3.compile(re);
    return {
        text,
        negated,
        literal,
        re: compiled,
        ...(compiled.matches(sample) ? { sample } : {})
    };
}
/** Whether the ordered `globs` admit `name`: the last pattern that matches decides. */
function admits(globs, name) {
    let included = false;
    for (const g of globs)
        if (g.re.matches(name))
            included = !g.negated;
    return included;
}

;// CONCATENATED MODULE: ./src/workflows/runs.ts
// Every way a workflow's own triggers make it run: the event, and the ref checked out when the
// files can tell it. Branch and tag filters give their literal names; a glob gives a name it
// matches (said in `assumed`); no filter means every branch and tag, which the default branch,
// one other branch and one tag stand for (so a policy for the default branch alone is refused
// for some runs, not all). `workflow_call` is not here: callers.ts follows it.



/** Names that stand for "any other branch" and "any tag" when nothing narrower is known. */
const SAMPLE_BRANCH = 'feature';
const SAMPLE_TAG = 'v1';
/** Other fills tried when a sample is excluded by a later pattern. */
const FILLS = ['x', 'y', 'z', '1', 'other'];
/** A name git accepts as a branch or tag (git check-ref-format), so it is safe in a claim. */
function isRefName(name) {
    if (name === '' || name === '@' || name.length > 255)
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f-\u009f~^:?*[\\]|\.\.|@\{|\/\/|^[/.]|[/.]$|\.lock$|\/\./.test(name))
        return false;
    return !name.split('/').some(part => part.endsWith('.lock'));
}
/** The default branch when known and a name git accepts (it goes into claims as is). */
const defaultBranch = (repo) => repo.defaultBranch !== undefined && isRefName(repo.defaultBranch) ? repo.defaultBranch : undefined;
/** Names the ordered `globs` admit: each literal, and one name per glob (tried with fills). */
function samples(globs) {
    const out = [];
    const seen = new Set();
    for (const g of globs) {
        if (g.negated)
            continue;
        const candidates = g.literal
            ? [g.sample]
            : // The pattern compiled once, so it compiles with any fill.
                FILLS.map(fill => compileGlob(g.text, fill).sample);
        const name = candidates.find(c => c !== undefined && isRefName(c) && !seen.has(c) && admits(globs, c));
        if (name === undefined)
            continue;
        seen.add(name);
        out.push(g.literal
            ? { name }
            : { name, assumed: `${shownText(name)} stands for the filter ${shownText(g.text)}` });
    }
    return out;
}
/** Names tried, in order, for "another branch" and "a tag" that an `-ignore` filter spares. */
const OTHER_BRANCHES = [SAMPLE_BRANCH, 'topic', 'x'];
const OTHER_TAGS = [SAMPLE_TAG, 'release-1', 'x'];
/** A name not in `avoid` that `ignore` does not exclude; undefined when it excludes them all. */
function notIgnored(bases, ignore, avoid) {
    for (const base of bases) {
        for (const name of [base, ...FILLS.map(f => `${base}-${f}`)]) {
            if (!avoid.includes(name) && !admits(ignore, name))
                return name;
        }
    }
    return undefined;
}
/** Every run of one trigger; the problems say what cannot be known. */
function runsOf(trigger, repo) {
    const out = { runs: [], problems: [] };
    const { event, at } = trigger;
    const rule = eventRef(event);
    const run = (r) => void out.runs.push({ event, triggerAt: at, pullRequest: false, assumed: [], ...r });
    const noDefault = (what) => void out.problems.push({
        at,
        message: `the repository's default branch is not known here, so the subject of ${what} cannot be predicted and its Octo STS steps were not checked for those runs`
    });
    if (rule === undefined) {
        out.problems.push({ at, message: `\`${shownText(event)}\` is not an event GitHub has` });
        return out;
    }
    switch (rule.kind) {
        case 'call':
            return out;
        case 'unknown':
            out.problems.push({
                at,
                message: `the subject of a \`${event}\` run cannot be predicted (${rule.why}), so its Octo STS steps were not checked for those runs`
            });
            return out;
        case 'pull-request':
            run({ trigger: event, pullRequest: true });
            return out;
        case 'tag':
            run({
                trigger: `${event} (tag ${SAMPLE_TAG})`,
                ref: `refs/tags/${SAMPLE_TAG}`,
                refType: 'tag',
                assumed: [`${SAMPLE_TAG} stands for the tag of any release`]
            });
            return out;
        case 'default-branch': {
            const def = defaultBranch(repo);
            if (def === undefined) {
                noDefault(`\`${event}\` runs (they run on the default branch)`);
                return out;
            }
            run({
                trigger: `${event} (default branch ${shownText(def)})`,
                ref: `refs/heads/${def}`,
                refType: 'branch',
                assumed: rule.note ? [rule.note] : []
            });
            return out;
        }
        case 'pull-request-target': {
            const branches = trigger.filters.branches;
            const literal = branches ? samples(branches).filter(s => s.assumed === undefined) : [];
            for (const s of literal) {
                run({
                    trigger: `${event} to ${shownText(s.name)}`,
                    ref: `refs/heads/${s.name}`,
                    refType: 'branch',
                    pullRequest: true
                });
            }
            if (literal.length === 0 || branches?.some(g => !g.literal && !g.negated)) {
                run({ trigger: event, pullRequest: true });
            }
            return out;
        }
        case 'push':
            pushRuns(trigger, repo, run, noDefault, out.problems);
            return out;
    }
}
function pushRuns(trigger, repo, run, noDefault, problems) {
    const f = trigger.filters;
    const hasBranch = f.branches !== undefined || f['branches-ignore'] !== undefined;
    const hasTag = f.tags !== undefined || f['tags-ignore'] !== undefined;
    const every = !hasBranch && !hasTag;
    const branch = (name, assumed) => run({
        trigger: `push to ${shownText(name)}`,
        ref: `refs/heads/${name}`,
        refType: 'branch',
        assumed: assumed ? [assumed] : []
    });
    const tag = (name, assumed) => run({
        trigger: `push of tag ${shownText(name)}`,
        ref: `refs/tags/${name}`,
        refType: 'tag',
        assumed: assumed ? [assumed] : []
    });
    const none = (name) => void problems.push({
        at: trigger.at,
        message: `no ${name.startsWith('branches') ? 'branch' : 'tag'} name was found that its \`${name}\` filter admits, so those pushes were not checked`
    });
    if (f.branches) {
        const found = samples(f.branches);
        // A glob that admits the default branch runs there too: present it, so a policy for the
        // default branch alone is refused for the other names (a warning), not for every run.
        const def = defaultBranch(repo);
        if (def !== undefined && admits(f.branches, def) && !found.some(s => s.name === def)) {
            found.unshift({
                name: def,
                assumed: `${shownText(def)} (the default branch) is one of the branches its filter admits`
            });
        }
        if (found.length === 0)
            none('branches');
        for (const s of found)
            branch(s.name, s.assumed);
    }
    else if (every || f['branches-ignore']) {
        const ignore = f['branches-ignore'] ?? [];
        const which = every ? 'every branch' : 'every branch its branches-ignore does not exclude';
        const def = defaultBranch(repo);
        if (def === undefined)
            noDefault('a push to the default branch');
        else if (!admits(ignore, def)) {
            branch(def, `push runs on ${which}: ${shownText(def)} (the default branch) is one of them`);
        }
        const other = notIgnored(OTHER_BRANCHES, ignore, def === undefined ? [] : [def]);
        if (other !== undefined)
            branch(other, `push runs on ${which}: ${other} stands for the others`);
        else
            none('branches-ignore');
    }
    if (f.tags) {
        const found = samples(f.tags);
        if (found.length === 0)
            none('tags');
        for (const s of found)
            tag(s.name, s.assumed);
    }
    else if (every || f['tags-ignore']) {
        const other = notIgnored(OTHER_TAGS, f['tags-ignore'] ?? [], []);
        const which = every ? 'every tag' : 'every tag its tags-ignore does not exclude';
        if (other !== undefined)
            tag(other, `push runs on ${which}: ${other} stands for them`);
        else
            none('tags-ignore');
    }
}

;// CONCATENATED MODULE: ./src/workflows/callers.ts
// Every way a workflow runs, `workflow_call` included: a reusable workflow runs as its callers
// in this repository run (their triggers, their refs), so its jobs are checked through them.
// A caller is a job with `uses: ./.github/workflows/X.yml` or
// `OWNER/REPO/.github/workflows/X.yml@REF` naming this repository. Callers in other
// repositories cannot be seen: with none here, a Notice says so. Cycles and depth are bounded,
// and each workflow's runs are worked out once.



/** GitHub nests reusable workflows at most ten levels deep. */
const MAX_CALL_DEPTH = 10;
/** Runs worked out per workflow; a step is checked for at most this many. */
const MAX_RUNS = 64;
const FULL_SHA = /^[0-9a-f]{40}$/i;
/** Which workflow of this repository a job's `uses:` calls, and at which ref. */
function calledWorkflow(uses, repo) {
    const local = localFolder(uses);
    if (local !== undefined)
        return { file: local, ref: 'local' };
    const m = /^([^/@]+)\/([^/@]+)\/([^@]+)@(.+)$/.exec(uses);
    if (!m || m[1]?.toLowerCase() !== repo.owner.toLowerCase())
        return undefined;
    if (m[2]?.toLowerCase() !== repo.repo.toLowerCase())
        return undefined;
    const ref = m[4];
    // `@main` may be a branch or a tag: job_workflow_ref then cannot be written.
    return {
        file: m[3],
        ref: FULL_SHA.test(ref) || ref.startsWith('refs/') ? ref : undefined
    };
}
/** Called file → the jobs that call it. */
function callIndex(workflows, repo) {
    const index = new Map();
    for (const w of workflows) {
        const jobs = entry(w.root, 'jobs');
        if (jobs?.kind !== 'map')
            continue;
        for (const { key: job, value } of jobs.entries) {
            const usesKey = value.kind === 'map' ? value.entries.find(e => e.key === 'uses') : undefined;
            const uses = scalar(usesKey?.value);
            if (uses === undefined || usesKey === undefined)
                continue;
            const called = calledWorkflow(uses, repo);
            if (!called)
                continue;
            const calls = index.get(called.file) ?? [];
            calls.push({ callerFile: w.file, job, at: usesKey.at, ref: called.ref });
            index.set(called.file, calls);
        }
    }
    return index;
}
/** Works out each workflow's runs once, following callers; problems become notices. */
class Placements {
    workflows;
    repo;
    notices;
    done = new Map();
    stack = [];
    index;
    constructor(workflows, repo, notices) {
        this.workflows = workflows;
        this.repo = repo;
        this.notices = notices;
        this.index = callIndex([...workflows.values()], repo);
    }
    /** Every way `file` runs (empty when it is not a workflow read here). */
    of(file) {
        const known = this.done.get(file);
        if (known)
            return known;
        const w = this.workflows.get(file);
        if (!w)
            return [];
        this.stack.push(file);
        const out = [];
        const note = (at, message) => void this.notices.push({ file, at, message: `${shownText(file, 300)}: ${message}` });
        for (const p of w.triggers.problems)
            note(p.at, p.message);
        for (const trigger of w.triggers.triggers) {
            if (trigger.event === 'workflow_call') {
                out.push(...this.viaCallers(file, trigger.at, note));
                continue;
            }
            const runs = runsOf(trigger, this.repo);
            for (const p of runs.problems)
                note(p.at, p.message);
            out.push(...runs.runs.map(run => ({ run, workflowFile: file, jobRef: run.ref, through: [] })));
        }
        this.stack.pop();
        if (out.length > MAX_RUNS) {
            note(w.root.at, `it runs in ${out.length} ways; only the first ${MAX_RUNS} were checked`);
        }
        const placed = out.slice(0, MAX_RUNS);
        this.done.set(file, placed);
        return placed;
    }
    viaCallers(file, at, note) {
        const calls = this.index.get(file) ?? [];
        if (calls.length === 0) {
            note(at, 'it runs on `workflow_call` and no workflow of this repository calls it, so those runs were not checked (callers in other repositories cannot be seen from here)');
            return [];
        }
        const out = [];
        for (const call of calls) {
            const caller = `${shownText(call.callerFile, 300)} (job ${shownText(call.job)})`;
            if (this.stack.includes(call.callerFile)) {
                note(at, `it is called by ${caller} in a cycle of workflow calls, which GitHub refuses; that call was not followed`);
                continue;
            }
            if (this.stack.length >= MAX_CALL_DEPTH) {
                note(at, `it is called by ${caller} more than ${MAX_CALL_DEPTH} levels deep, which GitHub refuses; that call was not followed`);
                continue;
            }
            for (const p of this.of(call.callerFile)) {
                out.push({
                    run: p.run,
                    workflowFile: p.workflowFile,
                    jobRef: call.ref === 'local' ? p.jobRef : call.ref,
                    through: [...p.through, caller]
                });
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/workflows/presentations.ts
// What a job presents for each way it runs, in GitHub's default subject format: the job's
// `environment:` wins (`environment:NAME`; the trigger's `ref`, `ref_type` and `event_name`
// stay, and `environment` becomes a claim), then `pull_request` for pull request events, then
// the ref. `job_workflow_ref` is `OWNER/REPO/PATH@REF`, unknown when the ref is.


/** The job's `environment:` (a name, or `{ name, url }`), resolved as far as the files allow. */
function jobEnvironment(job, repo) {
    const node = entry(job, 'environment');
    if (node === undefined)
        return { kind: 'none' };
    const text = node.kind === 'map' ? scalar(entry(node, 'name')) : scalar(node);
    if (text === undefined) {
        return { kind: 'unknown', reason: "its job's `environment:` gives no name (GitHub refuses it)" };
    }
    const shown = `its job's environment is \`${shownText(text)}\``;
    const value = resolveValue(text, repo);
    if (value.kind !== 'known') {
        return { kind: 'unknown', reason: `${shown}, ${value.why}, which the files cannot tell` };
    }
    if (value.value === '')
        return { kind: 'none' };
    if (hasControl(value.value)) {
        return {
            kind: 'unknown',
            reason: `${shown}, a name with control characters (GitHub refuses it)`
        };
    }
    return { kind: 'known', name: value.value };
}
const MAYBE = ['ref', 'ref_type', 'job_workflow_ref', 'workflow_ref'];
/**
 * The presentation of the job in `jobFile` (repository-relative) for one placed run, with the
 * environment it names (known or none).
 */
function present(placed, jobFile, env, repo) {
    const { run } = placed;
    const claims = { event_name: run.event };
    if (run.ref !== undefined)
        claims.ref = run.ref;
    if (run.refType !== undefined)
        claims.ref_type = run.refType;
    if (env.kind === 'known')
        claims.environment = env.name;
    const prefix = `${repo.owner}/${repo.repo}`;
    if (placed.jobRef !== undefined)
        claims.job_workflow_ref = `${prefix}/${jobFile}@${placed.jobRef}`;
    if (run.ref !== undefined)
        claims.workflow_ref = `${prefix}/${placed.workflowFile}@${run.ref}`;
    const context = env.kind === 'known'
        ? `environment:${env.name}`
        : run.pullRequest || run.ref === undefined
            ? 'pull_request'
            : `ref:${run.ref}`;
    const unknown = MAYBE.filter(c => !(c in claims));
    const through = placed.through.length ? ` through ${placed.through.join(', then ')}` : '';
    return {
        trigger: run.trigger + through,
        // The place is in the file whose trigger it is: only this file's own triggers have one here.
        ...(placed.through.length ? {} : { triggerAt: run.triggerAt }),
        context,
        claims,
        ...(unknown.length ? { unknownClaims: unknown } : {}),
        ...(run.assumed.length ? { assumed: run.assumed.join('; ') } : {})
    };
}

;// CONCATENATED MODULE: ./src/workflows/triggers.ts
// The `on:` of a workflow in its three forms (one event, a list of events, a mapping of events
// to their settings), with the ref filters that decide which branches and tags a `push` or a
// `pull_request_target` runs for.


/** More events than GitHub has (about 35): the rest of a longer `on:` is not read. */
const MAX_TRIGGERS = 50;
/** Patterns read per filter. */
const MAX_PATTERNS = 100;
const FILTERS = ['branches', 'branches-ignore', 'tags', 'tags-ignore'];
/** The triggers of a workflow whose root is `root`; `on:` missing is a problem. */
function readTriggers(root) {
    const out = { triggers: [], problems: [] };
    const on = entry(root, 'on');
    if (on === undefined) {
        out.problems.push({ at: root.at, message: 'it has no `on:`, so it never runs' });
        return out;
    }
    const named = on.kind === 'scalar'
        ? [[on.value, on.at, undefined]]
        : on.kind === 'seq'
            ? on.items.map(i => [scalar(i) ?? '', i.at, undefined])
            : on.entries.map(e => [e.key, e.at, e.value]);
    if (named.length > MAX_TRIGGERS) {
        out.problems.push({
            at: on.at,
            message: `it names ${named.length} events; only the first ${MAX_TRIGGERS} were read`
        });
    }
    for (const [event, at, settings] of named.slice(0, MAX_TRIGGERS)) {
        if (!/^[a-z_]+$/.test(event)) {
            out.problems.push({ at, message: `\`${shownText(event)}\` is not an event name` });
            continue;
        }
        out.triggers.push({ event, at, filters: readFilters(settings, out.problems) });
    }
    return out;
}
function readFilters(settings, problems) {
    const filters = {};
    for (const name of FILTERS) {
        const node = entry(settings, name);
        if (node === undefined)
            continue;
        const items = node.kind === 'seq' ? node.items : [node];
        const globs = [];
        for (const item of items.slice(0, MAX_PATTERNS)) {
            const text = scalar(item);
            const glob = text === undefined ? 'not a name' : compileGlob(text);
            if (typeof glob === 'string') {
                problems.push({
                    at: item.at,
                    message: `the \`${name}\` pattern \`${shownText(text ?? '…')}\` is ${glob}, so it was left out`
                });
            }
            else
                globs.push(glob);
        }
        if (items.length > MAX_PATTERNS) {
            problems.push({
                at: node.at,
                message: `\`${name}\` lists ${items.length} patterns; only the first ${MAX_PATTERNS} were read`
            });
        }
        filters[name] = globs;
    }
    return filters;
}

;// CONCATENATED MODULE: ./src/workflows/read-workflows.ts
// The one entry point of the workflow reader: every workflow file of a repository
// (`*.yml`, `*.yaml` in its workflows folder) → the Octo STS steps in them and every way each
// can run (src/workflows/model.ts). Files are read through the workspace's reader (size-capped,
// links kept inside); what cannot be known is a Notice, never a guess.





/** Workflow files read; a repository with more is cut here, and says so. */
const MAX_FILES = 500;
/** Octo STS steps checked in one repository. */
const MAX_STEPS_TOTAL = 1000;
/** Characters of one workflow file, whatever the reader allows. */
const MAX_WORKFLOW_CHARS = 1024 * 1024;
const join = (root, rel) => rel === '' ? root : root === '' || root === '.' ? rel : `${root.replace(/\/+$/, '')}/${rel}`;
const why = (e) => shownText(e instanceof Error ? e.message : String(e), 200);
/**
 * Reads the workflows in `dir` (relative to the repository root `root`, `/`-separated) of the
 * repository `repo`. Never throws for what the files hold.
 */
function readWorkflows(files, dir, repo, root = '.') {
    const notices = [];
    const folder = dir.replace(/^\.\/+/, '').replace(/\/+$/, '');
    let names;
    try {
        names = files.list(join(root, folder)).filter(n => /\.ya?ml$/.test(n));
    }
    catch (e) {
        const code = e.code;
        const absent = code === 'ENOENT' || code === 'ENOTDIR';
        notices.push({
            file: folder,
            message: absent
                ? `there is no folder ${shownText(folder, 300)}, so no workflow was checked.`
                : `${shownText(folder, 300)} could not be read (${why(e)}), so no workflow was checked.`
        });
        return { plans: [], notices, files: 0 };
    }
    names.sort();
    if (names.length > MAX_FILES) {
        notices.push({
            file: folder,
            message: `${shownText(folder, 300)} holds ${names.length} workflow files; only the first ${MAX_FILES} were read.`
        });
    }
    const workflows = new Map();
    for (const name of names.slice(0, MAX_FILES)) {
        const file = join(folder, name);
        const w = readOne(files, file, join(root, file), notices);
        if (w)
            workflows.set(file, w);
    }
    const local = localActions(files, root);
    const placements = new Placements(workflows, repo, notices);
    const plans = [];
    for (const w of workflows.values()) {
        const found = findActionSteps(w.root, w.file, repo, local);
        for (const p of found.problems) {
            notices.push({ file: w.file, at: p.at, message: `${shownText(w.file, 300)}: ${p.message}` });
        }
        for (const job of found.jobs) {
            const env = jobEnvironment(job.node, repo);
            for (const step of job.steps) {
                if (plans.length >= MAX_STEPS_TOTAL) {
                    notices.push({
                        file: w.file,
                        at: step.at,
                        message: `more than ${MAX_STEPS_TOTAL} Octo STS steps: this one and the rest were not checked.`
                    });
                    return read_workflows_report(plans, notices, workflows.size);
                }
                skippedInputs(step, notices);
                let presentations = [];
                if (env.kind === 'unknown') {
                    notices.push({
                        file: w.file,
                        at: step.at,
                        message: `${stepName(step)}: ${env.reason}; the subject it presents depends on it, so it was not checked.`
                    });
                }
                else {
                    presentations = placements.of(w.file).map(p => present(p, w.file, env, repo));
                }
                plans.push({ step, presentations });
            }
        }
    }
    return read_workflows_report(plans, notices, workflows.size);
}
function read_workflows_report(plans, notices, files) {
    const seen = new Set();
    const once = notices.filter(n => {
        const key = `${n.file}\n${n.at?.line ?? ''}:${n.at?.column ?? ''}\n${n.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
    return { plans, notices: once, files };
}
/** A step in words, for notices: where it is and what it is called. */
const stepName = (step) => `${shownText(step.file, 300)} job ${step.job}, step \`${step.label}\``;
/** One notice for a step whose scope, identity, domain or audience the files cannot tell. */
function skippedInputs(step, notices) {
    const unknown = ['scope', 'identity', 'domain', 'audience'].flatMap(name => {
        const v = step[name];
        return v.kind === 'unknown' ? [`\`${name}\` is \`${shownText(v.text)}\`, ${v.why}`] : [];
    });
    if (unknown.length === 0)
        return;
    notices.push({
        file: step.file,
        at: step.at,
        message: `${stepName(step)}: ${unknown.join('; ')}, which the files cannot tell, so its policy cannot be checked here.`
    });
}
function readOne(files, file, path, notices) {
    const fail = (reason) => void notices.push({
        file,
        message: `${shownText(file, 300)} was not read (${reason}), so its steps were not checked.`
    });
    const kind = files.kind(path);
    if (kind !== 'file') {
        return fail(kind === 'outside'
            ? 'it is a link to outside the workspace'
            : kind === 'dir'
                ? 'it is a directory'
                : 'it is not a regular file');
    }
    let text;
    try {
        text = files.read(path);
    }
    catch (e) {
        return fail(why(e));
    }
    if (text.length > MAX_WORKFLOW_CHARS) {
        return fail(`larger than ${MAX_WORKFLOW_CHARS / 1024} KiB`);
    }
    const read = readWorkflowFile(text, file);
    if (!read.ok) {
        notices.push(read.notice);
        return undefined;
    }
    return { file, root: read.root, triggers: readTriggers(read.root) };
}
/** Which client each local action folder is, from its action.yml's `name:` (read once). */
function localActions(files, root) {
    const cache = new Map();
    return folder => {
        if (cache.has(folder))
            return cache.get(folder);
        let client;
        for (const name of ['action.yml', 'action.yaml']) {
            const path = join(root, join(folder, name));
            if (files.kind(path) !== 'file')
                continue;
            try {
                const read = readWorkflowFile(files.read(path), join(folder, name));
                const title = read.ok ? scalar(entry(read.root, 'name')) : undefined;
                client =
                    title !== undefined && Object.hasOwn(ACTION_NAMES, title)
                        ? ACTION_NAMES[title]
                        : undefined;
            }
            catch {
                client = undefined;
            }
            break;
        }
        cache.set(folder, client);
        return client;
    };
}

;// CONCATENATED MODULE: ./src/cli/validate-workflows.ts
// `octo-sts-token validate`'s workflow check: the workflows folder read, the facts from the
// flags, the environment and the git checkout (src/workflows/facts.ts), every Octo STS step
// decided against the policies just validated (src/validation/workflow-check.ts), printed one
// finding a line as `file:line:column: error|warning|note: message`, the facts on stderr.







const DEFAULT_WORKFLOWS_PATH = '.github/workflows';
const MAX_MESSAGE = 2000;
/** `file:line:column: severity: message`, every part inert. */
const workflowLine = (f) => `${(0,policy_files/* shown */.SP)(f.file)}:${f.line ?? 1}:${f.column ?? 1}: ${f.severity}: ${(0,neutralize/* sanitize */.a)(f.message, MAX_MESSAGE)}`;
/** Checks the workflows of `run.dir`; prints findings on stdout and the facts on stderr. */
async function validateWorkflowFolder(io, run) {
    const path = (0,external_node_path_.resolve)(io.cwd, run.dir);
    const folder = (0,workspace/* isWithin */.UO)(io.cwd, path) ? (0,policy_files/* toPosix */.d7)((0,external_node_path_.relative)(io.cwd, path)) || '.' : (0,policy_files/* toPosix */.d7)(run.dir);
    const one = (severity, message) => {
        io.stdout(`${(0,policy_files/* shown */.SP)(folder)}:1:1: ${severity}: ${message}\n`);
        return severity === 'error' ? { errors: 1, warnings: 0 } : { errors: 0, warnings: 1 };
    };
    if (!(0,workspace/* isWithin */.UO)(io.cwd, path)) {
        return one('error', `${(0,policy_files/* shown */.SP)(folder)} is outside the current directory: run the command at the repository's root, whose workflows and policies are checked together.`);
    }
    const fs = (0,policy_files/* nodeFiles */.kT)(io.cwd);
    const kind = fs.kind(path);
    if (kind !== 'dir') {
        return one('error', kind === 'outside'
            ? `${(0,policy_files/* shown */.SP)(folder)} is a link to outside ${(0,policy_files/* shown */.SP)(io.cwd)}: refused, nothing in it was read.`
            : `No workflows folder ${(0,policy_files/* shown */.SP)(folder)}: no workflow was checked.`);
    }
    const { facts, problems } = run.gathered;
    if (facts === undefined) {
        const why = problems.map(p => (0,neutralize/* sanitize */.a)(p, MAX_MESSAGE)).join(' ');
        return one(run.explicit ? 'error' : 'warning', `the workflows were not checked: ${why} Or pass --workflows '' to turn the workflow check off.`);
    }
    for (const line of facts.said)
        io.stderr(`${(0,neutralize/* sanitize */.a)(line, MAX_MESSAGE)}\n`);
    const check = await checkWorkflows({
        workflows: readWorkflows(fs, folder, facts.repository, io.cwd),
        facts,
        policies: run.policies,
        read: file => fs.read((0,external_node_path_.join)(io.cwd, file)),
        exists: file => fs.kind((0,external_node_path_.join)(io.cwd, file)) === 'file',
        ...(run.orgPolicyRepo !== undefined ? { orgPolicyRepo: run.orgPolicyRepo } : {}),
        engine: run.engine,
        predict: predicted_token/* predictPresentation */.qp
    });
    const tally = { errors: 0, warnings: 0 };
    for (const f of check.findings) {
        if (f.severity === 'error')
            tally.errors++;
        else if (f.severity === 'warning')
            tally.warnings++;
        io.stdout(`${workflowLine(f)}\n`);
    }
    io.stderr(`${countLine(check)}\n`);
    return tally;
}

;// CONCATENATED MODULE: ./src/cli/validate.ts
// `octo-sts-token validate [PATH…]`: the validate action's checks, one finding a line in the
// form editors and pre-commit hooks read (`file:line:column: error|warning: message`).










const validate_MAX_MESSAGE = 1000;
const VALIDATE_USAGE = `Usage: octo-sts-token validate [--org-policies auto|true|false] [--org-policy-repository R] [--timeout-seconds N] [--workflows DIR] [workflow options] [PATH…]

Checks trust policies (*.sts.yaml) and the org issuer allowlist (trusted-token-issuers.yaml)
the way the Octo STS server reads them, and the workflows' Octo STS steps against the policies
they name. A PATH is a policy file or a folder of them; with none, ${policy_files/* DEFAULT_POLICY_PATH */.lo} and
${DEFAULT_WORKFLOWS_PATH} under the current directory (the repository's root), each when there.

Prints one finding a line, as file:line:column: error|warning|note: message. A workflow step
is an error when its policy refuses every way its job runs, a warning when it refuses some.

Options:
  --org-policies auto|true|false  whether the policies are org policies (read from the org's
                                  .github repository, where \`repositories\` is allowed);
                                  auto: when the path is in a checkout named .github
  --org-policy-repository R       the name \`auto\` looks for instead of .github: the
                                  server's ORG_POLICY_REPO (compared exactly)
  --timeout-seconds N             the time limit for the whole run, 1 to ${names/* MAX_TIMEOUT_SECONDS */.Pe} (default ${names/* DEFAULT_TIMEOUT_SECONDS */.KU});
                                  a file not reached by then is an error
  --workflows DIR                 check the workflows in DIR (relative to the current
                                  directory, the repository's root); empty: no workflow check
  -h, --help                      show this help

Workflow options (what the files do not say; each is said on stderr, known or assumed):
${FACT_FLAGS_USAGE}
Exit status: 0 no errors (warnings allowed), 1 any error, 2 a usage error.
`;
const exists = (path) => {
    try {
        (0,external_node_fs_.lstatSync)(path);
        return true;
    }
    catch {
        return false;
    }
};
const count = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
/** The root links must not leave: the current directory, or the path itself when outside it. */
const rootFor = (cwd, path, isDir) => (0,workspace/* isWithin */.UO)(cwd, path) ? cwd : isDir ? path : (0,external_node_path_.dirname)(path);
/** Checks one PATH; a path that is not there or cannot be listed is one error finding. */
async function checkPath(io, input, org, orgPolicyRepo, engine, here) {
    const path = (0,external_node_path_.resolve)(io.cwd, input);
    // The repository at the current directory is that of the policies below it only.
    const facts = (0,workspace/* isWithin */.UO)(io.cwd, path) ? here : undefined;
    // Named relative to the current directory when inside it; otherwise as typed, not `../../x`.
    const file = (0,workspace/* isWithin */.UO)(io.cwd, path) ? (0,policy_files/* toPosix */.d7)((0,external_node_path_.relative)(io.cwd, path)) || '.' : (0,policy_files/* toPosix */.d7)(input);
    const isOrgPolicy = org ?? (0,policy_files/* isOrgPolicyPath */.OE)(path, orgPolicyRepo);
    const probe = (0,policy_files/* nodeFiles */.kT)(rootFor(io.cwd, path, true));
    const kind = probe.kind(path);
    const fail = (message) => [
        { file, identity: '', problems: [{ severity: 'error', message, line: 1 }] }
    ];
    if (kind === 'dir') {
        const root = rootFor(io.cwd, path, true);
        const fs = (0,policy_files/* nodeFiles */.kT)(root);
        let names;
        try {
            names = fs.list(path);
        }
        catch (e) {
            if (e instanceof workspace/* OutsideWorkspaceError */.v$)
                return fail(`${(0,policy_files/* shown */.SP)(file)} is a link to outside ${(0,policy_files/* shown */.SP)(root)}: refused.`);
            return fail(`cannot list ${(0,policy_files/* shown */.SP)(file)}: ${(0,neutralize/* sanitize */.a)(String(e?.message ?? e), 200)}`);
        }
        const { files } = await (0,policy_files/* checkPolicyFolder */.hw)(fs, path, io.cwd, names, isOrgPolicy, engine, facts);
        if (files.length === 0) {
            return [
                {
                    file,
                    identity: '',
                    problems: [
                        {
                            severity: 'warning',
                            message: `No *.sts.yaml files in ${(0,policy_files/* shown */.SP)(file)}: nothing to validate. Policies are named {identity}.sts.yaml.`
                        }
                    ]
                }
            ];
        }
        return files;
    }
    const fs = (0,policy_files/* nodeFiles */.kT)(rootFor(io.cwd, path, false));
    if (kind === 'other' && !exists(path)) {
        // Nothing checked is not a pass: a mistyped path must fail a pre-commit hook.
        return fail(`No such policy file or folder ${(0,policy_files/* shown */.SP)(file)}: nothing was validated (policies live in ${policy_files/* DEFAULT_POLICY_PATH */.lo}).`);
    }
    return [
        (0,external_node_path_.basename)(path) === policy_files/* ALLOWLIST_FILE */.xW
            ? await (0,policy_files/* checkAllowlistFile */.uH)(fs, path, file, engine)
            : await (0,policy_files/* checkPolicyFile */.BZ)(fs, path, file, isOrgPolicy, engine, facts)
    ];
}
/** `file:line:column: severity: message`, every part inert. */
function findingLine(file, p) {
    const at = `${p.line ?? 1}:${p.column ?? 1}`;
    return `${(0,policy_files/* shown */.SP)(file)}:${at}: ${p.severity}: ${(0,neutralize/* sanitize */.a)(p.message, validate_MAX_MESSAGE)}`;
}
const validate = (args, io) => (0,cli_args/* withArgs */.qm)('validate', VALIDATE_USAGE, {
    'org-policies': { type: 'string' },
    'org-policy-repository': { type: 'string' },
    'timeout-seconds': { type: 'string' },
    workflows: { type: 'string' },
    ...Object.fromEntries(FACT_FLAGS.map(name => [name, { type: 'string' }]))
}, args, io, async (values, positionals) => {
    const raw = ((0,cli_args/* str */.gx)(values, 'org-policies') ?? 'auto').toLowerCase();
    if (!['auto', 'true', 'false'].includes(raw)) {
        throw new cli_args/* UsageError */.eb(`--org-policies must be auto, true or false, not "${(0,neutralize/* sanitize */.a)(raw, 40)}".`);
    }
    const org = raw === 'auto' ? undefined : raw === 'true';
    const orgPolicyRepo = (0,cli_args/* str */.gx)(values, 'org-policy-repository');
    const problem = orgPolicyRepo === undefined ? undefined : (0,names/* validateOrgPolicyRepo */.R8)(orgPolicyRepo);
    if (problem)
        throw new cli_args/* UsageError */.eb(`--org-policy-repository ${problem}`);
    const timeout = (0,names/* parseTimeout */.ZZ)((0,cli_args/* str */.gx)(values, 'timeout-seconds') ?? '');
    if (timeout.problem)
        throw new cli_args/* UsageError */.eb(`--timeout-seconds ${timeout.problem}`);
    const engine = {
        deadline: io.clock.now() + timeout.seconds * 1000,
        now: io.clock.now,
        ...(io.sandbox ? { sandbox: io.sandbox } : {})
    };
    const flags = {};
    for (const name of FACT_FLAGS) {
        const value = (0,cli_args/* str */.gx)(values, name);
        if (value !== undefined)
            flags[name] = value;
    }
    const given = (0,cli_args/* str */.gx)(values, 'workflows');
    // At a repository's root, with no PATH: its policies and its workflows, each when there.
    const root = positionals.length === 0;
    const present = (dir) => exists((0,external_node_path_.resolve)(io.cwd, dir));
    const workflowsDir = given !== undefined
        ? given || undefined
        : root && present(DEFAULT_WORKFLOWS_PATH)
            ? DEFAULT_WORKFLOWS_PATH
            : undefined;
    const paths = positionals.length
        ? positionals
        : workflowsDir !== undefined && !present(policy_files/* DEFAULT_POLICY_PATH */.lo)
            ? []
            : [policy_files/* DEFAULT_POLICY_PATH */.lo];
    const workflows = workflowsDir === undefined
        ? undefined
        : {
            dir: workflowsDir,
            explicit: given !== undefined,
            ...(orgPolicyRepo !== undefined ? { orgPolicyRepo } : {})
        };
    // The repository's facts: for its workflows, and for its pull request subject's warning.
    const gathered = cliFacts(flags, io.cwd, io.env);
    const problems = gathered.problems.map(p => (0,neutralize/* sanitize */.a)(p, validate_MAX_MESSAGE)).join(' ');
    if (gathered.facts ? problems : flags.repository !== undefined && problems) {
        throw new cli_args/* UsageError */.eb(problems);
    }
    return validatePaths(io, paths, org, orgPolicyRepo, engine, gathered, workflows);
}, { positionals: true });
/** Checks every path, one finding a line on stdout and the totals on stderr. */
async function validatePaths(io, paths, org, orgPolicyRepo, engine, gathered, workflows) {
    let errors = 0;
    let warnings = 0;
    let checked = 0;
    const policies = [];
    for (const input of paths) {
        for (const report of await checkPath(io, input, org, orgPolicyRepo, engine, gathered.facts)) {
            policies.push(report);
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
    if (workflows) {
        const tally = await validateWorkflowFolder(io, { ...workflows, policies, engine, gathered });
        errors += tally.errors;
        warnings += tally.warnings;
    }
    io.stderr(`Checked ${checked === 1 ? '1 file' : `${checked} files`}${workflows ? ` and the workflows in ${(0,policy_files/* shown */.SP)(workflows.dir)}` : ''}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.\n`);
    return errors > 0 ? cli_io/* EXIT */.d.failed : cli_io/* EXIT */.d.ok;
}


/***/ }),

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
