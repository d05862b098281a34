package org.hessianworkbench.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changes from run to run in a command's output, replaced by a placeholder before a
 * documented output is compared with the real one (both sides are masked the same way, so the
 * documentation keeps the values of the run that generated it):
 * <ul>
 *   <li>times: the value of a JSON key {@code "seconds"} (or {@code "..._seconds"}) becomes
 *       {@value #TIME}; in a table (text aligned in columns, or Markdown) whose header has a column
 *       {@code seconds}, every cell of that column;</li>
 *   <li>random seeds, when the example gives no {@code --seed}: the number after {@code seed } or
 *       {@code --seed } and the value of a JSON key {@code "seed"} become {@value #SEED};</li>
 *   <li>absolute paths that start with the example's working directory, the repository, the
 *       temporary directory, the user's home or the documentation's own placeholder
 *       {@value #PATH_PLACEHOLDER} become {@value #PATH}, up to the next blank, quote or comma;</li>
 *   <li>white space at the end of a line, and blank lines at the end.</li>
 * </ul>
 * Everything else is compared exactly: numbers to the last digit.
 */
final class OutputMask {

    /** A masked time. */
    static final String TIME = "<time>";

    /** A masked seed. */
    static final String SEED = "<seed>";

    /** A masked path. */
    static final String PATH = "<path>";

    /** How the documentation writes the repository's absolute path. */
    static final String PATH_PLACEHOLDER = "/path/to/hessian-workbench";

    private static final Pattern JSON_TIME = Pattern.compile("(\"(?:[a-z_]*_)?seconds\"\\s*:\\s*)(-?[0-9][0-9.eE+-]*|null)");

    private static final Pattern JSON_SEED = Pattern.compile("(\"seed\"\\s*:\\s*)(\"?-?[0-9]+\"?)");

    private static final Pattern TEXT_SEED = Pattern.compile("((?:--)?seed )(-?[0-9]+)");

    private static final Pattern SECONDS_HEADER = Pattern.compile("(?<=^|\\s|\\|)seconds(?=$|\\s|\\|)");

    private final List<String> roots;

    /**
     * A mask for output produced with these absolute directories.
     *
     * @param roots directories whose paths are masked (the placeholder is added)
     */
    OutputMask(List<String> roots) {
        List<String> all = new ArrayList<>();
        for (String r : roots) {
            if (r != null && r.length() > 1) {
                all.add(r.endsWith("/") ? r.substring(0, r.length() - 1) : r);
            }
        }
        all.add(PATH_PLACEHOLDER);
        all.sort(Comparator.comparingInt(String::length).reversed());
        this.roots = List.copyOf(all);
    }

    /**
     * The masked lines of {@code text}.
     *
     * @param randomSeed whether the seed was drawn at random (the example gives no {@code --seed})
     */
    List<String> mask(String text, boolean randomSeed) {
        String t = paths(text, PATH);
        t = JSON_TIME.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(TIME));
        if (randomSeed) {
            t = JSON_SEED.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(SEED));
            t = TEXT_SEED.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(SEED));
        }
        return timeColumns(MarkdownExamples.trimmed(t));
    }

    /** {@code text} with every masked path written with {@code replacement} in place of its root. */
    String paths(String text, String replacement) {
        String t = text;
        for (String root : roots) {
            Pattern p = Pattern.compile(Pattern.quote(root) + "(?=[/\\s\"',;)\\]]|$)[^\\s\"',;)\\]]*");
            if (replacement.equals(PATH)) {
                t = p.matcher(t).replaceAll(Matcher.quoteReplacement(PATH));
            } else {
                t = p.matcher(t).replaceAll(m -> Matcher.quoteReplacement(replacement + m.group().substring(root.length())));
            }
        }
        return t;
    }

    /** Masks the cells of every table column headed {@code seconds}. */
    private static List<String> timeColumns(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            String header = out.get(i);
            Matcher m = SECONDS_HEADER.matcher(header);
            if (!m.find()) {
                continue;
            }
            if (header.strip().startsWith("|")) {
                int column = cellIndex(header, m.start());
                for (int j = i + 1; j < out.size() && out.get(j).strip().startsWith("|"); j++) {
                    out.set(j, maskCell(out.get(j), column));
                }
            } else if (header.strip().split("\\s{2,}").length >= 3) {
                int start = m.start();
                int end = m.end();
                for (int j = i + 1; j < out.size() && !out.get(j).isBlank(); j++) {
                    out.set(j, maskSpan(out.get(j), start, end));
                }
            }
        }
        return out;
    }

    private static int cellIndex(String row, int position) {
        int column = -1;
        for (int k = 0; k < position; k++) {
            if (row.charAt(k) == '|') {
                column++;
            }
        }
        return column;
    }

    private static String maskCell(String row, int column) {
        String[] cells = row.split("\\|", -1);
        if (column + 1 >= cells.length || cells[column + 1].strip().matches("-*:?-+:?")) {
            return row;
        }
        cells[column + 1] = " " + TIME + " ";
        return String.join("|", cells);
    }

    /** Masks the word of an aligned row that overlaps the header's span [start, end). */
    private static String maskSpan(String row, int start, int end) {
        for (int k = Math.min(end, row.length()) - 1; k >= start; k--) {
            if (!Character.isWhitespace(row.charAt(k))) {
                int a = k;
                int b = k;
                while (a > 0 && !Character.isWhitespace(row.charAt(a - 1))) {
                    a--;
                }
                while (b + 1 < row.length() && !Character.isWhitespace(row.charAt(b + 1))) {
                    b++;
                }
                return row.substring(0, a) + TIME + row.substring(b + 1);
            }
        }
        return row;
    }
}
