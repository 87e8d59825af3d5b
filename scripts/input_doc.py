#!/usr/bin/env python3
"""Writes the member tables of docs/input.md from the JSON Schemas.

The schema of each kind (templates/schemas/KIND.schema.json with the shared
definitions of common.defs.json) is the one declaration of its input: the
members, their types and limits, the Danish label ("title") and help text
("description") the web form shows, and a note for developers ("$comment").
docs/input.md keeps its prose; between the markers

    <!-- members of KIND (scripts/input_doc.py) -->
    <!-- end of members -->

this script writes the kind's table. A kind whose schema has no markers in
the file yet gets a section at the end.

    python3 scripts/input_doc.py          rewrite docs/input.md
    python3 scripts/input_doc.py --check  exit 1 when docs/input.md is stale (a ctest)
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "templates" / "schemas"
DOC = ROOT / "docs" / "input.md"
COMMAND = "python3 scripts/input_doc.py"
BEGIN = re.compile(r"<!-- members of ([a-z_]+) \(scripts/input_doc\.py\) -->\n.*?<!-- end of members -->", re.S)
# Members every kind accepts for the Digital Post envelope and the archive copy: described in memo.md and pdfa.md.
ENVELOPE_DEF = "envelope_members"
# Shared definitions named as a type instead of being expanded.
TEXT_DEFS = {"short_text": "text", "line_text": "text", "paragraph": "paragraph", "date": '"YYYY-MM-DD"',
             "date_time": '"YYYY-MM-DDTHH:MM"', "cvr": "CVR number", "cpr": '"DDMMYY-SSSS"', "email": "e-mail address"}


def kinds():
    return sorted(p.name[: -len(".schema.json")] for p in SCHEMAS.glob("*.schema.json"))


def load(kind):
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    common = json.loads((SCHEMAS / "common.defs.json").read_text(encoding="utf-8"))
    schema["$defs"] = {**common["$defs"], **schema.get("$defs", {})}
    return schema


def parts(root, node, via=None, always=True):
    """The node and every subschema that adds to it, each with the definition it was reached
    through and whether it always applies (not only in a oneOf/anyOf branch or a then/else)."""
    yield node, via, always
    ref = node.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        yield from parts(root, root["$defs"][name], name, always)
    for key in ("allOf", "anyOf", "oneOf"):
        for part in node.get(key, []):
            if isinstance(part, dict) and "const" not in part:
                yield from parts(root, part, via, always and key == "allOf")
    for key in ("then", "else"):
        if key in node:
            yield from parts(root, node[key], via, False)


def first(root, node, key):
    """The first value of `key` along the node's parts (the node's own wins over its definition's)."""
    for part, via, _ in parts(root, node):
        if key in part and not (key == "$comment" and via in ("date", "date_time")):
            return part[key]
    return None


def choices(root, node):
    for part, _, _ in parts(root, node):
        if "enum" in part:
            return part["enum"]
        if part.get("oneOf") and all(isinstance(p, dict) and "const" in p for p in part["oneOf"]):
            return [p["const"] for p in part["oneOf"]]
    return None


def type_of(root, node):
    values = choices(root, node)
    if values:
        return " | ".join(f'`"{v}"`' for v in values)
    any_of = node.get("anyOf")
    if any_of and all("$ref" in p for p in any_of):
        return " or ".join(type_of(root, p) for p in any_of)
    defs = [via for _, via, _ in parts(root, node) if via]
    for name in defs:
        if name in TEXT_DEFS:
            limit = first(root, node, "maxLength")
            return TEXT_DEFS[name] + (f" (≤ {limit})" if limit and TEXT_DEFS[name] in ("text", "paragraph") else "")
    kind = first(root, node, "type")
    items = first(root, node, "items")
    if kind == "array" or items is not None:
        most = first(root, node, "maxItems")
        inner = type_of(root, items) if items is not None else "item"
        return f"[{inner}]" + (f" (≤ {most})" if most else "")
    if kind == "object" or first(root, node, "properties") is not None:
        return "object"
    if kind in ("number", "integer"):
        low, high = first(root, node, "minimum"), first(root, node, "maximum")
        return "number" + (f" {low}–{high}" if low is not None and high is not None else "")
    if kind == "string":
        limit = first(root, node, "maxLength")
        return "text" + (f" (≤ {limit})" if limit else "")
    return kind or "any"


def members(root, node):
    """(name, schema, required) of each member the node declares, in order."""
    seen, out, required = set(), [], set()
    for part, _, always in parts(root, node):
        if always:
            required.update(part.get("required", []))
    for part, via, _ in parts(root, node):
        if via == ENVELOPE_DEF:
            continue
        for name, child in part.get("properties", {}).items():
            if name not in seen:
                seen.add(name)
                out.append([name, [child], name in required])
            else:
                next(m for m in out if m[0] == name)[1].append(child)
    return [(name, {"allOf": schemas} if len(schemas) > 1 else schemas[0], req) for name, schemas, req in out]


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def rows(root, node, prefix=""):
    for name, child, required in members(root, node):
        path = f"{prefix}{name}"
        title = first(root, child, "title")
        help_text = first(root, child, "description")
        default = first(root, child, "default")
        notes = []
        if default is not None:
            notes.append(f"default `{json.dumps(default, ensure_ascii=False)}`")
        comment = first(root, child, "$comment")
        if comment:
            notes.append(comment)
        words = f"**{title}**" if title else ""
        if help_text:
            words += f" {help_text}" if words else help_text
        yield f"| `{path}` | {cell(type_of(root, child))} | {'yes' if required else ''} | {cell(words)} | {cell('; '.join(notes))} |"
        items = first(root, child, "items")
        if items is not None and members(root, items):
            yield from rows(root, items, f"{path}[].")
        elif members(root, child):
            yield from rows(root, child, f"{path}.")


def table(kind):
    schema = load(kind)
    lines = [f"<!-- members of {kind} (scripts/input_doc.py) -->",
             f"Generated from [templates/schemas/{kind}.schema.json](../templates/schemas/{kind}.schema.json) "
             f"by `{COMMAND}`; edit the schema, not this table.",
             "",
             "| member | type | required | Danish label and help (the web form) | notes |",
             "|---|---|---|---|---|"]
    lines += rows(schema, schema)
    lines.append("<!-- end of members -->")
    return "\n".join(lines)


def generated(text):
    documented = set()

    def replace(match):
        documented.add(match.group(1))
        return table(match.group(1))

    text = BEGIN.sub(replace, text)
    for kind in kinds():
        if kind not in documented:
            schema = load(kind)
            text = text.rstrip("\n") + f"\n\n## {kind}\n\n{schema.get('title', '')}.\n\n{table(kind)}\n"
    return text


def main():
    current = DOC.read_text(encoding="utf-8")
    wanted = generated(current)
    if "--check" in sys.argv[1:]:
        if current != wanted:
            print(f"docs/input.md does not match templates/schemas/; regenerate it with: {COMMAND}", file=sys.stderr)
            return 1
        return 0
    if current != wanted:
        DOC.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
