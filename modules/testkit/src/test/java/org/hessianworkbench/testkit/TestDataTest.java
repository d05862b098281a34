package org.hessianworkbench.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data sets as classpath resources: real files, their text, and a directory of all of them. */
class TestDataTest {

    private static final List<String> DATA_SETS = List.of("aliased.csv", "gamma_positive.csv", "grouped_binomial.csv", "heteroscedastic.csv", "huber_outliers.csv", "linear_product_seed42.csv", "logistic_dollars.csv",
            "logistic_seed42.csv", "logistic_tiny_big.csv", "longley.csv", "newton_bfgs_200.csv", "overdispersed_counts.csv",
            "poisson_income.csv", "separated.csv", "spector.csv", "ucla_binary.csv");

    @TempDir
    Path dir;

    @Test
    void everyDataSetIsARealFileWithItsHeader() {
        assertEquals(DATA_SETS, TestData.names());
        for (String name : DATA_SETS) {
            Path p = TestData.file(name);
            assertTrue(Files.isRegularFile(p), p.toString());
            assertEquals(TestData.directory().resolve(name), p);
        }
        assertEquals("OBS,GPA,TUCE,PSI,GRADE", TestData.lines("spector.csv").get(0));
        assertEquals(33, TestData.lines("spector.csv").size());
        assertEquals(17, TestData.lines("longley.csv").size());
        assertTrue(TestData.text("logistic_seed42.csv").startsWith("x1,x2,y"));
    }

    @Test
    void anUnknownDataSetNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestData.file("nope.csv"));
        assertTrue(e.getMessage().contains("spector.csv"), e.getMessage());
    }

    @Test
    void dataSetsInsideAJarAreCopiedOutToRealFiles() throws Exception {
        Path jar = dir.resolve("data.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry(TestData.FOLDER + "/"));
            for (String name : List.of("spector.csv", "longley.csv")) {
                j.putNextEntry(new JarEntry(TestData.FOLDER + "/" + name));
                j.write(Files.readAllBytes(TestData.file(name)));
            }
            j.putNextEntry(new JarEntry(TestData.FOLDER + "/README.md"));
            j.write("not a data set".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        URI uri = URI.create("jar:" + jar.toUri() + "!/" + TestData.FOLDER);
        Path copies = TestData.copyOut(uri);
        try (var s = Files.list(copies)) {
            assertEquals(List.of("longley.csv", "spector.csv"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(Files.readString(TestData.file("spector.csv")), Files.readString(copies.resolve("spector.csv")));
        deleteAll(copies);
    }

    private static void deleteAll(Path d) throws IOException {
        try (var s = Files.list(d)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(d);
    }
}
