package vn.sotay.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search ({@code sotay.search.*}); every one is listed in {@code docs/configuration.md}.
 *
 * @param backend              {@code lucene} (embedded index under {@code <data-dir>/index}) or {@code elasticsearch}
 *                             (OpenSearch/Elasticsearch at {@code hosts})
 * @param hosts                host:port of OpenSearch/Elasticsearch, comma separated
 * @param protocol             {@code http} or {@code https} for OpenSearch/Elasticsearch
 * @param version              the distribution and version of the remote backend, e.g. {@code opensearch:2.19}
 * @param indexPrefix          put before the index names, so that several installations can share one OpenSearch cluster
 * @param synchronization      what a change waits for: {@code write-sync}, {@code read-sync}, {@code sync}, {@code async};
 *                             empty for the backend's way of making a change searchable at once ({@code write-sync}
 *                             with Lucene, {@code sync} with OpenSearch/Elasticsearch)
 * @param extractionEnabled    whether the background pipeline reads the text of files
 * @param extractionInterval   how often the pipeline looks for files still to read
 * @param extractionTimeout    the time limit of reading one file (Tika)
 * @param maxChars             the most characters kept of one file; a longer file is marked as cut, never silently
 * @param maxAttempts          a file whose reading was interrupted this many times (crash, restart) is marked failed
 * @param ocrCommand           the Tesseract command; when it does not run, scanned files are marked "cần nhận dạng ký tự"
 * @param ocrLanguage          Tesseract's language
 * @param ocrDpi               the resolution pages are rendered at for OCR
 * @param ocrMaxPages          the most pages read by OCR per file (0: all); more pages are marked as cut
 * @param ocrTimeout           the time limit of the OCR of one file
 * @param suggestions          how many suggestions appear under the search box
 */
@ConfigurationProperties("sotay.search")
public record SearchSettings(
        @DefaultValue("lucene") String backend,
        @DefaultValue("127.0.0.1:9200") String hosts,
        @DefaultValue("http") String protocol,
        @DefaultValue("opensearch:2.19") String version,
        @DefaultValue("") String indexPrefix,
        @DefaultValue("") String synchronization,
        @DefaultValue("true") boolean extractionEnabled,
        @DefaultValue("5s") Duration extractionInterval,
        @DefaultValue("60s") Duration extractionTimeout,
        @DefaultValue("20000000") int maxChars,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("tesseract") String ocrCommand,
        @DefaultValue("vie") String ocrLanguage,
        @DefaultValue("300") int ocrDpi,
        @DefaultValue("0") int ocrMaxPages,
        @DefaultValue("30m") Duration ocrTimeout,
        @DefaultValue("8") int suggestions) {
}
