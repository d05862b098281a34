package org.hessianworkbench.symbolic;

import org.hessianworkbench.derivatives.error.Message;

/**
 * The messages of the symbolic module. The syntax errors ({@code EXPRESSION_*}, thrown as
 * {@link ExpressionException}) start with the expression and the 1-based column of the problem:
 * {@code expression '<text>': at column <c>: ...}.
 */
public enum SymbolicMessages implements Message {

    // ------------------------------------------------------------------ expression syntax

    /** Nothing to parse: the expression, the column. */
    EXPRESSION_EMPTY("expression '%s': at column %d: expected an expression, found nothing"),
    /** A character that has no place in an expression: the expression, the column, the character. */
    EXPRESSION_UNEXPECTED_CHARACTER("expression '%s': at column %d: unexpected character '%s'"),
    /** A bracket or brace: the expression, the column, the character. */
    EXPRESSION_BRACKET("expression '%s': at column %d: unexpected character '%s' (use parentheses)"),
    /** A {@code )} without {@code (}: the expression, the column. */
    EXPRESSION_UNMATCHED_CLOSE("expression '%s': at column %d: unmatched ')'"),
    /** Two operands side by side: the expression, the column, the token before, the token found. */
    EXPRESSION_OPERATOR_MISSING("expression '%s': at column %d: expected an operator between '%s' and '%s'"
            + " (multiplication is written '*')"),
    /** Something other than an operator after a complete expression: the expression, the column, the token. */
    EXPRESSION_END_EXPECTED("expression '%s': at column %d: expected an operator or the end, found '%s'"),
    /** A number beyond the doubles: the expression, the column, the number as written. */
    EXPRESSION_NUMBER_TOO_LARGE("expression '%s': at column %d: the number %s is too large"),
    /** {@code ()}: the expression, the column. */
    EXPRESSION_EMPTY_PARENTHESES("expression '%s': at column %d: expected an expression inside '(' ')'"),
    /**
     * No operand where one is due: the expression, the column, and {@code " after '<token>'"} or
     * nothing at the start.
     */
    EXPRESSION_OPERAND_MISSING("expression '%s': at column %d: expected an operand%s"),
    /** {@code diff} without {@code (}: the expression, the column. */
    EXPRESSION_DIFF_PARENTHESIS_MISSING("expression '%s': at column %d: expected '(' after 'diff': diff(expression,"
            + " symbol)"),
    /**
     * {@code diff(u} without the comma: the expression, the column, and {@code ", found '<token>'"}
     * or nothing at the end.
     */
    EXPRESSION_DIFF_COMMA_MISSING("expression '%s': at column %d: expected ',' and the variable: diff(expression,"
            + " symbol)%s"),
    /** {@code diff(u, ...)} without a symbol: the expression, the column. */
    EXPRESSION_DIFF_VARIABLE_MISSING("expression '%s': at column %d: expected the variable of diff(expression,"
            + " symbol)"),
    /** A function name without {@code (}: the expression, the column, the function. */
    EXPRESSION_FUNCTION_PARENTHESIS_MISSING("expression '%s': at column %d: expected '(' after the function '%s'"),
    /** A function given a second argument: the expression, the column, the function. */
    EXPRESSION_FUNCTION_ARGUMENTS("expression '%s': at column %d: the function '%s' takes one argument"),
    EXPRESSION_FUNCTION_TWO_ARGUMENTS("expression '%s': at column %d: the function '%s' takes two arguments, "
            + "separated by ','"),
    EXPRESSION_POLYGAMMA_ORDER("expression '%s': at column %d: polygamma(n, u) needs a whole number n from 0 to %d, "
            + "found '%s'"),
    /** A call of an unknown function: the expression, the column, the name, the known functions. */
    EXPRESSION_UNKNOWN_FUNCTION("expression '%s': at column %d: unknown function '%s' (known: %s, diff)"),
    /** {@code f()} or {@code f(,}: the expression, the column. */
    EXPRESSION_ARGUMENT_MISSING("expression '%s': at column %d: expected an argument after '('"),
    /**
     * A {@code (} not closed: the expression, the column, the column of the {@code (}, and
     * {@code ", found '<token>'"} or nothing at the end.
     */
    EXPRESSION_CLOSE_MISSING("expression '%s': at column %d: expected ')' to close the '(' at column %d%s"),

    // ------------------------------------------------------------------ derivations

    /** A derivation without variables. */
    NO_VARIABLE("no variable to differentiate with respect to"),
    /** A variable given twice: the variables as a list. */
    VARIABLE_REPEATED("a variable is repeated in %s"),
    /** A variable that is not a symbol name: the name. */
    NOT_A_SYMBOL_NAME("'%s' is not a symbol name"),
    /** A derivative order other than 1 and 2: the order. */
    ORDER_OUT_OF_RANGE("the order must be 1 or 2, not %d"),
    /** Fewer than one check point: the number. */
    TOO_FEW_POINTS("at least one point is needed, not %d"),
    /** An expression whose derivation does not end: the steps allowed. */
    DERIVATION_TOO_LONG("the derivation needs more than %d steps"),

    // ------------------------------------------------------------------ domains

    /** A part of a domain that is not {@code NAME=LO:HI}: the part. */
    DOMAIN_PART_MALFORMED("'%s' is not NAME=LO:HI (e.g. y=0:1)"),
    /** A domain's name that is not a symbol name: the name. */
    DOMAIN_NOT_A_SYMBOL_NAME("'%s' is not a symbol name"),
    /** A domain's interval that is not two ordered finite numbers: the part. */
    DOMAIN_INTERVAL_MALFORMED("'%s' is not NAME=LO:HI with numbers LO <= HI"),

    // ------------------------------------------------------------------ typed answers

    /** A vector or matrix answer without its closing bracket, or with text after it: the answer. */
    ANSWER_BRACKET("'%s': a vector or matrix answer is written [a, b] or [a, b; c, d], one '[' to one ']'"),
    /** An empty entry: the answer, the 1-based row, the 1-based entry in the row. */
    ANSWER_EMPTY_ENTRY("'%s': entry %d of row %d is empty"),
    /** A gradient of the wrong shape: the answer, its shape, the variables, their number, an example. */
    ANSWER_GRADIENT_SHAPE("'%s' has %s; the gradient in %s is one row of %d entries, e.g. %s"),
    /** A Hessian of the wrong shape: the answer, its shape, the variables, their number (twice), an example. */
    ANSWER_HESSIAN_SHAPE("'%s' has %s; the Hessian in %s is %d rows of %d entries, rows separated by ';', e.g. %s"),
    /** A single answer for several variables: the variables, an example. */
    ANSWER_ONE_ENTRY_SEVERAL_VARIABLES("a single expression answers for one variable, not %s; write e.g. %s"),
    /** A symbol of the answer that the expression does not have: the symbol, the expression's symbols. */
    ANSWER_UNKNOWN_SYMBOL("the answer uses '%s', which is not a symbol of the expression (its symbols: %s)");

    private final String format;

    SymbolicMessages(String format) {
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }
}
