// Describes a tagged PDF as pdf.js (npm pdfjs-dist) reads it: a judge
// independent of sygedok's writer and of poppler. It judges nothing itself;
// tests/e2e/tagged_pdf_test.cpp reads the description and decides.
//
//   node structure_judge.mjs FILE.pdf
//
// Prints JSON: {"pages": [PAGE, ...]}, one PAGE per page:
//   "elements":       the structure elements with content on this page
//                     (page.getStructTree()), depth first in reading order:
//                     {"path": "Document/Table/TR/TH", "role": "TH",
//                      "kids": ["content", "TR", "annotation", ...],
//                      "text": its own marked content's text, white space
//                      collapsed (not its kids'),
//                      "alt": "..." (only when it has one),
//                      "annotations": ["Underskrift_leder", ...] (the field
//                      names of the annotations it refers to)}
//   "annotations":    page.getAnnotations(): {"id", "fieldName", "tu", "structParent"}
//   "pageText":       all the text of the page in content-stream order
//   "structureText":  the text read by walking the structure tree: each
//                     element's marked content in turn
//   "contentText":    the text of the page in content-stream order, leaving
//                     out Artifact sequences
//   "artifactTexts":  the text of each Artifact sequence that has text
//   "unmarkedText":   text outside any marked content (should be "")
//   "unknownMcids":   marked-content ids in the content that no element of
//                     the tree refers to; "missingMcids": the reverse
// Word boundaries in the texts are pdf.js's own (it inserts a space or a line
// end from the glyphs' positions, and drops trailing spaces), plus a line
// end wherever the text passes from one element to another; so the two
// orders can be compared word by word. Whether a space ends each line, for
// readers that only concatenate, is for poppler's `pdfinfo -struct-text`.
// Exit code: 0 described, 2 wrong usage or a file pdf.js cannot open.
import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const [pdfPath] = process.argv.slice(2);
if (!pdfPath) {
  console.error("usage: node structure_judge.mjs FILE.pdf");
  process.exit(2);
}

// The text of a page in content-stream order, as a list of runs: one per
// marked-content sequence ({tag, id, text}; id is null for a sequence without
// an MCID) and one per stretch of text outside marked content ({tag: null}).
// A text item inside nested sequences belongs to the innermost. pdf.js gives
// a line end as an item with hasEOL, often an empty one opening the next run.
function readRuns(items) {
  const runs = [];
  const open = [];
  let outside = null;
  for (const item of items) {
    if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
      const run = { tag: item.tag, id: item.id ?? null, text: "" };
      runs.push(run);
      open.push(run);
      outside = null;
    } else if (item.type === "endMarkedContent") {
      open.pop();
      outside = null;
    } else if (open.length > 0) {
      open.at(-1).text += item.str + (item.hasEOL ? "\n" : "");
    } else {
      if (!outside) runs.push((outside = { tag: null, id: null, text: "" }));
      outside.text += item.str + (item.hasEOL ? "\n" : "");
    }
  }
  return runs;
}

// The structure tree flattened depth first, each element with the
// marked-content ids it holds ("mcids", left out of the output).
function flattenStructure(tree, fieldNames) {
  const elements = [];
  const walk = (node, path) => {
    const element = { path: [...path, node.role].join("/"), role: node.role, kids: [], mcids: [] };
    if (node.alt !== undefined) element.alt = node.alt;
    elements.push(element);
    for (const kid of node.children ?? []) {
      if (kid.type === "content") {
        element.kids.push("content");
        element.mcids.push(kid.id);
      } else if (kid.type === "object" || kid.type === "annotation") {
        element.kids.push("annotation");
        const id = kid.id.replace(/^pdfjs_internal_id_/, "");
        (element.annotations ??= []).push(fieldNames.get(id) ?? `(object ${id})`);
      } else if (kid.role !== undefined) {
        element.kids.push(kid.role);
        walk(kid, [...path, node.role]);
      }
    }
  };
  for (const top of tree?.children ?? []) walk(top, []);
  return elements;
}

// Texts joined with a line end between runs of different elements: what a
// reader makes of the words, whichever order it takes them in.
function readPage(runs, elements) {
  const owner = new Map();
  elements.forEach((element, index) => element.mcids.forEach((id) => owner.set(id, index)));
  // A divided word's hyphen is an artifact; the halves meet as a screen
  // reader joins them, without the line end pdf.js puts after the hyphen.
  const joined = [];
  let afterHyphen = false;
  for (const run of runs) {
    joined.push(afterHyphen && run.tag !== "Artifact" ? { ...run, text: run.text.replace(/^\n/, "") } : run);
    if (run.tag === "Artifact") afterHyphen = /^[-\u2010]\n?$/.test(run.text);
    else if (run.text !== "") afterHyphen = false;
  }
  const textOf = new Map();
  for (const run of joined) if (run.id) textOf.set(run.id, (textOf.get(run.id) ?? "") + run.text);
  // An artifact or stretch of unmarked text is an element of its own.
  const join = (selected) => {
    let text = "";
    let previousOwner;
    for (const run of selected) {
      const runOwner = (run.id && owner.get(run.id)) ?? run.id ?? run;
      if (runOwner !== previousOwner) text += "\n";
      text += run.text;
      previousOwner = runOwner;
    }
    return text;
  };
  const contentText = join(joined.filter((run) => run.tag !== null && run.tag !== "Artifact"));
  for (const element of elements) element.text = element.mcids.map((id) => textOf.get(id) ?? "").join("");
  const structureText = elements.map((element) => element.text).join("\n");
  const mcidsInTree = new Set(owner.keys());
  return {
    pageText: join(runs),
    structureText,
    contentText,
    artifactTexts: runs.filter((run) => run.tag === "Artifact" && run.text.trim() !== "").map((run) => run.text.trim()),
    unmarkedText: runs.filter((run) => run.tag === null).map((run) => run.text).join("").trim(),
    unknownMcids: [...textOf.keys()].filter((id) => !mcidsInTree.has(id)),
    missingMcids: [...mcidsInTree].filter((id) => !textOf.has(id)),
  };
}

let document;
try {
  document = await getDocument({ data: new Uint8Array(readFileSync(pdfPath)), verbosity: 0 }).promise;
} catch (error) {
  console.error(`${pdfPath}: pdf.js cannot open it: ${error.message}`);
  process.exit(2);
}

const pages = [];
for (let number = 1; number <= document.numPages; ++number) {
  const page = await document.getPage(number);
  const annotations = (await page.getAnnotations()).map((a) => ({
    id: a.id,
    fieldName: a.fieldName ?? null,
    tu: a.alternativeText ?? null,
    structParent: a.structParent ?? null,
  }));
  const fieldNames = new Map(annotations.map((a) => [a.id, a.fieldName]));
  const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: true });
  const elements = flattenStructure(await page.getStructTree(), fieldNames);
  const texts = readPage(readRuns(content.items), elements);
  for (const element of elements) {
    element.text = element.text.replace(/\s+/g, " ").trim();
    delete element.mcids;
  }
  pages.push({ page: number, elements, annotations, ...texts });
}
console.log(JSON.stringify({ pages }, null, 1));
