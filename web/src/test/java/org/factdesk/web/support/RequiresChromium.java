package org.factdesk.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only where the Chromium of {@link Chromium#EXECUTABLE} is installed. Elsewhere the
 * class is skipped with a message — unless {@value NeedsEnvironment#REQUIRE_ALL} is true (CI), where a
 * missing browser fails the run instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumAvailable.class)
public @interface RequiresChromium {
}
