package org.hessianworkbench.grading.verify;

import java.util.ArrayList;
import org.hessianworkbench.models.ModelKind;
import java.util.List;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The settings of one verification run (model, tries, seed) and the results jqwik reports, shared
 * with the property class that jqwik instantiates. One run at a time per JVM: {@link VerifyRunner}
 * sets it, runs the engine, and reads the results.
 */
final class VerifySession {

    static volatile ModelKind model;
    static volatile int tries;
    static volatile String seed;
    static final List<VerifyRunner.Outcome> OUTCOMES = new ArrayList<>();
    static final List<Double> SLOPES = new ArrayList<>();
    static volatile java.util.function.Consumer<VerifyRunner.Outcome> progress = o -> { };

    private VerifySession() {
    }

    /** Sets tries and seed before each property and records its result after. */
    public static final class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(tries);
            context.attributes().setSeed(seed);
            synchronized (SLOPES) {
                SLOPES.clear();
            }
            PropertyExecutionResult r = property.execute();
            String sample = r.falsifiedParameters().map(List::toString).orElse(null);
            String failure = r.throwable().map(t -> t.getMessage() == null ? t.toString()
                    : t.getMessage().lines().findFirst().orElse("")).orElse(null);
            List<Double> slopes;
            synchronized (SLOPES) {
                slopes = List.copyOf(SLOPES);
            }
            VerifyRunner.Outcome o = new VerifyRunner.Outcome(model, context.targetMethod().getName().replaceAll("([a-z])([A-Z])", "$1-$2")
                    .toLowerCase(java.util.Locale.ROOT), r.countTries(), r.countChecks(),
                    r.seed().orElse(seed), r.status() == PropertyExecutionResult.Status.SUCCESSFUL,
                    sample, failure, slopes);
            synchronized (OUTCOMES) {
                OUTCOMES.add(o);
            }
            progress.accept(o);
            return r;
        }
    }
}
