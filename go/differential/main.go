// Command differential decides test cases with the Go libraries the Octo STS server uses, so
// that __tests__/unit/go-differential.test.ts can compare the TypeScript engine with them.
//
// It reads JSON lines on stdin. The first line is a header naming the installation permissions
// (the JSON names of go-github's InstallationPermissions, which the engine also lists): the
// permissions struct is built from it with reflect, so the list is defined once. Every other
// line is one case, answered by one JSON line on stdout, in order:
//
//	{"k":"yaml","shape":"policy"|"org"|"allowlist","text":…}
//	    sigs.k8s.io/yaml UnmarshalStrict into the server's shapes, decoded several times
//	    (the YAML-to-JSON conversion walks Go maps, whose order is random): every distinct
//	    outcome, {"err":…} or {"value":…}.
//	{"k":"re","p":…,"in":[…]}
//	    regexp.Compile(p), then regexp.Compile("^(?:" + p + ")$"), as the server compiles
//	    every pattern: {"err":…} or {"m":[MatchString of each input]}.
//	{"k":"jwt","b64":…}
//	    a token payload (base64 of its bytes) decoded as the server decodes it before it
//	    matches a policy: {"err":…,"why":…} or {"iss","sub","aud","claims","claimsErr"}.
//
// Written for this project from the server's documented behaviour; it holds no server code.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"regexp"

	"sigs.k8s.io/yaml"
)

// decodeRuns is how often a YAML case is decoded to catch the outcomes that depend on Go's
// random map order (two keys that convert to one JSON name).
const decodeRuns = 8

type header struct {
	Permissions []string `json:"permissions"`
}

type input struct {
	Kind  string   `json:"k"`
	Shape string   `json:"shape"`
	Text  string   `json:"text"`
	P     string   `json:"p"`
	In    []string `json:"in"`
	B64   string   `json:"b64"`
}

// The shapes the server decodes policy files into, by the fields PROTOCOL.md documents.
type shapes struct {
	policy, org, allowlist reflect.Type
}

func buildShapes(permissions []string) shapes {
	str := reflect.TypeOf("")
	strPtr := reflect.TypeOf((*string)(nil))
	tag := func(name string) reflect.StructTag {
		return reflect.StructTag(fmt.Sprintf(`json:"%s,omitempty"`, name))
	}
	// go-github's InstallationPermissions: one *string per permission.
	perms := make([]reflect.StructField, len(permissions))
	for i, name := range permissions {
		perms[i] = reflect.StructField{Name: fmt.Sprintf("P%d", i), Type: strPtr, Tag: tag(name)}
	}
	policy := reflect.StructOf([]reflect.StructField{
		{Name: "Issuer", Type: str, Tag: tag("issuer")},
		{Name: "IssuerPattern", Type: str, Tag: tag("issuer_pattern")},
		{Name: "Subject", Type: str, Tag: tag("subject")},
		{Name: "SubjectPattern", Type: str, Tag: tag("subject_pattern")},
		{Name: "Audience", Type: str, Tag: tag("audience")},
		{Name: "AudiencePattern", Type: str, Tag: tag("audience_pattern")},
		{Name: "ClaimPattern", Type: reflect.TypeOf(map[string]string{}), Tag: tag("claim_pattern")},
		{Name: "Permissions", Type: reflect.StructOf(perms), Tag: tag("permissions")},
	})
	// An org policy embeds the trust policy first (what sigs.k8s.io/yaml's conversion looks
	// up by the first index only), then adds repositories.
	org := reflect.StructOf([]reflect.StructField{
		{Name: "TrustPolicy", Type: policy, Anonymous: true, Tag: `json:",inline"`},
		{Name: "Repositories", Type: reflect.TypeOf([]string{}), Tag: tag("repositories")},
	})
	type mode string
	allowlist := reflect.StructOf([]reflect.StructField{
		{Name: "Mode", Type: reflect.TypeOf(mode("")), Tag: tag("mode")},
		{Name: "Issuers", Type: reflect.TypeOf([]string{}), Tag: tag("issuers")},
		{Name: "IssuerPatterns", Type: reflect.TypeOf([]string{}), Tag: tag("issuer_patterns")},
	})
	return shapes{policy, org, allowlist}
}

