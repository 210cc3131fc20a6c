#!/usr/bin/env bash
# Regenerates the TEST-ONLY certificate authority and server certificate used by the local
# stack (OIDC issuer, STS, GitHub API all serve HTTPS with it; the action trusts it through
# NODE_EXTRA_CA_CERTS). These keys protect nothing: they exist so tests need no openssl.
set -euo pipefail
cd "$(dirname "$0")"
openssl req -x509 -newkey rsa:2048 -nodes -days 36500 -subj "/CN=octo-sts-token-action test CA" \
  -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,DNS:*.test,DNS:sts.test,DNS:api.test,DNS:oidc.test,IP:127.0.0.1,IP:::1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > ext.cnf
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 36500 -out server.pem -extfile ext.cnf 2>/dev/null
rm -f server.csr ext.cnf ca.srl
