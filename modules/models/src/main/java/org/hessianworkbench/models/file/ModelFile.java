package org.hessianworkbench.models.file;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hessianworkbench.derivatives.error.BadInputException;
import org.hessianworkbench.derivatives.error.InternalException;
import org.hessianworkbench.design.DesignSpec;
import org.hessianworkbench.models.ModelKind;
import org.hessianworkbench.models.ModelMessages;
import org.hessianworkbench.models.expression.LossSpec;
import org.hessianworkbench.models.RegressionModel;
import org.hessianworkbench.models.product.CrossEntropyProductLoss;
import org.hessianworkbench.models.product.ProductModel;

/**
 * The model file: JSON with a format tag and version, the model, its response, and one part per
 * formula or feature group (design formula, factor levels, columns, coefficients). Read with
 * one-line errors; the text is written by the caller (atomically: the report module's
 * {@code AtomicFiles}).
 */
public final class ModelFile {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The format tag. */
    public static final String FORMAT = "hessian-workbench-model";

    /**
     * The format version written: 2 adds the inference (covariance, dispersion, the intervals' statistic)
     * and writes aliased coefficients as null. Files of version 1 are still read (without inference).
     */
    public static final int VERSION = 2;

    /** The first version, still read: no inference, aliased coefficients written as 0. */
    public static final int VERSION_1 = 1;

    private ModelFile() {
    }

    /** The saved form of a fitted regression model, without inference. */
    public static SavedModel of(RegressionModel m, double[] estimate) {
        return of(m, estimate, null);
    }

    /**
     * The saved form of a fitted regression model with its inference.
     *
     * @param estimate  the coefficients, NaN for the aliased ones; not modified
     * @param inference the covariance and how intervals are made, or null
     */
    public static SavedModel of(RegressionModel m, double[] estimate, SavedModel.Inference inference) {
        DesignSpec spec = m.design().spec();
        return new SavedModel(m.kind(), m.design().responseDescription(), m.design().responseLevels(), Double.NaN,
                null, List.of(part("", spec, estimate)),
                m.family().builtIn() ? null : LossSpec.of(m.family()), inference);
    }

    /** The saved form of a fitted product model at its (normalised) estimate, without inference. */
    public static SavedModel of(ProductModel m, double[] estimate, String normalization) {
        return of(m, estimate, normalization, null);
    }

    /** The saved form of a fitted product model at its (normalised) estimate, with its inference or null. */
    public static SavedModel of(ProductModel m, double[] estimate, String normalization,
                                SavedModel.Inference inference) {
        List<SavedModel.Part> parts = new ArrayList<>();
        for (int g = 0; g < m.groups().size(); g++) {
            ProductModel.Group group = m.groups().get(g);
            double[] b = new double[group.columns().size()];
            System.arraycopy(estimate, m.offset(g), b, 0, b.length);
            parts.add(part(group.name(), group.spec(), b));
        }
        double clip = m.loss() instanceof CrossEntropyProductLoss ce ? ce.eps() : Double.NaN;
        return new SavedModel(m.kind(), m.responseName(), List.of(), clip, normalization, parts, null, inference);
    }

    /**
     * A part: the right-hand side the design was built from (a {@code '.'} expanded into the training
     * data's columns, so that the formula rebuilds the same terms on new data; offsets included), each
     * factor's levels, the column names and the coefficients.
     */
    private static SavedModel.Part part(String name, DesignSpec spec, double[] b) {
        return new SavedModel.Part(name, spec.modelFormula().rhs().text().replaceFirst("^\\s*~\\s*", ""),
                spec.factorLevels(), spec.columnNames(), b);
    }

