package fr.recueil.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * When a browser test fails, keeps what the browser showed: a full-page screenshot and the page's
 * HTML in {@code target/e2e-screenshots/}, named after the test. Runs before the test's page is closed.
 */
class ScreenshotOnFailure implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    static final Path DIRECTORY = Path.of("target", "e2e-screenshots");

    /** A test class whose failures deserve a screenshot. */
    interface HasPage {
        Page page();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        keep(context);
        throw throwable;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        keep(context);
        throw throwable;
    }

    private static void keep(ExtensionContext context) {
        if (!(context.getTestInstance().orElse(null) instanceof HasPage test) || test.page() == null
                || test.page().isClosed()) {
            return;
        }
        String name = (context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                + "-" + context.getDisplayName()).replaceAll("[^A-Za-z0-9._-]+", "_");
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        try {
            Files.createDirectories(DIRECTORY);
            Path png = DIRECTORY.resolve(name + ".png");
            test.page().screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true).setTimeout(10_000));
            Files.writeString(DIRECTORY.resolve(name + ".html"), test.page().content(), StandardCharsets.UTF_8);
            System.err.println("[e2e] " + context.getDisplayName() + " failed on " + test.page().url()
                    + "; screenshot: " + png.toAbsolutePath());
        } catch (Exception e) {
            // The failure itself matters more than its picture.
            System.err.println("[e2e] no screenshot for " + name + ": " + e);
        }
    }
}
