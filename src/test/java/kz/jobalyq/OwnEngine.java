package kz.jobalyq;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that needs a platform of its own (another database, other profiles). Camunda registers
 * process engines in a JVM-wide registry that the engine REST API reads, so two platforms must not
 * share a JVM: Maven runs these tests each in a fresh one, after the shared suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(OwnEngine.TAG)
public @interface OwnEngine {
  String TAG = "own-engine";
}
