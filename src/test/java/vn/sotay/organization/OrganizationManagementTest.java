package vn.sotay.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.sotay.organization.OrganizationEvents.OrganizationCreated;
import vn.sotay.organization.OrganizationEvents.OrganizationMoved;
import vn.sotay.organization.OrganizationEvents.OrganizationRenamed;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.ValidationException;

class OrganizationManagementTest extends CleanTreeTest {

    /** A → B → C and D, all at their places. */
    private void abcd() {
        management.create("A", "Đảng bộ A", null);
        management.create("B", "Đảng bộ B", "A");
        management.create("C", "Chi bộ C", "B");
        management.create("D", "Đảng bộ D", null);
    }

    @Test
    void createsRootsAndChildrenWithPathAndDepth() {
        OrganizationEntry root = management.create("DBK", "Đảng bộ Khối", "");
        OrganizationEntry child = management.create(" UBDT ", "  Đảng bộ   cơ quan Ủy ban Dân tộc ", "DBK");
        assertThat(root).isEqualTo(new OrganizationEntry("DBK", "Đảng bộ Khối", null));
        assertThat(child).isEqualTo(new OrganizationEntry("UBDT", "Đảng bộ cơ quan Ủy ban Dân tộc", "DBK"));
        Organization dbk = stored("DBK");
        Organization ubdt = stored("UBDT");
        assertThat(dbk.getPath()).isEqualTo("/" + dbk.getId() + "/");
        assertThat(ubdt.getPath()).isEqualTo("/" + dbk.getId() + "/" + ubdt.getId() + "/");
        assertThat(ubdt.getDepth()).isEqualTo(1);
        assertThat(ubdt.getParentId()).isEqualTo(dbk.getId());
        assertThat(events.stream(OrganizationCreated.class)).extracting(e -> e.action(), e -> e.target(), e -> e.details())
                .containsExactly(tuple("ORGANIZATION_CREATED", "DBK", "Đảng bộ Khối"),
                        tuple("ORGANIZATION_CREATED", "UBDT", "Đảng bộ cơ quan Ủy ban Dân tộc; cấp trên: DBK"));
    }

    @Test
    void normalisesCodesAndNamesToNfcAndKeepsCase() {
        String nfd = Normalizer.normalize("ĐUK-Vụ", Normalizer.Form.NFD);
        management.create(nfd, Normalizer.normalize("Chi bộ Vụ", Normalizer.Form.NFD), null);
        management.create("đuk-vụ", "Chữ thường là mã khác", null);
        assertThat(stored("ĐUK-Vụ").getName()).isEqualTo("Chi bộ Vụ");
        assertThat(stored("đuk-vụ").getName()).isEqualTo("Chữ thường là mã khác");
    }

    @Test
    void refusesBadInputWithOneVietnameseMessagePerField() {
        assertThatThrownBy(() -> management.create("  ", "", "KHONG-CO"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code, FieldError::message)
                        .containsExactly(tuple("code", "CODE_REQUIRED", "Vui lòng nhập mã tổ chức."),
                                tuple("name", "NAME_REQUIRED", "Vui lòng nhập tên tổ chức."),
                                tuple("parent", "PARENT_UNKNOWN",
                                        "Không có tổ chức nào mang mã «KHONG-CO». Vui lòng chọn tổ chức cấp trên trong danh sách.")));
        assertThat(organizations.count()).isZero();
    }

