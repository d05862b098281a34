package org.hessianworkbench.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.design.NumberText;

/** Recursive-descent parser behind {@link Formula#parse} and {@link Formula#parseRhs}. */
final class FormulaParser {

    /** The functions allowed as terms, in the order error messages list them. */
    static final String KNOWN_TERM_FUNCTIONS = "log, exp, sqrt, I, C, ramp";
    /** The functions allowed inside expressions. */
    static final String KNOWN_EXPRESSION_FUNCTIONS = "log, exp, sqrt, abs";

    /** What {@link #parse} found; {@code rhsStart} is the index just after {@code '~'} (0 without). */
    record Result(String response, List<Term> terms, boolean intercept, int rhsStart) {
    }

    private enum Kind {
        NAME, QUOTED_NAME, NUMBER, TILDE, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, COLON, END
    }

    /** A token; {@code text} is a name without backquotes, or the source text. */
    private record Token(Kind kind, String text, int start, int end) {
        String shown() {
            return kind == Kind.END ? "end of formula" : "'" + (kind == Kind.QUOTED_NAME ? "`" + text + "`" : text) + "'";
        }
    }

    private final String text;
    private final List<Token> tokens;
    private int next;

    private FormulaParser(String text) {
        this.text = text;
        this.tokens = new ArrayList<>();
    }

    /**
     * Parses a formula.
     *
     * @param text         the formula text
     * @param withResponse true for {@code response ~ rhs}, false for a right-hand side alone
     * @return response (null for a right-hand side), terms and intercept
     * @throws BadInputException with the formula text and the 1-based column of the problem
     */
    static Result parse(String text, boolean withResponse) {
        FormulaParser p = new FormulaParser(text);
        if (text.isBlank()) {
            throw new BadInputException(DesignMessages.FORMULA_EMPTY, text);
        }
        p.lex();
        return p.formula(withResponse);
    }

    // ---------------------------------------------------------------- formula level

    private Result formula(boolean withResponse) {
        String response = null;
        String after = null;
        int rhsStart = 0;
        if (withResponse) {
            Token t = peek();
            if (t.kind == Kind.TILDE) {
                throw error(t, DesignMessages.FORMULA_RESPONSE_MISSING);
            }
            if (t.kind != Kind.NAME && t.kind != Kind.QUOTED_NAME) {
                throw error(t, DesignMessages.FORMULA_RESPONSE_NOT_A_NAME, t.shown());
            }
            advance();
            Token tilde = peek();
            if (tilde.kind != Kind.TILDE) {
                throw error(tilde, DesignMessages.FORMULA_TILDE_MISSING, t.shown(), got(tilde));
            }
            advance();
            rhsStart = tilde.end;
            response = t.text;
            after = "'~'";
        }
        Map<String, Term> terms = new LinkedHashMap<>();
        boolean intercept = true;
        boolean plus = true;
        Token sign = peek();
        if (sign.kind == Kind.PLUS || sign.kind == Kind.MINUS) {
            advance();
            plus = sign.kind == Kind.PLUS;
            after = "'" + sign.text + "'";
        }
        while (true) {
            Optional<Boolean> interceptChange = item(plus, after, terms);
            if (interceptChange.isPresent()) {
                intercept = interceptChange.get();
            }
            Token t = peek();
            switch (t.kind) {
                case END:
                    return new Result(response, List.copyOf(terms.values()), intercept, rhsStart);
                case PLUS:
                case MINUS:
                    advance();
                    plus = t.kind == Kind.PLUS;
                    after = "'" + t.text + "'";
                    break;
                case RPAREN:
                    throw error(t, DesignMessages.FORMULA_UNMATCHED_CLOSE);
                case STAR:
                case COLON:
                case SLASH:
                case CARET:
                    throw error(t, DesignMessages.FORMULA_INTERACTION, t.text, t.text);
                case TILDE:
                    throw error(t, withResponse ? DesignMessages.FORMULA_SECOND_TILDE
                            : DesignMessages.FORMULA_TILDE_IN_RIGHT_HAND_SIDE);
                default:
                    throw error(t, DesignMessages.FORMULA_SIGN_MISSING, t.shown());
            }
        }
    }

    /**
     * One item after a sign: an intercept marker {@code 0}/{@code 1}, or a term to add or remove.
     *
     * @return the new intercept setting when the item is {@code 0} or {@code 1}
     */
    private Optional<Boolean> item(boolean plus, String after, Map<String, Term> terms) {
        Token t = peek();
        switch (t.kind) {
            case NUMBER: {
                advance();
                double v = Double.parseDouble(t.text);
                if (v != 0 && v != 1) {
                    throw error(t, DesignMessages.FORMULA_NUMBER_AS_TERM, t.text);
                }
                return Optional.of(plus == (v == 1));
            }
            case NAME:
            case QUOTED_NAME: {
                Term term = term();
                if (plus) {
                    terms.putIfAbsent(term.canonical(), term);
                } else {
                    terms.remove(term.canonical());
                }
                return Optional.empty();
            }
            case LPAREN:
                throw error(t, DesignMessages.FORMULA_PARENTHESISED_TERMS);
            default:
                throw expected(t, DesignMessages.FORMULA_TERM_MISSING, after);
        }
    }

