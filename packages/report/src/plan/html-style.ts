/**
 * The stylesheet of the HTML plan: system fonts only (the file must work offline), readable on screen, and a print
 * stylesheet with A4 pages, page numbers, each major section on a new page, and table headers repeated across pages.
 */
export const PLAN_CSS = `
:root {
  --ink: #0f172a; --muted: #475569; --faint: #64748b; --line: #d7dee8; --paper: #ffffff; --wash: #f6f8fb;
  --brand: #12355b; --accent: #1d4ed8;
  --ok-bg: #dcfce7; --ok-ink: #14532d; --warn-bg: #fef3c7; --warn-ink: #78350f;
  --bad-bg: #fee2e2; --bad-ink: #7f1d1d; --info-bg: #e0ecff; --info-ink: #1e3a8a; --muted-bg: #f1f5f9;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--wash); color: var(--ink);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.page { max-width: 1120px; margin: 0 auto; padding: 32px 28px 48px; }
.cover {
  background: linear-gradient(135deg, #12355b 0%, #1d4ed8 100%); color: #fff; border-radius: 14px;
  padding: 40px 44px 32px; margin-bottom: 28px;
}
.cover .eyebrow { text-transform: uppercase; letter-spacing: .14em; font-size: 12px; font-weight: 600; opacity: .85; margin: 0 0 6px; }
.cover h1 { font-size: 38px; line-height: 1.15; margin: 0 0 8px; font-weight: 700; letter-spacing: -.01em; }
.cover .subtitle { font-size: 17px; margin: 0 0 22px; opacity: .92; }
.cover dl.control { display: grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap: 12px 20px; margin: 0 0 26px; }
.cover dl.control div { border-top: 1px solid rgba(255,255,255,.35); padding-top: 8px; }
.cover dl.control dt { font-size: 11px; text-transform: uppercase; letter-spacing: .1em; opacity: .8; }
.cover dl.control dd { margin: 2px 0 0; font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.cover dl.control code { color: #fff; background: rgba(255,255,255,.15); }
.figures { list-style: none; padding: 0; margin: 0 0 20px; display: grid; grid-template-columns: repeat(auto-fit, minmax(118px, 1fr)); gap: 10px; }
.figure { background: rgba(255,255,255,.96); color: var(--ink); border-radius: 10px; padding: 12px 14px; border-left: 5px solid #94a3b8; }
.figure .value { display: block; font-size: 26px; font-weight: 700; line-height: 1.1; }
.figure .label { display: block; font-size: 12px; color: var(--muted); margin-top: 2px; }
.figure.tone-ok { border-left-color: #16a34a; } .figure.tone-warn { border-left-color: #d97706; }
.figure.tone-bad { border-left-color: #dc2626; } .figure.tone-info { border-left-color: var(--accent); }
.cover .source { font-size: 13px; opacity: .85; margin: 0; }
nav.toc { background: var(--paper); border: 1px solid var(--line); border-radius: 12px; padding: 22px 28px; margin-bottom: 28px; }
nav.toc h2 { margin: 0 0 10px; font-size: 20px; color: var(--brand); }
nav.toc ol { margin: 0; padding-left: 0; list-style: none; columns: 2; column-gap: 36px; }
nav.toc li { padding: 3px 0; break-inside: avoid; display: flex; gap: 8px; }
nav.toc .num { color: var(--faint); min-width: 2ch; text-align: right; font-variant-numeric: tabular-nums; }
nav.toc .tags { color: var(--faint); font-size: 12px; margin-left: auto; }
a { color: var(--accent); text-decoration: none; } a:hover { text-decoration: underline; }
section.major { background: var(--paper); border: 1px solid var(--line); border-radius: 12px; padding: 26px 30px 18px; margin-bottom: 24px; }
section.major > h2 { font-size: 24px; margin: 0 0 4px; color: var(--brand); display: flex; align-items: baseline; gap: 12px; }
section.major > h2 .num { color: var(--accent); font-variant-numeric: tabular-nums; }
.regimes { margin: 0 0 14px; }
.tag { display: inline-block; font-size: 11px; font-weight: 600; letter-spacing: .04em; color: var(--info-ink); background: var(--info-bg); border-radius: 999px; padding: 2px 9px; margin-right: 6px; }
h3 { font-size: 18px; margin: 26px 0 8px; color: var(--brand); }
h4 { font-size: 15px; margin: 20px 0 6px; }
p { margin: 8px 0 12px; }
code { font: 0.88em/1.3 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; background: #eef2f7; border-radius: 4px; padding: 1px 5px; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 18px; margin: 10px 0 16px; }
dl.facts dt { color: var(--muted); font-weight: 600; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 12px 0 18px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { background: #eef2f7; color: #1e293b; font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafbfd; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.tone-ok { background: var(--ok-bg) !important; color: var(--ok-ink); }
td.tone-warn { background: var(--warn-bg) !important; color: var(--warn-ink); }
td.tone-bad { background: var(--bad-bg) !important; color: var(--bad-ink); }
td.tone-info { background: var(--info-bg) !important; color: var(--info-ink); }
td.tone-muted { color: var(--faint); }
p.empty { color: var(--faint); font-style: italic; }
.callout { border-left: 5px solid; border-radius: 8px; padding: 10px 16px; margin: 12px 0 16px; }
.callout strong.title { display: block; margin-bottom: 2px; }
.callout.tone-ok { background: var(--ok-bg); border-color: #16a34a; color: var(--ok-ink); }
.callout.tone-warn { background: var(--warn-bg); border-color: #d97706; color: var(--warn-ink); }
.callout.tone-bad { background: var(--bad-bg); border-color: #dc2626; color: var(--bad-ink); }
.callout.tone-info, .callout.tone-muted { background: var(--info-bg); border-color: var(--accent); color: var(--info-ink); }
figure { margin: 16px 0 20px; }
figure .canvas { overflow-x: auto; background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px; text-align: center; }
svg.diagram { max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 8px; }
figcaption .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; margin-top: 4px; }
figcaption .legend span { display: inline-flex; align-items: center; gap: 6px; }
svg.swatch { vertical-align: middle; }
.runbook { border-top: 1px solid var(--line); margin-top: 22px; }
footer { color: var(--faint); font-size: 12px; text-align: center; margin-top: 28px; }
@page { size: A4; margin: 15mm 13mm 17mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #64748b; } }
@media print {
  body { background: #fff; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  .cover { border-radius: 0; break-after: page; padding: 36mm 14mm 20mm; min-height: 240mm; }
  nav.toc { border: 0; padding: 0; break-after: page; }
  section.major { border: 0; border-radius: 0; padding: 0; margin: 0; break-before: page; }
  table { font-size: 8.5pt; }
  th, td { padding: 4px 6px; }
  thead { display: table-header-group; }
  tr, .callout, dl.facts { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  figure { break-inside: avoid; }
  .runbook + .runbook { break-before: page; border-top: 0; margin-top: 0; }
  figure .canvas { border: 0; padding: 0; overflow: visible; }
  .table-wrap { overflow: visible; }
  a { color: inherit; }
  code { white-space: normal; }
  footer { display: none; }
}
`;
