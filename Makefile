# Dialtone's build. `make run` and `make test` install what they need.
SHELL := /bin/bash
GO_TAGS := webkit2_41
# Go packages: everything but the root (Wails/GTK) and frontend/node_modules.
GO_PKGS = $(shell go list ./... | grep -v -e '^dialtone$$' -e node_modules)
WAILS := bin/wails
export ARTIFACTS ?= $(CURDIR)/build/artifacts

.PHONY: all run build frontend deps deps-test check fmt-check vet bindings-check weights-check \
        test test-go test-frontend e2e smoke bench clean

all: build

deps:
	@scripts/deps.sh build

deps-test:
	@scripts/deps.sh test

frontend: deps
	cd frontend && npm run --silent build

## build: the desktop binary build/bin/dialtone
build: frontend
	$(WAILS) build -s -m -skipbindings -tags $(GO_TAGS) -o dialtone

## run: build and start the app (demo data when no account is connected)
run: build
	./build/bin/dialtone

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	go vet $(GO_PKGS)
	go vet -tags $(GO_TAGS) .

## bindings-check: the committed frontend/wailsjs matches the Go services
bindings-check: deps
	@mkdir -p build
	@$(WAILS) generate module -tags $(GO_TAGS) >build/bindings.log 2>&1 || { cat build/bindings.log; exit 1; }
	@git diff --exit-code --stat -- frontend/wailsjs || { echo "frontend/wailsjs is stale: commit the regenerated bindings"; exit 1; }
	@test -z "$$(git status --porcelain -- frontend/wailsjs)" || { echo "frontend/wailsjs has new files: commit them"; exit 1; }

## weights-check: go generate reproduces the committed classifier weights
weights-check:
	@mkdir -p build
	@cd analysis/classify && $$(sed -n 's|^//go:generate ||p' doc.go | sed 's|-out weights.json|-out ../../build/weights.json|') 2>/dev/null
	@cmp -s build/weights.json analysis/classify/weights.json || { echo "analysis/classify/weights.json differs from what go generate trains"; exit 1; }

## check: fast static checks
check: deps fmt-check vet bindings-check
	cd frontend && npm run --silent check

# The IMAP tests need Dovecot (installed by deps-test) and fail, not skip,
# without it. Two fault tests run outside -race: go-imap's client races on a
# literal cut mid-way, and twenty race-built child processes are too slow.
test-go: deps-test
	DIALTONE_REQUIRE_DOVECOT=1 go test -race -count=1 $(GO_PKGS)
	DIALTONE_REQUIRE_DOVECOT=1 go test -count=1 -run 'TestDroppedConnection|TestCrashResume' ./sync/imap/

test-frontend: deps
	cd frontend && npm run --silent check && npm test --silent

e2e: deps-test frontend
	scripts/e2e.sh

smoke: deps-test build
	scripts/smoke.sh build/bin/dialtone

## test: everything CI runs
test: deps-test fmt-check vet bindings-check weights-check test-go test-frontend e2e smoke
	@echo "make test: all checks passed"

## bench: speed and memory figures, each benchmark on one core
## (the IMAP sync figures come from a local Dovecot and mbsync: deps-test).
bench: deps-test
	@mkdir -p build
	DIALTONE_REQUIRE_DOVECOT=1 go test -run '^$$' -bench . -benchmem -cpu 1 -timeout 30m $(GO_PKGS) | tee build/bench.txt | grep -E '^(Benchmark|ok|FAIL)'

clean:
	rm -rf build/bin build/artifacts frontend/dist/assets frontend/dist/index.html
