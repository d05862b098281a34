package org.hessianworkbench.design;

import org.hessianworkbench.derivatives.error.Message;

/**
 * The messages of the design module: reading a CSV file, parsing a formula, building a design
 * matrix. A "location" value is {@link DataSet#location(int, String)}: {@code <file>: line <L>,
 * column '<c>'}.
 */
public enum DesignMessages implements Message {

    // ------------------------------------------------------------------ reading a file

    /** The path is a directory: the file name. */
    IS_A_DIRECTORY("%s: is a directory, expected a CSV file"),
    /** The file does not exist: the file name. */
    FILE_NOT_FOUND("%s: file not found"),
    /** The file may not be read: the file name. */
    PERMISSION_DENIED("%s: permission denied"),
    /** Another read failure: the file name, the I/O exception as text. */
    FILE_NOT_READ("%s: cannot read the file (%s)"),
    /** A gzip name or magic number without gzip data: the file name, the decompressor's message. */
    NOT_GZIP("%s: not valid gzip data (%s)"),
    /** The gzip data ends early: the file name. */
    GZIP_TRUNCATED("%s: the gzip data ends early (truncated file?)"),
    /** Another decompression failure: the file name, the I/O exception as text. */
    GZIP_NOT_DECOMPRESSED("%s: cannot decompress the file (%s)"),
    /** Bytes that are not UTF-8: the file name, the line, the byte's value, its offset in the file. */
    NOT_UTF8("%s: line %d: not UTF-8 text (byte 0x%02X at offset %d); save the file as UTF-8"),

    // ------------------------------------------------------------------ CSV structure

    /** Nothing but blank lines: the file name. */
    EMPTY_FILE("%s: the file is empty (expected a header line)"),
    /** A header without data rows: the file name, the header's line. */
    NO_DATA_ROWS("%s: no data rows after the header on line %d"),
    /**
     * A row with the wrong number of fields: the file name, the line, the number of fields, the word
     * "field" or "fields", the number expected, the delimiter's description.
     */
    WRONG_FIELD_COUNT("%s: line %d has %d %s, expected %d (delimiter %s)"),
    /** A quote that is never closed: the file name, the line where it opens, the quote character. */
    UNCLOSED_QUOTE("%s: line %d: a quoted field is never closed (missing %s)"),
    /**
     * Text after a closing quote: the file name, the line, the field (1-based), the character, the
     * delimiter's description.
     */
    UNEXPECTED_AFTER_QUOTE("%s: line %d, field %d: unexpected '%s' after a closing quote (expected delimiter %s"
            + " or end of line)"),
    /** A column name given twice: the source, the header's line, the name, its two columns (1-based). */
    DUPLICATE_COLUMN("%s: line %d: duplicate column name '%s' (columns %d and %d)"),
    /**
     * Two column names equal but for case: the source, the header's line, the first name and its
     * column, the second name and its column (1-based).
     */
    COLUMN_NAMES_DIFFER_IN_CASE("%s: line %d: column names '%s' (column %d) and '%s' (column %d) differ only in"
            + " case, which Tablesaw does not allow"),
    /** A column Tablesaw refuses: the source, the column, Tablesaw's message. */
    COLUMN_NOT_STORED("%s: column '%s' cannot be stored (%s); Tablesaw compares column names ignoring case,"
            + " rename one of them"),
    /** An in-memory table without rows: the source. */
    TABLE_WITHOUT_ROWS("%s: the table has no rows"),

    // ------------------------------------------------------------------ columns and values