    /** The text of the model file of {@code model}: pretty-printed JSON ending with a newline. */
    public static String toJson(SavedModel model) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("version", VERSION);
        o.put("model", model.kind().cliName());
        o.put("response", model.response());
        ArrayNode levels = o.putArray("response_levels");
        model.responseLevels().forEach(levels::add);
        if (Double.isFinite(model.clip())) {
            o.put("clip", model.clip());
        } else {
            o.putNull("clip");
        }
        if (model.normalization() != null) {
            o.put("normalization", model.normalization());
        }
        if (model.expression() != null) {
            LossSpec e = model.expression();
            o.put("loss", e.loss());
            if (e.link() != null) {
                o.put("link", e.link());
            }
            ObjectNode params = o.putObject("parameters");
            e.parameters().forEach(params::put);
            if (e.mean() != null) {
                o.put("mean", e.mean());
            }
        }
        ArrayNode parts = o.putArray("parts");
        for (SavedModel.Part p : model.parts()) {
            ObjectNode n = parts.addObject();
            n.put("name", p.name());
            n.put("formula", p.formula());
            ObjectNode f = n.putObject("factor_levels");
            for (Map.Entry<String, List<String>> e : p.factorLevels().entrySet()) {
                ArrayNode a = f.putArray(e.getKey());
                e.getValue().forEach(a::add);
            }
            ArrayNode cols = n.putArray("columns");
            p.columns().forEach(cols::add);
            ArrayNode coefficients = n.putArray("coefficients");
            for (double b : p.coefficients()) {
                if (Double.isFinite(b)) {
                    coefficients.add(b);
                } else {
                    coefficients.addNull();
                }
            }
        }
        SavedModel.Inference inf = model.inference();
        if (inf != null) {
            ObjectNode i = o.putObject("inference");
            if (inf.covariance() != null) {
                ArrayNode rows = i.putArray("covariance");
                for (double[] row : inf.covariance()) {
                    ArrayNode r = rows.addArray();
                    for (double v : row) {
                        if (Double.isFinite(v)) {
                            r.add(v);
                        } else {
                            r.addNull();
                        }
                    }
                }
            } else {
                i.putNull("covariance");
                i.put("unavailable", inf.unavailable());
            }
            i.put("dispersion", inf.dispersion());
            i.put("statistic", inf.statistic());
            if (Double.isFinite(inf.df())) {
                i.put("df", inf.df());
            } else {
                i.putNull("df");
            }
            i.put("standard_errors", inf.standardErrors());
            if (inf.information() != null) {
                i.put("information", inf.information());
            }
        }
        try {
            return MAPPER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new InternalException(e, ModelMessages.MODEL_NOT_WRITTEN, e.getOriginalMessage());
        }
    }

    /**
     * Reads a model file.
     *
     * @throws BadInputException naming the file for a missing file, invalid JSON, another format or
     *                           version, or a missing field
     */
    public static SavedModel read(Path file) {
        JsonNode o;
        try {
            o = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(e, ModelMessages.MODEL_FILE_NOT_FOUND, file);
        } catch (IOException e) {
            throw new BadInputException(e, ModelMessages.MODEL_FILE_NOT_JSON, file,
                    e.getMessage().lines().findFirst().orElse(""));
        }
        if (o == null || !FORMAT.equals(text(o, "format", file))) {
            throw new BadInputException(ModelMessages.MODEL_FILE_WRONG_FORMAT, file, FORMAT);
        }
        int version = o.path("version").asInt(-1);
        if (version != VERSION && version != VERSION_1) {
            throw new BadInputException(ModelMessages.MODEL_FILE_WRONG_VERSION, file, o.path("version").toString(),
                    VERSION);
        }
        List<String> responseLevels = new ArrayList<>();
        o.path("response_levels").forEach(n -> responseLevels.add(n.asText()));
        List<SavedModel.Part> parts = new ArrayList<>();
        for (JsonNode p : o.path("parts")) {
            Map<String, List<String>> levels = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = p.path("factor_levels").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                List<String> l = new ArrayList<>();
                e.getValue().forEach(n -> l.add(n.asText()));
                levels.put(e.getKey(), l);
            }
            List<String> columns = new ArrayList<>();
            p.path("columns").forEach(n -> columns.add(n.asText()));
            double[] b = new double[p.path("coefficients").size()];
            for (int j = 0; j < b.length; j++) {
                JsonNode v = p.path("coefficients").get(j);
                if (v.isNull() && version >= 2) {
                    b[j] = Double.NaN; // aliased
                    continue;
                }
                if (!v.isNumber()) {
                    throw new BadInputException(ModelMessages.MODEL_FILE_COEFFICIENT_NOT_A_NUMBER, file, j + 1,
                            p.path("name").asText());
                }
                b[j] = v.asDouble();
            }
            if (b.length != columns.size() || b.length == 0) {
                throw new BadInputException(ModelMessages.MODEL_FILE_COEFFICIENT_COUNT, file, p.path("name").asText(),
                        b.length, columns.size());
            }
            parts.add(new SavedModel.Part(p.path("name").asText(""), text(p, "formula", file), levels, columns, b));
        }
        if (parts.isEmpty()) {
            throw new BadInputException(ModelMessages.MODEL_FILE_WITHOUT_PARTS, file);
        }
        double clip = o.path("clip").isNumber() ? o.path("clip").asDouble() : Double.NaN;
        String model = text(o, "model", file);
        ModelKind kind = ModelKind.find(model).orElseThrow(() -> new BadInputException(
                ModelMessages.MODEL_FILE_UNKNOWN_MODEL, file, model, ModelKind.names()));
        LossSpec expression = null;
        if (kind.isExpression()) {
            Map<String, Double> params = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("parameters").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNumber()) {
                    throw new BadInputException(ModelMessages.MODEL_FILE_FIELD_MISSING, file, "parameters." + e.getKey());
                }
                params.put(e.getKey(), e.getValue().asDouble());
            }
            expression = new LossSpec(text(o, "loss", file),
                    o.hasNonNull("link") ? o.get("link").asText() : null, params,
                    o.hasNonNull("mean") ? o.get("mean").asText() : null);
        }
        int coefficients = parts.stream().mapToInt(q -> q.columns().size()).sum();
        return new SavedModel(kind, text(o, "response", file), responseLevels, clip,
                o.hasNonNull("normalization") ? o.get("normalization").asText() : null, parts, expression,
                version >= 2 && o.has("inference") ? inference(o.get("inference"), file, coefficients) : null);
    }

    private static SavedModel.Inference inference(JsonNode i, Path file, int coefficients) {
        double[][] covariance = null;
        if (i.path("covariance").isArray()) {
            JsonNode rows = i.get("covariance");
            if (rows.size() != coefficients) {
                throw new BadInputException(ModelMessages.MODEL_FILE_COVARIANCE_SIZE, file, rows.size(), coefficients);
            }
            covariance = new double[coefficients][coefficients];
            for (int r = 0; r < coefficients; r++) {
                JsonNode row = rows.get(r);
                if (row.size() != coefficients) {
                    throw new BadInputException(ModelMessages.MODEL_FILE_COVARIANCE_SIZE, file, rows.size(), coefficients);
                }
                for (int c = 0; c < coefficients; c++) {
                    covariance[r][c] = row.get(c).isNumber() ? row.get(c).asDouble() : Double.NaN;
                }
            }
        }
        return new SavedModel.Inference(covariance, i.hasNonNull("unavailable") ? i.get("unavailable").asText() : null,
                i.path("dispersion").asDouble(1), text(i, "statistic", file),
                i.path("df").isNumber() ? i.get("df").asDouble() : Double.POSITIVE_INFINITY,
                text(i, "standard_errors", file), i.hasNonNull("information") ? i.get("information").asText() : null);
    }

    private static String text(JsonNode o, String key, Path file) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw new BadInputException(ModelMessages.MODEL_FILE_FIELD_MISSING, file, key);
        }
        return v.asText();
    }
}
