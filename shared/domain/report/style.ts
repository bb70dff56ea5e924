/**
 * The report's style sheets. The standalone document (saved as .html or
 * printed to PDF) inlines REPORT_CSS; the in-app preview adopts
 * REPORT_PREVIEW_CSS in a shadow root. Both share the content rules, so the
 * preview looks like the paper. System fonts only: nothing may be fetched.
 */

/** Font and ink of the paper: the document's body, the preview's sheets. */
const PAPER = 'font: 10.5pt/1.45 "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif; color: #1f2a3c; background: #fff;';

/** Everything inside the body. */
const CONTENT_CSS = `
* { box-sizing: border-box; }
h1, h2, h3 { color: #14213d; line-height: 1.2; }
h2 { font-size: 17pt; margin: 0 0 2mm; padding-bottom: 2mm; border-bottom: 2px solid #2b6cb0; }
h2.next { margin-top: 9mm; }
h3 { font-size: 11.5pt; margin: 0; }
p { margin: 0 0 2mm; }
.page { break-before: page; }
.follows { margin-top: 10mm; break-inside: avoid-page; }
/* A long section flows on from the one before rather than leaving half a page empty; its heading stays with its start. */
.follows.flow { break-inside: auto; }
h2 { break-after: avoid; }
.next-steps p { margin: 0 0 3mm; white-space: normal; }
.intro { color: #5b6678; margin-bottom: 5mm; }
.muted { color: #5b6678; }
.empty { color: #5b6678; font-style: italic; padding: 3mm 4mm; background: #f4f6f9; border-radius: 2mm; }
.empty.ok { font-style: normal; color: #1d6b47; background: #eaf6ef; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.chip { display: inline-block; font-size: 8pt; font-weight: 600; padding: 0.4mm 2mm; border-radius: 3mm; background: #eef1f5; color: #39465a; white-space: nowrap; }
.sev-error.chip { background: #fbe3e0; color: #9b2c1f; }
.sev-warning.chip { background: #fdf0d5; color: #8a5a00; }
.sev-info.chip { background: #e3eefb; color: #1f5591; }
.badge { font-weight: 700; font-size: 9.5pt; padding: 0.8mm 2.5mm; border-radius: 3mm; color: #fff; white-space: nowrap; }
.band-bg-good { background: #1a7f53; } .band-bg-fair { background: #a36700; } .band-bg-poor { background: #c0392b; }
.muted-badge { background: #eef1f5; color: #5b6678; font-weight: 600; }
.band-good { color: #1a7f53; } .band-fair { color: #a36700; } .band-poor { color: #c0392b; } .band-none { color: #6b7587; }

/* Cover */
.cover { min-height: 262mm; display: flex; flex-direction: column; }
.cover-top { display: flex; justify-content: space-between; align-items: center; padding-bottom: 4mm; border-bottom: 1px solid #dde3ea; }
.brand { display: flex; align-items: center; gap: 3mm; font-weight: 700; font-size: 12pt; color: #14213d; }
.brand-mark { display: inline-flex; align-items: center; justify-content: center; width: 8mm; height: 8mm; border-radius: 2mm; background: #14213d; color: #fff; font-size: 11pt; }
.logo { max-height: 14mm; max-width: 45mm; object-fit: contain; }
.cover-date { color: #5b6678; }
.cover-title { margin: 26mm 0 14mm; padding-left: 6mm; border-left: 2.2mm solid #2b6cb0; }
.kicker { text-transform: uppercase; letter-spacing: 0.18em; font-size: 10pt; font-weight: 700; color: #2b6cb0; margin-bottom: 6mm; }
.for { color: #5b6678; margin: 0; }
.cover h1 { font-size: 32pt; margin: 1mm 0 3mm; overflow-wrap: anywhere; }
.sub { font-size: 12pt; color: #39465a; }
.cover-score { display: flex; align-items: center; gap: 10mm; padding: 8mm; background: #f4f7fb; border-radius: 4mm; }
.score-label { text-transform: uppercase; letter-spacing: 0.12em; font-size: 9pt; color: #5b6678; margin: 0; }
.main-profile { color: #39465a; margin: 0 0 3mm; }
.band { font-size: 22pt; font-weight: 700; margin: 0 0 4mm; }
.stats { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(4, auto); gap: 2mm; }
.stats li { background: #fff; border: 1px solid #dde3ea; border-radius: 2mm; padding: 2mm 2.5mm; }
.stats strong { display: block; font-size: 15pt; color: #14213d; }
.stats span { font-size: 8.5pt; color: #5b6678; }
.stats .error strong { color: #c0392b; } .stats .warning strong { color: #a36700; } .stats .info strong { color: #2b6cb0; }
.contents { margin-top: 12mm; }
.contents h2 { font-size: 11pt; border: 0; text-transform: uppercase; letter-spacing: 0.12em; color: #5b6678; }
.contents ol { columns: 2; margin: 0; padding-left: 5mm; color: #39465a; }
.contents li { margin-bottom: 1.5mm; }
.cover-foot { margin-top: auto; padding-top: 4mm; border-top: 1px solid #dde3ea; color: #5b6678; font-size: 9pt; }

/* Strengths and fixes */
.strengths { list-style: none; padding: 0; margin: 0; }
.strengths li { position: relative; padding: 2mm 3mm 2mm 10mm; margin-bottom: 1.5mm; background: #eaf6ef; border-radius: 2mm; break-inside: avoid; }
.strengths li::before { content: "✓"; position: absolute; left: 3.5mm; top: 1.8mm; color: #1a7f53; font-weight: 700; }
.fixes { padding-left: 6mm; margin: 0; }
.fixes > li::marker { font-weight: 700; color: #2b6cb0; }
.finding { break-inside: avoid; margin-bottom: 3mm; padding: 2.5mm 3.5mm; border: 1px solid #e3e8ef; border-left-width: 1.2mm; border-radius: 1.5mm; }
.finding.sev-error { border-left-color: #c0392b; } .finding.sev-warning { border-left-color: #e0a12a; } .finding.sev-info { border-left-color: #5a8fd0; }
.finding-head { display: flex; gap: 2mm; align-items: baseline; }
.msg { font-weight: 600; flex: 1; }
.pts { color: #5b6678; font-size: 9pt; white-space: nowrap; }
.subject { font-size: 9pt; color: #5b6678; margin: 0.5mm 0 1mm; }
.similar-head { font-size: 9pt; color: #39465a; font-weight: 600; margin: 1.5mm 0 0; }
.similar { margin: 0.5mm 0 0; padding-left: 5mm; font-size: 8.5pt; color: #5b6678; }
.why, .fix { font-size: 9.5pt; margin: 1mm 0 0; }
.why b, .fix b { color: #39465a; }

/* Profiles */
.findings { list-style: none; padding: 0; margin: 0; }
.profile { margin-bottom: 6mm; }
.profile > header { display: flex; justify-content: space-between; align-items: center; gap: 3mm; padding: 2mm 0; border-bottom: 1px solid #dde3ea; margin-bottom: 2mm; break-after: avoid; }
.status { margin-left: 2mm; vertical-align: middle; }
.url { font-size: 8.5pt; color: #5b6678; overflow-wrap: anywhere; }

/* Cross-links */
.matrix { border-collapse: separate; border-spacing: 1mm; font-size: 9pt; }
.matrix th { font-weight: 600; color: #39465a; text-align: left; }
.matrix thead th { vertical-align: bottom; text-align: center; padding: 1mm; max-width: 22mm; }
.matrix thead th.corner { text-align: left; color: #5b6678; font-weight: 400; }
.matrix tbody th { padding-right: 3mm; max-width: 70mm; overflow-wrap: anywhere; }
.num { display: inline-block; min-width: 4.5mm; height: 4.5mm; line-height: 4.5mm; margin-right: 1.5mm; border-radius: 1mm; background: #14213d; color: #fff; font-size: 7.5pt; text-align: center; }
.matrix thead .num { display: block; margin: 0 auto 1mm; width: 4.5mm; }
.matrix td { width: 12mm; height: 8mm; text-align: center; border-radius: 1.2mm; font-weight: 700; font-size: 11pt; }
.cell-link { background: #cdebd9; color: #16643a; }
.cell-via-site { background: #d9e7f7; color: #1f5591; }
.matrix td .evidence { margin-left: 0.6mm; font-size: 7pt; }
.cell-none { background: #fbe3e0; color: #9b2c1f; }
.cell-self { background: #f1f3f6; }
.matrix-legend { display: flex; gap: 6mm; margin-top: 4mm; font-size: 9pt; }
.cell-key { display: inline-block; width: 6mm; height: 5mm; line-height: 5mm; text-align: center; border-radius: 1mm; font-weight: 700; }
.matrix-summary { margin-top: 2mm; font-weight: 600; }

/* Themes */
.themes { display: grid; grid-template-columns: 1fr 1fr; gap: 4mm; }
.theme { break-inside: avoid; border: 1px solid #dde3ea; border-top: 1.2mm solid #2b6cb0; border-radius: 2mm; padding: 3mm 4mm; }
.theme.none { border-top-color: #cfd6e0; }
.theme .net { font-size: 8.5pt; color: #5b6678; text-transform: uppercase; letter-spacing: 0.06em; }
.theme h3 { margin: 1mm 0 2mm; font-size: 12.5pt; }
.kw { background: #e3eefb; color: #1f5591; margin: 0 1mm 1mm 0; }
.theme dl { display: grid; grid-template-columns: auto 1fr; gap: 0.8mm 3mm; margin: 1mm 0 0; font-size: 9pt; }
.theme dt { color: #5b6678; } .theme dd { margin: 0; }

/* Agenda */
.agenda { width: 100%; border-collapse: collapse; }
.agenda th, .agenda td { padding: 2.2mm 2mm; border-bottom: 1px solid #e3e8ef; vertical-align: top; text-align: left; }
.agenda tr { break-inside: avoid; }
.agenda th { width: 38mm; color: #14213d; white-space: nowrap; }
.agenda ul { list-style: none; margin: 0; padding: 0; }
.agenda li { margin-bottom: 1mm; }
.agenda .net { font-weight: 600; }
.theme-tag { font-size: 8.5pt; color: #1f5591; background: #e3eefb; border-radius: 2mm; padding: 0 1.5mm; }
.agenda .days { display: block; font-size: 9pt; color: #39465a; }

/* Regularity */
.legend { display: inline-flex; align-items: center; gap: 1.5mm; font-size: 8.5pt; margin-left: 3mm; white-space: nowrap; }
.activity { margin: 0 0 5mm; break-inside: avoid; }
.activity figcaption { margin-bottom: 1.5mm; }
.activity svg { display: block; }

/* Progress */
.progress-figures { display: flex; align-items: baseline; gap: 4mm; font-size: 30pt; font-weight: 700; color: #14213d; margin: 4mm 0; }
.progress-figures .prev { color: #6b7587; }
.progress-figures .arrow { font-size: 20pt; color: #6b7587; }
.delta { font-size: 13pt; padding: 0.5mm 2.5mm; border-radius: 3mm; }
.delta.up { background: #eaf6ef; color: #1d6b47; } .delta.down { background: #fbe3e0; color: #9b2c1f; } .delta.same { background: #eef1f5; color: #5b6678; }
.verdict { font-weight: 600; }
.history { margin: 6mm 0 0; }
`;

/** The printable A4 document: page box, print colours, and a centred column when opened in a browser. */
export const REPORT_CSS = `
@page { size: A4; margin: 16mm 15mm 16mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; ${PAPER} }
@media screen { body { max-width: 210mm; margin: 0 auto; padding: 12mm 15mm; } section.page { border-top: 1px dashed #cfd6e0; margin-top: 10mm; padding-top: 10mm; } }
${CONTENT_CSS}`;

/**
 * The preview inside the app: the body's sections grouped into .sheet
 * elements, each an A4 sheet with the PDF's margins. `all: initial` keeps the
 * app's inherited styles (its theme's text colour, font) out of the paper.
 */
export const REPORT_PREVIEW_CSS = `
:host { all: initial; display: block; color-scheme: light; }
.sheet { ${PAPER} position: relative; width: 210mm; min-height: 297mm; padding: 16mm 15mm; margin: 0 auto; box-shadow: 0 1px 3px rgb(0 0 0 / 18%), 0 6px 18px rgb(0 0 0 / 10%); }
.sheet + .sheet { margin-top: 8mm; }
${CONTENT_CSS}`;
