package fr.recueil.organisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Small pieces shared by the administration screens: status badges, row actions, confirmations. */
final class AdminUi {

    private AdminUi() {
    }

    static Span statusBadge(Component source, boolean active) {
        Span badge = new Span(source.getTranslation(active ? "common.active" : "common.inactive"));
        badge.addClassNames("recueil-badge", active ? "success" : "inactive");
        return badge;
    }

    /**
     * A compact icon button for a row: its tooltip names the action, its accessible name also names
     * the row ("Supprimer : DASIPE"), and a class ({@code action-delete}) lets tests find it.
     */
    static Button rowAction(Component source, VaadinIcon icon, String labelKey, String subject, String action,
                            Runnable run) {
        Button button = new Button(icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        String label = source.getTranslation(labelKey);
        button.setTooltipText(label);
        button.setAriaLabel(label + " : " + subject);
        button.addClassName("action-" + action);
        if ("delete".equals(action)) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    /** Asks before an action that removes or hides something; nothing happens on "Annuler". */
    static void confirm(Component source, String header, String text, String confirmLabel, boolean destructive,
                        Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-dialog");
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(source.getTranslation("action.cancel"));
        dialog.setConfirmText(confirmLabel);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }
}
