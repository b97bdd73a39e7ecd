package dev.diffkernel;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the README's "Architecture" section, checked on the compiled classes so
 * that a change cannot quietly undo them.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.diffkernel");

    /** The notebook DSL and what it is built from: everything but the kernel and the renderer registrations. */
    private static final String[] DSL = {"dev.diffkernel.calc..", "dev.diffkernel.check..", "dev.diffkernel.optim..",
            "dev.diffkernel.nn..", "dev.diffkernel.plots..", "dev.diffkernel.figure..", "dev.diffkernel.linalg..",
            "dev.diffkernel.data..", "dev.diffkernel.display..", "dev.diffkernel.backprop..", "dev.diffkernel.common..",
            "dev.diffkernel.output.."};

    @Test
    void theDslStandsWithoutTheKernel() {
        noClasses().that().resideInAnyPackage(DSL)
                .should().dependOnClassesThat().resideInAnyPackage("dev.diffkernel.kernel..", "dev.diffkernel.render..")
                .because("a notebook's DSL must compile and run outside the kernel")
                .check(MAIN);
    }

    @Test
    void onlyTheKernelAndTheRendererRegistrationsTouchBasekernel() {
        noClasses().that().resideOutsideOfPackages("dev.diffkernel.kernel..", "dev.diffkernel.render..")
                .should().dependOnClassesThat().resideInAPackage("io.github.spencerpark..")
                .check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.diffkernel.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noPackageReachesIntoAnothersInternal() {
        classes().should(new ArchCondition<JavaClass>("use only their own package's internal") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (target.startsWith("dev.diffkernel.") && internal > 0
                            && !origin.getPackageName().startsWith(target.substring(0, internal))) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(MAIN);
    }

    /** The README's picture, top to bottom: a package may import only packages on lower rows. */
    private static final String[][] ROWS = {
            {"kernel"}, {"render"}, {"backprop"}, {"optim"}, {"plots"}, {"nn"}, {"data", "check", "output"},
            {"calc"}, {"linalg", "figure", "display"}, {"common"}};

    @Test
    void eachPackageImportsOnlyPackagesBelowItInTheReadmePicture() {
        for (int row = 1; row < ROWS.length; row++) {
            java.util.List<String> above = new java.util.ArrayList<>();
            for (int r = 0; r < row; r++) {
                for (String p : ROWS[r]) {
                    above.add("dev.diffkernel." + p + "..");
                }
            }
            java.util.List<String> same = new java.util.ArrayList<>();
            for (String p : ROWS[row]) {
                same.add("dev.diffkernel." + p + "..");
            }
            for (String p : ROWS[row]) {
                java.util.List<String> forbidden = new java.util.ArrayList<>(above);
                same.stream().filter(q -> !q.equals("dev.diffkernel." + p + "..")).forEach(forbidden::add);
                noClasses().that().resideInAPackage("dev.diffkernel." + p + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                        .check(MAIN);
            }
        }
    }

    @Test
    void theFigureModelNeedsOnlyTheJdk() {
        classes().that().resideInAPackage("dev.diffkernel.figure..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.diffkernel.figure..")
                .check(MAIN);
    }

    @Test
    void exp4jStaysBehindTheParser() {
        noClasses().that().resideOutsideOfPackage("dev.diffkernel.calc.parse..")
                .should().dependOnClassesThat().resideInAPackage("net.objecthunter.exp4j..")
                .check(MAIN);
    }
}
