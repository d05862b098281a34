package org.hessianworkbench.symbolic.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hessianworkbench.symbolic.Expr;
import org.hessianworkbench.symbolic.Expr.Add;
import org.hessianworkbench.symbolic.Expr.Call;
import org.hessianworkbench.symbolic.Expr.Diff;
import org.hessianworkbench.symbolic.Expr.Div;
import org.hessianworkbench.symbolic.Expr.Mul;
import org.hessianworkbench.symbolic.Expr.Neg;
import org.hessianworkbench.symbolic.Expr.Num;
import org.hessianworkbench.symbolic.Expr.Pow;
import org.hessianworkbench.symbolic.Expr.Sub;
import org.hessianworkbench.symbolic.Expr.Sym;
import org.hessianworkbench.symbolic.ExpressionException;
import org.hessianworkbench.symbolic.Fn;
import org.hessianworkbench.symbolic.SpecialFunctions;
import org.hessianworkbench.symbolic.SymbolicMessages;
import org.hessianworkbench.symbolic.print.Printer;

/**
 * Reads the text syntax into an {@link Expr}. The grammar, loosest binding first:
 * <pre>
 * expr     := leading (('+' | '-') term)*
 * leading  := '-' leading | term             -- a leading minus negates the whole term: -a*b = -(a*b)
 * term     := factor (('*' | '/') factor)*    -- left-associative
 * factor   := '-' factor | power              -- a*-b
 * power    := atom ('^' exponent)?
 * exponent := '-' exponent | power            -- right-associative: a^b^c = a^(b^c); a^-2
 * atom     := number | symbol | function '(' expr ')' | 'diff' '(' expr ',' symbol ')' | '(' expr ')'
 * </pre>
 * A minus directly before a number that is not raised to a power is part of the number
 * ({@code -2} is the number \(-2\), {@code -(2)} the negation of 2). Numbers are decimal, with an
 * optional exponent ({@code 1.5e-3}); blanks are ignored. Stateless and thread-safe.
 */
public final class Parser {

    private Parser() {
    }

    /**
     * Parses {@code text}.
     *
     * @throws ExpressionException naming the column and what was expected there
     */
    public static Expr parse(String text) {
        if (text == null) {
            throw new ExpressionException(SymbolicMessages.EXPRESSION_EMPTY, "", 1);
        }
        State s = new State(text, Lexer.tokens(text));
        if (s.peek().kind() == Kind.END) {
            throw s.error(s.peek(), SymbolicMessages.EXPRESSION_EMPTY);
        }
        Expr e = s.expr();
        Token t = s.peek();
        if (t.kind() != Kind.END) {
            if (t.kind() == Kind.RPAREN) {
                throw s.error(t, SymbolicMessages.EXPRESSION_UNMATCHED_CLOSE);
            }
            Token prev = s.previous();
            if (startsOperand(t) && prev != null) {
                throw s.error(t, SymbolicMessages.EXPRESSION_OPERATOR_MISSING, prev.text(), t.text());
            }
            throw s.error(t, SymbolicMessages.EXPRESSION_END_EXPECTED, t.text());
        }
        return e;
    }

    private static boolean startsOperand(Token t) {
        return t.kind() == Kind.NUMBER || t.kind() == Kind.NAME || t.kind() == Kind.LPAREN;
    }

    enum Kind { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LPAREN, RPAREN, COMMA, END }

    record Token(Kind kind, String text, int column) {
    }

    /** Splits the text into tokens with 1-based columns. */
    static final class Lexer {

        private Lexer() {
        }

