package org.hessianworkbench.grading;

import java.util.List;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Launches property methods through the jqwik engine, programmatically. */
public final class PropertyLauncher {

    private PropertyLauncher() {
    }

    /**
     * Runs the named property methods of {@code container}, each taking one parameter of type
     * {@code parameter}, and returns the platform's summary.
     *
     * @param container  the class holding the properties
     * @param methods    the property methods' names
     * @param parameter  the type of their one parameter
     * @param database   where jqwik may keep its failure database (a private path, not the working directory)
     * @return the summary (found, run, failed)
     */
    public static TestExecutionSummary run(Class<?> container, List<String> methods, Class<?> parameter, String database) {
        LauncherDiscoveryRequestBuilder builder = LauncherDiscoveryRequestBuilder.request()
                .filters(EngineFilter.includeEngines("jqwik"))
                .configurationParameter("jqwik.reporting.usejunitplatform", "true")
                .configurationParameter("jqwik.reporting.onlyfailures", "true")
                .configurationParameter("jqwik.database", database)
                .configurationParameter("jqwik.failures.after.default", "RANDOM_SEED");
        for (String method : methods) {
            builder.selectors(DiscoverySelectors.selectMethod(container, method, parameter.getName()));
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(builder.build(), summary);
        return summary.getSummary();
    }
}
