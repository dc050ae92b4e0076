package vn.sotay;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module layout holds: no cycles, no access to another module's internals. */
class ModularityTest {

    @Test
    void modulesAreWellFormed() {
        ApplicationModules.of(SotayApplication.class).verify();
    }
}