        static List<Token> tokens(String text) {
            List<Token> out = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                    int start = i;
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
                    out.add(new Token(Kind.NUMBER, text.substring(start, i), start + 1));
                } else if (Character.isLetter(c) || c == '_') {
                    int start = i;
                    while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                    out.add(new Token(Kind.NAME, text.substring(start, i), start + 1));
                } else {
                    Kind k = switch (c) {
                        case '+' -> Kind.PLUS;
                        case '-' -> Kind.MINUS;
                        case '*' -> Kind.STAR;
                        case '/' -> Kind.SLASH;
                        case '^' -> Kind.CARET;
                        case '(' -> Kind.LPAREN;
                        case ')' -> Kind.RPAREN;
                        case ',' -> Kind.COMMA;
                        default -> null;
                    };
                    if (k == null) {
                        throw new ExpressionException(c == '[' || c == '{' ? SymbolicMessages.EXPRESSION_BRACKET
                                : SymbolicMessages.EXPRESSION_UNEXPECTED_CHARACTER, text, i + 1, String.valueOf(c));
                    }
                    out.add(new Token(k, String.valueOf(c), i + 1));
                    i++;
                }
            }
            out.add(new Token(Kind.END, "end", n + 1));
            return out;
        }
    }

    /** A recursive-descent parse over the token list. */
    private static final class State {
        private final String text;
        private final List<Token> tokens;
        private int pos;

        State(String text, List<Token> tokens) {
            this.text = text;
            this.tokens = tokens;
        }

        Token peek() {
            return tokens.get(pos);
        }

        Token peek(int ahead) {
            return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
        }

        Token previous() {
            return pos == 0 ? null : tokens.get(pos - 1);
        }

        Token next() {
            return tokens.get(pos++);
        }

        ExpressionException error(Token at, SymbolicMessages key, Object... details) {
            return new ExpressionException(key, text, at.column(), details);
        }

        Expr expr() {
            Expr e = leading();
            while (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS) {
                Token op = next();
                Expr r = term(op);
                e = op.kind() == Kind.PLUS ? new Add(e, r) : new Sub(e, r);
            }
            return e;
        }

        /** A minus that starts an additive chain negates the whole term. */
        Expr leading() {
            if (peek().kind() == Kind.MINUS) {
                Token minus = next();
                Optional<Num> folded = negativeLiteral(Kind.STAR, Kind.SLASH);
                return folded.isPresent() ? folded.get() : new Neg(leading(minus));
            }
            return term(previous());
        }

        private Expr leading(Token after) {
            if (peek().kind() == Kind.MINUS) {
                return leading();
            }
            return term(after);
        }

        Expr term(Token after) {
            Expr e = factor(after);
            while (peek().kind() == Kind.STAR || peek().kind() == Kind.SLASH) {
                Token op = next();
                Expr r = factor(op);
                e = op.kind() == Kind.STAR ? new Mul(e, r) : new Div(e, r);
            }
            return e;
        }

        Expr factor(Token after) {
            if (peek().kind() == Kind.MINUS) {
                Token minus = next();
                Optional<Num> folded = negativeLiteral();
                return folded.isPresent() ? folded.get() : new Neg(factor(minus));
            }
            return power(after);
        }

        Expr power(Token after) {
            Expr base = atom(after);
            if (peek().kind() == Kind.CARET) {
                Token caret = next();
                return new Pow(base, exponent(caret));
            }
            return base;
        }

        Expr exponent(Token after) {
            if (peek().kind() == Kind.MINUS) {
                Token minus = next();
                Optional<Num> folded = negativeLiteral();
                return folded.isPresent() ? folded.get() : new Neg(exponent(minus));
            }
            return power(after);
        }

        /**
         * After a minus: the negative number when a literal follows that is not raised to a power
         * (nor, for a leading minus, multiplied or divided: {@code -2*x} is \(-(2x)\)).
         */
        private Optional<Num> negativeLiteral(Kind... alsoNotBefore) {
            if (peek().kind() != Kind.NUMBER) {
                return Optional.empty();
            }
            Kind after = peek(1).kind();
            if (after == Kind.CARET) {
                return Optional.empty();
            }
            for (Kind k : alsoNotBefore) {
                if (after == k) {
                    return Optional.empty();
                }
            }
            Token t = next();
            return Optional.of(new Num(-number(t)));
        }

        private double number(Token t) {
            double v = Double.parseDouble(t.text());
            if (!Double.isFinite(v)) {
                throw error(t, SymbolicMessages.EXPRESSION_NUMBER_TOO_LARGE, t.text());
            }
            return v;
        }

        Expr atom(Token after) {
            Token t = peek();
            switch (t.kind()) {
                case NUMBER -> {
                    next();
                    return new Num(number(t));
                }
                case NAME -> {
                    next();
                    return named(t);
                }
                case LPAREN -> {
                    next();
                    if (peek().kind() == Kind.RPAREN) {
                        throw error(peek(), SymbolicMessages.EXPRESSION_EMPTY_PARENTHESES);
                    }
                    Expr e = expr();
                    close(t);
                    return e;
                }
                default -> throw missingOperand(t, after);
            }
        }

        private ExpressionException missingOperand(Token t, Token after) {
            String where = after == null ? "" : after.kind() == Kind.LPAREN ? " after '('"
                    : after.kind() == Kind.COMMA ? " after ','" : " after '" + after.text() + "'";
            return error(t, SymbolicMessages.EXPRESSION_OPERAND_MISSING, where);
        }

        private Expr named(Token t) {
            String name = t.text();
            Optional<Fn> fn = Fn.byName(name);
            boolean call = peek().kind() == Kind.LPAREN;
            if (Expr.DIFF.equals(name)) {
                if (!call) {
                    throw error(peek(), SymbolicMessages.EXPRESSION_DIFF_PARENTHESIS_MISSING);
                }
                Token open = next();
                Expr body = argument(open);
                if (peek().kind() != Kind.COMMA) {
                    throw error(peek(), SymbolicMessages.EXPRESSION_DIFF_COMMA_MISSING, found(peek()));
                }
                next();
                Token v = peek();
                if (v.kind() != Kind.NAME || !Expr.isValidName(v.text())) {
                    throw error(v, SymbolicMessages.EXPRESSION_DIFF_VARIABLE_MISSING);
                }
                next();
                close(open);
                return new Diff(body, v.text());
            }
            if (fn.isPresent()) {
                if (!call) {
                    throw error(peek(), SymbolicMessages.EXPRESSION_FUNCTION_PARENTHESIS_MISSING, name);
                }
                Token open = next();
                Expr arg = argument(open);
                if (fn.get().arity() == 2) {
                    return secondArgument(fn.get(), open, arg);
                }
                if (peek().kind() == Kind.COMMA) {
                    throw error(peek(), SymbolicMessages.EXPRESSION_FUNCTION_ARGUMENTS, name);
                }
                close(open);
                return new Call(fn.get(), arg);
            }
            if (call) {
                throw error(t, SymbolicMessages.EXPRESSION_UNKNOWN_FUNCTION, name, Fn.names());
            }
            return new Sym(name);
        }

        /**
         * The rest of a two-argument call after its first argument: {@code pow(u, v)} is the operator
         * {@code u^v}; {@code polygamma}'s order must be a whole number.
         */
        private Expr secondArgument(Fn fn, Token open, Expr first) {
            if (peek().kind() != Kind.COMMA) {
                throw error(peek(), SymbolicMessages.EXPRESSION_FUNCTION_TWO_ARGUMENTS, fn.text());
            }
            Token comma = next();
            Expr second = argument(comma);
            if (peek().kind() == Kind.COMMA) {
                throw error(peek(), SymbolicMessages.EXPRESSION_FUNCTION_TWO_ARGUMENTS, fn.text());
            }
            close(open);
            if (fn == Fn.POW) {
                return new Pow(first, second);
            }
            if (fn == Fn.POLYGAMMA && !(first instanceof Num n && n.value() == Math.rint(n.value())
                    && n.value() >= 0 && n.value() <= SpecialFunctions.MAX_POLYGAMMA_ORDER)) {
                throw error(open, SymbolicMessages.EXPRESSION_POLYGAMMA_ORDER, SpecialFunctions.MAX_POLYGAMMA_ORDER,
                        Printer.text(first));
            }
            return new Call(fn, first, second);
        }

        private Expr argument(Token open) {
            if (peek().kind() == Kind.RPAREN || peek().kind() == Kind.COMMA) {
                throw error(peek(), SymbolicMessages.EXPRESSION_ARGUMENT_MISSING);
            }
            return expr();
        }

        /** Consumes the {@code ')'} that closes {@code open}. */
        private void close(Token open) {
            Token t = peek();
            if (t.kind() != Kind.RPAREN) {
                throw error(t, SymbolicMessages.EXPRESSION_CLOSE_MISSING, open.column(), found(t));
            }
            next();
        }

        /** {@code ", found '<token>'"}, or nothing at the end. */
        private static String found(Token t) {
            return t.kind() == Kind.END ? "" : ", found '" + t.text() + "'";
        }
    }
}
