package org.hessianworkbench.report;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: first column left-aligned, the others right-aligned. Not thread-safe. */
public final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    /** A table with this header. */
    public TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    /** Adds a row. */
    public TextTable row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
        }
        rows.add(cells);
        return this;
    }

    /** The table, each line indented by {@code indent} spaces and ending with a newline. */
    public String render(int indent) {
        int[] width = new int[columns];
        for (String[] r : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            b.append(" ".repeat(indent));
            for (int c = 0; c < columns; c++) {
                String cell = r[c];
                String pad = " ".repeat(width[c] - cell.length());
                if (c == 0) {
                    b.append(cell).append(pad);
                } else {
                    b.append("  ").append(pad).append(cell);
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The table as Markdown. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            b.append('|');
            for (String cell : rows.get(i)) {
                b.append(' ').append(cell.replace("|", "\\|")).append(" |");
            }
            b.append('\n');
            if (i == 0) {
                b.append('|');
                for (int c = 0; c < columns; c++) {
                    b.append(c == 0 ? "---|" : "---:|");
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    /** The header's cells. */
    public List<String> header() {
        return List.of(rows.get(0));
    }

    /** The rows' cells, without the header. */
    public List<List<String>> rows() {
        return rows.subList(1, rows.size()).stream().map(List::of).toList();
    }
}
