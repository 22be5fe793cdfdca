# The two commands the README promises, each doing its own set-up on a
# fresh Debian machine:
#   make demo   a demo audit day (scripted) and its record, with the shipped defaults
#   make test   build and run every test
SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/maca

.PHONY: demo test deps build manual browser office release print-release-flags install uninstall deb deb-deps lint-deps shells

# GNU readline's headers (libreadline-dev) and pkg-config, which SwiftPM uses
# to find them; util-linux's flock(1) for the locking tests and tmux for the
# tests that drive the REPL in a real terminal; groff and mandoc for the test
# that lints the manual page; age for the tests that open maca's archives with
# it and give maca archives it wrote; zlib's headers for ZIPFoundation, which
# writes the Word report's ZIP container.
deps:
	@if ! command -v pkg-config >/dev/null || ! pkg-config --exists readline || ! pkg-config --exists zlib || ! command -v flock >/dev/null || ! command -v tmux >/dev/null || ! command -v groff >/dev/null || ! command -v mandoc >/dev/null || ! command -v age >/dev/null; then \
		echo "Installing libreadline-dev, zlib1g-dev, pkg-config, util-linux, tmux, groff-base, mandoc and age with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libreadline-dev zlib1g-dev pkg-config util-linux tmux groff-base mandoc age >/dev/null; \
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
	@echo "== The theme report of the demo day: the board paper (Markdown, HTML, Word), a CSV action tracker and the learning briefing =="
	day=$$(ls -td sessions/*-neglect*/ | head -1); $(BIN) report --theme neglect --out reports --format md,html,docx,csv,briefing "$$day"

# Chromium renders the HTML report and prints it to A4 PDF in tests, and
# poppler-utils' pdftotext reads the printed pages back; where they cannot be
# installed those tests say so and are skipped.
browser:
	@command -v chromium >/dev/null || { echo "Installing chromium with apt-get (for the HTML report tests)"; \
		{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null 2>&1; } || \
		echo "chromium could not be installed: the browser tests will be skipped"; }
	@command -v pdftotext >/dev/null || { echo "Installing poppler-utils with apt-get (for the printed report tests)"; \
		{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq poppler-utils >/dev/null 2>&1; } || \
		echo "poppler-utils could not be installed: the printed report tests will be skipped"; }

# LibreOffice without its GUI prints the Word report to PDF, poppler's
# pdfinfo and pdftotext read that PDF back, and python-docx (Debian's
# python3-docx, for /usr/bin/python3) reads the .docx as a script would:
# for the tests of `maca report --format docx` (Tests/macaTests/WordReportTests.swift).
office:
	@if ! command -v soffice >/dev/null || ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null || ! /usr/bin/python3 -c 'import docx' 2>/dev/null; then \
		echo "Installing libreoffice-writer-nogui, poppler-utils and python3-docx with apt-get (for the Word report tests)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libreoffice-writer-nogui poppler-utils python3-docx >/dev/null; \
	fi

# The installation tests (Tests/macaTests/InstallTests.swift) install the
# release binary and build and lint the .deb: the release binary is built
# here, before the tests start, rather than inside them beside the tests that
# time a terminal.
test: deps browser office deb-deps lint-deps shells
	$(SWIFT) build --build-tests 2>&1 | tee .build-log.txt; test $${PIPESTATUS[0]} = 0
	@Scripts/check-warnings .build-log.txt
	@$(MAKE) --no-print-directory $(RELEASE_STAMP)
	$(SWIFT) test --skip-build

# A release build as it would be handed to a partnership: one binary with
# the Swift runtime and Foundation linked in, so the machine it runs on needs
# no Swift, and it starts in about half the time of a dynamically linked one
# (Documentation/Performance.md). Its own build folder keeps the debug build's.
# No $ORIGIN run path: with the Swift runtime linked in there is no library
# of ours beside the binary to find, and an installed /usr/bin/maca should
# load libraries only from the system's folders. Symbols bound at start-up
# (-z now), so that with RELRO the whole GOT is read-only, as Debian's
# hardened binaries are. --no-export-dynamic undoes the -export-dynamic of
# the Swift toolchain's static-stdlib-args.lnk: nothing loads a plugin that
# would look up maca's own functions, and exporting every public symbol of
# MACAKit and the packages (12,000 of them) gave the dynamic loader a larger
# table to search and kept --gc-sections from dropping any of them
# (Documentation/Performance.md, "Start-up").
RELEASE_FLAGS := -c release --static-swift-stdlib --disable-local-rpath -Xlinker -z -Xlinker now -Xlinker --no-export-dynamic --scratch-path .build-static
RELEASE_BIN := .build-static/release/maca
RELEASE_STAMP := .build-static/maca.stamp

release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product maca
	$(SWIFT) build $(RELEASE_FLAGS) --product maca-bench
	@touch $(RELEASE_STAMP)
	@$(MAKE) --no-print-directory $(COMPLETION_FILES)
	@echo "Built $$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/maca"

print-release-flags:
	@echo $(RELEASE_FLAGS)

# The release binary alone, for make install and make deb: built again when
# a source is newer than the last build, so `make release` then `sudo make
# install` installs without building as root (make release writes the
# completions too). A stamp rather than the binary's own time, which SwiftPM
# leaves alone when nothing needed linking.
$(RELEASE_STAMP): Makefile Package.swift $(shell find Sources -type f)
	@$(MAKE) --no-print-directory deps
	$(SWIFT) build $(RELEASE_FLAGS) --product maca
	@touch $@

