// A kind's JSON Schema (as served by GET /v1/schemas/{kind}) → a tree of
// form fields. Local "$ref"s ("#/$defs/…") are followed and "allOf" parts
// merged; the widget of each field follows from its type and from the name
// of the shared definition it uses (date, date_time, paragraph, …).
// Conditions ("if/then", "oneOf", "not") are left to the service, which
// checks every rule and answers with the JSON path of each problem.
//
// The schema is the form's one source of words: a field's Danish label is
// its "title", its help text its "description", an example its "examples"
// (shown as "F.eks. …"), the name of one item of a list the title of its
// "items", and the name and help of each choice the "title" and
// "description" of a "oneOf" of "const"s. A "$ref" with sibling
// "properties" (a kind's own words for a member of a shared definition)
// is merged member by member.
//
// Every field has a pointer into the document, "*" standing for any array
// index ("/agreements/*/what"); the form's hints (labels.js) are keyed by it.
// Pure functions; usable in the browser and in node.

const DATE_DEFS = new Set(['date', 'date_time']);

function lookup(root, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local references are supported: ${ref}`);
  let node = root;
  for (const token of ref.slice(2).split('/')) {
    node = node?.[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  if (node === undefined) throw new Error(`Unknown reference: ${ref}`);
  return node;
}

// Two schemas of the same member: both apply, the later's words win.
const both = (a, b) => (a && b ? { allOf: [a, b] } : a ?? b);

function merge(into, part) {
  const out = { ...into, ...part };
  if (into.properties || part.properties) {
    out.properties = { ...into.properties };
    for (const [name, schema] of Object.entries(part.properties ?? {})) out.properties[name] = both(out.properties[name], schema);
  }
  if (into.items || part.items) out.items = both(into.items, part.items);
  if (into.required || part.required) out.required = [...new Set([...(into.required ?? []), ...(part.required ?? [])])];
  return out;
}

// The schema node with its references followed and its allOf parts merged.
// `defName` names the definition a node uses (the nearest "$ref").
export function resolve(node, root) {
  let out = {};
  if (node.$ref) {
    const target = resolve(lookup(root, node.$ref), root);
    out = merge(out, target);
    out.defName = node.$ref.split('/').pop();
  }
  for (const part of node.allOf ?? []) {
    const resolved = resolve(part, root);
    const { defName, ...rest } = resolved;
    out = merge(out, rest);
    if (!out.defName && defName) out.defName = defName;
  }
  const { $ref, allOf, ...own } = node;
  out = merge(out, own);
  return out;
}

// A choice written as "oneOf": [{"const", "title", "description"}, …] (or a plain "enum").
function choicesOf(schema) {
  if (schema.enum) return { values: schema.enum };
  const parts = schema.oneOf;
  if (!Array.isArray(parts) || !parts.length || !parts.every((part) => 'const' in part)) return undefined;
  const table = (key) => {
    const named = parts.filter((part) => part[key]);
    return named.length ? Object.fromEntries(named.map((part) => [part.const, part[key]])) : undefined;
  };
  return { values: parts.map((part) => part.const), titles: table('title'), help: table('description') };
}

function widgetOf(schema, root) {
  if (Array.isArray(schema.anyOf) && schema.anyOf.every((part) => DATE_DEFS.has(resolve(part, root).defName)))
    return 'date_or_datetime';
  if (choicesOf(schema)) return 'enum';
  if (schema.type === 'object' || schema.properties) return 'object';
  if (schema.type === 'array') {
    const item = resolve(schema.items ?? {}, root);
    if (item.type === 'object' || item.properties) return 'rows';
    return item.defName === 'paragraph' ? 'paragraphs' : 'list';
  }
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.defName === 'date') return 'date';
  if (schema.defName === 'date_time') return 'datetime';
  if (schema.defName === 'paragraph') return 'textarea';
  return 'text';
}

function build(node, root, name, pointer, required) {
  const schema = resolve(node, root);
  const choices = choicesOf(schema);
  const field = {
    name,
    pointer,
    widget: widgetOf(schema, root),
    required,
    defName: schema.defName,
    default: schema.default,
    enum: choices?.values,
    optionTitles: choices?.titles,
    optionHelp: choices?.help,
    title: schema.title,
    description: schema.description,
    examples: schema.examples,
    maxLength: schema.maxLength,
    minimum: schema.minimum,
    maximum: schema.maximum,
    minItems: schema.minItems ?? 0,
    maxItems: schema.maxItems,
  };
  if (field.widget === 'object') {
    const requiredNames = new Set(schema.required ?? []);
    field.children = Object.entries(schema.properties ?? {}).map(([childName, child]) =>
      build(child, root, childName, `${pointer}/${childName}`, requiredNames.has(childName)));
  } else if (field.widget === 'rows' || field.widget === 'list') {
    field.item = build(schema.items ?? {}, root, '*', `${pointer}/*`, true);
  }
  return field;
}

// The field tree of a kind's schema; the root is an object field with pointer "".
export function fieldTree(schema) {
  return build(schema, schema, '', '', true);
}

// Every field a label table must name, in order: all fields except the root
// and the items of lists and rows (a row's own fields are included).
export function labelledPointers(tree, hidden = new Set()) {
  const out = [];
  const walk = (field, listed) => {
    if (hidden.has(field.pointer)) return;
    if (listed) out.push(field.pointer);
    for (const child of field.children ?? []) walk(child, true);
    if (field.item) walk(field.item, false);
  };
  walk(tree, false);
  return out;
}

// Every pointer in the tree, hidden or not (for checking a label table).
export function allPointers(tree) {
  return labelledPointers(tree, new Set());
}

// The field with `pointer`, or undefined.
export function findField(tree, pointer) {
  if (tree.pointer === pointer) return tree;
  for (const child of [...(tree.children ?? []), ...(tree.item ? [tree.item] : [])]) {
    const found = findField(child, pointer);
    if (found) return found;
  }
  return undefined;
}
