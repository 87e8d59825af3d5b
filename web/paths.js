// JSON paths as the service writes them in diagnostics ("agreements[3].when")
// and ids derived from them. Pure functions; usable in the browser and in node.

// ["agreements", 3, "when"] → "agreements[3].when".
export function pathString(segments) {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

// "agreements[3].when" → "agreements[3]" → "agreements" → "" → null.
export function parentPath(path) {
  if (!path) return null;
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut < 0 ? '' : path.slice(0, cut);
}

// A path and each of its ancestors, nearest first, ending with "".
export function pathAndAncestors(path) {
  const out = [];
  for (let p = path; p !== null; p = parentPath(p)) out.push(p);
  return out;
}

// Whether `path` is `ancestor` or lies inside it.
export function isWithin(path, ancestor) {
  if (ancestor === '') return true;
  return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}

// An element id for a path: "f-agreements-3-when".
export function idFor(path) {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '') || 'root'}`;
}
