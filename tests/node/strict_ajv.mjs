// The JSON Schema judge shared by schema_judge.mjs and openapi_judge.mjs:
// ajv's 2020-12 validator in strict mode with ajv-formats. An unknown or
// ignored keyword, an unknown format, a non-finite number or an open tuple
// makes compiling fail.
//
// Two of ajv's strict checks are off because they reject idioms of 2020-12
// that the schemas use on purpose: strictTypes wants "type" beside every
// "properties"/"minItems", also in the member lists of $defs mixed in with
// allOf; strictRequired wants every "required" name defined in the same
// subschema, also in oneOf/not/then branches that only say which members
// must (not) be present together.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

// A fresh validator: every error of an instance is reported, not only the first.
export function strictAjv() {
  const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: true });
  addFormats(ajv);
  return ajv;
}

export function readJson(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

// "/employee/name must NOT have fewer than 1 characters; / must have required property 'status'"
export function describeErrors(errors) {
  return (errors ?? [])
    .map((error) => {
      const where = error.instancePath === "" ? "/" : error.instancePath;
      const extra = error.params?.allowedValues ? ` (${error.params.allowedValues.join(", ")})` : "";
      return `${where} ${error.message}${extra}`;
    })
    .join("; ");
}
