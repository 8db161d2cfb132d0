#!/usr/bin/env bash
# Builds shared, the server and the client into /tmp/<name>/ so that browser tests can run against
# one's own build while others change the working tree. Prints the variables the tests read.
set -euo pipefail
name="${1:?usage: private-build.sh <name>}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/private-builds/$name"
rm -rf "$out" && mkdir -p "$out"
(cd "$root/shared" && npx tsc -p tsconfig.build.json) >&2
(cd "$root/server" && npx tsc -p tsconfig.build.json --outDir "$out/server") >&2
cp -r "$root/server/src/agreement/seed" "$out/server/agreement/seed"
cp "$root/server/src/auth/common-passwords.txt" "$out/server/auth/common-passwords.txt"
(cd "$root/client" && npx vite build --outDir "$out/client" --emptyOutDir --logLevel warn) >&2
echo "export TEST_SERVER_MAIN=$out/server/main.js TEST_CLIENT_DIST=$out/client"
