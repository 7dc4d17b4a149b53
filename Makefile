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
	desktop-file-utils appstream \
	xvfb xauth dbus-daemon dbus-x11 \
	fonts-noto-cjk fonts-cantarell

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What `make run` sets so the uninstalled app finds its schema, translations
# and reminder service, and the service finds the app.
RUN_ENV = GSETTINGS_SCHEMA_DIR=$(CURDIR)/$(BUILDDIR)/data \
	SITWELL_LOCALEDIR=$(CURDIR)/$(BUILDDIR)/po \
	SITWELL_REMINDERS_PATH=$(CURDIR)/$(BUILDDIR)/src/sitwell-reminders \
	SITWELL_APP_PATH=$(CURDIR)/$(BUILDDIR)/src/sitwell

.PHONY: all deps build run test bench install clean

all: build

deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do \
	    dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed$$' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing missing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(BUILDDIR)/build.ninja: | deps
	meson setup $(BUILDDIR)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

run: build
	$(RUN_ENV) $(BUILDDIR)/src/sitwell

# Core and service tests run again under AddressSanitizer, UBSan and LeakSanitizer.
SANITIZE_ENV = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 G_SLICE=always-malloc \
	SITWELL_TEST_SANITIZER=1

test: build
	xvfb-run -a -s "-screen 0 1280x1024x24" dbus-run-session -- \
	  meson test -C $(BUILDDIR) --print-errorlogs $(MESON_TEST_ARGS)
	[ -f $(SANITIZE_BUILDDIR)/build.ninja ] || \
	  meson setup $(SANITIZE_BUILDDIR) -Db_sanitize=address,undefined -Db_lundef=false
	meson compile -C $(SANITIZE_BUILDDIR)
	$(SANITIZE_ENV) dbus-run-session -- \
	  meson test -C $(SANITIZE_BUILDDIR) --suite core --suite service --print-errorlogs

# Figures, not pass/fail: each benchmark prints a table and JSON lines.
bench: build
	$(BUILDDIR)/bench/journal-bench

install: build
	meson install -C $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR) $(SANITIZE_BUILDDIR)
