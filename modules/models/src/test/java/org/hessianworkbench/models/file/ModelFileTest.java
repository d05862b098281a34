package org.hessianworkbench.models.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.design.DataSet;
import org.hessianworkbench.design.DesignMatrix;
import org.hessianworkbench.design.Formula;
import org.hessianworkbench.models.Family;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.testkit.Tolerances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files: interactions, offsets and '.' rebuilt on new data; files written before them still load. */
class ModelFileTest {

    @TempDir
    Path dir;

    /** Counts with an exposure; g's levels a, b, c. */
    private static final String TRAINING = String.join("\n",
            "y,x,g,e",
            "2,0.5,a,1.5",
            "0,-1.2,b,0.8",
            "5,1.1,c,2.5",
            "1,0.3,a,1",
            "3,-0.4,b,3",
            "4,0.9,c,1.2",
            "2,1.5,b,2",
            "");

    private SavedModel saveAndRead(SavedModel model) throws IOException {
        Path file = dir.resolve("model.json");
        Files.writeString(file, ModelFile.toJson(model));
        return ModelFile.read(file);
    }

    @Test
    void interactionsOffsetAndDotArePredictedOnNewDataWithTheTrainingLevels() throws IOException {
        DataSet train = DataSet.fromCsvText("train.csv", TRAINING);
        DesignMatrix design = DesignMatrix.build(Formula.parse("y ~ . - e + x:g + offset(log(e))"), train, false);
        assertEquals(List.of("(Intercept)", "x", "gb", "gc", "x:gb", "x:gc"), design.columnNames());
        double[] b = {0.1, 0.2, -0.3, 0.4, 0.5, -0.6};
        SavedModel saved = saveAndRead(ModelFile.of(RegressionModel.of(Family.POISSON, design, train), b));
        SavedModel.Part part = saved.parts().get(0);
        assertEquals("(x + g + e) - e + x:g + offset(log(e))", part.formula().strip(), "the '.' is saved expanded");
        assertFalse(part.formula().contains("."));
        assertEquals(Map.of("g", List.of("a", "b", "c")), part.factorLevels());
        assertEquals("y", saved.response());

        // new data: other column order, no response, only two of the levels
        DataSet fresh = DataSet.fromCsvText("new.csv", "e,g,x\n2,c,1\n0.5,a,-2\n4,c,0.25\n");
        SavedModel.Predictions p = saved.predict(fresh, false, "model.json");
        double[] e = {2, 0.5, 4};
        double[] x = {1, -2, 0.25};
        boolean[] c = {true, false, true};
        double[] want = new double[3];
        for (int i = 0; i < 3; i++) {
            double eta = b[0] + b[1] * x[i] + (c[i] ? b[3] + b[5] * x[i] : 0) + Math.log(e[i]);
            want[i] = Math.exp(eta);
        }
        assertArrayEquals(new int[] {0, 1, 2}, p.rows());
        assertArrayEquals(want, p.values(), Tolerances.FEW_ROUNDINGS);
    }

