package org.hessianworkbench.design;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.SpecialFunctions;

/**
 * Recursive-descent parser behind {@link Formula#parse} and {@link Formula#parseRhs}, and the
 * expansion of the operators {@code + - : * / ^} into terms by R's rules (the C function
 * {@code EncodeVars} of R's {@code terms.formula}).
 *
 * <p>Precedence, as in R, loosest first: binary {@code + -}; {@code * /}; {@code :}; unary
 * {@code - +}; {@code ^}. Each term is a set of variables. {@code a + b} joins the term lists of both
 * sides; {@code a - b} removes from the left the terms of the right (and a {@code 1} on the right
 * removes the intercept); {@code a:b} is every union of a left and a right term; {@code a*b} is
 * {@code a + b + a:b}; {@code a/b} is {@code a} followed by every right term joined with all the
 * variables of the left; {@code (a + b)^k} is the terms of up to {@code k} variables. A term given
 * twice is kept where it first appeared; the terms are then ordered by their number of variables,
 * keeping the order of appearance among terms of the same size (R's {@code keep.order = FALSE}).
 */
final class FormulaParser {

    /**
     * The functions allowed as terms, in the order error messages list them: the formula's own, then
     * every function of the expression language ({@link Fn}), each a term of one design column.
     */
    static final String KNOWN_TERM_FUNCTIONS = "I, C, ramp, poly, offset, " + Fn.names();
    /** The functions allowed inside expressions: those of the expression language ({@link Fn}). */
    static final String KNOWN_EXPRESSION_FUNCTIONS = Fn.names();
    /** The smallest power R accepts after {@code ^} ({@code (a + b)^1} is "invalid power in formula" there). */
    private static final int SMALLEST_POWER = 2;
    /** The text of R's dot. */
    static final String DOT = ".";

    /**
     * What {@link #parse} found.
     *
     * @param response        the response as written (a column name, or {@code cbind(s, f)}), or null
     * @param counts          the {@code cbind} response, or null
     * @param rhsStart        the index just after {@code '~'} (0 without)
     * @param variables       every variable of the right-hand side in order of first appearance (also those
     *                        of removed terms), offsets excluded
     * @param terms           each term's variables (indices into {@code variables}, increasing), in R's
     *                        order; null when the formula has a {@code '.'}
     * @param intercept       whether the intercept is included
     * @param offsets         the distinct offsets in order of appearance
     * @param dots            the {@code [start, end)} of each {@code '.'} in the text
     * @param responseColumns the columns the response reads
     * @param rhsColumns      the columns of the variables and offsets in order of appearance
     */
    record Result(String response, Formula.Counts counts, int rhsStart, List<Term> variables, List<int[]> terms,
                  boolean intercept, List<Formula.Offset> offsets, List<int[]> dots, List<String> responseColumns,
                  List<String> rhsColumns) {
    }

    private enum Kind {
        NAME, QUOTED_NAME, NUMBER, TILDE, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, COLON, EQUALS, END
    }

    /** A token; {@code text} is a name without backquotes, or the source text. */
    private record Token(Kind kind, String text, int start, int end) {
        String shown() {
            return kind == Kind.END ? "end of formula" : "'" + (kind == Kind.QUOTED_NAME ? "`" + text + "`" : text) + "'";
        }
    }

    // ---------------------------------------------------------------- the right-hand side as a tree

    /** A node of the right-hand side. */
    private sealed interface Node permits Sum, Minus, Join, Power, Var, Intercept, Dot, Off {
    }

    /** {@code left + right}. */
    private record Sum(Node left, Node right) implements Node {
    }

    /** {@code left - right}; {@code left} is null for a unary minus. */
    private record Minus(Node left, Node right) implements Node {
    }

    /** {@code left : right}, {@code left * right} or {@code left / right}. */
    private record Join(Kind operator, Node left, Node right) implements Node {
    }

    /** {@code base ^ power}. */
    private record Power(Node base, int power) implements Node {
    }

    /** A variable, by its index. */
    private record Var(int index) implements Node {
    }

    /** {@code 1} ({@code one}) or {@code 0}. */
    private record Intercept(boolean one) implements Node {
    }

