package vn.sotay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The 109 legal texts of the shared corpus, in NFC, for generated benchmark data. */
final class CorpusTexts {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    private CorpusTexts() {
    }

    static List<String> all() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("texts"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Normalizer.normalize(Files.readString(file), Normalizer.Form.NFC));
            }
        }
        if (texts.isEmpty()) {
            throw new IllegalStateException("no corpus texts under " + CORPUS.toAbsolutePath());
        }
        return texts;
    }
}
