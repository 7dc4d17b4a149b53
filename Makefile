# A thin wrapper around meson for the two Quick start commands.
#   make run    install what is missing, build, launch the app from the build tree
#   make test   the same set-up, then the whole suite headless (Xvfb + private D-Bus)

BUILDDIR ?= build
SANITIZE_BUILDDIR ?= build-sanitize
MESON_TEST_ARGS ?=

# Debian 12 packages needed to build, run and test Sitwell.
DEBIAN_PACKAGES = \
	gcc libc6-dev meson ninja-build pkg-config gettext \
	libglib2.0-dev libglib2.0-dev-bin libglib2.0-bin \
	libgtk-4-dev libadwaita-1-dev libnotify-dev libsqlite3-dev \
	libcairo2-dev libpango1.0-dev poppler-utils \
	desktop-file-utils appstream \
	xvfb xauth dbus-daemon dbus-x11 \
	fonts-noto-cjk fonts-cantarell \
	at-spi2-core python3-pyatspi strace xdotool

# `make fuzz`: libFuzzer comes with clang's runtime libraries.
FUZZ_PACKAGES = clang libclang-rt-14-dev

# `make bench`: the session it measures in and the apps it compares with.
BENCH_PACKAGES = xvfb xauth dbus-daemon xdotool dunst workrave safeeyes procps

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What `make run` sets so the uninstalled app finds its schema, translations
# and reminder service, and the service finds the app.
RUN_ENV = GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data \
	SITWELL_LOCALEDIR=$(CURDIR)/$(BUILDDIR)/po \
	SITWELL_REMINDERS_PATH=$(CURDIR)/$(BUILDDIR)/src/sitwell-reminders \
	SITWELL_APP_PATH=$(CURDIR)/$(BUILDDIR)/src/sitwell

.PHONY: all deps fuzz-deps bench-deps build run test fuzz bench install clean

all: build

# $(call install-missing,PACKAGES): apt-get install those not installed yet.
define install-missing
	@missing=$$(for p in $(1); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install-missing,$(DEBIAN_PACKAGES))

fuzz-deps:
	$(call install-missing,$(FUZZ_PACKAGES))

bench-deps:
	$(call install-missing,$(BENCH_PACKAGES))

$(BUILDDIR)/build.ninja: | deps
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

run: build
	$(RUN_ENV) $(BUILDDIR)/src/sitwell

# The core, service, render and UI tests run again under AddressSanitizer,
# UBSan and LeakSanitizer, on an Xvfb display of their own for the UI tests.
# - detect_leaks=1: LeakSanitizer checks at each test's exit, and
#   abort_on_error=1 turns a finding into a failed test.
# - fast_unwind_on_malloc=0 unwinds each allocation's stack from DWARF: GLib
#   and GTK are built without frame pointers, so the fast unwinder stops at
#   g_malloc, hiding both the Sitwell function that allocated and the library
#   frames that suppressions match.
# - G_SLICE=always-malloc gives every GObject its own malloc, so a leaked one
#   is seen rather than kept in a GSlice magazine.
# - tests/lsan.supp holds the core's suppressions; the UI tests use
#   tests/lsan-gtk.supp instead, with shorter stacks (see tests/meson.build).
# - detect_odr_violation stays on: it is about instrumented globals defined
#   in two modules, and GTK is not instrumented.
# - UBSan halts on its first finding. GTK's macros expanded in our code (type
#   checks and casts, G_DEFINE_TYPE, g_autoptr) trip none: no check is off.
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 G_SLICE=always-malloc \
	SITWELL_TEST_SANITIZER=1

XVFB_RUN = xvfb-run -a -s "-screen 0 1280x1024x24"

test: build
	$(XVFB_RUN) dbus-run-session -- \
	  meson test -C $(BUILDDIR) --print-errorlogs $(MESON_TEST_ARGS)
	[ -f $(SANITIZE_BUILDDIR)/build.ninja ] || \
	  meson setup $(SANITIZE_BUILDDIR) -Db_sanitize=address,undefined -Db_lundef=false
	meson compile -C $(SANITIZE_BUILDDIR)
	$(SANITIZE_ENV) $(XVFB_RUN) dbus-run-session -- \
	  meson test -C $(SANITIZE_BUILDDIR) --suite core --suite service --suite render \
	    --suite ui --print-errorlogs

# libFuzzer targets (tests/fuzz), each run for FUZZ_SECONDS from its seed
# corpus in a clang build of the core alone. A crash, a leak or a failed
# assertion fails the target; its input is kept in $(FUZZ_BUILDDIR) and the
# log's tail printed. $(FUZZ_BUILDDIR)/results has one "PASS|FAIL name"
# line per target, which .ci/run counts.
FUZZ_BUILDDIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS = csv check

fuzz: fuzz-deps
	rm -f $(FUZZ_BUILDDIR)/results
	[ -f $(FUZZ_BUILDDIR)/build.ninja ] || CC=clang meson setup $(FUZZ_BUILDDIR) -Dfuzzing=true
	meson compile -C $(FUZZ_BUILDDIR)
	@failed=0; \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILDDIR)/corpus-$$t; \
	  echo "fuzz-$$t: $(FUZZ_SECONDS) s from tests/fuzz/corpus-$$t"; \
	  if $(FUZZ_BUILDDIR)/tests/fuzz/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
	       -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILDDIR)/fuzz-$$t- \
	       $(FUZZ_BUILDDIR)/corpus-$$t tests/fuzz/corpus-$$t > $(FUZZ_BUILDDIR)/fuzz-$$t.log 2>&1; then \
	    echo "PASS $$t" >> $(FUZZ_BUILDDIR)/results; \
	    echo "ok fuzz-$$t: $$(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' $(FUZZ_BUILDDIR)/fuzz-$$t.log | grep -o '[0-9]*$$') inputs"; \
	  else \
	    echo "FAIL $$t" >> $(FUZZ_BUILDDIR)/results; failed=1; \
	    echo "FAIL fuzz-$$t (log: $(FUZZ_BUILDDIR)/fuzz-$$t.log):"; \
	    grep -v -E '^#[0-9]+' $(FUZZ_BUILDDIR)/fuzz-$$t.log | tail -n 40; \
	  fi; \
	done; \
	exit $$failed

# Figures, not pass/fail: each benchmark prints a table and JSON lines.
# bench/run-bench.sh takes BENCH_RUNS, BENCH_SETTLE and BENCH_IDLE_SECONDS.
bench: build bench-deps
	$(BUILDDIR)/bench/journal-bench
	bench/run-bench.sh $(BUILDDIR)

install: build
	meson install -C $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR) $(SANITIZE_BUILDDIR) $(FUZZ_BUILDDIR)
