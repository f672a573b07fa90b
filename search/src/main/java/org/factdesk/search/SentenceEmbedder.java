package org.factdesk.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;

/**
 * Sentence embeddings computed in-process by all-MiniLM-L6-v2 (quantised), whose ONNX model and
 * tokenizer ship inside its jar: nothing is downloaded. Texts that say the same thing in other words
 * land close together, which BM25 alone misses.
 */
public final class SentenceEmbedder {

    /** The length of every vector this model gives. */
    public static final int DIMENSIONS = 384;

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    public float[] embed(String text) {
        return model.embed(text.isBlank() ? "-" : text).content().vector();
    }

    /** One vector a text, in order; faster than one call each. */
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(text.isBlank() ? "-" : text)).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
