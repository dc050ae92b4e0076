package vn.sotay;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The modules depend on each other only as their package-info allows, without cycles. */
class ModularityTests {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(SotayApplication.class).verify();
    }
}