# Installing for a partnership: `make install PREFIX=/usr/local` (the
# default), DESTDIR for a staged install (Scripts/make-deb stages one), and
# `make uninstall` with the same two to remove it. The binary looks for the
# shipped templates in ../share/maca/templates beside its own folder, so bin/
# and share/ stay under one PREFIX. install -D makes a missing folder 0755
# and leaves an existing one as it is; every file gets its mode from -m,
# whatever the umask.
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share
TEMPLATEDIR = $(DATADIR)/maca/templates
MAN1DIR = $(DATADIR)/man/man1
DOCDIR = $(DATADIR)/doc/maca
BASHCOMPDIR ?= $(DATADIR)/bash-completion/completions
ZSHCOMPDIR ?= $(DATADIR)/zsh/site-functions
FISHCOMPDIR ?= $(DATADIR)/fish/vendor_completions.d
INSTALL ?= install
STRIP ?= strip
TEMPLATES := $(wildcard audit-templates/*.yaml)

# Shell completions, written by the release binary itself. bash sources its
# completion files, so the generated #!/bin/bash line is dropped.
COMPLETIONS := .build-static/completions
COMPLETION_FILES := $(COMPLETIONS)/maca.bash $(COMPLETIONS)/_maca $(COMPLETIONS)/maca.fish
$(COMPLETIONS)/maca.bash: COMPLETION_SHELL = bash
$(COMPLETIONS)/_maca: COMPLETION_SHELL = zsh
$(COMPLETIONS)/maca.fish: COMPLETION_SHELL = fish
$(COMPLETION_FILES): $(RELEASE_STAMP)
	@mkdir -p $(COMPLETIONS)
	set -o pipefail; $(RELEASE_BIN) --generate-completion-script $(COMPLETION_SHELL) | sed '1{/^#!/d}' > $@.tmp && mv $@.tmp $@

install: $(RELEASE_STAMP) $(COMPLETION_FILES)
	$(INSTALL) -D -m 0755 $(RELEASE_BIN) $(DESTDIR)$(BINDIR)/maca
	$(STRIP) --strip-unneeded --remove-section=.comment --remove-section=.note $(DESTDIR)$(BINDIR)/maca
	$(INSTALL) -D -m 0644 -t $(DESTDIR)$(TEMPLATEDIR) $(TEMPLATES)
	$(INSTALL) -D -m 0644 Documentation/maca.1 $(DESTDIR)$(MAN1DIR)/maca.1
	$(INSTALL) -D -m 0644 $(COMPLETIONS)/maca.bash $(DESTDIR)$(BASHCOMPDIR)/maca
	$(INSTALL) -D -m 0644 $(COMPLETIONS)/_maca $(DESTDIR)$(ZSHCOMPDIR)/_maca
	$(INSTALL) -D -m 0644 $(COMPLETIONS)/maca.fish $(DESTDIR)$(FISHCOMPDIR)/maca.fish
	$(INSTALL) -D -m 0644 LICENSE $(DESTDIR)$(DOCDIR)/LICENSE

# Exactly the files install puts there, then maca's own folders if that
# left them empty (a template a partnership added keeps its folder).
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/maca \
		$(addprefix $(DESTDIR)$(TEMPLATEDIR)/,$(notdir $(TEMPLATES))) \
		$(DESTDIR)$(MAN1DIR)/maca.1 \
		$(DESTDIR)$(BASHCOMPDIR)/maca $(DESTDIR)$(ZSHCOMPDIR)/_maca $(DESTDIR)$(FISHCOMPDIR)/maca.fish \
		$(DESTDIR)$(DOCDIR)/LICENSE
	@for dir in $(DESTDIR)$(TEMPLATEDIR) $(DESTDIR)$(DATADIR)/maca $(DESTDIR)$(DOCDIR); do \
		if [ -d "$$dir" ]; then rmdir --ignore-fail-on-non-empty "$$dir"; fi; \
	done

# dpkg-dev (dpkg-shlibdeps, dpkg-gencontrol) and binutils (strip) to build
# the .deb; lintian for the test that checks it.
deb-deps:
	@if ! command -v dpkg-shlibdeps >/dev/null || ! command -v dpkg-gencontrol >/dev/null || ! command -v strip >/dev/null; then \
		echo "Installing dpkg-dev and binutils with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq dpkg-dev binutils >/dev/null; \
	fi

# zsh and fish, for the tests that press Tab in them (bash is always there).
shells:
	@if ! command -v zsh >/dev/null || ! command -v fish >/dev/null; then \
		echo "Installing zsh and fish with apt-get (for the completion tests)"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq zsh fish >/dev/null; \
	fi

lint-deps:
	@if ! command -v lintian >/dev/null; then \
		echo "Installing lintian with apt-get"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq lintian >/dev/null; \
	fi

# A Debian binary package of the release binary, installed under /usr:
# .build-deb/maca_VERSION_ARCH.deb (Scripts/make-deb, packaging/debian/).
deb: deb-deps $(RELEASE_STAMP)
	Scripts/make-deb

# The manual page: what the command line says of itself, with the hand-written
# sections of Documentation/manual/sections.mdoc spliced in.
manual: build
	SWIFT=$(SWIFT) Scripts/make-manual
