package org.factdesk.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Map;
import org.factdesk.web.problem.NulCharacters;

/**
 * JSON text holding U+0000 is refused as it is read, whatever the body and wherever in it (a field
 * of a typed body, an item of a list, any value or name of a JSON-LD tree), so the refusal names
 * the field and nothing of the body is used.
 */
public final class NulFreeJson extends SimpleModule {

    NulFreeJson() {
        super("nul-free-json");
        addDeserializer(String.class, new Strings());
        addDeserializer(JsonNode.class, new Trees());
    }

    /** Jackson fills in the path to the field as this travels out of the body's deserializers. */
    public static final class TextHoldsNul extends MismatchedInputException {
        TextHoldsNul(JsonParser parser) {
            super(parser, "Text holds a NUL character", String.class);
        }
    }

    private static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (NulCharacters.in(text)) {
                throw new TextHoldsNul(parser);
            }
            return text;
        }
    }

    private static final class Trees extends StdDeserializer<JsonNode> {
        @SuppressWarnings("unchecked")
        private final StdDeserializer<JsonNode> trees = (StdDeserializer<JsonNode>) JsonNodeDeserializer.getDeserializer(JsonNode.class);

        Trees() {
            super(JsonNode.class);
        }

        @Override
        public JsonNode deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode tree = trees.deserialize(parser, context);
            requireNoNul(tree, parser);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
            return trees.getNullValue(context);
        }

        private static void requireNoNul(JsonNode node, JsonParser parser) throws TextHoldsNul {
            if (node.isTextual() && NulCharacters.in(node.textValue())) {
                throw new TextHoldsNul(parser);
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        requireNoNul(node.get(i), parser);
                    } catch (TextHoldsNul e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (NulCharacters.in(field.getKey())) {
                    TextHoldsNul e = new TextHoldsNul(parser);
                    e.prependPath(node, NulCharacters.shown(field.getKey()));
                    throw e;
                }
                try {
                    requireNoNul(field.getValue(), parser);
                } catch (TextHoldsNul e) {
                    e.prependPath(node, field.getKey());
                    throw e;
                }
            }
        }
    }
}
