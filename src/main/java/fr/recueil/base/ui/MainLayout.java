package fr.recueil.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.recueil.base.Translations;
import fr.recueil.base.security.NamedPrincipal;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The frame around every page: the side navigation (only the entries the user's roles open, as
 * declared by each view's {@code @Menu}), the user's menu and the language choice.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String ADMIN_PATH_PREFIX = "/admin/";

    private final transient AuthenticationContext authentication;
    private final transient LanguageSwitch languageSwitch;
    private final transient Map<Component, NavbarContribution> contributed = new LinkedHashMap<>();

    MainLayout(AuthenticationContext authentication, LanguageSwitch languageSwitch,
               ObjectProvider<NavbarContribution> contributions) {
        this.authentication = authentication;
        this.languageSwitch = languageSwitch;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        addToNavbar(new DrawerToggle(), navbarSpacer());
        contributions.orderedStream().forEach(contribution -> {
            Component component = contribution.create();
            contributed.put(component, contribution);
            addToNavbar(component);
        });
        addToNavbar(userMenu());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        contributed.forEach((component, contribution) -> contribution.refresh(component));
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("recueil-brand");
        Span name = new Span("Recueil");
        name.addClassName("recueil-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("recueil-brand-tagline");
        brand.add(name, tagline);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        nav.addClassName("recueil-nav");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        SideNavItem administration = null;
        for (MenuEntry entry : entries) {
            SideNavItem item = item(entry);
            if (entry.path().startsWith(ADMIN_PATH_PREFIX) || entry.path().startsWith("admin/")) {
                if (administration == null) {
                    administration = new SideNavItem(getTranslation("nav.administration"));
                    administration.setPrefixComponent(VaadinIcon.COG.create());
                    administration.setExpanded(true);
                    administration.setId("nav-administration");
                    nav.addItem(administration);
                }
                administration.addItem(item);
            } else {
                nav.addItem(item);
            }
        }
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        item.setId("nav-" + entry.path().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        return item;
    }

    private Component navbarSpacer() {
        Div spacer = new Div();
        spacer.addClassName("recueil-navbar-spacer");
        return spacer;
    }

    private Component userMenu() {
        String login = authentication.getPrincipalName().orElse("");
        String displayName = authentication.getAuthenticatedUser(UserDetails.class)
                .filter(NamedPrincipal.class::isInstance)
                .map(u -> ((NamedPrincipal) u).displayName())
                .orElse(login);
        Avatar avatar = new Avatar(displayName);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);

        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Div label = new Div(avatar, new Span(displayName));
        label.addClassName("recueil-user-label");
        MenuItem root = menu.addItem(label);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("nav.account"), e -> UI.getCurrent().navigate("mon-compte"));
        MenuItem language = sub.addItem(getTranslation("nav.language"));
        for (Locale locale : Translations.LOCALES) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation("language." + locale.getLanguage()),
                    e -> languageSwitch.switchTo(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("nav.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }
}
