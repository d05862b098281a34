package org.hessianworkbench.design;

/** Which column names can be written bare in a formula, and how the others are backquoted. */
final class Identifiers {

    private Identifiers() {
    }

    /** True for a character that may start a bare name. */
    static boolean isStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '.';
    }

    /** True for a character that may continue a bare name. */
    static boolean isPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.';
    }

    /** True when {@code name} can be written without backquotes ({@code .} alone is R's dot, not a name). */
    static boolean isBare(String name) {
        if (name.isEmpty() || !isStart(name.charAt(0)) || name.equals(FormulaParser.DOT)) {
            return false;
        }
        if (name.charAt(0) == '.' && name.length() > 1 && Character.isDigit(name.charAt(1))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            if (!isPart(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The name as it must be written in a formula: bare, or between backquotes. */
    static String quoteIfNeeded(String name) {
        return isBare(name) ? name : "`" + name + "`";
    }
}
