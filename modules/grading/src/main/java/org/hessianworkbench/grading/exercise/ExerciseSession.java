package org.hessianworkbench.grading.exercise;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The settings of one property run in the checking JVM (exercise, solution, stage, tries, seed) and
 * the outcome jqwik reports, shared with the property class that jqwik instantiates. One run at a
 * time: {@link ExerciseHarness} sets it, runs the engine and reads the outcome.
 */
final class ExerciseSession {

    /**
     * What jqwik reported.
     *
     * @param passed  whether every try held
     * @param tries   tries made (up to the first failure)
     * @param sample  the shrunk falsifying case, or null
     * @param failure the shrunk sample's failure, or null
     */
    record Outcome(boolean passed, int tries, ExerciseCase sample, Throwable failure) {
    }

    static volatile Exercise exercise;
    static volatile Object solution;
    static volatile boolean equalWidths;
    static volatile int tries;
    static volatile String seed;
    static volatile Outcome outcome;

    private ExerciseSession() {
    }

    /** Sets tries, seed and random generation before the property and records its outcome after. */
    public static final class Hook implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(tries);
            context.attributes().setSeed(seed);
            context.attributes().setGeneration(GenerationMode.RANDOMIZED);
            context.attributes().setAfterFailure(AfterFailureMode.RANDOM_SEED);
            PropertyExecutionResult r = property.execute();
            ExerciseCase sample = r.falsifiedParameters()
                    .filter(p -> !p.isEmpty() && p.get(0) instanceof ExerciseCase)
                    .map(p -> (ExerciseCase) p.get(0)).orElse(null);
            outcome = new Outcome(r.status() == PropertyExecutionResult.Status.SUCCESSFUL, r.countTries(), sample,
                    r.throwable().orElse(null));
            return r;
        }
    }
}