func (s shapes) decodeYAML(in input) interface{} {
	var t reflect.Type
	switch in.Shape {
	case "policy":
		t = s.policy
	case "org":
		t = s.org
	case "allowlist":
		t = s.allowlist
	default:
		return map[string]string{"fail": "unknown shape " + in.Shape}
	}
	var outcomes []json.RawMessage
	seen := map[string]bool{}
	for i := 0; i < decodeRuns; i++ {
		v := reflect.New(t)
		var out interface{}
		if err := yaml.UnmarshalStrict([]byte(in.Text), v.Interface()); err != nil {
			out = map[string]string{"err": err.Error()}
		} else {
			out = map[string]interface{}{"value": v.Interface()}
		}
		b, err := json.Marshal(out)
		if err != nil {
			b, _ = json.Marshal(map[string]string{"fail": err.Error()})
		}
		// Error texts can differ between runs in the order they name things; one per kind.
		key := string(b)
		if _, failed := out.(map[string]string); failed {
			key = "err"
		}
		if !seen[key] {
			seen[key] = true
			outcomes = append(outcomes, b)
		}
	}
	return map[string]interface{}{"outcomes": outcomes}
}

func compileRE(in input) interface{} {
	if _, err := regexp.Compile(in.P); err != nil {
		return map[string]string{"err": err.Error()}
	}
	re, err := regexp.Compile("^(?:" + in.P + ")$")
	if err != nil {
		return map[string]string{"err": err.Error()}
	}
	m := make([]bool, len(in.In))
	for i, s := range in.In {
		m[i] = re.MatchString(s)
	}
	return map[string]interface{}{"m": m}
}

// audience is go-oidc's reading of "aud": one string, or a list of strings.
type audience []string

func (a *audience) UnmarshalJSON(b []byte) error {
	var one string
	if json.Unmarshal(b, &one) == nil {
		*a = audience{one}
		return nil
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return err
	}
	*a = list
	return nil
}

// numericDate is go-oidc's reading of exp, iat and nbf: a JSON number, or a string holding
// one, that int64 or float64 can hold.
type numericDate struct{}

func (*numericDate) UnmarshalJSON(b []byte) error {
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	if _, err := n.Int64(); err == nil {
		return nil
	}
	_, err := n.Float64()
	return err
}

type claimSource struct {
	Endpoint    string `json:"endpoint"`
	AccessToken string `json:"access_token"`
}

// idToken holds the claims go-oidc's verifier decodes before any policy is read.
type idToken struct {
	Issuer       string                 `json:"iss"`
	Subject      string                 `json:"sub"`
	Audience     audience               `json:"aud"`
	Expiry       numericDate            `json:"exp"`
	IssuedAt     numericDate            `json:"iat"`
	NotBefore    *numericDate           `json:"nbf"`
	Nonce        string                 `json:"nonce"`
	AtHash       string                 `json:"at_hash"`
	ClaimNames   map[string]string      `json:"_claim_names"`
	ClaimSources map[string]claimSource `json:"_claim_sources"`
}

func decodeToken(in input) interface{} {
	payload, err := base64.StdEncoding.DecodeString(in.B64)
	if err != nil {
		return map[string]string{"fail": err.Error()}
	}
	// 1. The issuer and subject, to find the issuer's keys.
	var first struct {
		Issuer  string `json:"iss"`
		Subject string `json:"sub"`
	}
	if err := json.Unmarshal(payload, &first); err != nil {
		return map[string]string{"err": "invalid bearer token", "why": err.Error()}
	}
	// 2. The verifier's claims; every distributed claim must name a source.
	var tok idToken
	if err := json.Unmarshal(payload, &tok); err != nil {
		return map[string]string{"err": "unable to verify bearer token", "why": err.Error()}
	}
	for _, src := range tok.ClaimNames {
		if _, ok := tok.ClaimSources[src]; src == "" || !ok {
			return map[string]string{"err": "unable to verify bearer token", "why": "claim source"}
		}
	}
	// 3. Every claim, for claim_pattern.
	out := map[string]interface{}{"iss": tok.Issuer, "sub": tok.Subject, "aud": []string(tok.Audience)}
	if tok.Audience == nil {
		out["aud"] = []string{}
	}
	var claims map[string]interface{}
	if err := json.Unmarshal(payload, &claims); err != nil {
		out["claimsErr"] = err.Error()
	} else {
		out["claims"] = claims
	}
	return out
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 64<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	if !in.Scan() {
		fmt.Fprintln(os.Stderr, "differential: no header line")
		os.Exit(2)
	}
	var h header
	if err := json.Unmarshal(in.Bytes(), &h); err != nil {
		fmt.Fprintln(os.Stderr, "differential: bad header:", err)
		os.Exit(2)
	}
	s := buildShapes(h.Permissions)
	for in.Scan() {
		var c input
		var answer interface{}
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			answer = map[string]string{"fail": err.Error()}
		} else {
			switch c.Kind {
			case "yaml":
				answer = s.decodeYAML(c)
			case "re":
				answer = compileRE(c)
			case "jwt":
				answer = decodeToken(c)
			default:
				answer = map[string]string{"fail": "unknown kind " + c.Kind}
			}
		}
		if err := enc.Encode(answer); err != nil {
			fmt.Fprintln(os.Stderr, "differential:", err)
			os.Exit(2)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "differential:", err)
		os.Exit(2)
	}
}
