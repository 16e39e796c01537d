namespace Okr.Samples.Cli.Rendering.Report;

/// <summary>The report's style sheet: readable from 800 pixels up, colours kept in print, sections not split across pages.</summary>
internal static class ReportStyle
{
    public const string Css = """
        :root{--on-track:#2e7d32;--achieved:#0277bd;--behind:#f9a825;--at-risk:#c62828;--closed:#3949ab;--grey:#9e9e9e}
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:1.5rem auto;padding:0 1.5rem;color:#212121;max-width:1180px;line-height:1.4;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        h1{font-size:1.55rem;margin:0 0 .2rem}h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
        h3{font-size:1.05rem;margin:0}
        .meta{color:#616161;margin:.1rem 0}
        .id{color:#616161;font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;font-size:.78rem;white-space:nowrap}
        .status{display:inline-block;padding:.05rem .55rem;border-radius:1rem;color:#fff;font-size:.78rem;white-space:nowrap;font-weight:600}
        .s-on-track{background:var(--on-track)}.s-achieved{background:var(--achieved)}.s-behind{background:var(--behind);color:#212121}
        .s-at-risk{background:var(--at-risk)}.s-closed{background:var(--closed)}.s-not-started,.s-not-scored{background:var(--grey)}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:.8rem;margin:1rem 0}
        .card{border:1px solid #e0e0e0;border-radius:8px;padding:.7rem .9rem;break-inside:avoid}
        .card .big{font-size:1.6rem;font-weight:700}
        .card ul{list-style:none;padding:0;margin:.3rem 0 0}.card li{margin:.15rem 0}
        .ended{background:#fff8e1;border:1px solid #f9a825;border-radius:8px;padding:.5rem .9rem;margin:.8rem 0}
        .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;font-size:.85rem;color:#424242;margin:.4rem 0 1rem}
        section.objective{border:1px solid #e0e0e0;border-radius:8px;padding:.8rem 1rem;margin:1rem 0;break-inside:avoid-page}
        .objective-head{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .8rem}
        .rule{color:#424242;font-size:.85rem;margin:.35rem 0}
        .rule b{color:#212121}
        table{border-collapse:collapse;width:100%;margin-top:.5rem}
        th,td{text-align:left;padding:.3rem .45rem;border-bottom:1px solid #eee;vertical-align:top}
        th{font-size:.78rem;color:#616161;font-weight:600}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .nowrap{white-space:nowrap}th{white-space:nowrap}
        tr.initiative td{color:#424242;font-size:.88rem}tr.task td{color:#616161;font-size:.83rem}
        tr.initiative td:first-child{padding-left:1.4rem}tr.task td:first-child{padding-left:2.6rem}
        .note{font-size:.82rem;color:#424242}
        .gantt{width:100%;height:auto;max-width:1180px}
        figure.burnup{margin:.7rem 0 0}svg.burnup{width:100%;max-width:560px;height:auto;display:block}figure.burnup .legend{margin:.2rem 0 0}
        @media (max-width:900px){body{padding:0 .6rem}th.opt,td.opt{display:none}}
        @media print{body{margin:0;padding:0;max-width:none;font-size:10.5pt}h2{break-after:avoid}section.objective{break-inside:avoid}
          .cards{grid-template-columns:repeat(4,1fr)}a{color:inherit;text-decoration:none}}
        @page{size:A4;margin:14mm}
        """;
}
