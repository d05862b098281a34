package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.hessianworkbench.testkit.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fit --ci profile|both} and {@code --plot-profile}: the JSON's intervals and {@code ci_low}/{@code ci_high},
 * the text's columns, the picture, the diagnosis on separated data and the refusals.
 */
class ProfileCommandTest {

    private static final String SEPARATED = TestData.file("separated.csv").toString();

    @Test
    void bothIntervalsInJsonTheProfileOnesAsCiAndThePlotWritten(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("profile.png");
        Cli r = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--firth", "--ci", "both",
                "--plot-profile", png.toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode x = r.json().get("coefficients").get(1);
        JsonNode profile = x.get("intervals").get("profile");
        assertEquals(profile.get(0).asDouble(), x.get("ci_low").asDouble());
        assertEquals(profile.get(1).asDouble(), x.get("ci_high").asDouble());
        assertTrue(x.get("intervals").get("wald").get(1).asDouble() < profile.get(1).asDouble(),
                "the penalised profile reaches far above Wald's symmetric interval");
        assertEquals("both", r.json().get("intervals").asText());
        BufferedImage img = ImageIO.read(Files.newInputStream(png));
        assertTrue(img.getWidth() >= 2 * 400 && img.getHeight() >= 300, img.getWidth() + "x" + img.getHeight());
    }

    @Test
    void textColumnsFollowCi() {
        Cli profile = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--firth", "--ci",
                "profile");
        assertEquals(0, profile.code(), profile.err());
        String header = profile.out().lines().filter(l -> l.contains("Estimate")).findFirst().orElseThrow();
        assertTrue(header.endsWith("Profile 2.5 %  Profile 97.5 %"), header);
        assertTrue(!header.contains("Wald"), header);
        assertTrue(profile.out().contains("(profile intervals: where the signed root"), profile.out());
    }

    @Test
    void separatedDataWithoutFirthNameTheUnboundedSideAndExitWith1() {
        Cli r = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--ci", "profile",
                "--format", "json");
        assertEquals(1, r.code(), r.err());
        boolean found = false;
        for (JsonNode d : r.json().get("diagnoses")) {
            if (d.get("code").asText().equals("unbounded-interval") && d.get("coefficients").get(0).asText().equals("x")) {
                found = d.get("message").asText().contains("unbounded above");
            }
        }
        assertTrue(found, r.out());
        JsonNode x = r.json().get("coefficients").get(1);
        assertTrue(x.get("ci_low").isNull() && x.get("intervals").get("profile").get(1).isNull(), x.toString());
    }

    @Test
    void badKindsAndAPlotWithoutProfileAreRefused(@TempDir Path dir) {
        Cli bad = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--ci", "spline");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown intervals 'spline' (known: wald, profile, both)"), bad.err());
        Cli plot = Cli.run("fit", "--data", SEPARATED, "--model", "logistic", "--formula", "y ~ x", "--plot-profile",
                dir.resolve("p.png").toString());
        assertEquals(2, plot.code());
        assertTrue(plot.err().contains("--plot-profile draws the profile-likelihood intervals"), plot.err());
        Cli custom = Cli.run("fit", "--data", SEPARATED, "--model", "custom", "--loss", "(y - eta)^2", "--formula", "y ~ x",
                "--ci", "profile");
        assertEquals(2, custom.code());
        assertTrue(custom.err().contains("profile-likelihood intervals need a likelihood"), custom.err());
    }
}
