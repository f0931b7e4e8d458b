# The two commands: `make demo` (build and show the demo) and `make test` (every test).
# Both run scripts/setup.sh first, which installs whatever this machine lacks and is idempotent.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver

.PHONY: setup build demo test test-native test-wasm test-e2e consumer react-app golden schemas bench bench-browser

setup:
	@scripts/setup.sh

build: setup
	@scripts/build.sh

demo: build
	@mkdir -p out
	@node scripts/screenshot.mjs www/index.html out/demo.png 1280 >/dev/null
	@node scripts/gallery.mjs www/index.html www/zh.html www/fit.html >/dev/null
	@echo "Demo page (open it straight from disk): file://$(CURDIR)/www/index.html"
	@echo "Screenshot: $(CURDIR)/out/demo.png; at 1280, 768, 414 and 320 px, light and dark: $(CURDIR)/out/gallery/"

test: build test-native test-wasm consumer react-app test-e2e

test-native:
	cargo test --all-targets

# Browser unit tests (wasm-bindgen-test) in headless Debian Chromium.
test-wasm:
	wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install

# A Vite app that installs the packed package (loaded by tests/e2e/consumer.test.mjs).
consumer:
	scripts/consumer.sh

# A React 19 + TypeScript (strict) app using both elements as JSX, from the packed package
# (loaded by tests/e2e/react.test.mjs).
react-app:
	scripts/consumer.sh examples/react-app

# End-to-end: real demo pages from file://, driven by playwright-core.
test-e2e:
	node --test --test-concurrency=1 --test-timeout=120000 tests/package/ tests/e2e/

# Regenerates the golden layout from our own command (review the diff before committing).
golden:
	cargo run --release --bin cluster-widgets -- layout tests/fixtures/flare.json --width 960 --height 500 > tests/golden/flare-layout.json

# Regenerates schemas/*.schema.json from src/model/schema.rs (a test fails while they are stale).
schemas:
	cargo run -q --bin cluster-widgets -- schema treemap > schemas/treemap.schema.json
	cargo run -q --bin cluster-widgets -- schema gauge > schemas/gauge.schema.json

bench: setup
	cargo bench --bench layout

# In headless Chromium: nine gauges to a complete first frame, ours vs ECharts; a 1e5-leaf
# treemap's layout + first frame vs d3-hierarchy + hand-written Canvas2D, and hover probe times;
# memory once mounted (wasm linear memory + JS heap), ours vs d3, with bytes per leaf.
bench-browser: build
	node bench/gauges.mjs 7
	node bench/treemap.mjs 5
	node bench/memory.mjs 10000 100000

# Coverage-guided fuzzing (libFuzzer via cargo-fuzz, on the nightly toolchain the machine ships):
# every target for FUZZ_SECONDS, no input may take over a second. New inputs land in
# fuzz/corpus/<target>/ (minimise with `cargo +nightly fuzz cmin TARGET` before committing);
# `cargo test` replays that corpus on stable (tests/fuzz_corpus.rs). Not part of `make test`.
FUZZ_SECONDS ?= 600
fuzz: setup
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
	cd fuzz && for t in treemap gauges interaction; do \
	  cargo +nightly fuzz run -O $$t -- -max_total_time=$(FUZZ_SECONDS) -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 || exit 1; \
	done
