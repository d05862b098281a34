package org.hessianworkbench.grading.exercise;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hessianworkbench.derivatives.ObservationLoss;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.grading.GradingMessages;
import org.hessianworkbench.models.expression.ExpressionLoss;

/**
 * Reads an exercise file: Markdown whose front matter (YAML between two lines {@code ---}, read with
 * Jackson's YAML module) defines the exercise, and whose body is the statement.
 * <pre>
 * ---
 * name: poisson-score
 * title: The gradient of the Poisson regression loss
 * implement: gradient            # gradient | hessian | product-hessian
 * loss: exp(eta) - y*eta         # in eta (in yhat for product-hessian)
 * response: count                # binary | count | real | unit-interval
 * domain: {x: [-1, 1], beta: [-1, 1], intercept: [0.25, 0.75]}   # optional
 * sizes: {n: [1, 6], p: [1, 3]}                                  # optional
 * derive: exp(eta) - y*eta       # optional: the expression of the typed-answer commands
 * hints:                         # optional: wrong variants of the loss and their messages
 *   - name: log-y-factorial
 *     loss: exp(eta) - y*eta + y
 *     message: ...
 * ---
 * The statement.
 * </pre>
 * A bad file is a {@link BadInputException} of one line naming the file and the key. Stateless.
 */
public final class ExerciseFile {

    /** The file name suffix of an exercise file. */
    public static final String SUFFIX = ".md";

    /** The front matter's fence. */
    static final String FENCE = "---";

    /** The keys a file may have. */
    static final Set<String> KEYS = Set.of("name", "title", "implement", "loss", "response", "domain", "sizes", "hints",
            "derive");

    /** Largest number of rows a file may ask for. */
    static final int MAX_ROWS = 50;

    /** Largest number of columns per block a file may ask for. */
    static final int MAX_COLUMNS = 8;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern YHAT = Pattern.compile("\\byhat\\b");
    private static final YAMLMapper YAML = new YAMLMapper();

    private ExerciseFile() {
    }

