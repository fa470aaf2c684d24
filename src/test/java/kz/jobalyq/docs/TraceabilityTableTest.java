package kz.jobalyq.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.jobalyq.docs.ParagraphReferences.Reference;
import org.junit.jupiter.api.Test;

/**
 * docs/TRACEABILITY.md is generated from the models and the tests; a change to either that is not
 * reflected in the committed table fails the build. {@code -Djobalyq.traceability.write=true} rewrites it.
 */
class TraceabilityTableTest {

  private static final Path TABLE = Path.of("docs", "TRACEABILITY.md");

  @Test
  void theCommittedTableIsTheOneTheModelsAndTestsGive() throws IOException {
    String generated = new TraceabilityTable(Path.of("")).render();
    if (Boolean.getBoolean("jobalyq.traceability.write")) {
      Files.createDirectories(TABLE.getParent());
      Files.writeString(TABLE, generated);
    }
    assertThat(Files.exists(TABLE)).as("docs/TRACEABILITY.md exists").isTrue();
    assertThat(Files.readString(TABLE))
        .as("docs/TRACEABILITY.md is stale: run ./mvnw test -Dtest=TraceabilityTableTest "
            + "-Djobalyq.traceability.write=true and commit it")
        .isEqualTo(generated);
  }

  @Test
  void referencesAreReadAsTheModelsWriteThem() {
    assertThat(ParagraphReferences.in("(000 §104–§114) … (§105, §106.1)", null))
        .extracting(Reference::seed, Reference::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("000", "§104–114"),
            org.assertj.core.groups.Tuple.tuple("000", "§105"), org.assertj.core.groups.Tuple.tuple("000", "§106.1"));
    assertThat(ParagraphReferences.in("(002: A1 §28–31, §61; A2 §80.2)", null)).extracting(Reference::label)
        .containsExactly("A1 §28–31", "A1 §61", "A2 §80.2");
    assertThat(ParagraphReferences.in("(GC 19.2; мәтіндегі) TAP §13", "003")).extracting(Reference::label)
        .containsExactly("GC 19.2", "TAP §13");
    assertThat(ParagraphReferences.in("Мерзім (REGULATIONS §8).", "004")).extracting(Reference::seed)
        .containsExactly(ParagraphReferences.WORKING_DAYS);
    // A bare paragraph belongs to the process's source document.
    assertThat(ParagraphReferences.in("§6 бойынша", "004")).extracting(Reference::seed).containsExactly("004");
  }
}