    /** A column the data lacks: the source, the column, the data's columns. */
    UNKNOWN_COLUMN("%s: unknown column '%s' (columns: %s)"),
    /** A column a formula names that the data lacks: the source, the column, the formula, the data's columns. */
    UNKNOWN_FORMULA_COLUMN("%s: unknown column '%s' in formula '%s' (columns: %s)"),
    /**
     * A semicolon-separated file whose numbers have both decimal marks: the location of the first
     * cell that does not fit, the file's mark ({@code comma} or {@code point}), the line, column and
     * value of the first number written with it, the value that does not fit.
     */
    MIXED_DECIMAL_MARKS("%s: expected a number with a decimal %s, as on line %d (column '%s': '%s'), got '%s' (the"
            + " numbers of a semicolon-separated file have one decimal mark, and no thousands separators)"),
    /** A value that is not a number: the location, the value. */
    NOT_A_NUMBER("%s: expected a number, got '%s'"),
    /**
     * A value that is not a number in a column used as it is: the location, the value, the column
     * (backquoted when it must be), to write as a factor.
     */
    NOT_A_NUMBER_USE_FACTOR("%s: expected a number, got '%s' (write C(%s) to use the column as a factor)"),
    /** A missing value in a used column while incomplete rows are not dropped: the location. */
    MISSING_VALUE("%s: missing value (incomplete rows are dropped only when asked)"),
    /** Every row misses a value: the source, the number of rows, the formula. */
    NO_COMPLETE_ROWS("%s: no complete rows: each of the %d rows has a missing value in a column used by formula '%s'"),

    // ------------------------------------------------------------------ design

    /**
     * Two parts of a formula give the same design column: the source, the formula, the first part
     * ({@code the intercept} or {@code term '<name>'}), the second term, the column.
     */
    DUPLICATE_DESIGN_COLUMN("%s: formula '%s': %s and term '%s' both give a design column named '%s'; design"
            + " column names must be unique"),
    /** A factor without levels in the rows used: the source, the term. */
    FACTOR_WITHOUT_LEVELS("%s: factor '%s' has no levels in the rows used; a factor needs at least two"),
    /** A factor with one level in the rows used: the source, the term, the level. */
    FACTOR_WITH_ONE_LEVEL("%s: factor '%s' has only one level ('%s') in the rows used; a factor needs at least two"),
    /**
     * A text response without exactly two levels: the source, the response, the number of levels,
     * the word "level" or "levels", the levels.
     */
    RESPONSE_NOT_TWO_LEVELS("%s: response '%s' has %d %s (%s); expected numbers or a two-level factor"),
    /**
     * A count of a {@code cbind} response that is negative or not finite: where (as for
     * {@link #TERM_NOT_FINITE}), the response, {@code successes} or {@code failures}, the argument as
     * written, the value, and the columns' values ({@code s = 1, f = -2}).
     */
    COUNT_NOT_VALID("%s: response '%s': the %s (%s) must be finite and >= 0, got %s (%s)"),
    /** A prior weight that is negative or not finite: the location, the value as written. */
    WEIGHT_NOT_VALID("%s: prior weight %s: weights must be finite and >= 0"),
    /** A weights column the data lacks: the source, the column, the data's columns. */
    UNKNOWN_WEIGHTS_COLUMN("%s: unknown weights column '%s' (columns: %s)"),
    /** A saved factor with fewer than two levels: the source (a model file), the factor. */
    SAVED_FACTOR_TOO_FEW_LEVELS("%s: factor '%s' has fewer than two levels"),
    /** A saved factor without its levels: the source (a model file), the factor. */
    SAVED_FACTOR_WITHOUT_LEVELS("%s: factor term '%s' has no recorded levels"),
    /** A saved formula with a {@code '.'}: the source (a model file), the formula. */
    SAVED_FORMULA_WITH_DOT("%s: formula '%s' has a '.', which a saved design cannot expand; save it again"),
    /** A numeric response that is infinite: the location, the value as written. */
    RESPONSE_NOT_FINITE("%s: response value %s is not finite"),
    /** A response level the training data did not have: the location, the level, the known levels. */
    UNSEEN_RESPONSE_LEVEL("%s: response level '%s' was not in the training data (levels: %s)"),
    /** A factor level the training data did not have: the location, the level, the term, the known levels. */
    UNSEEN_LEVEL("%s: level '%s' of term '%s' was not in the training data (levels: %s)"),
    /**
     * A term whose value is not finite: where ({@code <file>: line <L>, column '<c>'} or
     * {@code ..., columns '<a>', '<b>'}), the term, why, the columns' values ({@code a = 1, b = 2}).
     */
    TERM_NOT_FINITE("%s: term '%s': %s (%s)"),
    /** A term of no column whose value is not finite: the source and line, the term, why. */
    CONSTANT_TERM_NOT_FINITE("%s: term '%s': %s"),

