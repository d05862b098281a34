package org.hessianworkbench.report.html;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * One self-contained HTML page, built as a jsoup DOM tree: the style sheet (screen and print, A4) and
 * the one script (sorting a table by a column) inline, pictures as {@code data:} URIs, mathematics as
 * MathML elements, the command that made the page in its footer. Nothing on the page names a URL to
 * fetch: it opens from {@code file://} with no network, on a projector or in a student's mail.
 *
 * <p>Every HTML renderer builds its page here, with text set through jsoup (escaped by it), so no
 * renderer concatenates markup.
 */
public final class HtmlPage {

    /** The page's style sheet: readable on a projector, tables that fit, a print layout for A4. */
    static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
                   max-width: 62rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.5; color: #1b1b1b;
                   background: #fff; }
            h1 { font-size: 1.8rem; border-bottom: 2px solid #0072b2; padding-bottom: .3rem; }
            h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
            h3 { font-size: 1.1rem; margin-top: 1.5rem; }
            nav.toc ol { padding-left: 1.4rem; }
            pre, code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .88rem; }
            pre { background: #f6f8fa; border: 1px solid #e1e4e8; padding: .7rem; overflow-x: auto;
                  white-space: pre; }
            table { border-collapse: collapse; margin: .8rem 0; font-size: .92rem; }
            th, td { border: 1px solid #c8ccd0; padding: .25rem .6rem; vertical-align: top; }
            th { background: #eef2f6; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tbody tr:nth-child(even) { background: #fafbfc; }
            table.sortable th { cursor: pointer; }
            table.sortable th[aria-sort="ascending"]::after { content: " \\25B2"; }
            table.sortable th[aria-sort="descending"]::after { content: " \\25BC"; }
            figure { margin: 1rem 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #e1e4e8; }
            figcaption { font-size: .9rem; color: #555; }
            /* a font with OpenType MATH tables, so that fences stretch round a matrix and sums are large */
            math { font-family: "STIX Two Math", "Cambria Math", "Latin Modern Math", "DejaVu Math TeX Gyre", math; }
            math[display="block"] { margin: .6rem 0; font-size: 1.1rem; }
            /* LaTeX from the prose drawn as pictures (TexImages): at text size, inline on the baseline */
            img.tex-inline { display: inline; margin: 0 .05em; }
            img.tex-display { display: block; margin: .6rem auto; max-width: 100%; height: auto; }
            code.tex-unparsed { color: #b30000; }
            .verdict-ok { color: #006d2c; font-weight: 600; }
            .verdict-bad { color: #b30000; font-weight: 600; }
            .note { border-left: 4px solid #e69f00; padding: .2rem .8rem; background: #fff8e6; }
            footer { margin-top: 3rem; border-top: 1px solid #ccc; font-size: .85rem; color: #555; }
            @media print {
              @page { size: A4; margin: 15mm; }
              body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
              nav.toc { page-break-after: always; }
              h2, h3 { page-break-after: avoid; }
              table, figure, pre { page-break-inside: auto; }
              tr, img, math { page-break-inside: avoid; }
              pre { white-space: pre-wrap; overflow: visible; }
              table { font-size: 9pt; }
              figure img { max-height: 240mm; }
            }
            """;

    /** Sorts a {@code table.sortable} by the clicked column: numbers as numbers, the rest as text. */
    static final String SORT_SCRIPT = """
            document.querySelectorAll("table.sortable").forEach(function (table) {
              table.querySelectorAll("thead th").forEach(function (th, col) {
                th.addEventListener("click", function () {
                  var up = th.getAttribute("aria-sort") !== "ascending";
                  table.querySelectorAll("thead th").forEach(function (h) { h.removeAttribute("aria-sort"); });
                  th.setAttribute("aria-sort", up ? "ascending" : "descending");
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  function key(r) { var t = r.cells[col].textContent.trim(); var v = parseFloat(t);
                                    return isNaN(v) || !/^[-+0-9.eE%]+$/.test(t) ? t.toLowerCase() : v; }
                  rows.sort(function (a, b) { var x = key(a), y = key(b);
                    var c = (typeof x === typeof y) ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
                    return up ? c : -c; });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            """;

    /** A cell that reads as a number (right-aligned). */
    private static final Pattern NUMBER = Pattern.compile("^[-+]?(\\d[\\d,]*\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?%?$");

    private final Document doc;
    private final Element main;
    private final Element tocList;
    private final List<String> ids = new ArrayList<>();
    private boolean sortable;
    /** The LaTeX fragments drawn so far, by style and source: a page repeats {@code \(i\)} often. */
    private final Map<String, Optional<TexImages.Picture>> drawn = new HashMap<>();
    private int texUnparsed;

    private HtmlPage(String title, String command) {
        doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).prettyPrint(true).indentAmount(1);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("meta").attr("name", "generator").attr("content", "Hessian Workbench");
        doc.title(title);
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        doc.selectFirst("html").attr("lang", "en");
        doc.body().appendElement("h1").text(title);
        Element nav = doc.body().appendElement("nav").addClass("toc").attr("hidden", "");
        nav.appendElement("h2").text("Contents");
        tocList = nav.appendElement("ol");
        main = doc.body().appendElement("main");
        Element footer = doc.body().appendElement("footer");
        footer.appendElement("p").appendText("Made by Hessian Workbench: ").appendElement("code").text(command);
    }

    /**
     * A page.
     *
     * @param title   the page's title and first heading
     * @param command the command that produced it, as typed (shown in the footer)
     */
    public static HtmlPage titled(String title, String command) {
        return new HtmlPage(Objects.requireNonNull(title), Objects.requireNonNull(command));
    }

    /** The page's main content, for a renderer that adds its own elements. */
    public Element main() {
        return main;
    }

    /**
     * A section with a level-2 heading, listed in the table of contents (shown once the page has two or
     * more sections).
     */
    public Element section(String heading) {
        String id = "s" + (ids.size() + 1);
        ids.add(id);
        Element s = main.appendElement("section").id(id);
        s.appendElement("h2").text(heading);
        tocList.appendElement("li").appendElement("a").attr("href", "#" + id).text(heading);
        if (ids.size() >= 2) {
            tocList.parent().removeAttr("hidden");
        }
        return s;
    }

    /** A level-3 heading in {@code parent}. */
    public static Element heading(Element parent, String text) {
        return parent.appendElement("h3").text(text);
    }

    /** A paragraph of text in {@code parent}. */
    public static Element paragraph(Element parent, String text) {
        return parent.appendElement("p").text(text);
    }

    /**
     * A paragraph of prose in {@code parent} whose LaTeX fragments ({@code \( ... \)}, {@code $ ... $}
     * inline, {@code \[ ... \]}, {@code $$ ... $$} displayed) are drawn as pictures; see
     * {@link #appendProse(Element, String)}.
     */
    public Element prose(Element parent, String text) {
        return appendProse(parent.appendElement("p"), text);
    }

    /**
     * Prose appended to {@code element}: its text as text nodes, each LaTeX fragment as an {@code <img>}
     * (class {@code tex-inline} or {@code tex-display}, a PNG {@code data:} URI, {@code alt} the source,
     * laid out at text size). A fragment JLaTeXMath cannot parse stays as its source in a
     * {@code <code class="tex-unparsed">} and is counted ({@link #texUnparsed()}).
     *
     * @return {@code element}
     */
    public Element appendProse(Element element, String text) {
        for (TexImages.Piece piece : TexImages.pieces(text)) {
            if (!piece.tex()) {
                element.appendText(piece.text());
                continue;
            }
            Optional<TexImages.Picture> picture = drawn.computeIfAbsent((piece.display() ? "D" : "I") + piece.text(),
                    key -> TexImages.draw(piece.text(), piece.display()));
            if (picture.isEmpty()) {
                texUnparsed++;
                element.appendElement("code").addClass("tex-unparsed").text(piece.text());
                continue;
            }
            TexImages.Picture p = picture.get();
            Element img = element.appendElement("img")
                    .attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(p.png()))
                    .attr("alt", piece.text())
                    .attr("width", Integer.toString(p.width()))
                    .attr("height", Integer.toString(p.height()));
            if (piece.display()) {
                img.addClass("tex-display");
            } else {
                img.addClass("tex-inline").attr("style", "vertical-align: -" + p.depth() + "px");
            }
        }
        return element;
    }

    /** How many LaTeX fragments of the page's prose could not be drawn (shown as their source). */
    public int texUnparsed() {
        return texUnparsed;
    }

    /** Preformatted text (a terminal report kept as printed) in {@code parent}. */
    public static Element preformatted(Element parent, String text) {
        return parent.appendElement("pre").text(text);
    }

    /**
     * A table in {@code parent}: a header row and rows of cells; cells that read as numbers are
     * right-aligned. A sortable table sorts by a column when its header is clicked.
     */
    public Element table(Element parent, List<String> header, List<List<String>> rows, boolean sortableTable) {
        Element table = parent.appendElement("table");
        if (sortableTable) {
            table.addClass("sortable");
            sortable = true;
        }
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : header) {
            tr.appendElement("th").attr("scope", "col").text(h);
        }
        Element body = table.appendElement("tbody");
        for (List<String> row : rows) {
            Element r = body.appendElement("tr");
            for (String cell : row) {
                Element td = r.appendElement("td").text(cell == null ? "" : cell);
                if (cell != null && NUMBER.matcher(cell.trim()).matches()) {
                    td.addClass("num");
                }
            }
        }
        return table;
    }

    /** A table of a {@link org.hessianworkbench.report.TextTable}'s header and rows in {@code parent}. */
    public Element table(Element parent, org.hessianworkbench.report.TextTable t, boolean sortableTable) {
        return table(parent, t.header(), t.rows(), sortableTable);
    }

    /** A verdict in {@code parent}, green when it holds, red when it does not. */
    public static Element verdict(Element parent, String label, String verdict, boolean ok) {
        Element p = parent.appendElement("p").addClass("verdict");
        p.appendText(label + " ");
        p.appendElement("span").addClass(ok ? "verdict-ok" : "verdict-bad").text(verdict);
        return p;
    }

    /** A note (a diagnosis, a caution) set apart in {@code parent}. */
    public static Element note(Element parent, String text) {
        return parent.appendElement("p").addClass("note").text(text);
    }

    /** A {@code <details>} element in {@code parent}, closed, with its summary: for what most readers skip. */
    public static Element details(Element parent, String summary) {
        Element d = parent.appendElement("details");
        d.appendElement("summary").text(summary);
        return d;
    }

    /** A PNG picture as a {@code data:} URI in a figure with its caption. */
    public static Element image(Element parent, byte[] png, String alt, String caption) {
        Element figure = parent.appendElement("figure");
        figure.appendElement("img").attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(png))
                .attr("alt", alt);
        if (caption != null && !caption.isEmpty()) {
            figure.appendElement("figcaption").text(caption);
        }
        return figure;
    }

    /**
     * A {@code <math>} element (MathML Core) for {@code parent} to append: block or inline. Its children
     * are MathML elements ({@code mi}, {@code mn}, {@code mo}, {@code mfrac}, {@code mtable}, ...).
     */
    public static Element math(Element parent, boolean block) {
        Element m = parent.appendElement("math").attr("xmlns", "http://www.w3.org/1998/Math/MathML");
        if (block) {
            m.attr("display", "block");
        }
        return m;
    }

    /** The page as one HTML document. */
    public String render() {
        if (texUnparsed > 0 && doc.head().select("meta[name=tex-unparsed]").isEmpty()) {
            doc.head().appendElement("meta").attr("name", "tex-unparsed").attr("content", Integer.toString(texUnparsed));
        }
        if (sortable && doc.body().select("script").isEmpty()) {
            doc.body().appendElement("script").appendChild(new org.jsoup.nodes.DataNode(SORT_SCRIPT));
        }
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }
}
