package dev.kitchenlab.engine.page;

/**
 * The page's one stylesheet, inline: the page must read the same offline, on paper, and with no file beside it.
 */
final class PageStyle {
    static final String CSS = """
            body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em auto; max-width: 1000px; color: #222; }
            h1 { font-size: 1.6em; margin: 0 0 .4em; }
            h2 { font-size: 1.25em; border-bottom: 1px solid #ccc; margin-top: 2em; }
            h3 { font-size: 1em; margin: 1em 0 .3em; color: #444; }
            .index { columns: 3; padding-left: 1.2em; }
            .verdict { font-weight: bold; padding: 0 .3em; border-radius: 3px; }
            .pass { color: #176c2e; } .fail, .timeout, .crash, .error { color: #b3261e; }
            .inconclusive { color: #8a5a00; } .skipped { color: #666; }
            .figures, .when, .caption, .none { color: #555; margin: .2em 0; }
            .findings { padding-left: 1.2em; } .findings li { margin: .2em 0; white-space: pre-wrap; }
            .next { color: #0b4f8a; }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font: 11px system-ui, sans-serif; fill: #333; }
            .bar { fill: #3b7dd8; stroke: #fff; stroke-width: 2; }
            svg text.dish { fill: #fff; font-size: 10px; } .life { fill: #999; } .sleep { fill: #cfe0fa; }
            .main { fill: #777; } .legend { color: #666; font-size: 12px; margin: 0 0 .5em; }
            .said { fill: #e08a00; } .axis { stroke: #999; }
            .spawn .thread { fill: #3b7dd8; } .spawn .process { fill: #d8663b; }
            .mem { display: flex; height: 22px; margin: .2em 0 .6em; background: #eee; }
            .seg { background: #3b7dd8; border-right: 1px solid #fff; color: #fff; font-size: 11px;
                   overflow: hidden; white-space: nowrap; padding-left: 3px; }
            .seg.kitchen { background: #1d4f91; }
            table { border-collapse: collapse; font: 12px ui-monospace, monospace; margin: .3em 0; }
            th, td { border: 1px solid #ddd; padding: 1px 6px; text-align: right; }
            td:last-child { text-align: left; max-width: 420px; overflow: hidden; white-space: nowrap; }
            pre.output { background: #f6f6f6; padding: .5em; font-size: 12px; white-space: pre-wrap; }
            @media print { body { margin: 0; max-width: none; } section { break-inside: avoid-page; }
                * { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }
            """;

    private PageStyle() {
    }
}
