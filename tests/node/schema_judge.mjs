// Judges JSON documents against a JSON Schema (2020-12) with ajv in strict
// mode (see strict_ajv.mjs): a judge independent of sygedok's own readers.
//
//   node schema_judge.mjs SCHEMA.json INSTANCE.json...
//
// Prints one line per instance, "INSTANCE.json: valid" or
// "INSTANCE.json: invalid: /path message; ...".
// Exit code: 0 every instance is valid, 1 at least one is invalid,
// 2 wrong usage, an unreadable file or a schema that does not compile.
import { describeErrors, readJson, strictAjv } from "./strict_ajv.mjs";

const [schemaPath, ...instancePaths] = process.argv.slice(2);
if (!schemaPath || instancePaths.length === 0) {
  console.error("usage: node schema_judge.mjs SCHEMA.json INSTANCE.json...");
  process.exit(2);
}

let validate;
try {
  validate = strictAjv().compile(readJson(schemaPath));
} catch (error) {
  console.log(`${schemaPath}: schema does not compile: ${error.message}`);
  process.exit(2);
}

let exitCode = 0;
for (const instancePath of instancePaths) {
  let instance;
  try {
    instance = readJson(instancePath);
  } catch (error) {
    console.log(`${instancePath}: unreadable: ${error.message}`);
    exitCode = 2;
    continue;
  }
  if (validate(instance)) {
    console.log(`${instancePath}: valid`);
  } else {
    console.log(`${instancePath}: invalid: ${describeErrors(validate.errors)}`);
    if (exitCode === 0) exitCode = 1;
  }
}
process.exit(exitCode);