    /** R's {@code '.'}: the data's columns, not known while parsing. */
    private record Dot() implements Node {
    }

    /** An {@code offset(...)}; the token is its name, for messages. */
    private record Off(Token token) implements Node {
    }

    private final String text;
    private final List<Token> tokens;
    private int next;

    private final List<Term> variables = new ArrayList<>();
    private final Map<String, Integer> variableIndex = new HashMap<>();
    private final Map<String, Formula.Offset> offsets = new LinkedHashMap<>();
    private final List<int[]> dots = new ArrayList<>();
    private final Set<String> responseColumns = new LinkedHashSet<>();
    private final Set<String> rhsColumns = new LinkedHashSet<>();

    /** R's {@code intercept} while encoding. */
    private boolean intercept = true;
    /** R's {@code parity}: false inside the right-hand side of an odd number of {@code '-'}. */
    private boolean parity = true;

    private FormulaParser(String text) {
        this.text = text;
        this.tokens = new ArrayList<>();
    }

    /**
     * Parses a formula.
     *
     * @param text         the formula text
     * @param withResponse true for {@code response ~ rhs}, false for a right-hand side alone
     * @return what the formula says
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
        Formula.Counts counts = null;
        int rhsStart = 0;
        if (withResponse) {
            Token t = peek();
            if (t.kind == Kind.TILDE) {
                throw error(t, DesignMessages.FORMULA_RESPONSE_MISSING);
            }
            if (t.kind == Kind.NAME && t.text.equals("cbind") && peekAt(1).kind == Kind.LPAREN) {
                counts = cbind();
                response = counts.name();
                responseColumns.addAll(counts.columns());
            } else {
                if (t.kind != Kind.NAME && t.kind != Kind.QUOTED_NAME || t.kind == Kind.NAME && t.text.equals(DOT)) {
                    throw error(t, DesignMessages.FORMULA_RESPONSE_NOT_A_NAME, t.shown());
                }
                advance();
                response = t.text;
                responseColumns.add(response);
            }
            Token tilde = peek();
            if (tilde.kind != Kind.TILDE) {
                throw error(tilde, DesignMessages.FORMULA_TILDE_MISSING, counts == null ? t.shown()
                        : "'" + response + "'", got(tilde));
            }
            advance();
            rhsStart = tilde.end;
        }
        Node rhs = termSum();
        Token t = peek();
        switch (t.kind) {
            case END:
                break;
            case RPAREN:
                throw error(t, DesignMessages.FORMULA_UNMATCHED_CLOSE);
            case TILDE:
                throw error(t, withResponse ? DesignMessages.FORMULA_SECOND_TILDE
                        : DesignMessages.FORMULA_TILDE_IN_RIGHT_HAND_SIDE);
            default:
                throw error(t, DesignMessages.FORMULA_SIGN_MISSING, t.shown());
        }
        check(rhs, false, false);
        List<BitSet> encoded = trimRepeats(encode(rhs));
        List<int[]> terms = null;
        if (dots.isEmpty()) {
            terms = new ArrayList<>();
            int most = encoded.stream().mapToInt(BitSet::cardinality).max().orElse(0);
            for (int size = 1; size <= most; size++) {
                for (BitSet b : encoded) {
                    if (b.cardinality() == size) {
                        terms.add(b.stream().toArray());
                    }
                }
            }
        }
        return new Result(response, counts, rhsStart, List.copyOf(variables), terms, intercept,
                List.copyOf(offsets.values()), List.copyOf(dots), List.copyOf(responseColumns), List.copyOf(rhsColumns));
    }

    /** {@code cbind(successes, failures)} as a response. */
    private Formula.Counts cbind() {
        Token first = advance();
        Token open = advance();
        List<Token> starts = new ArrayList<>();
        List<Expr> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (peek().kind != Kind.RPAREN) {
            while (true) {
                Token start = peek();
                Expr e = expression();
                starts.add(start);
                args.add(e);
                names.add(source(start, tokens.get(next - 1)));
                if (peek().kind != Kind.COMMA) {
                    break;
                }
                advance();
            }
        }
        Token close = close(open);
        if (args.size() != 2) {
            Token at = args.size() > 2 ? starts.get(2) : close;
            throw error(at, DesignMessages.FORMULA_CBIND_ARGUMENTS, args.size());
        }
        return new Formula.Counts(source(first, close), names.get(0), args.get(0), names.get(1), args.get(1));
    }

