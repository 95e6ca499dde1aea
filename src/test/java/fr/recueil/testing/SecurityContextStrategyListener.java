package fr.recueil.testing;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin makes each application context's security strategy the static one, each with its own
 * thread-local. The test contexts are cached and reused in any order (a browser test's server between
 * two mocked ones), so before each test the static strategy is put back to the one of the context
 * the test runs in: otherwise {@code @WithUserDetails} would log in somewhere the services never look.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        // After dependency injection (2000), before the security test listener logs the user in (10000).
        return 2500;
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                    .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
            if (strategy != null && strategy != SecurityContextHolder.getContextHolderStrategy()) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        }
    }
}
