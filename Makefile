# ORM Lab: the one entry point. `make serve` runs the lab, `make test` checks everything.
GO ?= go
GOROOT_WASM := $(shell $(GO) env GOROOT)/lib/wasm
BIN := bin/ormlab
ADDR ?= localhost:8080

.PHONY: all build serve test test-go test-fuzz test-wasm test-django django lint bench bench-wasm dist clean site test-browser bench-browser clean-site check-lessons FORCE

all: build

build:
	$(GO) build -o $(BIN) ./cmd/ormlab

# The binary embeds site/dist, so the site is built first.
serve: site
	@$(MAKE) --no-print-directory build
	./$(BIN) serve --addr $(ADDR)

# The browser front end (site/build.mjs): engine.wasm, the worker and page
# bundles (CodeMirror from npm, bundled by esbuild), the pages, and brotli
# and gzip copies of each, written into site/dist for site.go to embed.
WASM := bin/ormlab.wasm
ENGINE_FILES = $(shell find engine wasm -type f 2>/dev/null) go.mod go.sum
SITE_FILES = $(shell find site/src site/pages -type f) site/build.mjs
SITE_STAMP := site/dist/.built

site: $(SITE_STAMP)

# -s -w drops the symbol table and DWARF, -trimpath the file paths: the
# wasm is what every visitor downloads. Code off the hot path in the three
# programs (SQL fingerprinting and its protobuf tree, Markdown, the Python
# parser, which reads a script once per run, the standard library's
# modules, lesson parsing) is built
# without inlining: 0.24 MB less after brotli. The interpreter and the ORM
# keep it (without it the N+1 run is 2.4x slower).
WASM_COLD := $(foreach p,github.com/sqlc-dev/oliphant/... google.golang.org/protobuf/... \
	github.com/yuin/goldmark/... \
	ormlab/engine/script/syntax ormlab/engine/script/stdlib ormlab/engine/lesson ormlab/engine/sqlinfo,-gcflags='$(p)=-l')
$(WASM): $(ENGINE_FILES)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_COLD) -o $@ ./wasm

# pg_query (oliphant) as a program of its own, which the worker starts only
# when raw SQL needs it (site/src/pgquery.js): linked into the engine it was
# a third of its code and half a second of every cold start.
PGQUERY_WASM := bin/pgquery.wasm
$(PGQUERY_WASM): $(shell find wasm/pgquery -type f) go.mod go.sum
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_COLD) -o $@ ./wasm/pgquery

# The lessons and Markdown (goldmark) as a program of their own, which the
# worker starts only when a page asks for them: linked into the engine,
# goldmark's package initialization alone was a tenth of its start.
DOCS_WASM := bin/docs.wasm
$(DOCS_WASM): $(ENGINE_FILES) $(shell find lessons -type f)
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' $(WASM_COLD) -o $@ ./wasm/docs

node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund

$(SITE_STAMP): $(WASM) $(PGQUERY_WASM) $(DOCS_WASM) $(SITE_FILES) node_modules/.package-lock.json
	node site/build.mjs --wasm $(WASM) --pgquery $(PGQUERY_WASM) --docs $(DOCS_WASM) --goroot-wasm $(GOROOT_WASM)
	@touch $@

# Headless Debian Chromium (playwright-core, no browser download) against
# `ormlab serve`: the playground, Stop, shared links, lessons, CLI parity,
# the widget on another origin, the static export on a plain static
# server, and this machine's release binary with no network (unshare -n).
test-browser: site
	@$(MAKE) --no-print-directory build $(RELEASE_HOST)
	node --test tests/browser/

# The release: one self-contained binary per platform, embedding the site,
# the engine, the lessons and the sample data (CGO_ENABLED=0, so the
# pure-Go pg_query backend), and dist/site, the static export for any
# static host. Go's build cache makes an unchanged binary cheap to relink.
PLATFORMS := linux-amd64 linux-arm64 darwin-arm64 windows-amd64
HOST_OS := $(shell $(GO) env GOOS)
RELEASE_HOST := dist/ormlab-$(HOST_OS)-$(shell $(GO) env GOARCH)$(if $(filter windows,$(HOST_OS)),.exe)
RELEASES := $(foreach p,$(PLATFORMS),dist/ormlab-$(p)$(if $(filter windows-%,$(p)),.exe))

dist: site
	rm -rf dist
	@$(MAKE) --no-print-directory $(RELEASES) $(RELEASE_HOST)
	./$(RELEASE_HOST) export dist/site
	@ls -l $(RELEASES)

# dist/ormlab-OS-ARCH[.exe]: OS and ARCH come from the name.
dist/ormlab-%: FORCE
	CGO_ENABLED=0 GOOS=$(word 1,$(subst -, ,$*)) GOARCH=$(basename $(word 2,$(subst -, ,$*))) \
		$(GO) build -trimpath -ldflags='-s -w' -o $@ ./cmd/ormlab

FORCE:

# Bytes transferred, time to the first result and compare times in Chromium.
bench-browser: site
	@$(MAKE) --no-print-directory build
	node tests/browser/measure.mjs

clean-site:
	find site/dist -mindepth 1 ! -name README.md -delete

lint:
	@out=$$(gofmt -l engine cmd wasm lessons site 2>/dev/null); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@$(GO) mod tidy -diff >/dev/null || { echo "go.mod is not tidy: run go mod tidy"; exit 1; }

test-go:
	$(GO) test ./...

# The script runtime's fuzz target (FuzzRun), briefly: seeded with the
# runtime's scripts and the hostile corpus, every input must end with a
# result, without a crash or a hang.
FUZZTIME ?= 10s
test-fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzRun$$' -fuzztime $(FUZZTIME) ./engine/script/

# The engine's tests and the wasm programs' own again, compiled to js/wasm
# and run under Node with SQLite's wasm module and pg_query's program, as
# the browser runs them: Go's own Node runner, with the two hosts
# preloaded (wasm/hosts_node.mjs).
WASM_EXEC := PGQUERY_WASM=$(CURDIR)/$(PGQUERY_WASM) GOOS=js GOARCH=wasm $(GO) test \
	-exec='node --stack-size=8192 --import=$(CURDIR)/wasm/hosts_node.mjs $(GOROOT_WASM)/wasm_exec_node.js'
test-wasm: node_modules/.package-lock.json $(PGQUERY_WASM)
	$(WASM_EXEC) ./engine/... ./wasm/...

# The oracle: Django 5.2 from Debian unstable, unpacked into .cache/django
# with unstable's SQLite (the engine's version), never installed; nothing
# is fetched when the cache holds it already (testdata/django/fetch.sh).
DJANGO := .cache/django
django:
	@testdata/django/fetch.sh $(DJANGO)

# Differential test: every case, and every code example of the source
# documents (../shared/seeds), under Django 5.2 and the engine, verbatim.
test-django: django
	ORMLAB_DJANGO=$(CURDIR)/$(DJANGO) $(GO) test -count=1 -run 'TestDjangoDifferential|TestSeedExamples' ./engine/

test: lint test-go test-fuzz test-wasm test-django test-browser check-lessons

# Every lesson block runs and meets its budget (ormlab check).
check-lessons: build
	./$(BIN) check lessons

bench: node_modules/.package-lock.json $(PGQUERY_WASM)
	$(GO) test -run '^$$' -bench . -benchmem ./engine/...
	$(WASM_EXEC) -run '^$$' -bench . -benchmem ./engine/ ./engine/db

clean:
	rm -rf bin dist
