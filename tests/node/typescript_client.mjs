// Generates a TypeScript client from an OpenAPI document the way a client
// developer would (openapi-typescript for the types, openapi-fetch for the
// calls), type-checks render_samples.ts against it with tsc --strict, and
// runs it with tsx against a running service.
//
//   node typescript_client.mjs OPENAPI.json BASE_URL SAMPLE.json...
//
// Prints "types: generated", then tsc's complaints (if any) and
// render_samples.ts's lines. Exit code: 0 when the types compile and every
// sample renders, 1 otherwise, 2 on wrong usage.
// Works in a fresh folder under tests/node (so that node_modules is found),
// removed at the end.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const [openapiPath, baseUrl, ...samples] = process.argv.slice(2);
if (!openapiPath || !baseUrl) {
  console.error("usage: node typescript_client.mjs OPENAPI.json BASE_URL SAMPLE.json...");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(here, ".client-"));
const run = (script, args) => {
  try {
    return { status: 0, out: execFileSync(process.execPath, [join(here, "node_modules", script), ...args], { encoding: "utf8", cwd: here }) };
  } catch (error) {
    return { status: error.status ?? 1, out: `${error.stdout ?? ""}${error.stderr ?? ""}` };
  }
};
let status = 1;
try {
  const types = astToString(await openapiTS(JSON.parse(readFileSync(openapiPath, "utf8"))));
  writeFileSync(join(work, "api.d.ts"), types);
  console.log("types: generated");
  copyFileSync(join(here, "render_samples.ts"), join(work, "render_samples.ts"));
  const tsc = run("typescript/bin/tsc", ["--strict", "--noEmit", "--target", "es2022", "--module", "nodenext",
    "--moduleResolution", "nodenext", "--types", "node", "--skipLibCheck", join(work, "render_samples.ts")]);
  process.stdout.write(tsc.out);
  if (tsc.status === 0) {
    const rendered = run("tsx/dist/cli.mjs", [join(work, "render_samples.ts"), baseUrl, ...samples.map((sample) => resolve(sample))]);
    process.stdout.write(rendered.out);
    status = rendered.status;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(status);
