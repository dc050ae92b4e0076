package vn.sotay.search.internal;

import java.util.List;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The Vietnamese analysers, the same for both backends: {@value #EXACT} (lower case, diacritics kept),
 * {@value #FOLDED} (also without diacritics, đ → d) and {@value #NUMBER} (document numbers split at letters and
 * digits). All first compose NFC (the ICU char filter in Lucene; values are NFC already from Java for OpenSearch,
 * which has no ICU plugin here) and rewrite the old tone placement ("hòa" → "hoà"). Lucene scores as OpenSearch does
 * ({@link OpenSearchBm25Similarity}).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    public static final String EXACT = "vi_exact";
    public static final String FOLDED = "vi_folded";
    public static final String NUMBER = "vi_number";
    static final String TONES_FILE = "search/vi-tones.txt";
    private static final String LETTER_DIGIT = "(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.similarity(new OpenSearchBm25Similarity());
        vietnamese(context.analyzer(EXACT).custom().tokenizer(StandardTokenizerFactory.class))
                .tokenFilter(LowerCaseFilterFactory.class);
        vietnamese(context.analyzer(FOLDED).custom().tokenizer(StandardTokenizerFactory.class))
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer(NUMBER).custom().tokenizer(StandardTokenizerFactory.class)
                .charFilter(ICUNormalizer2CharFilterFactory.class).param("name", "nfc").param("mode", "compose")
                .charFilter(PatternReplaceCharFilterFactory.class).param("pattern", LETTER_DIGIT).param("replacement", " ")
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    private static LuceneAnalysisOptionalComponentsStep vietnamese(LuceneAnalysisOptionalComponentsStep analyzer) {
        return analyzer.charFilter(ICUNormalizer2CharFilterFactory.class).param("name", "nfc").param("mode", "compose")
                .charFilter(MappingCharFilterFactory.class).param("mapping", TONES_FILE);
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        List<String> rules = VietnameseText.mappingRules();
        context.charFilter("vi_tones").type("mapping").param("mappings", rules.toArray(String[]::new));
        context.charFilter("vi_letter_digit").type("pattern_replace").param("pattern", LETTER_DIGIT)
                .param("replacement", " ");
        context.analyzer(EXACT).custom().tokenizer("standard").charFilters("vi_tones").tokenFilters("lowercase");
        context.analyzer(FOLDED).custom().tokenizer("standard").charFilters("vi_tones")
                .tokenFilters("lowercase", "asciifolding");
        context.analyzer(NUMBER).custom().tokenizer("standard").charFilters("vi_letter_digit")
                .tokenFilters("lowercase", "asciifolding");
    }
}
