#!/usr/bin/env bash
# The two commands of the README:
#   scripts/run.sh start   install what is missing, then start the portal with demo data
#   scripts/run.sh test    install what is missing, then run every test and print a summary
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/env.sh

install_dependencies() {
  echo "[setup] yarn install"
  yarn install --immutable
}

install_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[setup] installing Debian chromium for the browser tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "[setup] /usr/bin/chromium is missing: install Debian's chromium package (apt-get install chromium)" >&2
    exit 1
  fi
}

case "${1:-}" in
  start)
    install_dependencies
    mkdir -p packages/backend/data
    exec yarn start
    ;;
  test)
    install_dependencies
    install_chromium
    exec node scripts/test-all.mjs
    ;;
  *)
    echo "usage: scripts/run.sh start|test" >&2
    exit 2
    ;;
esac
