package fr.recueil;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(RecueilApplication.class);

    @Test
    void the_feature_modules_respect_their_boundaries_and_have_no_cycles() {
        modules.verify();
    }

    @Test
    void the_module_documentation_can_be_written() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
