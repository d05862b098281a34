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

    /** The format version. */
    public static final int VERSION = 1;

    private ModelFile() {
    }

    /** The saved form of a fitted regression model. */
    public static SavedModel of(RegressionModel m, double[] estimate) {
        DesignSpec spec = m.design().spec();
        return new SavedModel(m.kind(), m.design().responseDescription(), m.design().responseLevels(), Double.NaN,
                null, List.of(part("", spec, estimate)),
                m.family().builtIn() ? null : LossSpec.of(m.family()));
    }

    /** The saved form of a fitted product model at its (normalised) estimate. */
    public static SavedModel of(ProductModel m, double[] estimate, String normalization) {
        List<SavedModel.Part> parts = new ArrayList<>();
        for (int g = 0; g < m.groups().size(); g++) {
            ProductModel.Group group = m.groups().get(g);
            double[] b = new double[group.columns().size()];
            System.arraycopy(estimate, m.offset(g), b, 0, b.length);
            parts.add(part(group.name(), group.spec(), b));
        }
        double clip = m.loss() instanceof CrossEntropyProductLoss ce ? ce.eps() : Double.NaN;
        return new SavedModel(m.kind(), m.responseName(), List.of(), clip, normalization, parts, null);
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
        if (o.path("version").asInt(-1) != VERSION) {
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
        return new SavedModel(kind, text(o, "response", file), responseLevels, clip,
                o.hasNonNull("normalization") ? o.get("normalization").asText() : null, parts, expression);
    }

    private static String text(JsonNode o, String key, Path file) {
        JsonNode v = o.get(key);
        if (v == null || !v.isTextual()) {
            throw new BadInputException(ModelMessages.MODEL_FILE_FIELD_MISSING, file, key);
        }
        return v.asText();
    }
}
