// The archive: a collection of articles too big for one machine, analysed by Cloudflare
// Queues consumers (as many as the queue's backlog calls for). Only a deployment with
// the bindings has it (wrangler.toml's [env.archive]); without them these paths answer 501.
//
//   POST /api/archive        JSON Lines of articles ({"id","text"|"html","refDate"}), up
//                            to 32 MiB and 500 articles: each article goes into the bucket under
//                            articles/<id>.json and its id onto the queue (a queue
//                            message holds at most 128 KB; an article may be larger).
//                            202 {"queued": n, "errors": [{"line", "id", "error"}]}
//   GET  /api/archive/<id>   the report (or {"id","error"} for an article that could not
//                            be analysed), 404 until the consumer has written it;
//                            X-Lede-Analysis-Ms says how long its analysis took
//
// The consumer (consume, below) analyses each message's article with the Go handler of
// /api/analyze, the same code and answer, and writes reports/<id>.json. These paths
// serve a batch job, not a page: they send no CORS headers.

const maxBody = 32 << 20; // bytes, as /api/batch
const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/; // a bucket key, never a path
const sendChunk = 100; // messages per sendBatch call, Queues' limit
// articles per POST: each is a bucket write, and a Worker request may make 1,000
// subrequests (paid plan); a bigger archive goes in several posts
const maxArticles = 500;

function json(status, value, headers = {}) {
  return new Response(JSON.stringify(value) + "\n", {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

// archive answers the archive's paths, or returns null for any other path.
export async function archive(req, env) {
  const path = new URL(req.url).pathname;
  if (path !== "/api/archive" && !path.startsWith("/api/archive/")) return null;
  if (!env.ARTICLES || !env.REPORTS) {
    return json(501, { error: "this deployment has no archive: deploy with --env archive (see worker/README.md)" });
  }
  if (path === "/api/archive") {
    if (req.method !== "POST") return json(405, { error: "use POST /api/archive" }, { Allow: "POST" });
    return enqueue(req, env);
  }
  if (req.method !== "GET") return json(405, { error: "use GET /api/archive/<id>" }, { Allow: "GET" });
  const id = decodeURIComponent(path.slice("/api/archive/".length));
  if (!idPattern.test(id)) return json(400, { error: "not an article id: " + JSON.stringify(id) });
  const obj = await env.REPORTS.get("reports/" + id + ".json");
  if (!obj) return json(404, { id, error: "no report for this id yet: it is queued, or was never sent" });
  const headers = { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" };
  if (obj.customMetadata && obj.customMetadata.ms) headers["X-Lede-Analysis-Ms"] = obj.customMetadata.ms;
  return new Response(obj.body, { status: 200, headers });
}

async function enqueue(req, env) {
  if (Number(req.headers.get("Content-Length") || 0) > maxBody) {
    return json(413, { error: "the request body is larger than 32 MiB" });
  }
  const text = await req.text();
  if (text.length > maxBody) return json(413, { error: "the request body is larger than 32 MiB" });
  const errors = [];
  const ids = [];
  const lines = text.split("\n");
  const count = lines.filter((l) => l.trim() !== "").length;
  if (count > maxArticles) {
    return json(413, { error: "at most " + maxArticles + " articles a request, not " + count + ": send the archive in parts" });
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    let a;
    try {
      a = JSON.parse(line);
    } catch (err) {
      errors.push({ line: i + 1, error: "line " + (i + 1) + ": not JSON: " + err.message });
      continue;
    }
    const id = a && typeof a.id === "string" ? a.id : null;
    if (!id || !idPattern.test(id)) {
      errors.push({ line: i + 1, id: a && a.id, error: "line " + (i + 1) + ": an archived article needs an id of letters, digits, '.', '_' or '-'" });
      continue;
    }
    await env.REPORTS.put("articles/" + id + ".json", line);
    ids.push(id);
  }
  for (let i = 0; i < ids.length; i += sendChunk) {
    await env.ARTICLES.sendBatch(ids.slice(i, i + sendChunk).map((id) => ({ body: { id } })));
  }
  return json(202, { queued: ids.length, errors });
}

// consume is the queue consumer: analyze(request) is the Worker's own /api/analyze.
// An answer of 500 (an analyzer bug, or the Go instance died) is retried; any other is
// the article's report or its error, written as it is.
export async function consume(batch, env, analyze) {
  for (const msg of batch.messages) {
    const id = msg.body && msg.body.id;
    const article = typeof id === "string" && idPattern.test(id) ? await env.REPORTS.get("articles/" + id + ".json") : null;
    if (!article) {
      msg.ack(); // removed meanwhile, or not ours: nothing to do
      continue;
    }
    const t0 = Date.now();
    const res = await analyze(new Request("https://lede.internal/api/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: await article.text(),
    }));
    const ms = Date.now() - t0;
    if (res.status >= 500) {
      msg.retry();
      continue;
    }
    await env.REPORTS.put("reports/" + id + ".json", await res.text(), {
      httpMetadata: { contentType: "application/json" },
      customMetadata: { status: String(res.status), ms: String(ms) },
    });
    await env.REPORTS.delete("articles/" + id + ".json");
    msg.ack();
  }
}