    private Term term() {
        Token first = advance();
        if (first.kind == Kind.QUOTED_NAME || peek().kind != Kind.LPAREN) {
            return new Term.Column(source(first, first), first.text);
        }
        Token open = advance();
        String f = first.text;
        switch (f) {
            case "log":
            case "exp":
            case "sqrt": {
                Expr argument = expression();
                Token close = close(open);
                return new Term.Transform(source(first, close),
                        Expr.MathFunction.bySymbol(f).orElseThrow(), argument);
            }
            case "I": {
                Expr e = expression();
                Token close = close(open);
                return new Term.Identity(source(first, close), e);
            }
            case "C": {
                Token column = columnArgument("C()");
                Token close = close(open);
                return new Term.Factor(source(first, close), column.text);
            }
            case "ramp":
                return ramp(first, open);
            default:
                throw error(first, DesignMessages.FORMULA_UNKNOWN_TERM_FUNCTION, f, KNOWN_TERM_FUNCTIONS);
        }
    }

    private Term ramp(Token first, Token open) {
        Token column = columnArgument("ramp()");
        List<Double> knots = new ArrayList<>();
        while (peek().kind == Kind.COMMA) {
            Token comma = advance();
            Token start = peek();
            boolean negative = false;
            if (start.kind == Kind.MINUS || start.kind == Kind.PLUS) {
                advance();
                negative = start.kind == Kind.MINUS;
            }
            Token number = peek();
            if (number.kind != Kind.NUMBER) {
                throw expected(number, DesignMessages.FORMULA_KNOT_MISSING,
                        "'" + (start == number ? comma : start).text + "'");
            }
            advance();
            double k = Double.parseDouble(number.text) * (negative ? -1 : 1);
            if (!Double.isFinite(k)) {
                throw error(start, DesignMessages.FORMULA_KNOT_NOT_FINITE, number.text);
            }
            if (!knots.isEmpty() && !(k > knots.get(knots.size() - 1))) {
                throw error(start, DesignMessages.FORMULA_KNOTS_NOT_INCREASING, NumberText.format(k),
                        NumberText.format(knots.get(knots.size() - 1)));
            }
            knots.add(k);
        }
        if (knots.isEmpty() && peek().kind == Kind.RPAREN) {
            throw error(peek(), DesignMessages.FORMULA_RAMP_WITHOUT_KNOTS, column.text);
        }
        Token close = close(open);
        return new Term.Ramp(source(first, close), column.text, knots);
    }

    private Token columnArgument(String function) {
        Token t = peek();
        if ((t.kind == Kind.NAME || t.kind == Kind.QUOTED_NAME) && peekAt(1).kind != Kind.LPAREN) {
            return advance();
        }
        throw error(t, DesignMessages.FORMULA_COLUMN_ARGUMENT_MISSING, function, t.shown());
    }

    /** Consumes the {@code ')'} matching {@code open}. */
    private Token close(Token open) {
        Token t = peek();
        if (t.kind == Kind.RPAREN) {
            return advance();
        }
        if (t.kind == Kind.END) {
            throw error(t, DesignMessages.FORMULA_UNCLOSED_PARENTHESIS, open.start + 1);
        }
        throw error(t, DesignMessages.FORMULA_CLOSE_MISSING, open.start + 1, t.shown());
    }

    // ---------------------------------------------------------------- expressions

    private Expr expression() {
        Expr left = product();
        while (peek().kind == Kind.PLUS || peek().kind == Kind.MINUS) {
            Token op = advance();
            Expr right = product();
            left = new Expr.Binary(op.kind == Kind.PLUS ? Expr.Operator.ADD : Expr.Operator.SUBTRACT, left, right);
        }
        return left;
    }

    private Expr product() {
        Expr left = unary();
        while (peek().kind == Kind.STAR || peek().kind == Kind.SLASH) {
            Token op = advance();
            Expr right = unary();
            left = new Expr.Binary(op.kind == Kind.STAR ? Expr.Operator.MULTIPLY : Expr.Operator.DIVIDE, left, right);
        }
        return left;
    }

    private Expr unary() {
        Token t = peek();
        if (t.kind == Kind.MINUS) {
            advance();
            return new Expr.Negate(unary());
        }
        if (t.kind == Kind.PLUS) {
            advance();
            return unary();
        }
        return power();
    }

