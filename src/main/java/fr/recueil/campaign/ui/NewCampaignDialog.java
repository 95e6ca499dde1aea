package fr.recueil.campaign.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.recueil.base.BusinessException;
import fr.recueil.base.ui.FrenchDatePicker;
import fr.recueil.base.ui.Notifications;
import fr.recueil.campaign.Campaign;
import fr.recueil.campaign.CampaignService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * "Nouvelle campagne": year, title, deadline and the director's validation. A refusal is shown in
 * the dialog, next to the field it concerns, and everything typed stays as it was.
 */
class NewCampaignDialog extends Dialog {

    private final transient CampaignService campaigns;
    private final transient Consumer<Campaign> onCreated;
    private final IntegerField year = new IntegerField();
    private final TextField title = new TextField();
    private final FrenchDatePicker deadline;
    private final Checkbox directorValidation = new Checkbox();
    private final Paragraph error = new Paragraph();
    private String generatedTitle;

    NewCampaignDialog(CampaignService campaigns, int suggestedYear, Consumer<Campaign> onCreated) {
        this.campaigns = campaigns;
        this.onCreated = onCreated;
        setId("new-campaign-dialog");
        setHeaderTitle(getTranslation("admin.campaigns.dialog.title"));
        setWidth("min(40rem, 95vw)");

        year.setLabel(getTranslation("admin.campaigns.field.year"));
        year.setHelperText(getTranslation("admin.campaigns.field.year.helper"));
        year.setId("campaign-year");
        year.setRequiredIndicatorVisible(true);
        year.setStepButtonsVisible(true);
        year.setValue(suggestedYear);
        title.setLabel(getTranslation("admin.campaigns.field.title"));
        title.setId("campaign-title");
        title.setRequiredIndicatorVisible(true);
        generatedTitle = defaultTitle(suggestedYear);
        title.setValue(generatedTitle);
        // The title follows the year for as long as the user has not written one of their own.
        year.addValueChangeListener(e -> {
            if (e.getValue() != null && Objects.equals(title.getValue(), generatedTitle)) {
                generatedTitle = defaultTitle(e.getValue());
                title.setValue(generatedTitle);
            }
        });
        deadline = new FrenchDatePicker(getTranslation("admin.campaigns.field.deadline"));
        deadline.setId("campaign-deadline");
        deadline.setRequiredIndicatorVisible(true);
        directorValidation.setLabel(getTranslation("admin.campaigns.field.directorValidation"));
        directorValidation.setHelperText(getTranslation("admin.campaigns.field.directorValidation.helper"));
        directorValidation.setId("campaign-director-validation");

        // The server decides what is valid; its refusal stays on the field until the next attempt.
        year.setManualValidation(true);
        title.setManualValidation(true);
        deadline.setManualValidation(true);
        FormLayout form = new FormLayout(year, title, deadline, directorValidation);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(title, 2);
        form.setColspan(directorValidation, 2);
        Paragraph hint = new Paragraph(getTranslation("admin.campaigns.dialog.hint"));
        hint.addClassName("recueil-muted");
        error.addClassName("recueil-form-error");
        error.setId("new-campaign-error");
        error.setVisible(false);
        add(error, form, hint);

        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel-campaign");
        Button create = new Button(getTranslation("action.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-campaign");
        getFooter().add(cancel, create);
    }

    private void create() {
        clearErrors();
        if (year.getValue() == null) {
            showOn(year, getTranslation("admin.campaigns.yearRequired"));
            return;
        }
        try {
            Campaign campaign = campaigns.create(year.getValue(), title.getValue(), deadline.getValue(),
                    directorValidation.getValue());
            close();
            Notifications.success(this, "admin.campaigns.created", campaign.getTitle());
            onCreated.accept(campaign);
        } catch (BusinessException refusal) {
            String message = Notifications.message(this, refusal);
            String key = refusal.messageKey();
            if (key.equals("error.campaign.year") || key.equals("error.campaign.duplicateYear")) {
                showOn(year, message);
            } else if (key.startsWith("error.campaign.title")) {
                showOn(title, message);
            } else if (key.startsWith("error.campaign.deadline")) {
                showOn(deadline, message);
            } else {
                showGeneral(message);
            }
        } catch (OptimisticLockingFailureException | AccessDeniedException refusal) {
            showGeneral(Notifications.message(this, refusal));
        }
    }

    private String defaultTitle(int forYear) {
        return getTranslation("admin.campaigns.defaultTitle", forYear);
    }

    private void showOn(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showGeneral(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearErrors() {
        error.setVisible(false);
        for (var field : new com.vaadin.flow.component.HasValidation[]{year, title, deadline}) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
