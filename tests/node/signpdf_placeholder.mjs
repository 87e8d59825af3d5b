// What a node signer does first: @signpdf/placeholder-plain adds its own
// empty signature field (with a ByteRange/Contents placeholder) to a PDF,
// as an incremental update, and finds an existing form by /Type /AcroForm.
//
//   node signpdf_placeholder.mjs IN.pdf OUT.pdf
//
// Prints "placeholder: added" or "placeholder: refused: MESSAGE".
// Exit code: 0 added, 1 refused, 2 wrong usage.
import { readFileSync, writeFileSync } from "node:fs";
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node signpdf_placeholder.mjs IN.pdf OUT.pdf");
  process.exit(2);
}
try {
  const placed = plainAddPlaceholder({
    pdfBuffer: readFileSync(input),
    reason: "Underskrift",
    contactInfo: "signer@eksempelkommune.example",
    name: "Eksempel Underskriver",
    location: "Eksempelby",
    signingTime: new Date(Date.UTC(2026, 11, 7, 9, 0, 0)),
  });
  writeFileSync(output, placed);
  console.log("placeholder: added");
} catch (error) {
  console.log(`placeholder: refused: ${error.message}`);
  process.exit(1);
}
