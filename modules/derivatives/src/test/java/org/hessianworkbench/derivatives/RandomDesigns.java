package org.hessianworkbench.derivatives;

import java.util.ArrayList;
import java.util.List;
import org.hessianworkbench.testkit.Designs;
import org.hessianworkbench.testkit.RandomProblem;

/**
 * The testkit's random problems ({@link Designs}, plain arrays) as {@link DesignBlock}s and
 * objectives: a thin adapter, shared through the test-jar.
 */
public final class RandomDesigns {

    private RandomDesigns() {
    }

    /** The problem's design blocks, named {@code g<b>} with columns {@code g<b>x<j>}. */
    public static List<DesignBlock> blocks(RandomProblem pr) {
        List<DesignBlock> blocks = new ArrayList<>();
        List<double[][]> xs = pr.blocks();
        for (int b = 0; b < xs.size(); b++) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < xs.get(b)[0].length; j++) {
                names.add("g" + b + "x" + j);
            }
            blocks.add(DesignBlock.of("g" + b, names, xs.get(b)));
        }
        return blocks;
    }

    /** The objective of {@code loss} on the problem's blocks and responses. */
    public static LinearPredictorObjective objective(RandomProblem pr, ObservationLoss loss) {
        return LinearPredictorObjective.of(blocks(pr), pr.y(), loss);
    }
}
