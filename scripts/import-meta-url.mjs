// pdfjs-dist (an ES module) reads `import.meta.url` to find its optional
// native helpers; a CommonJS bundle has no import.meta, so give it the
// bundle's own file URL. Main process and CLI only: the sandboxed preload has no pdfjs.
export const importMetaUrl = {
  define: { 'import.meta.url': '__vitrineImportMetaUrl' },
  banner: { js: 'const __vitrineImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
};