    /**
     * A model whose loss is expression text saves the text, link and parameters and predicts with its
     * mean: gamma with the inverse link predicts 1/eta; a custom loss with its mean predicts with it;
     * one without a mean refuses to predict.
     */
    @Test
    void expressionModelsSaveTheirLossAndPredictWithTheirMean() throws IOException {
        DataSet d = DataSet.fromCsvText("g.csv", "y,x\n1.5,0.5\n2,1\n0.7,-1\n1.1,0\n");
        DesignMatrix design = DesignMatrix.build(Formula.parse("y ~ x"), d, false);
        double[] b = {0.8, 0.1};
        SavedModel gamma = saveAndRead(ModelFile.of(RegressionModel.of(Family.named(
                org.hessianworkbench.models.expression.NamedModel.GAMMA, "inverse", Map.of()), design, d), b));
        assertEquals("inverse", gamma.expression().link());
        assertEquals("y*eta - log(eta)", gamma.expression().loss());
        double[] mu = gamma.predict(d, false, "g.csv").values();
        for (int i = 0; i < mu.length; i++) {
            double x = d.numeric("x")[i];
            assertEquals(1 / (0.8 + 0.1 * x), mu[i], Tolerances.FEW_ROUNDINGS * mu[i]);
        }
        SavedModel custom = saveAndRead(ModelFile.of(RegressionModel.of(Family.custom("c*(y - eta)^2", Map.of("c", 0.5),
                "eta + c"), design, d), b));
        assertEquals(Map.of("c", 0.5), custom.expression().parameters());
        assertEquals(0.8 + 0.1 * 0.5 + 0.5, custom.predict(d, false, "g.csv").values()[0], Tolerances.FEW_ROUNDINGS);
        SavedModel meanless = saveAndRead(ModelFile.of(RegressionModel.of(Family.custom("(y - eta)^2", Map.of(), null),
                design, d), b));
        org.hessianworkbench.derivatives.error.BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.hessianworkbench.derivatives.error.BadInputException.class, () -> meanless.predict(d, false, "g.csv"));
        assertEquals(org.hessianworkbench.models.ModelMessages.PREDICT_WITHOUT_MEAN, e.key());
    }

    @Test
    void theResponseOfCountsIsSavedAsWritten() throws IOException {
        DataSet d = DataSet.fromCsvText("c.csv", "s,f,x\n1,2,0.5\n3,0,1\n0,4,-1\n2,2,0\n");
        DesignMatrix design = DesignMatrix.build(Formula.parse("cbind(s, f) ~ x"), d, false);
        SavedModel saved = saveAndRead(ModelFile.of(RegressionModel.of(Family.LINEAR, design, d), new double[] {0, 1}));
        assertEquals("cbind(s, f)", saved.response());
    }

    @Test
    void filesWrittenBeforeInteractionsStillLoad() throws IOException {
        // as version 1 wrote it before interactions: factor levels keyed by the factor term's name
        Path file = dir.resolve("old.json");
        Files.writeString(file, String.join("\n",
                "{",
                "  \"format\" : \"hessian-workbench-model\",",
                "  \"version\" : 1,",
                "  \"model\" : \"logistic\",",
                "  \"response\" : \"admit\",",
                "  \"response_levels\" : [ \"No\", \"Yes\" ],",
                "  \"clip\" : null,",
                "  \"parts\" : [ {",
                "    \"name\" : \"\",",
                "    \"formula\" : \"gre + grp + C(rank)\",",
                "    \"factor_levels\" : {",
                "      \"grp\" : [ \"a\", \"b\", \"c\" ],",
                "      \"C(rank)\" : [ \"1\", \"2\", \"3\", \"4\" ]",
                "    },",
                "    \"columns\" : [ \"(Intercept)\", \"gre\", \"grpb\", \"grpc\", \"C(rank)2\", \"C(rank)3\", \"C(rank)4\" ],",
                "    \"coefficients\" : [ -3, 0.002, 0.5, -0.25, -0.7, -1.3, -1.5 ]",
                "  } ]",
                "}",
                ""));
        SavedModel saved = ModelFile.read(file);
        DataSet d = DataSet.fromCsvText("n.csv", "gre,grp,rank\n600,c,3\n700,a,1\n");
        SavedModel.Predictions p = saved.predict(d, false, file.toString());
        double[] eta = {-3 + 0.002 * 600 - 0.25 - 1.3, -3 + 0.002 * 700};
        assertArrayEquals(new double[] {1 / (1 + Math.exp(-eta[0])), 1 / (1 + Math.exp(-eta[1]))}, p.values(),
                Tolerances.FEW_ROUNDINGS);
    }

    /**
     * Version 2: the inference round-trips (an aliased coefficient and its covariance row as null), a
     * covariance of the wrong size is refused, and a null coefficient is refused in a file of version 1.
     */
    @Test
    void versionTwoCarriesTheInference() throws IOException {
        DataSet train = DataSet.fromCsvText("train.csv", TRAINING);
        DesignMatrix design = DesignMatrix.build(Formula.parse("y ~ x"), train, false);
        double[][] v = {{0.04, Double.NaN}, {Double.NaN, Double.NaN}};
        SavedModel.Inference inference = new SavedModel.Inference(v, null, 1, "z", Double.POSITIVE_INFINITY, "model",
                "observed");
        SavedModel saved = saveAndRead(ModelFile.of(RegressionModel.of(Family.POISSON, design, train),
                new double[] {0.1, Double.NaN}, inference));
        assertEquals(0.04, saved.inference().covariance()[0][0]);
        assertEquals(true, Double.isNaN(saved.inference().covariance()[0][1]));
        assertEquals(true, Double.isNaN(saved.parts().get(0).coefficients()[1]));
        SavedModel.Intervals p = saved.predictWithErrors(DataSet.fromCsvText("new.csv", "x\n3\n"), false, "m", 2);
        assertEquals(0.1, p.link()[0], 1e-15, "the aliased coefficient counts as 0");
        assertEquals(0.2, p.linkSe()[0], 1e-15, "and adds no variance");
        assertEquals(Math.exp(0.1 - 0.4), p.ciLow()[0], 1e-15);

        Path file = dir.resolve("model.json");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("\"version\" : 2", "\"version\" : 1"));
        org.hessianworkbench.derivatives.error.BadInputException old = org.junit.jupiter.api.Assertions.assertThrows(
                org.hessianworkbench.derivatives.error.BadInputException.class, () -> ModelFile.read(file));
        assertEquals(org.hessianworkbench.models.ModelMessages.MODEL_FILE_COEFFICIENT_NOT_A_NUMBER, old.key());
        Files.writeString(file, text.replaceFirst("\\[\\s*0\\.04,\\s*null\\s*\\],", ""));
        org.hessianworkbench.derivatives.error.BadInputException size = org.junit.jupiter.api.Assertions.assertThrows(
                org.hessianworkbench.derivatives.error.BadInputException.class, () -> ModelFile.read(file));
        assertEquals(org.hessianworkbench.models.ModelMessages.MODEL_FILE_COVARIANCE_SIZE, size.key());
    }
}