    private Node termSum() {
        Node left = termProduct();
        while (peek().kind == Kind.PLUS || peek().kind == Kind.MINUS) {
            Token op = advance();
            Node right = termProduct();
            left = op.kind == Kind.PLUS ? new Sum(left, right) : new Minus(left, right);
        }
        return left;
    }

    private Node termProduct() {
        Node left = termInteraction();
        while (peek().kind == Kind.STAR || peek().kind == Kind.SLASH) {
            Token op = advance();
            left = new Join(op.kind, left, termInteraction());
        }
        return left;
    }

    private Node termInteraction() {
        Node left = termSigned();
        while (peek().kind == Kind.COLON) {
            advance();
            left = new Join(Kind.COLON, left, termSigned());
        }
        return left;
    }

    /** Unary minus and plus bind tighter than {@code ':'} in R: {@code -a:b} is {@code (-a):b}. */
    private Node termSigned() {
        Token t = peek();
        if (t.kind == Kind.MINUS) {
            advance();
            return new Minus(null, termSigned());
        }
        if (t.kind == Kind.PLUS) {
            advance();
            return termSigned();
        }
        return termPower();
    }

    private Node termPower() {
        Node base = termPrimary();
        if (peek().kind != Kind.CARET) {
            return base;
        }
        Token caret = advance();
        Token k = peek();
        if (k.kind != Kind.NUMBER) {
            throw expected(k, DesignMessages.FORMULA_BAD_POWER, "'" + caret.text + "'");
        }
        double v = Double.parseDouble(k.text);
        if (!(v >= SMALLEST_POWER) || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw error(k, DesignMessages.FORMULA_BAD_POWER, " after '^'", ", got " + k.shown());
        }
        advance();
        return new Power(base, (int) v);
    }

    private Node termPrimary() {
        Token t = peek();
        switch (t.kind) {
            case NUMBER: {
                advance();
                double v = Double.parseDouble(t.text);
                if (v != 0 && v != 1) {
                    throw error(t, DesignMessages.FORMULA_NUMBER_AS_TERM, t.text);
                }
                return new Intercept(v == 1);
            }
            case LPAREN: {
                Token open = advance();
                Node inner = termSum();
                close(open);
                return inner;
            }
            case NAME:
                if (t.text.equals(DOT) && peekAt(1).kind != Kind.LPAREN) {
                    advance();
                    dots.add(new int[] {t.start, t.end});
                    return new Dot();
                }
                return variable();
            case QUOTED_NAME:
                return variable();
            default:
                throw expected(t, DesignMessages.FORMULA_TERM_MISSING,
                        next == 0 ? null : "'" + tokens.get(next - 1).text + "'");
        }
    }

    /** A variable (installed on first appearance) or an offset. */
    private Node variable() {
        Token first = peek();
        if (first.kind == Kind.NAME && first.text.equals("offset") && peekAt(1).kind == Kind.LPAREN) {
            advance();
            Token open = advance();
            if (peek().kind == Kind.RPAREN) {
                throw error(peek(), DesignMessages.FORMULA_OFFSET_EMPTY);
            }
            Expr e = expression();
            Token close = close(open);
            Formula.Offset offset = new Formula.Offset(source(first, close), e);
            if (!offsets.containsKey(e.canonical())) {
                offsets.put(e.canonical(), offset);
                rhsColumns.addAll(e.columns());
            }
            return new Off(first);
        }
        Term term = term();
        Integer index = variableIndex.get(term.canonical());
        if (index == null) {
            index = variables.size();
            variables.add(term);
            variableIndex.put(term.canonical(), index);
            rhsColumns.addAll(term.columns());
        }
        return new Var(index);
    }

