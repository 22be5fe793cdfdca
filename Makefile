# The two commands the README promises, each doing its own set-up on a
# fresh Debian machine:
#   make demo   a demo audit day (scripted) and its record, with the shipped defaults
#   make test   build and run every test
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/maca

.PHONY: demo test deps build manual browser release print-release-flags

# GNU readline's headers (libreadline-dev) and pkg-config, which SwiftPM uses
# to find them; util-linux's flock(1) for the locking tests and tmux for the
# tests that drive the REPL in a real terminal.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists readline || ! command -v flock >/dev/null || ! command -v tmux >/dev/null; then \
		echo "Installing libreadline-dev, pkg-config, util-linux and tmux with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libreadline-dev pkg-config util-linux tmux >/dev/null; \
	fi

build: deps
	$(SWIFT) build 2>&1 | tee .build-log.txt; test $${PIPESTATUS[0]} = 0
	@Scripts/check-warnings .build-log.txt

demo: build
	@echo "== The audit templates =="
	$(BIN) templates list
	@echo
	@echo "== A demo audit day of two invented cases, scripted from examples/demo-day.txt =="
	$(BIN) run --template neglect < examples/demo-day.txt
	@echo
	@echo "== The day's journal, verified, and its record =="
	day=$$(ls -td sessions/*-neglect*/ | head -1); $(BIN) verify "$$day" && $(BIN) show "$$day"
	@echo
	@echo "== The theme report of the demo day (Markdown, HTML and a CSV action tracker) =="
	day=$$(ls -td sessions/*-neglect*/ | head -1); $(BIN) report --theme neglect --out reports "$$day"

# Chromium renders the HTML report in a test; where it cannot be installed
# that one test says so and is skipped.
browser:
	@command -v chromium >/dev/null || { echo "Installing chromium with apt-get (for the HTML report test)"; \
		{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null 2>&1; } || \
		echo "chromium could not be installed: the browser test will be skipped"; }

test: deps browser
	$(SWIFT) build --build-tests 2>&1 | tee .build-log.txt; test $${PIPESTATUS[0]} = 0
	@Scripts/check-warnings .build-log.txt
	$(SWIFT) test --skip-build

# A release build as it would be handed to a partnership: one binary with
# the Swift runtime and Foundation linked in, so the machine it runs on needs
# no Swift, and it starts in about half the time of a dynamically linked one
# (Documentation/Performance.md). Its own build folder keeps the debug build's.
# No $ORIGIN run path: with the Swift runtime linked in there is no library
# of ours beside the binary to find, and an installed /usr/bin/maca should
# load libraries only from the system's folders. Symbols bound at start-up
# (-z now), so that with RELRO the whole GOT is read-only, as Debian's
# hardened binaries are.
RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath -Xlinker -z -Xlinker now --scratch-path .build-static

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product maca
	$(SWIFT) build $(RELEASE_FLAGS) --product maca-bench
	@echo "Built $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/maca"

print-release-flags:
	@echo $(RELEASE_FLAGS)

# The manual page, generated from the command line's own help.
manual: build
	$(SWIFT) package generate-manual --configuration debug --authors "maca developers"
	cp .build/plugins/GenerateManual/outputs/maca/maca.1 Documentation/maca.1