    // ------------------------------------------------------------------ formulas

    /** A blank formula: the formula. */
    FORMULA_EMPTY("formula '%s': empty formula"),
    /** {@code ~} first: the formula, the column (1-based). */
    FORMULA_RESPONSE_MISSING("formula '%s': at column %d: expected a response column name before '~'"),
    /** The response is not a name: the formula, the column, what was found. */
    FORMULA_RESPONSE_NOT_A_NAME("formula '%s': at column %d: expected a response column name or"
            + " cbind(successes, failures), got %s"),
    /**
     * No {@code ~} after the response: the formula, the column, the response as shown, and
     * {@code ", got <token>"} or nothing at the end of the formula.
     */
    FORMULA_TILDE_MISSING("formula '%s': at column %d: expected '~' after the response column %s%s"),
    /** A {@code )} without {@code (}: the formula, the column. */
    FORMULA_UNMATCHED_CLOSE("formula '%s': at column %d: unbalanced parenthesis: ')' without a matching '('"),
    /**
     * No whole number of at least 2 after {@code ^}: the formula, the column, {@code " after '^'"},
     * and {@code ", got <token>"} or nothing at the end of the formula.
     */
    FORMULA_BAD_POWER("formula '%s': at column %d: expected a whole number of at least 2%s%s (the highest order"
            + " of interactions, as in (a + b + c)^2)"),
    /** An offset inside {@code : * / ^}: the formula, the column. */
    FORMULA_OFFSET_IN_INTERACTION("formula '%s': at column %d: offset() cannot be part of an interaction; add it"
            + " as a term of its own (+ offset(...))"),
    /** An offset after {@code -}: the formula, the column. */
    FORMULA_OFFSET_REMOVED("formula '%s': at column %d: an offset cannot be removed with '-'; leave it out of the"
            + " formula instead"),
    /** {@code offset()} without an expression: the formula, the column. */
    FORMULA_OFFSET_EMPTY("formula '%s': at column %d: offset() needs an expression, e.g. offset(log(exposure))"),
    /** {@code cbind} with other than two arguments: the formula, the column, the number of arguments. */
    FORMULA_CBIND_ARGUMENTS("formula '%s': at column %d: cbind() takes two arguments, cbind(successes, failures);"
            + " got %d"),
    /** {@code cbind} on the right-hand side: the formula, the column. */
    FORMULA_CBIND_ON_RIGHT("formula '%s': at column %d: cbind() is a response: write cbind(successes, failures)"
            + " ~ terms"),
    /** A poly() that does not read: the formula, the column, what was expected, what was found. */
    FORMULA_POLY_FORM("formula '%s': at column %d: poly() takes an expression, then %s: poly(x, k, raw = TRUE);"
            + " got %s"),
    /** A poly() without {@code raw = TRUE}: the formula, the column. */
    FORMULA_POLY_NOT_RAW("formula '%s': at column %d: only raw polynomials are supported: write"
            + " poly(x, k, raw = TRUE) (R's default, orthogonal polynomials, is not)"),
    /** The terms of a formula with {@code '.'} asked without data: the formula, the column of the dot. */
    FORMULA_DOT_WITHOUT_DATA("formula '%s': at column %d: '.' stands for the columns of a data set, so the"
            + " formula's terms are known only with one"),
    /** A {@code '.'} that stands for no column: the formula, the column of the dot. */
    FORMULA_DOT_WITHOUT_COLUMNS("formula '%s': at column %d: '.' stands for no column: the response reads every"
            + " column of the data"),
    /** A second {@code ~}: the formula, the column. */
    FORMULA_SECOND_TILDE("formula '%s': at column %d: a formula has only one '~'"),
    /** A {@code ~} in a right-hand side: the formula, the column. */
    FORMULA_TILDE_IN_RIGHT_HAND_SIDE("formula '%s': at column %d: a right-hand side has no '~'"),
    /** Terms without a sign between them: the formula, the column, what was found. */
    FORMULA_SIGN_MISSING("formula '%s': at column %d: expected '+' or '-' before %s"),
    /** A number other than 0 or 1 as a term: the formula, the column, the number. */
    FORMULA_NUMBER_AS_TERM("formula '%s': at column %d: only 0 or 1 (the intercept) may stand alone as a term,"
            + " got '%s'"),
    /**
     * No term where one is due: the formula, the column, {@code " after <token>"} or nothing, and
     * {@code ", got <token>"} or nothing at the end of the formula.
     */
    FORMULA_TERM_MISSING("formula '%s': at column %d: expected a term%s%s"),
    /** A function that is not a term function: the formula, the column, the name, the known ones. */
    FORMULA_UNKNOWN_TERM_FUNCTION("formula '%s': at column %d: unknown function '%s' (known: %s)"),
    /** No number where a ramp knot is due: the formula, the column, and as for {@link #FORMULA_TERM_MISSING}. */
    FORMULA_KNOT_MISSING("formula '%s': at column %d: expected a number (a ramp knot)%s%s"),
    /** A ramp knot that is not finite: the formula, the column, the knot as written. */
    FORMULA_KNOT_NOT_FINITE("formula '%s': at column %d: ramp knot %s is not finite"),
    /** Ramp knots out of order: the formula, the column, the knot, the knot before it. */
    FORMULA_KNOTS_NOT_INCREASING("formula '%s': at column %d: ramp knots must be strictly increasing, got %s after %s"),
    /** {@code ramp(x)} without knots: the formula, the column, the ramp's column. */
    FORMULA_RAMP_WITHOUT_KNOTS("formula '%s': at column %d: ramp() needs at least one knot: ramp(%s, k1, ..., km)"),
    /** A function without a column as its first argument: the formula, the column, the function, what was found. */
    FORMULA_COLUMN_ARGUMENT_MISSING("formula '%s': at column %d: %s takes a column name as its first argument,"
            + " got %s"),
    /** A {@code (} never closed: the formula, the column, the column of the {@code (}. */
    FORMULA_UNCLOSED_PARENTHESIS("formula '%s': at column %d: unbalanced parenthesis: '(' at column %d is never"
            + " closed"),
    /** Something else where {@code )} is due: the formula, the column, the column of the {@code (}, what was found. */
    FORMULA_CLOSE_MISSING("formula '%s': at column %d: expected ')' to close '(' at column %d, got %s"),
    /** A function that is not an expression function: the formula, the column, the name, the known ones. */
    FORMULA_UNKNOWN_EXPRESSION_FUNCTION("formula '%s': at column %d: unknown function '%s' in an expression"
            + " (known: %s)"),
    /** A one-argument function given a second argument: the formula, the column, the function. */
    FORMULA_FUNCTION_ONE_ARGUMENT("formula '%s': at column %d: the function '%s' takes one argument"),
    /** A two-argument function not given two: the formula, the column, the function. */
    FORMULA_FUNCTION_TWO_ARGUMENTS("formula '%s': at column %d: the function '%s' takes two arguments, separated"
            + " by ','"),
    /**
     * A polygamma order that is not a whole number from 0 to the largest: the formula, the column,
     * the largest, the order as written.
     */
    FORMULA_POLYGAMMA_ORDER("formula '%s': at column %d: polygamma(n, u) needs a whole number n from 0 to %d, got"
            + " '%s'"),
    /** No operand where one is due: the formula, the column, and as for {@link #FORMULA_TERM_MISSING}. */
    FORMULA_OPERAND_MISSING("formula '%s': at column %d: expected a number, a column or '('%s%s"),
    /** A backquote never closed: the formula, the column. */
    FORMULA_UNCLOSED_BACKQUOTE("formula '%s': at column %d: a backquoted name is never closed (missing '`')"),
    /** Two backquotes with nothing between: the formula, the column. */
    FORMULA_EMPTY_BACKQUOTE("formula '%s': at column %d: empty backquoted name ``"),
    /** A character that has no place in a formula: the formula, the column, the character. */
    FORMULA_UNEXPECTED_CHARACTER("formula '%s': at column %d: unexpected character '%s'"),
    /** A number that does not read: the formula, the column, the text. */
    FORMULA_MALFORMED_NUMBER("formula '%s': at column %d: malformed number '%s'");

    private final String format;

    DesignMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
