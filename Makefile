# Paperboy — make site builds the sample site, make test runs every test.
GO      ?= go
BIN     ?= bin/paperboy
PUBLIC  ?= public
GOBIN   := $(shell $(GO) env GOPATH)/bin
VNU_DIR ?= .cache/vnu

.PHONY: all site build serve test race fuzz validate lint clean bench pgo theme-history

all: test site

# BUILDFLAGS go to go build: .ci/run gives -pgo=off, as make test leaves
# the build cache without the profile's compilations and the site it
# validates needs no fast binary (a build with the profile then took
# 172 s of CPU, 114 s on 2 CPUs, against 4 s).
BUILDFLAGS ?=
build:
	$(GO) build $(BUILDFLAGS) -o $(BIN) ./cmd/paperboy

site: build
	$(BIN) build --source . --destination $(PUBLIC)

serve: build
	$(BIN) serve --source .

# -pgo=off: the tests do not need cmd/paperboy/default.pgo, and compiling
# with it more than doubled the tests' cold build time (117 s → 277 s).
# Each benchmark also runs once (-benchtime 1x, about 15 s in all), so a
# broken one fails here rather than in the next make bench.
# -timeout: go test's default of 10 minutes a package is too near the
# generator package's time on a loaded machine (362–427 s idle, and a
# 600 s timeout once under load); a slow machine should not fail CI.
# -ldflags=-w: the test binaries are linked without DWARF (stack traces
# keep their files and lines), 0.5-1 s less CPU for each of some forty
# links (generator.test 3.0-3.3 s against 3.6-4.2 s).
TEST_TIMEOUT ?= 30m
test:
	$(GO) test -pgo=off -ldflags=-w -timeout $(TEST_TIMEOUT) -bench . -benchtime 1x ./...

race:
	$(GO) test -pgo=off -race -timeout 60m ./...

# Runs every fuzz target for FUZZTIME each (seeds also run in make test).
# Go spends up to a minute shrinking each new interesting input by default;
# on FuzzPaper and FuzzMessages that took the whole FUZZTIME and fuzzed
# almost nothing, so FUZZMINIMIZE caps it. Go 1.26's coordinator may fail
# a target that found nothing with "context deadline exceeded" as FUZZTIME
# runs out (go.dev/issue/75804, fixed in Go 1.27): such a run, with no
# failing input written, is said to be no finding and the next one runs.
FUZZTIME ?= 30s
FUZZMINIMIZE ?= 5s
fuzz:
	@log=$$(mktemp); rc=$$(mktemp); trap 'rm -f "$$log" "$$rc"' EXIT; \
	for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$t"; \
	    { $(GO) test -pgo=off -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINIMIZE) $$pkg 2>&1; echo $$? >"$$rc"; } | tee "$$log"; \
	    [ "$$(cat "$$rc")" = 0 ] && continue; \
	    if grep -qx '    context deadline exceeded' "$$log" && ! grep -q 'Failing input written' "$$log"; then \
	      echo "== $$t: not a finding: Go's fuzz coordinator raced its own deadline (go.dev/issue/75804), no input failed"; \
	    else exit 1; fi; \
	  done; \
	done

# Checks every page of the sample site with the Nu HTML Checker (vnu-jar from npm, run with java).
validate: site
	@command -v java >/dev/null || { echo "validate needs java (apt-get install default-jre-headless)"; exit 1; }
	@test -f $(VNU_DIR)/node_modules/vnu-jar/build/dist/vnu.jar || npm install --prefix $(VNU_DIR) --no-audit --no-fund --silent vnu-jar@26.9.27
	java -jar $(VNU_DIR)/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --skip-non-html $(PUBLIC)

lint:
	@test -z "$$(gofmt -l cmd generator themes)" || { echo "gofmt needed:"; gofmt -l cmd generator themes; exit 1; }
	$(GO) vet ./...
	@test -x $(GOBIN)/staticcheck || $(GO) install honnef.co/go/tools/cmd/staticcheck@v0.8.2
	$(GOBIN)/staticcheck ./...
	@test -x $(GOBIN)/actionlint || $(GO) install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
	$(GOBIN)/actionlint .github/workflows/*.yml

# Clean builds, serve rebuilds and search budgets on generated corpora
# (BENCH_SIZES=1000 for a quick run, BENCH_FLAGS=-hugo to compare with Hugo),
# then the package benchmarks of the hot paths.
BENCH_SIZES ?= 1000,10000,100000
BENCH_FLAGS ?=
bench:
	$(GO) run ./cmd/pbbench -sizes $(BENCH_SIZES) $(BENCH_FLAGS)
	$(GO) test -run '^$$' -bench . -benchmem ./generator/...

# Rewrites themes/history.txt, the hashes of every earlier version of the
# built-in theme's files, from git history (paperboy check names a theme's
# unmodified copy of one as outdated). Run it after committing a change to
# themes/default/; cmd/themehistory's test fails until then.
theme-history:
	$(GO) run ./cmd/themehistory > themes/history.txt.new && mv themes/history.txt.new themes/history.txt

# Regenerates cmd/paperboy/default.pgo, the CPU profile the Go compiler
# optimises paperboy with (profile-guided optimisation; go build and go run
# use it on their own): PGO_RUNS clean builds of a generated digest of
# PGO_PAPERS papers, their profiles merged. Rerun it when the hot paths
# change; a stale profile still builds, it just helps less.
PGO_PAPERS ?= 10000
PGO_RUNS   ?= 3
pgo:
	@set -e; w=$$(mktemp -d); trap 'rm -rf "$$w"' EXIT; \
	$(GO) build -o "$$w/paperboy" ./cmd/paperboy; \
	$(GO) run ./cmd/gencorpus -n $(PGO_PAPERS) -o "$$w/site"; \
	for i in $$(seq $(PGO_RUNS)); do \
	  "$$w/paperboy" build --quiet --source "$$w/site" --destination "$$w/public-$$i" --cpuprofile "$$w/cpu-$$i.pprof"; \
	done; \
	$(GO) tool pprof -proto "$$w"/cpu-*.pprof > "$$w/default.pgo"; \
	mv "$$w/default.pgo" cmd/paperboy/default.pgo; \
	echo "wrote cmd/paperboy/default.pgo from $(PGO_RUNS) builds of $(PGO_PAPERS) papers"

clean:
	rm -rf $(PUBLIC) bin .public.lock