    @Test
    void refusesLongAndMalformedCodesAndLongNames() {
        assertThatThrownBy(() -> management.create("X".repeat(51), "N".repeat(301), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::code, FieldError::message)
                        .containsExactly(tuple("CODE_TOO_LONG", "Mã tổ chức không được dài quá 50 ký tự."),
                                tuple("NAME_TOO_LONG", "Tên tổ chức không được dài quá 300 ký tự.")));
        for (String code : new String[] {"UB DT", "A/B", "-A", "A?", ".."}) {
            assertThatThrownBy(() -> management.create(code, "Tên", null)).as(code)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("CODE_INVALID"));
        }
        management.create("X".repeat(50), "N".repeat(300), null);
    }

    @Test
    void refusesATakenCode() {
        management.create("UBDT", "Đảng bộ", null);
        assertThatThrownBy(() -> management.create("UBDT", "Khác", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::message)
                        .containsExactly(tuple("code", "Mã tổ chức «UBDT» đã được dùng cho một tổ chức khác. Vui lòng chọn mã khác.")));
    }

    @Test
    void renames() {
        abcd();
        assertThat(management.rename("B", " Đảng bộ  B mới ")).isEqualTo(new OrganizationEntry("B", "Đảng bộ B mới", "A"));
        assertThat(stored("B").getName()).isEqualTo("Đảng bộ B mới");
        assertThat(events.stream(OrganizationRenamed.class)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("Đảng bộ B → Đảng bộ B mới"));
        management.rename("B", "Đảng bộ B mới");
        assertThat(events.stream(OrganizationRenamed.class)).hasSize(1);
        assertThatThrownBy(() -> management.rename("B", " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> management.rename("KHONG-CO", "Tên")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void movesTheWholeSubtree() {
        abcd();
        management.move("B", "D");
        Organization d = stored("D");
        Organization b = stored("B");
        Organization c = stored("C");
        assertThat(b.getParentId()).isEqualTo(d.getId());
        assertThat(b.getPath()).isEqualTo(d.getPath() + b.getId() + "/");
        assertThat(c.getPath()).isEqualTo(b.getPath() + c.getId() + "/");
        assertThat(b.getDepth()).isEqualTo(1);
        assertThat(c.getDepth()).isEqualTo(2);
        assertThat(organizations.findSubtree(stored("A").getPath())).extracting(Organization::getCode).containsExactly("A");
        assertThat(events.stream(OrganizationMoved.class)).singleElement()
                .satisfies(e -> assertThat(e.details()).isEqualTo("A → D"));
    }

    @Test
    void movesToTheRoot() {
        abcd();
        assertThat(management.move("B", " ")).isEqualTo(new OrganizationEntry("B", "Đảng bộ B", null));
        Organization b = stored("B");
        assertThat(b.getPath()).isEqualTo("/" + b.getId() + "/");
        assertThat(stored("C").getPath()).isEqualTo(b.getPath() + stored("C").getId() + "/");
        assertThat(stored("C").getDepth()).isEqualTo(1);
    }

    @Test
    void refusesMovingUnderItselfOrADescendant() {
        abcd();
        String before = stored("C").getPath();
        assertThatThrownBy(() -> management.move("A", "C"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code, FieldError::message)
                        .containsExactly(tuple("parent", "PARENT_INSIDE",
                                "Không thể chuyển «A» vào dưới «C», vì «C» là chính nó hoặc là tổ chức cấp dưới của nó.")));
        assertThatThrownBy(() -> management.move("A", "A")).isInstanceOf(ValidationException.class);
        assertThat(stored("C").getPath()).isEqualTo(before);
        assertThat(stored("A").getParentId()).isNull();
    }

    @Test
    void updateChecksNameAndParentBeforeChangingEither() {
        abcd();
        assertThatThrownBy(() -> management.update("B", "", "D"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("name"));
        assertThat(stored("B").getParentId()).isEqualTo(stored("A").getId());
        assertThat(management.update("B", "Tên mới", "D")).isEqualTo(new OrganizationEntry("B", "Tên mới", "D"));
    }

    @Test
    void refusesATreeDeeperThanTheLimit() {
        String parent = null;
        for (int i = 0; i < OrganizationRules.MAX_DEPTH; i++) {
            management.create("L" + i, "Cấp " + i, parent);
            parent = "L" + i;
        }
        String last = parent;
        assertThatThrownBy(() -> management.create("SAU", "Quá sâu", last))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("TOO_DEEP"));
        management.create("M", "Nhánh khác", "L0");
        assertThatThrownBy(() -> management.move("L1", "M"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::code).containsExactly("TOO_DEEP"));
    }
}
