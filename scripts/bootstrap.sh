#!/usr/bin/env bash
# Installs the one system library TextPipe needs (libyaml, with pkg-config to find it) if it is missing.
set -euo pipefail
if pkg-config --exists yaml-0.1 2>/dev/null; then
    exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq libyaml-dev pkg-config
elif command -v brew >/dev/null 2>&1; then
    brew install libyaml pkg-config
else
    echo "bootstrap: install libyaml (libyaml-dev) and pkg-config with your package manager" >&2
    exit 1
fi
