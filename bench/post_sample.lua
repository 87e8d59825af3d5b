-- wrk script: POST the sample referat to /v1/documents/referat and count
-- non-200 answers (wrk counts only socket errors and 4xx/5xx as "non-2xx").
local f = assert(io.open(os.getenv("SAMPLE") or "samples/referat/fravaerssamtale.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.path = "/v1/documents/referat"

done = function(summary, latency, requests)
  io.write(string.format('{"requests": %d, "seconds": %.2f, "docs_per_s": %.1f, "p50_ms": %.2f, "p99_ms": %.2f, "errors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
