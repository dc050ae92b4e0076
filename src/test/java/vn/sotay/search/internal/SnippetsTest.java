package vn.sotay.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static final String LONG = "Điều 1. " + "Văn bản quy phạm pháp luật được ban hành theo đúng thẩm quyền. ".repeat(8);

    @Test
    void theWindowStartsALittleBeforeTheFirstWordAndMarksEveryWordOfTheQuery() {
        String text = LONG + "Mọi Đảng viên phải gương mẫu; đảng viên dự bị cũng vậy. " + LONG;
        String snippet = Snippets.of(text, null, Snippets.terms("dang vien"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("<mark>Đảng</mark> <mark>viên</mark> phải gương mẫu")
                .contains("<mark>đảng</mark> <mark>viên</mark> dự bị");
        assertThat(snippet.length()).isLessThan(Snippets.LENGTH + 140);
    }

    @Test
    void wholeWordsOnlyExceptForPrefixesAndExcludedWordsAreNotMarked() {
        String text = "Nghị quyết của Đảng uỷ về các nghị quyết, không bàn về Đảngviên hay dân cư.";
        assertThat(Snippets.of(text, null, Snippets.terms("nghị quyế* -dân \"đảng\"")))
                .isEqualTo("<mark>Nghị</mark> <mark>quyết</mark> của <mark>Đảng</mark> uỷ về các <mark>nghị</mark> "
                        + "<mark>quyết</mark>, không bàn về Đảngviên hay dân cư.");
    }

    @Test
    void decomposedTextIsMatchedAndKeptAsItIs() {
        String nfd = Normalizer.normalize("Hoà bình và thuỷ lợi", Normalizer.Form.NFD);
        String snippet = Snippets.of(nfd, null, Snippets.terms("hòa thủy"));
        assertThat(snippet).contains("<mark>" + Normalizer.normalize("Hoà", Normalizer.Form.NFD) + "</mark>")
                .contains("<mark>" + Normalizer.normalize("thuỷ", Normalizer.Form.NFD) + "</mark>");
    }

    @Test
    void theAbstractIsUsedWhenTheFilesDoNotHaveTheWordsAndItsStartWhenNeitherHas() {
        assertThat(Snippets.of("Không liên quan.", "Kế hoạch 135 về công tác cán bộ", Snippets.terms("cán bộ")))
                .isEqualTo("Kế hoạch 135 về công tác <mark>cán</mark> <mark>bộ</mark>");
        assertThat(Snippets.of("Không liên quan.", "Cá heo & <b>voi</b>", Snippets.terms("135-KH/ĐUK")))
                .isEqualTo("Cá heo &amp; &lt;b&gt;voi&lt;/b&gt;");
        assertThat(Snippets.of(null, null, List.of("x"))).isNull();
    }

    @Test
    void textIsEscapedAroundTheMarks() {
        assertThat(Snippets.of("<script>alert(1)</script> đảng viên & dân", null, Snippets.terms("đảng")))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>đảng</mark> viên &amp; dân");
    }
}
