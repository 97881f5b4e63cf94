/** The html format's only style sheet and script, inlined so the page needs nothing else. */
export const HTML_STYLE = `
body{font:14px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem}
.summary{color:#444}.meta{color:#555}
ol.messages{padding-left:1.2rem}ol.messages li{margin:.3rem 0}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#8a5a00;font-weight:600}
.pos{font-family:monospace;color:#555}.rule{font-family:monospace;color:#333}
.explanation{margin:.1rem 0 .1rem 1rem;color:#0b5394}
table.report{border-collapse:collapse;margin:.5rem 0 1rem}
table.report td{border:1px solid #bbb;padding:2px 6px;position:relative;vertical-align:top}
td.involved{background:#fff4cc}
td.failing{background:#ffc9c9;outline:2px solid #d00000;outline-offset:-2px;cursor:pointer}
td.suspected{background:#ffe08a;outline:3px dashed #0050b3;outline-offset:-3px;font-weight:700;cursor:pointer}
td .to{color:#0050b3;font-weight:700;margin-left:.3em}
.tip{display:none;position:absolute;z-index:10;left:0;top:100%;min-width:22rem;max-width:40rem;background:#fffbe6;border:1px solid #999;padding:.4rem .6rem;font-weight:400;box-shadow:0 2px 6px rgba(0,0,0,.25);white-space:normal}
td:hover>.tip,td:focus>.tip,td.open>.tip,.claim:hover>.tip,.claim:focus>.tip,.claim.open>.tip{display:block}
.prose p{max-width:60rem}.prose p.heading{font-weight:700}
.claim{text-decoration:underline;text-decoration-color:#0050b3;text-underline-offset:3px;position:relative}
.claim.failing{text-decoration:underline wavy #d00000;background:#ffe3e3;cursor:pointer}
`;

/** Click (or Enter) on a highlighted cell or claim keeps its explanation open. */
export const HTML_SCRIPT = `
document.addEventListener('click',function(e){var t=e.target.closest('[data-tip]');if(t){t.classList.toggle('open');}});
document.addEventListener('keydown',function(e){if(e.key==='Enter'){var t=e.target.closest&&e.target.closest('[data-tip]');if(t){t.classList.toggle('open');}}});
`;
