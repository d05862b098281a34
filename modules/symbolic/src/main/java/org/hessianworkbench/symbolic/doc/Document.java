package org.hessianworkbench.symbolic.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hessianworkbench.symbolic.check.AnswerCheck;
import org.hessianworkbench.symbolic.derive.Derivation;
import org.hessianworkbench.symbolic.derive.Part;

/**
 * A derivation written up: headings, prose (Markdown with {@code $...$} math, plus a plain-text
 * version), displayed formulas, checked steps, result tables and checked identities. Renderers turn
 * it into Markdown ({@link Markdown}), text, LaTeX or JSON. Immutable.
 *
 * @param name   the short name, e.g. {@code logistic}
 * @param title  the title
 * @param blocks the content, in order
 */
public record Document(String name, String title, List<Block> blocks) {

    /** A document; the list is copied. */
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    /** One piece of a document. */
    public sealed interface Block permits Heading, Prose, Display, Steps, Results, Identities {
    }

    /**
     * A section heading.
     *
     * @param level    2 for a section, 3 for a subsection
     * @param markdown the heading in Markdown, math in {@code $...$}
     * @param text     the same in plain text
     */
    public record Heading(int level, String markdown, String text) implements Block {

        /** A heading without math: the same text in both forms. */
        public Heading(int level, String text) {
            this(level, text, text);
        }
    }

    /**
     * A paragraph.
     *
     * @param markdown the paragraph in Markdown, math in {@code $...$}
     * @param text     the same for a terminal, math in the text syntax or plain words
     */
    public record Prose(String markdown, String text) implements Block {
    }

    /**
     * A displayed formula.
     *
     * @param latex the formula in LaTeX
     * @param text  the same in plain text
     */
    public record Display(String latex, String text) implements Block {
    }

    /**
     * The checked steps of one derivative (or of one simplification).
     *
     * @param caption what is derived, e.g. the first derivative in eta
     * @param part    the steps and the result
     */
    public record Steps(String caption, Part part) implements Block {
    }

    /**
     * The results of a derivation with their checks against automatic differentiation.
     *
     * @param caption    what was derived
     * @param derivation the derivation
     */
    public record Results(String caption, Derivation derivation) implements Block {
    }

    /**
     * Claims that a derived result equals a formula, each decided by the answer checker.
     *
     * @param caption what the claims show
     * @param claims  the claims
     */
    public record Identities(String caption, List<Identity> claims) implements Block {

        /** A block; the list is copied. */
        public Identities {
            claims = List.copyOf(claims);
        }
    }

    /**
     * One claim: {@code check.expected()} (derived) equals {@code check.answer()} (a formula).
     *
     * @param latex the claim in LaTeX, e.g. {@code \frac{\partial^2\ell}{\partial f_1\,\partial f_2} = \ell''\,Q_1Q_2 + \ell'\,R_{12}}
     * @param text  the claim in plain text, e.g. {@code d2/df1 df2 = l''*Q1*Q2 + l'*R12}
     * @param check the decision
     * @param holds whether the claim is meant to hold (a claim can show that a tempting formula is wrong)
     */
    public record Identity(String latex, String text, AnswerCheck check, boolean holds) {

        /** Whether the check came out as intended. */
        public boolean confirmed() {
            return check.equal() == holds;
        }
    }

    /** Every derivation of the document: those of its result tables, then those its step blocks came from. */
    public List<Derivation> derivations() {
        List<Derivation> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Results r && !out.contains(r.derivation())) {
                out.add(r.derivation());
            }
        }
        return out;
    }

    /** Every step block's part. */
    public List<Part> parts() {
        List<Part> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Steps s) {
                out.add(s.part());
            }
        }
        return out;
    }

    /** Every claim. */
    public List<Identity> identities() {
        List<Identity> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Identities i) {
                out.addAll(i.claims());
            }
        }
        return out;
    }

    /** Whether every step shown passed, every derivation passed and every claim came out as intended. */
    public boolean passed() {
        return parts().stream().allMatch(Part::passed) && derivations().stream().allMatch(Derivation::passed)
                && identities().stream().allMatch(Identity::confirmed);
    }

    /** The number of steps shown and behind the result tables, each counted once. */
    public int checkedSteps() {
        List<Part> all = new ArrayList<>(parts());
        for (Derivation d : derivations()) {
            for (Part p : d.parts()) {
                if (!all.contains(p)) {
                    all.add(p);
                }
            }
        }
        return all.stream().mapToInt(p -> p.steps().size()).sum();
    }
}
