// Judges the service's OpenAPI document with @apidevtools/swagger-parser
// (parse, resolve, validate against the OpenAPI 3.1 schema, dereference,
// check the spec's rules) and checks that the JSON Schema it embeds for each
// document kind equals the one the service serves on its own.
//
//   node openapi_judge.mjs OPENAPI.json SERVED_DIR
//
// SERVED_DIR holds KIND.schema.json, the body of GET /v1/schemas/KIND, for
// each kind the document lists in components.parameters.kind.schema.enum.
// Prints one line per finding:
//   "openapi: valid OpenAPI 3.1.0" or "openapi: invalid: MESSAGE"
//   "KIND: embedded schema equals GET /v1/schemas/KIND" or
//   "KIND: embedded schema differs from GET /v1/schemas/KIND at /POINTER"
// Exit code: 0 all good, 1 a finding failed, 2 wrong usage or unreadable file.
//
// OpenAPI 3.1 resolves a relative $ref in a Schema Object against the
// nearest parent $id (JSON Schema 2020-12 § 8.2). swagger-parser resolves
// every $ref against the document instead, so before judging, each "#..."
// $ref inside a schema with an $id is written as that $id plus the fragment
// (the same reference, spelled absolutely), and such $ids are resolved to
// the schema carrying them in the same document.
import { isDeepStrictEqual } from "node:util";
import { join } from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { readJson } from "./strict_ajv.mjs";

const [openapiPath, servedDir] = process.argv.slice(2);
if (!openapiPath || !servedDir) {
  console.error("usage: node openapi_judge.mjs OPENAPI.json SERVED_DIR");
  process.exit(2);
}

function readOrExit(path) {
  try {
    return readJson(path);
  } catch (error) {
    console.log(`${path}: unreadable: ${error.message}`);
    process.exit(2);
  }
}

const isObject = (value) => value !== null && typeof value === "object";

// Every schema carrying an $id, by that $id, and a copy of `node` with the
// "#..." $refs under an $id spelled absolutely.
function absoluteRefs(node, baseId, resources) {
  if (Array.isArray(node)) return node.map((item) => absoluteRefs(item, baseId, resources));
  if (!isObject(node)) return node;
  const id = typeof node.$id === "string" ? node.$id : baseId;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] = key === "$ref" && id && typeof value === "string" && value.startsWith("#")
      ? id + value
      : absoluteRefs(value, id, resources);
  }
  if (typeof node.$id === "string") resources.set(node.$id, copy);
  return copy;
}

// The first JSON pointer at which `a` and `b` differ, or null.
function firstDifference(a, b, pointer = "") {
  if (isDeepStrictEqual(a, b)) return null;
  if (!isObject(a) || !isObject(b) || Array.isArray(a) !== Array.isArray(b)) return pointer || "/";
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const found = firstDifference(a[key], b[key], `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    if (found) return found;
  }
  return pointer || "/";
}

const document = readOrExit(openapiPath);
let failed = false;

const resources = new Map();
const judged = absoluteRefs(document, undefined, resources);
const embeddedIds = {
  order: 1,
  canRead: (file) => resources.has(file.url),
  read: (file) => JSON.stringify(resources.get(file.url)),
};
try {
  const api = await SwaggerParser.validate(judged, { resolve: { embeddedIds, external: true } });
  console.log(`openapi: valid OpenAPI ${api.openapi}`);
} catch (error) {
  console.log(`openapi: invalid: ${error.message.replaceAll("\n", " ")}`);
  failed = true;
}

const kinds = document.components?.parameters?.kind?.schema?.enum ?? [];
if (kinds.length === 0) {
  console.log("openapi: components.parameters.kind.schema.enum lists no kinds");
  failed = true;
}
for (const kind of kinds) {
  const served = readOrExit(join(servedDir, `${kind}.schema.json`));
  const difference = firstDifference(document.components?.schemas?.[kind], served);
  if (difference === null) {
    console.log(`${kind}: embedded schema equals GET /v1/schemas/${kind}`);
  } else {
    console.log(`${kind}: embedded schema differs from GET /v1/schemas/${kind} at ${difference}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
