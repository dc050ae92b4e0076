package vn.sotay.organization.web;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.sotay.organization.OrganizationTestData;

class OrganizationApiControllerTest extends AdminWebTest {

    private static final String API = "/api/v1/admin/organizations";

    private static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "to-chuc.csv", "text/csv", content);
    }

    @Test
    void returnsTheNestedTree() throws Exception {
        mvc.perform(get(API).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("DBK"))
                .andExpect(jsonPath("$[0].name").value("Đảng bộ Khối các cơ quan Trung ương"))
                .andExpect(jsonPath("$[0].children[0].code").value("UBDT"))
                .andExpect(jsonPath("$[0].children[0].children", hasSize(5)))
                .andExpect(jsonPath("$[0].children[1].children[0].children", hasSize(0)));
    }

    @Test
    void createsWith201AndLocation() throws Exception {
        mvc.perform(post(API).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"HVDT-TV\",\"name\":\"Chi bộ Thư viện\",\"parent\":\"HVDT\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/admin/organizations/HVDT-TV"))
                .andExpect(jsonPath("$.code").value("HVDT-TV"))
                .andExpect(jsonPath("$.parent").value("HVDT"));
        mvc.perform(get(API + "/HVDT-TV").with(admin)).andExpect(jsonPath("$.name").value("Chi bộ Thư viện"));
    }

    @Test
    void refusedCreateListsTheErrors() throws Exception {
        mvc.perform(post(API).with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"UBDT\",\"name\":\"\",\"parent\":\"XYZ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].code").value("CODE_TAKEN"))
                .andExpect(jsonPath("$.errors[1].message").value("Vui lòng nhập tên tổ chức."))
                .andExpect(jsonPath("$.errors[2].field").value("parent"));
    }

    @Test
    void putRenamesAndMoves() throws Exception {
        mvc.perform(put(API + "/UBDT-VP").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Chi bộ Văn phòng mới\",\"parent\":\"HVDT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Chi bộ Văn phòng mới"))
                .andExpect(jsonPath("$.parent").value("HVDT"));
        mvc.perform(put(API + "/HVDT").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Đảng bộ Học viện Dân tộc\",\"parent\":null}"))
                .andExpect(jsonPath("$.parent").value(nullValue()));
        mvc.perform(get(API).with(admin)).andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void putRefusesACycleAndAnUnknownCode() throws Exception {
        mvc.perform(put(API + "/DBK").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Đảng bộ Khối\",\"parent\":\"UBDT-VP\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("PARENT_INSIDE"));
        mvc.perform(put(API + "/KHONG-CO").with(admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"parent\":null}"))
                .andExpect(status().isNotFound());
        mvc.perform(get(API + "/KHONG-CO").with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void importReturnsTheSummary() throws Exception {
        mvc.perform(multipart(API + "/import").file(file(OrganizationTestData.corpus())).with(admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(11))
                .andExpect(jsonPath("$.errors", hasSize(0)))
                .andExpect(jsonPath("$.warnings", hasSize(0)));
    }

    @Test
    void refusedImportIs400WithTheSameSummary() throws Exception {
        byte[] bad = OrganizationTestData.csv(OrganizationTestData.HEADER, "A,,Đảng bộ A", "B,A,Chi bộ B", "C,A,Chi bộ C",
                "D,XYZ,Chi bộ D");
        mvc.perform(multipart(API + "/import").file(file(bad)).with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("Mã tổ chức cấp trên"))
                .andExpect(jsonPath("$.errors[0].code").value("PARENT_UNKNOWN"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Dòng 5, cột «Mã tổ chức cấp trên»: mã «XYZ» không tồn tại trong tệp hay trong hệ thống."));
        mvc.perform(multipart(API + "/import").with(admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("EMPTY_FILE"));
    }

    @Test
    void onlyOfficeAdminsGetIn() throws Exception {
        RequestPostProcessor member = WebPrincipals.member(accounts);
        mvc.perform(get(API).with(member)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(multipart(API + "/import").file(file(OrganizationTestData.corpus())).with(member))
                .andExpect(status().isForbidden());
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
        mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"X\",\"name\":\"X\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void isDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/admin/organizations'].get.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/organizations/import'].post.summary").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/organizations/{code}'].put.summary").exists());
    }
}
