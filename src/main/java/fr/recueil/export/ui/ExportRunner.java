package fr.recueil.export.ui;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs exports away from the page's request thread, as the user who asked for them (the services
 * check roles on every call). Two at a time: rendering is CPU-bound, and a third export waits its
 * turn instead of slowing every user's pages.
 */
@Component
class ExportRunner implements DisposableBean {

    private final ExecutorService threads = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().name("recueil-export-", 1).daemon(true).factory());

    /** Runs the job later with the current user's security context. */
    void submit(Runnable job) {
        threads.execute(DelegatingSecurityContextRunnable.create(job, null));
    }

    @Override
    public void destroy() {
        threads.shutdownNow();
    }
}
