package org.hessianworkbench.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable examples of a Markdown page, read from the info strings of its fenced code blocks
 * (GitHub shows only the code: the words after the language are invisible there).
 * <ul>
 *   <li>{@code ```sh example} (optionally {@code exit=N}, default 0): one or more {@code ./workbench}
 *       commands, a line continued by a trailing backslash, quoted with {@code "..."} or {@code '...'}
 *       as in a shell; blank lines and {@code #} comments are skipped. No pipes, redirections,
 *       variables or other programs: an example is the workbench alone. Every command of the block
 *       must end with the exit code.</li>
 *   <li>{@code ```json output} or {@code ```text output} right after an example (only blank lines
 *       between): what the example's commands print on stdout, all of it, in order;
 *       {@code ```text stderr}: what they print on stderr. A line {@code ...} alone stands for any
 *       number of lines (an elision).</li>
 *   <li>{@code ```java file=MyHessian.java}: a file the page asks the reader to write; it is written
 *       into the working directory before the page's later examples run.</li>
 * </ul>
 * Synopses ({@code [--optional]}, {@code a|b}, {@code FILE}, {@code ...}) and {@code ./workbench bench}
 * stay unmarked.
 */
final class MarkdownExamples {

    /** A fence: its indent, the fence itself, the info string. */
    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*(.*)$");

    /** A line that stands for any number of output lines. */
    static final String ELISION = "...";

    private MarkdownExamples() {
    }

    /** A fenced block: the 0-based lines of its fences, its indent, info words and content (indent removed). */
    record Block(int open, int close, String indent, String fence, List<String> info, List<String> content) {

        /** The 1-based line of the opening fence, for messages. */
        int line() {
            return open + 1;
        }
    }

    /** An item of a page, in page order. */
    sealed interface Item permits SourceFile, Example {
    }

    /** A file the page writes: {@code ```java file=NAME}. */
    record SourceFile(String name, Block block) implements Item {
    }

    /** Where an output block's text comes from. */
    enum Stream {
        /** The commands' standard output. */
        STDOUT,
        /** Their error output. */
        STDERR
    }

    /** An output block after an example. */
    record Output(Stream stream, Block block) {
    }

    /**
     * An example.
     *
     * @param page     the page's name (relative to the repository, with forward slashes)
     * @param block    the block
     * @param commands each command's arguments (without {@code ./workbench})
     * @param exit     the documented exit code of every command
     * @param outputs  the output blocks that follow it
     */
    record Example(String page, Block block, List<List<String>> commands, int exit, List<Output> outputs)
            implements Item {

        /** {@code page:line}. */
        String where() {
            return page + ":" + block.line();
        }

        /** The commands as written (continuations joined), one per line. */
        String text() {
            List<String> lines = new ArrayList<>();
            for (List<String> c : commands) {
                lines.add("./workbench " + String.join(" ", c.stream().map(MarkdownExamples::quote).toList()));
            }
            return String.join("\n", lines);
        }

        /** Whether a command gives {@code --seed}. */
        boolean givesSeed() {
            return commands.stream().anyMatch(c -> c.contains("--seed"));
        }
    }

    /**
     * A page: its lines and items.
     *
     * @param name   relative to the repository, with forward slashes
     * @param lines  the page's lines
     * @param items  files and examples in page order
     * @param blocks every fenced block
     */
    record Page(String name, List<String> lines, List<Item> items, List<Block> blocks) {

        /** The examples. */
        List<Example> examples() {
            return items.stream().filter(Example.class::isInstance).map(Example.class::cast).toList();
        }
    }

    /** Bad markup: {@code page:line: what}. */
    static final class MarkupException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MarkupException(String page, int line, String what) {
            super(page + ":" + line + ": " + what);
        }
    }

    /**
     * Reads a page.
     *
     * @throws MarkupException when a marked block is malformed
     */
    static Page parse(String name, String text) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Block> blocks = blocks(name, lines);
        List<Item> items = new ArrayList<>();
        Example last = null;
        int lastClose = -1;
        for (Block b : blocks) {
            List<String> info = b.info();
            boolean output = info.size() >= 2 && (info.get(1).equals("output") || info.get(1).equals("stderr"));
            if (output) {
                if (last == null || !blankBetween(lines, lastClose, b.open())) {
                    throw new MarkupException(name, b.line(), "an output block must follow an example (```sh example) "
                            + "or another output block, with only blank lines between");
                }
                if (info.size() > 2) {
                    throw new MarkupException(name, b.line(), "unknown words after '" + info.get(1) + "': " + info);
                }
                last.outputs().add(new Output(info.get(1).equals("stderr") ? Stream.STDERR : Stream.STDOUT, b));
                lastClose = b.close();
                continue;
            }
            last = null;
            if (info.size() >= 2 && info.get(1).equals("example")) {
                if (!info.get(0).equals("sh")) {
                    throw new MarkupException(name, b.line(), "an example is a ```sh example block, not " + info);
                }
                last = example(name, b);
                lastClose = b.close();
                items.add(last);
                continue;
            }
            for (String w : info) {
                if (w.startsWith("file=")) {
                    String file = w.substring("file=".length());
                    if (!file.matches("[A-Za-z0-9_.-]+") || file.startsWith(".")) {
                        throw new MarkupException(name, b.line(), "file=" + file + ": a plain file name, no directories");
                    }
                    items.add(new SourceFile(file, b));
                }
            }
        }
        return new Page(name, lines, List.copyOf(items), blocks);
    }

    private static boolean blankBetween(List<String> lines, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!lines.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Block> blocks(String name, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FENCE.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String indent = m.group(1);
            String fence = m.group(2);
            String infoText = m.group(3).strip();
            List<String> info = infoText.isEmpty() ? List.of() : List.of(infoText.split("\\s+"));
            int close = -1;
            for (int j = i + 1; j < lines.size(); j++) {
                String s = lines.get(j).strip();
                if (s.startsWith(fence) && s.chars().allMatch(c -> c == fence.charAt(0))) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                throw new MarkupException(name, i + 1, "a fenced block that is never closed");
            }
            List<String> content = new ArrayList<>();
            for (int j = i + 1; j < close; j++) {
                String l = lines.get(j);
                content.add(l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading());
            }
            blocks.add(new Block(i, close, indent, fence, info, List.copyOf(content)));
            i = close;
        }
        return blocks;
    }

    private static Example example(String page, Block b) {
        int exit = 0;
        for (String w : b.info().subList(2, b.info().size())) {
            if (w.matches("exit=\\d+")) {
                exit = Integer.parseInt(w.substring("exit=".length()));
            } else {
                throw new MarkupException(page, b.line(), "unknown word '" + w + "' in an example's info string "
                        + "(expected exit=N)");
            }
        }
        List<List<String>> commands = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (String raw : b.content()) {
            String l = raw.strip();
            if (joined.length() == 0 && (l.isEmpty() || l.startsWith("#"))) {
                continue;
            }
            if (l.endsWith("\\")) {
                joined.append(l, 0, l.length() - 1).append(' ');
                continue;
            }
            joined.append(l);
            commands.add(command(page, b, joined.toString()));
            joined.setLength(0);
        }
        if (joined.length() > 0) {
            throw new MarkupException(page, b.line(), "the last line of an example ends with a backslash");
        }
        if (commands.isEmpty()) {
            throw new MarkupException(page, b.line(), "an example without a command");
        }
        return new Example(page, b, List.copyOf(commands), exit, new ArrayList<>());
    }

    private static List<String> command(String page, Block b, String line) {
        List<String> words = words(page, b, line);
        if (words.isEmpty() || !words.get(0).equals("./workbench")) {
            throw new MarkupException(page, b.line(), "an example's command starts with ./workbench: " + line);
        }
        if (words.size() > 1 && words.get(1).equals("bench")) {
            throw new MarkupException(page, b.line(), "./workbench bench (JMH, minutes) is not run as an example");
        }
        return List.copyOf(words.subList(1, words.size()));
    }

    /** Splits a command line as a POSIX shell would, for the quoting examples use; rejects the rest. */
    static List<String> words(String page, Block b, String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new MarkupException(page, b.line(), "unbalanced ' in: " + line);
                }
                w.append(line, i + 1, end);
                i = end;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char d = line.charAt(j);
                    if (d == '\\' && j + 1 < line.length() && "\"\\$`".indexOf(line.charAt(j + 1)) >= 0) {
                        w.append(line.charAt(++j));
                    } else if (d == '$' || d == '`') {
                        throw new MarkupException(page, b.line(), "no shell expansion in examples: " + line);
                    } else {
                        w.append(d);
                    }
                }
                if (j >= line.length()) {
                    throw new MarkupException(page, b.line(), "unbalanced \" in: " + line);
                }
                i = j;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                w.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else if ("|&;<>$`".indexOf(c) >= 0) {
                throw new MarkupException(page, b.line(), "an example is one workbench command: no '" + c
                        + "' (pipes, redirections, variables) in: " + line);
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }

    /** A word quoted for a message when it needs it. */
    static String quote(String word) {
        return word.matches("[A-Za-z0-9_./=,:+-]+") ? word : "\"" + word.replace("\"", "\\\"") + "\"";
    }

    /**
     * Matches expected lines, where a line {@link #ELISION} stands for any number of lines, with
     * actual lines.
     *
     * @return for each expected line the index of the actual line it matched ({@code -1} for an
     *         elision), or null when they do not match
     */
    static int[] match(List<String> expected, List<String> actual) {
        int[] at = new int[expected.size()];
        Map<Long, Boolean> failed = new HashMap<>();
        return match(expected, actual, 0, 0, at, failed) ? at : null;
    }

    private static boolean match(List<String> e, List<String> a, int i, int j, int[] at, Map<Long, Boolean> failed) {
        long key = (long) i << 32 | j;
        if (failed.containsKey(key)) {
            return false;
        }
        boolean ok;
        if (i == e.size()) {
            ok = j == a.size();
        } else if (e.get(i).strip().equals(ELISION)) {
            at[i] = -1;
            ok = false;
            for (int k = j; k <= a.size() && !ok; k++) {
                ok = match(e, a, i + 1, k, at, failed);
            }
        } else {
            at[i] = j;
            ok = j < a.size() && e.get(i).equals(a.get(j)) && match(e, a, i + 1, j + 1, at, failed);
        }
        if (!ok) {
            failed.put(key, Boolean.TRUE);
        }
        return ok;
    }

    /** Whether any line is an elision. */
    static boolean elided(List<String> lines) {
        return lines.stream().anyMatch(l -> l.strip().equals(ELISION));
    }

    /**
     * The page's text with the content of some blocks replaced.
     *
     * @param page        the page
     * @param replacement for each block to replace, its new content (without indent)
     */
    static String rewrite(Page page, Map<Block, List<String>> replacement) {
        List<String> out = new ArrayList<>();
        int i = 0;
        List<Block> blocks = new ArrayList<>(replacement.keySet());
        blocks.sort((x, y) -> Integer.compare(x.open(), y.open()));
        for (Block b : blocks) {
            while (i <= b.open()) {
                out.add(page.lines().get(i++));
            }
            for (String l : replacement.get(b)) {
                out.add(l.isEmpty() ? "" : b.indent() + l);
            }
            i = b.close();
        }
        while (i < page.lines().size()) {
            out.add(page.lines().get(i++));
        }
        return String.join("\n", out);
    }

    /** Lines without trailing white space and without trailing blank lines. */
    static List<String> trimmed(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add(l.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** For messages: the info string as written. */
    static String info(Block b) {
        return String.join(" ", b.info()).toLowerCase(Locale.ROOT);
    }
}
