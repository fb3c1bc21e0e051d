#!/usr/bin/env bash
# Builds worker/build for wrangler: app.wasm (the Go worker), the JS glue (worker.mjs from
# here; runtime.mjs and wasm_exec.js from syumai/workers) and site/ (the static page: web/
# after `make dist`).
# Run from anywhere; `make worker` runs it after `make dist`.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
out=worker/build
web=${WEB:-web}    # the page's directory; another one only for trying a build elsewhere

if [ ! -f "$web/lede.wasm" ] || [ ! -f "$web/wasm_exec.js" ]; then
  echo "worker/build.sh: $web/lede.wasm or $web/wasm_exec.js is missing: run \`make dist\` first" >&2
  exit 1
fi

# the JS glue of the syumai/workers version in go.mod (the generator empties $out first),
# with our entry point, which keeps one Go instance per isolate (see worker.mjs)
$GO run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o "$out"
cp worker/worker.mjs worker/archive.mjs "$out/"
GOOS=js GOARCH=wasm $GO build -trimpath -ldflags="-s -w" -o "$out/app.wasm" ./worker

mkdir -p "$out/site"
for f in "$web"/*; do
  case "$f" in *.go) continue ;; esac    # web/embed.go is the CLI's, not the page's
  # the .br/.gz copies are for `lede serve`: Cloudflare's asset server compresses by
  # Accept-Encoding itself, and would serve them only under their own names
  case "$f" in *.br|*.gz) continue ;; esac
  cp -R "$f" "$out/site/"
done
cp worker/_headers "$out/site/_headers"

# Cloudflare bounds the compressed Worker: 3 MiB on the free plan, 10 MiB on paid plans
size=$(wc -c <"$out/app.wasm")
gz=$(gzip -9c "$out/app.wasm" | wc -c)
printf 'worker/build/app.wasm: %d bytes, %d gzip -9\n' "$size" "$gz"
if [ "$gz" -gt $((10 << 20)) ]; then
  echo "worker/build.sh: app.wasm is over 10 MiB gzipped: no Cloudflare plan accepts it" >&2
  exit 1
elif [ "$gz" -gt $((3 << 20)) ]; then
  echo "worker/build.sh: warning: app.wasm is over 3 MiB gzipped: it needs a paid Workers plan" >&2
fi
