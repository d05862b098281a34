package org.hessianworkbench.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.report.ReportMessages;
import org.hessianworkbench.report.TextTable;
import org.hessianworkbench.report.html.HtmlPage;
import org.jsoup.nodes.Element;

/**
 * Where the demo writes: always the text demo, and, when asked, one page beside it from the same
 * computation. The text is exactly what the demo always printed; the page has a section per demo
 * section, its tables as tables, its diagnoses as notes, its plots inline, and the derivation as
 * printed. Not thread-safe.
 */
final class DemoWriter {

    /** The text demo's indent of a section's body. */
    private static final String BODY = "   ";

    private final StringBuilder text = new StringBuilder();
    private final HtmlPage page;
    private final StringBuilder pending = new StringBuilder();
    private Element section;

    /** A writer of the text only ({@code page} null), or of the text and {@code page}. */
    DemoWriter(HtmlPage page) {
        this.page = page;
    }

    /** Text, as printed; on the page, paragraphs, lists and notes once a table, a section or the end comes. */
    DemoWriter append(Object o) {
        String s = String.valueOf(o);
        text.append(s);
        if (page != null) {
            pending.append(s);
        }
        return this;
    }

    /** Text in the text demo only (the page says it its own way: its title). */
    DemoWriter textOnly(String s) {
        text.append(s);
        return this;
    }

    /** A section's title line. */
    DemoWriter section(String title) {
        text.append(title).append('\n');
        if (page != null) {
            flush();
            section = page.section(title);
        }
        return this;
    }

    /** A table, indented by {@code indent} in the text. */
    DemoWriter table(TextTable t, int indent) {
        text.append(t.render(indent));
        if (page != null) {
            flush();
            page.table(where(), t, false);
        }
        return this;
    }

    /** Text kept as printed (aligned), indented by {@code indent} in the text. */
    DemoWriter preformatted(String block, String indent) {
        for (String line : block.split("\n", -1)) {
            text.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
        if (page != null) {
            flush();
            HtmlPage.preformatted(where(), block.strip());
        }
        return this;
    }

    /** A plot the demo has written: shown on the page (the text names its file). */
    DemoWriter image(Path png, String caption) {
        if (page != null) {
            flush();
            try {
                HtmlPage.image(where(), Files.readAllBytes(png), caption, caption);
            } catch (IOException e) {
                throw new InternalException(e, ReportMessages.PLOT_NOT_DRAWN, png, e.getMessage());
            }
        }
        return this;
    }

    /** The text demo. */
    String text() {
        return text.toString();
    }

    /** The page, or null when none was asked for. */
    HtmlPage page() {
        if (page != null) {
            flush();
        }
        return page;
    }

    private Element where() {
        return section != null ? section : page.main();
    }

    /**
     * The pending text onto the page: lines at the body's indent join into paragraphs (a blank line
     * ends one); a deeper line starts a list item, or a note when it is a diagnosis; a line deeper
     * still continues the item or note before it.
     */
    private void flush() {
        String block = pending.toString();
        pending.setLength(0);
        Element paragraph = null;
        Element list = null;
        Element item = null;
        for (String raw : block.split("\n")) {
            if (raw.isBlank()) {
                paragraph = null;
                list = null;
                item = null;
                continue;
            }
            String line = raw.startsWith(BODY) ? raw.substring(BODY.length()) : raw;
            int deeper = line.length() - line.stripLeading().length();
            String words = line.strip();
            if (deeper == 0) {
                list = null;
                item = null;
                if (paragraph == null) {
                    paragraph = where().appendElement("p").text(words);
                } else {
                    paragraph.appendText(" " + words);
                }
            } else if (deeper >= 4 && item != null) {
                item.appendText(" " + words);
            } else if (words.startsWith("WARNING:") || words.startsWith("Note:")) {
                paragraph = null;
                list = null;
                item = HtmlPage.note(where(), words);
            } else {
                paragraph = null;
                if (list == null) {
                    list = where().appendElement("ul");
                }
                item = list.appendElement("li").text(words);
            }
        }
    }
}
