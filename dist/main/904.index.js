export const id = 904;
export const ids = [904];
export const modules = {

/***/ 6904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  INSTALLATION_PERMISSIONS: () => (/* reexport */ INSTALLATION_PERMISSIONS),
  PERMISSION_LEVELS: () => (/* reexport */ PERMISSION_LEVELS),
  audiences: () => (/* reexport */ audiences),
  checkToken: () => (/* reexport */ checkToken),
  compileAnchored: () => (/* reexport */ compileAnchored),
  compilePartial: () => (/* reexport */ compilePartial),
  compilePolicy: () => (/* reexport */ compilePolicy),
  explainPolicy: () => (/* reexport */ explainPolicy),
  explainToken: () => (/* reexport */ explainToken),
  goQuote: () => (/* reexport */ goQuote),
  hasTopLevelAlternation: () => (/* reexport */ hasTopLevelAlternation),
  isValidAudience: () => (/* reexport */ isValidAudience),
  isValidIssuer: () => (/* reexport */ isValidIssuer),
  isValidSubject: () => (/* reexport */ isValidSubject),
  lintPolicy: () => (/* reexport */ lintPolicy),
  parsePolicy: () => (/* reexport */ parsePolicy)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/goformat.ts
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

;// CONCATENATED MODULE: ./src/policy/parse.ts
// Reads a trust policy file the way the server does: sigs.k8s.io/yaml UnmarshalStrict, i.e.
// YAML 1.1 (yaml.v2) converted to JSON and decoded by Go's encoding/json with unknown fields
// disallowed. What that means in practice, and what this reproduces:
// - any unknown key, at any level, fails the whole policy (`permissions` included);
// - struct keys match case-insensitively (`Subject:` works), map keys (`claim_pattern`) do not;
// - a number or boolean where a string is expected becomes that string (`yes` → "true",
//   `0777` → "511", `1.50` → "1.5"); a mapping or list where a string is expected fails;
// - `null`/empty values leave a field unset; duplicate keys fail; only the first document is read;
// - `repositories` exists only in org policies (the org's `.github` repository).
// Every field keeps its line and column so problems can be annotated at `file:line`.



const STRING_FIELDS = [
    'issuer',
    'issuer_pattern',
    'subject',
    'subject_pattern',
    'audience',
    'audience_pattern'
];
const TOP_LEVEL_KEYS = [...STRING_FIELDS, 'claim_pattern', 'permissions', 'repositories'];
// yaml.v2 has no sexagesimal numbers and keeps timestamps as strings when decoding into
// interface{}: drop those YAML 1.1 tags so `1:20` and `2024-01-01` stay strings.
const yamlV2Tags = (tags) => tags.filter(t => {
    const tag = t;
    return tag.format !== 'TIME' && tag.tag !== 'tag:yaml.org,2002:timestamp';
});
/** Go's JSON decoder folds ASCII case when no key matches exactly. */
function matchKey(key, known) {
    let folded;
    for (const k of known) {
        if (k === key)
            return k;
        if (folded === undefined && k.toLowerCase() === key.toLowerCase())
            folded = k;
    }
    return folded;
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
const ALIASES = {
    iss: 'issuer',
    sub: 'subject',
    aud: 'audience',
    claims: 'claim_pattern',
    claim_patterns: 'claim_pattern',
    permission: 'permissions',
    repos: 'repositories'
};
class Reader {
    doc;
    lines;
    errors = [];
    warnings = [];
    positions = {};
    constructor(doc, lines) {
        this.doc = doc;
        this.lines = lines;
    }
    pos(node) {
        const offset = node?.range?.[0];
        if (offset === undefined)
            return undefined;
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
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
    resolve(node) {
        let n = node;
        for (let i = 0; i < 100 && (0,dist/* isAlias */.Vj)(n); i++) {
            const target = n.resolve(this.doc);
            if (!target) {
                this.problem('error', `YAML error: unknown anchor ${goQuote(n.source)} referenced.`, undefined, this.pos(n));
                return null;
            }
            n = target;
        }
        return n ?? null;
    }
    /** A map key as Go's YAML-to-JSON conversion spells it; undefined when it cannot be one. */
    keyString(key, where) {
        const node = this.resolve(key);
        if ((0,dist/* isScalar */.jn)(node)) {
            const v = node.value;
            if (typeof v === 'string')
                return v;
            if (typeof v === 'bigint')
                return v.toString();
            if (typeof v === 'boolean')
                return v ? 'true' : 'false';
            if (typeof v === 'number') {
                if (Number.isInteger(v) && !/[.eE]/.test(node.source ?? ''))
                    return String(v);
                if (v === Infinity)
                    return '.inf';
                if (v === -Infinity)
                    return '-.inf';
                if (Number.isNaN(v))
                    return '.nan';
                return formatFloat32(v);
            }
        }
        this.problem('error', `${where}: a key must be a string, number or boolean (got ${node ? describe(node) : 'null'})`, undefined, this.pos(node));
        return undefined;
    }
    /** The entries of a mapping, merge keys (`<<`) applied the YAML 1.1 way. */
    entries(map, where) {
        const explicit = [];
        const merged = [];
        if (!(0,dist/* isMap */.jh)(map))
            return explicit;
        for (const pair of map.items) {
            if (!(0,dist/* isPair */.tO)(pair))
                continue;
            const keyNode = this.resolve(pair.key);
            if ((0,dist/* isScalar */.jn)(keyNode) && keyNode.source === '<<' && keyNode.type === 'PLAIN') {
                const sources = this.resolve(pair.value);
                const list = (0,dist/* isSeq */.oP)(sources) ? sources.items.map(i => this.resolve(i)) : [sources];
                for (const src of list) {
                    if ((0,dist/* isMap */.jh)(src))
                        merged.push(...this.entries(src, where));
                }
                continue;
            }
            const key = this.keyString(pair.key, where);
            if (key !== undefined)
                explicit.push({ key, pair, keyNode });
        }
        const seen = new Set(explicit.map(e => e.key));
        return [...explicit, ...merged.filter(m => !seen.has(m.key))];
    }
    /**
     * A value decoded into a Go string: scalars are converted, null leaves it unset (`undefined`),
     * collections fail. `nullAs` is what a null becomes (a map element gets "").
     */
    str(value, field, nullAs = undefined) {
        const node = this.resolve(value);
        if (node === null)
            return nullAs;
        if (!(0,dist/* isScalar */.jn)(node)) {
            this.problem('error', `${field} must be a string, not ${describe(node)}: the server cannot read this policy.`, field, this.pos(node));
            return undefined;
        }
        const v = node.value;
        if (v === null || v === undefined)
            return nullAs;
        let s;
        if (typeof v === 'string')
            return v;
        else if (typeof v === 'boolean')
            s = v ? 'true' : 'false';
        else if (typeof v === 'bigint')
            s = v.toString();
        else if (typeof v === 'number')
            s = Number.isInteger(v) && !/[.eE]/.test(node.source ?? '') ? String(v) : formatFloat32(v);
        else if (v instanceof Uint8Array)
            s = Buffer.from(v).toString('utf8');
        else
            s = String(v);
        const source = node.source ?? s;
        if (source !== s && typeof v !== 'object') {
            this.problem('warning', `${field}: the unquoted value ${source} is a YAML 1.1 ${typeof v === 'boolean' ? 'boolean' : 'number'}, which the server reads as the string ${goQuote(s)}; quote it if you meant ${goQuote(source)}.`, field, this.pos(node));
        }
        return s;
    }
    stringMap(value, field, known) {
        const node = this.resolve(value);
        if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return undefined;
        if (!(0,dist/* isMap */.jh)(node)) {
            this.problem('error', `${field} must be a mapping, not ${describe(node)}: the server cannot read this policy.`, field, this.pos(node));
            return undefined;
        }
        const out = {};
        const assigned = new Map();
        // Go marshals the converted map with sorted keys before decoding, so with case-folded
        // duplicates the last key in byte order wins.
        const entries = this.entries(node, field);
        const items = known
            ? entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
            : entries;
        for (const { key, pair, keyNode } of items) {
            const path = `${field}[${goQuote(key)}]`;
            let name = key;
            if (known) {
                const match = matchKey(key, known);
                if (match === undefined) {
                    const hint = suggestKey(key, known);
                    this.problem('error', `unknown permission ${goQuote(key)} in ${field}: the server rejects the whole policy.${hint ? ` Did you mean ${goQuote(hint)}?` : ' Use the snake_case names of GitHub App installation permissions (e.g. contents, pull_requests, issues).'}`, path, this.pos(keyNode));
                    continue;
                }
                if (match !== key) {
                    this.problem('warning', `${goQuote(key)} is read as ${goQuote(match)} (the server matches names case-insensitively); write ${goQuote(match)}.`, path, this.pos(keyNode));
                }
                const earlier = assigned.get(match);
                if (earlier !== undefined) {
                    this.problem('warning', `${goQuote(key)} and ${goQuote(earlier)} both set ${match}; the server uses ${goQuote(key)}. Keep one.`, path, this.pos(keyNode));
                }
                assigned.set(match, key);
                name = match;
            }
            const at = this.pos(keyNode);
            const fieldPath = `${field}[${goQuote(name)}]`;
            if (at)
                this.positions[fieldPath] = at;
            // A null map element becomes "" in Go; a null permission (a *string) stays unset.
            const valueNode = this.resolve(pair.value);
            const isNull = valueNode === null || ((0,dist/* isScalar */.jn)(valueNode) && valueNode.value === null);
            const v = this.str(pair.value, fieldPath, known ? undefined : '');
            if (v !== undefined)
                out[name] = v;
            else if (known && isNull) {
                this.problem('warning', `${fieldPath} has no value: the server ignores it.`, fieldPath, this.pos(keyNode));
            }
        }
        return out;
    }
    stringList(value, field) {
        const node = this.resolve(value);
        if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
            return undefined;
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.problem('error', `${field} must be a list of repository names, not ${describe(node)}: the server cannot read this policy.`, field, this.pos(node));
            return undefined;
        }
        return node.items.map((item, i) => {
            const path = `${field}[${i}]`;
            const at = this.pos(this.resolve(item) ?? item);
            if (at)
                this.positions[path] = at;
            return this.str(item, path, '') ?? '';
        });
    }
    policy(isOrgPolicy) {
        const root = this.resolve(this.doc.contents);
        if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
            return {};
        if (!(0,dist/* isMap */.jh)(root)) {
            this.problem('error', `a trust policy must be a YAML mapping (issuer:, subject:, …), not ${describe(root)}.`, undefined, this.pos(root));
            return undefined;
        }
        const known = isOrgPolicy
            ? TOP_LEVEL_KEYS
            : TOP_LEVEL_KEYS.filter(k => k !== 'repositories');
        const policy = {};
        const assigned = new Map();
        const items = this.entries(root, 'policy').sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
        for (const { key, pair, keyNode } of items) {
            const at = this.pos(keyNode);
            const match = matchKey(key, known);
            if (match === undefined) {
                if (!isOrgPolicy && matchKey(key, ['repositories'])) {
                    this.problem('error', `"repositories" is only allowed in an org policy (in the org's .github repository): the server rejects this policy. A repository's own policy always covers just that repository.`, key, at);
                    continue;
                }
                const hint = ALIASES[key.toLowerCase()] ?? suggestKey(key, known);
                this.problem('error', `unknown key ${goQuote(key)}: the server parses policies strictly and rejects the whole policy.${hint ? ` Did you mean ${goQuote(hint)}?` : ` Known keys: ${known.join(', ')}.`}`, key, at);
                continue;
            }
            if (match !== key) {
                this.problem('warning', `${goQuote(key)} is read as ${goQuote(match)} (the server matches keys case-insensitively); write ${goQuote(match)}.`, match, at);
            }
            const earlier = assigned.get(match);
            if (earlier !== undefined) {
                this.problem('warning', `${goQuote(key)} and ${goQuote(earlier)} both set ${match}; the server uses ${goQuote(key)}. Keep one.`, match, at);
            }
            assigned.set(match, key);
            if (at)
                this.positions[match] = at;
            switch (match) {
                case 'claim_pattern':
                case 'permissions': {
                    const m = this.stringMap(pair.value, match, match === 'permissions' ? INSTALLATION_PERMISSIONS : undefined);
                    if (m)
                        policy[match] = m;
                    else
                        delete policy[match];
                    break;
                }
                case 'repositories': {
                    const list = this.stringList(pair.value, match);
                    if (list)
                        policy.repositories = list;
                    else
                        delete policy.repositories;
                    break;
                }
                default: {
                    const v = this.str(pair.value, match);
                    // An empty string is as good as absent to the server.
                    if (v)
                        policy[match] = v;
                    else
                        delete policy[match];
                }
            }
        }
        return policy;
    }
}
function describe(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        return v === null ? 'null' : `the ${typeof v} ${String(v)}`;
    }
    return 'an unsupported YAML node';
}
/**
 * Where to point for a YAML error. An unclosed quote is reported at the end of the file; the
 * quote that opened it is more use to the author.
 */
function errorOffset(docs, error) {
    let offset = error.pos[0];
    if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
        for (const doc of docs) {
            (0,dist/* visit */.YR)(doc, {
                Scalar(_, node) {
                    const [start, end] = node.range ?? [0, 0];
                    if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
                        start < offset &&
                        end >= error.pos[0]) {
                        offset = start;
                    }
                }
            });
        }
    }
    return offset;
}
/** Parses a policy file strictly, as the server does; see the top of this file. */
function parsePolicy(text, options = {}) {
    const lines = new dist/* LineCounter */.HN();
    const docs = (0,dist/* parseAllDocuments */.hR)(text, {
        version: '1.1',
        intAsBigInt: true,
        uniqueKeys: true,
        prettyErrors: false,
        lineCounter: lines,
        customTags: yamlV2Tags
    });
    const list = Array.isArray(docs) ? docs : []; // an empty stream parses to an EmptyStream
    const first = list[0];
    const at = (offset) => {
        if (offset === undefined)
            return undefined;
        const { line, col } = lines.linePos(offset);
        return { line, column: col };
    };
    if (!first)
        return { policy: {}, partial: {}, errors: [], warnings: [], positions: {} };
    // yaml.v2 reads only the first document; errors in later ones still fail its parser.
    const yamlErrors = list.flatMap(d => d.errors);
    if (yamlErrors.length) {
        return {
            errors: yamlErrors.map(e => ({
                severity: 'error',
                message: `YAML error: ${e.message.split('\n')[0]}; the server cannot read this policy.`,
                ...at(errorOffset(list, e))
            })),
            warnings: [],
            positions: {}
        };
    }
    const reader = new Reader(first, lines);
    for (const w of first.warnings) {
        reader.problem('warning', `YAML: ${w.message.split('\n')[0]}`, undefined, at(w.pos[0]));
    }
    if (list.length > 1) {
        reader.problem('warning', 'the file holds several YAML documents; the server reads only the first.', undefined, at(list[1]?.range[0]));
    }
    const partial = reader.policy(options.isOrgPolicy ?? false);
    const result = {
        errors: reader.errors,
        warnings: reader.warnings,
        positions: reader.positions
    };
    if (partial)
        result.partial = partial;
    if (partial && reader.errors.length === 0)
        result.policy = partial;
    return result;
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/policy/compile.ts
// The server's TrustPolicy.Compile: exactly one of issuer/issuer_pattern, exactly one of
// subject/subject_pattern, at most one of audience/audience_pattern, and every pattern compiled
// as Go RE2 `"^" + pattern + "$"`. No group is added, so `a|b` becomes `^a|b$`: `a` anchored at
// the start only and `b` at the end only (the unanchored-alternation quirk). Patterns go through
// re2js, a port of Go's regexp; JavaScript's RegExp has other syntax and semantics.


/** Compiles a pattern exactly as the server does; throws the Go-formatted syntax error. */
function compileAnchored(pattern) {
    return build/* RE2JS */.L3.compile('^' + pattern + '$');
}
const message = (e) => e instanceof Error ? e.message : `error parsing regexp: ${String(e)}`;
/**
 * Compiles every field it can and reports every problem, in the server's order (the first
 * one is the server's error). Fields with problems are left out of the result.
 */
function compilePartial(policy, positions = {}) {
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
            return { ...base, pattern: value, re: compileAnchored(value) };
        }
        catch (e) {
            fail(`${field}: ${message(e)}`, field);
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
    const issuer = oneOf('issuer', true, 'For GitHub Actions: issuer: https://token.actions.githubusercontent.com');
    const subject = oneOf('subject', true, 'For GitHub Actions, e.g. subject: repo:ORG/REPO:ref:refs/heads/main');
    const audience = oneOf('audience', false, '');
    const claims = [];
    for (const [name, pattern] of Object.entries(policy.claim_pattern ?? {})) {
        const field = `claim_pattern[${goQuote(name)}]`;
        try {
            const r = { field, pattern, re: compileAnchored(pattern), claim: name };
            const line = positions[field]?.line;
            if (line !== undefined)
                r.line = line;
            claims.push(r);
        }
        catch (e) {
            fail(`error compiling ${field}: ${message(e)}`, field);
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
    const { compiled, errors } = compilePartial(policy, positions);
    return errors.length ? { errors } : { compiled, errors };
}

;// CONCATENATED MODULE: ./src/policy/token-validity.ts
// The server's sanity checks on a token's `iss`, `sub` and `aud` before it compares them with
// a policy (octo-sts/app pkg/oidcvalidate). A token that fails them is refused whatever the
// policy says. The issuer check leans on Go's url.Parse; the parts of it that matter here are
// reproduced below.
const CONTROL_OR_SPACE = /[\u0000-\u001f ]/; // eslint-disable-line no-control-regex
const token_validity_PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u; // Go's unicode.IsPrint
const runeCount = (s) => [...s].length;
const allPrintable = (s) => [...s].every(c => token_validity_PRINTABLE.test(c));
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
/** oidcvalidate.IsValidSubject. */
function isValidSubject(sub) {
    return (sub !== '' &&
        runeCount(sub) <= 255 &&
        !CONTROL_OR_SPACE.test(sub) &&
        !containsAny(sub, '"\'`\\<>;&$(){}[]') &&
        allPrintable(sub));
}
/** oidcvalidate.IsValidAudience. */
function isValidAudience(aud) {
    return (aud !== '' &&
        runeCount(aud) <= 255 &&
        !CONTROL_OR_SPACE.test(aud) &&
        !containsAny(aud, '"\'`\\<>;|&$(){}[]@') &&
        allPrintable(aud));
}

;// CONCATENATED MODULE: ./src/policy/check.ts
// The server's TrustPolicy.CheckToken, and an explanation that lists every failing field
// instead of the first. Order and messages follow the server: the token's own iss/sub/aud
// sanity checks, then issuer, subject, audience (by default the server's domain must be in
// `aud`), then each claim_pattern entry: a missing claim is denied, a boolean is compared as
// "true"/"false", anything else that is not a string is denied. Messages are the server's
// without its `trust policy: ` prefix.




const str = (v) => (typeof v === 'string' ? v : '');
/** `aud` as go-oidc reads it: one string or a list of strings. */
function audiences(claims) {
    const aud = claims.aud;
    if (typeof aud === 'string')
        return [aud];
    return Array.isArray(aud) ? aud.filter((a) => typeof a === 'string') : [];
}
const has = (claims, name) => Object.prototype.hasOwnProperty.call(claims, name);
/** A claim value as it was in the token's JSON. */
const shown = (v) => JSON.stringify(v) ?? String(v);
/** Every way `claims` fails `compiled`, in the server's order (the first is the server's). */
function evaluate(compiled, claims, domain) {
    const findings = [];
    const add = (rule, f) => {
        if (rule?.line !== undefined)
            f.line = rule.line;
        findings.push(f);
    };
    const iss = str(claims.iss);
    const sub = str(claims.sub);
    const aud = audiences(claims);
    const issOk = isValidIssuer(iss);
    if (!issOk) {
        add(compiled.issuer, {
            field: compiled.issuer?.field ?? 'issuer',
            actual: iss,
            reason: 'invalid issuer in token'
        });
    }
    const subOk = isValidSubject(sub);
    if (!subOk) {
        add(compiled.subject, {
            field: compiled.subject?.field ?? 'subject',
            actual: sub,
            reason: 'invalid subject in token'
        });
    }
    const audOk = aud.every(isValidAudience);
    if (!audOk) {
        add(compiled.audience, {
            field: compiled.audience?.field ?? 'audience',
            actual: shown(aud),
            reason: 'invalid audience in token'
        });
    }
    const single = (rule, name, value) => {
        if (!rule)
            return;
        if (rule.re) {
            if (!rule.re.test(value)) {
                add(rule, {
                    field: rule.field,
                    pattern: rule.pattern,
                    actual: value,
                    reason: `${name} ${goQuote(value)} did not match pattern ${goQuote(rule.pattern)}`
                });
            }
        }
        else if (value !== rule.literal) {
            add(rule, {
                field: rule.field,
                expected: rule.literal,
                actual: value,
                reason: `${name} ${goQuote(value)} did not match ${goQuote(rule.literal)}`
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
                    reason: `audience_pattern ${goQuote(rule.pattern)} did not match any of ${goQuoteList(aud)}`
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
                    reason: `audience ${goQuote(expected)} did not match any of ${goQuoteList(aud)}`
                });
            }
        }
    }
    for (const rule of compiled.claims) {
        const claim = rule.claim ?? '';
        const name = goQuote(claim);
        const pattern = rule.pattern;
        if (!has(claims, claim)) {
            add(rule, {
                field: rule.field,
                pattern,
                reason: `expected claim ${name} not found in token`
            });
            continue;
        }
        let raw = claims[claim];
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
                reason: `claim ${name} did not match ${goQuote('^' + pattern + '$')}`
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
    if (!compiled.complete || !compiled.issuer || !compiled.subject) {
        return { allow: false, reason: 'policy did not compile' };
    }
    const first = evaluate(compiled, claims, domain)[0];
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
    const parsed = parsePolicy(text, options);
    const findings = parsed.errors.map(problemFinding);
    if (!parsed.partial)
        return { verdict: 'unparseable', findings, warnings: parsed.warnings };
    const { compiled, errors } = compilePartial(parsed.partial, parsed.positions);
    findings.push(...errors.map(problemFinding));
    const mismatches = evaluate(compiled, claims, domain);
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

;// CONCATENATED MODULE: ./src/policy/lint.ts
// Everything wrong with one policy file, for policy authors (the validate action): what the
// server would reject (errors), what can never admit a token (errors), and what admits more
// than its author likely meant (warnings). Risky patterns are found by matching the compiled
// RE2 pattern against probe values a stranger could produce, not by reading the pattern text.





const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const PROBE = 'zz-probe';
/** True when `pattern` has a `|` outside any group or class, which `^…$` does not anchor. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (pattern[i + 1] === 'Q') {
                const end = pattern.indexOf('\\E', i + 2);
                i = end < 0 ? pattern.length : end + 1;
            }
            else
                i++;
        }
        else if (c === '[') {
            i++;
            if (pattern[i] === '^')
                i++;
            if (pattern[i] === ']')
                i++;
            while (i < pattern.length && pattern[i] !== ']') {
                if (pattern[i] === '\\')
                    i += 2;
                else if (pattern.startsWith('[:', i)) {
                    const end = pattern.indexOf(':]', i + 2);
                    i = end < 0 ? i + 1 : end + 2;
                }
                else
                    i++;
            }
        }
        else if (c === '(')
            depth++;
        else if (c === ')')
            depth--;
        else if (c === '|' && depth === 0)
            return true;
    }
    return false;
}
const matches = (rule, value) => rule?.re ? rule.re.test(value) : rule?.literal === value;
/** A claim_pattern rule that refuses `value` (so it narrows what the subject admits). */
const claimRefuses = (compiled, claim, value) => compiled.claims.some(r => r.field === `claim_pattern[${goQuote(claim)}]` && !matches(r, value));
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
    add(severity, field, message) {
        const p = { severity, field, message };
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
                this.add('error', `permissions[${goQuote(name)}]`, `permissions[${goQuote(name)}] is ${goQuote(level)}: GitHub grants only read, write or admin, and refuses the whole token otherwise.`);
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
                this.add('error', field, `${field} is ${goQuote(repo)}: list repository names without the owner (${goQuote(repo.split('/').pop() ?? '')}); GitHub refuses the token otherwise.`);
            }
        });
    }
    /** Literal values no valid token can carry. */
    impossible(compiled) {
        const { issuer, subject, audience } = compiled;
        if (issuer?.literal !== undefined) {
            if (!isValidIssuer(issuer.literal)) {
                this.add('error', 'issuer', `issuer ${goQuote(issuer.literal)} is not a valid OIDC issuer (an https URL without query, fragment or user): the server refuses every token with such an iss, so this policy admits nothing. For GitHub Actions: ${GITHUB_ISSUER}`);
            }
            else if (issuer.literal.replace(/\/+$/, '') === GITHUB_ISSUER &&
                issuer.literal !== GITHUB_ISSUER) {
                this.add('error', 'issuer', `issuer ${goQuote(issuer.literal)} has a trailing slash; GitHub's tokens say ${goQuote(GITHUB_ISSUER)} and the match is exact.`);
            }
        }
        if (subject?.literal !== undefined && !isValidSubject(subject.literal)) {
            this.add('error', 'subject', `subject ${goQuote(subject.literal)} contains characters (spaces, quotes, brackets, …) the server refuses in a token's sub: this policy admits nothing.`);
        }
        if (audience?.literal !== undefined && !isValidAudience(audience.literal)) {
            this.add('error', 'audience', `audience ${goQuote(audience.literal)} contains characters the server refuses in a token's aud: this policy admits nothing.`);
        }
    }
    alternation(compiled) {
        const rules = [compiled.issuer, compiled.subject, compiled.audience, ...compiled.claims];
        for (const rule of rules) {
            if (!rule?.pattern || !hasTopLevelAlternation(rule.pattern))
                continue;
            this.add('warning', rule.field, `${rule.field} ${goQuote(rule.pattern)} has a top-level |: the server compiles ${goQuote('^' + rule.pattern + '$')}, so the first alternative is anchored only at the start and the last only at the end (they match longer values too). Wrap it in a group: ${goQuote('(' + rule.pattern + ')')}.`);
        }
    }
    issuerPattern(compiled) {
        const rule = compiled.issuer;
        if (!rule?.re || !rule.pattern)
            return;
        if (rule.re.test(`https://${PROBE}.example`)) {
            this.add('warning', rule.field, `issuer_pattern ${goQuote(rule.pattern)} admits any issuer (it matches "https://${PROBE}.example"): anyone who runs an OIDC provider can present a token. Use issuer: ${GITHUB_ISSUER}, or a pattern naming your issuers.`);
            return;
        }
        const host = /^https:\/\/((?:[A-Za-z0-9-]|\\\.|\.)+)/.exec(rule.pattern)?.[1];
        if (!host)
            return;
        const plain = host.replace(/\\\./g, '.');
        if (rule.re.test(`https://${plain}.${PROBE}.example`)) {
            this.add('warning', rule.field, `issuer_pattern ${goQuote(rule.pattern)} admits other hosts (it matches "https://${plain}.${PROBE}.example"): end the host part explicitly.`);
        }
        else if (/(^|[^\\])\./.test(host) && rule.re.test(`https://${plain.replace(/\./g, 'x')}`)) {
            this.add('warning', rule.field, `issuer_pattern ${goQuote(rule.pattern)} has an unescaped "." in its host, which matches any character: write \\. instead.`);
        }
    }
    audiencePattern(compiled) {
        const rule = compiled.audience;
        if (rule?.re && rule.pattern && rule.re.test(`${PROBE}-audience`)) {
            this.add('warning', rule.field, `audience_pattern ${goQuote(rule.pattern)} admits any audience: a token the workflow requested for another service can be replayed here. Name the audience.`);
        }
    }
    subject(compiled) {
        const rule = compiled.subject;
        if (!rule)
            return;
        const field = rule.field;
        const shown = goQuote(rule.pattern ?? rule.literal ?? '');
        const narrowedToWorkflow = (repo) => claimRefuses(compiled, 'job_workflow_ref', `${repo}/.github/workflows/${PROBE}.yml@refs/heads/main`) || claimRefuses(compiled, 'repository', repo);
        const prWarning = () => {
            if (claimRefuses(compiled, 'event_name', 'pull_request_target'))
                return;
            this.add('warning', field, `${field} ${shown} admits pull_request subjects, which GitHub also gives pull_request_target runs: those run for pull requests from forks, so a workflow that runs a fork's code could hand it this token. Add claim_pattern: {event_name: pull_request}, or use a subject for a branch or environment.`);
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
        const owner = /^repo:([A-Za-z0-9-]+)\//.exec(pattern)?.[1];
        if (!owner)
            return;
        if (rule.re.test(`repo:${owner}/${PROBE}-repo:ref:refs/heads/main`)) {
            if (!narrowedToWorkflow(`${owner}/${PROBE}-repo`)) {
                this.add('warning', field, `subject_pattern ${shown} admits any repository of ${owner} (it matches "repo:${owner}/${PROBE}-repo:ref:refs/heads/main"): every workflow of every repository there, on any branch, can get this token. Name the repository, or pin the workflow with claim_pattern on job_workflow_ref.`);
            }
            return;
        }
        const repo = /^repo:[A-Za-z0-9-]+\/((?:[A-Za-z0-9_-]|\\\.)+):/.exec(pattern)?.[1];
        if (!repo)
            return;
        const full = `${owner}/${repo.replace(/\\\./g, '.')}`;
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
/** Every problem of one policy file, ordered by line; errors are what fails the server or GitHub. */
function lintPolicy(text, options) {
    const parsed = parsePolicy(text, { isOrgPolicy: options.isOrgPolicy });
    const problems = [...parsed.errors, ...parsed.warnings];
    const policy = parsed.partial;
    if (policy) {
        const { compiled, errors } = compilePartial(policy, parsed.positions);
        problems.push(...errors);
        const linter = new Linter(parsed.positions, problems);
        linter.permissions(policy);
        linter.repositories(policy);
        linter.impossible(compiled);
        linter.alternation(compiled);
        linter.issuerPattern(compiled);
        linter.audiencePattern(compiled);
        linter.subject(compiled);
        problems.push(...linter.problems);
    }
    return problems
        .map((p, i) => ({ p, i }))
        .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || (a.p.column ?? 0) - (b.p.column ?? 0) || a.i - b.i)
        .map(({ p }) => p);
}

;// CONCATENATED MODULE: ./src/policy/index.ts









/***/ })

};
