package org.hessianworkbench.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** LaTeX fragments of prose drawn as PNG pictures, headless, laid out at text size. */
class TexImagesTest {

    /** The PNG signature: the first eight bytes of every PNG file. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void inlineAndDisplayedFragmentsBecomePngPicturesWithTheirSourceAsAlt() throws IOException {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run as the command line does: java.awt.headless=true");
        HtmlPage page = HtmlPage.titled("t", "workbench t");
        page.prose(page.main(), "Row \\(x_i \\in \\mathbb{R}^p\\) of \\(X\\), and $\\beta$ with "
                + "\\[ f(\\beta) = \\sum_{i=1}^n \\ell(\\eta_i; y_i), \\qquad \\sigma(z) = \\frac{1}{1 + e^{-z}} . \\] so.");
        assertEquals(0, page.texUnparsed());
        Document doc = Jsoup.parse(page.render());
        assertTrue(doc.select("meta[name=tex-unparsed]").isEmpty());
        List<Element> inline = doc.select("p img.tex-inline");
        assertEquals(List.of("x_i \\in \\mathbb{R}^p", "X", "\\beta"), inline.stream().map(i -> i.attr("alt")).toList());
        Element display = doc.selectFirst("p img.tex-display");
        assertTrue(display.attr("alt").startsWith("f(\\beta) = \\sum_{i=1}^n"), display::toString);
        for (Element img : doc.select("img")) {
            BufferedImage picture = decoded(img);
            int width = Integer.parseInt(img.attr("width"));
            int height = Integer.parseInt(img.attr("height"));
            assertTrue(width > 0 && height > 0, img::toString);
            assertEquals(TexImages.SCALE * width, picture.getWidth());
            assertEquals(TexImages.SCALE * height, picture.getHeight());
            assertTrue(inked(picture), () -> "something drawn for " + img.attr("alt"));
        }
        // inline pictures sit at text size; a displayed sum with a fraction is taller than a line
        assertTrue(Integer.parseInt(inline.get(1).attr("height")) < 2 * TexImages.SIZE);
        assertTrue(Integer.parseInt(display.attr("height")) > TexImages.SIZE);
        assertTrue(inline.get(0).attr("style").matches("vertical-align: -\\d+px"), inline.get(0)::toString);
        assertEquals("Row of , and with so.", doc.selectFirst("main p").text());
    }

    @Test
    void aFragmentJLaTeXMathCannotParseStaysAsCodeAndIsCounted() {
        HtmlPage page = HtmlPage.titled("t", "workbench t");
        page.prose(page.main(), "fine \\(a^2\\) and \\(\\left\\lvert y - \\eta\\right\\rvert\\) (amsmath's bars), broken \\(\\left( x\\) and \\(\\nosuchcommand x\\).");
        assertEquals(2, page.texUnparsed());
        Document doc = Jsoup.parse(page.render());
        assertEquals(List.of("\\left( x", "\\nosuchcommand x"), doc.select("p code.tex-unparsed").eachText());
        assertEquals(2, doc.select("p img.tex-inline").size());
        assertEquals("2", doc.selectFirst("meta[name=tex-unparsed]").attr("content"));
    }

    @Test
    void proseIsCutIntoTextAndFragmentsOfEachDelimiter() {
        assertEquals(List.of(new TexImages.Piece("a ", false, false), new TexImages.Piece("x", true, false),
                        new TexImages.Piece(" b ", false, false), new TexImages.Piece("y", true, true),
                        new TexImages.Piece(" c ", false, false), new TexImages.Piece("z", true, false),
                        new TexImages.Piece(" ", false, false), new TexImages.Piece("w", true, true)),
                TexImages.pieces("a \\(x\\) b \\[ y \\] c $z$ $$w$$"));
        assertEquals(List.of(new TexImages.Piece("no math here.", false, false)), TexImages.pieces("no math here."));
    }

    private static BufferedImage decoded(Element img) throws IOException {
        String src = img.attr("src");
        String prefix = "data:image/png;base64,";
        assertTrue(src.startsWith(prefix), img::toString);
        byte[] png = Base64.getDecoder().decode(src.substring(prefix.length()));
        assertArrayEquals(PNG, Arrays.copyOf(png, PNG.length));
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(picture.getColorModel().hasAlpha(), "transparent background");
        assertEquals(0, picture.getRGB(0, 0) >>> 24, "the corner is transparent");
        return picture;
    }

    /** Whether some pixel is opaque enough to be ink. */
    private static boolean inked(BufferedImage picture) {
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((picture.getRGB(x, y) >>> 24) > 128) {
                    return true;
                }
            }
        }
        return false;
    }
}
