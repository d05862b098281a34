package org.hessianworkbench.report.html;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Instructor-written LaTeX in prose (exercise statements, the derivations' paragraphs) drawn as PNG
 * pictures with JLaTeXMath, so that a page shows {@code \(x_i \in \mathbb{R}^p\)} as mathematics with
 * nothing fetched and no script. Works headless ({@code java.awt.headless=true}): only a
 * {@link BufferedImage} is drawn on. Stateless.
 */
public final class TexImages {

    /**
     * The size the formulas are set at, in CSS pixels: the page's text is 16 px, and Computer Modern's
     * small x-height (0.43 em against the sans serif's 0.55 em) looks a size smaller beside it.
     */
    static final float SIZE = 18f;

    /** Pixels drawn per CSS pixel: sharp on a projector, a high-density screen and in print. */
    static final int SCALE = 2;

    /**
     * A fragment of prose: {@code \( ... \)} or {@code $ ... $} inline, {@code \[ ... \]} or
     * {@code $$ ... $$} displayed. Groups 1 and 3 hold a display's source, 2 and 4 an inline one's.
     */
    private static final Pattern FRAGMENT = Pattern.compile(
            "\\\\\\[(.+?)\\\\\\]|\\\\\\((.+?)\\\\\\)|\\$\\$(.+?)\\$\\$|\\$([^$]+?)\\$", Pattern.DOTALL);

    /** amsmath's {@code \lvert}, {@code \rvert}, which JLaTeXMath 1.0.7 lacks (it has {@code \lVert}, {@code \rVert}). */
    private static final Pattern VERT = Pattern.compile("\\\\[lr]vert(?![A-Za-z])");

    private TexImages() {
    }

    /**
     * A drawn formula.
     *
     * @param png    the PNG, {@link #SCALE} times the layout size
     * @param width  the layout width in CSS pixels
     * @param height the layout height in CSS pixels
     * @param depth  how far it reaches below the text's baseline, in CSS pixels
     */
    public record Picture(byte[] png, int width, int height, int depth) {
    }

    /**
     * A piece of prose: text, or a LaTeX fragment.
     *
     * @param text    the text, or the fragment's LaTeX source without its delimiters
     * @param tex     whether it is a fragment
     * @param display whether the fragment is displayed (its own line) rather than inline
     */
    public record Piece(String text, boolean tex, boolean display) {
    }

    /** The prose cut into text and LaTeX fragments, in order; empty text pieces left out. */
    public static List<Piece> pieces(String prose) {
        List<Piece> out = new ArrayList<>();
        Matcher m = FRAGMENT.matcher(prose);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Piece(prose.substring(at, m.start()), false, false));
            }
            boolean display = m.group(1) != null || m.group(3) != null;
            String tex = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4);
            out.add(new Piece(tex.strip(), true, display));
            at = m.end();
        }
        if (at < prose.length()) {
            out.add(new Piece(prose.substring(at), false, false));
        }
        return out;
    }

    /**
     * The formula drawn: black on a transparent background, in text style (inline) or display style.
     * Empty when JLaTeXMath cannot parse or lay it out (the caller shows the source instead).
     *
     * @param tex     LaTeX without delimiters, e.g. {@code x_i \in \mathbb{R}^p}
     * @param display display style (large operators, full-size fractions) rather than text style
     */
    public static Optional<Picture> draw(String tex, boolean display) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(VERT.matcher(tex).replaceAll("|")).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, SIZE);
        } catch (RuntimeException notTex) {
            // JLaTeXMath's ParseException (unknown command, unbalanced braces) and its layout errors
            return Optional.empty();
        }
        icon.setInsets(new Insets(1, 1, 1, 1), true);
        icon.setForeground(Color.BLACK);
        int width = Math.max(1, icon.getIconWidth());
        int height = Math.max(1, icon.getIconHeight());
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(SCALE, SCALE);
            icon.paintIcon(null, g, 0, 0);
        } catch (RuntimeException notDrawn) {
            return Optional.empty();
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new Picture(png.toByteArray(), width, height, Math.max(0, icon.getIconDepth())));
    }
}
