package vn.sotay.organization;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import vn.sotay.SotayApplication;

/** The organisation module keeps to its place: no cycle with the account module, no reach into others' internals. */
class OrganizationModuleTest {

    @Test
    void modulesVerify() {
        ApplicationModules.of(SotayApplication.class).verify();
    }

    @Test
    void organisationDependsOnNoOtherBusinessModule() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.sotay.organization");
        noClasses().that().resideInAPackage("vn.sotay.organization..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.sotay.account..", "vn.sotay.web..",
                        "vn.sotay.provisioning..", "vn.sotay.library..", "vn.sotay.mail..", "vn.sotay.audit..")
                .check(classes);
    }
}