    /** {@code -2^2} is {@code -(2^2)} and {@code 2^3^2} is {@code 2^(3^2)}, as in R. */
    private Expr power() {
        Expr base = primary();
        if (peek().kind == Kind.CARET) {
            advance();
            return new Expr.Binary(Expr.Operator.POWER, base, unary());
        }
        return base;
    }

    private Expr primary() {
        Token t = peek();
        switch (t.kind) {
            case NUMBER:
                advance();
                return new Expr.Number(Double.parseDouble(t.text));
            case QUOTED_NAME:
                advance();
                return new Expr.Variable(t.text);
            case NAME: {
                advance();
                if (peek().kind != Kind.LPAREN) {
                    return new Expr.Variable(t.text);
                }
                Expr.MathFunction f = Expr.MathFunction.bySymbol(t.text).orElseThrow(() -> error(t,
                        DesignMessages.FORMULA_UNKNOWN_EXPRESSION_FUNCTION, t.text, KNOWN_EXPRESSION_FUNCTIONS));
                Token open = advance();
                Expr argument = expression();
                close(open);
                return new Expr.Call(f, argument);
            }
            case LPAREN: {
                Token open = advance();
                Expr inner = expression();
                close(open);
                return inner;
            }
            default:
                throw expected(t, DesignMessages.FORMULA_OPERAND_MISSING,
                        next == 0 ? null : "'" + tokens.get(next - 1).text + "'");
        }
    }

    // ---------------------------------------------------------------- tokens

    private Token peek() {
        return tokens.get(next);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private Token advance() {
        Token t = tokens.get(next);
        if (t.kind != Kind.END) {
            next++;
        }
        return t;
    }

    private String source(Token first, Token last) {
        return text.substring(first.start, last.end).strip();
    }

    private void lex() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1))) {
                i = number(i);
            } else if (Identifiers.isStart(c)) {
                int start = i;
                while (i < n && Identifiers.isPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, text.substring(start, i), start, i));
            } else if (c == '`') {
                int close = text.indexOf('`', i + 1);
                if (close < 0) {
                    throw error(i, DesignMessages.FORMULA_UNCLOSED_BACKQUOTE);
                }
                if (close == i + 1) {
                    throw error(i, DesignMessages.FORMULA_EMPTY_BACKQUOTE);
                }
                tokens.add(new Token(Kind.QUOTED_NAME, text.substring(i + 1, close), i, close + 1));
                i = close + 1;
            } else {
                Kind k = switch (c) {
                    case '~' -> Kind.TILDE;
                    case '+' -> Kind.PLUS;
                    case '-' -> Kind.MINUS;
                    case '*' -> Kind.STAR;
                    case '/' -> Kind.SLASH;
                    case '^' -> Kind.CARET;
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case ',' -> Kind.COMMA;
                    case ':' -> Kind.COLON;
                    default -> throw error(i, DesignMessages.FORMULA_UNEXPECTED_CHARACTER, String.valueOf(c));
                };
                tokens.add(new Token(k, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        tokens.add(new Token(Kind.END, "", n, n));
    }

    /** Lexes a decimal literal at {@code start}; returns the index after it. */
    private int number(int start) {
        int n = text.length();
        int i = start;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i < n && text.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(text.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        if (i < n && Identifiers.isPart(text.charAt(i))) {
            int end = i;
            while (end < n && Identifiers.isPart(text.charAt(end))) {
                end++;
            }
            throw error(start, DesignMessages.FORMULA_MALFORMED_NUMBER, text.substring(start, end));
        }
        String literal = text.substring(start, i);
        if (!NumberText.isNumber(literal)) {
            throw error(start, DesignMessages.FORMULA_MALFORMED_NUMBER, literal);
        }
        tokens.add(new Token(Kind.NUMBER, literal, start, i));
        return i;
    }

    // ---------------------------------------------------------------- errors

    /** Something missing before {@code t}: {@code key}'s last values are " after ..." and ", got ...". */
    private BadInputException expected(Token t, DesignMessages key, String after) {
        return error(t, key, after == null ? "" : " after " + after, got(t));
    }

    /** {@code ", got <token>"}, or nothing at the end of the formula. */
    private static String got(Token t) {
        return t.kind == Kind.END ? "" : ", got " + t.shown();
    }

    private BadInputException error(Token t, DesignMessages key, Object... values) {
        return error(t.start, key, values);
    }

    /** {@code key} with the formula, the 1-based column of {@code index}, then {@code values}. */
    private BadInputException error(int index, DesignMessages key, Object... values) {
        Object[] all = new Object[values.length + 2];
        all[0] = text;
        all[1] = index + 1;
        System.arraycopy(values, 0, all, 2, values.length);
        return new BadInputException(key, all);
    }
}
