package dev.retort.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rule of DESIGN.md: dependencies point one way, and only ui/app know JavaFX. */
@AnalyzeClasses(packages = "dev.retort", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("Model").definedBy("dev.retort.model..")
            .layer("Parsing").definedBy("dev.retort.parsing..")
            .layer("Db").definedBy("dev.retort.db..")
            .layer("Runner").definedBy("dev.retort.runner..")
            .layer("Merge").definedBy("dev.retort.merge..")
            .layer("Layout").definedBy("dev.retort.layout..")
            .layer("Ui").definedBy("dev.retort.ui..")
            .layer("App").definedBy("dev.retort.app..")
            .layer("Cli").definedBy("dev.retort.cli..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            // parsing, db, runner, merge and layout are siblings above the model: none uses another
            .whereLayer("Parsing").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            .whereLayer("Db").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            .whereLayer("Runner").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            .whereLayer("Merge").mayOnlyBeAccessedByLayers("Ui", "App", "Cli")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Ui", "App", "Cli");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("dev.retort.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.retort.parsing..", "dev.retort.db..", "dev.retort.runner..",
                    "dev.retort.merge..", "dev.retort.layout..", "dev.retort.ui..",
                    "dev.retort.app..", "dev.retort.cli..");

    @ArchTest
    static final ArchRule onlyUiAndAppKnowJavaFx = noClasses()
            .that().resideOutsideOfPackages("dev.retort.ui..", "dev.retort.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.graphstream..");

    @ArchTest
    static final ArchRule cliKnowsNoUi = noClasses()
            .that().resideInAPackage("dev.retort.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.retort.ui..")
            .allowEmptyShould(true);
}