    private Term term() {
        Token first = advance();
        if (first.kind == Kind.QUOTED_NAME || peek().kind != Kind.LPAREN) {
            return new Term.Column(source(first, first), first.text);
        }
        Token open = advance();
        String f = first.text;
        switch (f) {
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
            case "poly":
                return poly(open);
            case "cbind":
                throw error(first, DesignMessages.FORMULA_CBIND_ON_RIGHT);
            default: {
                Optional<Fn> fn = Fn.byName(f);
                if (fn.isEmpty()) {
                    throw error(first, DesignMessages.FORMULA_UNKNOWN_TERM_FUNCTION, f, KNOWN_TERM_FUNCTIONS);
                }
                Expr.Call call = call(fn.get(), open);
                return new Term.Transform(source(first, tokens.get(next - 1)), call);
            }
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

    /** {@code poly(e, k, raw = TRUE)} (also {@code raw = T}); R's orthogonal polynomials are refused. */
    private Term poly(Token open) {
        Token start = peek();
        Expr argument = expression();
        String argumentText = source(start, tokens.get(next - 1));
        Token comma = peek();
        if (comma.kind != Kind.COMMA) {
            throw error(comma, DesignMessages.FORMULA_POLY_FORM, "a ',' and the degree", comma.shown());
        }
        advance();
        Token k = peek();
        double degree = k.kind == Kind.NUMBER ? Double.parseDouble(k.text) : Double.NaN;
        if (!(degree >= 1) || degree != Math.rint(degree) || degree > Integer.MAX_VALUE) {
            throw error(k, DesignMessages.FORMULA_POLY_FORM, "the degree (a whole number of at least 1)", k.shown());
        }
        advance();
        if (peek().kind != Kind.COMMA || !peekAt(1).text.equals("raw")) {
            throw error(peek(), DesignMessages.FORMULA_POLY_NOT_RAW);
        }
        advance();
        advance();
        Token equals = peek();
        Token value = peekAt(1);
        if (equals.kind != Kind.EQUALS || value.kind != Kind.NAME
                || !(value.text.equals("TRUE") || value.text.equals("T"))) {
            throw error(equals, DesignMessages.FORMULA_POLY_NOT_RAW);
        }
        advance();
        advance();
        close(open);
        String name = "poly(" + argumentText + ", " + (long) degree + ", raw = TRUE)";
        return new Term.Poly(name, argument, (int) degree);
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

    // ---------------------------------------------------------------- checks and R's expansion

    /**
     * Refuses an offset inside an interaction or removed by {@code '-'}: R would keep the offset and
     * silently drop the term around it.
     */
    private void check(Node n, boolean inProduct, boolean removed) {
        if (n instanceof Sum s) {
            check(s.left(), inProduct, removed);
            check(s.right(), inProduct, removed);
        } else if (n instanceof Minus m) {
            if (m.left() != null) {
                check(m.left(), inProduct, removed);
            }
            check(m.right(), inProduct, true);
        } else if (n instanceof Join j) {
            check(j.left(), true, removed);
            check(j.right(), true, removed);
        } else if (n instanceof Power p) {
            check(p.base(), true, removed);
        } else if (n instanceof Off o) {
            if (inProduct) {
                throw error(o.token(), DesignMessages.FORMULA_OFFSET_IN_INTERACTION);
            }
            if (removed) {
                throw error(o.token(), DesignMessages.FORMULA_OFFSET_REMOVED);
            }
        }
    }

    /** R's {@code EncodeVars}: the terms of a node, each a set of variable indices. */
    private List<BitSet> encode(Node n) {
        if (n instanceof Sum s) {
            List<BitSet> out = new ArrayList<>(encode(s.left()));
            out.addAll(encode(s.right()));
            return trimRepeats(out);
        }
        if (n instanceof Minus m) {
            List<BitSet> left = m.left() == null ? List.of() : encode(m.left());
            parity = !parity;
            List<BitSet> right = encode(m.right());
            parity = !parity;
            List<BitSet> out = new ArrayList<>(left);
            out.removeAll(right);
            return out;
        }
        if (n instanceof Join j) {
            List<BitSet> left = encode(j.left());
            List<BitSet> right = encode(j.right());
            return switch (j.operator()) {
                case COLON -> interact(left, right);
                case STAR -> {
                    List<BitSet> out = new ArrayList<>(left);
                    out.addAll(right);
                    out.addAll(interact(left, right));
                    yield trimRepeats(out);
                }
                default -> nest(left, right);
            };
        }
        if (n instanceof Power p) {
            List<BitSet> base = encode(p.base());
            List<BitSet> out = base;
            for (int i = 1; i < p.power(); i++) {
                out = interact(base, out);
            }
            return out;
        }
        if (n instanceof Var v) {
            BitSet b = new BitSet();
            b.set(v.index());
            return List.of(b);
        }
        if (n instanceof Intercept i) {
            intercept = i.one() == parity;
            return List.of();
        }
        // a '.' (expanded before the terms are used) and an offset are no terms
        return List.of();
    }

    /** Every union of a left and a right term, left-major, repeats dropped (R's {@code InteractTerms}). */
    private static List<BitSet> interact(List<BitSet> left, List<BitSet> right) {
        List<BitSet> out = new ArrayList<>();
        for (BitSet l : left) {
            for (BitSet r : right) {
                BitSet b = (BitSet) l.clone();
                b.or(r);
                out.add(b);
            }
        }
        return trimRepeats(out);
    }

    /** {@code left / right}: the left terms, then each right term joined with all left variables (R's {@code NestTerms}). */
    private static List<BitSet> nest(List<BitSet> left, List<BitSet> right) {
        BitSet all = new BitSet();
        left.forEach(all::or);
        List<BitSet> out = new ArrayList<>(left);
        for (BitSet r : right) {
            BitSet b = (BitSet) r.clone();
            b.or(all);
            out.add(b);
        }
        return trimRepeats(out);
    }

    /** Drops empty terms and repeats, keeping first appearances (R's {@code TrimRepeats}). */
    private static List<BitSet> trimRepeats(List<BitSet> terms) {
        Set<BitSet> out = new LinkedHashSet<>();
        for (BitSet b : terms) {
            if (!b.isEmpty()) {
                out.add(b);
            }
        }
        return new ArrayList<>(out);
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
                Fn f = Fn.byName(t.text).orElseThrow(() -> error(t,
                        DesignMessages.FORMULA_UNKNOWN_EXPRESSION_FUNCTION, t.text, KNOWN_EXPRESSION_FUNCTIONS));
                return call(f, advance());
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

    /**
     * The arguments of a call of {@code f} after its {@code '('}, and the {@code ')'}: as many as
     * {@code f} takes, separated by {@code ','}; {@code polygamma}'s order is a whole number from 0 to
     * {@link SpecialFunctions#MAX_POLYGAMMA_ORDER}, written as a number (as in the expression language).
     */
    private Expr.Call call(Fn f, Token open) {
        Token start = peek();
        List<Expr> arguments = new ArrayList<>(List.of(expression()));
        String first = source(start, tokens.get(next - 1));
        if (f.arity() == 1) {
            if (peek().kind == Kind.COMMA) {
                throw error(peek(), DesignMessages.FORMULA_FUNCTION_ONE_ARGUMENT, f.text());
            }
        } else {
            if (peek().kind != Kind.COMMA) {
                throw error(peek(), DesignMessages.FORMULA_FUNCTION_TWO_ARGUMENTS, f.text());
            }
            advance();
            arguments.add(expression());
            if (peek().kind == Kind.COMMA) {
                throw error(peek(), DesignMessages.FORMULA_FUNCTION_TWO_ARGUMENTS, f.text());
            }
        }
        close(open);
        if (f == Fn.POLYGAMMA && !(arguments.get(0) instanceof Expr.Number n && n.value() == Math.rint(n.value())
                && n.value() >= 0 && n.value() <= SpecialFunctions.MAX_POLYGAMMA_ORDER)) {
            throw error(start, DesignMessages.FORMULA_POLYGAMMA_ORDER, SpecialFunctions.MAX_POLYGAMMA_ORDER, first);
        }
        return new Expr.Call(f, arguments);
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
                    case '=' -> Kind.EQUALS;
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
