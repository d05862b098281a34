package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hessianworkbench.derivatives.FirstOrder;
import org.hessianworkbench.derivatives.Objective;
import org.hessianworkbench.derivatives.SecondOrder;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.optimizers.IterationRecord;
import org.hessianworkbench.optimizers.OptimizationResult;
import org.hessianworkbench.optimizers.OptimizerOptions;
import org.hessianworkbench.optimizers.Optimizers;
import org.hessianworkbench.testkit.Pngs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The path plot on Rosenbrock's valley: the box, the levels, the series, the file. */
class PathPlotTest {

    @TempDir
    Path dir;

    /** Rosenbrock's function \((1 - a)^2 + 100(b - a^2)^2\) with a third parameter that only adds \(c^2\). */
    static final Objective ROSENBROCK = new Objective() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public List<String> parameterNames() {
            return List.of("a", "b", "c");
        }

        @Override
        public double value(double[] x) {
            return (1 - x[0]) * (1 - x[0]) + 100 * (x[1] - x[0] * x[0]) * (x[1] - x[0] * x[0]) + x[2] * x[2];
        }

        @Override
        public double[] gradient(double[] x) {
            double r = x[1] - x[0] * x[0];
            return new double[] {-2 * (1 - x[0]) - 400 * x[0] * r, 200 * r, 2 * x[2]};
        }

        @Override
        public double[][] hessian(double[] x) {
            return new double[][] {{2 - 400 * (x[1] - x[0] * x[0]) + 800 * x[0] * x[0], -400 * x[0], 0},
                {-400 * x[0], 200, 0}, {0, 0, 2}};
        }

        @Override
        public FirstOrder automaticGradient(double[] x) {
            throw new UnsupportedOperationException("not needed");
        }

        @Override
        public SecondOrder automaticHessian(double[] x) {
            throw new UnsupportedOperationException("not needed");
        }
    };

    static List<OptimizationResult> runs() {
        double[] start = {-1.2, 1, 0.5};
        return List.of(Optimizers.byName("newton").minimize(ROSENBROCK, start, OptimizerOptions.DEFAULTS),
                Optimizers.byName("bfgs").minimize(ROSENBROCK, start, OptimizerOptions.DEFAULTS));
    }

    @Test
    void theBoxCoversEveryIterateAndTheLevelsRiseFromTheMinimum() {
        List<OptimizationResult> runs = runs();
        double[] box = PathPlot.box(runs, runs.get(0).estimate(), 0, 1);
        for (OptimizationResult r : runs) {
            assertTrue(r.converged(), r.message());
            for (IterationRecord t : r.trace()) {
                assertTrue(t.coordinate(0) > box[0] && t.coordinate(0) < box[1], t.toString());
                assertTrue(t.coordinate(1) > box[2] && t.coordinate(1) < box[3], t.toString());
            }
        }
        PathPlot.Slice s = PathPlot.slice(ROSENBROCK, runs.get(0).estimate(), 0, 1, box, PathPlot.MIN_GRID);
        assertEquals(PathPlot.LEVELS, s.levels().length);
        // the minimum on the slice is the estimate's (0 at (1, 1, 0), to the optimiser's tolerance)
        assertTrue(s.min() < 1e-9, Double.toString(s.min()));
        for (int k = 1; k < s.levels().length; k++) {
            assertTrue(s.levels()[k] > s.levels()[k - 1]);
        }
        assertTrue(s.levels()[0] > s.min());
        assertEquals(PathPlot.MAX_GRID, PathPlot.gridSize(200));
        assertEquals(PathPlot.MIN_GRID, PathPlot.gridSize(100_000));
    }

    @Test
    void contoursPathsStartAndEndAreDrawnIntoOnePng() {
        List<OptimizationResult> runs = runs();
        XYChart chart = PathPlot.chart("Rosenbrock", ROSENBROCK, runs, 0, 1, PathPlot.MIN_GRID);
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("loss contours")));
        assertTrue(chart.getSeriesMap().containsKey("start"));
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("newton (")));
        assertTrue(chart.getSeriesMap().keySet().stream().anyMatch(k -> k.startsWith("bfgs (")));
        assertEquals("a", chart.getXAxisTitle());
        assertEquals("b", chart.getYAxisTitle());
        Path png = dir.resolve("path.png");
        PathPlot.write(png, "Rosenbrock", ROSENBROCK, runs, 0, 1, PathPlot.MIN_GRID);
        Pngs.assertPlot(png, PathPlot.WIDTH, PathPlot.HEIGHT);
        Path missing = dir.resolve("missing").resolve("path.png");
        assertThrows(BadInputException.class, () -> PathPlot.write(missing, "R", ROSENBROCK, runs, 0, 1, PathPlot.MIN_GRID));
        assertFalse(Files.exists(missing));
        Pngs.assertNoTemporaryFiles(dir);
    }
}
