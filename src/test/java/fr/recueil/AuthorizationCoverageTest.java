package fr.recueil;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and every public service method says who may use it, so that a new one without a rule
 * fails the build. Pages: one of Vaadin's access annotations. Service methods: {@code @PreAuthorize} on
 * the method or its class, or an entry below saying why it has none (called before anyone is logged
 * in, or by the system itself).
 */
class AuthorizationCoverageTest {

    /** Public service methods without a role rule, each with the reason. */
    private static final Map<String, String> WITHOUT_RULE = Map.ofEntries(
            Map.entry("NotificationService.notify",
                    "called by the workflow's and the review's own event listeners, after the acting user's rule was checked")
    );

    @Test
    void every_route_declares_who_may_open_it() {
        List<String> missing = new ArrayList<>();
        for (Class<?> view : annotated(Route.class)) {
            boolean ruled = view.isAnnotationPresent(RolesAllowed.class) || view.isAnnotationPresent(PermitAll.class)
                    || view.isAnnotationPresent(AnonymousAllowed.class) || view.isAnnotationPresent(DenyAll.class);
            if (!ruled) {
                missing.add(view.getName());
            }
        }
        assertThat(annotated(Route.class)).hasSizeGreaterThan(15);
        assertThat(missing).as("routes without @RolesAllowed, @PermitAll, @AnonymousAllowed or @DenyAll").isEmpty();
    }

    @Test
    void every_public_service_method_has_a_role_rule_or_a_stated_reason_not_to() {
        Set<String> missing = new TreeSet<>();
        Set<String> seen = new TreeSet<>();
        for (Class<?> service : annotated(Service.class)) {
            boolean classRule = service.isAnnotationPresent(PreAuthorize.class);
            for (Method method : service.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic() || method.isBridge()
                        || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String name = service.getSimpleName() + "." + method.getName();
                seen.add(name);
                if (!classRule && !method.isAnnotationPresent(PreAuthorize.class) && !WITHOUT_RULE.containsKey(name)) {
                    missing.add(name + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                            .collect(Collectors.joining(", ", "(", ")")));
                }
            }
        }
        assertThat(seen).as("the services were found").hasSizeGreaterThan(50);
        assertThat(missing).as("public service methods without @PreAuthorize (add one, or a reason in WITHOUT_RULE)")
                .isEmpty();
        assertThat(WITHOUT_RULE.keySet()).as("exceptions that no longer exist").allMatch(seen::contains);
    }

    private static List<Class<?>> annotated(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        return scanner.findCandidateComponents("fr.recueil").stream()
                .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(),
                        AuthorizationCoverageTest.class.getClassLoader()))
                .collect(Collectors.toList());
    }
}
