package org.hessianworkbench.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of reference values the workbench is checked against (certified, published or printed by
 * one of its two examples), read from one classpath resource,
 * {@code org/hessianworkbench/testkit/references/<name>.txt}.
 *
 * <p>The format is one value per line, {@code key value [value...]}, separated by blanks; values are
 * written as the source printed them. Lines starting with {@code #} are comments; the comments
 * before the first value are the set's provenance (where the numbers come from, which program and
 * version produced them). A key appears once, except {@code coefficient}, whose lines
 * {@code coefficient <term> <estimate> <standard error>} form a table in the model's order.
 *
 * <p>Instances are immutable.
 */
public final class ReferenceSet {

    /** Where the reference sets are on the class path. */
    static final String FOLDER = "org/hessianworkbench/testkit/references/";

    /** The one key that may repeat: a table of coefficients. */
    static final String COEFFICIENT = "coefficient";

    /**
     * One coefficient of a published fit.
     *
     * @param term     the term's name, e.g. {@code (Intercept)}
     * @param estimate the estimate
     * @param stdError its standard error
     */
    public record Coefficient(String term, double estimate, double stdError) {
    }

    private final String name;
    private final String provenance;
    private final Map<String, List<String>> values;
    private final List<Coefficient> coefficients;

    private ReferenceSet(String name, String provenance, Map<String, List<String>> values, List<Coefficient> coefficients) {
        this.name = name;
        this.provenance = provenance;
        this.values = values;
        this.coefficients = coefficients;
    }

    /**
     * Loads a reference set.
     *
     * @param name the resource's name without {@code .txt}, e.g. {@code "longley-nist"}
     * @return the set
     * @throws IllegalArgumentException when there is no such resource or a line is malformed
     */
    public static ReferenceSet load(String name) {
        String resource = FOLDER + name + ".txt";
        try (InputStream in = ReferenceSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference set " + name + " (" + resource + " is not on the class path)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(name, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads a reference set that lives beside the tests that use it (a module's own test resources)
     * rather than in the testkit: the same format, from any classpath resource.
     *
     * @param resource the resource's path on the class path, e.g.
     *                 {@code org/hessianworkbench/fitting/weighted/weighted-r.txt}
     * @return the set, named by the resource's file name without {@code .txt}
     * @throws IllegalArgumentException when there is no such resource or a line is malformed
     */
    public static ReferenceSet loadResource(String resource) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        String name = file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        try (InputStream in = ReferenceSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no reference set " + resource + " on the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(name, r.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceSet parse(String name, List<String> lines) {
        StringBuilder provenance = new StringBuilder();
        boolean header = true;
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<Coefficient> coefficients = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                if (header) {
                    provenance.append(provenance.length() == 0 ? "" : "\n").append(line.substring(1).strip());
                }
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            header = false;
            String[] f = line.split("\\s+");
            String where = name + " line " + (i + 1);
            if (f.length < 2) {
                throw new IllegalArgumentException(where + ": a key without a value: " + line);
            }
            if (f[0].equals(COEFFICIENT)) {
                if (f.length != 4) {
                    throw new IllegalArgumentException(where + ": expected coefficient <term> <estimate> <standard error>: " + line);
                }
                coefficients.add(new Coefficient(f[1], parseNumber(where, f[2]), parseNumber(where, f[3])));
                continue;
            }
            if (values.containsKey(f[0])) {
                throw new IllegalArgumentException(where + ": key " + f[0] + " appears twice");
            }
            List<String> words = new ArrayList<>(List.of(f).subList(1, f.length));
            values.put(f[0], Collections.unmodifiableList(words));
        }
        if (provenance.length() == 0) {
            throw new IllegalArgumentException(name + ": no provenance (the comment lines at the top saying where the values come from)");
        }
        return new ReferenceSet(name, provenance.toString(), Collections.unmodifiableMap(values), List.copyOf(coefficients));
    }

    private static double parseNumber(String where, String word) {
        try {
            return Double.parseDouble(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": not a number: " + word, e);
        }
    }

    /** The set's name, e.g. {@code longley-nist}. */
    public String name() {
        return name;
    }

    /** Where the values come from: the header's comment lines, without their {@code #}. */
    public String provenance() {
        return provenance;
    }

    /** The keys, in the order of the file (not {@code coefficient}). */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Whether the set has a value for {@code key}. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * The values of {@code key} as written in the resource (e.g. {@code "1.06445721"}, to look for in
     * a printed report).
     *
     * @param key the key
     * @return the words after the key
     * @throws IllegalArgumentException when the set has no such key
     */
    public List<String> words(String key) {
        List<String> w = values.get(key);
        if (w == null) {
            throw new IllegalArgumentException(name + " has no value " + key + " (keys: " + values.keySet() + ")");
        }
        return w;
    }

    /** The rest of {@code key}'s line as written, e.g. a formula. */
    public String text(String key) {
        return String.join(" ", words(key));
    }

    /** The single number of {@code key}. */
    public double number(String key) {
        List<String> w = words(key);
        if (w.size() != 1) {
            throw new IllegalArgumentException(name + ": " + key + " has " + w.size() + " values, not one");
        }
        return parseNumber(name + " " + key, w.get(0));
    }

    /** The numbers of {@code key} (a vector: one per parameter, in the model's order). */
    public double[] numbers(String key) {
        List<String> w = words(key);
        double[] v = new double[w.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parseNumber(name + " " + key, w.get(i));
        }
        return v;
    }

    /** The single integer of {@code key}. */
    public int integer(String key) {
        double v = number(key);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + key + " is not an integer: " + text(key));
        }
        return (int) v;
    }

    /** The {@code coefficient} table, in the model's order (empty when the set has none). */
    public List<Coefficient> coefficients() {
        return coefficients;
    }

    /** The coefficient of {@code term}. */
    public Coefficient coefficient(String term) {
        return coefficients.stream().filter(c -> c.term().equals(term)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no coefficient " + term));
    }

    /** The estimates of the coefficient table, in order. */
    public double[] estimates() {
        return coefficients.stream().mapToDouble(Coefficient::estimate).toArray();
    }

    /** The standard errors of the coefficient table, in order. */
    public double[] stdErrors() {
        return coefficients.stream().mapToDouble(Coefficient::stdError).toArray();
    }

    @Override
    public String toString() {
        return "reference set " + name;
    }
}
