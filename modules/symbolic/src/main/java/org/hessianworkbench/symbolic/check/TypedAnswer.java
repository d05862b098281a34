package org.hessianworkbench.symbolic.check;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.ExpressionException;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.parse.Parser;
import org.hessianworkbench.symbolic.print.Printer;

/**
 * An answer typed by a student: one expression (the derivative in the one variable), a gradient
 * vector {@code [d/da, d/db]} or a Hessian matrix {@code [h11, h12; h21, h22]} (rows separated by
 * {@code ;}), each entry with the variables it is the derivative in. Immutable.
 *
 * @param text    the answer as typed
 * @param shape   what it answers
 * @param entries its entries, row after row
 */
public record TypedAnswer(String text, Shape shape, List<Entry> entries) {

    /** What an answer answers. */
    public enum Shape {
        /** One expression. */
        SCALAR,
        /** A gradient vector. */
        GRADIENT,
        /** A Hessian matrix. */
        HESSIAN
    }

    /**
     * One entry: the derivative of the expression in {@code wrt} (one variable for a first
     * derivative, two for a second).
     *
     * @param wrt    the variables, e.g. {@code [a]} or {@code [a, b]}
     * @param answer the entry
     */
    public record Entry(List<String> wrt, Expr answer) {

        /** An entry; the list is copied. */
        public Entry {
            wrt = List.copyOf(wrt);
        }

        /** {@code d/da} or {@code d2/da db}. */
        public String label() {
            return wrt.size() == 1 ? "d/d" + wrt.get(0) : "d2/d" + wrt.get(0) + " d" + wrt.get(1);
        }
    }

    /** An answer; the list is copied. */
    public TypedAnswer {
        entries = List.copyOf(entries);
    }

    /** One expression: the derivative of order {@code order} in the one variable {@code x}. */
    public static TypedAnswer scalar(Expr answer, String x, int order) {
        List<String> wrt = order == 1 ? List.of(x) : List.of(x, x);
        return new TypedAnswer(Printer.text(answer), Shape.SCALAR, List.of(new Entry(wrt, answer)));
    }

    /**
     * Reads an answer for the derivatives of order {@code order} (1 or 2) in {@code wrt}: a single
     * expression for one variable, {@code [e1, ..., en]} for a gradient, {@code [e11, ..., e1n; ...;
     * en1, ..., enn]} for a Hessian. Commas inside parentheses belong to the entry ({@code pow(u, v)}).
     *
     * @throws BadInputException    when the brackets, an entry or the shape is wrong
     * @throws ExpressionException when an entry does not parse
     */
    public static TypedAnswer parse(String text, List<String> wrt, int order) {
        String t = text.trim();
        if (!t.startsWith("[")) {
            if (wrt.size() != 1) {
                throw new BadInputException(SymbolicMessages.ANSWER_ONE_ENTRY_SEVERAL_VARIABLES, String.join(", ", wrt),
                        example(wrt, order));
            }
            Expr e = Parser.parse(text);
            List<String> x = order == 1 ? List.of(wrt.get(0)) : List.of(wrt.get(0), wrt.get(0));
            return new TypedAnswer(text, Shape.SCALAR, List.of(new Entry(x, e)));
        }
        if (!t.endsWith("]") || t.indexOf('[', 1) >= 0 || t.indexOf(']') != t.length() - 1) {
            throw new BadInputException(SymbolicMessages.ANSWER_BRACKET, text);
        }
        List<List<String>> rows = split(t.substring(1, t.length() - 1));
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (rows.get(r).get(c).isBlank()) {
                    throw new BadInputException(SymbolicMessages.ANSWER_EMPTY_ENTRY, text, c + 1, r + 1);
                }
            }
        }
        int n = wrt.size();
        List<Entry> entries = new ArrayList<>();
        if (order == 1) {
            if (rows.size() != 1 || rows.get(0).size() != n) {
                throw new BadInputException(SymbolicMessages.ANSWER_GRADIENT_SHAPE, text, describe(rows),
                        String.join(", ", wrt), n, example(wrt, 1));
            }
            for (int i = 0; i < n; i++) {
                entries.add(new Entry(List.of(wrt.get(i)), Parser.parse(rows.get(0).get(i).trim())));
            }
            return new TypedAnswer(text, Shape.GRADIENT, entries);
        }
        boolean square = rows.size() == n && rows.stream().allMatch(r -> r.size() == n);
        if (!square) {
            throw new BadInputException(SymbolicMessages.ANSWER_HESSIAN_SHAPE, text, describe(rows),
                    String.join(", ", wrt), n, n, example(wrt, 2));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                entries.add(new Entry(List.of(wrt.get(i), wrt.get(j)), Parser.parse(rows.get(i).get(j).trim())));
            }
        }
        return new TypedAnswer(text, Shape.HESSIAN, entries);
    }

    /** The rows of a bracket's content, each split at the commas outside parentheses. */
    static List<List<String>> split(String content) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder entry = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';')) {
                row.add(entry.toString());
                entry.setLength(0);
                if (c == ';') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                entry.append(c);
            }
        }
        row.add(entry.toString());
        rows.add(row);
        return rows;
    }

    /** {@code 1 row of 3 entries} or {@code 2 rows of 2, 1 entries}. */
    private static String describe(List<List<String>> rows) {
        List<String> sizes = rows.stream().map(r -> String.valueOf(r.size())).toList();
        boolean same = sizes.stream().distinct().count() == 1;
        String of = same ? sizes.get(0) : String.join(", ", sizes);
        String entries = same && sizes.get(0).equals("1") ? " entry" : " entries";
        return rows.size() + (rows.size() == 1 ? " row of " : " rows of ") + of + entries;
    }

    /** {@code [d/da, d/db]} or {@code [d2/da da, d2/da db; d2/db da, d2/db db]}: the shape of an answer. */
    public static String example(List<String> wrt, int order) {
        List<String> rows = new ArrayList<>();
        if (order == 1) {
            rows.add(String.join(", ", wrt.stream().map(x -> "d/d" + x).toList()));
        } else {
            for (String x : wrt) {
                rows.add(String.join(", ", wrt.stream().map(z -> "d2/d" + x + " d" + z).toList()));
            }
        }
        return "[" + String.join("; ", rows) + "]";
    }
}
