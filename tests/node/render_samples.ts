// The client a TypeScript developer would write against sygedok: the types
// are generated from the served OpenAPI document by openapi-typescript
// (./api.d.ts beside this file, written by typescript_client.mjs), the
// calls go through openapi-fetch. Renders every sample through its kind's
// render operation and checks that a PDF comes back with its hash.
//
//   tsx render_samples.ts BASE_URL SAMPLE.json...   (each under samples/<kind>/)
//
// Prints one line per sample: "PATH: pdf" or "PATH: failed: WHY".
// Exit code: 0 when every sample came back as a PDF, 1 otherwise.
import createClient from "openapi-fetch";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { paths } from "./api.js";

// The paths whose POST answers a PDF: one per document kind.
type PdfPath = {
  [P in keyof paths & string]: paths[P] extends { post: { responses: { 200: { content: { "application/pdf": unknown } } } } }
    ? P
    : never;
}[keyof paths & string];

const [baseUrl, ...samples] = process.argv.slice(2);
const client = createClient<paths>({ baseUrl });

async function render(sample: string): Promise<string> {
  const path = `/v1/documents/${basename(dirname(sample))}` as PdfPath;
  const body = JSON.parse(readFileSync(sample, "utf8"));
  const { data, response } = await client.POST(path, { body, parseAs: "arrayBuffer" });
  if (!response.ok || data === undefined) return `failed: ${response.status} ${await response.text()}`;
  const pdf = Buffer.from(data);
  if (response.headers.get("content-type") !== "application/pdf") return "failed: not application/pdf";
  if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return "failed: does not start with %PDF-";
  if (createHash("sha256").update(pdf).digest("hex") !== response.headers.get("x-document-sha256"))
    return "failed: X-Document-SHA256 is not the hash of the PDF";
  return "pdf";
}

let failed = samples.length === 0;
for (const sample of samples) {
  let outcome: string;
  try {
    outcome = await render(sample);
  } catch (error) {
    outcome = `failed: ${(error as Error).message}`;
  }
  if (outcome !== "pdf") failed = true;
  console.log(`${sample}: ${outcome}`);
}
process.exit(failed ? 1 : 0);
