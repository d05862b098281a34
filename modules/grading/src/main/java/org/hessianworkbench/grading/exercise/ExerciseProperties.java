package org.hessianworkbench.grading.exercise;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * The property a solution is checked with, run by the jqwik engine in the checking JVM: on every
 * case the solution's answer has the reference's shape, is finite and agrees with it. jqwik
 * instantiates this class; the exercise, solution, tries and seed come from {@link ExerciseSession}.
 */
@AddLifecycleHook(value = ExerciseSession.Hook.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public class ExerciseProperties {

    /** The property's method name, for the launcher's selector. */
    static final String PROPERTY = "solutionAgreesWithReference";

    @Provide
    Arbitrary<ExerciseCase> cases() {
        return Cases.of(ExerciseSession.exercise, ExerciseSession.equalWidths);
    }

    @Property
    void solutionAgreesWithReference(@ForAll("cases") ExerciseCase c) {
        Trial.check(ExerciseSession.exercise, ExerciseSession.solution, c);
    }
}
