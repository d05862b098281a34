package org.hessianworkbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bins' means against hand-computed ones. */
class BinsPlotTest {

    @Test
    void equalWidthBinsOverTheRangeWithTheirMeans() {
        // range [0, 20]: 20 bins of width 1; the maximum falls into the last bin
        double[] x = {0, 0.5, 3.2, 3.9, 20};
        double[] actual = {1, 3, 10, 20, 7};
        double[] predicted = {2, 2, 11, 13, 8};
        BinsPlot.Bins b = BinsPlot.bins(x, actual, predicted);
        assertArrayEquals(new double[] {0.5, 3.5, 19.5}, b.centre(), 1e-12);
        assertArrayEquals(new double[] {2, 15, 7}, b.actual(), 1e-12);
        assertArrayEquals(new double[] {2, 12, 8}, b.predicted(), 1e-12);
        assertArrayEquals(new int[] {2, 2, 1}, b.count());
        assertEquals(BinsPlot.BINS, 20);
    }
}
