package fr.recueil.testing;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds the application's views as Vaadin does at start-up. Karibu's own discovery skips
 * package-private classes, and Recueil's views are package-private on purpose.
 */
final class RouteDiscovery {

    private RouteDiscovery() {
    }

    @SuppressWarnings("unchecked")
    static Routes routes() {
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (var candidate : scanner.findCandidateComponents("fr.recueil")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), RouteDiscovery.class.getClassLoader());
            if (type.isAnnotationPresent(Route.class)) {
                views.add((Class<? extends Component>) type);
            }
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        Routes routes = new Routes(views, errorViews, true);
        // Vaadin's defaults for the errors the application does not handle itself.
        Routes defaults = new Routes().autoDiscoverViews("com.vaadin.flow.router");
        defaults.getErrorRoutes().stream()
                .filter(e -> errorViews.stream().noneMatch(own -> sameError(own, e)))
                .forEach(routes::addErrorRoutes);
        return routes;
    }

    @SuppressWarnings("unchecked")
    static Set<Class<? extends RouterLayout>> layouts() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        Set<Class<? extends RouterLayout>> layouts = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("fr.recueil")) {
            layouts.add((Class<? extends RouterLayout>) ClassUtils.resolveClassName(candidate.getBeanClassName(),
                    RouteDiscovery.class.getClassLoader()));
        }
        return layouts;
    }

    private static boolean sameError(Class<?> a, Class<?> b) {
        return errorType(a) != null && errorType(a).equals(errorType(b));
    }

    private static Class<?> errorType(Class<?> handler) {
        return org.springframework.core.ResolvableType.forClass(handler).as(HasErrorParameter.class).resolveGeneric(0);
    }
}
