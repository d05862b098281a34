package org.hessianworkbench.symbolic;

import java.util.Set;
import java.util.regex.Pattern;
import org.hessianworkbench.symbolic.Expr.Diff;
import org.hessianworkbench.symbolic.Expr.Sym;

/** Tree walks behind the default methods of {@link Expr}. */
final class Trees {
    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private Trees() {
    }

    static void collect(Expr e, Set<String> out) {
        if (e instanceof Sym s) {
            out.add(s.name());
        } else if (e instanceof Diff d) {
            collect(d.body(), out);
        } else {
            for (Expr c : Expr.children(e)) {
                collect(c, out);
            }
        }
    }

    static boolean dependsOn(Expr e, String name) {
        if (e instanceof Sym s) {
            return s.name().equals(name);
        }
        for (Expr c : Expr.children(e)) {
            if (dependsOn(c, name)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDiff(Expr e) {
        if (e instanceof Diff) {
            return true;
        }
        for (Expr c : Expr.children(e)) {
            if (hasDiff(c)) {
                return true;
            }
        }
        return false;
    }

    static int size(Expr e) {
        int n = 1;
        for (Expr c : Expr.children(e)) {
            n += size(c);
        }
        return n;
    }

    static int depth(Expr e) {
        int d = 0;
        for (Expr c : Expr.children(e)) {
            d = Math.max(d, 1 + depth(c));
        }
        return d;
    }
}
