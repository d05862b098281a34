package org.hessianworkbench.data;

/**
 * Keeps SLF4J quiet in tests. Tablesaw logs through SLF4J, and with no SLF4J provider on the test
 * class path SLF4J prints a three-line "no providers" notice to stderr the first time Tablesaw is
 * used; tests must not print. Test classes that touch Tablesaw call {@link #install()} from a static
 * initializer, before SLF4J reads the setting.
 */
public final class QuietLogging {

    /** SLF4J's own setting for its internal notices. */
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Lets SLF4J report only its own errors (unless the build already chose a verbosity). */
    public static void install() {
        if (System.getProperty(VERBOSITY) == null) {
            System.setProperty(VERBOSITY, "ERROR");
        }
    }
}
