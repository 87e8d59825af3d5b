// Judges the service's OpenAPI document with @apidevtools/swagger-parser
// (parse, resolve, validate against the OpenAPI 3.1 schema, dereference,
// check the spec's rules) and checks that the JSON Schema it embeds for each
// document kind is the one the service serves on its own.
//
//   node openapi_judge.mjs OPENAPI.json SERVED_DIR
//
// SERVED_DIR holds KIND.schema.json, the body of GET /v1/schemas/KIND, for
// each kind the document lists in components.parameters.kind.schema.enum.
// Prints one line per finding:
//   "openapi: valid OpenAPI 3.1.0" or "openapi: invalid: MESSAGE"
//   "KIND: embedded schema is GET /v1/schemas/KIND as a component" or
//   "KIND: embedded schema differs from GET /v1/schemas/KIND at /POINTER"
// Exit code: 0 all good, 1 a finding failed, 2 wrong usage or unreadable file.
//
// The embedded schema is the served one with its $id and the $defs nothing
// uses dropped, and each
// "#/..." $ref spelled from the OpenAPI document's root
// ("#/components/schemas/KIND/..."), so that swagger-parser and other tools
// that resolve every $ref against the document find the definitions.
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

// `served` as the OpenAPI document embeds it under components.schemas.KIND.
function asComponent(served, kind) {
  const rewrite = (node) => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!isObject(node)) return node;
    return Object.fromEntries(Object.entries(node).map(([key, value]) =>
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? [key, `#/components/schemas/${kind}${value.slice(1)}`]
        : [key, rewrite(value)]));
  };
  const { $id, ...rest } = served;
  if (rest.$defs) {
    // Only the definitions something uses, directly or through another.
    const used = new Set();
    const collect = (node) => {
      if (Array.isArray(node)) return node.forEach(collect);
      if (!isObject(node)) return;
      for (const [key, value] of Object.entries(node)) {
        if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) {
          const name = value.slice("#/$defs/".length).split("/")[0];
          if (!used.has(name)) {
            used.add(name);
            collect(rest.$defs[name]);
          }
        } else if (key !== "$defs") {
          collect(value);
        }
      }
    };
    collect(rest);
    rest.$defs = Object.fromEntries(Object.entries(rest.$defs).filter(([name]) => used.has(name)));
  }
  return rewrite(rest);
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

try {
  // validate() dereferences in place: give it a copy.
  const api = await SwaggerParser.validate(structuredClone(document), { resolve: { external: false } });
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
  const difference = firstDifference(document.components?.schemas?.[kind], asComponent(served, kind));
  if (difference === null) {
    console.log(`${kind}: embedded schema is GET /v1/schemas/${kind} as a component`);
  } else {
    console.log(`${kind}: embedded schema differs from GET /v1/schemas/${kind} at ${difference}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
