#!/usr/bin/env bash
# Installs what a fresh machine of this kind lacks, skipping what is already there (idempotent).
# Called by `make demo` and `make test`. Only package registries are used: crates.io (cargo),
# Debian (apt), npm. Nothing is downloaded from GitHub or a browser vendor.
set -euo pipefail
cd "$(dirname "$0")/.."

# The wasm-bindgen CLI must be exactly the crate's wasm-bindgen version (Cargo.lock pins it).
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;q}' Cargo.lock)
WASM_PACK_VERSION=0.15.1
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
log() { printf '[setup] %s\n' "$*" >&2; }

apt_install() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    log "apt: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

cargo_tools() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown || {
    log "rustup: adding wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  }
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    log "cargo: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
    # --locked fails on this registry (its lockfile wants a webpki-roots version not served).
    cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" 2>/dev/null ||
      cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
  if [ "$(wasm-pack --version 2>/dev/null | awk '{print $2}')" != "$WASM_PACK_VERSION" ]; then
    log "cargo: installing wasm-pack $WASM_PACK_VERSION (a few minutes)"
    cargo install --locked wasm-pack --version "$WASM_PACK_VERSION"
  fi
}

npm_packages() {
  # node_modules is current when it was installed from this exact lockfile (a stamp we keep).
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat node_modules/.cluster-widgets-lock 2>/dev/null)" != "$want" ]; then
    log "npm: installing from package-lock.json"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$want" > node_modules/.cluster-widgets-lock
  fi
}

# apt and the cargo installs do not compete for the same resource: run them side by side.
apt_install > /tmp/cluster-widgets-apt.log 2>&1 &
apt_pid=$!
npm_packages
cargo_tools
if ! wait "$apt_pid"; then
  cat /tmp/cluster-widgets-apt.log >&2
  log "apt install failed"
  exit 1
fi
log "ready: $(wasm-bindgen --version), $(wasm-pack --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
