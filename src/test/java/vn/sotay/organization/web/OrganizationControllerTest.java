package vn.sotay.organization.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.sotay.organization.OrganizationTestData;

class OrganizationControllerTest extends AdminWebTest {

    private String page(String url, MvcResult after) throws Exception {
        return mvc.perform(get(url).with(admin).flashAttrs(after.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void showsTheIndentedTreeWithChildCountsAndForms() throws Exception {
        String html = mvc.perform(get("/admin/organizations").with(admin))
                .andExpect(status().isOk()).andExpect(view().name("organization/tree"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Tổ chức đảng</h1>", "<main id=\"main\" class=\"container\">",
                "<span class=\"org-code\">UBDT-VP</span>", "<span class=\"org-name\">Chi bộ Văn phòng</span>",
                "Trực thuộc: 5", "Trực thuộc: 3", "href=\"/admin/organizations/UBDT-VP\"",
                "<option value=\"UBDT-VP\">— — Chi bộ Văn phòng (UBDT-VP)</option>", "name=\"_csrf\"",
                "enctype=\"multipart/form-data\"", "<label for=\"code\">Mã tổ chức</label>");
        assertThat(html.split("<h1")).hasSize(2);
        assertThat(html).doesNotContain("style=", "<script>");
        assertThat(html.indexOf("data-code=\"UBDT-VP\"")).isGreaterThan(html.indexOf("data-code=\"UBDT\""));
    }

    @Test
    void anEmptyTreeSaysWhatToDo() throws Exception {
        OrganizationTestData.clear(jdbc);
        mvc.perform(get("/admin/organizations").with(admin))
                .andExpect(content().string(containsString("Chưa có tổ chức nào. Hãy thêm tổ chức đầu tiên")));
    }

    @Test
    void createsAndSaysSo() throws Exception {
        MvcResult result = mvc.perform(post("/admin/organizations").with(admin).with(csrf())
                        .param("code", "HVDT-TV").param("name", "Chi bộ Thư viện").param("parent", "HVDT"))
                .andExpect(redirectedUrl("/admin/organizations")).andReturn();
        assertThat(organizations.findByCode("HVDT-TV")).isPresent();
        assertThat(page("/admin/organizations", result)).contains("Đã thêm tổ chức «HVDT-TV».");
    }

    @Test
    void aRefusedCreateComesBackWithErrorsUnderTheFieldsAndTheValuesKept() throws Exception {
        MvcResult result = mvc.perform(post("/admin/organizations").with(admin).with(csrf())
                        .param("code", "UBDT").param("name", " ").param("parent", "HVDT"))
                .andExpect(redirectedUrl("/admin/organizations")).andExpect(flash().attributeExists("errors")).andReturn();
        String html = page("/admin/organizations", result);
        assertThat(html).contains("Chưa thêm được tổ chức.", "class=\"field invalid\"",
                "<li>Mã tổ chức «UBDT» đã được dùng cho một tổ chức khác. Vui lòng chọn mã khác.</li>",
                "<li>Vui lòng nhập tên tổ chức.</li>", "value=\"UBDT\"",
                "<option value=\"HVDT\" selected=\"selected\">");
    }

    @Test
    void importShowsTheCounts() throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/organizations/import")
                        .file(new MockMultipartFile("file", "to-chuc.csv", "text/csv", OrganizationTestData.corpus()))
                        .with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/organizations")).andReturn();
        assertThat(page("/admin/organizations", result))
                .contains("Đã nhập tệp: thêm mới 0, cập nhật 0, giữ nguyên 11 tổ chức.");
    }

    @Test
    void aRefusedImportListsEveryErrorByRowAndColumn() throws Exception {
        byte[] bad = OrganizationTestData.csv(OrganizationTestData.HEADER, "MOI,HVDT,Chi bộ mới", "XYZ1,XYZ,Chi bộ", "X2,,");
        MvcResult result = mvc.perform(multipart("/admin/organizations/import")
                        .file(new MockMultipartFile("file", "sai.csv", "text/csv", bad)).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/organizations")).andReturn();
        String html = page("/admin/organizations", result);
        assertThat(html).contains("Tệp chưa được nhập vì có lỗi", "id=\"import-errors\"",
                "<td>Mã tổ chức cấp trên</td>",
                "Dòng 3, cột «Mã tổ chức cấp trên»: mã «XYZ» không tồn tại trong tệp hay trong hệ thống.",
                "Dòng 4, cột «Tên tổ chức»: chưa có tên tổ chức.");
        assertThat(organizations.findByCode("MOI")).isEmpty();
    }

    @Test
    void importWithoutAFileSaysSo() throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/organizations/import").with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/organizations")).andReturn();
        assertThat(page("/admin/organizations", result)).contains("Tệp trống hoặc chưa chọn tệp.");
    }

    @Test
    void theEditPageOffersOnlyPlacesOutsideTheSubtree() throws Exception {
        String html = mvc.perform(get("/admin/organizations/UBDT").with(admin))
                .andExpect(status().isOk()).andExpect(view().name("organization/detail"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<h1>Sửa tổ chức UBDT</h1>", "value=\"Đảng bộ cơ quan Ủy ban Dân tộc\"",
                "<option value=\"DBK\" selected=\"selected\">", "<option value=\"HVDT-NC\">");
        assertThat(html).doesNotContain("value=\"UBDT\"", "value=\"UBDT-VP\"");
    }

    @Test
    void renamesAndMoves() throws Exception {
        mvc.perform(post("/admin/organizations/UBDT-VP/rename").with(admin).with(csrf()).param("name", "Chi bộ Văn phòng Ủy ban"))
                .andExpect(redirectedUrl("/admin/organizations/UBDT-VP")).andExpect(flash().attribute("done", "org.renamed"));
        MvcResult moved = mvc.perform(post("/admin/organizations/UBDT-VP/move").with(admin).with(csrf()).param("parent", "HVDT"))
                .andExpect(redirectedUrl("/admin/organizations/UBDT-VP")).andReturn();
        assertThat(page("/admin/organizations/UBDT-VP", moved))
                .contains("Đã chuyển tổ chức «UBDT-VP» cùng các tổ chức cấp dưới.", "value=\"Chi bộ Văn phòng Ủy ban\"",
                        "<option value=\"HVDT\" selected=\"selected\">");
        assertThat(organizations.findByCode("UBDT-VP").orElseThrow().getParentId())
                .isEqualTo(organizations.findByCode("HVDT").orElseThrow().getId());
    }

    @Test
    void aRefusedMoveComesBackWithTheReasonAndTheCurrentParentSelected() throws Exception {
        MvcResult result = mvc.perform(post("/admin/organizations/UBDT/move").with(admin).with(csrf()).param("parent", "UBDT-VP"))
                .andExpect(redirectedUrl("/admin/organizations/UBDT")).andReturn();
        assertThat(page("/admin/organizations/UBDT", result)).contains("Chưa lưu được.",
                "<li>Không thể chuyển «UBDT» vào dưới «UBDT-VP», vì «UBDT-VP» là chính nó hoặc là tổ chức cấp dưới của nó.</li>",
                "<option value=\"DBK\" selected=\"selected\">");
    }

    @Test
    void codesWithVietnameseLettersWorkInAddresses() throws Exception {
        management.create("ĐUK", "Đảng ủy Khối", null);
        mvc.perform(post("/admin/organizations/{code}/rename", "ĐUK").with(admin).with(csrf()).param("name", "Đảng ủy Khối mới"))
                .andExpect(redirectedUrlPattern("/admin/organizations/*"));
        mvc.perform(get("/admin/organizations/{code}", "ĐUK").with(admin))
                .andExpect(content().string(containsString("Đảng ủy Khối mới")));
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/admin/organizations/KHONG-CO").with(admin)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/organizations/KHONG-CO/rename").with(admin).with(csrf()).param("name", "X"))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyOfficeAdminsGetIn() throws Exception {
        RequestPostProcessor member = WebPrincipals.member(accounts);
        mvc.perform(get("/admin/organizations").with(member)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/organizations").with(member).with(csrf()).param("code", "X").param("name", "X"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organizations")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/organizations").with(admin).param("code", "X").param("name", "X"))
                .andExpect(status().isForbidden());
        assertThat(organizations.findByCode("X")).isEmpty();
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/admin/organizations").param("lang", "en").with(admin))
                .andExpect(content().string(containsString("<h1>Party organisations</h1>")))
                .andExpect(content().string(containsString("Subordinate: 5")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/organizations/UBDT").param("lang", "en").with(admin))
                .andExpect(content().string(containsString("<h1>Edit organisation UBDT</h1>")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void theMenuLinksToThePage() throws Exception {
        mvc.perform(get("/admin/organizations").with(admin))
                .andExpect(content().string(containsString("href=\"/admin/organizations\">Tổ chức đảng</a>")))
                .andExpect(content().string(not(containsString("??"))));
    }
}