    /**
     * Reads the exercise in {@code file}.
     *
     * @throws BadInputException when the file cannot be read or is not a valid exercise
     */
    public static Exercise read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new BadInputException(ex, GradingMessages.EXERCISE_FILE_NOT_READ, file, ex.getMessage());
        }
        return parse(text, file.toString(), file);
    }

    /**
     * Parses an exercise.
     *
     * @param text   the file's text
     * @param source how to name the file in messages
     * @param file   the file, or null for the built-in course read from the class path
     */
    static Exercise parse(String text, String source, Path file) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = t.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            throw new BadInputException(GradingMessages.EXERCISE_FILE_NO_FRONT_MATTER, source);
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new BadInputException(GradingMessages.EXERCISE_FILE_NO_FRONT_MATTER, source);
        }
        JsonNode front;
        try {
            front = YAML.readTree(String.join("\n", lines.subList(1, end)));
        } catch (JacksonException ex) {
            String why = ex.getOriginalMessage().lines().findFirst().orElse("");
            int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr() + 1;
            throw new BadInputException(ex, GradingMessages.EXERCISE_FILE_BAD, source, "front matter",
                    "not YAML (line " + line + ": " + why + ")");
        }
        if (front == null || !front.isObject()) {
            throw bad(source, "front matter", "expected keys (name, title, implement, loss, response)");
        }
        for (Iterator<String> it = front.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw bad(source, key, "unknown key (known: name, title, implement, loss, response, domain, sizes, "
                        + "hints, derive)");
            }
        }
        String name = text(front, "name", source);
        if (!NAME.matcher(name).matches()) {
            throw bad(source, "name", "'" + name + "' is not a name (lower-case letters, digits and '-')");
        }
        String title = text(front, "title", source);
        String implement = text(front, "implement", source);
        ExerciseKind kind = ExerciseKind.byName(implement);
        if (kind == null) {
            throw bad(source, "implement", "'" + implement + "' is not one of " + kinds());
        }
        String responseText = text(front, "response", source);
        Cases.Response response = null;
        for (Cases.Response r : Cases.Response.values()) {
            if (r.cliName().equals(responseText)) {
                response = r;
            }
        }
        if (response == null) {
            throw bad(source, "response", "'" + responseText + "' is not one of binary, count, real, unit-interval, "
                    + "categorical");
        }
        String lossText = text(front, "loss", source);
        ObservationLoss loss = loss(kind, lossText, source, "loss");
        Exercise.Domain domain = domain(front.get("domain"), source);
        Exercise.Sizes sizes = sizes(front.get("sizes"), source);
        List<Exercise.HintRule> hints = hints(front.get("hints"), kind, source);
        String derive = front.has("derive") ? text(front, "derive", source)
                : kind == ExerciseKind.PRODUCT_HESSIAN ? YHAT.matcher(lossText).replaceAll("(f1*f2)") : lossText;
        String statement = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        Exercise e = new Exercise(name, title, kind, lossText, loss,
                loss instanceof ProductOfLoss p ? p.gaussNewton() : null, response, domain, sizes, hints, derive,
                statement, source, file);
        Course.register(e);
        return e;
    }

    private static ObservationLoss loss(ExerciseKind kind, String text, String source, String key) {
        try {
            if (kind == ExerciseKind.PRODUCT_HESSIAN) {
                return new ProductOfLoss(ExpressionLoss.parse(text, List.of("yhat"), Map.of()), true);
            }
            if (kind == ExerciseKind.MULTINOMIAL_HESSIAN) {
                return ExpressionLoss.parse(text, List.of("eta1", "eta2"), Map.of());
            }
            return ExpressionLoss.parse(text);
        } catch (BadInputException ex) {
            throw new BadInputException(ex, GradingMessages.EXERCISE_FILE_BAD, source, key,
                    ex.getMessage() + (kind == ExerciseKind.PRODUCT_HESSIAN ? " (a product loss is written in yhat and y)"
                            : kind == ExerciseKind.MULTINOMIAL_HESSIAN ? " (a multinomial loss is written in eta1, eta2 and y)"
                            : ""));
        }
    }

    private static Exercise.Domain domain(JsonNode d, String source) {
        if (d == null || d.isNull()) {
            return Exercise.Domain.DEFAULT;
        }
        if (!d.isObject()) {
            throw bad(source, "domain", "expected ranges, e.g. {x: [-1, 1], beta: [-1, 1]}");
        }
        for (Iterator<String> it = d.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!Set.of("x", "beta", "intercept").contains(k)) {
                throw bad(source, "domain", "unknown range '" + k + "' (known: x, beta, intercept)");
            }
        }
        Exercise.Domain def = Exercise.Domain.DEFAULT;
        double[] x = interval(d.get("x"), def.xLow(), def.xHigh(), source, "domain.x");
        double[] beta = interval(d.get("beta"), def.betaLow(), def.betaHigh(), source, "domain.beta");
        double[] icpt = interval(d.get("intercept"), Double.NaN, Double.NaN, source, "domain.intercept");
        return new Exercise.Domain(x[0], x[1], beta[0], beta[1], icpt[0], icpt[1]);
    }

    private static double[] interval(JsonNode n, double lo, double hi, String source, String key) {
        if (n == null) {
            return new double[] {lo, hi};
        }
        if (!n.isArray() || n.size() != 2 || !n.get(0).isNumber() || !n.get(1).isNumber()) {
            throw bad(source, key, "expected a range [low, high]");
        }
        double a = n.get(0).asDouble();
        double b = n.get(1).asDouble();
        if (!(a < b) || !Double.isFinite(a) || !Double.isFinite(b)) {
            throw bad(source, key, "expected finite low < high, got [" + a + ", " + b + "]");
        }
        return new double[] {a, b};
    }

    private static Exercise.Sizes sizes(JsonNode s, String source) {
        if (s == null || s.isNull()) {
            return Exercise.Sizes.DEFAULT;
        }
        if (!s.isObject()) {
            throw bad(source, "sizes", "expected {n: [low, high], p: [low, high]}");
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext();) {
            String k = it.next();
            if (!Set.of("n", "p").contains(k)) {
                throw bad(source, "sizes", "unknown size '" + k + "' (known: n, p)");
            }
        }
        Exercise.Sizes def = Exercise.Sizes.DEFAULT;
        int[] n = count(s.get("n"), def.nMin(), def.nMax(), MAX_ROWS, source, "sizes.n");
        int[] p = count(s.get("p"), def.pMin(), def.pMax(), MAX_COLUMNS, source, "sizes.p");
        return new Exercise.Sizes(n[0], n[1], p[0], p[1]);
    }

    private static int[] count(JsonNode n, int lo, int hi, int max, String source, String key) {
        if (n == null) {
            return new int[] {lo, hi};
        }
        int a;
        int b;
        if (n.isInt()) {
            a = n.asInt();
            b = a;
        } else if (n.isArray() && n.size() == 2 && n.get(0).isInt() && n.get(1).isInt()) {
            a = n.get(0).asInt();
            b = n.get(1).asInt();
        } else {
            throw bad(source, key, "expected a whole number or a range [low, high]");
        }
        if (a < 1 || b < a || b > max) {
            throw bad(source, key, "expected 1 <= low <= high <= " + max + ", got [" + a + ", " + b + "]");
        }
        return new int[] {a, b};
    }

    private static List<Exercise.HintRule> hints(JsonNode h, ExerciseKind kind, String source) {
        List<Exercise.HintRule> rules = new ArrayList<>();
        if (h == null || h.isNull()) {
            return rules;
        }
        if (!h.isArray()) {
            throw bad(source, "hints", "expected a list of {name, loss, message}");
        }
        for (int i = 0; i < h.size(); i++) {
            JsonNode r = h.get(i);
            String key = "hints[" + (i + 1) + "]";
            if (!r.isObject()) {
                throw bad(source, key, "expected {name, loss, message}");
            }
            for (Iterator<String> it = r.fieldNames(); it.hasNext();) {
                String k = it.next();
                if (!Set.of("name", "loss", "message").contains(k)) {
                    throw bad(source, key, "unknown key '" + k + "' (known: name, loss, message)");
                }
            }
            String name = text(r, "name", source, key + ".name");
            if (!NAME.matcher(name).matches()) {
                throw bad(source, key + ".name", "'" + name + "' is not a name (lower-case letters, digits and '-')");
            }
            if (Hint.byName(name) != null) {
                throw bad(source, key + ".name", "'" + name + "' is a built-in hint's name");
            }
            String lossText = text(r, "loss", source, key + ".loss");
            ObservationLoss loss = loss(kind, lossText, source, key + ".loss");
            String message = text(r, "message", source, key + ".message");
            rules.add(new Exercise.HintRule(Hint.of(name, message), lossText, loss));
        }
        return rules;
    }

    private static String text(JsonNode o, String key, String source) {
        return text(o, key, source, key);
    }

    private static String text(JsonNode o, String key, String source, String label) {
        JsonNode v = o.get(key);
        if (v == null || v.isNull()) {
            throw bad(source, label, "missing");
        }
        if (!v.isValueNode() || v.asText().isBlank()) {
            throw bad(source, label, "expected text");
        }
        return v.asText().strip();
    }

    private static String kinds() {
        List<String> k = new ArrayList<>();
        for (ExerciseKind kind : ExerciseKind.values()) {
            k.add(kind.cliName());
        }
        return String.join(", ", k);
    }

    private static BadInputException bad(String source, String key, String problem) {
        return new BadInputException(GradingMessages.EXERCISE_FILE_BAD, source, key, problem);
    }
}
