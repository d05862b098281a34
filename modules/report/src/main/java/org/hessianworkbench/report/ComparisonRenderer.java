package org.hessianworkbench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.fitting.OptimizerComparison;

/** Renders an {@link OptimizerComparison}: one row per optimiser. */
public final class ComparisonRenderer {

    private ComparisonRenderer() {
    }

    /** The comparison in the given format. */
    public static String render(OptimizerComparison c, Format format) {
        return switch (format) {
            case TEXT -> table(c).render(2);
            case MARKDOWN -> table(c).markdown();
            case JSON -> Json.document(json(c));
            case HTML -> org.hessianworkbench.report.html.ComparisonHtml.render(c, "", "workbench compare-optimizers",
                    java.util.List.of());
        };
    }

    /** The table. */
    public static TextTable table(OptimizerComparison c) {
        TextTable t = new TextTable("optimizer", "converged", "iterations", "f evals", "g evals", "H evals",
                "seconds", "final loss", "gradient norm", "distance to best", "stop");
        for (int k = 0; k < c.results().size(); k++) {
            OptimizationResult r = c.results().get(k);
            t.row(r.optimizer(), r.converged() ? "yes" : "no", Integer.toString(r.iterations()),
                    Integer.toString(r.functionEvaluations()), Integer.toString(r.gradientEvaluations()),
                    Integer.toString(r.hessianEvaluations()), Fmt.sci(r.seconds(), 2), Fmt.sig(r.loss(), 12),
                    Fmt.sci(r.gradientNorm(), 2), Fmt.sci(c.distances()[k], 2), r.stopReason().label());
        }
        return t;
    }

    /** {@code {"results": [...]}}. */
    public static ObjectNode json(OptimizerComparison c) {
        ObjectNode o = Json.object();
        ArrayNode results = o.putArray("results");
        for (int k = 0; k < c.results().size(); k++) {
            OptimizationResult r = c.results().get(k);
            ObjectNode n = results.addObject();
            n.put("optimizer", r.optimizer());
            n.put("converged", r.converged());
            n.put("iterations", r.iterations());
            n.put("function_evaluations", r.functionEvaluations());
            n.put("gradient_evaluations", r.gradientEvaluations());
            n.put("hessian_evaluations", r.hessianEvaluations());
            n.put("hessian_modifications", r.hessianModifications());
            n.put("skipped_updates", r.skippedUpdates());
            Json.put(n, "seconds", r.seconds());
            Json.put(n, "loss", r.loss());
            Json.put(n, "gradient_norm", r.gradientNorm());
            Json.put(n, "distance_to_best", c.distances()[k]);
            Json.array(n, "estimate", r.estimate());
            n.put("stop_reason", r.stopReason().label());
            n.put("message", r.message());
        }
        Json.array(o, "best_estimate", c.best());
        return o;
    }
}
