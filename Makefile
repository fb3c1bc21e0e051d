# lede: every entry point. `make run` serves the app; `make test` passes the tests on a
# fresh machine (it installs what it lacks).
SHELL := /bin/bash
GO    ?= go
DATA  ?= ../shared/data
ADDR  ?= 127.0.0.1:8080
COMPARE_DIR ?= /tmp/lede-compare
GOROOT := $(shell $(GO) env GOROOT)

.PHONY: run test dist wasm cli model bench eval compare screenshot fmt-check vet unit e2e deps-browser fuzz clean worker

run: cli ## build everything and serve the page
	./bin/lede serve --addr $(ADDR)

dist: web/lede.wasm web/wasm_exec.js ## the static page: web/ is deployable as it is

web/wasm_exec.js: $(GOROOT)/lib/wasm/wasm_exec.js
	cp $< $@

web/lede.wasm: $(shell find analyzer wasm -name '*.go' -o -name '*.bin' -o -name '*.txt' -o -name '*.json' 2>/dev/null) go.mod
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
	$(GO) test ./analyzer/... ./cmd/... ./worker/... ./wasm/... ./web/...

e2e: dist deps-browser
	$(GO) test -count=1 ./e2e/...

deps-browser: ## Debian's Chromium for the browser tests, when it is missing
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
	  echo "installing chromium (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || { \
	    echo "could not install chromium: the browser tests will skip (and fail under CI=true)"; \
	    test "$$CI" != true; }; }

model: ## rebuild the committed models from $(DATA)
	@test -d $(DATA) || { echo "no $(DATA): the corpora are needed to train"; exit 1; }
	@for t in tools/train-*; do [ -d $$t ] && { echo "== $$t"; $(GO) run ./$$t -data $(DATA) || exit 1; }; done

bench: dist ## speed and size
	$(GO) test -run '^$$' -bench . -benchmem ./analyzer/...
	@ls -l web/lede.wasm | awk '{printf "lede.wasm: %d bytes\n", $$5}'
	@printf 'lede.wasm gzip -9: %d bytes\n' $$(gzip -9c web/lede.wasm | wc -c)

eval: cli ## score on the dev splits in $(DATA)
	./bin/lede eval syntax $(DATA)/conll2003/dev.txt
	./bin/lede eval ner $(DATA)/conll2003/dev.txt
	./bin/lede eval timex $(DATA)/timeml
	./bin/lede eval quotes $(DATA)/polnear/dev
	./bin/lede eval sentiment $(DATA)/newsmtsc/dev_rw.jsonl
	./bin/lede eval sentiment $(DATA)/newsmtsc/dev_mt.jsonl
	./bin/lede eval stance $(DATA)/stance/dev.jsonl $(DATA)/polnear/dev/text
	./bin/lede eval tone $(DATA)/persent/dev.csv

compare: cli ## lede beside chrono-node (TimeML dates) and compromise (CoNLL names); both go to a temporary folder
	npm install --silent --no-save --prefix $(COMPARE_DIR) chrono-node@2.10.3 compromise@14.17.0
	TZ=UTC NODE_PATH=$(COMPARE_DIR)/node_modules node tools/compare-chrono/compare.mjs $(DATA)/timeml bin/lede
	NODE_PATH=$(COMPARE_DIR)/node_modules node tools/compare-compromise/compare.mjs $(DATA)/conll2003/dev.txt bin/lede

screenshot: dist ## rewrite docs/screenshot.png (the README's picture of the page)
	LEDE_SCREENSHOT=1 CI=true $(GO) test -count=1 -run TestScreenshot ./e2e/

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzAnalyze -fuzztime 60s ./analyzer/

worker: dist ## the Cloudflare Worker in worker/build (deploy: cd worker && npm ci && npx wrangler deploy)
	GO=$(GO) ./worker/build.sh

clean:
	rm -rf bin web/lede.wasm web/wasm_exec.js worker/build
