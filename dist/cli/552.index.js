export const id = 552;
export const ids = [552];
export const modules = {

/***/ 4552:
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
// EXTERNAL MODULE: ./src/validation/policy-files.ts + 1 modules
var policy_files = __webpack_require__(6552);
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
    return branch !== undefined && isBranchName(branch) ? branch : undefined;
}
/** A name git accepts for a branch (the parts of check-ref-format that matter here). */
function isBranchName(name) {
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

const GITHUB_SERVER_URL = 'https://github.com';
const GHE_COM = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.ghe\.com$/;
/** The server at `url` (an http(s) URL with nothing but a host); undefined when it is not one. */
function gitHubServer(url) {
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
/** Immutable subjects are a github.com feature; GitHub Enterprise Server has only names. */
const hasImmutableSubjects = (server) => server.kind !== 'ghes';

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
async function fetchCustomization(http, apiUrl, owner, repo, token, timeoutMs = CUSTOMIZATION_TIMEOUT_MS) {
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

;// CONCATENATED MODULE: ./src/workflows/subject-facts.ts
// What both front ends of the facts share (action-facts.ts, cli-facts.ts): the result's shape,
// the subject template as a user states it, repository names, and the lines that say how each
// fact was known. Every value shown comes from the environment, a file or a server: sanitized.




const show = (value) => (0,neutralize/* sanitize */.a)(value, 100);
const list = (keys) => keys.join(', ');
/** `subject-claim-keys` as given: the keys, `default`, or nothing; the problem when invalid. */
function parseClaimKeys(raw) {
    const text = raw.trim();
    if (text === '')
        return {};
    if (text.toLowerCase() === 'default')
        return { keys: 'default' };
    const keys = text.split(/[\s,]+/).filter(k => k !== '');
    const bad = keys.find(k => !CLAIM_KEY.test(k));
    const why = bad !== undefined
        ? `holds ${JSON.stringify(show(bad))}: a claim key is letters, digits and \`_\``
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
function splitRepository(value) {
    const [owner = '', repo = '', extra] = (value ?? '').split('/');
    return extra === undefined && repositoryName(owner, repo) ? { owner, repo } : undefined;
}
const sameRepository = (a, b) => a.owner.toLowerCase() === b.owner.toLowerCase() && a.repo.toLowerCase() === b.repo.toLowerCase();
/** The lines about the form and the template, once the facts are gathered. */
function formLines(form, formSource, formUnknown, ids) {
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
function templateLine(keys, source, orgTemplate, words) {
    if (keys !== undefined)
        return `Subject template: ${list(keys)} (${source}).`;
    if (source !== undefined)
        return `Subject template: GitHub's default (${source}).`;
    const set = (0,vocabulary/* speak */.Lr)(vocabulary.W.setting('subject-claim-keys'), words);
    return orgTemplate
        ? `Assumed GitHub's default subject template: the repository follows its organization's template, which was not read (set ${set} if it customizes the subject).`
        : `Assumed GitHub's default subject template (set ${set} if the repository customizes it).`;
}
const idsLine = (ids, source) => `Repository IDs: owner ${ids.ownerId}, repository ${ids.repoId} (${source}).`;
const serverLine = (server, source) => `Issuer: ${server.issuer} (${server.kind === 'ghes' ? `GitHub Enterprise Server at ${server.host}` : server.host}, ${source}).`;

;// CONCATENATED MODULE: ./src/workflows/cli-facts.ts
// The facts for `octo-sts-token validate`: its flags first, then the environment
// (GITHUB_REPOSITORY and its IDs, GITHUB_SERVER_URL), then the git checkout (the `origin`
// remote and `origin/HEAD`).





/** The flags, for a command's parseArgs options and its usage text. */
const FACT_FLAGS = (/* unused pure expression or super */ null && ([
    'repository',
    'default-branch',
    'owner-id',
    'repository-id',
    'subject-form',
    'server-url',
    'subject-claim-keys'
]));
const FACT_FLAGS_USAGE = (/* unused pure expression or super */ null && (`  --repository OWNER/REPO         the repository the workflows belong to (default
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
`));
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
    const envRepo = splitRepository(env.GITHUB_REPOSITORY);
    if (flag('repository')) {
        repository = splitRepository(flag('repository'));
        if (!repository)
            return {
                problems: [
                    `--repository is "${show(flag('repository'))}": expected OWNER/REPO, e.g. acme/widgets.`
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
        const s = gitHubServer(flag('server-url'));
        if (!s)
            problems.push(`--server-url is "${show(flag('server-url'))}": expected a URL such as https://github.example.com.`);
        server = s ?? gitHubServer(GITHUB_SERVER_URL);
        said.push(serverLine(server, s ? '--server-url' : 'assumed'));
    }
    else if (env.GITHUB_SERVER_URL && gitHubServer(env.GITHUB_SERVER_URL)) {
        server = gitHubServer(env.GITHUB_SERVER_URL);
        said.push(serverLine(server, 'GITHUB_SERVER_URL'));
    }
    else if (fromRemote) {
        const host = gitFacts().remote.host;
        server = gitHubServer(`https://${host === 'ssh.github.com' ? 'github.com' : host}`);
        said.push(serverLine(server, server.kind === 'ghes'
            ? "the origin remote's host; pass --server-url if it is not a GitHub Enterprise Server"
            : "the origin remote's host"));
    }
    else {
        server = gitHubServer(GITHUB_SERVER_URL);
        said.push(serverLine(server, 'assumed; pass --server-url for another GitHub'));
    }
    // The IDs: both flags, or the runner's when they are this repository's.
    let ids;
    const ownerId = flag('owner-id');
    const repoId = flag('repository-id');
    if (ownerId || repoId) {
        const bad = [
            ...(ownerId && !ID.test(ownerId) ? [`--owner-id is "${show(ownerId)}"`] : []),
            ...(repoId && !ID.test(repoId) ? [`--repository-id is "${show(repoId)}"`] : [])
        ];
        if (bad.length)
            problems.push(`${bad.join(' and ')}: an ID is a number, e.g. 1000001 (\`gh api repos/OWNER/REPO --jq '.owner.id, .id'\`).`);
        else if (!ownerId || !repoId)
            problems.push(`--owner-id and --repository-id go together: give both (\`gh api repos/${repository.owner}/${repository.repo} --jq '.owner.id, .id'\`).`);
        else {
            ids = { ownerId, repoId };
            said.push(idsLine(ids, '--owner-id, --repository-id'));
        }
    }
    else if (envRepo && sameRepository(envRepo, repository) && (0,subject_form/* idsFromEnv */.w$)(env)) {
        ids = (0,subject_form/* idsFromEnv */.w$)(env);
        said.push(idsLine(ids, 'GITHUB_REPOSITORY_OWNER_ID, GITHUB_REPOSITORY_ID'));
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
        problems.push(`--subject-form is "${show(flag('subject-form'))}": expected immutable, name-only or auto.`);
    }
    if (form === undefined && !hasImmutableSubjects(server)) {
        form = 'name-only';
        formSource = 'GitHub Enterprise Server has no immutable subjects';
    }
    said.push(...formLines(form, formSource, ids
        ? 'pass --subject-form to say which'
        : 'pass --subject-form, and --owner-id and --repository-id to check the immutable form', ids));
    // The default branch: the flag, else origin/HEAD when origin is this repository.
    const branchFlag = flag('default-branch');
    if (branchFlag) {
        if (isBranchName(branchFlag)) {
            repository.defaultBranch = branchFlag;
            said.push(`Default branch: ${show(branchFlag)} (--default-branch).`);
        }
        else
            problems.push(`--default-branch is "${show(branchFlag)}": not a branch name.`);
    }
    else {
        const remote = gitFacts().remote;
        const other = remote !== undefined && !sameRepository(remote, repository);
        const branch = gitFacts().defaultBranch;
        if (!other && branch !== undefined) {
            repository.defaultBranch = branch;
            said.push(`Default branch: ${show(branch)} (origin/HEAD).`);
        }
        else {
            const why = other
                ? `origin is ${remote.owner}/${remote.repo}, another repository`
                : gitFacts().defaultBranchUnknown;
            said.push(`Default branch unknown (${why}): pass --default-branch.`);
        }
    }
    // The template.
    const given = parseClaimKeys(flag('subject-claim-keys'));
    if (given.problem)
        problems.push(`${(0,vocabulary/* speak */.Lr)(vocabulary.W.setting('subject-claim-keys'), vocabulary/* FLAGS */.Wg)} ${given.problem}`);
    const claimKeys = Array.isArray(given.keys) ? given.keys : undefined;
    said.push(templateLine(claimKeys, given.keys !== undefined ? '--subject-claim-keys' : undefined, false, vocabulary/* FLAGS */.Wg));
    return {
        facts: {
            repository,
            ...(ids ? { ids } : {}),
            ...(form ? { form } : {}),
            issuer: server.issuer,
            ...(claimKeys ? { claimKeys } : {}),
            said
        },
        problems
    };
}

;// CONCATENATED MODULE: ./src/cli/validate.ts
// `octo-sts-token validate [PATH…]`: the validate action's checks, one finding a line in the
// form editors and pre-commit hooks read (`file:line:column: error|warning: message`).









const MAX_MESSAGE = 1000;
const VALIDATE_USAGE = `Usage: octo-sts-token validate [--org-policies auto|true|false] [--org-policy-repository R] [--timeout-seconds N] [PATH…]

Checks trust policies (*.sts.yaml) and the org issuer allowlist (trusted-token-issuers.yaml)
the way the Octo STS server reads them. A PATH is a policy file or a folder of them; with
none, ${policy_files/* DEFAULT_POLICY_PATH */.lo} under the current directory.

Prints one finding a line, as file:line:column: error|warning: message.

Options:
  --org-policies auto|true|false  whether the policies are org policies (read from the org's
                                  .github repository, where \`repositories\` is allowed);
                                  auto: when the path is in a checkout named .github
  --org-policy-repository R       the name \`auto\` looks for instead of .github: the
                                  server's ORG_POLICY_REPO (compared exactly)
  --timeout-seconds N             the time limit for the whole run, 1 to ${names/* MAX_TIMEOUT_SECONDS */.Pe} (default ${names/* DEFAULT_TIMEOUT_SECONDS */.KU});
                                  a file not reached by then is an error
  -h, --help                      show this help

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
    return `${(0,policy_files/* shown */.SP)(file)}:${at}: ${p.severity}: ${(0,neutralize/* sanitize */.a)(p.message, MAX_MESSAGE)}`;
}
const validate = (args, io) => (0,cli_args/* withArgs */.qm)('validate', VALIDATE_USAGE, {
    'org-policies': { type: 'string' },
    'org-policy-repository': { type: 'string' },
    'timeout-seconds': { type: 'string' }
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
    const paths = positionals.length ? positionals : [policy_files/* DEFAULT_POLICY_PATH */.lo];
    return validatePaths(io, paths, org, orgPolicyRepo, engine);
}, { positionals: true });
/** Checks every path, one finding a line on stdout and the totals on stderr. */
async function validatePaths(io, paths, org, orgPolicyRepo, engine) {
    let errors = 0;
    let warnings = 0;
    let checked = 0;
    const { facts } = cliFacts({}, io.cwd, io.env);
    for (const input of paths) {
        for (const report of await checkPath(io, input, org, orgPolicyRepo, engine, facts)) {
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
    return errors > 0 ? cli_io/* EXIT */.d.failed : cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 6552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xW: () => (/* binding */ ALLOWLIST_FILE),
  lo: () => (/* binding */ DEFAULT_POLICY_PATH),
  T9: () => (/* binding */ POLICY_SUFFIX),
  uH: () => (/* binding */ checkAllowlistFile),
  BZ: () => (/* binding */ checkPolicyFile),
  hw: () => (/* binding */ checkPolicyFolder),
  OE: () => (/* binding */ isOrgPolicyPath),
  kT: () => (/* binding */ nodeFiles),
  SP: () => (/* binding */ shown),
  d7: () => (/* binding */ toPosix)
});

// UNUSED EXPORTS: notChecked

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/sts/request.ts
var request = __webpack_require__(8329);
// EXTERNAL MODULE: ./src/policy/sandbox.ts + 1 modules
var sandbox = __webpack_require__(6181);
// EXTERNAL MODULE: ./src/log/neutralize.ts
var neutralize = __webpack_require__(2339);
// EXTERNAL MODULE: ./src/policy/subject-form.ts
var subject_form = __webpack_require__(517);
;// CONCATENATED MODULE: ./src/workflows/predicted-token.ts
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
            const custom = customSubject(facts.claimKeys, repositorySegment(owner, repo, ids), presentation, claims);
            if ('unknown' in custom) {
                const forTrigger = presentation.unknownClaims?.includes(custom.unknown);
                unpredictable.push(`The subject template names \`${custom.unknown}\`, whose value ${forTrigger ? `is not known for ${presentation.trigger}` : 'the workflow files do not tell'}: the subject cannot be predicted, so it is not checked.`);
                // The same key is missing in every form.
                break;
            }
            sub = custom.sub;
        }
        else {
            sub = formatSubject({ owner, repo, rest: presentation.context }, ids);
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

// EXTERNAL MODULE: ./src/workspace.ts
var src_workspace = __webpack_require__(3338);
;// CONCATENATED MODULE: ./src/validation/policy-files.ts
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
        list: dir => (0,external_node_fs_.readdirSync)((0,src_workspace/* realPathWithin */.Nm)(workspace, dir)).sort(),
        kind: path => {
            let real;
            try {
                real = (0,src_workspace/* realPathWithin */.Nm)(workspace, path);
            }
            catch (e) {
                if (e instanceof src_workspace/* OutsideWorkspaceError */.v$)
                    return 'outside';
                return 'other'; // a broken link or a link loop
            }
            const st = (0,external_node_fs_.statSync)(real);
            return st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
        },
        read: path => {
            const text = (0,src_workspace/* readSmallFile */.EW)(path, src_workspace/* MAX_POLICY_BYTES */.mk, workspace);
            if (text === undefined)
                throw new Error('it is gone');
            return text;
        }
    };
}
const toPosix = (p) => p.split(external_node_path_.sep).join('/');
/** A name or path from the repository, as one inert line. */
const shown = (path) => (0,neutralize/* sanitize */.a)(path, MAX_NAME);
/** Why a file could not be read or checked, as one inert line. */
const why = (e) => (0,neutralize/* sanitize */.a)(e instanceof Error ? e.message : String(e), 200);
/** A file that is a link leaving the workspace: never read. */
const outsideWorkspace = (file) => `${shown(file)} is a link to outside the workspace: refused, nothing of it was read. The server reads only files in the repository.`;
const ALLOWLIST_FILE = request/* ALLOWLIST_PATH */.ch.split('/').pop();
/** A file the time limit left unchecked: not a pass. */
const notChecked = (file) => `${shown(file)} was not checked: the time limit (timeout-seconds) was reached first. Raise it, or validate fewer files at a time.`;
/** A lint job on `file`'s text: its problems, or the one problem saying why there are none. */
async function lint(engine, file, name, args) {
    const one = (severity, message) => [
        { severity, message, line: 1 }
    ];
    if (engine.deadline !== undefined && (engine.now ?? Date.now)() >= engine.deadline)
        return one('error', notChecked(file));
    const outcome = await (engine.sandbox ?? sandbox/* inThreadSandbox */.Td).run(name, args, engine.deadline);
    if (outcome.ok)
        return outcome.value;
    if (outcome.costly !== undefined)
        return one('warning', (0,sandbox/* tooCostly */.fE)(shown(file), outcome.costly));
    throw new Error(outcome.why);
}
/**
 * One trust policy file at `path` (shown as `file`, relative to the workspace). With the facts
 * of the repository it is in (`repository`), a write token for its pull requests is warned of.
 */
async function checkPolicyFile(fs, path, file, isOrgPolicy, engine = {}, repository) {
    const name = (0,external_node_path_.basename)(path);
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
                    pullRequestContext(repository)
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
        const path = (0,external_node_path_.join)(dir, name);
        const file = toPosix((0,external_node_path_.relative)(workspace, path));
        if (!name.endsWith(POLICY_SUFFIX)) {
            if (/\.sts(\.ya?ml|\.json)?$/i.test(name))
                misnamed.push(file);
            continue;
        }
        files.push(await checkPolicyFile(fs, path, file, isOrgPolicy, engine, repository));
    }
    const allowlist = names.includes(ALLOWLIST_FILE);
    if (allowlist) {
        const path = (0,external_node_path_.join)(dir, ALLOWLIST_FILE);
        files.push(await checkAllowlistFile(fs, path, toPosix((0,external_node_path_.relative)(workspace, path)), engine));
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
    return (0,request/* hostsOrgPolicies */.q8)(`owner/${parts[at - 2] ?? ''}`, orgPolicyRepo);
}


/***/ })

};
