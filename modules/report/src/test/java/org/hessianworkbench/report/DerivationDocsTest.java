package org.hessianworkbench.report;

import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.derivation.ModelDerivations;
import org.hessianworkbench.models.derivation.NamedDerivations;
import org.hessianworkbench.models.expression.NamedModel;
import org.hessianworkbench.symbolic.doc.Document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hessianworkbench.report.DerivationMarkdown;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/derivations/*.md} are generated: this test regenerates each in memory and fails when
 * the committed file differs. After a change to the engine or to {@link ModelDerivations}, regenerate with
 * {@code mvn -q -pl modules/symbolic test -Dtest=DerivationDocsTest -Dregenerate.docs=true} and
 * review the diff.
 */
class DerivationDocsTest {

    /** Maven runs the tests in the module directory; the documents are in the repository's docs/. */
    private static final Path DOCS = Path.of("..", "..", "docs", "derivations");

    private static final String REGENERATE = "mvn -q -pl modules/report -am test -Dtest=DerivationDocsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dregenerate.docs=true";

    @Test
    void theCommittedDocumentsAreWhatTheEngineGenerates() throws IOException {
        boolean regenerate = Boolean.getBoolean("regenerate.docs");
        java.util.List<Document> documents = new java.util.ArrayList<>();
        for (ModelKind kind : ModelDerivations.KINDS) {
            documents.add(ModelDerivations.document(kind));
        }
        for (NamedModel model : NamedModel.values()) {
            for (NamedModel.Link link : model.links()) {
                documents.add(NamedDerivations.document(model, link));
            }
        }
        for (Document doc : documents) {
            String name = doc.name().replace(" --link ", "-");
            String generated = DerivationMarkdown.document(doc);
            Path file = DOCS.resolve(name + ".md");
            if (regenerate) {
                Files.createDirectories(DOCS);
                Files.writeString(file, generated, StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.exists(file), () -> file + " is missing; generate it with: " + REGENERATE);
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), generated,
                    () -> "docs/derivations/" + name + ".md differs from what the engine generates; regenerate it "
                            + "with: " + REGENERATE);
        }
    }
}
