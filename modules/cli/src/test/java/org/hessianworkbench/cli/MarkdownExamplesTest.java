package org.hessianworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hessianworkbench.cli.MarkdownExamples.Example;
import org.hessianworkbench.cli.MarkdownExamples.MarkupException;
import org.hessianworkbench.cli.MarkdownExamples.Page;
import org.hessianworkbench.cli.MarkdownExamples.SourceFile;
import org.junit.jupiter.api.Test;

/** The marking of runnable examples in Markdown ({@link MarkdownExamples}). */
class MarkdownExamplesTest {

    private static final String PAGE = String.join("\n", "# A page", "",
            "```", "./workbench fit --data FILE [--format text|json]", "```", "",
            "```java file=My.java", "class My {}", "```", "",
            "```sh example exit=1", "./workbench derive --expr \"x*b\" \\", "    --wrt b --answer 'x + 1'",
            "./workbench help", "```", "", "```text output", "first", "...", "last", "```",
            "```text stderr", "oops", "```", "",
            "1. In a list:", "   ```sh example", "   ./workbench exercise list", "   ```", "   ```text output",
            "   line", "   ```", "");

    @Test
    void examplesFilesAndOutputsAreReadInPageOrder() {
        Page p = MarkdownExamples.parse("page.md", PAGE);
        assertEquals(3, p.items().size());
        SourceFile f = (SourceFile) p.items().get(0);
        assertEquals("My.java", f.name());
        assertEquals(List.of("class My {}"), f.block().content());
        Example e = (Example) p.items().get(1);
        assertEquals(1, e.exit());
        assertEquals(List.of(List.of("derive", "--expr", "x*b", "--wrt", "b", "--answer", "x + 1"), List.of("help")),
                e.commands());
        assertEquals(2, e.outputs().size());
        assertEquals(MarkdownExamples.Stream.STDOUT, e.outputs().get(0).stream());
        assertEquals(List.of("first", "...", "last"), e.outputs().get(0).block().content());
        assertEquals(MarkdownExamples.Stream.STDERR, e.outputs().get(1).stream());
        assertEquals("page.md:11", e.where());
        Example indented = (Example) p.items().get(2);
        assertEquals(0, indented.exit());
        assertEquals(List.of("line"), indented.outputs().get(0).block().content());
    }

    @Test
    void badMarkupIsRefusedWithItsLine() {
        MarkupException orphan = assertThrows(MarkupException.class,
                () -> MarkdownExamples.parse("p.md", "text\n\n```json output\n{}\n```\n"));
        assertTrue(orphan.getMessage().startsWith("p.md:3: "), orphan.getMessage());
        assertThrows(MarkupException.class, () -> MarkdownExamples.parse("p.md", "```sh example exit=one\n./workbench help\n```\n"));
        assertThrows(MarkupException.class, () -> MarkdownExamples.parse("p.md", "```sh example\n./workbench fit | head\n```\n"));
        assertThrows(MarkupException.class, () -> MarkdownExamples.parse("p.md", "```sh example\nmvn verify\n```\n"));
        assertThrows(MarkupException.class, () -> MarkdownExamples.parse("p.md", "```sh example\n./workbench bench\n```\n"));
        assertThrows(MarkupException.class, () -> MarkdownExamples.parse("p.md", "```sh example\n./workbench help\n"));
        assertThrows(MarkupException.class, () -> MarkdownExamples.parse("p.md",
                "```sh example\n./workbench help\n```\nprose\n```text output\nx\n```\n"));
    }

    @Test
    void anElisionStandsForAnyNumberOfLines() {
        assertArrayEquals(new int[] {0, -1, 3}, MarkdownExamples.match(List.of("a", "...", "d"), List.of("a", "b", "c", "d")));
        assertArrayEquals(new int[] {0, -1, 1}, MarkdownExamples.match(List.of("a", "...", "d"), List.of("a", "d")));
        assertArrayEquals(new int[] {-1}, MarkdownExamples.match(List.of("..."), List.of()));
        assertNull(MarkdownExamples.match(List.of("a", "...", "d"), List.of("a", "b")));
        assertNull(MarkdownExamples.match(List.of("a"), List.of("a", "b")));
    }

    @Test
    void rewritingReplacesOnlyTheBlocksContentKeepingItsIndent() {
        Page p = MarkdownExamples.parse("page.md", PAGE);
        Example indented = (Example) p.items().get(2);
        String text = MarkdownExamples.rewrite(p, Map.of(indented.outputs().get(0).block(), List.of("new", "", "lines")));
        assertEquals(PAGE.replace("   line\n", "   new\n\n   lines\n"), text);
    }
}
