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
 * JSON text that is not text is refused as it is read, whatever the body and wherever in it (a field
 * of a typed body, an item of a list, any value or name of a JSON-LD tree), so the refusal names the
 * field and nothing of the body is used: U+0000, and half of a surrogate pair (an escape such as
 * {@code \ud800} without its other half, which no UTF-8 byte sequence can carry and PostgreSQL
 * would store as "?").
 */
public final class TextOnlyJson extends SimpleModule {

    TextOnlyJson() {
        super("text-only-json");
        addDeserializer(String.class, new Strings());
        addDeserializer(JsonNode.class, new Trees());
    }

    /** Jackson fills in the path to the field as this travels out of the body's deserializers. */
    public static final class NotText extends MismatchedInputException {
        private final boolean halfASurrogatePair;

        NotText(JsonParser parser, boolean halfASurrogatePair) {
            super(parser, "Text holds a character that is not text", String.class);
            this.halfASurrogatePair = halfASurrogatePair;
        }

        /** The refusal's sentence, naming the field when there is one. */
        public String refusal(String field) {
            if (!halfASurrogatePair) {
                return NulCharacters.refusal(field);
            }
            String what = field == null ? "The text" : "\"" + field + "\"";
            return what + " holds half of a surrogate pair (an escape such as \\ud800 without its other half), which is "
                    + "not text, so nothing was changed: send whole characters.";
        }
    }

    /** The problem with this text, or null when it is text throughout. */
    static NotText notText(String text, JsonParser parser) {
        if (NulCharacters.in(text)) {
            return new NotText(parser, false);
        }
        for (int i = 0; text != null && i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return new NotText(parser, true);
            }
        }
        return null;
    }

    private static final class Strings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            NotText refused = notText(text, parser);
            if (refused != null) {
                throw refused;
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
            requireText(tree, parser);
            return tree;
        }

        @Override
        public JsonNode getNullValue(DeserializationContext context) throws JsonMappingException {
            return trees.getNullValue(context);
        }

        private static void requireText(JsonNode node, JsonParser parser) throws NotText {
            NotText refused = node.isTextual() ? notText(node.textValue(), parser) : null;
            if (refused != null) {
                throw refused;
            }
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    try {
                        requireText(node.get(i), parser);
                    } catch (NotText e) {
                        e.prependPath(node, i);
                        throw e;
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                NotText refusedName = notText(field.getKey(), parser);
                if (refusedName != null) {
                    refusedName.prependPath(node, NulCharacters.shown(field.getKey()));
                    throw refusedName;
                }
                try {
                    requireText(field.getValue(), parser);
                } catch (NotText e) {
                    e.prependPath(node, field.getKey());
                    throw e;
                }
            }
        }
    }
}
