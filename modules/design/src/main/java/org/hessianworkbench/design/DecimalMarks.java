package org.hessianworkbench.design;

import java.util.stream.IntStream;
import org.hessianworkbench.derivatives.error.BadInputException;

/**
 * The decimal mark of a semicolon-separated file. R's {@code read.csv2} (and a spreadsheet saving
 * CSV in many European locales) writes {@code 1,5} for one and a half; a semicolon-separated file
 * may as well hold decimal points. The file's numbers decide: decimal commas when they are written
 * with commas, points otherwise; a file with both (a number written {@code 1,5} and another
 * {@code 2.5}, or {@code 1.000} for a thousand) is refused, naming the first cell written with the
 * mark fewer cells use. Integers and missing values fit either. Package-private.
 */
final class DecimalMarks {

    private DecimalMarks() {
    }

    /** The cells of one column that use each mark: how many, and the first row (or -1). */
    private record Count(int commas, int firstComma, int points, int firstPoint) {
    }

    /** A cell: its row and column. */
    private record Cell(int row, int column) {
    }

    /** The values as written, by row and column ({@code ""} or a missing token where missing). */
    @FunctionalInterface
    interface Values {
        String get(int row, int column);
    }

    /**
     * The decimal mark of a file's cells.
     *
     * @param source  the file name, for messages
     * @param names   the column names
     * @param rows    the number of rows
     * @param values  the values as written
     * @param lines   the file line of each row
     * @return {@link NumberText#COMMA} when the numbers are written with decimal commas, else
     *         {@link NumberText#POINT}
     * @throws BadInputException ({@link DesignMessages#MIXED_DECIMAL_MARKS}) when some numbers have a
     *                           decimal comma and others a decimal point
     */
    static char of(String source, java.util.List<String> names, int rows, Values values, int[] lines) {
        Count[] counts = IntStream.range(0, names.size()).parallel().mapToObj(j -> count(values, rows, j))
                .toArray(Count[]::new);
        long commas = 0;
        long points = 0;
        Cell firstComma = null;
        Cell firstPoint = null;
        for (int j = 0; j < counts.length; j++) {
            Count c = counts[j];
            commas += c.commas();
            points += c.points();
            firstComma = earlier(firstComma, c.firstComma(), j);
            firstPoint = earlier(firstPoint, c.firstPoint(), j);
        }
        if (commas == 0) {
            return NumberText.POINT;
        }
        if (points == 0) {
            return NumberText.COMMA;
        }
        // the mark most numbers use is the file's (on a tie, the one written first); the first cell
        // written with the other does not fit
        boolean comma = commas > points || (commas == points && before(firstComma, firstPoint));
        Cell expected = comma ? firstComma : firstPoint;
        Cell bad = comma ? firstPoint : firstComma;
        String column = names.get(bad.column());
        throw new BadInputException(DesignMessages.MIXED_DECIMAL_MARKS,
                source + ": line " + lines[bad.row()] + ", column '" + column + "'", comma ? "comma" : "point",
                lines[expected.row()], names.get(expected.column()), values.get(expected.row(), expected.column()),
                values.get(bad.row(), bad.column()));
    }

    private static Count count(Values values, int rows, int column) {
        int commas = 0;
        int points = 0;
        int firstComma = -1;
        int firstPoint = -1;
        for (int i = 0; i < rows; i++) {
            String v = values.get(i, column);
            if (v.indexOf(NumberText.COMMA) >= 0 && NumberText.isNumber(v, NumberText.COMMA)) {
                commas++;
                if (firstComma < 0) {
                    firstComma = i;
                }
            } else if (v.indexOf(NumberText.POINT) >= 0 && NumberText.isNumber(v, NumberText.POINT)) {
                points++;
                if (firstPoint < 0) {
                    firstPoint = i;
                }
            }
        }
        return new Count(commas, firstComma, points, firstPoint);
    }

    /** The earlier of a cell and row {@code row} of column {@code column} (none when the row is -1), in file order. */
    private static Cell earlier(Cell cell, int row, int column) {
        if (row < 0) {
            return cell;
        }
        Cell other = new Cell(row, column);
        return cell == null || before(other, cell) ? other : cell;
    }

    private static boolean before(Cell a, Cell b) {
        return a.row() < b.row() || (a.row() == b.row() && a.column() < b.column());
    }
}
