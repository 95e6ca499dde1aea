package fr.recueil.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/**
 * The consolidated report's pages, side by side under one heading: its outline, its cover and
 * editorial, its preview and its exports. The pages live in different modules; they share this
 * navigation by route, not by class.
 */
public class ReportTabs extends Nav {

    public enum Tab {
        OUTLINE("rapport", "report.tabs.outline"),
        COVER("rapport/couverture", "report.tabs.cover"),
        PREVIEW("rapport/apercu", "report.tabs.preview"),
        EXPORTS("rapport/exports", "report.tabs.exports");

        private final String route;
        private final String labelKey;

        Tab(String route, String labelKey) {
            this.route = route;
            this.labelKey = labelKey;
        }

        public String route() {
            return route;
        }
    }

    public ReportTabs(Tab current) {
        addClassName("recueil-report-tabs");
        setId("report-tabs");
        getElement().setAttribute("aria-label", getTranslation("report.tabs.label"));
        for (Tab tab : Tab.values()) {
            Anchor link = new Anchor(tab.route, getTranslation(tab.labelKey));
            link.setId("report-tab-" + tab.name().toLowerCase(java.util.Locale.ROOT));
            link.addClassName("recueil-report-tab");
            if (tab == current) {
                link.getElement().setAttribute("aria-current", "page");
            }
            add(link);
        }
    }
}
